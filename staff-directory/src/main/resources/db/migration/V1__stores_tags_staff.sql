-- Stores, the expertise taxonomy, staff with their languages, expertise and live presence.

create table store (
    id        text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name_ja   text not null check (length(name_ja) between 1 and 200),
    name_en   text not null check (length(name_en) between 1 and 200),
    -- An IANA zone such as Asia/Tokyo: shifts and opening hours are local to the store.
    time_zone text not null check (length(time_zone) between 1 and 64)
);

-- A flat list for now; a parent column will turn it into a tree.
create table tag (
    id      text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name_ja text not null check (length(name_ja) between 1 and 200),
    name_en text not null check (length(name_en) between 1 and 200)
);

create table staff (
    -- Keycloak's preferred_username: the token names the staff member, no mapping table needed.
    username       text primary key check (length(username) between 1 and 255),
    display_name   text not null check (length(display_name) between 1 and 200),
    store_id       text not null references store (id),
    max_concurrent integer not null default 1 check (max_concurrent between 1 and 10),
    presence       text not null default 'OFFLINE'
        check (presence in ('AVAILABLE', 'AWAY', 'OFFLINE', 'OFFERED', 'IN_CALL', 'WRAP_UP')),
    presence_since timestamptz not null default now(),
    profile        text check (length(profile) <= 4000)
);

create index staff_store_idx on staff (store_id);
-- Matching polls for AVAILABLE staff every few seconds.
create index staff_presence_idx on staff (presence);

create table staff_language (
    username text not null references staff (username) on delete cascade,
    -- The order a staff member lists their languages in: the first is the one they speak best.
    position integer not null check (position >= 0),
    language text not null check (language ~ '^[a-z]{2,3}$'),
    primary key (username, position),
    unique (username, language)
);

create table staff_expertise (
    username text not null references staff (username) on delete cascade,
    tag_id   text not null references tag (id),
    level    smallint not null check (level between 1 and 5),
    primary key (username, tag_id)
);

-- "Who knows about camping" is the question matching and managers ask from the tag side.
create index staff_expertise_tag_idx on staff_expertise (tag_id);
