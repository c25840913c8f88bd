-- The store a shopper prefers (their usual store, as the widget knows it); store affinity favours its staff.
ALTER TABLE consultation_request ADD COLUMN preferred_store_id varchar(64);
