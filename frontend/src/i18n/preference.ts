import { type Language, isLanguage, pickLanguage } from './language';

/** Where the shop and the console remember the language the visitor switched to. */
const LANGUAGE_KEY = 'tsunagu.language';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): the choice then lasts for the page.
    return null;
  }
}

/** The language chosen earlier on this browser, else the browser's own preference. */
export function initialLanguage(): Language {
  const stored = storage()?.getItem(LANGUAGE_KEY);
  return isLanguage(stored) ? stored : pickLanguage(navigator.languages ?? [navigator.language]);
}

export function rememberLanguage(language: Language): void {
  storage()?.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
}
