-- The materialised interest vector: per person and tag, the score as it stood at as_of. Every tag
-- decays at the same rate, so score(now) = score × 0.5^((now − as_of) / half-life); a new signal
-- first decays the stored score to its own time, then adds. A report read is then one small lookup.
CREATE TABLE person_interest (
    person_id uuid             NOT NULL REFERENCES person (id),
    tag       text             NOT NULL,
    score     double precision NOT NULL,
    as_of     timestamptz      NOT NULL,
    PRIMARY KEY (person_id, tag)
);
