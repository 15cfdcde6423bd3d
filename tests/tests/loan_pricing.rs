//! One set of loan rules on every side: the sandbox bank's offers, schedules and prepayment
//! quotes, fetched over real loopback HTTP by the core's client, equal the core's own engine to
//! the fen, and the >24% product is flagged by both and warned about by the facade. Money
//! repaid ahead of an installment shows on the loan and is counted against a quote.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

use chrono::{Duration, NaiveDate};
use puhui_core::adapters::HttpBankClient;
use puhui_core::domain::loan::{
    ComplianceLevel, ComplianceSettings, LoanProduct, LoanPurpose, LoanRequest, Prepayment,
    RepaymentMethod, Schedule, quote, quote_prepayment,
};
use puhui_core::domain::{Money, Rate, format};
use puhui_core::facade::Prominence;
use puhui_core::i18n::Locale;
use puhui_core::ports::bank::{
    AssessmentRequest, BankApi, Loan, MoneyMoved, MoneyMovement, PrepaymentAfter,
};
use puhui_scenarios::{bank, offline_core, token};

/// The product's terms at the loan's own rate, and the engine's schedule for the loan: what
/// the bank's figures for it must equal.
async fn engine_terms_and_schedule(bank: &HttpBankClient, loan: &Loan) -> (LoanProduct, Schedule) {
    let mut product = terms(bank, &loan.product_id).await;
    product.annual_rate = Rate::annual(loan.annual_rate).unwrap();
    let schedule = Schedule::build(
        &product,
        &LoanRequest {
            amount: loan.principal,
            term_months: loan.term_months,
            method: RepaymentMethod::EqualInstallment,
            disbursement_date: loan.start_date,
            first_due_date: None,
        },
    )
    .unwrap();
    (product, schedule)
}

/// The bank's today (China Standard Time) plus a few days, so the date is never in its past.
fn soon() -> NaiveDate {
    let cst = chrono::FixedOffset::east_opt(8 * 3600).unwrap();
    chrono::Utc::now().with_timezone(&cst).date_naive() + Duration::days(3)
}

async fn terms(bank: &HttpBankClient, id: &str) -> LoanProduct {
    bank.products()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.id == id)
        .unwrap()
        .terms
}

#[tokio::test]
async fn the_banks_offer_is_the_cores_quote_to_the_fen_and_both_flag_above_24_percent() {
    let (_s, bank) = bank().await;
    let access = token(&bank, "13800138004").await;
    let settings = ComplianceSettings::default();
    let dir = tempfile::tempdir().unwrap();
    let app = offline_core(dir.path(), "zh-CN");
    for (product_id, amount, months, method, purpose, level) in [
        (
            "prod-consumer",
            10_000,
            12,
            RepaymentMethod::EqualInstallment,
            LoanPurpose::Household,
            ComplianceLevel::Strongest,
        ),
        (
            "prod-home",
            800_000,
            240,
            RepaymentMethod::EqualPrincipal,
            LoanPurpose::Household,
            ComplianceLevel::Ok,
        ),
        (
            "prod-harvest",
            30_000,
            9,
            RepaymentMethod::Bullet,
            LoanPurpose::Farming,
            ComplianceLevel::Ok,
        ),
    ] {
        let product = terms(&bank, product_id).await;
        let request = LoanRequest {
            amount: Money::from_yuan(amount),
            term_months: months,
            method,
            disbursement_date: soon(),
            first_due_date: None,
        };
        let answer = bank
            .assess(
                &access,
                &AssessmentRequest {
                    product_id: product_id.into(),
                    amount: request.amount,
                    term_months: months,
                    method,
                    purpose,
                    disbursement_date: Some(request.disbursement_date),
                },
            )
            .await
            .unwrap();
        assert_eq!(answer.decision, "offer", "{product_id}");
        let offer = answer.offer.unwrap();
        let core = quote(&product, &request, &settings).unwrap();

        assert_eq!(
            offer.schedule, core.schedule.installments,
            "{product_id}: every row"
        );
        assert_eq!(offer.apr, core.apr, "{product_id}: APR simple and compound");
        assert_eq!(offer.flag, core.flag, "{product_id}: flag");
        assert_eq!(offer.flag.level, level, "{product_id}");
        assert_eq!(offer.fees, core.schedule.fee_lines);
        assert_eq!(offer.total_cost, core.schedule.total_cost());
        assert_eq!(offer.amount_paid_out, core.schedule.amount_paid_out());

        // The facade shows the same APR as its headline and warns exactly when flagged.
        let view = app.loans().quote_view(&product, &request).unwrap();
        assert_eq!(view.rates[0].prominence, Prominence::Headline);
        assert!(view.rates[0].label.contains("单利"));
        assert_eq!(
            view.rates[0].value,
            format::percent(offer.apr.simple, 2, Locale::ZhCn)
        );
        assert_eq!(
            view.warning.is_some(),
            level != ComplianceLevel::Ok,
            "{product_id}"
        );
        assert_eq!(view.schedule.rows.len(), offer.schedule.len());
        assert_eq!(
            view.schedule.rows[0].total,
            format::money(offer.schedule[0].total, Locale::ZhCn)
        );
    }
    let consumer = terms(&bank, "prod-consumer").await;
    let flagged = app
        .loans()
        .quote_view(
            &consumer,
            &LoanRequest {
                amount: Money::from_yuan(10_000),
                term_months: 12,
                method: RepaymentMethod::EqualInstallment,
                disbursement_date: soon(),
                first_due_date: None,
            },
        )
        .unwrap();
    assert!(flagged.warning.unwrap().text.contains("24.00%"));
}

#[tokio::test]
async fn the_banks_schedule_and_prepayment_quote_are_the_cores_to_the_fen() {
    let (_s, bank) = bank().await;
    let access = token(&bank, "13800138004").await;
    let loan = bank.loan(&access, "loan-home").await.unwrap();
    let (product, schedule) = engine_terms_and_schedule(&bank, &loan).await;
    let at_bank = bank.loan_schedule(&access, "loan-home").await.unwrap();
    let rows: Vec<_> = at_bank.installments.iter().map(|r| r.installment).collect();
    assert_eq!(rows, schedule.installments);

    let offer = bank
        .quote_prepayment_choice(
            &access,
            "loan-home",
            Some(Money::from_yuan(20_000)),
            Some(PrepaymentAfter::ShorterTerm),
        )
        .await
        .unwrap();
    let core = quote_prepayment(
        &product,
        &schedule,
        offer.date,
        Prepayment::Partial(Money::from_yuan(20_000)),
    )
    .unwrap();
    assert_eq!(offer.outstanding_principal, core.outstanding_principal);
    assert_eq!(offer.outstanding_principal, loan.outstanding_principal);
    assert_eq!(
        (offer.interest, offer.penalty, offer.total),
        (core.accrued_interest, core.penalty, core.total)
    );
    assert_eq!(offer.shorter_term, core.shorter_term);
    assert_eq!(offer.lower_installment, core.lower_installment);

    let dir = tempfile::tempdir().unwrap();
    let app = offline_core(dir.path(), "en");
    let view = app
        .loans()
        .prepayment_view(
            &product,
            &schedule,
            offer.date,
            Prepayment::Partial(Money::from_yuan(20_000)),
        )
        .unwrap();
    let total = view.figures.iter().find(|f| f.label == "Total to pay now");
    assert_eq!(total.unwrap().value, format::money(offer.total, Locale::En));
    assert_eq!(view.choices.len(), 2);
    assert_eq!(
        view.choices[0].schedule.rows.len(),
        offer.shorter_term.unwrap().installments.len()
    );
}

#[tokio::test]
async fn money_repaid_ahead_shows_on_the_loan_and_the_quote_counts_it_against_the_engines_total() {
    let (_s, bank) = bank().await;
    let access = token(&bank, "13800138004").await;
    let before = bank.loan(&access, "loan-home").await.unwrap();
    let (product, schedule) = engine_terms_and_schedule(&bank, &before).await;
    let at_bank = bank.loan_schedule(&access, "loan-home").await.unwrap();
    let current = at_bank
        .installments
        .iter()
        .find(|r| r.status.as_deref() == Some("due"))
        .unwrap()
        .installment;
    assert_eq!(before.paid_ahead, Money::ZERO);
    assert_eq!(before.amount_due, current.total, "the installment due next");

    // Part of that installment, ahead of its due date: its interest and fees, and ¥100 of
    // its principal.
    let ahead = current.interest + current.fees + Money::from_yuan(100);
    assert!(ahead < current.total);
    let repaid = bank
        .move_money(
            &access,
            &MoneyMovement::Repayment {
                loan_id: "loan-home".into(),
                amount: ahead,
            },
            "pay-ahead",
        )
        .await
        .unwrap();
    let MoneyMoved::Transaction(t) = repaid else {
        panic!("a repayment yields a transaction")
    };
    assert_eq!(
        (t.interest, t.fee, t.principal),
        (current.interest, current.fees, Money::from_yuan(100))
    );
    let held = bank.loan(&access, "loan-home").await.unwrap();
    assert_eq!(held.paid_ahead, ahead);
    assert_eq!(held.amount_due, current.total - ahead);
    assert_eq!(held.total_due_today, before.total_due_today - ahead);
    assert_eq!(
        held.outstanding_principal,
        before.outstanding_principal - Money::from_yuan(100)
    );

    // The quote is the engine's, less what is held: the prepayment replaces that installment.
    let prepaid = Money::from_yuan(20_000);
    let quote = bank
        .quote_prepayment(&access, "loan-home", Some(prepaid))
        .await
        .unwrap();
    assert_eq!(quote.paid_ahead, ahead);
    assert_eq!(
        quote.total,
        quote.principal + quote.interest + quote.penalty - quote.paid_ahead
    );
    let offer = bank
        .quote_prepayment_choice(&access, "loan-home", Some(prepaid), None)
        .await
        .unwrap();
    let core = quote_prepayment(
        &product,
        &schedule,
        offer.date,
        Prepayment::Partial(prepaid),
    )
    .unwrap();
    assert_eq!(
        (quote.principal, quote.interest, quote.penalty),
        (core.prepaid_principal, core.accrued_interest, core.penalty)
    );
    assert_eq!(quote.total, core.total - ahead);
    assert_eq!(
        (offer.paid_ahead, offer.total),
        (quote.paid_ahead, quote.total)
    );

    // Accepting it takes exactly the quoted total; nothing is held any more, and the principal
    // repaid ahead is not counted twice.
    let accepted = bank
        .move_money(
            &access,
            &MoneyMovement::Prepayment {
                loan_id: "loan-home".into(),
                quote_id: quote.id,
            },
            "prepay-after-paying-ahead",
        )
        .await
        .unwrap();
    let MoneyMoved::Transaction(p) = accepted else {
        panic!("a prepayment yields a transaction")
    };
    assert_eq!(p.amount, quote.total);
    let after = bank.loan(&access, "loan-home").await.unwrap();
    assert_eq!(after.paid_ahead, Money::ZERO);
    assert_eq!(
        after.outstanding_principal,
        before.outstanding_principal - prepaid
    );
}
