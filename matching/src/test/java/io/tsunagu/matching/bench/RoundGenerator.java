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
 *
 * <p>Every planning object the benchmark uses is built by {@link #freeStaff} and {@link #waitingRequest}, and
 * only there, so that a change to the domain's constructors is one edit here.
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
            staff.add(freeStaff("staff-" + index, "store-" + random.nextInt(STORES), staffLanguages(random),
                    expertise(random), 1, 0, 0));
            secondsIdle[index] = random.nextInt(MAX_SECONDS_IDLE + 1);
        }
        List<WaitingRequest> requests = new ArrayList<>(requestCount);
        for (int index = 0; index < requestCount; index++) {
            Set<String> declinedBy = staffCount > 0 && random.nextDouble() < DECLINED_SHARE
                    ? Set.of(staff.get(random.nextInt(staffCount)).getUsername())
                    : Set.of();
            requests.add(waitingRequest(new UUID(seed, index), shopperLanguage(random), interests(random),
                    declinedBy, random.nextInt(MAX_SECONDS_WAITED + 1), null));
        }
        return new Round(staff, secondsIdle, requests);
    }

    /**
     * A staff member who is AVAILABLE and on shift with {@code freeSlots} free, for every channel.
     * {@code shiftEndOverrunSeconds} is how far a typical consultation started now would run past their shift;
     * {@code recentLoad} is their load so far (the simulated day gives the busy share of their time on shift, in
     * percent), which the fair-load constraint balances.
     */
    static FreeStaff freeStaff(String username, String storeId, Set<String> languages, Map<String, Integer> expertise,
                               int freeSlots, long shiftEndOverrunSeconds, int recentLoad) {
        return new FreeStaff(username, storeId, languages, expertise, freeSlots, true, FreeStaff.ALL_CHANNELS, true,
                shiftEndOverrunSeconds, recentLoad);
    }

    /** A waiting request for any channel; {@code usualStoreId} is the shopper's usual store, or null. */
    static WaitingRequest waitingRequest(UUID id, String language, Map<String, Double> interests, Set<String> declinedBy,
                                         long secondsWaited, String usualStoreId) {
        return new WaitingRequest(id, language, null, interests, declinedBy, secondsWaited, null, usualStoreId);
    }

    static String shopperLanguage(Random random) {
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

    static Map<String, Integer> expertise(Random random) {
        Map<String, Integer> levels = new HashMap<>();
        int tags = 2 + random.nextInt(3);
        while (levels.size() < tags) {
            levels.put(TAGS.get(random.nextInt(TAGS.size())), 1 + random.nextInt(MAX_LEVEL));
        }
        return levels;
    }

    static Map<String, Double> interests(Random random) {
        Map<String, Double> interests = new HashMap<>();
        int tags = 1 + random.nextInt(3);
        while (interests.size() < tags) {
            // Tenths, as a behaviour profile rounds them.
            interests.put(TAGS.get(random.nextInt(TAGS.size())), (1 + random.nextInt(30)) / 10.0);
        }
        return interests;
    }
}
