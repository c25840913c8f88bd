-- Opening hours per store, channels per staff member, and which stores each manager looks after.

create table store_opening_hours (
    store_id     text not null references store (id) on delete cascade,
    day          text not null check (day in ('MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN')),
    -- Minutes after local midnight; closes may be 1440 (24:00) and is after opens.
    opens_minute  integer not null check (opens_minute between 0 and 1439),
    closes_minute integer not null check (closes_minute between 1 and 1440),
    check (closes_minute > opens_minute),
    primary key (store_id, day, opens_minute)
);

create table staff_channel (
    username text not null references staff (username) on delete cascade,
    channel  text not null check (channel in ('VIDEO', 'VOICE', 'CHAT')),
    primary key (username, channel)
);

-- Staff who existed before channels were kept take every channel, as they did in practice.
insert into staff_channel (username, channel)
select s.username, c.channel from staff s cross join (values ('VIDEO'), ('VOICE'), ('CHAT')) as c (channel);

-- The stores a manager edits; the username is Keycloak's preferred_username of a user with role manager.
create table manager_store (
    username text not null check (length(username) between 1 and 255),
    store_id text not null references store (id) on delete cascade,
    primary key (username, store_id)
);

-- Who changed what: one row per write, never updated. store_id lets a manager read their stores' rows.
create table audit_log (
    id        bigint generated always as identity primary key,
    at        timestamptz not null,
    actor     text not null,
    action    text not null,
    entity    text not null,
    entity_id text not null,
    store_id  text,
    detail    text not null
);

create index audit_log_at_idx on audit_log (at desc);
create index audit_log_store_idx on audit_log (store_id, at desc);
