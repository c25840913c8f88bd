import { describe, expect, it } from 'vitest';
import { ChatLog, chatProblem } from '../src/shared/chat-log';
import type { ProductCard } from '../src/shared/messages';

const CONSULTATION = '5b0e7c1e-8d4f-4c38-9a51-0f6c2b9d3e11';
const NOW = new Date('2026-11-24T10:00:00Z');
const JACKET: ProductCard = { id: 'p-101', name: 'Kumo 3-Layer Shell Jacket', price: 34800, currency: 'JPY', url: '/products/p-101.html', imageUrl: null };

describe('chatProblem', () => {
  it('takes 1 to 2000 characters after trimming', () => {
    expect(chatProblem('こんにちは')).toBeNull();
    expect(chatProblem('x'.repeat(2000))).toBeNull();
    expect(chatProblem('  ')).toBe('empty');
    expect(chatProblem('x'.repeat(2001))).toBe('tooLong');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(chatProblem('🗻'.repeat(2000))).toBeNull();
  });
});

describe('ChatLog', () => {
  it('keeps own and received messages in order, marking which are own', () => {
    const log = new ChatLog('shopper', () => NOW);
    log.sent('  サイズは？ ');
    log.received({ type: 'chat', consultationId: CONSULTATION, text: 'M がおすすめです', from: 'staff', at: '2026-11-24T10:00:05Z' });
    expect(log.entries).toEqual([
      { kind: 'text', from: 'shopper', text: 'サイズは？', at: NOW.toISOString(), own: true },
      { kind: 'text', from: 'staff', text: 'M がおすすめです', at: '2026-11-24T10:00:05Z', own: false },
    ]);
  });

  it('keeps the products shared, from the side that shared them', () => {
    const shopperLog = new ChatLog('shopper', () => NOW);
    shopperLog.receivedProduct(JACKET);
    expect(shopperLog.entries[0]).toMatchObject({ kind: 'product', from: 'staff', own: false });
    expect(shopperLog.products).toEqual([JACKET]);

    const staffLog = new ChatLog('staff', () => NOW);
    staffLog.sentProduct(JACKET);
    expect(staffLog.entries[0]).toMatchObject({ kind: 'product', from: 'staff', own: true });
  });
});
