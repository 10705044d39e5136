import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { readAs } from '../../contract/lenient.ts';
import en from '../locales/en.json';
import ja from '../locales/ja.json';
import { ApiError, NETWORK_ERROR } from './api-client.ts';
import { errorText } from './error-text.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'ja', resources: { en: { translation: en }, ja: { translation: ja } }, interpolation: { escapeValue: false } });
const ja_ = i18n.getFixedT('ja');
const en_ = i18n.getFixedT('en');

function unreadable(): unknown {
  try {
    readAs(z.object({ data: z.array(z.object({ jobId: z.string() })) }), { data: [{ jobId: 7 }] }, 'job list');
  } catch (err) {
    return err;
  }
  throw new Error('expected the answer to be refused');
}

describe('errors in the reader’s language', () => {
  it('says what the dashboard itself found in Japanese', () => {
    expect(errorText(new ApiError(NETWORK_ERROR, 'The server could not be reached.', undefined, 'unreachable'), ja_)).toBe(
      'サーバーに接続できませんでした。',
    );
    expect(errorText(new ApiError(502, '502 Bad Gateway', undefined, 'noMessage'), ja_)).toBe(
      'サーバーが理由を示さずに HTTP 502 を返しました。',
    );
    expect(errorText(unreadable(), ja_)).toMatch(/^サーバーのジョブ一覧を読み取れませんでした（data\.0\.jobId）: /);
    expect(errorText(unreadable(), en_)).toMatch(/^The server's job list could not be read at data\.0\.jobId: /);
  });

  it('keeps the server’s own words as they came', () => {
    expect(errorText(new ApiError(400, "This job is not in 'Queued' or 'Running' state."), ja_)).toBe(
      "This job is not in 'Queued' or 'Running' state.",
    );
  });
});
