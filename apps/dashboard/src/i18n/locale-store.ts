import type { Locale } from '../format';

const LOCALE_KEY = 'lagesbild.locale';

function readLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

let current: Locale = readLocale();
const listeners = new Set<() => void>();

/** The interface language: Swedish unless the user chose English, remembered in this browser. */
export const localeStore = {
  get(): Locale {
    return current;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(locale: Locale) {
    current = locale;
    try {
      localStorage.setItem(LOCALE_KEY, locale);
    } catch {
      // Storage blocked: the choice then lasts until the page is reloaded.
    }
    for (const listener of listeners) listener();
  },
};
