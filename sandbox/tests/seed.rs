//! The demo data is valid-looking test data and covers the stories.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

mod common;

use common::{get_ok, sandbox};
use puhui_sandbox::seed::CUSTOMERS;

fn id_check_ok(id: &str) -> bool {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let b = id.as_bytes();
    if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = b[..17]
        .iter()
        .zip(W)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    b[17] == b"10X98765432"[(sum % 11) as usize]
}

fn uscc_ok(code: &str) -> bool {
    const CHARS: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const W: [usize; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let vals: Option<Vec<usize>> = code.chars().map(|c| CHARS.find(c)).collect();
    let Some(v) = vals else { return false };
    if v.len() != 18 {
        return false;
    }
    let sum: usize = v[..17].iter().zip(W).map(|(a, w)| a * w).sum();
    v[17] == (31 - sum % 31) % 31
}

#[test]
fn seeded_identities_pass_their_checks_and_cover_the_stories() {
    let today = chrono::Utc::now().date_naive();
    let mut elder = false;
    for (_, _, phone, rid, birth, segment, _, uscc) in CUSTOMERS {
        assert!(id_check_ok(rid), "{rid}");
        assert_eq!(
            &rid[6..14],
            birth.replace('-', ""),
            "birth date inside the ID"
        );
        assert!(phone.len() == 11 && phone.starts_with("13"));
        let born = chrono::NaiveDate::parse_from_str(birth, "%Y-%m-%d").unwrap();
        elder |= today.years_since(born).unwrap() >= 60;
        if *segment == "small_business" {
            assert!(uscc_ok(uscc.unwrap()), "USCC check character");
        }
    }
    assert!(elder, "one customer is 60 or older");
    assert!(!uscc_ok("92370211MA3C4D5E6A"), "the checker can fail");
    assert!(!id_check_ok("110101195803120024"), "the checker can fail");
}

#[tokio::test]
async fn the_consumer_loan_costs_more_than_24_percent_a_year() {
    // 12 equal installments at 9% a year plus a 1.5% monthly fee on the original principal,
    // after a 2% fee at disbursement: solve the monthly IRR by bisection (f64 only here).
    let s = sandbox().await;
    let products = get_ok(s.url(), "", "/v1/products").await;
    let products = products.as_array().unwrap();
    let find = |key: &str, value: &str| products.iter().find(|p| p[key] == value).unwrap();
    let p = find("id", "prod-consumer");
    // The terms are the core engine's `LoanProduct`; read them as plain JSON here.
    let terms = &p["terms"];
    let f = |v: &serde_json::Value| v.as_str().unwrap().parse::<f64>().unwrap();
    let (rate, fee_m, fee_up) = (
        f(&terms["annual_rate"]) / 12.0,
        f(&terms["fees"]["periodic"][0]["amount"]["value"]),
        f(&terms["fees"]["upfront"][0]["amount"]["value"]),
    );
    let n = 12;
    let installment = rate / (1.0 - (1.0 + rate).powi(-n)) + fee_m;
    let npv = |r: f64| {
        -(1.0 - fee_up)
            + (1..=n)
                .map(|k| installment / (1.0 + r).powi(k))
                .sum::<f64>()
    };
    let (mut lo, mut hi) = (0.0, 1.0);
    for _ in 0..100 {
        let mid = (lo + hi) / 2.0;
        if npv(mid) > 0.0 { lo = mid } else { hi = mid }
    }
    let apr = lo * 12.0;
    assert!(apr > 0.24, "APR {apr}");
    // The catalogue's own example (¥10,000 over 12 months) agrees and is flagged.
    let example = &p["example"];
    assert_eq!(example["term_months"], 12);
    let served = f(&example["apr"]["simple"]);
    assert!(
        (served - apr).abs() < 0.0001,
        "served {served}, solved {apr}"
    );
    assert_eq!(example["flag"]["level"], "strongest");
    let line = find("kind", "revolving_line");
    assert_eq!(
        (
            line["collateral"].as_str(),
            line["online_drawdown"].as_bool()
        ),
        (Some("none"), Some(true))
    );
    assert!(products.iter().any(|p| p["kind"] == "harvest"));
}
