//! The sandbox prices with the core's loan engine: the catalogue's examples, assessments,
//! schedules, prepayment quotes with the customer's choice, and the revolving line's interest,
//! each checked against the engine called directly.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

mod common;

use chrono::Duration;
use common::{assert_error, get, money, post, quote_prepayment, repay, sign_in, signed_in, today};
use puhui_core::domain::Money;
use puhui_core::domain::loan::{
    ComplianceSettings, CreditLine, LineEvent, LineEventKind, LineLedger, LoanProduct, LoanRequest,
    RepaymentMethod, quote,
};
use reqwest::StatusCode;
use serde_json::json;

async fn product(url: &str, id: &str) -> LoanProduct {
    let (_, p) = get(url, "", &format!("/v1/products/{id}")).await;
    serde_json::from_value(p["terms"].clone()).unwrap()
}

#[tokio::test]
async fn an_offer_is_the_engines_quote_to_the_fen_and_bad_requests_are_typed_422s() {
    let (s, t) = signed_in("13800138004").await;
    let url = s.url();
    let body = json!({"product_id": "prod-consumer", "amount": "10000.00", "term_months": 12,
        "method": "equal_installment", "purpose": "household"});
    let (status, answer) = post(url, &t, "/v1/assessments", None, body.clone()).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["decision"], "offer");
    let offer = &answer["offer"];

    let terms = product(url, "prod-consumer").await;
    let request = LoanRequest {
        amount: Money::from_yuan(10_000),
        term_months: 12,
        method: RepaymentMethod::EqualInstallment,
        disbursement_date: today(),
        first_due_date: None,
    };
    let q = quote(&terms, &request, &ComplianceSettings::default()).unwrap();
    let rows = offer["schedule"].as_array().unwrap();
    assert_eq!(rows.len(), q.schedule.installments.len());
    for (row, engine) in rows.iter().zip(&q.schedule.installments) {
        assert_eq!(money(&row["total"]), engine.total);
        assert_eq!(money(&row["principal"]), engine.principal);
        assert_eq!(money(&row["interest"]), engine.interest);
        assert_eq!(money(&row["fees"]), engine.fees);
        assert_eq!(row["due_date"], engine.due_date.to_string());
    }
    assert_eq!(offer["apr"]["simple"], q.apr.simple.to_string());
    assert_eq!(offer["apr"]["compound"], q.apr.compound.to_string());
    assert_eq!(offer["flag"]["level"], "strongest");
    assert_eq!(
        offer["amount_paid_out"], "9800.00",
        "2% service fee out of the payout"
    );
    assert_eq!(
        offer["fees"].as_array().unwrap().len(),
        2,
        "every fee is listed"
    );
    assert_eq!(money(&offer["total_cost"]), q.schedule.total_cost());

    for (patch, code) in [
        (json!({"amount": "500.00"}), "LOAN_AMOUNT_OUT_OF_RANGE"),
        (json!({"term_months": 7}), "LOAN_TERM_NOT_OFFERED"),
        (json!({"method": "bullet"}), "LOAN_METHOD_NOT_ALLOWED"),
        (json!({"amount": "0.00"}), "LOAN_AMOUNT_NOT_POSITIVE"),
    ] {
        let mut bad = body.clone();
        for (k, v) in patch.as_object().unwrap() {
            bad[k] = v.clone();
        }
        let (status, err) = post(url, &t, "/v1/assessments", None, bad).await;
        assert_eq!(
            (status, err["code"].as_str()),
            (StatusCode::UNPROCESSABLE_ENTITY, Some(code))
        );
    }
    // The business line is declined to a customer without a registered business, offered to
    // one with.
    let line = json!({"product_id": "prod-business-line", "amount": "50000.00", "term_months": 12,
        "method": "interest_first", "purpose": "business"});
    let (_, declined) = post(url, &t, "/v1/assessments", None, line.clone()).await;
    assert_eq!(
        (
            declined["decision"].as_str(),
            declined["reason_code"].as_str()
        ),
        (Some("decline"), Some("NOT_A_BUSINESS_CUSTOMER"))
    );
    let owner = sign_in(url, "13800138002").await;
    let (_, offered) = post(url, &owner, "/v1/assessments", None, line).await;
    assert_eq!(offered["decision"], "offer");
    assert_eq!(offered["offer"]["apr"]["simple"], "0.0365");
    let (status, _) = post(url, "", "/v1/assessments", None, body).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_partial_prepayment_offers_both_choices_and_the_chosen_one_becomes_the_schedule() {
    let (s, t) = signed_in("13800138004").await;
    let url = s.url();
    let (status, before) = get(url, &t, "/v1/loans/loan-home/schedule").await;
    assert_eq!(status, StatusCode::OK);
    let rows = before["installments"].as_array().unwrap();
    assert_eq!(rows.len(), 240);
    let paid = rows.iter().filter(|r| r["status"] == "paid").count();
    assert!(
        (29..=30).contains(&paid),
        "about 900 days of installments collected: {paid}"
    );
    let (_, loan) = get(url, &t, "/v1/loans/loan-home").await;
    assert_eq!(
        money(&loan["outstanding_principal"]),
        money(&rows[paid - 1]["remaining_principal"])
    );

    let (status, q) =
        quote_prepayment(url, &t, "loan-home", json!({"principal": "100000.00"})).await;
    assert_eq!(status, StatusCode::CREATED, "{q}");
    assert_eq!(q["penalty"], "0.00", "the first-year penalty is long past");
    let shorter = q["shorter_term"]["installments"].as_array().unwrap();
    let lower = q["lower_installment"]["installments"].as_array().unwrap();
    assert_eq!(lower.len(), 240 - paid);
    assert!(shorter.len() < lower.len());
    assert!(money(&lower[1]["total"]) < money(&rows[paid + 1]["total"]));
    assert_eq!(money(&shorter[1]["total"]), money(&rows[paid + 1]["total"]));

    let (status, done) = post(
        url,
        &t,
        "/v1/loans/loan-home/prepayments",
        Some("prepay-short"),
        json!({"quote_id": q["id"], "after": "shorter_term"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{done}");
    assert_eq!(done["kind"], "prepayment");
    assert_eq!(done["amount"], q["total"]);
    let new_rows = done["schedule"]["installments"].as_array().unwrap();
    assert_eq!(new_rows.len(), paid + 1 + shorter.len());
    assert_eq!(new_rows[paid]["status"], "settlement");
    let (_, after) = get(url, &t, "/v1/loans/loan-home/schedule").await;
    assert_eq!(after, done["schedule"]);
    let (_, loan_after) = get(url, &t, "/v1/loans/loan-home").await;
    assert_eq!(
        money(&loan_after["outstanding_principal"]),
        money(&loan["outstanding_principal"]) - Money::from_yuan(100_000)
    );
    assert_eq!(loan_after["accrued_interest"], "0.00");
    assert!(loan_after["maturity_date"].as_str() < loan["maturity_date"].as_str());

    // A second quote on the rescheduled loan keeps the shorter term's installment.
    let (_, q2) = quote_prepayment(url, &t, "loan-home", json!({"principal": "1000.00"})).await;
    assert_eq!(
        money(&q2["interest"]),
        Money::ZERO,
        "interest runs from the settlement"
    );
    assert_eq!(
        q2["shorter_term"]["installments"][1]["total"],
        rows[paid + 1]["total"]
    );

    // A bullet loan can only lower its installment.
    let farmer = sign_in(url, "13800138003").await;
    let choice = json!({"principal": "1000.00", "after": "shorter_term"});
    let answer = quote_prepayment(url, &farmer, "loan-harvest", choice).await;
    assert_error(
        &answer,
        StatusCode::UNPROCESSABLE_ENTITY,
        "PREPAYMENT_CHOICE_NOT_AVAILABLE",
    );
    let line = sign_in(url, "13800138002").await;
    let answer = get(url, &line, "/v1/loans/loan-business-line/schedule").await;
    assert_error(
        &answer,
        StatusCode::UNPROCESSABLE_ENTITY,
        "LINE_HAS_NO_SCHEDULE",
    );
}

#[tokio::test]
async fn the_lines_balance_and_interest_are_the_engines_ledger() {
    let (s, t) = signed_in("13800138002").await;
    let url = s.url();
    let terms = product(url, "prod-business-line").await;
    let (_, before) = get(url, &t, "/v1/loans/loan-business-line").await;
    // The seed opened the line 40 days ago and drew ¥50,000 ten days ago.
    let mut ledger = LineLedger::new(CreditLine {
        limit: Money::from_yuan(300_000),
        annual_rate: terms.annual_rate,
        day_count: terms.day_count,
        opened: today() - Duration::days(40),
    });
    ledger
        .record(LineEvent {
            date: today() - Duration::days(10),
            kind: LineEventKind::Draw,
            amount: Money::from_yuan(50_000),
        })
        .unwrap();
    let expected = ledger.balance_on(today());
    assert_eq!(money(&before["accrued_interest"]), expected.interest);
    assert_eq!(
        expected.interest,
        Money::from_fen(5_070),
        "10 × ¥5.07 a day"
    );

    let (status, repaid) = repay(url, &t, "loan-business-line", "line-repay", "1000.00").await;
    assert_eq!(status, StatusCode::CREATED);
    let applied = ledger
        .record(LineEvent {
            date: today(),
            kind: LineEventKind::Repayment,
            amount: Money::from_yuan(1_000),
        })
        .unwrap();
    assert_eq!(money(&repaid["interest"]), applied.interest_paid);
    assert_eq!(money(&repaid["principal"]), applied.principal_paid);
    let (_, after) = get(url, &t, "/v1/loans/loan-business-line").await;
    assert_eq!(
        money(&after["outstanding_principal"]),
        applied.balance_after.principal
    );
    assert_eq!(money(&after["accrued_interest"]), Money::ZERO);
}

#[tokio::test]
async fn a_repayment_short_of_the_interest_is_held_against_it_and_counted_in_a_quote() {
    let (s, t) = signed_in("13800138003").await;
    let url = s.url();
    let (_, before) = get(url, &t, "/v1/loans/loan-harvest").await;
    let (status, paid) = repay(url, &t, "loan-harvest", "small", "10.00").await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        (paid["interest"].as_str(), paid["principal"].as_str()),
        (Some("10.00"), Some("0.00"))
    );
    let (_, after) = get(url, &t, "/v1/loans/loan-harvest").await;
    assert_eq!(
        money(&after["accrued_interest"]),
        money(&before["accrued_interest"]) - Money::from_yuan(10)
    );
    assert_eq!(
        after["outstanding_principal"],
        before["outstanding_principal"]
    );
    assert_eq!(after["paid_ahead"], "10.00");
    assert_eq!(
        money(&after["amount_due"]),
        money(&before["amount_due"]) - Money::from_yuan(10)
    );
    // A full quote prices the engine's interest and then asks only for what is still owed.
    let (_, q) = quote_prepayment(url, &t, "loan-harvest", json!({})).await;
    assert_eq!(q["interest"], before["accrued_interest"]);
    assert_eq!(q["paid_ahead"], "10.00");
    assert_eq!(q["total"], after["total_due_today"]);
    assert_eq!(
        money(&q["total"]),
        money(&q["principal"]) + money(&q["interest"]) + money(&q["penalty"])
            - Money::from_yuan(10)
    );
    assert_eq!(q["settles_loan"], true);
}
