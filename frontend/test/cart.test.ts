import { describe, expect, it } from 'vitest';
import { CART_KEY, addToCart, itemCount, loadCart } from '../src/shop/cart';

function memory(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

describe('the demo cart', () => {
  it('adds products and counts the items', () => {
    const store = memory();
    addToCart(store, 'p-101');
    addToCart(store, 'p-101');
    const cart = addToCart(store, 'p-104');
    expect(cart).toEqual({ 'p-101': 2, 'p-104': 1 });
    expect(itemCount(loadCart(store))).toBe(3);
    expect(JSON.parse(store.values.get(CART_KEY)!)).toEqual(cart);
  });

  it('treats a damaged cart as empty and drops nonsense quantities', () => {
    expect(loadCart(memory({ [CART_KEY]: '{broken' }))).toEqual({});
    expect(loadCart(memory({ [CART_KEY]: '[1,2]' }))).toEqual({});
    expect(loadCart(memory({ [CART_KEY]: '{"p-101":2,"p-102":-1,"p-103":"x"}' }))).toEqual({ 'p-101': 2 });
    expect(loadCart(null)).toEqual({});
  });
});
