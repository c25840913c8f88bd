package io.tsunagu.staffdirectory.shift;

import java.util.List;

/** A staff member's weekly shifts (Monday first) and their exceptions (by date). */
public record ShiftsView(List<WeeklyShift> weekly, List<ShiftExceptionView> exceptions) {
}
