package io.tsunagu.profilebridge.cdp;

import java.util.Map;

/** What the CDP knows about a member: its traits (name → value, as the CDP keeps them). */
public record CdpProfile(String memberId, Map<String, Object> traits) {

    public CdpProfile {
        // Not Map.copyOf: a CDP may keep a trait whose value is null.
        traits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(traits));
    }
}
