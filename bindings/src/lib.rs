//! UniFFI bindings of the Puhui core. Only conversions live here: every rule is in
//! `puhui-core`, so that Android, iOS and the desktop apply the same one.

uniffi::setup_scaffolding!();

/// Maps any platform locale tag to the shipped locale Puhui will speak (`zh-CN`, `zh-TW`, `en`).
#[uniffi::export]
pub fn negotiate_locale(tag: String) -> String {
    puhui_core::i18n::negotiate(&tag).tag().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_like_the_core() {
        assert_eq!(negotiate_locale("zh-Hant-HK".into()), "zh-TW");
        assert_eq!(negotiate_locale("de".into()), "en");
    }
}
