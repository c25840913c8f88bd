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
 * The demo stores, tags and staff (the Keycloak demo users aoi, ren and hana). Loaded at start when
 * {@code tsunagu.demo-data.enabled}; rows that exist are left as they are, so a restart keeps what
 * a manager changed. {@code {h-schema}} is Hibernate's placeholder for the part's schema.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String TIME_ZONE = "Asia/Tokyo";

    record DemoStore(String id, String nameJa, String nameEn) {
    }

    record DemoTag(String id, String nameJa, String nameEn) {
    }

    record DemoStaff(String username, String displayName, String storeId, List<String> languages,
                     Map<String, Integer> expertise) {
    }

    static final List<DemoStore> STORES = List.of(
            new DemoStore("tokyo", "東京店", "Tokyo"),
            new DemoStore("osaka", "大阪店", "Osaka"),
            new DemoStore("sapporo", "札幌店", "Sapporo"));

    static final List<DemoTag> TAGS = List.of(
            new DemoTag("mountaineering", "登山", "Mountaineering"),
            new DemoTag("camping", "キャンプ", "Camping"),
            new DemoTag("trail-running", "トレイルランニング", "Trail running"),
            new DemoTag("townwear", "タウンウェア", "Townwear"),
            new DemoTag("skiing", "スキー", "Skiing"),
            new DemoTag("hiking", "ハイキング", "Hiking"),
            new DemoTag("rainwear", "レインウェア", "Rainwear"),
            new DemoTag("footwear", "シューズ", "Footwear"),
            new DemoTag("climbing", "クライミング", "Climbing"));

    static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("aoi", "Aoi Tanaka", "tokyo", List.of("ja", "en"),
                    Map.of("mountaineering", 5, "camping", 3)),
            new DemoStaff("ren", "Ren Suzuki", "osaka", List.of("ja"),
                    Map.of("trail-running", 4, "townwear", 4)),
            new DemoStaff("hana", "Hana Sato", "sapporo", List.of("ja", "en", "zh"),
                    Map.of("skiing", 5, "mountaineering", 2)));

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
            entityManager.createNativeQuery("insert into {h-schema}store (id, name_ja, name_en, time_zone) values (?1, ?2, ?3, ?4) "
                            + "on conflict (id) do nothing")
                    .setParameter(1, store.id()).setParameter(2, store.nameJa()).setParameter(3, store.nameEn())
                    .setParameter(4, TIME_ZONE)
                    .executeUpdate();
        }
        for (DemoTag tag : TAGS) {
            entityManager.createNativeQuery("insert into {h-schema}tag (id, name_ja, name_en) values (?1, ?2, ?3) on conflict (id) do nothing")
                    .setParameter(1, tag.id()).setParameter(2, tag.nameJa()).setParameter(3, tag.nameEn())
                    .executeUpdate();
        }
        int added = 0;
        for (DemoStaff staff : STAFF) {
            if (insert(staff)) {
                added++;
            }
        }
        return added;
    }

    private boolean insert(DemoStaff staff) {
        int inserted = entityManager.createNativeQuery("insert into {h-schema}staff (username, display_name, store_id, max_concurrent, presence) "
                        + "values (?1, ?2, ?3, 1, 'OFFLINE') on conflict (username) do nothing")
                .setParameter(1, staff.username()).setParameter(2, staff.displayName()).setParameter(3, staff.storeId())
                .executeUpdate();
        if (inserted == 0) {
            // An existing staff member's languages and expertise are a manager's to change, not ours.
            return false;
        }
        for (int position = 0; position < staff.languages().size(); position++) {
            entityManager.createNativeQuery("insert into {h-schema}staff_language (username, position, language) values (?1, ?2, ?3)")
                    .setParameter(1, staff.username()).setParameter(2, position).setParameter(3, staff.languages().get(position))
                    .executeUpdate();
        }
        staff.expertise().forEach((tag, level) ->
                entityManager.createNativeQuery("insert into {h-schema}staff_expertise (username, tag_id, level) values (?1, ?2, ?3)")
                        .setParameter(1, staff.username()).setParameter(2, tag).setParameter(3, level)
                        .executeUpdate());
        return true;
    }
}
