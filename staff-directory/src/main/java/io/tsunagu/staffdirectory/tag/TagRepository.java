package io.tsunagu.staffdirectory.tag;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class TagRepository implements PanacheRepositoryBase<Tag, String> {

    public List<Tag> listInOrder() {
        return listAll(Sort.by("id"));
    }

    /** Those of the given ids that name a tag. */
    public Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return list("id in ?1", ids).stream().map(Tag::getId).collect(Collectors.toSet());
    }
}
