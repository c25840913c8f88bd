-- A person is one shopper across channels. Visitor ids (and later member and store-card ids) are
-- identities that point to a person, so stitching repoints identities and never copies or drops
-- behaviour. Events and notes keep the identity that observed them.
CREATE TABLE person (
    id         uuid PRIMARY KEY,
    created_at timestamptz NOT NULL
);

-- Deferred so that a visitor can be claimed first (INSERT … ON CONFLICT) and its person created in
-- the same transaction only when the claim won: concurrent first contacts leave no orphan persons.
CREATE TABLE visitor (
    visitor_id text PRIMARY KEY,
    person_id  uuid NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    created_at timestamptz NOT NULL
);
CREATE INDEX visitor_person_idx ON visitor (person_id);

CREATE TABLE behaviour_event (
    id          uuid PRIMARY KEY,
    visitor_id  text        NOT NULL REFERENCES visitor (visitor_id),
    type        text        NOT NULL CHECK (type IN ('page_view', 'product_view', 'search', 'favorite', 'cart_add', 'purchase')),
    product_id  text,
    tags        text[]      NOT NULL DEFAULT '{}',
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL
);
CREATE INDEX behaviour_event_visitor_time_idx ON behaviour_event (visitor_id, occurred_at DESC);

CREATE TABLE consultation_note (
    consultation_id uuid PRIMARY KEY,
    visitor_id      text        NOT NULL REFERENCES visitor (visitor_id),
    staff_username  text        NOT NULL,
    text            text        NOT NULL,
    tags            text[]      NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL
);
CREATE INDEX consultation_note_visitor_time_idx ON consultation_note (visitor_id, created_at DESC);
