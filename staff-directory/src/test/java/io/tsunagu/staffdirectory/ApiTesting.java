package io.tsunagu.staffdirectory;

import io.tsunagu.testing.DemoUsers;

import java.util.List;
import java.util.Map;

import static io.tsunagu.testing.ApiCalls.asService;

/** Paths and data the staff-directory tests share. */
public final class ApiTesting {

    public static final String BASE = "/api/staff-directory";
    public static final String STAFF = BASE + "/staff";
    public static final String MY_PRESENCE = STAFF + "/me/presence";
    public static final String STORES = BASE + "/stores";
    public static final String TAXONOMY = BASE + "/taxonomy";
    public static final String AUDIT = BASE + "/audit";
    public static final String DEMO_TIME_ZONE = "Asia/Tokyo";
    public static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    public static final List<String> DEMO_STAFF = List.of(DemoUsers.AOI, DemoUsers.HANA, DemoUsers.REN);

    private ApiTesting() {
    }

    public static Map<String, String> presence(String value) {
        return Map.of("presence", value);
    }

    public static String shifts(String username) {
        return STAFF + "/" + username + "/shifts";
    }

    /** The demo staff's weekly shifts: every day round the clock. */
    public static List<Map<String, String>> roundTheClock() {
        return DAYS.stream().map(day -> Map.of("day", day, "start", "00:00", "end", "24:00")).toList();
    }

    /** A store body as POST and PUT /stores take it, open round the clock like the demo stores. */
    public static Map<String, Object> store(String id, String nameJa, String nameEn, String timeZone) {
        return Map.of("id", id, "name", Map.of("ja", nameJa, "en", nameEn), "timeZone", timeZone,
                "openingHours", DAYS.stream().map(day -> Map.of("day", day, "opens", "00:00", "closes", "24:00")).toList());
    }

    /** A staff body as POST /staff takes it. */
    public static Map<String, Object> staffMember(String username, String storeId) {
        return Map.of("username", username, "displayName", "Test " + username, "storeId", storeId,
                "languages", List.of("ja", "en"), "maxConcurrent", 2, "channels", List.of("VIDEO", "CHAT"));
    }

    /** Puts every demo staff member back to the presence they start with, OFFLINE. */
    public static void resetPresence() {
        for (String username : DEMO_STAFF) {
            // AVAILABLE first ends a call or wrap-up a test left shown; OFFLINE is then their choice.
            asService().body(presence("AVAILABLE")).put(STAFF + "/" + username + "/presence").then().statusCode(200);
            asService().body(presence("OFFLINE")).put(STAFF + "/" + username + "/presence").then().statusCode(200);
        }
    }
}
