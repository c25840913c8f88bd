package io.tsunagu.profilebridge.cdp;

import java.util.Map;

/** What the CDP knows about a member: its traits (name → value, as the CDP keeps them). */
public record CdpProfile(String memberId, Map<String, Object> traits) {

    public CdpProfile {
        traits = Map.copyOf(traits);
    }
}
