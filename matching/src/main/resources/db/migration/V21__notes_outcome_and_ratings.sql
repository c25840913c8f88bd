-- What the staff member noted beyond the text: products shown, how it ended, when to follow up.
ALTER TABLE consultation ADD COLUMN notes_product_ids text[];
ALTER TABLE consultation ADD COLUMN notes_outcome varchar(16)
    CHECK (notes_outcome IN ('PURCHASED', 'CONSIDERING', 'NOT_INTERESTED'));
ALTER TABLE consultation ADD COLUMN notes_follow_up_on date;

-- The shopper's rating of a consultation, at most one.
CREATE TABLE consultation_rating (
    consultation_id uuid PRIMARY KEY REFERENCES consultation (id) ON DELETE CASCADE,
    visitor_id      varchar(64) NOT NULL,
    stars           smallint    NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment         varchar(1000),
    rated_at        timestamptz NOT NULL
);
