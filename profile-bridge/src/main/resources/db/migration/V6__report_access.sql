-- A staff member reads a shopper's report only while matching's grant lasts (an offer or a call of theirs).
CREATE TABLE report_access (
    visitor_id     text        NOT NULL,
    staff_username text        NOT NULL,
    until          timestamptz NOT NULL,
    granted_at     timestamptz NOT NULL,
    PRIMARY KEY (visitor_id, staff_username)
);

-- Every attempt to read a report, allowed or not: who read whose, when.
CREATE TABLE report_read (
    id         bigserial PRIMARY KEY,
    visitor_id text        NOT NULL,
    reader     text        NOT NULL,
    roles      text[]      NOT NULL,
    outcome    text        NOT NULL CHECK (outcome IN ('READ', 'DENIED', 'NOT_FOUND')),
    at         timestamptz NOT NULL
);
CREATE INDEX report_read_visitor_idx ON report_read (visitor_id, at DESC);
