package io.tsunagu.matching.message;

import io.tsunagu.matching.offer.OfferView;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A message as the API shows it; {@code topInterests} hold only the typed topic's tags unless the shopper consented. */
public record MessageView(UUID id, String visitorId, String language, String topic, String preferredStoreId,
                          MessageStatus status, String claimedBy, String answer, Instant createdAt, Instant answeredAt,
                          List<OfferView.Interest> topInterests) {

    static MessageView of(ShopperMessage message, int interestsShown) {
        List<OfferView.Interest> top = message.getInterests().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(interestsShown)
                .map(interest -> new OfferView.Interest(interest.getKey(), interest.getValue()))
                .toList();
        return new MessageView(message.getId(), message.getVisitorId(), message.getLanguage(), message.getTopic(),
                message.getPreferredStoreId(), message.getStatus(), message.getClaimedBy(), message.getAnswer(),
                message.getCreatedAt(), message.getAnsweredAt(), top);
    }
}
