package io.tsunagu.staffdirectory.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class StoreRepository implements PanacheRepositoryBase<Store, String> {

    public List<Store> listInOrder() {
        return listAll(Sort.by("id"));
    }
}
