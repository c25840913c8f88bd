package io.tsunagu.profilebridge.interest;

/** Interest tags: ids from the tag taxonomy (staff-directory), as events and notes carry them. */
public final class Tags {

    /** Lower-case slugs such as {@code mountaineering} or {@code trail-running}. */
    public static final String PATTERN = "[a-z0-9-]{1,40}";
    public static final String PATTERN_MESSAGE = "must be 1 to 40 characters of a-z, 0-9 and -";
    /** At most this many tags on one event or note. */
    public static final int MAX_PER_ITEM = 20;

    private Tags() {
    }
}
