-- Offers are reservations under each staff member's capacity (maxConcurrent), so one staff member
-- may hold several live offers; the service serializes offers per staff member and counts them.
DROP INDEX offer_one_pending_per_staff;
CREATE INDEX offer_pending_staff_idx ON offer (staff_username) WHERE status = 'PENDING';

-- RESCINDED: matching withdrew a pending offer because the staff member went away or offline.
ALTER TABLE offer DROP CONSTRAINT offer_status_check;
ALTER TABLE offer ADD CONSTRAINT offer_status_check
    CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'TIMED_OUT', 'CANCELLED', 'RESCINDED'));

-- The key the winning accept carried: a retry with the same key gets the same consultation again.
ALTER TABLE offer ADD COLUMN accept_key varchar(64);
