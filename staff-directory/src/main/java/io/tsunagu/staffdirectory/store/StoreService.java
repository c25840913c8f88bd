package io.tsunagu.staffdirectory.store;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.LocalTimes;
import io.tsunagu.staffdirectory.Violations;
import io.tsunagu.staffdirectory.access.StoreAccess;
import io.tsunagu.staffdirectory.audit.AuditLog;
import io.tsunagu.staffdirectory.shift.ShiftService;
import io.tsunagu.staffdirectory.staff.StaffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class StoreService {

    private final StoreRepository stores;
    private final StoreAccess access;
    private final AuditLog audit;
    private final StaffRepository staff;
    private final ShiftService shifts;

    public StoreService(StoreRepository stores, StoreAccess access, AuditLog audit, StaffRepository staff,
                        ShiftService shifts) {
        this.shifts = shifts;
        this.staff = staff;
        this.stores = stores;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public List<StoreView> list() {
        return stores.listInOrder().stream().map(StoreView::of).toList();
    }

    @Transactional
    public StoreView create(StoreRequest request) {
        if (request.id() == null) {
            throw Violations.invalid("id", "must not be null");
        }
        List<OpeningHoursRow> hours = check(request);
        if (stores.everUsed(request.id())) {
            throw ProblemException.conflict("already-exists", "Already exists", "store " + request.id()
                    + " already exists, or existed: a deleted store's id stays its own, since offers and KPIs name it");
        }
        Store store = new Store(request.id());
        store.describe(request.name().ja(), request.name().en(), request.timeZone(), hours);
        stores.persist(store);
        audit.record("create", "store", store.getId(), store.getId(), summary(store));
        return StoreView.of(store);
    }

    /**
     * Deletes a store that no staff member works in any more (409 {@code store-has-staff}: delete or move
     * them first). Its row stays, hidden, for the offers and KPIs that name it; its managers lose it.
     */
    @Transactional
    public void delete(String id) {
        if (!id.matches(StoreRequest.ID)) {
            throw Violations.invalid("id", StoreRequest.ID_RULE);
        }
        Store store = stores.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Store", id));
        long staffCount = staff.count("storeId", id);
        if (staffCount > 0) {
            throw ProblemException.conflict("store-has-staff", "Store has staff",
                    "store " + id + " still has " + staffCount + " staff member(s); delete or move them first");
        }
        stores.getEntityManager().createNativeQuery("delete from {h-schema}manager_store where store_id = ?1")
                .setParameter(1, id).executeUpdate();
        stores.delete(store);
        audit.record("delete", "store", id, id, summary(store));
    }

    /** Changes a store: admins any, managers those assigned to them. */
    @Transactional
    public StoreView update(String id, StoreRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw Violations.invalid("id", "a store's id cannot change; leave it out");
        }
        Store store = stores.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Store", id));
        access.requireStore(id);
        List<OpeningHoursRow> hours = check(request);
        // The store's shifts stay within its hours: narrower hours are refused while a shift lies outside them.
        shifts.requireShiftsWithin(id, ZoneId.of(request.timeZone()), hours, staff.list("storeId", id));
        String before = summary(store);
        store.describe(request.name().ja(), request.name().en(), request.timeZone(), hours);
        audit.record("update", "store", id, id, before + " → " + summary(store));
        return StoreView.of(store);
    }

    private static String summary(Store store) {
        return store.getNameJa() + " / " + store.getNameEn() + ", " + store.getTimeZone() + ", "
                + StoreView.of(store).openingHours().stream().map(h -> h.day() + " " + h.opens() + "–" + h.closes()).toList();
    }

    private static List<OpeningHoursRow> check(StoreRequest request) {
        Violations violations = new Violations();
        if (!ZoneId.getAvailableZoneIds().contains(request.timeZone())) {
            violations.add("timeZone", "unknown time zone " + request.timeZone() + "; use an IANA name such as Asia/Tokyo");
        }
        List<OpeningHoursRow> rows = new ArrayList<>();
        List<OpeningHours> hours = request.openingHours() == null ? List.of() : request.openingHours();
        for (int i = 0; i < hours.size(); i++) {
            OpeningHours h = hours.get(i);
            String at = "openingHours[" + i + "]";
            DayOfWeek day = LocalTimes.day(h.day());
            int opens = LocalTimes.minutes(h.opens());
            int closes = LocalTimes.minutes(h.closes());
            if (day == null) {
                violations.add(at + ".day", "must be one of MON, TUE, WED, THU, FRI, SAT, SUN");
            }
            if (opens < 0 || opens == LocalTimes.END_OF_DAY) {
                violations.add(at + ".opens", "must be a local time HH:mm from 00:00 to 23:59");
            } else if (closes <= opens) {
                violations.add(at + ".closes", "must be a local time HH:mm after opens, at most 24:00");
            }
            if (day == null || opens < 0 || closes <= opens) {
                continue;
            }
            for (OpeningHoursRow other : rows) {
                if (other.day().equals(h.day()) && opens < other.closesMinute() && other.opensMinute() < closes) {
                    violations.add(at, "overlaps other opening hours on " + h.day());
                }
            }
            rows.add(new OpeningHoursRow(h.day(), opens, closes));
        }
        violations.throwIfAny();
        return rows;
    }
}
