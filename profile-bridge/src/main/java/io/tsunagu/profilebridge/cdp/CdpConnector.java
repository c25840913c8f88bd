package io.tsunagu.profilebridge.cdp;

import java.util.Optional;

/**
 * An external customer data platform: pull a live profile of a member, push a consultation back.
 * Calls block and may fail with {@link CdpUnavailableException}; callers keep them out of database
 * transactions: {@link ExternalProfiles} reads profiles for the report with a timeout, and
 * {@link CdpPushService} pushes notes through the outbox. {@link ConfiguredConnector} picks one by configuration.
 */
public interface CdpConnector {

    /** The name {@code tsunagu.profile.cdp.connector} selects, such as {@code segment}. */
    String name();

    /** The member's profile in the CDP, or empty when the CDP does not know them. */
    Optional<CdpProfile> fetch(String memberId);

    /** Records a finished consultation in the CDP, on the member's timeline. */
    void pushConsultation(String memberId, CdpConsultation consultation);
}
