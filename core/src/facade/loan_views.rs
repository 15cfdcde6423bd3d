//! View models of 快贷 pricing: an offer, a plan recommendation and an early-repayment quote,
//! localised and formatted so that every shell shows the same words and figures.
//!
//! Disclosure rules they carry (S2, PBoC 〔2021〕No.3): the simple APR (单利) is the one
//! [`Prominence::Headline`] figure; the compound APR follows; the nominal, monthly and daily
//! rates are [`Prominence::Secondary`]; every fee has its own line; the compliance warning is
//! present whenever the APR is flagged.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::format;
use crate::domain::loan::{
    Apr, ComplianceFlag, ComplianceLevel, ComplianceSettings, Installment, PlanOption,
    PlanRecommendation, PrepaymentQuote, Rescheduled, Schedule,
};
use crate::domain::money::Money;
use crate::i18n::{Locale, Localizer, MessageArg};

/// How prominently a rate must be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Prominence {
    /// The most prominent figure on the screen: only the simple APR.
    Headline,
    /// Shown in full next to the headline (the compound APR).
    Primary,
    /// Smaller and marked for reference only; never more prominent than the APR.
    Secondary,
}

/// A labelled figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FigureView {
    /// What it is, localised.
    pub label: String,
    /// The figure, formatted.
    pub value: String,
}

/// A labelled rate with its prominence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RateView {
    /// What it is, localised (`年化利率（单利）`).
    pub label: String,
    /// The rate, formatted (`12.80%`).
    pub value: String,
    /// How prominently to show it.
    pub prominence: Prominence,
}

/// The compliance warning of a flagged offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WarningView {
    /// `caution` or `strongest`.
    pub level: ComplianceLevel,
    /// The customer's words.
    pub text: String,
}

/// One schedule row, formatted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScheduleRowView {
    /// 期数.
    pub number: u32,
    /// Due date.
    pub due_date: String,
    /// Principal.
    pub principal: String,
    /// Interest.
    pub interest: String,
    /// Fees.
    pub fees: String,
    /// Total.
    pub total: String,
    /// Principal left afterwards.
    pub remaining_principal: String,
}

/// A schedule as a table: localised column headings and formatted rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScheduleTableView {
    /// Headings, in the order of a row's fields.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<ScheduleRowView>,
}

/// An offer, everything the customer must see before signing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteView {
    /// The rates, headline first: simple APR (单利), compound APR, then the secondary nominal,
    /// monthly and daily rates.
    pub rates: Vec<RateView>,
    /// How the APR was computed (cash flows, all fees included).
    pub apr_note: String,
    /// Amount, term, method, first and last due dates, amount paid out.
    pub terms: Vec<FigureView>,
    /// Every fee, one line each; empty when there is none.
    pub fees: Vec<FigureView>,
    /// Shown when there are no fees, so that silence is never mistaken for a hidden fee.
    pub no_fees_note: Option<String>,
    /// Interest, fees, total cost, total repayable.
    pub totals: Vec<FigureView>,
    /// The schedule.
    pub schedule: ScheduleTableView,
    /// The compliance warning, when the APR is flagged.
    pub warning: Option<WarningView>,
}

/// One plan in a recommendation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanOptionView {
    /// `等额本息 · 12 个月`.
    pub title: String,
    /// Simple APR (the headline rate of the plan).
    pub apr: RateView,
    /// Total cost and largest installment.
    pub figures: Vec<FigureView>,
    /// Whether every installment fits the customer's capacity.
    pub fits: bool,
    /// The compliance warning, when flagged.
    pub warning: Option<WarningView>,
}

/// A plan recommendation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecommendationView {
    /// The choice explained in plain words, one sentence per line.
    pub explanation: Vec<String>,
    /// The recommended plan.
    pub chosen: Option<PlanOptionView>,
    /// The recommended plan in full.
    pub chosen_quote: Option<QuoteView>,
    /// Other plans that fit.
    pub runners_up: Vec<PlanOptionView>,
    /// When nothing fits, the nearest plan.
    pub closest: Option<PlanOptionView>,
}

/// One choice after a partial prepayment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RescheduleChoiceView {
    /// `shorter_term` or `lower_installment`.
    pub choice: String,
    /// `月供不变，缩短期限`.
    pub title: String,
    /// The next installment, the installments left and the interest saved, in one sentence.
    pub summary: String,
    /// The new installments.
    pub schedule: ScheduleTableView,
}

/// An early-repayment quote, before anything happens (S3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PrepaymentView {
    /// Date, outstanding principal, principal repaid now, interest, penalty, total.
    pub figures: Vec<FigureView>,
    /// Whether and until when a penalty applies.
    pub penalty_note: String,
    /// For a partial prepayment, both choices; empty when the loan is settled.
    pub choices: Vec<RescheduleChoiceView>,
    /// Shown when the prepayment settles the loan.
    pub settles_note: Option<String>,
}

/// Formats figures and words in one locale.
struct Words {
    locale: Locale,
    l10n: &'static Localizer,
}

impl Words {
    fn new(locale: Locale) -> Words {
        Words {
            locale,
            l10n: Localizer::get(locale),
        }
    }

    fn t(&self, id: &str) -> String {
        self.l10n.format(id, &[])
    }

    fn with(&self, id: &str, args: &[(&str, MessageArg)]) -> String {
        self.l10n.format(id, args)
    }

    fn money(&self, m: Money) -> String {
        format::money(m, self.locale)
    }

    fn m(&self, m: Money) -> MessageArg {
        self.money(m).into()
    }

    fn date(&self, d: NaiveDate) -> String {
        format::date(d, self.locale)
    }

    fn figure(&self, id: &str, value: String) -> FigureView {
        FigureView {
            label: self.t(id),
            value,
        }
    }

    fn rate(
        &self,
        id: &str,
        fraction: rust_decimal::Decimal,
        decimals: u32,
        p: Prominence,
    ) -> RateView {
        RateView {
            label: self.t(id),
            value: format::percent(fraction, decimals, self.locale),
            prominence: p,
        }
    }

    fn table(&self, rows: &[Installment]) -> ScheduleTableView {
        let columns = [
            "loan-view-col-number",
            "loan-view-col-due-date",
            "loan-view-col-principal",
            "loan-view-col-interest",
            "loan-view-col-fees",
            "loan-view-col-total",
            "loan-view-col-remaining",
        ]
        .iter()
        .map(|id| self.t(id))
        .collect();
        let rows = rows
            .iter()
            .map(|i| ScheduleRowView {
                number: i.number,
                due_date: self.date(i.due_date),
                principal: self.money(i.principal),
                interest: self.money(i.interest),
                fees: self.money(i.fees),
                total: self.money(i.total),
                remaining_principal: self.money(i.remaining_principal),
            })
            .collect();
        ScheduleTableView { columns, rows }
    }

    fn warning(&self, flag: &ComplianceFlag) -> Option<WarningView> {
        flag.message(self.locale).map(|text| WarningView {
            level: flag.level,
            text,
        })
    }

    fn months(&self, months: u32) -> String {
        self.with(
            "loan-view-term-months",
            &[("months", i64::from(months).into())],
        )
    }
}

/// The offer view of a schedule, its APR and flag.
pub fn quote_view(
    schedule: &Schedule,
    apr: &Apr,
    flag: &ComplianceFlag,
    locale: Locale,
) -> QuoteView {
    let w = Words::new(locale);
    let rates = vec![
        w.rate("loan-apr-simple", apr.simple, 2, Prominence::Headline),
        w.rate("loan-apr-compound", apr.compound, 2, Prominence::Primary),
        w.rate(
            "loan-view-nominal-rate",
            schedule.annual_rate.fraction(),
            2,
            Prominence::Secondary,
        ),
        w.rate(
            "loan-apr-monthly-secondary",
            apr.monthly_secondary,
            4,
            Prominence::Secondary,
        ),
        w.rate(
            "loan-apr-daily-secondary",
            apr.daily_secondary,
            5,
            Prominence::Secondary,
        ),
    ];
    let mut terms = vec![
        w.figure("loan-view-amount", w.money(schedule.principal)),
        w.figure("loan-view-term", w.months(schedule.term_months)),
        w.figure("loan-view-method", w.t(schedule.method.message_id())),
        w.figure("loan-view-first-due", w.date(schedule.calendar.first_due)),
        w.figure("loan-view-maturity", w.date(schedule.maturity())),
        w.figure("loan-view-paid-out", w.money(schedule.amount_paid_out())),
    ];
    if let Some(level) = schedule.level_amount {
        terms.push(w.figure("loan-view-level-amount", w.money(level)));
    }
    let fees: Vec<FigureView> = schedule
        .fee_lines
        .iter()
        .map(|f| {
            let id = if f.upfront {
                "loan-view-fee-upfront"
            } else {
                "loan-view-fee-periodic"
            };
            FigureView {
                label: w.with(id, &[("fee", w.t(f.kind.message_id()).into())]),
                value: w.money(f.total),
            }
        })
        .collect();
    let no_fees_note = fees.is_empty().then(|| w.t("loan-view-no-fees"));
    let totals = vec![
        w.figure(
            "loan-view-total-interest",
            w.money(schedule.total_interest()),
        ),
        w.figure(
            "loan-view-total-fees",
            w.money(schedule.total_periodic_fees() + schedule.upfront.total()),
        ),
        w.figure("loan-view-total-cost", w.money(schedule.total_cost())),
        w.figure(
            "loan-view-total-repayable",
            w.money(schedule.total_of_installments()),
        ),
    ];
    QuoteView {
        rates,
        apr_note: w.t(apr.basis.message_id()),
        terms,
        fees,
        no_fees_note,
        totals,
        schedule: w.table(&schedule.installments),
        warning: w.warning(flag),
    }
}

fn plan_option_view(o: &PlanOption, settings: &ComplianceSettings, w: &Words) -> PlanOptionView {
    PlanOptionView {
        title: w.with(
            "loan-view-plan-title",
            &[
                ("method", w.t(o.method.message_id()).into()),
                ("months", i64::from(o.term_months).into()),
            ],
        ),
        apr: w.rate("loan-apr-simple", o.apr.simple, 2, Prominence::Headline),
        figures: vec![
            w.figure("loan-view-total-cost", w.money(o.total_cost)),
            w.figure(
                "loan-view-largest-installment",
                w.money(o.largest_installment),
            ),
        ],
        fits: o.fits,
        warning: w.warning(&settings.assess(&o.apr)),
    }
}

/// The view of a plan recommendation.
pub fn recommendation_view(
    r: &PlanRecommendation,
    settings: &ComplianceSettings,
    locale: Locale,
) -> RecommendationView {
    let w = Words::new(locale);
    RecommendationView {
        explanation: r.explain(locale),
        chosen: r.chosen.as_ref().map(|o| plan_option_view(o, settings, &w)),
        chosen_quote: r
            .chosen
            .as_ref()
            .map(|o| quote_view(&o.schedule, &o.apr, &settings.assess(&o.apr), locale)),
        runners_up: r
            .runners_up
            .iter()
            .map(|o| plan_option_view(o, settings, &w))
            .collect(),
        closest: r
            .closest
            .as_ref()
            .map(|o| plan_option_view(o, settings, &w)),
    }
}

fn choice_view(
    choice: &str,
    title_id: &str,
    summary_id: &str,
    new: &Rescheduled,
    interest_before: Money,
    w: &Words,
) -> RescheduleChoiceView {
    // The first new installment may cover a broken period; the second shows the steady amount.
    let steady = new
        .installments
        .get(1)
        .or(new.installments.first())
        .map_or(Money::ZERO, |i| i.total);
    let saved = (interest_before - new.total_interest).max(Money::ZERO);
    RescheduleChoiceView {
        choice: choice.to_owned(),
        title: w.t(title_id),
        summary: w.with(
            summary_id,
            &[
                ("installment", w.m(steady)),
                ("count", (new.installments.len() as i64).into()),
                ("saved", w.m(saved)),
            ],
        ),
        schedule: w.table(&new.installments),
    }
}

/// The view of an early-repayment quote on a loan with `schedule`.
pub fn prepayment_view(schedule: &Schedule, q: &PrepaymentQuote, locale: Locale) -> PrepaymentView {
    let w = Words::new(locale);
    let figures = vec![
        w.figure("loan-view-prepay-date", w.date(q.date)),
        w.figure(
            "loan-view-prepay-outstanding",
            w.money(q.outstanding_principal),
        ),
        w.figure("loan-view-prepay-principal", w.money(q.prepaid_principal)),
        w.figure("loan-view-prepay-interest", w.money(q.accrued_interest)),
        w.figure("loan-view-prepay-penalty", w.money(q.penalty)),
        w.figure("loan-view-prepay-total", w.money(q.total)),
    ];
    let penalty_note = match q.penalty_until {
        Some(until) if q.date <= until => w.with(
            "loan-view-prepay-penalty-until",
            &[("date", w.date(until).into())],
        ),
        _ => w.t("loan-view-prepay-no-penalty"),
    };
    // Interest the customer would still pay on the schedule as it stands.
    let interest_before: Money = schedule
        .installments
        .iter()
        .filter(|i| i.due_date > q.date)
        .map(|i| i.interest)
        .sum();
    let mut choices = Vec::new();
    if let Some(r) = &q.shorter_term {
        choices.push(choice_view(
            "shorter_term",
            "loan-view-prepay-shorter-term",
            "loan-view-prepay-shorter-term-detail",
            r,
            interest_before,
            &w,
        ));
    }
    if let Some(r) = &q.lower_installment {
        choices.push(choice_view(
            "lower_installment",
            "loan-view-prepay-lower-installment",
            "loan-view-prepay-lower-installment-detail",
            r,
            interest_before,
            &w,
        ));
    }
    PrepaymentView {
        figures,
        penalty_note,
        settles_note: (q.prepaid_principal == q.outstanding_principal)
            .then(|| w.t("loan-view-prepay-settles")),
        choices,
    }
}

#[cfg(test)]
#[path = "loan_views_tests.rs"]
mod tests;
