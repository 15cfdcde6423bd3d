//! The anti-fraud area through `Puhui::open` on a real SQLite file. The bank-facing parts
//! (guardian, rule-pack download) are tested over loopback HTTP in `tests/tests/anti_fraud.rs`.

use ed25519_dalek::{Signer, SigningKey};

use super::*;
use crate::Config;
use crate::domain::anti_fraud::pack::DEFAULT_PACK_JSON;
use crate::domain::anti_fraud::{Decision, Verdict};

fn open(dir: &std::path::Path, locale: &str) -> Puhui {
    Puhui::open(Config::new(dir, locale)).unwrap()
}

fn countdown(view: &InterceptView) -> u32 {
    match view.decision {
        Decision::Warn {
            countdown_seconds, ..
        } => countdown_seconds,
        ref other => panic!("expected a warning, got {other:?}"),
    }
}

#[test]
fn messages_are_checked_in_the_customers_locale() {
    let dir = tempfile::tempdir().unwrap();
    let core = open(dir.path(), "zh-CN");
    let text = "【公安局】你涉嫌洗钱，请立即把资金转入安全账户配合调查，不要告诉家人";
    let zh = core.anti_fraud().check_message(text, None, &[]).unwrap();
    assert_eq!(zh.verdict, Verdict::Scam);
    assert_eq!(zh.call.number, "96110");
    core.settings().set_locale("en").unwrap();
    let en = core.anti_fraud().check_message(text, None, &[]).unwrap();
    assert_eq!(en.verdict, Verdict::Scam);
    assert_ne!(en.headline, zh.headline);
    let err = core
        .anti_fraud()
        .check_message_bytes(b"\xff\xfe ok", None, &[])
        .unwrap_err();
    assert_eq!(err.code, "AF_TEXT_NOT_UTF8");
    let ok = core
        .anti_fraud()
        .check_message_bytes("您的验证码是123456，5分钟内有效。".as_bytes(), None, &[])
        .unwrap();
    assert_eq!(ok.verdict, Verdict::Safe);
}

#[test]
fn tips_and_interceptions_follow_the_mode() {
    let dir = tempfile::tempdir().unwrap();
    let core = open(dir.path(), "zh-TW");
    let standard_tip = core.anti_fraud().tip(FlowStep::DisbursementBounce);
    let signals = Signals::default();
    let standard = core
        .anti_fraud()
        .decide(RiskyAction::ChangeRepaymentCard, &signals, None);
    core.settings().set_mode(Mode::Elder).unwrap();
    let elder_tip = core.anti_fraud().tip(FlowStep::DisbursementBounce);
    assert_ne!(standard_tip.text, elder_tip.text);
    assert_eq!(
        elder_tip,
        tips::tip(FlowStep::DisbursementBounce, Locale::ZhTw, true)
    );
    // 长辈版 lengthens the cooling-off even when the shell did not say so.
    let elder = core
        .anti_fraud()
        .decide(RiskyAction::ChangeRepaymentCard, &signals, None);
    assert!(countdown(&elder) > countdown(&standard));
    assert_eq!(
        elder.tip,
        tips::tip(FlowStep::CardChange, Locale::ZhTw, true).text
    );
    assert!(!elder.checklist.is_empty());
}

#[test]
fn cases_are_filtered_localised_and_elders_come_first_in_elder_mode() {
    let dir = tempfile::tempdir().unwrap();
    let core = open(dir.path(), "en");
    let all = core.anti_fraud().cases(None);
    assert!(all.len() >= 30);
    let young = core.anti_fraud().cases(Some(Audience::Young));
    assert!(
        young
            .iter()
            .all(|c| c.audiences.iter().any(|a| a == "young"))
    );
    assert!(young.len() < all.len());
    let loans = core
        .anti_fraud()
        .cases_of_type(ScamType::FakeLoan, Some(Audience::SmallBusiness));
    assert!(!loans.is_empty() && loans.iter().all(|c| c.scam_type == "fake_loan"));
    assert_eq!(
        core.anti_fraud().case("wrong-card").map(|c| c.scam_type),
        Some("fake_loan".to_owned())
    );
    assert!(!all[0].audiences.iter().any(|a| a == "elder"));
    core.settings().set_mode(Mode::Elder).unwrap();
    let elder_first = core.anti_fraud().cases(None);
    assert_eq!(elder_first.len(), all.len());
    let first_other = elder_first
        .iter()
        .position(|c| !c.audiences.iter().any(|a| a == "elder"))
        .unwrap();
    assert!(
        elder_first[first_other..]
            .iter()
            .all(|c| !c.audiences.iter().any(|a| a == "elder"))
    );
    assert!(first_other >= 8);
}

#[test]
fn quiz_progress_survives_a_restart_of_the_core() {
    let dir = tempfile::tempdir().unwrap();
    let first = quiz::QUESTIONS[0];
    let second = quiz::QUESTIONS[1];
    let wrong = if second.correct == "a" { "b" } else { "a" };
    {
        let core = open(dir.path(), "zh-CN");
        let af = core.anti_fraud();
        let fresh = af.quiz(None).unwrap();
        assert_eq!((fresh.answered, fresh.score, fresh.best_score), (0, 0, 0));
        assert!(fresh.total >= 20);
        let right = af.answer_quiz(first.id, first.correct).unwrap();
        assert!(right.is_correct && !right.explanation.is_empty());
        let missed = af.answer_quiz(second.id, wrong).unwrap();
        assert!(!missed.is_correct);
        // A second try does not count.
        assert!(
            !af.answer_quiz(second.id, second.correct)
                .unwrap()
                .is_correct
        );
        assert_eq!(
            af.answer_quiz("no-such-question", "a").unwrap_err().code,
            "AF_QUIZ_UNKNOWN_QUESTION"
        );
        assert_eq!(
            af.answer_quiz(first.id, "z").unwrap_err().code,
            "AF_QUIZ_UNKNOWN_OPTION"
        );
    }
    let core = open(dir.path(), "zh-CN");
    let v = core.anti_fraud().quiz(None).unwrap();
    assert_eq!((v.answered, v.score, v.best_score), (2, 1, 1));
    let q0 = v.questions.iter().find(|q| q.id == first.id).unwrap();
    assert!(q0.result.as_ref().unwrap().is_correct);
    core.anti_fraud().restart_quiz().unwrap();
    drop(core);
    let core = open(dir.path(), "zh-CN");
    let v = core.anti_fraud().quiz(None).unwrap();
    assert_eq!((v.answered, v.score, v.best_score), (0, 0, 1));
}

fn signed(pack: &str, key: &SigningKey) -> PackUpdate {
    PackUpdate {
        pack: pack.to_owned(),
        signature: hex::encode(key.sign(pack.as_bytes()).to_bytes()),
    }
}

fn pack_with_version(v: u32) -> String {
    let mut p: serde_json::Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
    p["version"] = v.into();
    p.to_string()
}

#[test]
fn rule_pack_updates_apply_only_when_signed_and_newer_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let key = SigningKey::from_bytes(&[42; 32]);
    let mut config = Config::new(dir.path(), "en");
    config.rule_pack_keys = vec![hex::encode(key.verifying_key().to_bytes())];
    let built_in = {
        let core = Puhui::open(config.clone()).unwrap();
        let af = core.anti_fraud();
        let built_in = af.rule_pack().unwrap();
        assert!(!built_in.from_bank);
        let v = built_in.version;

        let good = signed(&pack_with_version(v + 1), &key);
        let mut tampered = signed(&pack_with_version(v + 2), &key);
        tampered.pack = tampered.pack.replacen("\"version\":", "\"version\": ", 1);
        let err = af.apply_rule_pack(&tampered).unwrap_err();
        assert_eq!(err.code, "AF_PACK_BAD_SIGNATURE");
        assert_eq!(af.rule_pack().unwrap(), built_in, "the old pack is kept");

        let other_key = signed(&pack_with_version(v + 1), &SigningKey::from_bytes(&[7; 32]));
        assert_eq!(
            af.apply_rule_pack(&other_key).unwrap_err().code,
            "AF_PACK_BAD_SIGNATURE"
        );
        let applied = af.apply_rule_pack(&good).unwrap();
        assert_eq!(
            applied,
            RulePackStatus {
                version: v + 1,
                from_bank: true
            }
        );
        assert_eq!(
            af.apply_rule_pack(&good).unwrap_err().code,
            "AF_PACK_NOT_NEWER"
        );
        // Still checks messages with the new pack.
        let view = af
            .check_message("警官说你涉嫌洗钱，把钱转到安全账户", None, &[])
            .unwrap();
        assert_eq!(view.verdict, Verdict::Scam);
        built_in
    };
    // The update is verified again at the next start and used.
    let core = Puhui::open(config).unwrap();
    assert_eq!(
        core.anti_fraud().rule_pack().unwrap(),
        RulePackStatus {
            version: built_in.version + 1,
            from_bank: true
        }
    );
    drop(core);
    // Without the key in the configuration it no longer counts.
    let core = Puhui::open(Config::new(dir.path(), "en")).unwrap();
    assert_eq!(core.anti_fraud().rule_pack().unwrap(), built_in);
}

#[test]
fn the_guardian_screen_starts_with_nothing_ticked() {
    let dir = tempfile::tempdir().unwrap();
    let core = open(dir.path(), "zh-CN");
    let v = core.anti_fraud().guardian().unwrap();
    assert!(!v.active && v.name.is_none());
    assert_eq!(v.items.len(), SharedItem::ALL.len());
    assert!(
        v.items
            .iter()
            .all(|i| !i.selected && !i.text.starts_with("af-"))
    );
    assert_eq!(
        v.items.iter().filter(|i| i.required).count(),
        SharedItem::REQUIRED.len()
    );
    assert!(v.never_shared.contains("卡号"), "{}", v.never_shared);
    // Saved by the store, the screen shows exactly what was agreed.
    let record = guardian::opt_in(
        None,
        "女儿",
        "13912345678",
        &SharedItem::REQUIRED,
        Utc::now(),
    )
    .unwrap();
    let secrets = core.secrets().unwrap();
    GuardianStore::new(core.store(), secrets.as_ref())
        .save(&record)
        .unwrap();
    let v = core.anti_fraud().guardian().unwrap();
    assert!(v.active);
    assert_eq!(v.phone_masked.as_deref(), Some("139****5678"));
    let ticked: Vec<_> = v
        .items
        .iter()
        .filter(|i| i.selected)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ticked, ["action_kind", "outcome"]);
    assert!(v.summary.contains("女儿"));
}

#[test]
fn a_blank_sender_field_counts_as_no_sender() {
    let dir = tempfile::tempdir().unwrap();
    let core = open(dir.path(), "zh-CN");
    let text = "您尾号1234的账户今日入账100.00元。【工商银行】";
    let none = core.anti_fraud().check_message(text, None, &[]).unwrap();
    let blank = core
        .anti_fraud()
        .check_message(text, Some("  "), &[])
        .unwrap();
    assert_eq!(blank, none);
    assert!(blank.signals.is_empty(), "{:?}", blank.signals);
}
