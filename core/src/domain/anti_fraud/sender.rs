//! Sender checks: who a message claims to come from against the number it came from.
//!
//! Chinese banks send from their short official numbers (95588, 95533, …); a message signed
//! by a bank from an ordinary mobile number, a number abroad, or a "96110" with extra digits is
//! a classic disguise.

use super::types::HOTLINE_96110;

/// A bank's names as they appear in messages (normalised: Simplified, lower case) and its
/// official customer-service number.
#[derive(Clone, Copy, Debug)]
pub struct BankHotline {
    /// Names and abbreviations.
    pub names: &'static [&'static str],
    /// The official number.
    pub hotline: &'static str,
}

/// The major banks and their official numbers.
pub const BANK_HOTLINES: &[BankHotline] = &[
    BankHotline {
        names: &["工商银行", "工行", "icbc"],
        hotline: "95588",
    },
    BankHotline {
        names: &["建设银行", "建行", "ccb"],
        hotline: "95533",
    },
    BankHotline {
        names: &["农业银行", "农行", "agricultural bank"],
        hotline: "95599",
    },
    BankHotline {
        names: &["中国银行", "中行", "bank of china"],
        hotline: "95566",
    },
    BankHotline {
        names: &["交通银行", "交行", "bocom", "bank of communications"],
        hotline: "95559",
    },
    BankHotline {
        names: &["邮储银行", "邮政储蓄", "psbc"],
        hotline: "95580",
    },
    BankHotline {
        names: &["招商银行", "招行", "china merchants bank"],
        hotline: "95555",
    },
    BankHotline {
        names: &["中信银行", "citic bank"],
        hotline: "95558",
    },
    BankHotline {
        names: &["光大银行", "everbright"],
        hotline: "95595",
    },
    BankHotline {
        names: &["兴业银行", "industrial bank"],
        hotline: "95561",
    },
    BankHotline {
        names: &["浦发银行", "浦发", "spdb"],
        hotline: "95528",
    },
    BankHotline {
        names: &["民生银行", "minsheng"],
        hotline: "95568",
    },
    BankHotline {
        names: &["平安银行", "ping an bank"],
        hotline: "95511",
    },
    BankHotline {
        names: &["华夏银行", "hua xia bank", "huaxia bank"],
        hotline: "95577",
    },
    BankHotline {
        names: &["广发银行", "cgb"],
        hotline: "95508",
    },
];

/// Words that claim a domestic institution (for numbers calling from abroad).
const DOMESTIC_INSTITUTIONS: &[&str] = &[
    "银行",
    "公安",
    "警",
    "检察",
    "法院",
    "反诈",
    "96110",
    "客服",
    "社保",
    "医保",
    "税务",
    "政府",
    "bank",
    "police",
    "court",
    "customer service",
];

/// What is wrong with the sender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SenderFlag {
    /// The message is signed by a bank but did not come from its official number.
    NotOfficial,
    /// A number abroad claiming to be a domestic institution.
    International,
    /// A number dressed up as the 96110 hotline.
    Fake96110,
}

impl SenderFlag {
    /// The signal concept the rule pack scores.
    pub fn concept(self) -> &'static str {
        match self {
            SenderFlag::NotOfficial => "@sender_not_official",
            SenderFlag::International => "@sender_international",
            SenderFlag::Fake96110 => "@sender_fake_96110",
        }
    }
}

/// A sender number split into where it is from and its national digits.
#[derive(Clone, Debug, PartialEq, Eq)]
struct SenderNumber {
    international: bool,
    digits: String,
}

fn parse_sender(sender: &str) -> Option<SenderNumber> {
    let folded: String = sender
        .chars()
        .map(crate::domain::text::fold_full_width)
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.' | '\u{3000}'))
        .collect();
    let (intl, rest) = if let Some(r) = folded.strip_prefix('+') {
        (true, r)
    } else if let Some(r) = folded.strip_prefix("00") {
        (true, r)
    } else {
        (false, folded.as_str())
    };
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match rest.strip_prefix("86") {
        Some(national) if intl => Some(SenderNumber {
            international: false,
            digits: national.to_owned(),
        }),
        _ => Some(SenderNumber {
            international: intl,
            digits: rest.to_owned(),
        }),
    }
}

/// The banks a message claims to come from: named near its start or its end, where banks
/// put their signature (`【工商银行】…` or `…【招商银行】`).
pub fn claimed_banks(normalised: &str) -> Vec<&'static BankHotline> {
    let chars: Vec<(usize, char)> = normalised.char_indices().collect();
    let edge = 16;
    let head_end = chars.get(edge).map_or(normalised.len(), |(i, _)| *i);
    let tail_start = chars
        .len()
        .checked_sub(edge)
        .and_then(|k| chars.get(k))
        .map_or(0, |(i, _)| *i);
    let (head, tail) = (&normalised[..head_end], &normalised[tail_start..]);
    BANK_HOTLINES
        .iter()
        .filter(|b| b.names.iter().any(|n| head.contains(n) || tail.contains(n)))
        .collect()
}

/// Checks a sender number against what the (normalised) message claims.
pub fn check_sender(sender: &str, normalised_text: &str) -> Vec<SenderFlag> {
    let mut flags = Vec::new();
    let Some(number) = parse_sender(sender) else {
        return flags;
    };
    if number.digits.contains(HOTLINE_96110)
        && (number.digits != HOTLINE_96110 || number.international)
    {
        flags.push(SenderFlag::Fake96110);
    }
    if number.international {
        let claims_bank = BANK_HOTLINES
            .iter()
            .any(|b| b.names.iter().any(|n| normalised_text.contains(n)));
        if claims_bank
            || DOMESTIC_INSTITUTIONS
                .iter()
                .any(|w| normalised_text.contains(w))
        {
            flags.push(SenderFlag::International);
        }
        return flags;
    }
    let banks = claimed_banks(normalised_text);
    // 106… numbers are SMS gateways that some banks also use: not proof either way.
    let gateway = number.digits.starts_with("106");
    if !banks.is_empty() && !gateway && !banks.iter().any(|b| b.hotline == number.digits) {
        flags.push(SenderFlag::NotOfficial);
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::anti_fraud::normalise::normalise;

    fn flags(sender: &str, text: &str) -> Vec<SenderFlag> {
        check_sender(sender, normalise(text).as_str())
    }

    #[test]
    fn official_hotlines_pass_and_mobiles_claiming_a_bank_do_not() {
        assert!(flags("95588", "【工商银行】您尾号1234的卡支出100元").is_empty());
        assert!(flags("+86 95555", "【招商银行】您的账单已出").is_empty());
        assert!(
            flags("１０６９５５８８", "【工商银行】您的卡").is_empty(),
            "gateway numbers are neutral"
        );
        assert_eq!(
            flags("13812345678", "【工商银行】您的账户异常"),
            vec![SenderFlag::NotOfficial]
        );
        assert_eq!(
            flags("95533", "【工商银行】您的账户异常"),
            vec![SenderFlag::NotOfficial]
        );
        assert!(flags("13812345678", "周末一起吃饭吗").is_empty());
    }

    #[test]
    fn every_listed_bank_has_a_five_digit_95_number() {
        for b in BANK_HOTLINES {
            assert!(
                b.hotline.len() == 5 && b.hotline.starts_with("95"),
                "{:?}",
                b.names
            );
            assert!(
                claimed_banks(normalise(&format!("【{}】通知", b.names[0])).as_str())
                    .iter()
                    .any(|x| x.hotline == b.hotline)
            );
        }
    }

    #[test]
    fn international_numbers_claiming_domestic_institutions() {
        assert_eq!(
            flags("+1 (202) 555-0147", "这里是上海市公安局"),
            vec![SenderFlag::International]
        );
        assert_eq!(
            flags("0044 7700 900123", "ICBC: your account is locked"),
            vec![SenderFlag::International]
        );
        assert!(flags("+44 7700 900123", "Happy birthday!").is_empty());
    }

    #[test]
    fn fake_96110_variants() {
        assert!(flags("96110", "反诈中心提醒您").is_empty());
        assert!(flags("+86 96110", "反诈中心提醒您").is_empty());
        assert_eq!(
            flags("0096110", "反诈中心"),
            vec![SenderFlag::Fake96110, SenderFlag::International]
        );
        assert_eq!(flags("961100", "反诈中心"), vec![SenderFlag::Fake96110]);
        assert_eq!(
            flags("+852 96110", "反诈中心"),
            vec![SenderFlag::Fake96110, SenderFlag::International]
        );
        assert!(flags("not a number", "【工商银行】").is_empty());
    }
}
