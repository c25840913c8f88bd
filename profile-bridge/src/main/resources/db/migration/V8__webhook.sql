-- Outbox of the signed webhook for finished consultations: written with the note, sent by a job,
-- retried with growing pauses. visitor_id lets erasure remove a shopper's pending deliveries.
CREATE TABLE webhook_delivery (
    id              uuid PRIMARY KEY,
    visitor_id      text        NOT NULL,
    payload         text        NOT NULL,
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    last_error      text
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
