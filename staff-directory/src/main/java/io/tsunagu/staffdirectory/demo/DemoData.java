package io.tsunagu.staffdirectory.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * The demo stores, taxonomy and staff (the Keycloak demo users aoi, ren and hana; sora manages
 * Tokyo and Osaka). Loaded at start when {@code tsunagu.demo-data.enabled}; rows that exist are left
 * as they are, so a restart keeps what a manager changed. What an older demo database lacks
 * (opening hours, the tree and synonyms of an untouched tag, shifts of a staff member without any)
 * is filled in. {@code {h-schema}} is Hibernate's placeholder for the part's schema.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String TIME_ZONE = "Asia/Tokyo";
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    record DemoStore(String id, String nameJa, String nameEn, String opens, String closes) {
    }

    /** A taxonomy node: its synonyms are what shoppers type, its products those of the demo shop (frontend/src/shop/catalogue.ts). */
    record DemoTag(String id, String parentId, String nameJa, String nameEn, List<String> synonymsJa,
                   List<String> synonymsEn, List<String> productIds, List<String> categories) {
    }

    record DemoStaff(String username, String displayName, String storeId, List<String> languages,
                     Map<String, Integer> expertise) {
    }

    /** Open round the clock, like the demo staff's shifts, so the demo answers at any hour. */
    static final List<DemoStore> STORES = List.of(
            new DemoStore("tokyo", "東京店", "Tokyo", "00:00", "24:00"),
            new DemoStore("osaka", "大阪店", "Osaka", "00:00", "24:00"),
            new DemoStore("sapporo", "札幌店", "Sapporo", "00:00", "24:00"));

    /** Parents before children. */
    static final List<DemoTag> TAGS = List.of(
            new DemoTag("outdoor", null, "アウトドア", "Outdoor",
                    List.of("アウトドア", "外遊び", "自然"), List.of("outdoor", "outdoors", "nature"),
                    List.of(), List.of()),
            new DemoTag("mountaineering", "outdoor", "登山", "Mountaineering",
                    List.of("登山", "山登り", "富士山", "冬山", "雪山", "アルパイン", "縦走", "山小屋", "北アルプス", "槍ヶ岳", "高尾山"),
                    List.of("mountaineering", "mountaineer", "mt fuji", "mount fuji", "alpine", "alps", "climb a mountain", "summit"),
                    List.of("p-101", "p-102", "p-104", "p-107"),
                    List.of("shell-jackets", "down-jackets", "trekking-boots", "backpacks")),
            new DemoTag("climbing", "mountaineering", "クライミング", "Climbing",
                    List.of("クライミング", "ボルダリング", "岩登り", "ロッククライミング", "クライマー"),
                    List.of("climbing", "rock climbing", "bouldering", "climber", "climbing gym"),
                    List.of("p-109"), List.of("ropes")),
            new DemoTag("hiking", "outdoor", "ハイキング", "Hiking",
                    List.of("ハイキング", "ハイク", "トレッキング", "山歩き"),
                    List.of("hiking", "hike", "hiker", "trekking", "day hike"),
                    List.of("p-103", "p-104", "p-107"), List.of("rain-pants", "trekking-boots", "backpacks")),
            new DemoTag("camping", "outdoor", "キャンプ", "Camping",
                    List.of("キャンプ", "テント", "キャンプ場", "野営", "寝袋", "シュラフ", "グランピング", "焚き火"),
                    List.of("camping", "camp", "tent", "campsite", "sleeping bag", "glamping", "campfire"),
                    List.of("p-106", "p-112"), List.of("tents", "lanterns")),
            new DemoTag("trail-running", "outdoor", "トレイルランニング", "Trail running",
                    List.of("トレイルランニング", "トレラン", "トレイルラン"),
                    List.of("trail running", "trail runner", "trail race", "ultra trail"),
                    List.of("p-105", "p-111"), List.of("trail-shoes", "running-vests")),
            new DemoTag("skiing", "outdoor", "スキー", "Skiing",
                    List.of("スキー", "スキー場", "ゲレンデ", "スノーボード", "スノボ", "バックカントリー"),
                    List.of("ski", "skiing", "skier", "snowboard", "snowboarding", "backcountry"),
                    List.of("p-102", "p-108"), List.of("ski-wear", "down-jackets")),
            new DemoTag("apparel", null, "ウェア・シューズ", "Apparel and footwear",
                    List.of("ウェア", "服", "アパレル"), List.of("apparel", "clothing", "wear"),
                    List.of(), List.of()),
            new DemoTag("rainwear", "apparel", "レインウェア", "Rainwear",
                    List.of("レインウェア", "レインウエア", "雨具", "合羽", "カッパ", "レインコート", "防水", "撥水", "ゴアテックス"),
                    List.of("rainwear", "rain jacket", "raincoat", "rain gear", "waterproof", "water resistant"),
                    List.of("p-101", "p-103", "p-110"), List.of("shell-jackets", "rain-pants")),
            new DemoTag("townwear", "apparel", "タウンウェア", "Townwear",
                    List.of("街着", "普段着", "タウンユース", "通勤", "街歩き", "カジュアル"),
                    List.of("townwear", "everyday wear", "casual", "commute", "city wear"),
                    List.of("p-110"), List.of("wind-jackets")),
            new DemoTag("footwear", "apparel", "シューズ", "Footwear",
                    List.of("靴", "シューズ", "ブーツ", "スニーカー", "登山靴"),
                    List.of("footwear", "shoes", "boots", "sneakers"),
                    List.of("p-104", "p-105"), List.of("trekking-boots", "trail-shoes")));

    static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("aoi", "Aoi Tanaka", "tokyo", List.of("ja", "en"),
                    Map.of("mountaineering", 5, "camping", 3)),
            new DemoStaff("ren", "Ren Suzuki", "osaka", List.of("ja"),
                    Map.of("trail-running", 4, "townwear", 4)),
            new DemoStaff("hana", "Hana Sato", "sapporo", List.of("ja", "en", "zh"),
                    Map.of("skiing", 5, "mountaineering", 2)));

    /** The demo manager and the stores they look after. */
    static final Map<String, List<String>> MANAGERS = Map.of("sora", List.of("osaka", "tokyo"));

    private final DemoDataConfig config;
    private final EntityManager entityManager;

    public DemoData(DemoDataConfig config, EntityManager entityManager) {
        this.config = config;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            int added = load();
            LOG.infof("demo data: %d staff members added", added);
        }
    }

    /** Inserts what is missing and returns how many staff members were added. */
    @Transactional
    public int load() {
        for (DemoStore store : STORES) {
            sql("insert into {h-schema}store (id, name_ja, name_en, time_zone) values (?1, ?2, ?3, ?4) on conflict (id) do nothing",
                    store.id(), store.nameJa(), store.nameEn(), TIME_ZONE);
            if (count("select count(*) from {h-schema}store_opening_hours where store_id = ?1", store.id()) == 0) {
                for (String day : DAYS) {
                    sql("insert into {h-schema}store_opening_hours (store_id, day, opens_minute, closes_minute) values (?1, ?2, ?3, ?4)",
                            store.id(), day, minutes(store.opens()), minutes(store.closes()));
                }
            }
        }
        for (DemoTag tag : TAGS) {
            loadTag(tag);
        }
        int added = 0;
        for (DemoStaff staff : STAFF) {
            if (insert(staff)) {
                added++;
            }
            if (count("select count(*) from {h-schema}shift_weekly where username = ?1", staff.username()) == 0) {
                // Round the clock, so the demo and the tests find them on shift at any hour.
                for (String day : DAYS) {
                    sql("insert into {h-schema}shift_weekly (username, day, start_minute, end_minute) values (?1, ?2, 0, 1440)",
                            staff.username(), day);
                }
            }
        }
        MANAGERS.forEach((manager, stores) -> {
            if (count("select count(*) from {h-schema}manager_store where username = ?1", manager) == 0) {
                stores.forEach(store -> sql("insert into {h-schema}manager_store (username, store_id) values (?1, ?2)", manager, store));
            }
        });
        return added;
    }

    private void loadTag(DemoTag tag) {
        int inserted = sql("insert into {h-schema}tag (id, parent_id, name_ja, name_en) values (?1, ?2, ?3, ?4) on conflict (id) do nothing",
                tag.id(), tag.parentId(), tag.nameJa(), tag.nameEn());
        boolean untouched = count("select count(*) from {h-schema}tag_synonym where tag_id = ?1", tag.id()) == 0
                && count("select count(*) from {h-schema}tag_product where tag_id = ?1", tag.id()) == 0;
        if (inserted == 0 && !untouched) {
            // Someone curated this tag: it is theirs now.
            return;
        }
        if (inserted == 0 && tag.parentId() != null) {
            sql("update {h-schema}tag set parent_id = ?1 where id = ?2 and parent_id is null", tag.parentId(), tag.id());
        }
        int position = 0;
        for (String term : tag.synonymsJa()) {
            sql("insert into {h-schema}tag_synonym (tag_id, position, language, term) values (?1, ?2, 'ja', ?3)", tag.id(), position++, term);
        }
        for (String term : tag.synonymsEn()) {
            sql("insert into {h-schema}tag_synonym (tag_id, position, language, term) values (?1, ?2, 'en', ?3)", tag.id(), position++, term);
        }
        tag.productIds().forEach(product -> sql("insert into {h-schema}tag_product (tag_id, product_id) values (?1, ?2)", tag.id(), product));
        tag.categories().forEach(category -> sql("insert into {h-schema}tag_category (tag_id, category) values (?1, ?2)", tag.id(), category));
    }

    private boolean insert(DemoStaff staff) {
        int inserted = sql("insert into {h-schema}staff (username, display_name, store_id, max_concurrent, presence) "
                + "values (?1, ?2, ?3, 1, 'OFFLINE') on conflict (username) do nothing", staff.username(), staff.displayName(), staff.storeId());
        if (inserted == 0) {
            // An existing staff member's languages and expertise are a manager's to change, not ours.
            return false;
        }
        for (int position = 0; position < staff.languages().size(); position++) {
            sql("insert into {h-schema}staff_language (username, position, language) values (?1, ?2, ?3)",
                    staff.username(), position, staff.languages().get(position));
        }
        staff.expertise().forEach((tag, level) ->
                sql("insert into {h-schema}staff_expertise (username, tag_id, level) values (?1, ?2, ?3)", staff.username(), tag, level));
        for (String channel : List.of("VIDEO", "VOICE", "CHAT")) {
            sql("insert into {h-schema}staff_channel (username, channel) values (?1, ?2)", staff.username(), channel);
        }
        return true;
    }

    private int sql(String statement, Object... parameters) {
        var query = entityManager.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private long count(String statement, Object... parameters) {
        var query = entityManager.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static int minutes(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
    }
}
