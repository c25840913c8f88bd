-- A shopper's written question when nobody could answer live, and the staff member's written answer.
CREATE TABLE shopper_message (
    id                 uuid PRIMARY KEY,
    visitor_id         varchar(64)   NOT NULL,
    language           varchar(8)    NOT NULL,
    topic              varchar(2000) NOT NULL,
    preferred_store_id varchar(64),
    use_behaviour      boolean       NOT NULL,
    interests          jsonb         NOT NULL,
    status             varchar(16)   NOT NULL CHECK (status IN ('OPEN', 'CLAIMED', 'ANSWERED')),
    claimed_by         varchar(64),
    claimed_at         timestamptz,
    answer             varchar(4000),
    answered_at        timestamptz,
    created_at         timestamptz   NOT NULL,
    CHECK ((status = 'OPEN') = (claimed_by IS NULL)),
    CHECK ((status = 'ANSWERED') = (answer IS NOT NULL))
);
CREATE INDEX shopper_message_visitor ON shopper_message (visitor_id, created_at);
CREATE INDEX shopper_message_unanswered ON shopper_message (status, created_at) WHERE status <> 'ANSWERED';

-- A consultation booked for a time slot with one staff member.
CREATE TABLE booking (
    id             uuid PRIMARY KEY,
    visitor_id     varchar(64)  NOT NULL,
    staff_username varchar(64)  NOT NULL,
    staff_name     varchar(200) NOT NULL,
    store_id       varchar(64)  NOT NULL,
    time_zone      varchar(64)  NOT NULL,
    starts_at      timestamptz  NOT NULL,
    ends_at        timestamptz  NOT NULL CHECK (ends_at > starts_at),
    language       varchar(8)   NOT NULL,
    topic          varchar(500),
    use_behaviour  boolean      NOT NULL,
    interests      jsonb        NOT NULL,
    matched_tag    varchar(64),
    matched_level  smallint,
    follow_up_of   uuid REFERENCES consultation (id),
    status         varchar(16)  NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED')),
    request_id     uuid REFERENCES consultation_request (id),
    created_at     timestamptz  NOT NULL,
    cancelled_at   timestamptz
);
-- Exactly one live booking per staff member and slot: of two shoppers booking the last free one, one wins.
CREATE UNIQUE INDEX booking_one_per_staff_slot ON booking (staff_username, starts_at) WHERE status = 'BOOKED';
CREATE INDEX booking_visitor ON booking (visitor_id, starts_at);
CREATE INDEX booking_staff ON booking (staff_username, starts_at);

-- A request made by joining a booking goes to the booked staff member only (solver: "Booked staff").
ALTER TABLE consultation_request ADD COLUMN booked_staff varchar(64);
