//! Locale-aware formatting of amounts, percentages and dates: the figures every shell shows.

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use super::money::Money;
use crate::i18n::Locale;

/// Groups the integer digits of a non-negative decimal string in threes.
fn group_thousands(int_part: &str) -> String {
    let mut out = String::with_capacity(int_part.len() + int_part.len() / 3);
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `¥1,234.56`, `-¥0.50`. All three locales write CNY amounts the same way; the yuan sign is
/// what customers of a mainland bank expect, whichever script they read.
pub fn money(amount: Money, _locale: Locale) -> String {
    let text = format!("{:.2}", amount.amount().abs());
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let sign = if amount.is_negative() { "-" } else { "" };
    format!("{sign}¥{}.{frac}", group_thousands(int_part))
}

/// A rate held as a fraction, shown as a percentage with a fixed number of decimals, rounded
/// half-up: `percent(0.128, 2)` is `12.80%`.
pub fn percent(fraction: Decimal, decimals: u32, _locale: Locale) -> String {
    let p = (fraction * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    format!("{p:.prec$}%", prec = decimals as usize)
}

/// A calendar date: `2026年11月24日` in Chinese, `24 Nov 2026` in English.
pub fn date(d: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::ZhCn | Locale::ZhTw => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Locale::En => d.format("%-d %b %Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn formats_amounts() {
        assert_eq!(money(Money::from_fen(123_456), Locale::ZhCn), "¥1,234.56");
        assert_eq!(money(Money::from_fen(-50), Locale::En), "-¥0.50");
        assert_eq!(money(Money::ZERO, Locale::ZhTw), "¥0.00");
        assert_eq!(money(Money::from_yuan(100_000), Locale::En), "¥100,000.00");
        assert_eq!(
            money(Money::from_yuan(1_000_000_000), Locale::En),
            "¥1,000,000,000.00"
        );
        assert_eq!(money(Money::from_fen(99_999), Locale::En), "¥999.99");
    }

    #[test]
    fn formats_percentages_half_up() {
        assert_eq!(percent(dec!(0.128), 2, Locale::ZhCn), "12.80%");
        assert_eq!(percent(dec!(0.135849), 2, Locale::En), "13.58%");
        assert_eq!(percent(dec!(0.000125), 3, Locale::En), "0.013%");
        assert_eq!(percent(dec!(0.07), 0, Locale::En), "7%");
    }

    #[test]
    fn formats_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 5).unwrap();
        assert_eq!(date(d, Locale::ZhCn), "2026年2月5日");
        assert_eq!(date(d, Locale::ZhTw), "2026年2月5日");
        assert_eq!(date(d, Locale::En), "5 Feb 2026");
    }
}
