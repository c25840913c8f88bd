package io.tsunagu.staffdirectory.shift;

import io.tsunagu.staffdirectory.LocalTimes;
import io.tsunagu.staffdirectory.staff.Staff;
import io.tsunagu.staffdirectory.staff.StaffView.ShiftStatus;
import io.tsunagu.staffdirectory.store.Store;
import io.tsunagu.staffdirectory.store.StoreRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Evaluates whether staff are on shift, each in their store's time zone. */
@ApplicationScoped
public class ShiftStatuses {

    private final StoreRepository stores;
    private final ShiftExceptionRepository exceptions;

    public ShiftStatuses(StoreRepository stores, ShiftExceptionRepository exceptions) {
        this.stores = stores;
        this.exceptions = exceptions;
    }

    public ShiftStatus of(Staff member, Instant now) {
        return of(List.of(member), now).get(member.getUsername());
    }

    /** By username; one query for the stores and one for the exceptions, however many staff. */
    public Map<String, ShiftStatus> of(List<Staff> staff, Instant now) {
        Map<String, ZoneId> zones = stores.listAll().stream()
                .collect(Collectors.toMap(Store::getId, store -> ZoneId.of(store.getTimeZone())));
        // Every zone is within a day of UTC: two days either side cover the look-ahead window everywhere.
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<String, List<ShiftException>> byStaff = exceptions.between(staff.stream().map(Staff::getUsername).toList(),
                        today.minusDays(2), today.plusDays(ShiftCalendar.LOOK_AHEAD_DAYS + 2)).stream()
                .collect(Collectors.groupingBy(ShiftException::getUsername));
        Map<String, ShiftStatus> result = new HashMap<>();
        for (Staff member : staff) {
            ShiftCalendar calendar = calendar(zones.get(member.getStoreId()), member,
                    byStaff.getOrDefault(member.getUsername(), List.of()));
            result.put(member.getUsername(), calendar.status(now));
        }
        return result;
    }

    static ShiftCalendar calendar(ZoneId zone, Staff member, List<ShiftException> exceptions) {
        List<ShiftCalendar.Weekly> weekly = member.getWeeklyShifts().stream()
                .map(row -> new ShiftCalendar.Weekly(LocalTimes.day(row.day()), row.startMinute(), row.endMinute()))
                .toList();
        return new ShiftCalendar(zone, weekly, exceptions.stream().map(ShiftException::toCalendar).toList());
    }
}
