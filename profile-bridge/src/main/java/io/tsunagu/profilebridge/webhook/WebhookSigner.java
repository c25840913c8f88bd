package io.tsunagu.profilebridge.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signature a receiver checks: {@code sha256=} and hex HMAC-SHA256 of {@code <timestamp>.<body>}
 * with the shared secret. The timestamp (unix seconds, header {@code X-Tsunagu-Timestamp}) is signed
 * too, so that a receiver can refuse an old delivery replayed.
 */
public final class WebhookSigner {

    public static final String SIGNATURE_HEADER = "X-Tsunagu-Signature";
    public static final String TIMESTAMP_HEADER = "X-Tsunagu-Timestamp";
    public static final String DELIVERY_HEADER = "X-Tsunagu-Delivery";

    private WebhookSigner() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
