package io.tsunagu.staffdirectory.tag;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.staffdirectory.Violations;
import io.tsunagu.staffdirectory.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The expertise taxonomy: a tree of tags; managers and admins edit it, every part reads it. */
@ApplicationScoped
public class TaxonomyService {

    private static final String ENTITY = "taxonomy";

    private final TagRepository tags;
    private final EntityManager entityManager;
    private final AuditLog audit;

    public TaxonomyService(TagRepository tags, EntityManager entityManager, AuditLog audit) {
        this.tags = tags;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Every node, parents before their children: depth first, siblings by id. */
    @Transactional
    public List<TaxonomyNode> list() {
        List<Tag> all = tags.listInOrder();
        Map<String, List<Tag>> children = new HashMap<>();
        List<Tag> roots = new ArrayList<>();
        for (Tag tag : all) {
            if (tag.getParentId() == null) {
                roots.add(tag);
            } else {
                children.computeIfAbsent(tag.getParentId(), p -> new ArrayList<>()).add(tag);
            }
        }
        List<TaxonomyNode> ordered = new ArrayList<>();
        Deque<Tag> stack = new ArrayDeque<>();
        roots.sort(Comparator.comparing(Tag::getId).reversed());
        roots.forEach(stack::push);
        while (!stack.isEmpty()) {
            Tag tag = stack.pop();
            ordered.add(TaxonomyNode.of(tag));
            List<Tag> below = new ArrayList<>(children.getOrDefault(tag.getId(), List.of()));
            below.sort(Comparator.comparing(Tag::getId).reversed());
            below.forEach(stack::push);
        }
        return ordered;
    }

    @Transactional
    public TaxonomyNode create(TaxonomyNode node) {
        if (node.id() == null) {
            throw Violations.invalid("id", "must not be null");
        }
        checkParent(node.id(), node.parentId());
        if (tags.findByIdOptional(node.id()).isPresent()) {
            throw ProblemException.conflict("already-exists", "Already exists", "tag " + node.id() + " already exists");
        }
        Tag tag = new Tag(node.id());
        describe(tag, node);
        tags.persist(tag);
        audit.record("create", ENTITY, tag.getId(), null, summary(tag));
        return TaxonomyNode.of(tag);
    }

    @Transactional
    public TaxonomyNode update(String id, TaxonomyNode node) {
        if (node.id() != null && !node.id().equals(id)) {
            throw Violations.invalid("id", "a tag's id cannot change; leave it out");
        }
        Tag tag = tags.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Tag", id));
        checkParent(id, node.parentId());
        String before = summary(tag);
        describe(tag, node);
        audit.record("update", ENTITY, id, null, before + " → " + summary(tag));
        return TaxonomyNode.of(tag);
    }

    /** Deletes a leaf that no staff member claims as expertise. */
    @Transactional
    public void delete(String id) {
        Tag tag = tags.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Tag", id));
        long children = tags.count("parentId", id);
        long experts = ((Number) entityManager.createNativeQuery("select count(*) from {h-schema}staff_expertise where tag_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (children > 0 || experts > 0) {
            throw ProblemException.conflict("tag-in-use", "Tag in use", "tag " + id + " has " + children
                    + " child tags and " + experts + " staff members with it as expertise; move or remove them first");
        }
        tags.delete(tag);
        audit.record("delete", ENTITY, id, null, summary(tag));
    }

    /** The parent must exist, and must not be the node itself or one of its descendants. */
    private void checkParent(String id, String parentId) {
        if (parentId == null) {
            return;
        }
        if (tags.findByIdOptional(parentId).isEmpty()) {
            new Violations().add("parentId", "unknown tag " + parentId).throwIfAny("unknown-tag", "Unknown tag");
        }
        String ancestor = parentId;
        while (ancestor != null) {
            if (ancestor.equals(id)) {
                throw Violations.invalid("parentId", "tag " + parentId + " is " + id + " or below it: the taxonomy would become a cycle");
            }
            ancestor = tags.findById(ancestor).getParentId();
        }
    }

    private static void describe(Tag tag, TaxonomyNode node) {
        List<TagSynonym> synonyms = new ArrayList<>();
        if (node.synonyms() != null) {
            distinct(node.synonyms().ja()).forEach(term -> synonyms.add(new TagSynonym("ja", term)));
            distinct(node.synonyms().en()).forEach(term -> synonyms.add(new TagSynonym("en", term)));
        }
        tag.describe(node.parentId(), node.name().ja().strip(), node.name().en().strip(), synonyms,
                distinct(node.productIds()), distinct(node.categories()));
    }

    /** Repeats are dropped quietly: listing a synonym twice says nothing more than once. */
    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values.stream().map(String::strip).toList()));
    }

    private static String summary(Tag tag) {
        return tag.getNameJa() + " / " + tag.getNameEn() + ", parent " + Objects.requireNonNullElse(tag.getParentId(), "none")
                + ", " + tag.getSynonyms().size() + " synonyms, products " + tag.getProductIds() + ", categories " + tag.getCategories();
    }
}
