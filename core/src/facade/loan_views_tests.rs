use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::domain::DayCount;
use crate::domain::loan::{
    Collection, FeeKind, Fees, FirstDueRule, LoanProduct, LoanPurpose, LoanRequest, PeriodicAmount,
    PeriodicFee, PlanNeed, Prepayment, PrepaymentPenalty, RepaymentMethod, UpfrontAmount,
    UpfrontFee, quote, quote_prepayment, recommend,
};
use crate::domain::rate::Rate;

fn product(rate: Decimal) -> LoanProduct {
    LoanProduct {
        id: "p".into(),
        min_amount: Money::from_yuan(1_000),
        max_amount: Money::from_yuan(1_000_000),
        term_months: vec![6, 12, 24],
        annual_rate: Rate::annual(rate).unwrap(),
        methods: vec![
            RepaymentMethod::EqualInstallment,
            RepaymentMethod::EqualPrincipal,
        ],
        fees: Fees::default(),
        prepayment_penalty: PrepaymentPenalty::PercentOfPrepaid {
            fraction: Decimal::new(1, 2),
            within_months: 6,
        },
        day_count: DayCount::Act360,
        first_due: FirstDueRule::SameDayNextMonth,
    }
}

fn fee_heavy() -> LoanProduct {
    let mut p = product(Decimal::new(9, 2));
    p.fees = Fees {
        upfront: vec![UpfrontFee {
            kind: FeeKind::Service,
            amount: UpfrontAmount::PercentOfPrincipal(Decimal::new(2, 2)),
            collection: Collection::DeductedFromDisbursement,
        }],
        periodic: vec![PeriodicFee {
            kind: FeeKind::Guarantee,
            amount: PeriodicAmount::PercentOfOriginalPrincipal(Decimal::new(15, 3)),
        }],
    };
    p
}

fn request(amount: i64, months: u32) -> LoanRequest {
    LoanRequest {
        amount: Money::from_yuan(amount),
        term_months: months,
        method: RepaymentMethod::EqualInstallment,
        disbursement_date: NaiveDate::from_ymd_opt(2026, 3, 15).unwrap(),
        first_due_date: None,
    }
}

fn view_of(p: &LoanProduct, r: &LoanRequest, locale: Locale) -> QuoteView {
    let q = quote(p, r, &ComplianceSettings::default()).unwrap();
    quote_view(&q.schedule, &q.apr, &q.flag, locale)
}

#[test]
fn the_simple_apr_is_the_only_headline_and_secondary_rates_are_marked() {
    for locale in Locale::ALL {
        let v = view_of(&fee_heavy(), &request(10_000, 12), locale);
        let headlines: Vec<_> = v
            .rates
            .iter()
            .filter(|r| r.prominence == Prominence::Headline)
            .collect();
        assert_eq!(headlines.len(), 1);
        assert_eq!(v.rates[0].prominence, Prominence::Headline);
        assert_eq!(v.rates[1].prominence, Prominence::Primary);
        assert!(
            v.rates[2..]
                .iter()
                .all(|r| r.prominence == Prominence::Secondary)
        );
        if locale == Locale::ZhCn {
            assert!(v.rates[0].label.contains("单利"), "{}", v.rates[0].label);
            assert!(v.rates[1].label.contains("复利"));
        }
        // Fee-heavy: flagged in the strongest terms, and both fees on their own lines.
        let warning = v.warning.as_ref().unwrap();
        assert_eq!(warning.level, ComplianceLevel::Strongest);
        assert!(warning.text.contains(&v.rates[0].value), "{}", warning.text);
        assert_eq!(v.fees.len(), 2);
        assert!(v.no_fees_note.is_none());
        assert_eq!(v.schedule.rows.len(), 12);
        assert_eq!(v.schedule.columns.len(), 7);
    }
}

#[test]
fn a_plain_loan_shows_published_figures_and_says_it_has_no_fees() {
    // ¥100,000 over 12 months at 7.2%: ¥8,661.90 a month; no fee, no warning at 7.2%.
    let v = view_of(
        &product(Decimal::new(72, 3)),
        &request(100_000, 12),
        Locale::En,
    );
    // Without fees the simple APR is the nominal rate; compounding monthly gives 7.44%.
    assert_eq!(v.rates[0].value, "7.20%");
    assert_eq!(v.rates[1].value, "7.44%");
    assert_eq!(v.schedule.rows[0].total, "¥8,661.90");
    assert_eq!(v.schedule.rows[0].due_date, "15 Apr 2026");
    assert!(v.fees.is_empty());
    assert!(v.no_fees_note.is_some());
    assert!(v.warning.is_none());
    let level = v
        .terms
        .iter()
        .find(|f| f.label == "Each installment")
        .unwrap();
    assert_eq!(level.value, "¥8,661.90");
}

#[test]
fn prepayment_view_offers_both_choices_with_the_interest_saved() {
    let p = product(Decimal::new(72, 3));
    let q = quote(&p, &request(100_000, 12), &ComplianceSettings::default()).unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let pq = quote_prepayment(
        &p,
        &q.schedule,
        date,
        Prepayment::Partial(Money::from_yuan(30_000)),
    )
    .unwrap();
    let v = prepayment_view(&q.schedule, &pq, Locale::ZhCn);
    assert_eq!(v.choices.len(), 2);
    assert_eq!(v.choices[0].choice, "shorter_term");
    assert!(v.choices[0].schedule.rows.len() < v.choices[1].schedule.rows.len());
    // Penalty within the first 6 months: 1% of ¥30,000.
    let penalty = v.figures.iter().find(|f| f.label == "违约金").unwrap();
    assert_eq!(penalty.value, "¥300.00");
    assert!(
        v.penalty_note.contains("2026年9月14日"),
        "{}",
        v.penalty_note
    );
    assert!(v.settles_note.is_none());
    // Finishing sooner saves more interest than paying less each time.
    let saved = |c: &RescheduleChoiceView| c.summary.clone();
    assert_ne!(saved(&v.choices[0]), saved(&v.choices[1]));
    let full = quote_prepayment(&p, &q.schedule, date, Prepayment::Full).unwrap();
    let v = prepayment_view(&q.schedule, &full, Locale::En);
    assert!(v.choices.is_empty());
    assert!(v.settles_note.is_some());
}

#[test]
fn recommendation_view_explains_and_flags_its_plans() {
    let p = fee_heavy();
    let need = PlanNeed {
        amount: Money::from_yuan(10_000),
        purpose: LoanPurpose::Household,
        monthly_capacity: Money::from_yuan(2_000),
        seasonality: None,
        disbursement_date: NaiveDate::from_ymd_opt(2026, 3, 15).unwrap(),
    };
    let r = recommend(&p, &need).unwrap();
    let v = recommendation_view(&r, &ComplianceSettings::default(), Locale::ZhTw);
    assert_eq!(v.explanation, r.explain(Locale::ZhTw));
    let chosen = v.chosen.unwrap();
    assert!(chosen.fits);
    assert!(
        chosen.warning.is_some(),
        "every plan of this product is above 24%"
    );
    let full = v.chosen_quote.unwrap();
    assert_eq!(full.rates[0].value, chosen.apr.value);
    assert!(!v.runners_up.is_empty());
    assert!(v.closest.is_none());
}

#[test]
fn the_thresholds_and_the_lpr_come_from_the_configuration() {
    // 7.2% is below 4 × 3.0% by default; with a one-year LPR of 1.5% the limit is 6% and the
    // same offer gets the caution.
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::facade::Config::new(dir.path(), "en");
    config.compliance.lpr_one_year = Decimal::new(15, 3);
    let core = crate::Puhui::open(config).unwrap();
    let v = core
        .loans()
        .quote_view(&product(Decimal::new(72, 3)), &request(100_000, 12))
        .unwrap();
    assert_eq!(
        v.warning.as_ref().map(|w| w.level),
        Some(ComplianceLevel::Caution)
    );
}
