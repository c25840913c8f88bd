-- Deleted staff members and stores keep their row, marked with when they were deleted: matching's KPIs
-- and profile-bridge's notes name staff by user name and offers name stores by id, so the names stay
-- readable and an id is never given to someone else. Their shifts, expertise and assignments go.
alter table staff add column deleted_at timestamptz;
alter table store add column deleted_at timestamptz;
