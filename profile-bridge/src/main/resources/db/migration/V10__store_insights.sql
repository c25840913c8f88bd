-- Managers' store insights find a store's recent shoppers by its in-store events and by the
-- consultations of its staff.
CREATE INDEX behaviour_event_store_time_idx ON behaviour_event (store_id, occurred_at) WHERE store_id IS NOT NULL;
CREATE INDEX consultation_note_staff_time_idx ON consultation_note (staff_username, created_at);
