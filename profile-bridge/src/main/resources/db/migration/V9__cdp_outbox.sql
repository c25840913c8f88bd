-- The webhook's outbox also carries the consultations pushed to a CDP connector, retried the same
-- way; each job reads only its own target. Erasure and export already cover the table by visitor_id.
ALTER TABLE webhook_delivery ADD COLUMN target text NOT NULL DEFAULT 'webhook' CHECK (target IN ('webhook', 'cdp'));
DROP INDEX webhook_delivery_due_idx;
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (target, next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
