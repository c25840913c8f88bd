-- Identities: a visitor id (cookie), a member id (m-…, the EC site's account) or a store card id
-- (c-…) points to one person. The key is the visitor id itself for visitors (events and notes
-- already refer to it) and "member:m-…" / "card:c-…" for the others, so that a visitor id can never
-- be mistaken for a member's id: anyone may obtain a ticket for any visitor id.
ALTER TABLE visitor RENAME TO identity;
ALTER TABLE identity RENAME COLUMN visitor_id TO identity_key;
ALTER TABLE identity ADD COLUMN kind text NOT NULL DEFAULT 'visitor' CHECK (kind IN ('visitor', 'member', 'card'));
ALTER TABLE identity ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE identity ADD COLUMN external_id text;
UPDATE identity SET external_id = identity_key;
ALTER TABLE identity ALTER COLUMN external_id SET NOT NULL;
ALTER INDEX visitor_person_idx RENAME TO identity_person_idx;

ALTER TABLE behaviour_event RENAME COLUMN visitor_id TO identity_key;
ALTER INDEX behaviour_event_visitor_time_idx RENAME TO behaviour_event_identity_time_idx;
ALTER TABLE consultation_note RENAME COLUMN visitor_id TO identity_key;
ALTER INDEX consultation_note_visitor_time_idx RENAME TO consultation_note_identity_time_idx;

-- A person whose identities were all moved to another keeps its row, so that a merge can be undone.
ALTER TABLE person ADD COLUMN merged_into uuid REFERENCES person (id);

-- Two people who both had history became one: the identities moved from the absorbed person to the
-- survivor are listed, so that undoing moves exactly those back.
CREATE TABLE person_merge (
    id          uuid PRIMARY KEY,
    survivor_id uuid        NOT NULL REFERENCES person (id),
    absorbed_id uuid        NOT NULL REFERENCES person (id),
    merged_at   timestamptz NOT NULL,
    undone_at   timestamptz
);
CREATE INDEX person_merge_survivor_idx ON person_merge (survivor_id);
CREATE INDEX person_merge_absorbed_idx ON person_merge (absorbed_id);

CREATE TABLE person_merge_identity (
    merge_id     uuid NOT NULL REFERENCES person_merge (id) ON DELETE CASCADE,
    identity_key text NOT NULL REFERENCES identity (identity_key),
    PRIMARY KEY (merge_id, identity_key)
);
CREATE INDEX person_merge_identity_key_idx ON person_merge_identity (identity_key);
