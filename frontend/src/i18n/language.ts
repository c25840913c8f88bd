/** The languages every Tsunagu screen speaks; Japanese first, the first customers are Japanese retailers. */
export const LANGUAGES = ['ja', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

/** One dictionary per screen: every key in every language, checked by the compiler and by the tests. */
export type Dictionary<K extends string> = Record<Language, Record<K, string>>;

export type Params = Record<string, string | number>;

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that we speak ("ja-JP" counts as ja), else the fallback. */
export function pickLanguage(preferred: readonly string[], fallback: Language = 'en'): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) {
      return primary;
    }
  }
  return fallback;
}

export function otherLanguage(language: Language): Language {
  return language === 'ja' ? 'en' : 'ja';
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder);
}

export function translator<K extends string>(dictionary: Dictionary<K>, language: Language): Translate<K> {
  const messages = dictionary[language];
  return (key, params) => fill(messages[key], params);
}

/** The placeholders a message uses, so that tests can check both languages ask for the same values. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();
}
