package io.tsunagu.matching.booking;

import io.tsunagu.matching.consultation.Consultation;
import io.tsunagu.matching.offer.Offer;
import io.tsunagu.matching.request.Channel;
import io.tsunagu.matching.request.ConsultationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes what the API cannot make on demand: a past consultation, and a booking whose time has come. */
@ApplicationScoped
public class BookingFixture {

    private final EntityManager entityManager;

    BookingFixture(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An ended consultation of the shopper with the staff member; answers its id. */
    @Transactional
    public UUID pastConsultation(String visitorId, String staff, String storeId) {
        Instant then = Instant.now().minus(Duration.ofHours(1));
        ConsultationRequest request = new ConsultationRequest(visitorId, "ja", Channel.VIDEO, null, false, Map.of(), null, then);
        entityManager.persist(request);
        Offer offer = new Offer(request.getId(), staff, storeId, List.of(), then, Duration.ofSeconds(20));
        entityManager.persist(offer);
        Consultation consultation = new Consultation(request.getId(), offer.getId(), visitorId, staff, storeId, then);
        consultation.end(then.plus(Duration.ofMinutes(10)));
        entityManager.persist(consultation);
        return consultation.getId();
    }

    /** A live booking of the shopper with the staff member from {@code start}, for {@code length}; answers its id. */
    @Transactional
    public UUID booking(String visitorId, StaffShifts staff, Instant start, Duration length, Map<String, Double> interests) {
        Booking booking = new Booking(visitorId, staff, new SlotPlanner.Slot(start, start.plus(length), List.of(staff)),
                new BookInput(start, "ja", "富士山に登りたい", null, null, false), interests, null, Instant.now());
        entityManager.persist(booking);
        return booking.getId();
    }
}
