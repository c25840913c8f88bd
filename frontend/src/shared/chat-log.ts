import { CHAT_MAX_LENGTH, type ChatMessage, type ProductCard } from './messages';

export type Side = 'staff' | 'shopper';

export type ChatEntry =
  | { kind: 'text'; from: Side; text: string; at: string; own: boolean }
  | { kind: 'product'; from: Side; product: ProductCard; at: string; own: boolean };

export type ChatProblem = 'empty' | 'tooLong';

/** Why a chat text cannot be sent, or null when it can (1–2000 characters after trimming, as signaling checks). */
export function chatProblem(text: string): ChatProblem | null {
  const trimmed = text.trim();
  if (!trimmed) {
    return 'empty';
  }
  return [...trimmed].length > CHAT_MAX_LENGTH ? 'tooLong' : null;
}

/**
 * The text chat and shared product cards of one call, in order. Signaling relays a frame to the peer
 * only, so one's own messages are added when sent.
 */
export class ChatLog {
  private readonly items: ChatEntry[] = [];

  constructor(private readonly side: Side, private readonly now: () => Date = () => new Date()) {}

  get entries(): readonly ChatEntry[] {
    return this.items;
  }

  get products(): ProductCard[] {
    return this.items.flatMap(entry => (entry.kind === 'product' ? [entry.product] : []));
  }

  received(message: ChatMessage): ChatEntry {
    const entry: ChatEntry = { kind: 'text', from: message.from, text: message.text, at: message.at, own: message.from === this.side };
    this.items.push(entry);
    return entry;
  }

  receivedProduct(product: ProductCard): ChatEntry {
    const entry: ChatEntry = { kind: 'product', from: this.side === 'staff' ? 'shopper' : 'staff', product, at: this.now().toISOString(), own: false };
    this.items.push(entry);
    return entry;
  }

  /** Records a message this side sends; the trimmed text is what goes on the wire. */
  sent(text: string): ChatEntry {
    const entry: ChatEntry = { kind: 'text', from: this.side, text: text.trim(), at: this.now().toISOString(), own: true };
    this.items.push(entry);
    return entry;
  }

  sentProduct(product: ProductCard): ChatEntry {
    const entry: ChatEntry = { kind: 'product', from: this.side, product, at: this.now().toISOString(), own: true };
    this.items.push(entry);
    return entry;
  }
}
