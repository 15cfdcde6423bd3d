-- The sandbox prices with the core's loan engine (`puhui_core::domain::loan`): a product's
-- terms are one `LoanProduct` JSON document instead of loose columns, an installment loan's
-- schedule is the engine's, and a revolving line is the engine's `LineLedger` replayed from
-- its events.

ALTER TABLE products ADD COLUMN terms TEXT; -- LoanProduct JSON
ALTER TABLE products DROP COLUMN repayment_method;
ALTER TABLE products DROP COLUMN min_amount;
ALTER TABLE products DROP COLUMN max_amount;
ALTER TABLE products DROP COLUMN terms_months;
ALTER TABLE products DROP COLUMN annual_rate;
ALTER TABLE products DROP COLUMN day_count;
ALTER TABLE products DROP COLUMN upfront_fee_rate;
ALTER TABLE products DROP COLUMN monthly_fee_rate;
ALTER TABLE products DROP COLUMN prepayment_penalty_rate;
ALTER TABLE products DROP COLUMN prepayment_penalty_months;

-- The repayment method chosen for an installment loan (NULL for a line), and the schedule as
-- changed by prepayments (NULL: the engine's original schedule, rebuilt from the loan's terms).
ALTER TABLE loans ADD COLUMN method TEXT;
ALTER TABLE loans ADD COLUMN schedule TEXT;
-- Interest paid since the last settlement by a repayment too small to reach principal; it
-- counts against the interest owed until the next due date `interest_credit_until`.
ALTER TABLE loans ADD COLUMN interest_credit TEXT NOT NULL DEFAULT '0.00';
ALTER TABLE loans ADD COLUMN interest_credit_until TEXT;

-- Every draw and repayment of a revolving line, in the order recorded; the line's balance and
-- interest are the engine's replay of these.
CREATE TABLE line_events (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    loan_id TEXT NOT NULL REFERENCES loans (id),
    date    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('draw', 'repayment')),
    amount  TEXT NOT NULL
) STRICT;

-- What a prepayment quote was for: its date and the customer's choice after a partial one.
ALTER TABLE prepayment_quotes ADD COLUMN quote_date TEXT;
ALTER TABLE prepayment_quotes ADD COLUMN after TEXT;
