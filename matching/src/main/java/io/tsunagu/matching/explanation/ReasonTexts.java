package io.tsunagu.matching.explanation;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.offer.Reason;
import io.tsunagu.matching.solver.MatchingConstraintProvider;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The wording of each constraint's part in an offer, in Japanese and English, from the pair's own facts. */
public final class ReasonTexts {

    private ReasonTexts() {
    }

    /**
     * The sentence for one constraint of the chosen pair; empty for a constraint that has no wording.
     * {@code tagName} gives a tag's display names.
     */
    public static Optional<Reason.Text> of(String constraint, WaitingRequest request, FreeStaff staff,
                                           Function<String, Reason.Text> tagName) {
        return Optional.ofNullable(switch (constraint) {
            case MatchingConstraintProvider.EXPERTISE_FIT -> expertiseFit(request, staff, tagName);
            case MatchingConstraintProvider.CONTINUITY -> new Reason.Text(
                    "前回もこのお客様を担当したスタッフです",
                    "Talked with this shopper last time");
            case MatchingConstraintProvider.STORE_AFFINITY -> new Reason.Text(
                    "お客様がいつも利用する店舗（" + staff.getStoreId() + "）のスタッフです",
                    "Works at the shopper's usual store (" + staff.getStoreId() + ")");
            case MatchingConstraintProvider.SHIFT_END -> new Reason.Text(
                    "シフト終了が近く、通常の相談時間より約" + minutes(staff) + "分足りません",
                    "Shift ends soon: about " + minutes(staff) + " min short of a typical consultation");
            default -> null;
        });
    }

    /** Names the interest the staff member knows best, weighted by how much the shopper cares about it. */
    private static Reason.Text expertiseFit(WaitingRequest request, FreeStaff staff,
                                            Function<String, Reason.Text> tagName) {
        Optional<Map.Entry<String, Double>> best = request.getInterests().entrySet().stream()
                .filter(interest -> staff.levelIn(interest.getKey()) > 0)
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(
                                interest -> interest.getValue() * staff.levelIn(interest.getKey()))
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
        if (best.isEmpty()) {
            return null;
        }
        String tag = best.get().getKey();
        int level = staff.levelIn(tag);
        Reason.Text name = tagName.apply(tag);
        if (tag.equals(request.getRequiredTag())) {
            return new Reason.Text(
                    "お客様の一番の関心「" + name.ja() + "」に詳しいスタッフです（レベル" + level + "）",
                    "Expert in " + name.en() + " (level " + level + "), the shopper's strongest interest");
        }
        return new Reason.Text(
                "お客様の関心のひとつ「" + name.ja() + "」に詳しいスタッフです（レベル" + level + "）",
                "Knows " + name.en() + " (level " + level + "), one of the shopper's interests");
    }

    private static long minutes(FreeStaff staff) {
        return (staff.getShiftEndOverrunSeconds() + 59) / 60;
    }
}
