//! The core's bank client against the sandbox over real loopback HTTP: for every money-moving
//! request, the answer is lost after the bank committed; retries — within one client, and with
//! a fresh client and a reopened store after a "restart" — reuse the stored idempotency key,
//! and the ledger proves the money moved exactly once.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

use std::path::Path;
use std::time::Duration;

use puhui_core::PublicError;
use puhui_core::adapters::{
    BankClientOptions, HttpBankClient, PendingOps, PendingState, RetryPolicy, Store,
};
use puhui_core::domain::Money;
use puhui_core::error::UserFacing;
use puhui_core::i18n::Locale;
use puhui_core::ports::bank::{BankApi, BankError, MoneyMoved, MoneyMovement, Token};
use puhui_sandbox::SandboxHandle;
use puhui_scenarios::{
    ATTEMPTS, client, faulty_sandbox, ledger_of, money, signed_in, state_of, submit, token,
};

/// Runs `movement` with every answer lost (the first client gives up with "outcome unknown"),
/// then restarts: a new store handle on the same data dir, a new client, the same pending
/// operation resumed. Returns the outcome.
async fn lose_every_answer_then_restart(
    s: &SandboxHandle,
    dir: &Path,
    phone: &str,
    movement: MoneyMovement,
) -> MoneyMoved {
    let op_id = {
        let store = Store::open(dir).unwrap();
        let (bank, access) = signed_in(s.url(), phone).await;
        s.faults().drop_next_responses(ATTEMPTS);
        let (op, result) = submit(&store, &bank, &access, &movement).await;
        let err = result.unwrap_err();
        assert_eq!(err.code(), "BANK_OUTCOME_UNKNOWN");
        assert!(err.retryable());
        assert_eq!(state_of(&store, op.id), PendingState::Pending);
        op.id
    };
    // The app restarts.
    let store = Store::open(dir).unwrap();
    let (bank, access) = signed_in(s.url(), phone).await;
    let ops = PendingOps::new(&store);
    let unfinished = ops.unfinished().unwrap();
    assert_eq!(unfinished.len(), 1);
    assert_eq!(unfinished[0].id, op_id);
    assert_eq!(unfinished[0].movement, movement);
    let outcome = ops.run(&bank, &access, op_id).await.unwrap();
    assert!(ops.unfinished().unwrap().is_empty());
    // Running it again answers from the store, without a second movement.
    assert_eq!(ops.run(&bank, &access, op_id).await.unwrap(), outcome);
    outcome
}

#[tokio::test]
async fn drawdown_moves_money_once_across_lost_answers_and_a_restart() {
    let s = faulty_sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let movement = MoneyMovement::Drawdown {
        loan_id: "loan-business-line".into(),
        amount: money("12345.67"),
    };
    let outcome = lose_every_answer_then_restart(&s, dir.path(), "13800138002", movement).await;
    let MoneyMoved::Transaction(t) = outcome else {
        panic!("a drawdown yields a transaction")
    };
    assert_eq!(t.principal, money("12345.67"));
    let (bank, access) = signed_in(s.url(), "13800138002").await;
    assert_eq!(
        ledger_of(&bank, &access, "loan-business-line", "drawdown").await,
        1
    );
    let line = bank.loan(&access, "loan-business-line").await.unwrap();
    assert_eq!(line.outstanding_principal, money("62345.67"));
    assert_eq!(line.available_credit, Some(money("237654.33")));
}

#[tokio::test]
async fn repayment_moves_money_once_across_lost_answers_and_a_restart() {
    let s = faulty_sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let (bank, access) = signed_in(s.url(), "13800138003").await;
    let before = bank.loan(&access, "loan-harvest").await.unwrap();
    // The harvest loan is repaid in one installment at maturity: ¥5,000 of it is due now.
    let schedule = bank.loan_schedule(&access, "loan-harvest").await.unwrap();
    let due = schedule
        .installments
        .iter()
        .find(|r| r.status.as_deref() == Some("due"))
        .unwrap()
        .installment;
    assert!(due.total > money("5000.00"));
    let movement = MoneyMovement::Repayment {
        loan_id: "loan-harvest".into(),
        amount: money("5000.00"),
    };
    let MoneyMoved::Transaction(t) =
        lose_every_answer_then_restart(&s, dir.path(), "13800138003", movement).await
    else {
        panic!("a repayment yields a transaction")
    };
    assert_eq!(t.amount, money("5000.00"));
    assert_eq!(t.interest + t.principal, money("5000.00"));
    assert_eq!(
        t.interest, due.interest,
        "the installment's interest is paid first"
    );
    assert!(t.interest >= before.accrued_interest);
    assert_eq!(
        ledger_of(&bank, &access, "loan-harvest", "repayment").await,
        1
    );
    let after = bank.loan(&access, "loan-harvest").await.unwrap();
    assert_eq!(before.paid_ahead, Money::ZERO);
    assert_eq!(before.amount_due, due.total);
    assert_eq!(
        after.paid_ahead,
        money("5000.00"),
        "held toward the installment"
    );
    assert_eq!(after.amount_due, due.total - money("5000.00"));
    assert_eq!(
        after.outstanding_principal,
        before.outstanding_principal - t.principal
    );
    assert_eq!(after.accrued_interest, Money::ZERO);
    assert_eq!(
        after.total_due_today,
        before.total_due_today - money("5000.00")
    );
    // The schedule is still the engine's: the money is held toward the installment.
    assert_eq!(
        bank.loan_schedule(&access, "loan-harvest").await.unwrap(),
        schedule
    );
}

#[tokio::test]
async fn a_repayment_above_what_is_due_is_refused_in_the_customers_words_and_moves_nothing() {
    let s = faulty_sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let (bank, access) = signed_in(s.url(), "13800138004").await;
    let before = bank.loan(&access, "loan-home").await.unwrap();
    // Far more than one installment of the home loan: that is a prepayment, with a quote.
    let movement = MoneyMovement::Repayment {
        loan_id: "loan-home".into(),
        amount: money("100000.00"),
    };
    let (op, result) = submit(&store, &bank, &access, &movement).await;
    let err = result.unwrap_err();
    assert_eq!(err.code(), "BANK_REPAYMENT_EXCEEDS_AMOUNT_DUE");
    assert!(!err.retryable());
    assert_eq!(state_of(&store, op.id), PendingState::Failed);
    let direct = bank
        .move_money(&access, &movement, "too-much")
        .await
        .unwrap_err();
    assert_eq!(direct, BankError::RepaymentExceedsAmountDue);
    for (locale, words) in [
        (Locale::ZhCn, "提前还款报价"),
        (Locale::ZhTw, "提前還款報價"),
        (Locale::En, "early-repayment quote"),
    ] {
        let public = PublicError::localise(&direct, locale);
        assert!(
            public.message.contains(words),
            "{locale:?}: {}",
            public.message
        );
    }
    assert_eq!(ledger_of(&bank, &access, "loan-home", "repayment").await, 0);
    assert_eq!(bank.loan(&access, "loan-home").await.unwrap(), before);
}

#[tokio::test]
async fn a_prepayment_costing_less_than_what_is_held_is_refused_in_the_customers_words() {
    let s = faulty_sandbox().await;
    let (bank, access) = signed_in(s.url(), "13800138004").await;
    let before = bank.loan(&access, "loan-home").await.unwrap();
    // The whole installment due next is repaid ahead and held until its due date.
    let repaid = MoneyMovement::Repayment {
        loan_id: "loan-home".into(),
        amount: before.amount_due,
    };
    bank.move_money(&access, &repaid, "whole-installment")
        .await
        .unwrap();
    let held = bank.loan(&access, "loan-home").await.unwrap();
    assert_eq!(held.paid_ahead, before.amount_due);
    assert_eq!(held.amount_due, Money::ZERO, "nothing more is due now");
    // ¥1 of principal early costs far less than the installment it would replace.
    let err = bank
        .quote_prepayment(&access, "loan-home", Some(money("1.00")))
        .await
        .unwrap_err();
    assert_eq!(err, BankError::PrepaymentBelowAmountPaidAhead);
    assert_eq!(err.code(), "BANK_PREPAYMENT_BELOW_AMOUNT_PAID_AHEAD");
    assert!(!err.retryable());
    for (locale, words) in [
        (Locale::ZhCn, "本期已经提前还入"),
        (Locale::ZhTw, "本期已經提前還入"),
        (Locale::En, "already paid more toward this installment"),
    ] {
        let public = PublicError::localise(&err, locale);
        assert!(
            public.message.contains(words),
            "{locale:?}: {}",
            public.message
        );
    }
    // Settling costs more than is held: that quote is given, with the held money counted once.
    let settle = bank
        .quote_prepayment(&access, "loan-home", None)
        .await
        .unwrap();
    assert!(settle.settles_loan);
    assert_eq!(settle.paid_ahead, held.paid_ahead);
    assert_eq!(
        settle.total,
        settle.principal + settle.interest + settle.penalty - settle.paid_ahead
    );
    assert_eq!(settle.total, held.total_due_today + settle.penalty);
    assert_eq!(bank.loan(&access, "loan-home").await.unwrap(), held);
}

#[tokio::test]
async fn prepayment_moves_money_once_across_lost_answers_and_a_restart() {
    let s = faulty_sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let (bank, access) = signed_in(s.url(), "13800138004").await;
    let before = bank.loan(&access, "loan-home").await.unwrap();
    let quote = bank
        .quote_prepayment(&access, "loan-home", Some(money("20000.00")))
        .await
        .unwrap();
    assert_eq!(quote.paid_ahead, Money::ZERO, "nothing was repaid ahead");
    assert_eq!(
        quote.total,
        quote.principal + quote.interest + quote.penalty
    );
    let movement = MoneyMovement::Prepayment {
        loan_id: "loan-home".into(),
        quote_id: quote.id.clone(),
    };
    let MoneyMoved::Transaction(t) =
        lose_every_answer_then_restart(&s, dir.path(), "13800138004", movement).await
    else {
        panic!("a prepayment yields a transaction")
    };
    assert_eq!(t.amount, quote.total);
    assert_eq!(
        ledger_of(&bank, &access, "loan-home", "prepayment").await,
        1
    );
    assert_eq!(
        bank.loan(&access, "loan-home")
            .await
            .unwrap()
            .outstanding_principal,
        before.outstanding_principal - money("20000.00")
    );
    // A second intent on the same quote is refused, and recorded as failed.
    let store = Store::open(dir.path()).unwrap();
    let again = MoneyMovement::Prepayment {
        loan_id: "loan-home".into(),
        quote_id: quote.id,
    };
    let (op, result) = submit(&store, &bank, &access, &again).await;
    assert_eq!(result.unwrap_err().code(), "BANK_QUOTE_INVALID");
    assert_eq!(state_of(&store, op.id), PendingState::Failed);
    assert_eq!(
        ledger_of(&bank, &access, "loan-home", "prepayment").await,
        1
    );
}

#[tokio::test]
async fn disbursement_moves_money_once_across_lost_answers_and_a_restart() {
    let s = faulty_sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let movement = MoneyMovement::Disbursement {
        application_id: "app-farmer-signed".into(),
    };
    let MoneyMoved::Disbursement(d) =
        lose_every_answer_then_restart(&s, dir.path(), "13800138003", movement).await
    else {
        panic!("a disbursement yields a disbursement")
    };
    assert_eq!(d.status, "disbursed");
    let (bank, access) = signed_in(s.url(), "13800138003").await;
    let loans = bank.loans(&access).await.unwrap();
    let new: Vec<_> = loans
        .iter()
        .filter(|l| l.product_id == "prod-harvest" && l.id != "loan-harvest")
        .collect();
    assert_eq!(new.len(), 1, "exactly one loan was created");
    assert_eq!(Some(new[0].id.clone()), d.loan_id);
    assert_eq!(new[0].outstanding_principal, money("30000.00"));
    assert_eq!(
        ledger_of(&bank, &access, &new[0].id, "disbursement").await,
        1
    );
}

#[tokio::test]
async fn one_lost_answer_is_recovered_within_the_same_call() {
    let s = faulty_sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let (bank, access) = signed_in(s.url(), "13800138002").await;
    s.faults().drop_next_responses(1);
    let movement = MoneyMovement::Repayment {
        loan_id: "loan-business-line".into(),
        amount: money("100.00"),
    };
    let (op, result) = submit(&store, &bank, &access, &movement).await;
    assert!(result.is_ok());
    assert_eq!(state_of(&store, op.id), PendingState::Succeeded);
    assert_eq!(
        ledger_of(&bank, &access, "loan-business-line", "repayment").await,
        1
    );
}

#[tokio::test]
async fn a_bounced_disbursement_is_an_answer_not_an_error() {
    let s = faulty_sandbox().await;
    let (bank, access) = signed_in(s.url(), "13800138004").await;
    let movement = MoneyMovement::Disbursement {
        application_id: "app-primary-bounces".into(),
    };
    let MoneyMoved::Disbursement(d) = bank
        .move_money(&access, &movement, "bounce-1")
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(
        (d.status.as_str(), d.bounce_reason.as_deref()),
        ("bounced", Some("CARD_FROZEN"))
    );
    assert!(d.loan_id.is_none());
}

#[tokio::test]
async fn only_safe_requests_are_retried() {
    let s = faulty_sandbox().await;
    let bank = client(s.url());
    // A read is retried through two failures.
    s.faults().fail_next_requests(2);
    assert_eq!(bank.products().await.unwrap().len(), 4);
    // A sign-in is not: a 503 may hide a processed request.
    s.faults().fail_next_requests(1);
    assert_eq!(
        bank.sign_in("13800138002", "123456").await.unwrap_err(),
        BankError::Unavailable
    );
    // Business refusals are never retried and are not retryable.
    let access = token(&bank, "13800138002").await;
    let err = bank
        .move_money(
            &access,
            &MoneyMovement::Drawdown {
                loan_id: "loan-business-line".into(),
                amount: money("9999999.00"),
            },
            "big",
        )
        .await
        .unwrap_err();
    assert_eq!(err, BankError::InsufficientCredit);
    assert!(!err.retryable());
}

#[tokio::test]
async fn a_duplicate_in_flight_waits_for_the_first_and_gets_its_answer() {
    let s = faulty_sandbox().await;
    let (bank, access) = signed_in(s.url(), "13800138002").await;
    s.faults().set_commit_delay(Duration::from_millis(150));
    let movement = MoneyMovement::Drawdown {
        loan_id: "loan-business-line".into(),
        amount: money("10.00"),
    };
    let slow = {
        let (bank, access, movement) = (bank.clone(), access.clone(), movement.clone());
        tokio::spawn(async move { bank.move_money(&access, &movement, "same-intent").await })
    };
    tokio::time::sleep(Duration::from_millis(30)).await;
    // The server answers 409 while the first runs; the client backs off and retries.
    let patient = HttpBankClient::new(
        s.url(),
        BankClientOptions {
            retry: RetryPolicy {
                max_attempts: 6,
                base_backoff: Duration::from_millis(60),
                max_backoff: Duration::from_millis(200),
            },
            ..BankClientOptions::default()
        },
    )
    .unwrap();
    let second = patient
        .move_money(&access, &movement, "same-intent")
        .await
        .unwrap();
    assert_eq!(slow.await.unwrap().unwrap(), second);
    assert_eq!(
        ledger_of(&bank, &access, "loan-business-line", "drawdown").await,
        1
    );
}

#[tokio::test]
async fn appointments_and_reads_through_the_client() {
    let s = faulty_sandbox().await;
    let (bank, access) = signed_in(s.url(), "13800138001").await;
    let branches = bank.branches().await.unwrap();
    let city = branches.iter().find(|b| b.id == "branch-qingdao").unwrap();
    let today = chrono::Utc::now().date_naive();
    let mut booked = None;
    for d in 1..8 {
        let slots = bank
            .slots(&city.id, today + chrono::Duration::days(d))
            .await
            .unwrap();
        if let Some(slot) = slots.first() {
            booked = Some(
                bank.book_appointment(&access, &slot.id, &city.services[0].id)
                    .await
                    .unwrap(),
            );
            assert_eq!(
                bank.book_appointment(&access, &slot.id, &city.services[0].id)
                    .await
                    .unwrap_err(),
                BankError::AlreadyBooked
            );
            break;
        }
    }
    let booked = booked.unwrap();
    assert_eq!(booked.slot.remaining, booked.slot.quota - 1);
    assert_eq!(bank.appointments(&access).await.unwrap().len(), 1);
    bank.cancel_appointment(&access, &booked.id).await.unwrap();
    assert_eq!(
        bank.appointments(&access).await.unwrap()[0].status,
        "cancelled"
    );
    let products = bank.products().await.unwrap();
    assert!(
        products
            .iter()
            .any(|p| p.kind == "revolving_line" && p.online_drawdown && p.collateral == "none")
    );
}

#[test]
fn non_loopback_http_is_refused_and_errors_carry_no_secrets() {
    assert_eq!(
        HttpBankClient::new("http://bank.example.cn", BankClientOptions::default()).unwrap_err(),
        BankError::InsecureUrl
    );
    assert!(
        HttpBankClient::new("https://bank.example.cn/api", BankClientOptions::default()).is_ok()
    );
    let token = Token::new("secret-token-value");
    assert!(!format!("{token:?}").contains("secret"));
    let all = [
        BankError::NotConfigured,
        BankError::InsecureUrl,
        BankError::Unreachable,
        BankError::Timeout,
        BankError::Unavailable,
        BankError::OutcomeUnknown,
        BankError::StillProcessing,
        BankError::SignedOut,
        BankError::WrongSmsCode,
        BankError::InvalidPhone,
        BankError::NotFound,
        BankError::InsufficientCredit,
        BankError::AmountExceedsBalance,
        BankError::RepaymentExceedsAmountDue,
        BankError::LoanSettled,
        BankError::PrepaymentBelowAmountPaidAhead,
        BankError::QuoteInvalid,
        BankError::SlotFull,
        BankError::AlreadyBooked,
        BankError::AlreadyDisbursed,
        BankError::Refused { code: "X".into() },
        BankError::KeyReused,
        BankError::BadResponse,
    ];
    for e in &all {
        for locale in [Locale::ZhCn, Locale::ZhTw, Locale::En] {
            let public = PublicError::localise(e, locale);
            assert_ne!(
                public.message,
                e.message_id(),
                "{} has no text in {locale:?}",
                e.message_id()
            );
            assert!(
                !public.message.contains("138"),
                "no phone numbers in messages"
            );
        }
    }
    let retryable: Vec<_> = all
        .iter()
        .filter(|e| e.retryable())
        .map(|e| e.code())
        .collect();
    assert_eq!(
        retryable,
        [
            "BANK_UNREACHABLE",
            "BANK_TIMEOUT",
            "BANK_UNAVAILABLE",
            "BANK_OUTCOME_UNKNOWN",
            "BANK_STILL_PROCESSING"
        ]
    );
}
