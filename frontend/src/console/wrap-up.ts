import type { ConsultationNotes, Outcome } from '../shared/api-types';

export const NOTES_MAX_LENGTH = 5000;
export const OUTCOMES: Outcome[] = ['PURCHASED', 'CONSIDERING', 'NOT_INTERESTED'];

/** What the staff member fills in after a call; the consultation stays WRAP_UP until it is saved. */
export interface NotesDraft {
  consultationId: string;
  text: string;
  tags: Set<string>;
  productIds: Set<string>;
  outcome: Outcome | '';
  followUpOn: string;
  saving: boolean;
  error: 'notesRequired' | 'notesTooLong' | 'followUpPast' | 'notesFailed' | null;
}

export function newDraft(consultationId: string, sharedProducts: string[] = []): NotesDraft {
  return {
    consultationId, text: '', tags: new Set(), productIds: new Set(sharedProducts), outcome: '', followUpOn: '',
    saving: false, error: null,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The notes as matching takes them, or why they cannot be sent. `today` is the store's local date
 * (YYYY-MM-DD), since a follow-up date is a day in the store's calendar.
 */
export function notesPayload(draft: NotesDraft, today: string): { notes: ConsultationNotes } | { error: NonNullable<NotesDraft['error']> } {
  const text = draft.text.trim();
  if (!text) {
    return { error: 'notesRequired' };
  }
  if (text.length > NOTES_MAX_LENGTH) {
    return { error: 'notesTooLong' };
  }
  if (draft.followUpOn && (!DATE.test(draft.followUpOn) || draft.followUpOn < today)) {
    return { error: 'followUpPast' };
  }
  const notes: ConsultationNotes = { text, tags: [...draft.tags] };
  if (draft.productIds.size) {
    notes.productIds = [...draft.productIds];
  }
  if (draft.outcome) {
    notes.outcome = draft.outcome;
  }
  if (draft.followUpOn) {
    notes.followUpOn = draft.followUpOn;
  }
  return { notes };
}
