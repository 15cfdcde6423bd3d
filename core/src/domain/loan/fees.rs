//! Fees a product charges besides interest. Every fee ends up either in the up-front total or in
//! the fee column of the schedule, so none can hide from the APR or from the customer (S2).
//!
//! Percentages are fractions (`0.01` is 1%), like [`crate::domain::rate::Rate`]. Periodic
//! percentages are per month of the term, because that is how Chinese lenders quote them
//! (月费率) and it keeps a bullet loan from dodging a monthly fee by having one installment.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::LoanError;
use super::methods::pro_rata_fen;
use crate::domain::money::Money;

/// What a fee pays for; the customer sees each kind on its own line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    /// 服务费 / 手续费: the lender's service or handling fee.
    Service,
    /// 保险费: credit insurance.
    Insurance,
    /// 担保费: a guarantee company's fee.
    Guarantee,
    /// Anything else the contract names.
    Other,
}

impl FeeKind {
    /// The Fluent message naming this kind of fee.
    pub fn message_id(self) -> &'static str {
        match self {
            FeeKind::Service => "loan-fee-service",
            FeeKind::Insurance => "loan-fee-insurance",
            FeeKind::Guarantee => "loan-fee-guarantee",
            FeeKind::Other => "loan-fee-other",
        }
    }
}

/// How large an up-front fee is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum UpfrontAmount {
    /// A fixed amount.
    Fixed(Money),
    /// A fraction of the principal lent.
    PercentOfPrincipal(Decimal),
}

/// How the customer pays an up-front fee. Either way it is money the customer does not get to
/// use, so the APR treats both alike (principal minus the fee at disbursement); the difference
/// is only what lands in the account.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collection {
    /// Taken out of the money paid out (砍头息-style): the customer receives principal − fee.
    #[default]
    DeductedFromDisbursement,
    /// Paid by the customer separately on the disbursement day; the full principal is paid out.
    PaidSeparately,
}

/// A fee charged once, at disbursement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpfrontFee {
    /// What it pays for.
    pub kind: FeeKind,
    /// How much.
    pub amount: UpfrontAmount,
    /// Deducted from the payout or paid separately.
    #[serde(default)]
    pub collection: Collection,
}

/// How large a periodic fee is, per month of the term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum PeriodicAmount {
    /// A fixed amount each month.
    Fixed(Money),
    /// A monthly fraction of the principal originally lent.
    PercentOfOriginalPrincipal(Decimal),
    /// A monthly fraction of the principal still outstanding at the start of the period.
    PercentOfRemainingPrincipal(Decimal),
}

/// A fee charged with the installments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodicFee {
    /// What it pays for.
    pub kind: FeeKind,
    /// How much, per month.
    pub amount: PeriodicAmount,
}

/// All of a product's fees.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fees {
    /// Charged once, at disbursement.
    #[serde(default)]
    pub upfront: Vec<UpfrontFee>,
    /// Charged with each installment.
    #[serde(default)]
    pub periodic: Vec<PeriodicFee>,
}

/// The up-front fees of one loan, already computed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpfrontTotals {
    /// Taken out of the payout.
    pub deducted: Money,
    /// Paid separately on the disbursement day.
    pub paid_separately: Money,
}

impl UpfrontTotals {
    /// Everything charged up front.
    pub fn total(self) -> Money {
        self.deducted + self.paid_separately
    }
}

/// One line of the fee disclosure: a kind of fee and what it costs over the whole loan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeLine {
    /// What it pays for.
    pub kind: FeeKind,
    /// True for up-front fees, false for fees charged with the installments.
    pub upfront: bool,
    /// The total over the life of the loan.
    pub total: Money,
}

/// Monthly fee fractions above 10% or up-front fractions above 100% are typos, not products.
const MAX_UPFRONT_FRACTION: Decimal = Decimal::ONE;
const MAX_MONTHLY_FRACTION: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

impl Fees {
    /// Refuses negative or implausible fees.
    pub fn validate(&self) -> Result<(), LoanError> {
        let bad_fraction =
            |f: Decimal, max: Decimal| f.is_sign_negative() && !f.is_zero() || f > max;
        for fee in &self.upfront {
            match fee.amount {
                UpfrontAmount::Fixed(m) if m.is_negative() => {
                    return Err(LoanError::InvalidProduct("negative up-front fee"));
                }
                UpfrontAmount::PercentOfPrincipal(f) if bad_fraction(f, MAX_UPFRONT_FRACTION) => {
                    return Err(LoanError::InvalidProduct(
                        "up-front fee fraction outside 0..=1",
                    ));
                }
                _ => {}
            }
        }
        for fee in &self.periodic {
            match fee.amount {
                PeriodicAmount::Fixed(m) if m.is_negative() => {
                    return Err(LoanError::InvalidProduct("negative periodic fee"));
                }
                PeriodicAmount::PercentOfOriginalPrincipal(f)
                | PeriodicAmount::PercentOfRemainingPrincipal(f)
                    if bad_fraction(f, MAX_MONTHLY_FRACTION) =>
                {
                    return Err(LoanError::InvalidProduct(
                        "periodic fee fraction outside 0..=0.1",
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The up-front fees on a principal, each rounded half-up to the fen.
    pub fn upfront_totals(&self, principal: Money) -> UpfrontTotals {
        let mut totals = UpfrontTotals::default();
        for fee in &self.upfront {
            let amount = upfront_amount(fee, principal);
            match fee.collection {
                Collection::DeductedFromDisbursement => totals.deducted += amount,
                Collection::PaidSeparately => totals.paid_separately += amount,
            }
        }
        totals
    }

    /// The periodic fees, in fen, of one installment that covers `months` months of the term
    /// and starts with `remaining` fen of principal outstanding. Each fee is rounded on its own,
    /// as each appears on its own line of the contract, and added to its running total in
    /// `totals` (one slot per periodic fee) for the disclosure lines.
    pub(crate) fn periodic_fen(
        &self,
        original: i64,
        remaining: i64,
        months: u32,
        totals: &mut [i64],
    ) -> i64 {
        let mut sum = 0;
        for (fee, total) in self.periodic.iter().zip(totals.iter_mut()) {
            let amount = periodic_amount_fen(fee, original, remaining, months);
            *total += amount;
            sum += amount;
        }
        sum
    }

    /// One disclosure line per fee: up-front fees on the principal, periodic fees with the
    /// totals gathered by [`Fees::periodic_for`].
    pub(crate) fn lines(&self, principal: Money, periodic_totals: &[Money]) -> Vec<FeeLine> {
        let mut lines: Vec<FeeLine> = self
            .upfront
            .iter()
            .map(|fee| FeeLine {
                kind: fee.kind,
                upfront: true,
                total: upfront_amount(fee, principal),
            })
            .collect();
        lines.extend(
            self.periodic
                .iter()
                .zip(periodic_totals)
                .map(|(fee, total)| FeeLine {
                    kind: fee.kind,
                    upfront: false,
                    total: *total,
                }),
        );
        lines
    }
}

fn upfront_amount(fee: &UpfrontFee, principal: Money) -> Money {
    match fee.amount {
        UpfrontAmount::Fixed(m) => m,
        UpfrontAmount::PercentOfPrincipal(f) => principal.mul_rounded(f),
    }
}

fn periodic_amount_fen(fee: &PeriodicFee, original: i64, remaining: i64, months: u32) -> i64 {
    let months = i64::from(months);
    match fee.amount {
        PeriodicAmount::Fixed(m) => m.fen().saturating_mul(months),
        PeriodicAmount::PercentOfOriginalPrincipal(f) => pro_rata_fen(original, f, months, 1),
        PeriodicAmount::PercentOfRemainingPrincipal(f) => pro_rata_fen(remaining, f, months, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn splits_up_front_fees_by_how_they_are_paid() {
        let fees = Fees {
            upfront: vec![
                UpfrontFee {
                    kind: FeeKind::Service,
                    amount: UpfrontAmount::PercentOfPrincipal(dec!(0.01)),
                    collection: Collection::DeductedFromDisbursement,
                },
                UpfrontFee {
                    kind: FeeKind::Guarantee,
                    amount: UpfrontAmount::Fixed(Money::from_yuan(200)),
                    collection: Collection::PaidSeparately,
                },
            ],
            periodic: vec![],
        };
        let t = fees.upfront_totals(Money::from_fen(1_234_567));
        assert_eq!(t.deducted, Money::from_fen(12_346)); // 123.4567 rounds half-up
        assert_eq!(t.paid_separately, Money::from_yuan(200));
        assert_eq!(t.total(), Money::from_fen(32_346));
    }

    #[test]
    fn periodic_fees_follow_their_basis() {
        let fees = Fees {
            upfront: vec![],
            periodic: vec![
                PeriodicFee {
                    kind: FeeKind::Insurance,
                    amount: PeriodicAmount::PercentOfRemainingPrincipal(dec!(0.001)),
                },
                PeriodicFee {
                    kind: FeeKind::Service,
                    amount: PeriodicAmount::PercentOfOriginalPrincipal(dec!(0.002)),
                },
                PeriodicFee {
                    kind: FeeKind::Other,
                    amount: PeriodicAmount::Fixed(Money::from_yuan(5)),
                },
            ],
        };
        let original = Money::from_yuan(10_000);
        // 0.1% of 4,000 + 0.2% of 10,000 + 5, for one month; three times that over three months.
        let mut totals = [0; 3];
        let (original, four_thousand) = (original.fen(), 400_000);
        assert_eq!(
            fees.periodic_fen(original, four_thousand, 1, &mut totals),
            2_900
        );
        assert_eq!(
            fees.periodic_fen(original, four_thousand, 3, &mut totals),
            8_700
        );
        // Insurance 4 + 12, service 20 + 60, fixed 5 + 15 (in fen).
        let expected = [1_600, 8_000, 2_000];
        assert_eq!(totals, expected);
    }

    #[test]
    fn refuses_negative_and_absurd_fees() {
        let neg = Fees {
            upfront: vec![UpfrontFee {
                kind: FeeKind::Service,
                amount: UpfrontAmount::PercentOfPrincipal(dec!(-0.01)),
                collection: Collection::PaidSeparately,
            }],
            periodic: vec![],
        };
        assert!(matches!(neg.validate(), Err(LoanError::InvalidProduct(_))));
        let absurd = Fees {
            upfront: vec![],
            periodic: vec![PeriodicFee {
                kind: FeeKind::Service,
                amount: PeriodicAmount::PercentOfOriginalPrincipal(dec!(0.5)),
            }],
        };
        assert!(absurd.validate().is_err());
        assert!(Fees::default().validate().is_ok());
    }
}
