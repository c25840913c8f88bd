package io.tsunagu.matching.bench;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random matching rounds of an outdoor-goods retailer, reproducible from a seed: staff with two to four
 * expertise tags, shoppers with one to three interests, mostly Japanese with some English and Chinese, and a
 * few requests some staff member already declined.
 */
public final class RoundGenerator {

    static final List<String> TAGS = List.of("mountaineering", "camping", "skiing", "rainwear", "townwear",
            "running", "cycling", "fishing", "climbing", "footwear", "kids", "travel");
    private static final int STORES = 10;
    private static final int MAX_SECONDS_WAITED = 300;
    private static final int MAX_SECONDS_IDLE = 1_800;
    private static final int MAX_LEVEL = 5;
    private static final double DECLINED_SHARE = 0.02;

    private RoundGenerator() {
    }

    /** One round; {@code secondsIdle} is parallel to {@code staff} and only the contact-centre baseline reads it. */
    public record Round(List<FreeStaff> staff, long[] secondsIdle, List<WaitingRequest> requests) {
    }

    public static Round generate(long seed, int staffCount, int requestCount) {
        Random random = new Random(seed);
        List<FreeStaff> staff = new ArrayList<>(staffCount);
        long[] secondsIdle = new long[staffCount];
        for (int index = 0; index < staffCount; index++) {
            staff.add(new FreeStaff("staff-" + index, "store-" + random.nextInt(STORES), staffLanguages(random),
                    expertise(random), 1, true));
            secondsIdle[index] = random.nextInt(MAX_SECONDS_IDLE + 1);
        }
        List<WaitingRequest> requests = new ArrayList<>(requestCount);
        for (int index = 0; index < requestCount; index++) {
            Set<String> declinedBy = staffCount > 0 && random.nextDouble() < DECLINED_SHARE
                    ? Set.of(staff.get(random.nextInt(staffCount)).getUsername())
                    : Set.of();
            requests.add(new WaitingRequest(new UUID(seed, index), shopperLanguage(random), interests(random),
                    declinedBy, random.nextInt(MAX_SECONDS_WAITED + 1)));
        }
        return new Round(staff, secondsIdle, requests);
    }

    private static String shopperLanguage(Random random) {
        double draw = random.nextDouble();
        return draw < 0.7 ? "ja" : draw < 0.9 ? "en" : "zh";
    }

    private static Set<String> staffLanguages(Random random) {
        Set<String> languages = new HashSet<>();
        if (random.nextDouble() < 0.9) {
            languages.add("ja");
        }
        if (random.nextDouble() < 0.35) {
            languages.add("en");
        }
        if (random.nextDouble() < 0.1 || languages.isEmpty()) {
            languages.add("zh");
        }
        return languages;
    }

    private static Map<String, Integer> expertise(Random random) {
        Map<String, Integer> levels = new HashMap<>();
        int tags = 2 + random.nextInt(3);
        while (levels.size() < tags) {
            levels.put(TAGS.get(random.nextInt(TAGS.size())), 1 + random.nextInt(MAX_LEVEL));
        }
        return levels;
    }

    private static Map<String, Double> interests(Random random) {
        Map<String, Double> interests = new HashMap<>();
        int tags = 1 + random.nextInt(3);
        while (interests.size() < tags) {
            // Tenths, as a behaviour profile rounds them.
            interests.put(TAGS.get(random.nextInt(TAGS.size())), (1 + random.nextInt(30)) / 10.0);
        }
        return interests;
    }
}
