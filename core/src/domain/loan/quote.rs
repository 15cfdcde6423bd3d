//! A complete offer: schedule, APR and compliance flag, computed in one call.

use serde::{Deserialize, Serialize};

use super::apr::Apr;
use super::compliance::{ComplianceFlag, ComplianceSettings};
use super::error::LoanError;
use super::product::{LoanProduct, LoanRequest};
use super::schedule::Schedule;

/// What the customer must see before signing (S2): every installment, every fee, the APR.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanQuote {
    /// The schedule, with fee lines and up-front fees.
    pub schedule: Schedule,
    /// The all-in APR, the most prominent rate.
    pub apr: Apr,
    /// Consumer-protection flag of the APR.
    pub flag: ComplianceFlag,
}

/// Prices a request under a product: checks it, builds the schedule, solves the APR and flags
/// it. Every failure is a typed [`LoanError`].
pub fn quote(
    product: &LoanProduct,
    request: &LoanRequest,
    settings: &ComplianceSettings,
) -> Result<LoanQuote, LoanError> {
    let schedule = Schedule::build(product, request)?;
    let apr = Apr::of_schedule(&schedule)?;
    let flag = settings.assess(&apr);
    Ok(LoanQuote {
        schedule,
        apr,
        flag,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::loan::compliance::ComplianceLevel;
    use crate::domain::loan::fees::{
        Collection, FeeKind, PeriodicAmount, PeriodicFee, UpfrontAmount, UpfrontFee,
    };
    use crate::domain::loan::product::RepaymentMethod;
    use crate::domain::loan::product::tests::{request, sample_product};
    use crate::domain::money::Money;
    use crate::error::{PublicError, UserFacing};
    use crate::i18n::Locale;
    use rust_decimal_macros::dec;

    #[test]
    fn a_fee_heavy_loan_is_flagged_in_the_strongest_terms() {
        let mut p = sample_product();
        p.fees.upfront.push(UpfrontFee {
            kind: FeeKind::Service,
            amount: UpfrontAmount::PercentOfPrincipal(dec!(0.05)),
            collection: Collection::DeductedFromDisbursement,
        });
        p.fees.periodic.push(PeriodicFee {
            kind: FeeKind::Guarantee,
            amount: PeriodicAmount::PercentOfOriginalPrincipal(dec!(0.005)),
        });
        let q = quote(
            &p,
            &request(10_000, 12, RepaymentMethod::EqualInstallment),
            &ComplianceSettings::default(),
        )
        .unwrap();
        // Nominal 7.2%, but 5% up front and 0.5% of the original principal a month: far above 24%.
        assert!(q.apr.simple > dec!(0.24), "{:?}", q.apr);
        assert_eq!(q.flag.level, ComplianceLevel::Strongest);
    }

    #[test]
    fn bad_requests_become_localised_errors() {
        let p = sample_product();
        let settings = ComplianceSettings::default();
        let err = quote(
            &p,
            &request(5, 12, RepaymentMethod::EqualInstallment),
            &settings,
        )
        .unwrap_err();
        assert_eq!(err.code(), "LOAN_AMOUNT_OUT_OF_RANGE");
        let en = PublicError::localise(&err, Locale::En);
        assert!(
            en.message.contains("¥1,000.00") && en.message.contains("¥1,000,000.00"),
            "{}",
            en.message
        );
        let err = quote(
            &p,
            &request(10_000, 13, RepaymentMethod::EqualInstallment),
            &settings,
        )
        .unwrap_err();
        let zh = PublicError::localise(&err, Locale::ZhCn);
        assert!(zh.message.contains("13"), "{}", zh.message);
        let mut late = request(10_000, 12, RepaymentMethod::EqualInstallment);
        late.first_due_date = Some(late.disbursement_date);
        let err = quote(&p, &late, &settings).unwrap_err();
        assert_eq!(err, LoanError::DisbursementAfterFirstDue);
        let mut greedy = p.clone();
        greedy.fees.upfront.push(UpfrontFee {
            kind: FeeKind::Other,
            amount: UpfrontAmount::Fixed(Money::from_yuan(1_000)),
            collection: Collection::PaidSeparately,
        });
        let err = quote(
            &greedy,
            &request(1_000, 12, RepaymentMethod::Bullet),
            &settings,
        )
        .unwrap_err();
        assert_eq!(err, LoanError::FeesExceedPrincipal);
        for locale in Locale::ALL {
            let msg = PublicError::localise(&err, locale).message;
            assert!(!msg.starts_with("error-"), "missing message: {msg}");
        }
    }
}
