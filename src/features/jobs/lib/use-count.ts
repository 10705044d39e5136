import { useTranslation } from 'react-i18next';
import { formatCount } from './format.ts';

/** Counts as people write them in the current language: 2,000 or 2,000. */
export function useCount(): (n: number) => string {
  const { i18n } = useTranslation();
  return (n) => formatCount(n, i18n.language);
}
