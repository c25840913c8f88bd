package io.tsunagu.staffdirectory.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subject staff know about and shoppers are interested in, such as mountaineering. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    private String id;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Tag() {
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
}
