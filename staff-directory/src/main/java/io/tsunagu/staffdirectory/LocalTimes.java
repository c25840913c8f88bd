package io.tsunagu.staffdirectory;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Local wall-clock times as the API writes them ("09:30", "24:00") and days as three letters
 * ("MON"). Times are kept as minutes after local midnight: 24:00 is 1440, the end of the day.
 */
public final class LocalTimes {

    public static final int END_OF_DAY = 24 * 60;
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-4]):([0-5][0-9])");

    private LocalTimes() {
    }

    /** Minutes after midnight, or -1 when {@code text} is not HH:mm (00:00–24:00). */
    public static int minutes(String text) {
        if (text == null) {
            return -1;
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        int value = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        return value > END_OF_DAY ? -1 : value;
    }

    public static String format(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    /** MON … SUN, or null. */
    public static DayOfWeek day(String text) {
        if (text == null) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().substring(0, 3).equals(text)) {
                return day;
            }
        }
        return null;
    }

    public static String day(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
