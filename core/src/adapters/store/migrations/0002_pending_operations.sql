-- A customer intent that moves money (drawdown, repayment, prepayment, disbursement), with the
-- idempotency key created once for it, so that a retry after a crash or restart reuses the key
-- and the bank never moves the money twice.
CREATE TABLE pending_operations (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_json    TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'succeeded', 'failed')),
    response_json   TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX pending_operations_state ON pending_operations (state);
