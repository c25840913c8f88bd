import { describe, expect, it } from 'vitest';
import { consoleMessages } from '../src/i18n/console';
import { insightsMessages } from '../src/i18n/insights';
import { managerMessages } from '../src/i18n/manager';
import { type Dictionary, LANGUAGES, fill, pickLanguage, placeholders, translator } from '../src/i18n/language';
import { shopMessages } from '../src/i18n/shop';
import { TAG_IDS, tagNames } from '../src/i18n/tags';
import { widgetMessages } from '../src/i18n/widget';
import type { Presence } from '../src/shared/api-types';

const DICTIONARIES: Record<string, Dictionary<string>> = {
  widget: widgetMessages,
  console: consoleMessages,
  manager: managerMessages,
  insights: insightsMessages,
  shop: shopMessages,
  tags: tagNames,
};

/** The expertise taxonomy of docs/api.md and the demo data. */
const TAXONOMY = ['mountaineering', 'camping', 'trail-running', 'townwear', 'skiing', 'hiking', 'rainwear', 'footwear', 'climbing'];

/** Messages that may read the same in both languages (brand names, codes); none so far. */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([]);

/** The language switch names the language it switches to, in that language: 「English」 on Japanese screens, "日本語" on English ones. */
const NAMED_IN_THE_OTHER_LANGUAGE = new Set(['languageSwitch']);

/** Kana, CJK ideographs, and full-width forms. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

const PRESENCES: Presence[] = ['AVAILABLE', 'AWAY', 'OFFLINE', 'OFFERED', 'IN_CALL', 'WRAP_UP'];

describe.each(Object.entries(DICTIONARIES))('the %s dictionary', (_name, dictionary) => {
  const japaneseKeys = Object.keys(dictionary.ja).sort();

  it('has the same keys in every language', () => {
    expect(japaneseKeys.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      expect(Object.keys(dictionary[language]).sort()).toEqual(japaneseKeys);
    }
  });

  it('has no empty message', () => {
    for (const language of LANGUAGES) {
      for (const [key, message] of Object.entries(dictionary[language])) {
        expect(message.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('translates every message: no value is the same in Japanese and English', () => {
    for (const key of japaneseKeys) {
      if (!SAME_IN_EVERY_LANGUAGE.has(key)) {
        expect(dictionary.en[key], key).not.toBe(dictionary.ja[key]);
      }
    }
  });

  it('writes Japanese in Japanese and English without Japanese', () => {
    for (const key of japaneseKeys) {
      if (NAMED_IN_THE_OTHER_LANGUAGE.has(key)) {
        continue;
      }
      expect(dictionary.ja[key], `ja.${key}`).toMatch(JAPANESE);
      expect(dictionary.en[key], `en.${key}`).not.toMatch(JAPANESE);
    }
  });

  it('asks for the same placeholders in every language', () => {
    for (const key of japaneseKeys) {
      expect(placeholders(dictionary.en[key]), key).toEqual(placeholders(dictionary.ja[key]));
    }
  });
});

describe('the dictionaries cover the domain', () => {
  it('name every tag of the taxonomy', () => {
    expect([...TAG_IDS].sort()).toEqual([...TAXONOMY].sort());
  });

  it('label every presence state in both consoles', () => {
    for (const presence of PRESENCES) {
      expect(Object.keys(consoleMessages.ja)).toContain(`presence_${presence}`);
      expect(Object.keys(managerMessages.ja)).toContain(`presence_${presence}`);
    }
  });

  it('use the presence labels the browser tests look for', () => {
    expect(consoleMessages.ja.presence_AVAILABLE).toBe('対応可能');
    expect(consoleMessages.ja.presence_AWAY).toBe('離席中');
  });
});

describe('pickLanguage', () => {
  it('takes the first language we speak, by its primary subtag', () => {
    expect(pickLanguage(['fr-FR', 'ja-JP', 'en-US'])).toBe('ja');
    expect(pickLanguage(['en-GB', 'ja'])).toBe('en');
    expect(pickLanguage(['JA'])).toBe('ja');
  });

  it('falls back when none matches', () => {
    expect(pickLanguage(['fr', 'de'])).toBe('en');
    expect(pickLanguage([], 'ja')).toBe('ja');
  });
});

describe('fill and translator', () => {
  it('replaces placeholders and keeps unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('translates with parameters', () => {
    expect(translator(widgetMessages, 'en')('queuePosition', { position: 3 })).toBe('You are number 3 in the queue');
    expect(translator(widgetMessages, 'ja')('queuePosition', { position: 3 })).toBe('あなたの順番：3 番目');
  });
});
