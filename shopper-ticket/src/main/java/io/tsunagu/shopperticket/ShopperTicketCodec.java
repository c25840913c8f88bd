package io.tsunagu.shopperticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Issues and verifies shopper tickets: compact JWS (HS256) tokens with audience {@value #AUDIENCE}.
 * A JWS rather than a new format, so that any JWT library on a retailer's side can read one.
 */
public final class ShopperTicketCodec {

    public static final String AUDIENCE = "tsunagu-shopper";
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(15);
    /** Visitor ids are cookie values: a bounded, printable alphabet keeps them safe in logs, URLs and SQL. */
    public static final Pattern VISITOR_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private static final String HEADER = b64(("{\"alg\":\"HS256\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] secret;
    private final Duration lifetime;

    public ShopperTicketCodec(String secret, Duration lifetime) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("the shopper-ticket secret must be at least 32 bytes");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("a shopper ticket lives more than 0 and at most 15 minutes, not " + lifetime);
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
    }

    public String issue(String visitorId, Instant now) {
        if (visitorId == null || !VISITOR_ID.matcher(visitorId).matches()) {
            throw new IllegalArgumentException("a visitor id is 8 to 64 characters of A-Z, a-z, 0-9, _ and -");
        }
        ObjectNode claims = JSON.createObjectNode()
                .put("sub", visitorId)
                .put("aud", AUDIENCE)
                .put("iat", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond());
        String signingInput = HEADER + "." + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + b64(sign(signingInput));
    }

    public ShopperTicket verify(String token, Instant now) {
        if (token == null || token.length() > 1024) {
            throw new InvalidShopperTicketException("missing or oversized ticket");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !HEADER.equals(parts[0])) {
            throw new InvalidShopperTicketException("not a shopper ticket");
        }
        byte[] expected = sign(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, decode(parts[2]))) {
            throw new InvalidShopperTicketException("bad signature");
        }
        JsonNode claims;
        try {
            claims = JSON.readTree(decode(parts[1]));
        } catch (java.io.IOException e) {
            throw new InvalidShopperTicketException("unreadable claims");
        }
        if (!AUDIENCE.equals(claims.path("aud").asText())) {
            throw new InvalidShopperTicketException("wrong audience");
        }
        String visitorId = claims.path("sub").asText();
        Instant issuedAt = Instant.ofEpochSecond(claims.path("iat").asLong());
        Instant expiresAt = Instant.ofEpochSecond(claims.path("exp").asLong());
        if (!VISITOR_ID.matcher(visitorId).matches()) {
            throw new InvalidShopperTicketException("bad visitor id");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidShopperTicketException("expired");
        }
        if (Duration.between(issuedAt, expiresAt).compareTo(MAX_LIFETIME) > 0) {
            throw new InvalidShopperTicketException("lifetime over 15 minutes");
        }
        return new ShopperTicket(visitorId, issuedAt, expiresAt);
    }

    public Duration lifetime() {
        return lifetime;
    }

    private byte[] sign(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] decode(String part) {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidShopperTicketException("not base64url");
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
