//! What a repayment may pay. An installment loan takes at most what is due now (the installment
//! due next), held against that installment without changing the engine's schedule; more is
//! refused, with nothing moved, because paying principal ahead of the schedule is a prepayment
//! and carries the product's penalty. A revolving line takes anything up to what is owed.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

mod common;

use common::{
    assert_error, get_ok, money, post, post_replayed, quote_prepayment, repay, signed_in,
};
use puhui_core::domain::Money;
use reqwest::StatusCode;
use serde_json::{Value, json};

const REFUSED: &str = "REPAYMENT_EXCEEDS_AMOUNT_DUE";
const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

/// The sum of one part over the ledger rows of these kinds.
fn sum(rows: &Value, kinds: &[&str], part: &str) -> Money {
    rows.as_array()
        .unwrap()
        .iter()
        .filter(|r| kinds.contains(&r["kind"].as_str().unwrap()))
        .map(|r| money(&r[part]))
        .fold(Money::ZERO, |a, b| a + b)
}

#[tokio::test]
async fn more_than_is_due_is_refused_with_nothing_moved_and_the_due_installment_is_taken() {
    let (s, t) = signed_in("13800138002").await;
    let url = s.url();
    // A fresh 乐享分期 loan: 3% penalty on principal prepaid in its first six months.
    let disburse = "/v1/applications/app-business-signed/disbursement";
    let (status, paid_out) = post(url, &t, disburse, Some("pay-out"), Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{paid_out}");
    let id = paid_out["loan_id"].as_str().unwrap();
    let loan = format!("/v1/loans/{id}");
    let (schedule_path, ledger_path) = (format!("{loan}/schedule"), format!("{loan}/transactions"));
    let before = get_ok(url, &t, &loan).await;
    let schedule = get_ok(url, &t, &schedule_path).await;
    let ledger = get_ok(url, &t, &ledger_path).await;
    let first = &schedule["installments"][0];
    assert_eq!(
        before["amount_due"], first["total"],
        "due now: the first installment, fees included"
    );
    assert!(money(&first["fees"]) > Money::ZERO);

    let due = money(&before["amount_due"]);
    let path = format!("{loan}/repayments");
    for (key, over) in [
        ("one-fen-too-much", due + Money::from_fen(1)),
        ("half-the-loan", Money::from_yuan(10_000)),
    ] {
        let body = json!({ "amount": over.to_string() });
        let (status, err, replayed) = post_replayed(url, &t, &path, Some(key), body.clone()).await;
        assert_error(&(status, err.clone()), UNPROCESSABLE, REFUSED);
        assert!(!replayed);
        assert!(
            err["message"].as_str().unwrap().contains(&due.to_string()),
            "the refusal says what is due: {err}"
        );
        // A refusal is an answer like any other: stored and replayed under its key.
        let again = post_replayed(url, &t, &path, Some(key), body).await;
        assert_eq!(again, (status, err, true));
        let reused = repay(url, &t, id, key, due).await;
        assert_error(&reused, UNPROCESSABLE, "IDEMPOTENCY_KEY_REUSED");
    }
    assert_eq!(get_ok(url, &t, &ledger_path).await, ledger, "nothing moved");
    assert_eq!(get_ok(url, &t, &loan).await, before);
    assert_eq!(get_ok(url, &t, &schedule_path).await, schedule);
    // The same principal as a prepayment pays the product's penalty.
    let (_, q) = quote_prepayment(url, &t, id, json!({"principal": "10000.00"})).await;
    assert_eq!(q["penalty"], "300.00");

    // What is due is taken, as the installment's own parts, and the schedule stays the engine's.
    let (status, paid) = repay(url, &t, id, "installment-1", due).await;
    assert_eq!(status, StatusCode::CREATED, "{paid}");
    assert_eq!(
        (&paid["interest"], &paid["fee"], &paid["principal"]),
        (&first["interest"], &first["fees"], &first["principal"])
    );
    assert_eq!(get_ok(url, &t, &schedule_path).await, schedule);
    let after = get_ok(url, &t, &loan).await;
    assert_eq!(
        (after["amount_due"].as_str(), &after["paid_ahead"]),
        (Some("0.00"), &first["total"])
    );
    assert_eq!(
        money(&after["outstanding_principal"]),
        money(&before["outstanding_principal"]) - money(&first["principal"])
    );
    assert_eq!(paid["balance_after"], after["outstanding_principal"]);
    let more = repay(url, &t, id, "one-more-fen", "0.01").await;
    assert_error(&more, UNPROCESSABLE, REFUSED);
    // A prepayment smaller than what is already held would strand the difference.
    let small = quote_prepayment(url, &t, id, json!({"principal": "1.00"})).await;
    assert_error(&small, UNPROCESSABLE, "PREPAYMENT_BELOW_AMOUNT_PAID_AHEAD");
}

#[tokio::test]
async fn money_held_toward_the_installment_counts_in_a_prepayment_and_the_ledger_adds_up() {
    let (s, t) = signed_in("13800138004").await;
    let url = s.url();
    let (id, loan) = ("loan-home", "/v1/loans/loan-home");
    let before = get_ok(url, &t, loan).await;
    let (_, full) = quote_prepayment(url, &t, id, json!({})).await;
    assert_eq!(full["paid_ahead"], "0.00");
    assert_eq!(full["total"], before["total_due_today"]);

    for (key, amount) in [("part-1", "100.00"), ("part-2", "1000.00")] {
        let (status, paid) = repay(url, &t, id, key, amount).await;
        assert_eq!(status, StatusCode::CREATED, "{paid}");
    }
    let held = Money::from_yuan(1_100);
    let after = get_ok(url, &t, loan).await;
    assert_eq!(money(&after["paid_ahead"]), held);
    assert_eq!(
        money(&after["amount_due"]),
        money(&before["amount_due"]) - held
    );
    let over = money(&after["amount_due"]) + Money::from_fen(1);
    assert_error(
        &repay(url, &t, id, "too-much", over).await,
        UNPROCESSABLE,
        REFUSED,
    );

    // Settling today: the engine's figures, less what is held.
    let (_, q) = quote_prepayment(url, &t, id, json!({})).await;
    for part in ["principal", "interest", "penalty"] {
        assert_eq!(q[part], full[part], "{part} is the engine's");
    }
    assert_eq!(money(&q["paid_ahead"]), held);
    assert_eq!(money(&q["total"]), money(&full["total"]) - held);
    assert_eq!(q["total"], after["total_due_today"]);
    let accept = json!({"quote_id": q["id"]});
    let prepay = format!("{loan}/prepayments");
    let (status, done) = post(url, &t, &prepay, Some("settle"), accept).await;
    assert_eq!(status, StatusCode::CREATED, "{done}");
    assert_eq!(done["amount"], q["total"]);
    let settled = get_ok(url, &t, loan).await;
    assert_eq!(settled["status"], "settled");
    assert_eq!(
        (&settled["amount_due"], &settled["paid_ahead"]),
        (&json!("0.00"), &json!("0.00"))
    );
    // The repayments and the prepayment together paid exactly the settlement, part by part.
    let rows = get_ok(url, &t, &format!("{loan}/transactions")).await;
    let paid = ["repayment", "prepayment"];
    assert_eq!(sum(&rows, &paid, "amount"), money(&full["total"]));
    assert_eq!(sum(&rows, &paid, "principal"), money(&full["principal"]));
    assert_eq!(sum(&rows, &paid, "interest"), money(&full["interest"]));
    assert_eq!(sum(&rows, &paid, "fee"), money(&full["penalty"]));
}

#[tokio::test]
async fn a_line_takes_any_repayment_up_to_what_is_owed_interest_first() {
    let (s, t) = signed_in("13800138002").await;
    let url = s.url();
    let (id, line) = ("loan-business-line", "/v1/loans/loan-business-line");
    let before = get_ok(url, &t, line).await;
    assert_eq!(before["amount_due"], before["total_due_today"]);
    let owed = money(&before["amount_due"]);
    assert!(owed > money(&before["outstanding_principal"]));

    let over = repay(url, &t, id, "over", owed + Money::from_fen(1)).await;
    assert_error(&over, UNPROCESSABLE, "AMOUNT_EXCEEDS_BALANCE");
    let ledger = get_ok(url, &t, &format!("{line}/transactions")).await;
    assert!(ledger.as_array().unwrap().is_empty(), "nothing moved");

    let (status, part) = repay(url, &t, id, "part", "20000.00").await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(part["interest"], before["accrued_interest"]);
    assert_eq!(
        money(&part["principal"]),
        Money::from_yuan(20_000) - money(&before["accrued_interest"])
    );
    let rest = money(&get_ok(url, &t, line).await["amount_due"]);
    assert_eq!(rest, owed - Money::from_yuan(20_000));
    let (status, _) = repay(url, &t, id, "rest", rest).await;
    assert_eq!(status, StatusCode::CREATED);
    let cleared = get_ok(url, &t, line).await;
    assert_eq!(
        (&cleared["outstanding_principal"], &cleared["amount_due"]),
        (&json!("0.00"), &json!("0.00"))
    );
    assert_eq!(cleared["available_credit"], before["credit_limit"]);
}
