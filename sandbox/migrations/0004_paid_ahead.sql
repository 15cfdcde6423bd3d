-- A repayment of an installment loan pays at most the installment due next and is held
-- against it until its due date, without changing the schedule (paying more is a prepayment,
-- with the product's penalty). The interest credit of 0003 was the same thing limited to
-- interest: the columns keep their values under names that say what they hold now.
ALTER TABLE loans RENAME COLUMN interest_credit TO paid_ahead;
ALTER TABLE loans RENAME COLUMN interest_credit_until TO paid_ahead_until;
