-- Offline behaviour from the stores: check-ins, till purchases, in-store consultations.
ALTER TABLE behaviour_event DROP CONSTRAINT behaviour_event_type_check;
ALTER TABLE behaviour_event ADD CONSTRAINT behaviour_event_type_check CHECK (type IN (
    'page_view', 'product_view', 'search', 'favorite', 'cart_add', 'purchase',
    'store_checkin', 'pos_purchase', 'consultation'));
ALTER TABLE behaviour_event ADD COLUMN store_id text;
ALTER TABLE behaviour_event ADD COLUMN amount numeric(14, 2);
ALTER TABLE behaviour_event ADD COLUMN receipt_id text;
-- The language the shopper last typed an intent in, shown in the report.
ALTER TABLE person ADD COLUMN language text;
