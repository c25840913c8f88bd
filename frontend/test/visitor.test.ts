import { describe, expect, it } from 'vitest';
import { VISITOR_KEY, type KeyValueStore, isVisitorId, loadVisitorId, newVisitorId } from '../src/widget/visitor';

const WIDGET_VISITOR_ID = /^v-[0-9a-f]{20}$/;
const KEPT_ID = 'v-0123456789abcdef0123';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    getItem: key => values[key] ?? null,
    setItem: (key, value) => { values[key] = value; },
  };
}

describe('visitor ids', () => {
  it('are "v-" and 20 hex characters from 10 random bytes', () => {
    const id = newVisitorId(bytes => bytes.set([0, 1, 2, 171, 205, 239, 16, 32, 64, 255]));
    expect(id).toBe('v-000102abcdef102040ff');
    expect(newVisitorId()).toMatch(WIDGET_VISITOR_ID);
  });

  it('differ between calls', () => {
    expect(newVisitorId()).not.toBe(newVisitorId());
  });

  it('follow the pattern of docs/api.md', () => {
    expect(isVisitorId(KEPT_ID)).toBe(true);
    expect(isVisitorId('short')).toBe(false);
    expect(isVisitorId('v-with space-0000')).toBe(false);
    expect(isVisitorId('x'.repeat(65))).toBe(false);
    expect(isVisitorId(null)).toBe(false);
  });

  it('are kept: a stored id is reused', () => {
    const store = memoryStore({ [VISITOR_KEY]: KEPT_ID });
    expect(loadVisitorId(store)).toBe(KEPT_ID);
  });

  it('are created and stored when none is kept', () => {
    const store = memoryStore();
    const id = loadVisitorId(store);
    expect(id).toMatch(WIDGET_VISITOR_ID);
    expect(store.values[VISITOR_KEY]).toBe(id);
    expect(loadVisitorId(store)).toBe(id);
  });

  it('replace a damaged stored value', () => {
    const store = memoryStore({ [VISITOR_KEY]: '<script>' });
    const id = loadVisitorId(store);
    expect(id).toMatch(WIDGET_VISITOR_ID);
    expect(store.values[VISITOR_KEY]).toBe(id);
  });

  it('work without storage, for the page', () => {
    expect(loadVisitorId(null)).toMatch(WIDGET_VISITOR_ID);
  });
});
