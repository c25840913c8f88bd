package io.tsunagu.matching.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Who takes which waiting request.
 * Hard: only a free staff member on shift, who speaks the shopper's language, serves their channel, has not
 * turned this request down and reaches the (relaxing) minimum level in the shopper's strongest interest.
 * Medium: leave as few shoppers waiting as possible, the longest-waiting first.
 * Soft: the best expertise fit, the staff member the shopper met before, the shopper's usual store, a fair
 * load across staff, and no new consultation just before a shift ends.
 * Each soft constraint's weight is the default here and a manager's choice at run time
 * ({@link io.tsunagu.matching.domain.MatchingPlan#getConstraintWeightOverrides()}).
 */
public class MatchingConstraintProvider implements ConstraintProvider {

    public static final String STAFF_FREE = "Staff free";
    public static final String LANGUAGE = "Language";
    public static final String DECLINED_BEFORE = "Declined before";
    public static final String CHANNEL = "Channel";
    public static final String MINIMUM_EXPERTISE = "Minimum expertise";
    public static final String BOOKED_STAFF = "Booked staff";
    public static final String WAITING_SHOPPER = "Waiting shopper";
    public static final String EXPERTISE_FIT = "Expertise fit";
    public static final String CONTINUITY = "Continuity";
    public static final String STORE_AFFINITY = "Store affinity";
    public static final String FAIR_LOAD = "Fair load";
    public static final String SHIFT_END = "Shift end";

    /** Fair load's penalty per unit of unfairness (the load balance's deviation, in consultations). */
    static final int FAIR_LOAD_SCALE = 1000;
    /** Shift end's penalty per minute a typical consultation would run past the shift. */
    static final int SHIFT_END_PER_MINUTE = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                staffFree(factory),
                language(factory),
                declinedBefore(factory),
                channel(factory),
                minimumExpertise(factory),
                bookedStaff(factory),
                waitingShopper(factory),
                expertiseFit(factory),
                continuity(factory),
                storeAffinity(factory),
                fairLoad(factory),
                shiftEnd(factory)
        };
    }

    /**
     * No staff member gets more requests than their free slots (maximum concurrent minus live offers and calls);
     * one who is not AVAILABLE or not on shift has none.
     */
    Constraint staffFree(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .groupBy(WaitingRequest::getStaff, ConstraintCollectors.count())
                .filter((staff, assigned) -> assigned > staff.capacity())
                .penalize(HardMediumSoftScore.ONE_HARD, (staff, assigned) -> assigned - staff.capacity())
                .asConstraint(STAFF_FREE);
    }

    Constraint language(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> !PairScore.speaksLanguage(request, request.getStaff()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(LANGUAGE);
    }

    /** A staff member who declined a request, or let its offer expire, is never offered it again. */
    Constraint declinedBefore(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> PairScore.declinedBefore(request, request.getStaff()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(DECLINED_BEFORE);
    }

    /** A video, voice or chat request goes only to someone who takes that channel. */
    Constraint channel(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> !PairScore.servesChannel(request, request.getStaff()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(CHANNEL);
    }

    /** The level the request requires in the shopper's strongest interest; it relaxes as the shopper waits. */
    Constraint minimumExpertise(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> !PairScore.meetsMinimumLevel(request, request.getStaff()))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        request -> request.getMinimumLevel() - request.getStaff().levelIn(request.getRequiredTag()))
                .asConstraint(MINIMUM_EXPERTISE);
    }

    /** A shopper who booked a time talks with the staff member they booked, nobody else. */
    Constraint bookedStaff(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> PairScore.bookedWithOther(request, request.getStaff()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(BOOKED_STAFF);
    }

    /** Every request left unassigned costs, more the longer its shopper has waited. */
    Constraint waitingShopper(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(WaitingRequest.class)
                .filter(request -> request.getStaff() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, PairScore::waitingCost)
                .asConstraint(WAITING_SHOPPER);
    }

    /** Rewards a staff member whose expertise matches what the shopper is interested in. */
    Constraint expertiseFit(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .reward(HardMediumSoftScore.ONE_SOFT, request -> PairScore.expertiseFit(request, request.getStaff()))
                .asConstraint(EXPERTISE_FIT);
    }

    /** Rewards the staff member the shopper talked with last time. */
    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> PairScore.continuity(request, request.getStaff()) > 0)
                .reward(HardMediumSoftScore.ONE_SOFT, request -> PairScore.continuity(request, request.getStaff()))
                .asConstraint(CONTINUITY);
    }

    /** Rewards a staff member of the shopper's preferred or usual store, less the longer the shopper waits. */
    Constraint storeAffinity(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> PairScore.storeAffinity(request, request.getStaff()) > 0)
                .reward(HardMediumSoftScore.ONE_SOFT, request -> PairScore.storeAffinity(request, request.getStaff()))
                .asConstraint(STORE_AFFINITY);
    }

    /**
     * Spreads consultations across the free staff: each one's load is their recent busy share (percent) plus what this
     * round gives them, and the penalty grows with the squared deviations of those loads (Timefold's load balance).
     */
    Constraint fairLoad(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .map(request -> new Load(request.getStaff(), 1, request))
                .concat(factory.forEach(FreeStaff.class).map(staff -> new Load(staff, staff.getRecentLoad(), staff)))
                .groupBy(ConstraintCollectors.loadBalance(Load::staff, Load::amount))
                .filter(balance -> balance.unfairness().signum() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, MatchingConstraintProvider::unfairnessPenalty)
                .asConstraint(FAIR_LOAD);
    }

    /** No new consultation for someone whose shift ends before a consultation of typical length would. */
    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> request.getStaff().getShiftEndOverrunSeconds() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, request -> shiftEndPenalty(request.getStaff()))
                .asConstraint(SHIFT_END);
    }

    static int unfairnessPenalty(LoadBalance<FreeStaff> balance) {
        return balance.unfairness().multiply(BigDecimal.valueOf(FAIR_LOAD_SCALE)).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    static int shiftEndPenalty(FreeStaff staff) {
        return (int) Math.min(Integer.MAX_VALUE / SHIFT_END_PER_MINUTE,
                (staff.getShiftEndOverrunSeconds() + 59) / 60) * SHIFT_END_PER_MINUTE;
    }

    /** One contribution to a staff member's load; the source keeps equal contributions apart. */
    record Load(FreeStaff staff, long amount, Object source) {
    }
}
