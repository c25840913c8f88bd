package io.tsunagu.matching.availability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented formula: ⌈(position − free) × handle / on shift⌉, 0 with a free slot, null with nobody on shift. */
class WaitEstimateTest {

    private static final double HANDLE_SECONDS = 300;

    @Test
    void aFreeStaffMemberForThePositionMeansNoWait() {
        assertThat(WaitEstimate.seconds(1, 1, 3, HANDLE_SECONDS)).isZero();
        assertThat(WaitEstimate.seconds(2, 2, 2, HANDLE_SECONDS)).isZero();
    }

    @Test
    void eachPositionBeyondTheFreeStaffWaitsOneHandleTimeSharedByTheStaffOnShift() {
        assertThat(WaitEstimate.seconds(1, 0, 2, HANDLE_SECONDS)).isEqualTo(150);
        assertThat(WaitEstimate.seconds(2, 0, 2, HANDLE_SECONDS)).isEqualTo(300);
        assertThat(WaitEstimate.seconds(4, 1, 3, HANDLE_SECONDS)).isEqualTo(300);
        // 1 × 100 / 3 = 33.3…, rounded up.
        assertThat(WaitEstimate.seconds(1, 0, 3, 100)).isEqualTo(34);
    }

    @Test
    void withNobodyOnShiftTheWaitIsUnknown() {
        assertThat(WaitEstimate.seconds(1, 0, 0, HANDLE_SECONDS)).isNull();
    }
}
