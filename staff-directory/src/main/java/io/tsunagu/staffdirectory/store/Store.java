package io.tsunagu.staffdirectory.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A physical store whose staff take consultations; its shifts and hours are local to its time zone. A deleted
 * store keeps its row (deleted_at), hidden from every query: offers and KPIs name it by id.
 */
@Entity
@SoftDelete(strategy = SoftDeleteType.TIMESTAMP, columnName = "deleted_at")
@Table(name = "store")
public class Store {

    @Id
    private String id;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @ElementCollection
    @CollectionTable(name = "store_opening_hours", joinColumns = @JoinColumn(name = "store_id"))
    private List<OpeningHoursRow> openingHours = new ArrayList<>();

    protected Store() {
    }

    public Store(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<OpeningHoursRow> getOpeningHours() {
        return List.copyOf(openingHours);
    }

    public void describe(String nameJa, String nameEn, String timeZone, Collection<OpeningHoursRow> hours) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.timeZone = timeZone;
        openingHours.clear();
        openingHours.addAll(hours);
    }
}
