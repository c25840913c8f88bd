package io.tsunagu.matching.booking;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFileTest {

    private static final UUID ID = UUID.fromString("6f1c2a52-5b0e-4a59-9c1f-0d6f4c1b2a77");

    private static BookingView booking(String language, String topic) {
        return new BookingView(ID, "v-0123456789abcdef0123", "aoi", "Aoi Tanaka", "tokyo", "Asia/Tokyo",
                Instant.parse("2026-11-25T05:00:00Z"), Instant.parse("2026-11-25T05:30:00Z"), language, topic,
                BookingStatus.BOOKED, "mountaineering", 5, null, null);
    }

    @Test
    void theEventCarriesTheBookedTimeInUtcAndTheStaffMember() {
        String file = CalendarFile.of(booking("en", "Boots, for Mt. Fuji; in July"), Instant.parse("2026-11-24T10:00:00Z"));

        assertThat(file).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(file).contains("UID:" + ID + "@tsunagu\r\n", "DTSTAMP:20261124T100000Z\r\n",
                "DTSTART:20261125T050000Z\r\n", "DTEND:20261125T053000Z\r\n",
                "SUMMARY:Video consultation with Aoi Tanaka\r\n");
        assertThat(file.replace("\r\n ", "")).contains("DESCRIPTION:Boots\\, for Mt. Fuji\\; in July\\n\\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String file = CalendarFile.of(booking("ja", "富士山に登りたいので、靴と雨具とザックを全部相談したいです。".repeat(3)), Instant.now());

        assertThat(Arrays.stream(file.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(file.replace("\r\n ", "")).contains("SUMMARY:スタッフとのビデオ相談（Aoi Tanaka）",
                "富士山に登りたいので、靴と雨具とザックを全部相談したいです。富士山");
        assertThat(file.replace("\r\n ", "")).doesNotContain("\uFFFD");
    }
}
