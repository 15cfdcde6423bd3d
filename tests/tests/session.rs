//! Sign-in and sign-out through the facade: tokens go to the real OS secret store (run the
//! suite through `scripts/with-secret-store.sh`), never into the SQLite file.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

use puhui_scenarios::app;

#[tokio::test]
async fn sign_in_keeps_tokens_in_the_secret_store_and_sign_out_wipes_them() {
    let (_sandbox, _dir, core) = app().await;
    let bank = core.bank_client().unwrap();
    let session = core.session();

    let wrong = session
        .sign_in(&bank, "13800138002", "000000")
        .await
        .unwrap_err();
    assert_eq!(wrong.code, "BANK_WRONG_SMS_CODE");
    assert!(!wrong.retryable);
    assert!(!wrong.message.contains("13800138002"));
    let invalid = session.request_sms_code(&bank, "12345").await.unwrap_err();
    assert_eq!(invalid.code, "BANK_INVALID_PHONE");

    session
        .request_sms_code(&bank, "１３８ ００１３ ８００２")
        .await
        .unwrap();
    let signed = session
        .sign_in(&bank, "138 0013 8002", "１２３４５６")
        .await
        .unwrap();
    assert_eq!(signed.customer_id, "cust-business");
    assert!(session.is_signed_in().unwrap());
    let access = session.access_token().unwrap().unwrap();
    use puhui_core::ports::BankApi;
    assert!(!bank.loans(&access).await.unwrap().is_empty());

    // Nothing token-like reached the database file.
    let db = std::fs::read(core.store().path()).unwrap();
    let wal = std::fs::read(core.store().path().with_extension("sqlite3-wal")).unwrap_or_default();
    for bytes in [&db, &wal] {
        assert!(
            !bytes
                .windows(access.expose().len())
                .any(|w| w == access.expose().as_bytes())
        );
    }

    let fresh = session.refresh(&bank).await.unwrap();
    assert_ne!(fresh, access);
    assert!(
        bank.loans(&access).await.is_err(),
        "the old access token stopped working"
    );

    session.sign_out(&bank).await.unwrap();
    assert!(!session.is_signed_in().unwrap());
    assert_eq!(session.customer_id().unwrap(), None);
    assert!(
        bank.loans(&fresh).await.is_err(),
        "the bank ended the session too"
    );
    assert_eq!(
        session.refresh(&bank).await.unwrap_err().code,
        "BANK_SIGNED_OUT"
    );
}
