package io.tsunagu.profilebridge.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.tsunagu.profilebridge.interest.Tags;
import io.tsunagu.profilebridge.person.IdentityKind;
import io.tsunagu.profilebridge.validation.Uuids;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An event from a store system: a check-in, a till purchase or an in-store consultation, for one identity. */
public record OfflineEventInput(
        @NotNull
        @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
        String id,
        @NotNull
        @Pattern(regexp = EventType.OFFLINE_PATTERN, message = "must be one of store_checkin, pos_purchase, consultation")
        String type,
        @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "must be 8 to 64 characters of A-Z, a-z, 0-9, _ and -")
        String visitorId,
        @Pattern(regexp = IdentityKind.MEMBER_PATTERN, message = "must be m- and 1 to 62 characters of A-Z, a-z, 0-9, _ and -")
        String memberId,
        @Pattern(regexp = IdentityKind.CARD_PATTERN, message = "must be c- and 1 to 62 characters of A-Z, a-z, 0-9, _ and -")
        String cardId,
        @Pattern(regexp = STORE_ID, message = "must be 1 to 64 characters of a-z, 0-9 and -")
        String storeId,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -")
        String productId,
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 12, fraction = 2)
        BigDecimal amount,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -")
        String receiptId,
        @Size(max = Tags.MAX_PER_ITEM)
        List<@NotNull @Pattern(regexp = Tags.PATTERN, message = Tags.PATTERN_MESSAGE) String> tags,
        @NotNull
        @NotFarInFuture
        Instant occurredAt) {

    public static final String STORE_ID = "[a-z0-9-]{1,64}";

    public OfflineEventInput {
        tags = tags == null ? List.of() : tags;
    }

    @JsonIgnore
    @AssertTrue(message = "exactly one of memberId, cardId and visitorId is required")
    public boolean isIdentity() {
        return (visitorId != null ? 1 : 0) + (memberId != null ? 1 : 0) + (cardId != null ? 1 : 0) == 1;
    }

    @JsonIgnore
    @AssertTrue(message = "is required for store_checkin and pos_purchase")
    public boolean isStore() {
        return storeId != null || !"store_checkin".equals(type) && !"pos_purchase".equals(type);
    }

    @JsonIgnore
    @AssertTrue(message = "a pos_purchase needs productId, amount and receiptId")
    public boolean isPurchase() {
        return !"pos_purchase".equals(type) || productId != null && amount != null && receiptId != null;
    }

    @JsonIgnore
    IdentityKind identityKind() {
        return memberId != null ? IdentityKind.MEMBER : cardId != null ? IdentityKind.CARD : IdentityKind.VISITOR;
    }

    @JsonIgnore
    String identityId() {
        return memberId != null ? memberId : cardId != null ? cardId : visitorId;
    }
}
