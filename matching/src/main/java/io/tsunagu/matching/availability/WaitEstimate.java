package io.tsunagu.matching.availability;

/**
 * How long a shopper at a queue position will wait, from the staff on shift and recent handle
 * times:
 * <pre>
 *   position ≤ free            → 0                      (a free staff member can take it now)
 *   on shift = 0               → unknown (null)
 *   otherwise                  → ⌈(position − free) × handle / on shift⌉ seconds
 * </pre>
 * where {@code free} is the number of AVAILABLE staff on shift who speak the language,
 * {@code on shift} those on shift who speak it, and {@code handle} the mean length in seconds of
 * recent consultations. With n staff each busy for {@code handle} on average, one of them frees
 * up every {@code handle / n} seconds, and the shopper needs {@code position − free} of those.
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    public static Integer seconds(int position, int free, int onShift, double handleSeconds) {
        if (position <= free) {
            return 0;
        }
        if (onShift <= 0) {
            return null;
        }
        return (int) Math.ceil((position - free) * handleSeconds / onShift);
    }
}
