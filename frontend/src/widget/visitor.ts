/** Where the widget keeps the shopper's anonymous visitor id. */
export const VISITOR_KEY = 'tsunagu.visitorId';

const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/;

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export function isVisitorId(value: unknown): value is string {
  return typeof value === 'string' && VISITOR_ID.test(value);
}

/** "v-" and 20 random hex characters (80 bits), as docs/api.md asks of the widget. */
export function newVisitorId(fillRandom: (bytes: Uint8Array<ArrayBuffer>) => void = bytes => crypto.getRandomValues(bytes)): string {
  const bytes = new Uint8Array(10);
  fillRandom(bytes);
  return 'v-' + Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}

/** The visitor id kept in the store, or a new one that is kept from now on; a damaged value is replaced. */
export function loadVisitorId(store: KeyValueStore | null, create: () => string = newVisitorId): string {
  const kept = store?.getItem(VISITOR_KEY);
  if (isVisitorId(kept)) {
    return kept;
  }
  const created = create();
  store?.setItem(VISITOR_KEY, created);
  return created;
}
