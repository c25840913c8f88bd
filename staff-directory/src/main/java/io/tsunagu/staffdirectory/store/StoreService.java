package io.tsunagu.staffdirectory.store;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class StoreService {

    private final StoreRepository stores;

    public StoreService(StoreRepository stores) {
        this.stores = stores;
    }

    public List<StoreView> list() {
        return stores.listInOrder().stream().map(StoreView::of).toList();
    }
}
