//! Plan recommendation (S1): which of a product's terms and methods suits the customer's need
//! and cash flow, explained in plain words.
//!
//! The rule: lend exactly the amount needed (never more); among every offered term × method,
//! keep the plans whose every installment fits what the customer can repay in the month it falls
//! due; pick the one with the lowest total cost (interest and all fees), then the smaller largest
//! installment, then the shorter term. Seasonal income (a farmer who can repay after the harvest)
//! is a larger capacity in the months with income, so bullet and interest-first plans that
//! mature in those months fit where level payments do not.

use std::cmp::Ordering;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::apr::Apr;
use super::error::LoanError;
use super::product::{LoanProduct, LoanRequest, RepaymentMethod};
use super::schedule::Schedule;
use crate::domain::format;
use crate::domain::money::Money;
use crate::i18n::{Locale, Localizer, MessageArg};

/// What the money is for; it shapes the explanation, not the arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoanPurpose {
    /// Seeds, fertiliser, livestock (农业生产).
    Farming,
    /// Stock, equipment, working capital of a small business (经营).
    Business,
    /// Household spending (消费).
    Household,
    /// School fees.
    Education,
    /// Medical bills.
    Medical,
    /// Anything else.
    Other,
}

impl LoanPurpose {
    /// The Fluent message naming the purpose.
    pub fn message_id(self) -> &'static str {
        match self {
            LoanPurpose::Farming => "loan-purpose-farming",
            LoanPurpose::Business => "loan-purpose-business",
            LoanPurpose::Household => "loan-purpose-household",
            LoanPurpose::Education => "loan-purpose-education",
            LoanPurpose::Medical => "loan-purpose-medical",
            LoanPurpose::Other => "loan-purpose-other",
        }
    }
}

/// Months in which the customer has income (e.g. after the harvest) and can repay more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seasonality {
    /// Calendar months (1–12) with income.
    pub income_months: Vec<u32>,
    /// What the customer can repay in one of those months.
    pub capacity_in_income_months: Money,
}

/// The customer's need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanNeed {
    /// Amount needed; exactly this is lent.
    pub amount: Money,
    /// What it is for.
    pub purpose: LoanPurpose,
    /// What the customer can repay in an ordinary month.
    pub monthly_capacity: Money,
    /// Months with more income, if any.
    #[serde(default)]
    pub seasonality: Option<Seasonality>,
    /// When the money would be paid out (a parameter, never a clock read).
    pub disbursement_date: NaiveDate,
}

impl PlanNeed {
    fn capacity_in(&self, date: NaiveDate) -> Money {
        match &self.seasonality {
            Some(s) if s.income_months.contains(&date.month()) => {
                s.capacity_in_income_months.max(self.monthly_capacity)
            }
            _ => self.monthly_capacity,
        }
    }

    fn validate(&self) -> Result<(), LoanError> {
        if self.monthly_capacity.is_negative() {
            return Err(LoanError::InvalidPlanInput("negative monthly capacity"));
        }
        if let Some(s) = &self.seasonality {
            if s.income_months.iter().any(|m| !(1..=12).contains(m)) {
                return Err(LoanError::InvalidPlanInput("income month outside 1..=12"));
            }
            if s.capacity_in_income_months.is_negative() {
                return Err(LoanError::InvalidPlanInput("negative seasonal capacity"));
            }
        }
        Ok(())
    }
}

/// One term × method, priced against the need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOption {
    /// Term in months.
    pub term_months: u32,
    /// Repayment method.
    pub method: RepaymentMethod,
    /// Interest and every fee over the loan.
    pub total_cost: Money,
    /// The largest installment.
    pub largest_installment: Money,
    /// The all-in APR.
    pub apr: Apr,
    /// Whether every installment fits the capacity of its month.
    pub fits: bool,
    /// By how much the worst installment exceeds its month's capacity (zero when it fits).
    pub shortfall: Money,
    /// Whether some installment falls due in an income month and needs more than the ordinary
    /// capacity (the plan leans on the seasonal income).
    pub uses_seasonal_income: bool,
    /// The schedule, for showing in full.
    pub schedule: Schedule,
}

/// The recommendation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRecommendation {
    /// The need it answers.
    pub need: PlanNeed,
    /// The best plan that fits, if any does.
    pub chosen: Option<PlanOption>,
    /// Other plans that fit, cheapest first.
    pub runners_up: Vec<PlanOption>,
    /// When nothing fits: the plan that comes nearest (smallest shortfall).
    pub closest: Option<PlanOption>,
}

/// How many runners-up a recommendation lists.
pub const RUNNERS_UP: usize = 3;

/// Recommends a plan for a need among a product's terms and methods.
pub fn recommend(product: &LoanProduct, need: &PlanNeed) -> Result<PlanRecommendation, LoanError> {
    need.validate()?;
    let mut options = Vec::new();
    for &term_months in &product.term_months {
        for &method in &product.methods {
            let request = LoanRequest {
                amount: need.amount,
                term_months,
                method,
                disbursement_date: need.disbursement_date,
                first_due_date: None,
            };
            let schedule = Schedule::build(product, &request)?;
            let apr = Apr::of_schedule(&schedule)?;
            let mut shortfall = Money::ZERO;
            let mut uses_seasonal_income = false;
            for row in &schedule.installments {
                let capacity = need.capacity_in(row.due_date);
                shortfall = shortfall.max(row.total - capacity);
                uses_seasonal_income |= row.total > need.monthly_capacity && row.total <= capacity;
            }
            options.push(PlanOption {
                term_months,
                method,
                total_cost: schedule.total_cost(),
                largest_installment: schedule.largest_installment(),
                apr,
                fits: shortfall.is_zero(),
                shortfall,
                uses_seasonal_income,
                schedule,
            });
        }
    }
    let (mut fitting, mut rest): (Vec<_>, Vec<_>) = options.into_iter().partition(|o| o.fits);
    fitting.sort_by(by_cost);
    let mut fitting = fitting.into_iter();
    let chosen = fitting.next();
    let runners_up = fitting.take(RUNNERS_UP).collect();
    let closest = if chosen.is_none() {
        rest.sort_by(|a, b| a.shortfall.cmp(&b.shortfall).then_with(|| by_cost(a, b)));
        rest.into_iter().next()
    } else {
        None
    };
    Ok(PlanRecommendation {
        need: need.clone(),
        chosen,
        runners_up,
        closest,
    })
}

fn by_cost(a: &PlanOption, b: &PlanOption) -> Ordering {
    a.total_cost
        .cmp(&b.total_cost)
        .then(a.largest_installment.cmp(&b.largest_installment))
        .then(a.term_months.cmp(&b.term_months))
}

impl PlanRecommendation {
    /// The recommendation in plain words, one sentence per line: the choice and why, its APR,
    /// what reaches the account, then the runners-up; or, when nothing fits, that and the
    /// closest plan.
    pub fn explain(&self, locale: Locale) -> Vec<String> {
        let l10n = Localizer::get(locale);
        let money = |m: Money| MessageArg::Text(format::money(m, locale));
        let mut lines = vec![l10n.format(
            "loan-plan-need",
            &[
                ("amount", money(self.need.amount)),
                (
                    "purpose",
                    l10n.format(self.need.purpose.message_id(), &[]).into(),
                ),
                ("capacity", money(self.need.monthly_capacity)),
            ],
        )];
        let describe = |id: &str, o: &PlanOption| {
            l10n.format(
                id,
                &[
                    ("method", l10n.format(o.method.message_id(), &[]).into()),
                    ("months", i64::from(o.term_months).into()),
                    ("cost", money(o.total_cost)),
                    ("largest", money(o.largest_installment)),
                    ("apr", format::percent(o.apr.simple, 2, locale).into()),
                ],
            )
        };
        match &self.chosen {
            Some(best) => {
                lines.push(describe("loan-plan-chosen", best));
                if best.uses_seasonal_income {
                    lines.push(l10n.format("loan-plan-seasonal", &[]));
                }
                let upfront = best.schedule.upfront;
                if upfront.deducted.is_zero() {
                    lines.push(l10n.format(
                        "loan-plan-paid-out-in-full",
                        &[("amount", money(self.need.amount))],
                    ));
                } else {
                    lines.push(l10n.format(
                        "loan-plan-paid-out-less-fees",
                        &[
                            ("fees", money(upfront.deducted)),
                            ("paid_out", money(best.schedule.amount_paid_out())),
                        ],
                    ));
                }
                if !self.runners_up.is_empty() {
                    lines.push(l10n.format("loan-plan-runners-up", &[]));
                    lines.extend(
                        self.runners_up
                            .iter()
                            .map(|o| describe("loan-plan-runner-up", o)),
                    );
                }
            }
            None => {
                lines.push(l10n.format(
                    "loan-plan-nothing-fits",
                    &[("capacity", money(self.need.monthly_capacity))],
                ));
                if let Some(c) = &self.closest {
                    lines.push(describe("loan-plan-closest", c));
                }
                lines.push(l10n.format("loan-plan-nothing-fits-advice", &[]));
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::loan::product::tests::sample_product;

    fn need(amount: i64, capacity: i64) -> PlanNeed {
        PlanNeed {
            amount: Money::from_yuan(amount),
            purpose: LoanPurpose::Business,
            monthly_capacity: Money::from_yuan(capacity),
            seasonality: None,
            disbursement_date: NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
        }
    }

    #[test]
    fn picks_the_cheapest_plan_that_fits() {
        let p = sample_product();
        let rec = recommend(&p, &need(30_000, 3_000)).unwrap();
        let best = rec.chosen.as_ref().unwrap();
        // 30,000 at ≤ 3,000 a month needs ≥ 11 months; the 12-month equal-principal plan has a
        // first installment of 2,680 and costs less interest than equal installments.
        assert_eq!(
            (best.term_months, best.method),
            (12, RepaymentMethod::EqualPrincipal)
        );
        assert!(best.largest_installment <= Money::from_yuan(3_000));
        assert_eq!(best.schedule.principal, Money::from_yuan(30_000));
        assert!(!rec.runners_up.is_empty());
        for r in &rec.runners_up {
            assert!(r.fits && r.total_cost >= best.total_cost);
        }
        // No fitting plan is cheaper than the chosen one.
        let lines = rec.explain(Locale::En);
        assert!(lines.iter().any(|l| l.contains("12 months")), "{lines:?}");
    }

    #[test]
    fn a_farmer_repays_after_the_harvest() {
        let mut p = sample_product();
        p.term_months = vec![6, 7, 8, 12];
        let mut n = need(20_000, 300);
        n.purpose = LoanPurpose::Farming;
        // Disbursed 10 March; income in October after the harvest.
        n.seasonality = Some(Seasonality {
            income_months: vec![10],
            capacity_in_income_months: Money::from_yuan(25_000),
        });
        let rec = recommend(&p, &n).unwrap();
        let best = rec.chosen.as_ref().unwrap();
        // 7 months matures on 10 October: a bullet or interest-first loan repays with the harvest.
        assert_eq!(best.term_months, 7);
        assert!(matches!(
            best.method,
            RepaymentMethod::Bullet | RepaymentMethod::InterestFirst
        ));
        assert_eq!(best.schedule.maturity().month(), 10);
        assert!(best.uses_seasonal_income);
        for locale in Locale::ALL {
            let lines = rec.explain(locale);
            assert!(lines.len() >= 4, "{lines:?}");
            assert!(lines.iter().all(|l| !l.starts_with("loan-")), "{lines:?}");
        }
    }

    #[test]
    fn says_clearly_when_nothing_fits() {
        let rec = recommend(&sample_product(), &need(500_000, 100)).unwrap();
        assert!(rec.chosen.is_none() && rec.runners_up.is_empty());
        let closest = rec.closest.as_ref().unwrap();
        assert!(!closest.fits && closest.shortfall > Money::ZERO);
        let lines = rec.explain(Locale::ZhCn);
        assert!(lines.len() >= 3, "{lines:?}");
        // The amount is never raised to make a plan fit, nor is a bad amount accepted.
        assert!(matches!(
            recommend(&sample_product(), &need(10, 100)),
            Err(LoanError::AmountOutOfRange { .. })
        ));
    }
}
