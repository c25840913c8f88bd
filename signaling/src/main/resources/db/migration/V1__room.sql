-- A room is the call of one consultation: who may join it, and whether it has ended. It outlives a
-- restart of signaling so that both peers can join again; live sockets are kept in memory only.
create table room (
    consultation_id uuid primary key,
    visitor_id      varchar(64)  not null,
    staff_username  varchar(255) not null,
    created_at      timestamptz  not null,
    ended_at        timestamptz
);

-- The cleanup task looks for rooms left open too long.
create index room_open_since on room (created_at) where ended_at is null;
