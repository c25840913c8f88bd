package io.tsunagu.profilebridge.cdp;

import java.util.Map;

/**
 * The shopper's profile in the retailer's CDP, as the report shows it. {@code status}: {@code available}
 * (traits as the CDP keeps them), {@code unknown} (the CDP does not know the member),
 * {@code unavailable} (the CDP failed or did not answer in time; the rest of the report stands),
 * {@code not-linked} (the shopper has no member id to ask the CDP with).
 */
public record ExternalProfile(String connector, String status, Map<String, Object> traits) {

    public static final String AVAILABLE = "available";
    public static final String UNKNOWN = "unknown";
    public static final String UNAVAILABLE = "unavailable";
    public static final String NOT_LINKED = "not-linked";

    public ExternalProfile {
        // Not Map.copyOf: a CDP may keep a trait whose value is null.
        traits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(traits));
    }
}
