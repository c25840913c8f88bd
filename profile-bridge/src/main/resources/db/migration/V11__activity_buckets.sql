-- The report's channel use and hour pattern read these half-hour buckets per identity instead of
-- every event of the last 90 days: its work no longer grows with the shopper's history. Kept by the
-- statement that stores the events (only new events count). Half an hour is the session gap: two
-- online events in one bucket are always one session, and the gap between buckets is exact from
-- the first and last online event of each.
CREATE TABLE identity_activity (
    identity_key  text        NOT NULL REFERENCES identity (identity_key),
    bucket        timestamptz NOT NULL,
    events        int         NOT NULL,
    online_events int         NOT NULL,
    checkins      int         NOT NULL,
    first_online  timestamptz,
    last_online   timestamptz,
    last_store_id text,
    last_store_at timestamptz,
    PRIMARY KEY (identity_key, bucket)
);

INSERT INTO identity_activity
SELECT identity_key, to_timestamp(floor(extract(epoch FROM occurred_at) / 1800) * 1800), count(*),
       count(*) FILTER (WHERE type NOT IN ('store_checkin', 'pos_purchase', 'consultation')),
       count(*) FILTER (WHERE type = 'store_checkin'),
       min(occurred_at) FILTER (WHERE type NOT IN ('store_checkin', 'pos_purchase', 'consultation')),
       max(occurred_at) FILTER (WHERE type NOT IN ('store_checkin', 'pos_purchase', 'consultation')),
       (array_agg(store_id ORDER BY occurred_at DESC, received_at DESC) FILTER (WHERE store_id IS NOT NULL))[1],
       max(occurred_at) FILTER (WHERE store_id IS NOT NULL)
FROM behaviour_event GROUP BY 1, 2;

-- Latest events of one type (favourites, products looked at) without walking the whole history.
CREATE INDEX behaviour_event_identity_type_time_idx ON behaviour_event (identity_key, type, occurred_at DESC)
    WHERE product_id IS NOT NULL;
