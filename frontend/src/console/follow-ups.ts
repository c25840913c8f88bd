import type { ConsoleKey } from '../i18n/console';
import type { Language, Translate } from '../i18n/language';
import type { Booking, ShopperMessage } from '../shared/api-types';
import { h, refocus } from '../shared/dom';
import { formatDateTime } from '../shared/format';
import { ApiError } from '../shared/http';
import type { StaffApi } from './staff-api';

/** How often the lists are read again: messages and bookings are not pushed. */
export const FOLLOW_UPS_REFRESH_MS = 30_000;
const ANSWER_MAX_LENGTH = 4000;

/** What the panel needs from the console around it, read at every redraw (the language may change). */
export interface FollowUpsContext {
  t: Translate<ConsoleKey>;
  /** The signed-in staff member; null until staff-directory has said who they are. */
  username: string | null;
  language: Language;
  timeZone: string;
  tagName(id: string): string;
  languageName(code: string): string;
}

/**
 * The staff member's written work beside the calls: messages shoppers left (claim one, answer it in
 * writing) and the consultations booked with them.
 */
export class FollowUpsPanel {
  readonly element = h('section', { class: 'follow-ups' });
  private messages: ShopperMessage[] = [];
  private bookings: Booking[] = [];
  private readonly drafts = new Map<string, string>();
  private problem: ConsoleKey | null = null;

  constructor(
    private readonly api: StaffApi,
    private readonly context: () => FollowUpsContext,
  ) {}

  start(): void {
    void this.refresh();
    setInterval(() => void this.refresh(), FOLLOW_UPS_REFRESH_MS);
  }

  async refresh(): Promise<void> {
    try {
      [this.messages, this.bookings] = await Promise.all([this.api.messages(), this.api.upcomingBookings()]);
    } catch (error) {
      console.warn('messages and bookings could not be read', error);
    }
    this.render();
  }

  private async claim(message: ShopperMessage): Promise<void> {
    await this.act(() => this.api.claimMessage(message.id));
  }

  private async answer(message: ShopperMessage): Promise<void> {
    const text = (this.drafts.get(message.id) ?? '').trim();
    if (!text) {
      this.problem = 'messageAnswerEmpty';
      this.render();
      return;
    }
    if (await this.act(() => this.api.answerMessage(message.id, text))) {
      this.drafts.delete(message.id);
    }
  }

  /** Runs a claim or an answer; a 409 or 404 means another staff member took the message first. */
  private async act(action: () => Promise<unknown>): Promise<boolean> {
    this.problem = null;
    try {
      await action();
      return true;
    } catch (error) {
      const taken = error instanceof ApiError && (error.status === 409 || error.status === 404);
      this.problem = taken ? 'messageTaken' : 'messageFailed';
      return false;
    } finally {
      await this.refresh();
    }
  }

  render(): void {
    // Redrawing replaces the elements: keep the focus (and so the typing) where it was.
    const active = document.activeElement as HTMLElement | null;
    const focused = active && this.element.contains(active)
      ? `[data-message-id="${active.closest('li')?.dataset.messageId}"] [data-testid="${active.dataset.testid}"]` : null;
    const { t } = this.context();
    const children: (HTMLElement | null)[] = [
      h('h2', {}, t('messagesTitle')),
      this.problem ? h('p', { class: 'notice', role: 'alert' }, t(this.problem)) : null,
      this.messages.length
        ? h('ol', { 'data-testid': 'messages' }, this.messages.map(message => this.renderMessage(message)))
        : h('p', { class: 'muted', 'data-testid': 'messages' }, t('messagesEmpty')),
      h('h2', {}, t('bookingsTitle')),
      this.bookings.length
        ? h('ol', { 'data-testid': 'bookings' }, this.bookings.map(booking => this.renderBooking(booking)))
        : h('p', { class: 'muted', 'data-testid': 'bookings' }, t('bookingsEmpty')),
    ];
    this.element.replaceChildren(...children.filter((element): element is HTMLElement => element !== null));
    if (focused) {
      refocus(this.element.querySelector<HTMLElement>(focused));
    }
  }

  private renderMessage(message: ShopperMessage): HTMLElement {
    const { t, language, timeZone, tagName, languageName, username } = this.context();
    const header = h('div', { class: 'meta' },
      h('time', { datetime: message.createdAt }, formatDateTime(message.createdAt, language, timeZone)),
      h('span', {}, languageName(message.language)));
    const interests = message.topInterests.length
      ? h('ul', { class: 'chips' }, message.topInterests.map(interest => h('li', {}, tagName(interest.tag)))) : null;
    // Another's claim is listed only once it has lapsed unanswered: it may be taken over.
    const lapsed = message.status === 'CLAIMED' && message.claimedBy !== username;
    let action: HTMLElement;
    if (message.status === 'OPEN' || lapsed) {
      const claim = h('button', { type: 'button', class: 'primary', 'data-testid': 'message-claim' },
        t(lapsed ? 'messageTakeOver' : 'messageClaim'));
      claim.addEventListener('click', () => void this.claim(message));
      action = lapsed
        ? h('div', {}, h('p', { class: 'hint', 'data-testid': 'message-lapsed' }, t('messageLapsed', { name: message.claimedBy ?? '' })), claim)
        : claim;
    } else {
      const id = `answer-${message.id}`;
      const text = h('textarea', { id, 'data-testid': 'message-answer-text', rows: 3, maxlength: ANSWER_MAX_LENGTH });
      text.value = this.drafts.get(message.id) ?? '';
      text.addEventListener('input', () => this.drafts.set(message.id, text.value));
      const send = h('button', { type: 'submit', class: 'primary', 'data-testid': 'message-answer-send' }, t('messageAnswerSend'));
      action = h('form', { class: 'notes', novalidate: true },
        h('label', { for: id }, t('messageAnswerLabel')), text, h('div', { class: 'actions' }, send));
      action.addEventListener('submit', event => {
        event.preventDefault();
        void this.answer(message);
      });
    }
    return h('li', { 'data-testid': 'message-item', 'data-message-id': message.id },
      header, h('p', { class: 'topic' }, message.topic), interests, action);
  }

  private renderBooking(booking: Booking): HTMLElement {
    const { t, language, languageName } = this.context();
    return h('li', { 'data-testid': 'booking-item' },
      h('div', { class: 'meta' },
        h('time', { datetime: booking.start }, formatDateTime(booking.start, language, booking.timeZone)),
        h('span', {}, languageName(booking.language))),
      booking.topic ? h('p', { class: 'topic' }, booking.topic) : h('p', { class: 'muted' }, t('bookingNoTopic')),
      booking.followUpOf ? h('p', { class: 'muted' }, t('bookingFollowUp')) : null);
  }
}
