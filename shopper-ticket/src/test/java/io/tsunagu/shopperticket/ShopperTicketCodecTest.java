package io.tsunagu.shopperticket;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopperTicketCodecTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String VISITOR = "v-7d1c2f9e";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final ShopperTicketCodec codec = new ShopperTicketCodec(SECRET, Duration.ofMinutes(10));

    @Test
    void aTicketVerifiesToItsVisitorUntilItExpires() {
        String token = codec.issue(VISITOR, NOW);

        ShopperTicket ticket = codec.verify(token, NOW.plusSeconds(599));

        assertThat(ticket.visitorId()).isEqualTo(VISITOR);
        assertThat(ticket.expiresAt()).isEqualTo(NOW.plusSeconds(600));
        assertThatThrownBy(() -> codec.verify(token, NOW.plusSeconds(600)))
                .isInstanceOf(InvalidShopperTicketException.class).hasMessage("expired");
    }

    @Test
    void aTicketSignedWithAnotherSecretIsRejected() {
        String forged = new ShopperTicketCodec("another-secret-another-secret-0000", Duration.ofMinutes(10)).issue(VISITOR, NOW);

        assertThatThrownBy(() -> codec.verify(forged, NOW)).hasMessage("bad signature");
    }

    @Test
    void changingTheVisitorBreaksTheSignature() {
        String[] parts = codec.issue(VISITOR, NOW).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(VISITOR, "v-someoneelse");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> codec.verify(tampered, NOW)).hasMessage("bad signature");
    }

    @Test
    void garbageIsRejectedNotThrownAsSomethingElse() {
        for (String garbage : new String[]{"", "a.b", "a.b.c", "...", "x".repeat(2000), "eyJ.%%%.###"}) {
            assertThatThrownBy(() -> codec.verify(garbage, NOW)).isInstanceOf(InvalidShopperTicketException.class);
        }
        assertThatThrownBy(() -> codec.verify(null, NOW)).isInstanceOf(InvalidShopperTicketException.class);
    }

    @Test
    void lifetimeAndVisitorIdAreBounded() {
        assertThatThrownBy(() -> new ShopperTicketCodec(SECRET, Duration.ofMinutes(16))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShopperTicketCodec("short", Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.issue("bad visitor!", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.issue("short", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
