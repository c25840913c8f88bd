-- What matching still has to tell the other parts (presence, pushes to staff, call rooms, report
-- grants), written in the transaction of the change itself, so that a crash between the commit and
-- the call loses nothing. A row is deleted once delivered; id order is the order of delivery.
CREATE TABLE outbox_message (
    id              bigserial PRIMARY KEY,
    -- Messages with the same key are delivered in order, one failing holds back those after it.
    ordering_key    varchar(200) NOT NULL,
    payload         jsonb NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      varchar(500)
);
