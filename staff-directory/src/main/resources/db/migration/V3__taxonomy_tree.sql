-- The tag list becomes a tree with ja/en synonyms, and products and product categories mapped onto it.

alter table tag add column parent_id text references tag (id);
alter table tag add constraint tag_not_own_parent check (parent_id <> id);
create index tag_parent_idx on tag (parent_id);

create table tag_synonym (
    tag_id   text not null references tag (id) on delete cascade,
    -- The order an editor lists them in, across both languages.
    position integer not null check (position >= 0),
    language text not null check (language in ('ja', 'en')),
    term     text not null check (length(term) between 1 and 100),
    primary key (tag_id, position)
);

create table tag_product (
    tag_id     text not null references tag (id) on delete cascade,
    product_id text not null check (product_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    primary key (tag_id, product_id)
);

-- "Which tags does this product carry" is what profile-bridge asks.
create index tag_product_product_idx on tag_product (product_id);

create table tag_category (
    tag_id   text not null references tag (id) on delete cascade,
    category text not null check (category ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    primary key (tag_id, category)
);
