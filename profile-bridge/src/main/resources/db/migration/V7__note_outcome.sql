-- What was shown in a consultation, how it ended, and when to follow up (a local date).
ALTER TABLE consultation_note ADD COLUMN product_ids text[] NOT NULL DEFAULT '{}';
ALTER TABLE consultation_note ADD COLUMN outcome text CHECK (outcome IN ('PURCHASED', 'CONSIDERING', 'NOT_INTERESTED'));
ALTER TABLE consultation_note ADD COLUMN follow_up_on date;
