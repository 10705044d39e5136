import { VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  updatedAt: number;
  staleError: string | null;
  /** Counts the "Refresh now" clicks: their result is announced, the quiet auto-refreshes are not. */
  asked: number;
  rows: number;
}

/**
 * What screen readers hear about refreshes: a failure, the recovery after one, and the result
 * of a refresh asked for. One region, always in the page, whose text changes: a region that
 * appears with its text is often not read out.
 */
export function RefreshAnnouncer({ updatedAt, staleError, asked, rows }: Props) {
  const { t } = useTranslation();
  const [seen, setSeen] = useState({ updatedAt, staleError, asked });
  const [message, setMessage] = useState('');
  if (seen.updatedAt !== updatedAt || seen.staleError !== staleError) {
    setSeen({ updatedAt, staleError, asked });
    if (staleError && staleError !== seen.staleError) setMessage(t('live.announce.failed', { error: staleError }));
    else if (!staleError && seen.staleError) setMessage(t('live.announce.recovered'));
    else if (!staleError && asked !== seen.asked) setMessage(t('live.announce.updated', { count: rows }));
  }
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-label={t('live.announce.name')}>
      {message}
    </VisuallyHidden>
  );
}
