import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import ja from '../../../locales/ja.json';
import { priorityLabel } from './priority.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { translation: en }, ja: { translation: ja } }, interpolation: { escapeValue: false } });

describe('priorities as a reader knows them', () => {
  it.each([
    ['High', 'en', 'High'],
    ['6', 'en', 'Validation (6)'],
    ['4', 'en', 'Chained app (4)'],
    ['2', 'en', 'High (2)'],
    ['06', 'en', 'Validation (6)'],
    ['5', 'en', '5'],
    ['6', 'ja', '検証（6）'],
    ['4', 'ja', 'チェーンアプリ（4）'],
    ['Critical', 'ja', '重大'],
  ])('%s in %s reads %s', (priority, lng, shown) => {
    expect(priorityLabel(i18n.getFixedT(lng), priority)).toBe(shown);
  });
});
