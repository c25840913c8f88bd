-- Consent to use behaviour (for matching and in the report) belongs to the person. Without a
-- decision nothing is used.
ALTER TABLE person ADD COLUMN use_behaviour boolean NOT NULL DEFAULT false;
ALTER TABLE person ADD COLUMN consent_at timestamptz;
-- A merge keeps the survivor's decision as it was, so that undoing the merge restores it.
ALTER TABLE person_merge ADD COLUMN survivor_use_behaviour boolean;
ALTER TABLE person_merge ADD COLUMN survivor_consent_at timestamptz;
