use super::*;

#[test]
fn opens_and_remembers_preferences_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path(), "zh-Hant-HK");
    {
        let core = Puhui::open(config.clone()).unwrap();
        assert_eq!(core.locale(), Locale::ZhTw);
        assert_eq!(core.mode(), Mode::Standard);
        core.settings().set_mode(Mode::Elder).unwrap();
        assert_eq!(core.settings().set_locale("en-GB").unwrap(), Locale::En);
    }
    config.locale = "zh-CN".into();
    let core = Puhui::open(config).unwrap();
    assert_eq!(core.mode(), Mode::Elder);
    assert_eq!(
        core.locale(),
        Locale::En,
        "the customer's choice beats the platform's"
    );
    assert_eq!(core.loans().locale(), Locale::En);
}

#[test]
fn refuses_an_insecure_bank_url_with_a_localised_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path(), "zh-CN");
    config.bank_url = Some("http://bank.example.cn".into());
    let err = Puhui::open(config).unwrap_err();
    assert_eq!(err.code, "CONFIG_INSECURE_BANK_URL");
    assert!(err.message.contains("HTTPS"), "{}", err.message);
    assert!(
        !dir.path().join(crate::adapters::store::DB_FILE).exists(),
        "nothing was created"
    );
}

#[test]
fn reaches_the_real_secret_store() {
    let dir = tempfile::tempdir().unwrap();
    let core = Puhui::open(Config::new(dir.path(), "en")).unwrap();
    let secrets = core
        .secrets()
        .expect("the test command starts an OS secret store");
    secrets.set("facade-test", "v").unwrap();
    assert_eq!(secrets.get("facade-test").unwrap().as_deref(), Some("v"));
    secrets.delete("facade-test").unwrap();
}
