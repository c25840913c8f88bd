package io.tsunagu.staffdirectory.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A physical store whose staff take consultations. */
@Entity
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

    protected Store() {
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
}
