package io.tsunagu.staffdirectory.tag;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class TagService {

    private final TagRepository tags;

    public TagService(TagRepository tags) {
        this.tags = tags;
    }

    public List<TagView> list() {
        return tags.listInOrder().stream().map(TagView::of).toList();
    }
}
