import type { Language } from '../i18n/language';
import type { OfferReason } from '../shared/api-types';

/**
 * "Why you" in the staff member's language: matching's sentence when it gave one (ordered by impact),
 * else the constraint's name, so that an older matching still explains something.
 */
export function reasonLines(reasons: OfferReason[], language: Language): string[] {
  return reasons.map(reason => reason.text?.[language] ?? reason.text?.ja ?? reason.text?.en ?? reason.constraint)
    .filter(line => line.trim() !== '');
}
