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
    public static final List<String> DEMO_STAFF = List.of(DemoUsers.AOI, DemoUsers.HANA, DemoUsers.REN);

    private ApiTesting() {
    }

    public static Map<String, String> presence(String value) {
        return Map.of("presence", value);
    }

    /** Puts every demo staff member back to the presence they start with, OFFLINE. */
    public static void resetPresence() {
        for (String username : DEMO_STAFF) {
            asService().body(presence("OFFLINE")).put(STAFF + "/" + username + "/presence").then().statusCode(200);
        }
    }
}
