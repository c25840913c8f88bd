import type { KeyValueStore } from '../widget/visitor';

/** Where the demo shop keeps its cart: product id → quantity. */
export const CART_KEY = 'sorakaze.cart';

export type Cart = Record<string, number>;

export function loadCart(store: KeyValueStore | null): Cart {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(CART_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return {};
    }
    return Object.fromEntries(Object.entries(parsed).filter(([, quantity]) => Number.isInteger(quantity) && (quantity as number) > 0)) as Cart;
  } catch {
    // A damaged cart is an empty one; the demo has nothing to lose.
    return {};
  }
}

/** Adds one of a product and keeps the cart; returns the new cart. */
export function addToCart(store: KeyValueStore | null, productId: string): Cart {
  const cart = loadCart(store);
  cart[productId] = (cart[productId] ?? 0) + 1;
  store?.setItem(CART_KEY, JSON.stringify(cart));
  return cart;
}

export function itemCount(cart: Cart): number {
  return Object.values(cart).reduce((sum, quantity) => sum + quantity, 0);
}
