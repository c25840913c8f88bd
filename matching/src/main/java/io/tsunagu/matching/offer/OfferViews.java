package io.tsunagu.matching.offer;

import io.tsunagu.matching.config.MatchingConfig;
import io.tsunagu.matching.request.ConsultationRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Maps an offer and its request to the API shape. */
@ApplicationScoped
public class OfferViews {

    private static final Comparator<Map.Entry<String, Double>> STRONGEST_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final int interestsShown;

    OfferViews(MatchingConfig config) {
        this.interestsShown = config.interestsShown();
    }

    public OfferView of(Offer offer, ConsultationRequest request) {
        List<OfferView.Interest> top = request.getInterests().entrySet().stream()
                .sorted(STRONGEST_FIRST)
                .limit(interestsShown)
                .map(interest -> new OfferView.Interest(interest.getKey(), interest.getValue()))
                .toList();
        OfferView.Shopper shopper = new OfferView.Shopper(request.getVisitorId(), request.getLanguage(), request.getTopic(), top);
        return new OfferView(offer.getId(), offer.getRequestId(), offer.getStaffUsername(), offer.getStatus(),
                offer.getCreatedAt(), offer.getExpiresAt(), shopper, offer.getReasons());
    }
}
