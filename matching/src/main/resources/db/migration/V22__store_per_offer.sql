-- The store of the staff member an offer went to, as staff-directory listed it at offer time, and
-- the consultation it became: KPIs per store must not change when staff move between stores later.
ALTER TABLE offer ADD COLUMN store_id varchar(64);
ALTER TABLE consultation ADD COLUMN store_id varchar(64);
CREATE INDEX offer_created_idx ON offer (created_at);
CREATE INDEX consultation_request_created_idx ON consultation_request (created_at);
CREATE INDEX consultation_started_idx ON consultation (started_at);
