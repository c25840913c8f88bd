package io.tsunagu.staffdirectory.store;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.LocalTimes;
import io.tsunagu.staffdirectory.Violations;
import io.tsunagu.staffdirectory.access.StoreAccess;
import io.tsunagu.staffdirectory.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
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

    public StoreService(StoreRepository stores, StoreAccess access, AuditLog audit) {
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
        if (stores.findByIdOptional(request.id()).isPresent()) {
            throw ProblemException.conflict("already-exists", "Already exists", "store " + request.id() + " already exists");
        }
        Store store = new Store(request.id());
        store.describe(request.name().ja(), request.name().en(), request.timeZone(), hours);
        stores.persist(store);
        audit.record("create", "store", store.getId(), store.getId(), summary(store));
        return StoreView.of(store);
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
