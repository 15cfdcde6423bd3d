//! 反诈 across the core and the sandbox bank over loopback HTTP (stories S4–S6): rule-pack
//! updates from the bank, and the family guardian told about a blocked action until the
//! customer revokes it. Sign-in keeps tokens in the real OS secret store: run the suite
//! through `scripts/with-secret-store.sh`.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

use std::io::{Read, Write};

use puhui_core::adapters::HttpBankClient;
use puhui_core::domain::Money;
use puhui_core::domain::anti_fraud::{
    Decision, RiskReason, RiskyAction, SharedItem, Signals, Verdict,
};
use puhui_core::ports::BankApi;
use puhui_scenarios::{app, core_for};

/// A one-route bank on loopback that answers every request with `body`: stands for a bank
/// (or a network in between) that delivers a tampered pack.
fn serve_forever(body: String) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { break };
            let mut req = Vec::new();
            let mut buf = [0u8; 4096];
            while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                match s.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => req.extend_from_slice(&buf[..n]),
                }
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(body.as_bytes());
        }
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn the_banks_signed_pack_is_applied_and_a_tampered_one_refused() {
    let (sandbox, dir, core) = app().await;
    let bank = core.bank_client().unwrap();
    let af = core.anti_fraud();
    let built_in = af.rule_pack().unwrap();
    assert!(!built_in.from_bank);

    let updated = af.update_rule_pack(&bank).await.unwrap();
    assert_eq!(updated.version, built_in.version + 1);
    assert!(updated.from_bank);
    // Asking again changes nothing and is not an error.
    assert_eq!(af.update_rule_pack(&bank).await.unwrap(), updated);
    let view = af
        .check_message("警官说你涉嫌洗钱，把钱转到安全账户", None, &[])
        .unwrap();
    assert_ne!(view.verdict, Verdict::Safe);

    // The same pack with a higher version, the signature left as it was.
    let mut body: serde_json::Value =
        reqwest::get(format!("{}/v1/anti-fraud/rule-pack", sandbox.url()))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    let mut pack: serde_json::Value = serde_json::from_str(body["pack"].as_str().unwrap()).unwrap();
    pack["version"] = (updated.version + 5).into();
    body["pack"] = pack.to_string().into();
    let evil = HttpBankClient::new(&serve_forever(body.to_string()), Default::default()).unwrap();
    let err = af.update_rule_pack(&evil).await.unwrap_err();
    assert_eq!(err.code, "AF_PACK_BAD_SIGNATURE");
    assert!(!err.message.is_empty() && !err.message.starts_with("af-"));
    assert_eq!(af.rule_pack().unwrap(), updated, "the good pack is kept");

    // A truncated download is refused the same way.
    let cut = body.to_string()[..200].to_owned();
    let truncated = HttpBankClient::new(&serve_forever(cut), Default::default()).unwrap();
    assert!(af.update_rule_pack(&truncated).await.is_err());
    assert_eq!(af.rule_pack().unwrap(), updated);

    // And the good one is still in use after a restart.
    drop(core);
    let core = core_for(&sandbox, dir.path());
    assert_eq!(core.anti_fraud().rule_pack().unwrap(), updated);
}

#[tokio::test]
async fn a_blocked_action_notifies_the_guardian_until_revoked() {
    let (_sandbox, _dir, core) = app().await;
    let bank = core.bank_client().unwrap();
    core.session()
        .sign_in(&bank, "13800138003", "123456")
        .await
        .unwrap();
    let access = core.session().access_token().unwrap().unwrap();
    let af = core.anti_fraud();

    let before = af.guardian().unwrap();
    assert!(!before.active && before.items.iter().all(|i| !i.selected));
    let on = af
        .opt_in_guardian(
            &bank,
            "女儿",
            "139 1234 5678",
            &[
                SharedItem::ActionKind,
                SharedItem::Outcome,
                SharedItem::Time,
            ],
        )
        .await
        .unwrap();
    assert!(on.active);
    assert_eq!(on.phone_masked.as_deref(), Some("139****5678"));

    // Someone on the phone watches the screen while the card is changed: blocked, and the
    // guardian is told what the customer agreed to share and nothing else.
    let guided = Signals {
        on_call: true,
        screen_sharing: true,
        amount: Some(Money::from_yuan(80_000)),
        ..Signals::default()
    };
    let outcome = af
        .decide_and_notify(&bank, RiskyAction::ChangeRepaymentCard, &guided, None)
        .await;
    let Decision::Block { reasons } = &outcome.view.decision else {
        panic!("expected a block: {:?}", outcome.view.decision);
    };
    assert!(reasons.contains(&RiskReason::GuidedRemotely));
    assert!(outcome.guardian_notified);
    assert!(outcome.guardian_note.unwrap().contains("女儿"));

    let sent = bank.guardian_notifications(&access).await.unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].action.as_deref(), Some("change_repayment_card"));
    assert_eq!(sent[0].outcome.as_deref(), Some("blocked"));
    assert!(sent[0].at.is_some(), "time was shared");
    assert_eq!(sent[0].amount_band, None, "the amount band was not shared");
    let raw = serde_json::to_string(&sent).unwrap();
    assert!(
        !raw.contains("80000") && !raw.contains("13912345678"),
        "{raw}"
    );

    // A plain repayment proceeds and tells nobody.
    let calm = Signals {
        local_hour: Some(10),
        ..Signals::default()
    };
    let quiet = af
        .decide_and_notify(&bank, RiskyAction::Repayment, &calm, None)
        .await;
    assert_eq!(quiet.view.decision, Decision::Proceed);
    assert!(!quiet.guardian_notified);

    let off = af.revoke_guardian(&bank).await.unwrap();
    assert!(!off.active);
    let after = af
        .decide_and_notify(&bank, RiskyAction::ChangeRepaymentCard, &guided, None)
        .await;
    assert!(matches!(after.view.decision, Decision::Block { .. }));
    assert!(!after.guardian_notified);
    assert_eq!(
        bank.guardian_notifications(&access).await.unwrap().len(),
        1,
        "nothing sent after revocation"
    );
    // Revoking again is harmless.
    assert!(!af.revoke_guardian(&bank).await.unwrap().active);

    core.session().sign_out(&bank).await.unwrap();
}
