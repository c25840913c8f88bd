package io.tsunagu.matching.booking;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.matching.consultation.Consultation;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.request.ConsultationRequest;
import io.tsunagu.matching.request.InterestSnapshots;
import io.tsunagu.matching.request.RequestRepository;
import io.tsunagu.matching.request.RequestService;
import io.tsunagu.matching.request.RequestStatus;
import io.tsunagu.matching.request.RequestView;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking a time: free slots from the staff's shifts, a booking with the best-fit staff member free
 * in the slot, the calendar file, cancelling, and joining at the booked time as a request only the
 * booked staff member is offered. A booking or consultation of another shopper answers 404.
 */
@ApplicationScoped
public class BookingService {

    /** The partial unique index that lets exactly one live booking hold a staff member's slot (V40). */
    private static final String ONE_PER_SLOT = "booking_one_per_staff_slot";

    private final BookingRepository bookings;
    private final StaffCalendars calendars;
    private final InterestSnapshots interestSnapshots;
    private final ConsultationRepository consultations;
    private final RequestRepository requests;
    private final RequestService requestService;
    private final BookingConfig config;
    /** The staff's shifts as last read, kept for {@code calendar-kept-for}: each read costs a call per staff member. */
    private volatile KeptRoster kept;

    private record KeptRoster(List<StaffShifts> roster, Instant readAt) {
    }

    BookingService(BookingRepository bookings, StaffCalendars calendars, InterestSnapshots interestSnapshots,
                   ConsultationRepository consultations, RequestRepository requests, RequestService requestService,
                   BookingConfig config) {
        this.bookings = bookings;
        this.calendars = calendars;
        this.interestSnapshots = interestSnapshots;
        this.consultations = consultations;
        this.requests = requests;
        this.requestService = requestService;
        this.config = config;
    }

    /** Free slots for the shopper's language (and store, or the staff member of their consultation for a follow-up). */
    public SlotsView slots(String visitorId, String language, String storeId, UUID followUpOf) {
        String staff = followUpOf == null ? null : followUpStaff(followUpOf, visitorId);
        List<SlotPlanner.Slot> free = freeSlots(new SlotPlanner.Wish(language, storeId, staff), readRoster(), Instant.now());
        return new SlotsView(Math.toIntExact(config.slotLength().toMinutes()), free.stream()
                .map(slot -> new SlotsView.SlotView(slot.start(), slot.end(), slot.free().get(0).zone().getId()))
                .toList());
    }

    /**
     * Books the slot with the best-fit staff member free in it. Each candidate is tried in its own
     * transaction: when another shopper took that staff member's slot meanwhile, the unique index
     * refuses the row and the next candidate is tried; with none left the answer is 409 {@code slot-taken}.
     */
    public BookingView book(String visitorId, BookInput input) {
        String staff = input.followUpOf() == null ? null : followUpStaff(input.followUpOf(), visitorId);
        SlotPlanner.Wish wish = new SlotPlanner.Wish(input.language(), input.storeId(), staff);
        Map<String, Double> interests = interestSnapshots.of(visitorId, input.behaviourAllowed(), input.topic(), input.language());
        List<StaffShifts> roster = readRoster();
        Instant now = Instant.now();
        requireRoomForAnother(visitorId, now);
        SlotPlanner.Slot slot = freeSlots(wish, roster, now).stream()
                .filter(candidate -> candidate.start().equals(input.start()))
                .findFirst()
                .orElseThrow(() -> notFree(wish, roster, input.start(), now));
        Map<String, Long> load = BookingRepository.countByStaff(
                QuarkusTransaction.requiringNew().call(() -> bookings.listLiveBetween(now, now.plus(horizon()))));
        for (StaffShifts candidate : BookingFit.rank(slot.free(), interests, load)) {
            Optional<BookingView> booked = tryBook(visitorId, candidate, slot, input, interests, now);
            if (booked.isPresent()) {
                return booked.get();
            }
        }
        throw slotTaken(input.start());
    }

    private Optional<BookingView> tryBook(String visitorId, StaffShifts staff, SlotPlanner.Slot slot, BookInput input,
                                          Map<String, Double> interests, Instant now) {
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                Booking booking = new Booking(visitorId, staff, slot, input, interests,
                        BookingFit.strongestMatch(staff, interests).orElse(null), now);
                bookings.persistAndFlush(booking);
                return BookingView.of(booking);
            }));
        } catch (PersistenceException e) {
            if (isSlotTaken(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Transactional
    public List<BookingView> mine(String visitorId) {
        return bookings.listUpcomingOfVisitor(visitorId, Instant.now()).stream().map(BookingView::of).toList();
    }

    @Transactional
    public List<BookingView> upcomingFor(String staffUsername) {
        return bookings.listUpcomingOfStaff(staffUsername, Instant.now()).stream().map(BookingView::of).toList();
    }

    /** Cancels the booking and frees its slot; cancelling twice is fine. */
    @Transactional
    public void cancel(UUID id, String visitorId) {
        Booking booking = own(bookings.findForUpdate(id), id, visitorId);
        if (booking.getStatus() == BookingStatus.BOOKED) {
            booking.cancel(Instant.now());
        }
    }

    @Transactional
    public String calendarFile(UUID id, String visitorId) {
        return CalendarFile.of(BookingView.of(own(bookings.findByIdOptional(id), id, visitorId)), Instant.now());
    }

    /**
     * Joins the booked consultation: from {@code join-early} before the start until the end, a request
     * that only the booked staff member is offered. Joining again answers the same request while it
     * is queued or connected, and a new one after the shopper cancelled it or the call ended.
     */
    @Transactional
    public RequestView join(UUID id, String visitorId) {
        Booking booking = own(bookings.findForUpdate(id), id, visitorId);
        if (booking.getStatus() == BookingStatus.CANCELLED) {
            throw ProblemException.conflict("booking-cancelled", "Booking cancelled", "booking " + id + " was cancelled");
        }
        Instant now = Instant.now();
        if (!booking.isDue(now, config.joinEarly())) {
            throw ProblemException.conflict("booking-not-due", "Booking not due",
                    "booking " + id + " can be joined from " + booking.getStartsAt().minus(config.joinEarly())
                            + " until " + booking.getEndsAt());
        }
        Optional<ConsultationRequest> live = Optional.ofNullable(booking.getRequestId())
                .flatMap(requests::findByIdOptional)
                .filter(request -> request.getStatus() != RequestStatus.CANCELLED && request.getStatus() != RequestStatus.ENDED);
        if (live.isPresent()) {
            return requestService.view(live.get());
        }
        ConsultationRequest request = ConsultationRequest.booked(visitorId, booking.getLanguage(), booking.getTopic(),
                booking.isUseBehaviour(), booking.getInterests(), booking.getStaffUsername(), now);
        RequestView view = requestService.openBooked(request);
        booking.joinedAs(request.getId());
        return view;
    }

    private List<SlotPlanner.Slot> freeSlots(SlotPlanner.Wish wish, List<StaffShifts> roster, Instant now) {
        Instant earliest = now.plus(config.leadTime());
        Instant latest = now.plus(horizon());
        List<SlotPlanner.Booked> booked = QuarkusTransaction.requiringNew().call(() ->
                bookings.listLiveBetween(earliest, latest).stream()
                        .map(b -> new SlotPlanner.Booked(b.getStaffUsername(), b.getStartsAt(), b.getEndsAt()))
                        .toList());
        return SlotPlanner.plan(roster, booked, wish, earliest, latest, config.slotLength());
    }

    /** 409 {@code slot-taken} for a slot that exists but is booked up; 400 for a time that is no slot at all. */
    private ProblemException notFree(SlotPlanner.Wish wish, List<StaffShifts> roster, Instant start, Instant now) {
        boolean isSlot = SlotPlanner.plan(roster, List.of(), wish, now.plus(config.leadTime()), now.plus(horizon()),
                config.slotLength()).stream().anyMatch(slot -> slot.start().equals(start));
        if (isSlot) {
            return slotTaken(start);
        }
        return new ProblemException(Problem.of(400, "not-a-slot", "Not a bookable slot",
                start + " is not the start of a slot offered by GET /api/matching/booking-slots"));
    }

    private void requireRoomForAnother(String visitorId, Instant now) {
        int upcoming = QuarkusTransaction.requiringNew().call(() -> bookings.listUpcomingOfVisitor(visitorId, now).size());
        if (upcoming >= config.maxUpcomingPerShopper()) {
            throw ProblemException.conflict("too-many-bookings", "Too many bookings",
                    "a shopper may hold " + config.maxUpcomingPerShopper() + " upcoming bookings; cancel one first");
        }
    }

    /** The staff member of the shopper's own consultation, for a follow-up with them. */
    private String followUpStaff(UUID consultationId, String visitorId) {
        return QuarkusTransaction.requiringNew().call(() -> consultations.findByIdOptional(consultationId)
                .filter(consultation -> consultation.hasShopper(visitorId))
                .map(Consultation::getStaffUsername)
                .orElseThrow(() -> ProblemException.notFound("Consultation", consultationId)));
    }

    private List<StaffShifts> readRoster() {
        KeptRoster held = kept;
        Instant now = Instant.now();
        if (held != null && held.readAt().plus(config.calendarKeptFor()).isAfter(now)) {
            return held.roster();
        }
        List<StaffShifts> roster = calendars.read(config.days()).orElseThrow(() -> new ProblemException(Problem.of(503,
                "part-unavailable", "staff-directory unavailable", "the staff's shifts could not be read; try again")));
        kept = new KeptRoster(roster, now);
        return roster;
    }

    private Duration horizon() {
        return Duration.ofDays(config.days());
    }

    private static ProblemException slotTaken(Instant start) {
        return ProblemException.conflict("slot-taken", "Slot taken", "the slot at " + start + " was booked by someone else");
    }

    private static boolean isSlotTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(ONE_PER_SLOT)) {
                return true;
            }
        }
        return false;
    }

    /** Another shopper's booking answers 404, as an unknown one does, so ids cannot be probed. */
    private static Booking own(Optional<Booking> found, UUID id, String visitorId) {
        return found.filter(booking -> booking.getVisitorId().equals(visitorId))
                .orElseThrow(() -> ProblemException.notFound("Booking", id));
    }
}
