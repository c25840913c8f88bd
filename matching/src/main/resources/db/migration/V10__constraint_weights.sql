-- The managers' weights of the soft matching constraints, one row per weight; every solve reads them.
CREATE TABLE constraint_weight (
    name       varchar(32) PRIMARY KEY,
    weight     integer     NOT NULL CHECK (weight BETWEEN 0 AND 1000),
    updated_at timestamptz NOT NULL,
    -- null until a manager or administrator saves the weights
    updated_by varchar(64)
);

INSERT INTO constraint_weight (name, weight, updated_at) VALUES
    ('expertiseFit', 10, now()),
    ('waitingTime', 2, now()),
    ('continuity', 5, now()),
    ('storeAffinity', 3, now()),
    ('fairLoad', 1, now()),
    ('shiftEnd', 5, now());
