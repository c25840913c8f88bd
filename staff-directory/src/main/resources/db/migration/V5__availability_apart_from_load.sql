-- The staff member's own choice (AVAILABLE, AWAY, OFFLINE) is kept apart from the busy state matching
-- shows over it: a staff member who may take two consultations stays AVAILABLE for a second offer while
-- the first call runs. presence stays what a reader sees: the busy state if any, else the choice.
alter table staff add column availability text not null default 'OFFLINE'
    check (availability in ('AVAILABLE', 'AWAY', 'OFFLINE'));

-- Whoever is busy now chose to be available before matching reserved them.
update staff set availability = case when presence in ('AVAILABLE', 'AWAY', 'OFFLINE') then presence else 'AVAILABLE' end;

-- Matching asks for the staff who chose AVAILABLE every few seconds.
create index staff_availability_idx on staff (availability);
