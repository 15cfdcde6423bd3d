//! Picks one of the three shipped locales for whatever tag a platform reports.

use super::Locale;

/// Maps a BCP 47 tag (or a POSIX one like `zh_TW.UTF-8`) to a shipped locale: Traditional
/// Chinese for zh-TW, zh-HK, zh-MO and any zh-Hant; Simplified for zh, zh-CN, zh-SG and zh-Hans;
/// English for everything else, including empty or malformed tags.
pub fn negotiate(tag: &str) -> Locale {
    let tag = tag
        .split('.')
        .next()
        .unwrap_or_default()
        .replace('_', "-")
        .to_ascii_lowercase();
    let mut parts = tag.split('-').filter(|p| !p.is_empty());
    if parts.next() != Some("zh") {
        return Locale::En;
    }
    let rest: Vec<&str> = parts.collect();
    if rest.contains(&"hant") {
        return Locale::ZhTw;
    }
    if rest.contains(&"hans") {
        return Locale::ZhCn;
    }
    if rest.iter().any(|p| matches!(*p, "tw" | "hk" | "mo")) {
        return Locale::ZhTw;
    }
    Locale::ZhCn
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_chinese_variants() {
        for t in [
            "zh-TW",
            "zh-HK",
            "zh-MO",
            "zh-Hant",
            "zh-Hant-CN",
            "zh_TW.UTF-8",
            "ZH-hk",
        ] {
            assert_eq!(negotiate(t), Locale::ZhTw, "{t}");
        }
        for t in [
            "zh",
            "zh-CN",
            "zh-SG",
            "zh-Hans",
            "zh-Hans-HK",
            "zh_CN.UTF-8",
        ] {
            assert_eq!(negotiate(t), Locale::ZhCn, "{t}");
        }
        for t in ["en", "en-US", "fr-FR", "", "zz", "-", "zhx-CN", "ja"] {
            assert_eq!(negotiate(t), Locale::En, "{t}");
        }
    }
}
