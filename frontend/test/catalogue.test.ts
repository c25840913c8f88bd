import { describe, expect, it } from 'vitest';
import { TAG_IDS } from '../src/i18n/tags';
import { PRODUCTS, findProduct, formatPrice, illustration } from '../src/shop/catalogue';

const PRODUCT_ID = /^p-\d{3}$/;

describe('the demo catalogue', () => {
  it('has twelve products with unique ids that profile-bridge accepts', () => {
    expect(PRODUCTS).toHaveLength(12);
    expect(new Set(PRODUCTS.map(product => product.id)).size).toBe(12);
    PRODUCTS.forEach(product => expect(product.id).toMatch(PRODUCT_ID));
  });

  it('names and describes every product in Japanese and English, with a price in yen', () => {
    for (const product of PRODUCTS) {
      for (const language of ['ja', 'en'] as const) {
        expect(product.name[language].trim(), product.id).not.toBe('');
        expect(product.description[language].trim(), product.id).not.toBe('');
      }
      expect(Number.isInteger(product.priceJpy) && product.priceJpy > 0, product.id).toBe(true);
    }
  });

  it('tags products only from the taxonomy, and uses every tag', () => {
    const used = new Set(PRODUCTS.flatMap(product => product.tags));
    used.forEach(tag => expect(TAG_IDS).toContain(tag));
    expect(used.size).toBe(TAG_IDS.length);
  });

  it('finds the product the browser tests open', () => {
    expect(findProduct('p-101')?.tags).toEqual(['mountaineering', 'rainwear']);
    expect(findProduct('p-999')).toBeUndefined();
  });

  it('draws every product inline, without loading anything from elsewhere', () => {
    for (const product of PRODUCTS) {
      const svg = illustration(product, 'a "quoted" <name>');
      expect(svg.startsWith('<svg ')).toBe(true);
      expect(svg).toContain('aria-label="a &quot;quoted&quot; &lt;name>"');
      expect(svg).not.toMatch(/href=|url\(|<image/);
      expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toContain('http');
      expect(svg).not.toMatch(/"[CA]"/);
    }
  });

  it('formats prices in yen', () => {
    expect(formatPrice(34800, 'ja')).toMatch(/34,800/);
    expect(formatPrice(34800, 'ja')).toMatch(/[¥￥]/);
    expect(formatPrice(7700, 'en')).toMatch(/7,700/);
  });
});
