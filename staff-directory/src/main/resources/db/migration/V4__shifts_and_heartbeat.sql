-- Weekly shifts and one-off exceptions per staff member, in local time of the staff member's store,
-- and when the staff console was last heard from.

create table shift_weekly (
    username     text not null references staff (username) on delete cascade,
    day          text not null check (day in ('MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN')),
    -- Minutes after local midnight. An end at or before the start runs past midnight into the next day.
    start_minute integer not null check (start_minute between 0 and 1439),
    end_minute   integer not null check (end_minute between 1 and 1440),
    check (end_minute <> start_minute),
    primary key (username, day, start_minute)
);

create table shift_exception (
    id           uuid primary key,
    username     text not null references staff (username) on delete cascade,
    date         date not null,
    -- OFF: not working (the whole date, or start–end of it); WORK: an extra shift start–end.
    kind         text not null check (kind in ('OFF', 'WORK')),
    start_minute integer check (start_minute between 0 and 1439),
    end_minute   integer check (end_minute between 1 and 1440),
    reason       text not null default '' check (length(reason) <= 200),
    check ((start_minute is null) = (end_minute is null)),
    check (kind = 'OFF' or start_minute is not null)
);

create index shift_exception_staff_date_idx on shift_exception (username, date);

alter table staff add column last_seen_at timestamptz;
