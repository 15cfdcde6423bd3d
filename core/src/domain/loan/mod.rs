//! 快贷 pricing: product terms, repayment schedules, the all-in APR, plans and early-repayment quotes.
