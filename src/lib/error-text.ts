/**
 * What went wrong, in the reader's language. The server's own message is shown as it came
 * (it is the server's words, often the only precise ones); what the dashboard itself says
 * (no answer, an answer it cannot read) is translated.
 */
import type { TFunction } from 'i18next';
import { UnreadableAnswer } from '../../contract/lenient.ts';
import { ApiError } from './api-client.ts';

export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.reason ? t(`errors.${error.reason}`, { status: error.status }) : error.message;
  if (error instanceof UnreadableAnswer) {
    const what = t(`errors.answer.${error.what}`);
    return error.where
      ? t('errors.unreadableAt', { what, where: error.where, detail: error.detail })
      : t('errors.unreadable', { what, detail: error.detail });
  }
  return t('errors.unexpected', { detail: error instanceof Error ? error.message : String(error) });
}
