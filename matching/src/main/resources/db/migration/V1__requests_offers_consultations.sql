-- A shopper's ask for a consultation; the interest snapshot is taken once, at creation, so the
-- solver and the staff member see what the shopper consented to share at that moment.
CREATE TABLE consultation_request (
    id            uuid PRIMARY KEY,
    visitor_id    varchar(64)  NOT NULL,
    language      varchar(8)   NOT NULL,
    channel       varchar(16)  NOT NULL CHECK (channel IN ('VIDEO', 'VOICE', 'CHAT', 'IN_STORE')),
    topic         varchar(500),
    use_behaviour boolean      NOT NULL,
    interests     jsonb        NOT NULL DEFAULT '{}'::jsonb,
    status        varchar(16)  NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'CONNECTED', 'CANCELLED', 'ENDED')),
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL
);
-- The solver reads the open queue every round; the position is counted over it.
CREATE INDEX consultation_request_queue_idx ON consultation_request (created_at) WHERE status IN ('WAITING', 'OFFERED');
CREATE INDEX consultation_request_visitor_idx ON consultation_request (visitor_id);

-- Staff who declined a request or let its offer expire: the request is never offered to them again.
CREATE TABLE request_declined_staff (
    request_id     uuid        NOT NULL REFERENCES consultation_request (id) ON DELETE CASCADE,
    staff_username varchar(64) NOT NULL,
    declined_at    timestamptz NOT NULL,
    PRIMARY KEY (request_id, staff_username)
);

-- A reservation of one staff member for one request, with a countdown.
CREATE TABLE offer (
    id             uuid PRIMARY KEY,
    request_id     uuid        NOT NULL REFERENCES consultation_request (id),
    staff_username varchar(64) NOT NULL,
    status         varchar(16) NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'TIMED_OUT', 'CANCELLED')),
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    decided_at     timestamptz,
    reasons        jsonb       NOT NULL DEFAULT '[]'::jsonb
);
-- The last guard against a double booking: one live offer per request and per staff member.
CREATE UNIQUE INDEX offer_one_pending_per_request ON offer (request_id) WHERE status = 'PENDING';
CREATE UNIQUE INDEX offer_one_pending_per_staff ON offer (staff_username) WHERE status = 'PENDING';
CREATE INDEX offer_pending_expiry_idx ON offer (expires_at) WHERE status = 'PENDING';
CREATE INDEX offer_request_idx ON offer (request_id);

-- The call that an accepted offer became, and the staff member's notes about it.
CREATE TABLE consultation (
    id             uuid PRIMARY KEY,
    request_id     uuid        NOT NULL UNIQUE REFERENCES consultation_request (id),
    offer_id       uuid        NOT NULL UNIQUE REFERENCES offer (id),
    visitor_id     varchar(64) NOT NULL,
    staff_username varchar(64) NOT NULL,
    status         varchar(16) NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz,
    notes_text     text,
    notes_tags     text[]
);
CREATE INDEX consultation_staff_idx ON consultation (staff_username, started_at DESC);
CREATE INDEX consultation_active_staff_idx ON consultation (staff_username) WHERE status = 'ACTIVE';
