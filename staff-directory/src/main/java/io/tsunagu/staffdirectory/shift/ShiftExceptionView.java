package io.tsunagu.staffdirectory.shift;

import io.tsunagu.staffdirectory.LocalTimes;

import java.time.LocalDate;
import java.util.UUID;

public record ShiftExceptionView(UUID id, LocalDate date, ExceptionKind kind, String start, String end, String reason) {

    static ShiftExceptionView of(ShiftException e) {
        return new ShiftExceptionView(e.getId(), e.getDate(), e.getKind(),
                e.getStartMinute() == null ? null : LocalTimes.format(e.getStartMinute()),
                e.getEndMinute() == null ? null : LocalTimes.format(e.getEndMinute()), e.getReason());
    }
}
