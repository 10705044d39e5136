import dayjs from 'dayjs';
import 'dayjs/locale/ja';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import ja from '../locales/ja.json';

export const LANGUAGES = ['en', 'ja'] as const;

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('language');
const browser = typeof navigator === 'undefined' ? 'en' : navigator.language;

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ja: { translation: ja } },
  lng: stored ?? (browser.toLowerCase().startsWith('ja') ? 'ja' : 'en'),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  dayjs.locale(lng);
  localStorage.setItem('language', lng);
});
document.documentElement.lang = i18n.language;
dayjs.locale(i18n.language);

export default i18n;
