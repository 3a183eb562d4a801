import { useEffect, useSyncExternalStore } from 'react';
import { createFormat, type Format, type Locale } from '../format';
import { en } from './messages-en';
import { sv, type Messages } from './messages-sv';
import { localeStore } from './locale-store';

const MESSAGES: Record<Locale, Messages> = { sv, en };
const FORMATS: Record<Locale, Format> = { sv: createFormat('sv'), en: createFormat('en') };

export interface I18n {
  locale: Locale;
  t: Messages;
  format: Format;
  setLocale(locale: Locale): void;
}

/** The current language's words and formats; the component re-renders when it changes. */
export function useI18n(): I18n {
  const locale = useSyncExternalStore(localeStore.subscribe, localeStore.get);
  return { locale, t: MESSAGES[locale], format: FORMATS[locale], setLocale: localeStore.set };
}

/** Keeps the document's `lang` attribute in step with the interface language. */
export function useDocumentLanguage() {
  const { format } = useI18n();
  useEffect(() => {
    document.documentElement.lang = format.tag;
  }, [format.tag]);
}
