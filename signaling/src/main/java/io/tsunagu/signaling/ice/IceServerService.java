package io.tsunagu.signaling.ice;

import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.message.SignalMessage.IceServer;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Hands out STUN and TURN servers with TURN REST credentials: user name {@code <unix-expiry>:<id>},
 * password base64(HMAC-SHA1(secret, user name)), which coturn checks with the same secret and no
 * lookup. The id is a short hash of the participant, so coturn's logs name no shopper or staff member.
 */
@ApplicationScoped
public class IceServerService {

    /** 9 bytes of SHA-256: 12 base64url characters, enough to tell sessions apart in coturn's logs. */
    private static final int ID_BYTES = 9;

    private final TurnConfig turn;
    private final IceConfig ice;
    private final Clock clock;

    IceServerService(TurnConfig turn, IceConfig ice) {
        this.turn = turn;
        this.ice = ice;
        this.clock = Clock.systemUTC();
    }

    public IceServers forParticipant(Participant participant) {
        long expiry = clock.instant().plus(turn.credentialTtl()).getEpochSecond();
        String username = expiry + ":" + shortId(participant);
        List<IceServer> servers = List.of(
                IceServer.stun(turn.stunUrls()),
                new IceServer(List.copyOf(turn.urls()), username, credential(username)));
        return new IceServers(servers, ice.transportPolicy(), turn.credentialTtl().toSeconds());
    }

    private String credential(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(turn.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    private static String shortId(Participant participant) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(participant.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, ID_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
