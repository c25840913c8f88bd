package io.tsunagu.staffdirectory.tag;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A node of the expertise taxonomy, such as mountaineering under outdoor: what staff know and shoppers like. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    private String id;

    @Column(name = "parent_id")
    private String parentId;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @ElementCollection
    @CollectionTable(name = "tag_synonym", joinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    private List<TagSynonym> synonyms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "tag_product", joinColumns = @JoinColumn(name = "tag_id"))
    @Column(name = "product_id", nullable = false)
    private Set<String> productIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "tag_category", joinColumns = @JoinColumn(name = "tag_id"))
    @Column(name = "category", nullable = false)
    private Set<String> categories = new HashSet<>();

    protected Tag() {
    }

    public Tag(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getParentId() {
        return parentId;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public List<TagSynonym> getSynonyms() {
        return List.copyOf(synonyms);
    }

    public List<String> getProductIds() {
        return productIds.stream().sorted().toList();
    }

    public List<String> getCategories() {
        return categories.stream().sorted().toList();
    }

    public void describe(String parentId, String nameJa, String nameEn, List<TagSynonym> synonyms,
                         Collection<String> productIds, Collection<String> categories) {
        this.parentId = parentId;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.synonyms.clear();
        this.synonyms.addAll(synonyms);
        this.productIds.clear();
        this.productIds.addAll(productIds);
        this.categories.clear();
        this.categories.addAll(categories);
    }
}
