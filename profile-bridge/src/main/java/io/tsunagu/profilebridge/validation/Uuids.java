package io.tsunagu.profilebridge.validation;

/**
 * Ids that clients make (event ids, consultation ids) arrive as strings and are checked with a
 * pattern, so that a bad one is reported as a violation of its field rather than as unreadable JSON.
 */
public final class Uuids {

    public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String MESSAGE = "must be a UUID";

    private Uuids() {
    }
}
