-- The sandbox bank's own schema. Amounts and rates are exact decimal strings (never REAL);
-- instants are unix seconds, dates are ISO `YYYY-MM-DD` in China Standard Time.

CREATE TABLE customers (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    phone         TEXT NOT NULL UNIQUE,
    resident_id   TEXT NOT NULL UNIQUE,
    birth_date    TEXT NOT NULL,
    segment       TEXT NOT NULL CHECK (segment IN ('individual', 'small_business', 'farmer')),
    business_name TEXT,
    uscc          TEXT
) STRICT;

CREATE TABLE bank_cards (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    card_number TEXT NOT NULL UNIQUE,
    bank_name   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('debit', 'credit')),
    status      TEXT NOT NULL CHECK (status IN ('active', 'frozen'))
) STRICT;

CREATE TABLE sessions (
    access_token       TEXT PRIMARY KEY NOT NULL,
    refresh_token      TEXT NOT NULL UNIQUE,
    customer_id        TEXT NOT NULL REFERENCES customers (id),
    access_expires_at  INTEGER NOT NULL,
    refresh_expires_at INTEGER NOT NULL,
    revoked            INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE products (
    id                        TEXT PRIMARY KEY NOT NULL,
    name_zh                   TEXT NOT NULL,
    name_en                   TEXT NOT NULL,
    kind                      TEXT NOT NULL CHECK (kind IN ('revolving_line', 'installment', 'harvest')),
    repayment_method          TEXT NOT NULL CHECK (repayment_method IN
                              ('revolving', 'equal_installment', 'equal_principal', 'interest_first', 'bullet')),
    collateral                TEXT NOT NULL CHECK (collateral IN ('none', 'guarantee', 'mortgage')),
    min_amount                TEXT NOT NULL,
    max_amount                TEXT NOT NULL,
    terms_months              TEXT NOT NULL, -- JSON array of integers
    annual_rate               TEXT NOT NULL,
    day_count                 TEXT NOT NULL CHECK (day_count IN ('act360', 'act365')),
    upfront_fee_rate          TEXT NOT NULL,
    monthly_fee_rate          TEXT NOT NULL,
    prepayment_penalty_rate   TEXT NOT NULL,
    prepayment_penalty_months INTEGER NOT NULL,
    online_drawdown           INTEGER NOT NULL
) STRICT;

CREATE TABLE loans (
    id                    TEXT PRIMARY KEY NOT NULL,
    product_id            TEXT NOT NULL REFERENCES products (id),
    status                TEXT NOT NULL CHECK (status IN ('active', 'overdue', 'settled')),
    principal             TEXT NOT NULL, -- amount lent; for a revolving line, its limit
    outstanding_principal TEXT NOT NULL,
    accrued_interest      TEXT NOT NULL, -- unpaid interest up to interest_from
    interest_from         TEXT NOT NULL,
    annual_rate           TEXT NOT NULL,
    term_months           INTEGER NOT NULL,
    start_date            TEXT NOT NULL,
    maturity_date         TEXT NOT NULL,
    debit_day             INTEGER NOT NULL CHECK (debit_day BETWEEN 1 AND 28),
    repayment_card_id     TEXT NOT NULL REFERENCES bank_cards (id)
) STRICT;

CREATE TABLE loan_borrowers (
    loan_id     TEXT NOT NULL REFERENCES loans (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    role        TEXT NOT NULL CHECK (role IN ('primary', 'co_borrower')),
    PRIMARY KEY (loan_id, customer_id)
) STRICT;

-- Every movement of money, append-only: the proof that a retry never moved money twice.
CREATE TABLE ledger (
    id            TEXT PRIMARY KEY NOT NULL,
    loan_id       TEXT NOT NULL REFERENCES loans (id),
    kind          TEXT NOT NULL CHECK (kind IN ('disbursement', 'drawdown', 'repayment', 'prepayment')),
    amount        TEXT NOT NULL,
    principal     TEXT NOT NULL,
    interest      TEXT NOT NULL,
    fee           TEXT NOT NULL,
    balance_after TEXT NOT NULL,
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE applications (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    product_id  TEXT NOT NULL REFERENCES products (id),
    amount      TEXT NOT NULL,
    term_months INTEGER NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('signed', 'disbursed', 'bounced')),
    card_id     TEXT NOT NULL REFERENCES bank_cards (id),
    loan_id     TEXT REFERENCES loans (id)
) STRICT;

CREATE TABLE prepayment_quotes (
    id          TEXT PRIMARY KEY NOT NULL,
    loan_id     TEXT NOT NULL REFERENCES loans (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    principal   TEXT NOT NULL,
    interest    TEXT NOT NULL,
    penalty     TEXT NOT NULL,
    total       TEXT NOT NULL,
    valid_until INTEGER NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The first answer to each money-moving request, per customer and key.
CREATE TABLE idempotency_keys (
    customer_id TEXT NOT NULL,
    key         TEXT NOT NULL,
    request     TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('in_progress', 'completed')),
    status      INTEGER,
    response    TEXT,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (customer_id, key)
) STRICT;

CREATE TABLE branches (
    id         TEXT PRIMARY KEY NOT NULL,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    address_zh TEXT NOT NULL,
    address_en TEXT NOT NULL,
    phone      TEXT NOT NULL
) STRICT;

CREATE TABLE branch_hours (
    branch_id TEXT NOT NULL REFERENCES branches (id),
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- 1 = Monday
    opens     TEXT NOT NULL,
    closes    TEXT NOT NULL,
    PRIMARY KEY (branch_id, weekday)
) STRICT;

CREATE TABLE services (
    id      TEXT PRIMARY KEY NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    minutes INTEGER NOT NULL
) STRICT;

CREATE TABLE branch_services (
    branch_id  TEXT NOT NULL REFERENCES branches (id),
    service_id TEXT NOT NULL REFERENCES services (id),
    PRIMARY KEY (branch_id, service_id)
) STRICT;

CREATE TABLE slots (
    id        TEXT PRIMARY KEY NOT NULL,
    branch_id TEXT NOT NULL REFERENCES branches (id),
    date      TEXT NOT NULL,
    starts    TEXT NOT NULL,
    ends      TEXT NOT NULL,
    quota     INTEGER NOT NULL CHECK (quota >= 0),
    booked    INTEGER NOT NULL DEFAULT 0,
    -- The database itself refuses overbooking, whatever the code above it does.
    CHECK (booked BETWEEN 0 AND quota),
    UNIQUE (branch_id, date, starts)
) STRICT;

CREATE TABLE appointments (
    id          TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    slot_id     TEXT NOT NULL REFERENCES slots (id),
    service_id  TEXT NOT NULL REFERENCES services (id),
    status      TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
    created_at  INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX appointments_one_per_slot ON appointments (customer_id, slot_id)
    WHERE status = 'booked';
