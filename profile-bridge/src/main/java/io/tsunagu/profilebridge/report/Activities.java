package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.event.BehaviourEventRepository.Activity;
import io.tsunagu.profilebridge.event.EventType;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Channel use and the time-of-day pattern, from the person's events in time order. */
final class Activities {

    /** Online events closer than this belong to one session (the usual web-analytics convention). */
    static final Duration SESSION_GAP = Duration.ofMinutes(30);
    /** The stores' time zone: the hour pattern is read by staff in Japan. */
    static final ZoneId LOCAL = ZoneId.of("Asia/Tokyo");

    private Activities() {
    }

    /** Online sessions, store check-ins, and the store of the latest event that names one. */
    static ChannelUse channels(List<Activity> oldestFirst) {
        int sessions = 0;
        int visits = 0;
        String lastStore = null;
        Activity previousOnline = null;
        for (Activity activity : oldestFirst) {
            EventType type = EventType.fromWireName(activity.type());
            if (!type.offline()) {
                if (previousOnline == null || Duration.between(previousOnline.at(), activity.at()).compareTo(SESSION_GAP) > 0) {
                    sessions++;
                }
                previousOnline = activity;
            }
            if (type == EventType.STORE_CHECKIN) {
                visits++;
            }
            if (activity.storeId() != null) {
                lastStore = activity.storeId();
            }
        }
        return new ChannelUse(sessions, visits, lastStore);
    }

    /** How many events fell in each local hour of the day, hour 0 first. */
    static List<Integer> hourPattern(List<Activity> activity) {
        Integer[] hours = new Integer[24];
        java.util.Arrays.fill(hours, 0);
        activity.forEach(a -> hours[a.at().atZone(LOCAL).getHour()]++);
        return List.of(hours);
    }
}
