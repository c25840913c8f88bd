package io.tsunagu.staffdirectory.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class StoreRepository implements PanacheRepositoryBase<Store, String> {

    /** Whether the id was ever used, by a present or a deleted store. */
    public boolean everUsed(String id) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from {h-schema}store where id = ?1")
                .setParameter(1, id).getSingleResult()).longValue() > 0;
    }

    public List<Store> listInOrder() {
        return listAll(Sort.by("id"));
    }
}
