package io.tsunagu.matching.booking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A booking as an iCalendar file (RFC 5545) the shopper adds to their calendar; times in UTC, which every calendar converts. */
final class CalendarFile {

    static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private CalendarFile() {
    }

    static String of(BookingView booking, Instant now) {
        boolean japanese = "ja".equals(booking.language());
        String summary = japanese ? "スタッフとのビデオ相談（" + booking.staffName() + "）"
                : "Video consultation with " + booking.staffName();
        String join = japanese ? "開始の数分前にショップのページを開き、「予約した相談に参加」を押してください。"
                : "A few minutes before the start, open the shop page and choose \"Join your booked consultation\".";
        String description = booking.topic() == null ? join : booking.topic() + "\n\n" + join;
        StringBuilder file = new StringBuilder();
        line(file, "BEGIN:VCALENDAR");
        line(file, "VERSION:2.0");
        line(file, "PRODID:-//Tsunagu//Booking//EN");
        line(file, "CALSCALE:GREGORIAN");
        line(file, "METHOD:PUBLISH");
        line(file, "BEGIN:VEVENT");
        line(file, "UID:" + booking.id() + "@tsunagu");
        line(file, "DTSTAMP:" + UTC.format(now));
        line(file, "DTSTART:" + UTC.format(booking.start()));
        line(file, "DTEND:" + UTC.format(booking.end()));
        line(file, "SUMMARY:" + text(summary));
        line(file, "DESCRIPTION:" + text(description));
        line(file, "END:VEVENT");
        line(file, "END:VCALENDAR");
        return file.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
    private static void line(StringBuilder file, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                file.append("\r\n ");
                octets = 1;
            }
            file.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        file.append("\r\n");
    }
}
