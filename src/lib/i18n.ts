import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';

export const LANGUAGES = ['en', 'ja'] as const;
type Language = (typeof LANGUAGES)[number];

// English is built in; Japanese is fetched only by those who read it.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: object }>> = {
  ja: () => import('../locales/ja.json'),
};

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('language');
const browser = typeof navigator === 'undefined' ? 'en' : navigator.language;
const initial: Language = stored === 'en' || stored === 'ja' ? stored : browser.toLowerCase().startsWith('ja') ? 'ja' : 'en';

async function ensureLoaded(lng: Language): Promise<void> {
  if (lng === 'en' || i18n.hasResourceBundle(lng, 'translation')) return;
  i18n.addResourceBundle(lng, 'translation', (await loaders[lng]()).default);
}

/** Switches the language, fetching its texts first so nothing shows half translated. */
export async function setLanguage(lng: Language): Promise<void> {
  await ensureLoaded(lng);
  await i18n.changeLanguage(lng);
}

/** Ready when the first language's texts are in: render after this. */
export const i18nReady: Promise<void> = (async () => {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  // A missing network for the Japanese texts leaves the page in English rather than blank.
  await setLanguage(initial).catch(() => undefined);
  document.documentElement.lang = i18n.language;
  // Only a choice is remembered, not the language the browser suggested.
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem('language', lng);
  });
})();

export default i18n;
