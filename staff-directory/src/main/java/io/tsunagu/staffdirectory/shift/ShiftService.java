package io.tsunagu.staffdirectory.shift;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.LocalTimes;
import io.tsunagu.staffdirectory.Violations;
import io.tsunagu.staffdirectory.access.StoreAccess;
import io.tsunagu.staffdirectory.audit.AuditLog;
import io.tsunagu.staffdirectory.staff.Staff;
import io.tsunagu.staffdirectory.staff.StaffRepository;
import io.tsunagu.staffdirectory.store.OpeningHoursRow;
import io.tsunagu.staffdirectory.store.StoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Weekly shifts and their exceptions: managers of the store and admins change them, staff read their own. */
@ApplicationScoped
public class ShiftService {

    /** The longest calendar one request may ask for. */
    static final int MAX_CALENDAR_DAYS = 62;
    private static final String OVERLAP = "shift-overlap";
    private static final String OUTSIDE_HOURS = "outside-opening-hours";

    private final StaffRepository staff;
    private final StoreRepository stores;
    private final ShiftExceptionRepository exceptions;
    private final StoreAccess access;
    private final AuditLog audit;

    public ShiftService(StaffRepository staff, StoreRepository stores, ShiftExceptionRepository exceptions,
                        StoreAccess access, AuditLog audit) {
        this.staff = staff;
        this.stores = stores;
        this.exceptions = exceptions;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public ShiftsView get(String username) {
        Staff member = readable(username);
        return view(member);
    }

    @Transactional
    public ShiftsView replaceWeekly(String username, List<WeeklyShift> weekly) {
        Staff member = writable(username);
        Violations violations = new Violations();
        List<ShiftCalendar.Weekly> parsed = new ArrayList<>();
        List<WeeklyShiftRow> rows = new ArrayList<>();
        for (int i = 0; i < weekly.size(); i++) {
            WeeklyShift shift = weekly.get(i);
            DayOfWeek day = LocalTimes.day(shift.day());
            int start = LocalTimes.minutes(shift.start());
            int end = LocalTimes.minutes(shift.end());
            String at = "[" + i + "]";
            if (day == null) {
                violations.add(at + ".day", "must be one of MON, TUE, WED, THU, FRI, SAT, SUN");
            }
            if (start < 0 || start == LocalTimes.END_OF_DAY) {
                violations.add(at + ".start", "must be a local time HH:mm from 00:00 to 23:59");
            }
            if (end <= 0) {
                violations.add(at + ".end", "must be a local time HH:mm from 00:01 to 24:00");
            }
            if (start >= 0 && start == end) {
                violations.add(at + ".end", "must differ from start; a whole day is 00:00 to 24:00");
            }
            if (day != null && start >= 0 && start < LocalTimes.END_OF_DAY && end > 0 && start != end) {
                parsed.add(new ShiftCalendar.Weekly(day, start, end));
                rows.add(new WeeklyShiftRow(LocalTimes.day(day), start, end));
            }
        }
        violations.throwIfAny();
        List<String> overlapping = ShiftCalendar.overlaps(parsed);
        if (!overlapping.isEmpty()) {
            Violations overlaps = new Violations();
            overlapping.forEach(pair -> overlaps.add("weekly", "shifts " + pair + " overlap"));
            overlaps.throwIfAny(OVERLAP, "Shifts overlap");
        }
        OpeningHoursCover open = openingHours(member);
        Violations outside = new Violations();
        for (int i = 0; i < parsed.size(); i++) {
            ShiftCalendar.Weekly shift = parsed.get(i);
            if (!open.covers(shift.day(), shift.start(), shift.length())) {
                outside.add("[" + i + "]", outsideMessage(open, shift.day(), shift.start(), shift.end(), member.getStoreId()));
            }
        }
        outside.throwIfAny(OUTSIDE_HOURS, "Outside opening hours");
        member.replaceWeeklyShifts(rows);
        audit.record("replace", "shifts", username, member.getStoreId(), rows.size() + " weekly shifts: " + describe(weekly));
        return view(member);
    }

    @Transactional
    public ShiftExceptionView addException(String username, ShiftExceptionRequest request) {
        Staff member = writable(username);
        Integer start = null;
        Integer end = null;
        Violations violations = new Violations();
        if (request.start() != null || request.end() != null || request.kind() == ExceptionKind.WORK) {
            int s = LocalTimes.minutes(request.start());
            int e = LocalTimes.minutes(request.end());
            if (s < 0 || s == LocalTimes.END_OF_DAY) {
                violations.add("start", request.kind() == ExceptionKind.WORK && request.start() == null
                        ? "extra work needs a start" : "must be a local time HH:mm from 00:00 to 23:59");
            }
            if (e <= 0) {
                violations.add("end", request.kind() == ExceptionKind.WORK && request.end() == null
                        ? "extra work needs an end" : "must be a local time HH:mm from 00:01 to 24:00");
            }
            if (s >= 0 && s == e) {
                violations.add("end", "must differ from start");
            }
            start = s;
            end = e;
        }
        violations.throwIfAny();
        if (request.kind() == ExceptionKind.WORK) {
            ShiftCalendar calendar = ShiftStatuses.calendar(zone(member), member, exceptions.listOf(username).stream()
                    .filter(e -> Math.abs(ChronoUnit.DAYS.between(e.getDate(), request.date())) <= 2).toList());
            if (calendar.overlapsConcrete(calendar.interval(request.date(), start, end))) {
                throw ProblemException.badRequest(OVERLAP, "Shifts overlap",
                        "extra work on " + request.date() + " overlaps a shift of that day");
            }
            OpeningHoursCover open = openingHours(member);
            DayOfWeek day = request.date().getDayOfWeek();
            if (!open.covers(day, start, OpeningHoursCover.length(start, end))) {
                Violations outside = new Violations().add("start", outsideMessage(open, day, start, end, member.getStoreId()));
                outside.throwIfAny(OUTSIDE_HOURS, "Outside opening hours");
            }
        }
        ShiftException created = new ShiftException(UUID.randomUUID(), username, request.date(), request.kind(),
                start, end, request.reason() == null ? "" : request.reason());
        exceptions.persist(created);
        ShiftExceptionView view = ShiftExceptionView.of(created);
        audit.record("create", "shift-exception", username, member.getStoreId(),
                view.kind() + " on " + view.date() + (start == null ? "" : " " + view.start() + "–" + view.end())
                        + (view.reason().isEmpty() ? "" : ": " + view.reason()));
        return view;
    }

    @Transactional
    public void deleteException(String username, UUID id) {
        Staff member = writable(username);
        ShiftException found = exceptions.findByIdOptional(id)
                .filter(e -> e.getUsername().equals(username))
                .orElseThrow(() -> ProblemException.notFound("Shift exception", id));
        exceptions.delete(found);
        audit.record("delete", "shift-exception", username, member.getStoreId(),
                found.getKind() + " on " + found.getDate());
    }

    /** Concrete shifts starting on a local date from {@code from} up to, not including, {@code to}. */
    @Transactional
    public List<ShiftCalendar.Interval> calendar(String username, String fromText, String toText) {
        Violations violations = new Violations();
        LocalDate from = date(fromText, "from", violations);
        LocalDate to = date(toText, "to", violations);
        violations.throwIfAny();
        if (!to.isAfter(from)) {
            throw Violations.invalid("to", "must be after from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_CALENDAR_DAYS) {
            throw Violations.invalid("to", "at most " + MAX_CALENDAR_DAYS + " days after from");
        }
        Staff member = readable(username);
        List<ShiftException> around = exceptions.between(List.of(username), from.minusDays(2), to.plusDays(2));
        return ShiftStatuses.calendar(zone(member), member, around).intervals(from, to);
    }

    private static LocalDate date(String text, String field, Violations violations) {
        try {
            if (text != null) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below, like a missing date
        }
        violations.add(field, "required, a local date such as 2026-11-23");
        return null;
    }

    private ShiftsView view(Staff member) {
        List<WeeklyShift> weekly = member.getWeeklyShifts().stream()
                .sorted(Comparator.comparing((WeeklyShiftRow row) -> LocalTimes.day(row.day()).getValue())
                        .thenComparingInt(WeeklyShiftRow::startMinute))
                .map(row -> new WeeklyShift(row.day(), LocalTimes.format(row.startMinute()), LocalTimes.format(row.endMinute())))
                .toList();
        List<ShiftExceptionView> listed = exceptions.listOf(member.getUsername()).stream().map(ShiftExceptionView::of).toList();
        return new ShiftsView(weekly, listed);
    }

    private OpeningHoursCover openingHours(Staff member) {
        return new OpeningHoursCover(stores.findById(member.getStoreId()).getOpeningHours());
    }

    /**
     * Refuses (400 {@code outside-opening-hours}) opening hours of {@code storeId} that would leave a weekly shift,
     * or extra work from today on, of these staff members outside them: a store's hours change, or staff move in.
     */
    public void requireShiftsWithin(String storeId, ZoneId zone, List<OpeningHoursRow> hours, Collection<Staff> members) {
        OpeningHoursCover open = new OpeningHoursCover(hours);
        LocalDate today = LocalDate.now(zone);
        Violations outside = new Violations();
        for (Staff member : members) {
            for (WeeklyShiftRow row : member.getWeeklyShifts()) {
                DayOfWeek day = LocalTimes.day(row.day());
                if (!open.covers(day, row.startMinute(), OpeningHoursCover.length(row.startMinute(), row.endMinute()))) {
                    outside.add(member.getUsername(), outsideMessage(open, day, row.startMinute(), row.endMinute(), storeId));
                }
            }
            for (ShiftException extra : exceptions.listOf(member.getUsername())) {
                if (extra.getKind() == ExceptionKind.WORK && !extra.getDate().isBefore(today)) {
                    DayOfWeek day = extra.getDate().getDayOfWeek();
                    if (!open.covers(day, extra.getStartMinute(), OpeningHoursCover.length(extra.getStartMinute(), extra.getEndMinute()))) {
                        outside.add(member.getUsername(), extra.getDate() + ": "
                                + outsideMessage(open, day, extra.getStartMinute(), extra.getEndMinute(), storeId));
                    }
                }
            }
        }
        outside.throwIfAny(OUTSIDE_HOURS, "Outside opening hours");
    }

    private static String outsideMessage(OpeningHoursCover open, DayOfWeek day, int start, int end, String storeId) {
        String hours = LocalTimes.day(day) + " " + open.describe(day);
        if (end <= start) {
            hours += ", " + LocalTimes.day(day.plus(1)) + " " + open.describe(day.plus(1));
        }
        return LocalTimes.day(day) + " " + LocalTimes.format(start) + "–" + LocalTimes.format(end)
                + " is not within the opening hours of " + storeId + " (" + hours + ")";
    }

    private ZoneId zone(Staff member) {
        return ZoneId.of(stores.findById(member.getStoreId()).getTimeZone());
    }

    private Staff find(String username) {
        return staff.findByIdOptional(username).orElseThrow(() -> ProblemException.notFound("Staff member", username));
    }

    /** Staff read their own shifts; managers those of their stores' staff; admins and matching (service: bookable slots) everyone's. */
    private Staff readable(String username) {
        Staff member = find(username);
        if (access.isService()) {
            return member;
        }
        if (access.isAdmin() || access.isManager()) {
            access.requireStore(member.getStoreId());
        } else if (!access.actor().equals(username)) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", "staff read only their own shifts"));
        }
        return member;
    }

    private Staff writable(String username) {
        Staff member = find(username);
        access.requireStore(member.getStoreId());
        return member;
    }

    private static String describe(List<WeeklyShift> weekly) {
        return String.join(", ", weekly.stream().map(s -> s.day() + " " + s.start() + "–" + s.end()).toList());
    }
}
