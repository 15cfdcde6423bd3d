//! The engine's figures on the wire: offers, schedules, APRs and compliance flags as the
//! contract writes them (amounts as two-decimal strings, rates as fraction strings). Every
//! figure here comes from `puhui_core::domain::loan`; nothing is recomputed, so the bank and the
//! app cannot disagree.

use chrono::NaiveDate;
use puhui_core::domain::loan::{
    Apr, ComplianceFlag, ComplianceSettings, FeeLine, Installment, LoanError, LoanQuote,
    PrepaymentQuote, Rescheduled, Schedule,
};
use puhui_core::error::UserFacing;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::amounts::text;
use crate::error::ApiError;

/// The thresholds the sandbox bank flags offers with: 24%, and 4 × a one-year LPR of 3.0% (the
/// core's defaults, so that both sides flag alike).
pub fn compliance() -> ComplianceSettings {
    ComplianceSettings::default()
}

/// The snake_case wire name of an engine enum (its serde name).
pub fn wire_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A refusal by the engine as a 422 with the engine's stable code (`LOAN_TERM_NOT_OFFERED`…).
pub fn loan_error(e: &LoanError) -> ApiError {
    ApiError::rule(e.code(), e.to_string())
}

/// The all-in annual percentage rate (PBoC 〔2021〕No.3): the IRR of the real cash flows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AprView {
    /// Simple APR (单利, 12 × the monthly IRR), fraction: the headline rate.
    #[schema(example = "0.1280")]
    pub simple: String,
    /// Compound APR ((1 + monthly IRR)^12 − 1), fraction.
    #[schema(example = "0.1358")]
    pub compound: String,
    /// `monthly_periods` (every period a calendar month) or `actual_days365` (irregular first
    /// period: solved on actual dates, days / 365).
    pub basis: String,
    /// Secondary, never more prominent than the APR: the monthly IRR, fraction.
    pub monthly_secondary: String,
    /// Secondary, never more prominent than the APR: the simple APR per day, fraction.
    pub daily_secondary: String,
}

impl From<&Apr> for AprView {
    fn from(a: &Apr) -> AprView {
        AprView {
            simple: a.simple.to_string(),
            compound: a.compound.to_string(),
            basis: wire_name(&a.basis),
            monthly_secondary: a.monthly_secondary.to_string(),
            daily_secondary: a.daily_secondary.to_string(),
        }
    }
}

/// The consumer-protection flag of an offer's APR.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FlagView {
    /// `ok`, `caution` (above 4 × the one-year LPR) or `strongest` (above 24%).
    pub level: String,
    /// The APR compared, fraction.
    pub apr: String,
    /// The threshold it exceeded, fraction; absent when `ok`.
    pub threshold: Option<String>,
}

impl From<&ComplianceFlag> for FlagView {
    fn from(f: &ComplianceFlag) -> FlagView {
        FlagView {
            level: wire_name(&f.level),
            apr: f.apr.to_string(),
            threshold: f.threshold.map(|t| t.to_string()),
        }
    }
}

/// One fee over the life of the loan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FeeLineView {
    /// `service`, `insurance`, `guarantee` or `other`.
    pub kind: String,
    /// True when charged once at disbursement; false when charged with the installments.
    pub upfront: bool,
    /// Total over the loan.
    #[schema(example = "400.00")]
    pub total: String,
}

impl From<&FeeLine> for FeeLineView {
    fn from(f: &FeeLine) -> FeeLineView {
        FeeLineView {
            kind: wire_name(&f.kind),
            upfront: f.upfront,
            total: text(f.total),
        }
    }
}

/// One row of a schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct InstallmentView {
    /// 期数, 1-based; a settlement row carries the number of the installment before it.
    pub number: u32,
    /// `YYYY-MM-DD`.
    pub due_date: String,
    /// Principal.
    pub principal: String,
    /// Interest.
    pub interest: String,
    /// Periodic fees.
    pub fees: String,
    /// Principal + interest + fees.
    pub total: String,
    /// Principal outstanding afterwards.
    pub remaining_principal: String,
    /// On a loan's schedule: `paid` (due on or before today: collected by auto-debit),
    /// `due`, or `settlement` (a prepayment between due dates). Absent on offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl InstallmentView {
    /// A row of an offer.
    pub fn of(i: &Installment) -> InstallmentView {
        InstallmentView {
            number: i.number,
            due_date: i.due_date.to_string(),
            principal: text(i.principal),
            interest: text(i.interest),
            fees: text(i.fees),
            total: text(i.total),
            remaining_principal: text(i.remaining_principal),
            status: None,
        }
    }
}

/// An offer: every figure the customer must see before signing (S2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OfferView {
    /// Product id.
    pub product_id: String,
    /// Principal lent.
    #[schema(example = "10000.00")]
    pub amount: String,
    /// Nominal annual interest rate, fraction.
    #[schema(example = "0.09")]
    pub annual_rate: String,
    /// Term, months.
    pub term_months: u32,
    /// `equal_installment`, `equal_principal`, `interest_first` or `bullet`.
    pub method: String,
    /// Disbursement date, `YYYY-MM-DD`.
    pub disbursement_date: String,
    /// First due date.
    pub first_due_date: String,
    /// Last due date.
    pub maturity_date: String,
    /// The level payment (等额本息) or level principal (等额本金).
    pub level_amount: Option<String>,
    /// Every fee, one line per fee of the product.
    pub fees: Vec<FeeLineView>,
    /// Fees taken out of the payout.
    pub upfront_fees_deducted: String,
    /// Fees paid separately on the disbursement day.
    pub upfront_fees_paid_separately: String,
    /// What reaches the customer's account.
    pub amount_paid_out: String,
    /// Interest over the loan.
    pub total_interest: String,
    /// Fees charged with the installments.
    pub total_periodic_fees: String,
    /// Interest and every fee.
    pub total_cost: String,
    /// Sum of the installments.
    pub total_repayable: String,
    /// The schedule.
    pub schedule: Vec<InstallmentView>,
    /// The all-in APR, the most prominent rate.
    pub apr: AprView,
    /// The consumer-protection flag.
    pub flag: FlagView,
}

impl OfferView {
    /// The wire form of an engine quote.
    pub fn of(product_id: &str, q: &LoanQuote) -> OfferView {
        let s = &q.schedule;
        OfferView {
            product_id: product_id.to_owned(),
            amount: text(s.principal),
            annual_rate: s.annual_rate.fraction().normalize().to_string(),
            term_months: s.term_months,
            method: wire_name(&s.method),
            disbursement_date: s.calendar.disbursed.to_string(),
            first_due_date: s.calendar.first_due.to_string(),
            maturity_date: s.maturity().to_string(),
            level_amount: s.level_amount.map(text),
            fees: s.fee_lines.iter().map(FeeLineView::from).collect(),
            upfront_fees_deducted: text(s.upfront.deducted),
            upfront_fees_paid_separately: text(s.upfront.paid_separately),
            amount_paid_out: text(s.amount_paid_out()),
            total_interest: text(s.total_interest()),
            total_periodic_fees: text(s.total_periodic_fees()),
            total_cost: text(s.total_cost()),
            total_repayable: text(s.total_of_installments()),
            schedule: s.installments.iter().map(InstallmentView::of).collect(),
            apr: AprView::from(&q.apr),
            flag: FlagView::from(&q.flag),
        }
    }
}

/// A loan's schedule as it stands, after any prepayments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ScheduleView {
    /// Loan id.
    pub loan_id: String,
    /// Repayment method.
    pub method: String,
    /// Principal originally lent.
    pub principal: String,
    /// Nominal annual rate, fraction.
    pub annual_rate: String,
    /// Day count for partial periods: `act360` or `act365`.
    pub day_count: String,
    /// Disbursement date.
    pub disbursement_date: String,
    /// First due date.
    pub first_due_date: String,
    /// The level payment or principal of the installments still to come.
    pub level_amount: Option<String>,
    /// Every row, settlements included.
    pub installments: Vec<InstallmentView>,
    /// Interest over every row.
    pub total_interest: String,
    /// Periodic fees over every row.
    pub total_fees: String,
}

/// Is row `i` a settlement row (a prepayment between due dates)? Such a row repeats the number
/// of the row before it (0 when it comes first).
pub fn is_settlement(rows: &[Installment], i: usize) -> bool {
    match i.checked_sub(1) {
        Some(prev) => rows[prev].number == rows[i].number,
        None => rows[i].number == 0,
    }
}

impl ScheduleView {
    /// The schedule of a loan, with each row's status as of `today`.
    pub fn of(loan_id: &str, s: &Schedule, today: NaiveDate) -> ScheduleView {
        let installments = (0..s.installments.len())
            .map(|i| {
                let row = &s.installments[i];
                let status = if is_settlement(&s.installments, i) {
                    "settlement"
                } else if row.due_date <= today {
                    "paid"
                } else {
                    "due"
                };
                InstallmentView {
                    status: Some(status.to_owned()),
                    ..InstallmentView::of(row)
                }
            })
            .collect();
        ScheduleView {
            loan_id: loan_id.to_owned(),
            method: wire_name(&s.method),
            principal: text(s.principal),
            annual_rate: s.annual_rate.fraction().normalize().to_string(),
            day_count: wire_name(&s.day_count),
            disbursement_date: s.calendar.disbursed.to_string(),
            first_due_date: s.calendar.first_due.to_string(),
            level_amount: s.level_amount.map(text),
            installments,
            total_interest: text(s.total_interest()),
            total_fees: text(s.total_periodic_fees()),
        }
    }
}

/// The installments left after a partial prepayment under one choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RescheduleView {
    /// The new installments.
    pub installments: Vec<InstallmentView>,
    /// Interest over them.
    pub total_interest: String,
    /// Periodic fees over them.
    pub total_fees: String,
}

impl From<&Rescheduled> for RescheduleView {
    fn from(r: &Rescheduled) -> RescheduleView {
        RescheduleView {
            installments: r.installments.iter().map(InstallmentView::of).collect(),
            total_interest: text(r.total_interest),
            total_fees: text(r.total_fees),
        }
    }
}

/// Both choices of a partial prepayment, when the engine offers them.
pub fn reschedules(q: &PrepaymentQuote) -> (Option<RescheduleView>, Option<RescheduleView>) {
    (
        q.shorter_term.as_ref().map(RescheduleView::from),
        q.lower_installment.as_ref().map(RescheduleView::from),
    )
}
