-- 亲情守护: the family contact a customer named, what they agreed to share (item ids,
-- comma-separated), and when they opted in and out. At most one active guardian per customer.
CREATE TABLE guardians (
    id           TEXT PRIMARY KEY NOT NULL,
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    name         TEXT NOT NULL,
    phone        TEXT NOT NULL,
    shared       TEXT NOT NULL,
    consented_at INTEGER NOT NULL,
    revoked_at   INTEGER
);

CREATE UNIQUE INDEX guardians_one_active ON guardians (customer_id) WHERE revoked_at IS NULL;

-- Notifications "sent" to a guardian (the sandbox sends no SMS; it records what it would
-- send). Never an amount, an account or a card number: only the items the customer shared.
CREATE TABLE guardian_notifications (
    id          TEXT PRIMARY KEY NOT NULL,
    guardian_id TEXT NOT NULL REFERENCES guardians (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    action      TEXT,
    outcome     TEXT,
    happened_at TEXT,
    amount_band TEXT,
    created_at  INTEGER NOT NULL
);

CREATE INDEX guardian_notifications_customer ON guardian_notifications (customer_id, created_at);
