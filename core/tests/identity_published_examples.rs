//! Identity validation against published examples, and against independent, deliberately
//! naive implementations of the published algorithms (written differently from the core's on
//! purpose, so that one shared mistake cannot make both agree).

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use puhui_core::domain::identity::{
    Bank, BankCard, CardType, CreditCode, IdentityError, IdentityField, MobileNumber, ResidentId,
    Sex, mask_card, mask_mobile, mask_resident_id, resident_id_check_character,
    validate_borrower_id, validate_disbursement_card,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn today() -> NaiveDate {
    date(2025, 6, 30)
}

// ---- independent implementations -------------------------------------------------------

/// ISO 7064 MOD 11-2 in its recursive (Horner) form: p ← 2(p + d) mod 11, check = (12 − p) mod 11.
fn naive_mod11_2(body: &str) -> char {
    let mut p = 0u32;
    for c in body.chars() {
        p = (p + c.to_digit(10).unwrap_or(0)) * 2 % 11;
    }
    match (12 - p) % 11 {
        10 => 'X',
        v => char::from_digit(v, 10).unwrap_or('?'),
    }
}

/// Luhn by doubling every second digit from the right of the complete number and summing the
/// decimal digits of each product.
fn naive_luhn_valid(number: &str) -> bool {
    let digits: Vec<u32> = number.chars().filter_map(|c| c.to_digit(10)).collect();
    let mut sum = 0;
    for (i, d) in digits.iter().rev().enumerate() {
        let v = if i % 2 == 1 { d * 2 } else { *d };
        sum += v / 10 + v % 10;
    }
    sum.is_multiple_of(10)
}

fn naive_luhn_complete(payload: &str) -> String {
    (0..10)
        .map(|d| format!("{payload}{d}"))
        .find(|n| naive_luhn_valid(n))
        .unwrap_or_default()
}

const USCC_ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/// GB 32100 with the weights computed as powers of 3 rather than read from a table.
fn naive_uscc_check(body: &str) -> char {
    let mut sum = 0u64;
    let mut weight = 1u64;
    for c in body.chars() {
        sum += USCC_ALPHABET.find(c).unwrap_or(0) as u64 * weight;
        weight = weight * 3 % 31;
    }
    let check = match 31 - sum % 31 {
        31 => 0,
        v => v,
    };
    USCC_ALPHABET.chars().nth(check as usize).unwrap_or('?')
}

// ---- published examples -------------------------------------------------------------------

#[test]
fn the_gb_11643_example_is_valid() {
    assert_eq!(naive_mod11_2("11010519491231002"), 'X');
    let id = ResidentId::parse("11010519491231002X", today());
    let Ok(id) = id else { panic!("{id:?}") };
    assert_eq!(id.birth_date(), date(1949, 12, 31));
    assert_eq!(id.sex(), Sex::Female);
    assert_eq!(id.age_on(date(2025, 1, 1)), 75);
    assert!(validate_borrower_id("11010519491231002X", today()).is_ok());
}

#[test]
fn the_1880_example_has_a_valid_check_character_but_a_birth_year_before_1900() {
    // 440524188001010014 is the usual illustration of the check character; the holder would be
    // 145 years old, so the birth-date rule (year ≥ 1900) refuses it.
    assert_eq!(naive_mod11_2("44052418800101001"), '4');
    assert_eq!(resident_id_check_character("44052418800101001"), Some('4'));
    assert_eq!(
        ResidentId::parse("440524188001010014", today()),
        Err(IdentityError::ImpossibleBirthDate)
    );
    assert_eq!(
        ResidentId::parse("440524188001010015", today()),
        Err(IdentityError::WrongCheckCharacter {
            field: IdentityField::ResidentId
        })
    );
}

#[test]
fn the_gb_32100_example_is_valid() {
    assert_eq!(naive_uscc_check("91350100M000100Y4"), '3');
    let code = CreditCode::parse("91350100M000100Y43");
    assert!(code.is_ok(), "{code:?}");
}

#[test]
fn well_known_luhn_test_numbers() {
    for n in [
        "4111111111111111",
        "5555555555554444",
        "6011111111111117",
        "6200000000000005",
        "6205500000000000004",
    ] {
        assert!(naive_luhn_valid(n), "{n}");
        let card = BankCard::parse(n);
        assert!(card.is_ok(), "{n}: {card:?}");
    }
    // 15-digit American Express test number: valid Luhn, but no mainland debit card is that short.
    assert!(naive_luhn_valid("378282246310005"));
    assert!(matches!(
        BankCard::parse("378282246310005"),
        Err(IdentityError::WrongLength { actual: 15, .. })
    ));
}

#[test]
fn a_card_for_a_loan_must_be_a_known_debit_card() {
    let icbc = naive_luhn_complete("622202020011234567");
    let card = validate_disbursement_card(&icbc);
    let Ok(card) = card else { panic!("{card:?}") };
    assert_eq!(card.bank(), Some(Bank::Icbc));
    assert_eq!(card.card_type(), Some(CardType::Debit));
    assert_eq!(card.to_string(), format!("6222 **** **** {}", &icbc[15..]));
    assert_eq!(
        validate_disbursement_card("4111111111111111").err(),
        Some(IdentityError::UnknownBank)
    );
    let cmb_credit = naive_luhn_complete("622575123456789");
    assert_eq!(
        validate_disbursement_card(&cmb_credit).err(),
        Some(IdentityError::CreditCardNotAllowed)
    );
}

#[test]
fn mobile_numbers() {
    let m = MobileNumber::parse("+86 138 1234 5678");
    let Ok(m) = m else { panic!("{m:?}") };
    assert_eq!(m.full_number(), "13812345678");
    assert_eq!(m.to_string(), "138****5678");
}

// ---- properties ---------------------------------------------------------------------------

const PROVINCES: [u8; 34] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
];

prop_compose! {
    fn valid_resident_id()(
        province in proptest::sample::select(&PROVINCES[..]),
        region in 0u32..10_000,
        days in 0i64..=(today() - date(1900, 1, 1)).num_days(),
        sequence in 0u32..1000,
    ) -> String {
        let birth = date(1900, 1, 1) + chrono::Duration::days(days);
        let body = format!(
            "{province:02}{region:04}{:04}{:02}{:02}{sequence:03}",
            birth.year(), birth.month(), birth.day()
        );
        format!("{body}{}", naive_mod11_2(&body))
    }
}

prop_compose! {
    fn valid_card()(payload in "[0-9]{15,18}") -> String {
        naive_luhn_complete(&payload)
    }
}

prop_compose! {
    fn valid_credit_code()(body in "[0-9ABCDEFGHJKLMNPQRTUWXY]{17}") -> String {
        format!("{body}{}", naive_uscc_check(&body))
    }
}

/// Every string that differs from `s` in exactly one position, the new character taken from
/// `alphabet`.
fn single_substitutions(s: &str, alphabet: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        for c in alphabet.chars().filter(|c| *c != chars[i]) {
            let mut changed = chars.clone();
            changed[i] = c;
            out.push(changed.into_iter().collect());
        }
    }
    out
}

proptest! {
    #[test]
    fn valid_resident_ids_are_accepted_and_every_single_substitution_refused(id in valid_resident_id()) {
        let parsed = ResidentId::parse(&id, today());
        prop_assert!(parsed.is_ok(), "{id}: {parsed:?}");
        for typo in single_substitutions(&id, "0123456789X") {
            prop_assert!(ResidentId::parse(&typo, today()).is_err(), "typo {typo} of {id} accepted");
        }
    }

    #[test]
    fn valid_cards_are_accepted_and_every_single_substitution_refused(card in valid_card()) {
        prop_assert!(BankCard::parse(&card).is_ok(), "{card}");
        for typo in single_substitutions(&card, "0123456789") {
            prop_assert!(BankCard::parse(&typo).is_err(), "typo {typo} of {card} accepted");
        }
    }

    #[test]
    fn valid_credit_codes_are_accepted_and_every_single_substitution_refused(code in valid_credit_code()) {
        prop_assert!(CreditCode::parse(&code).is_ok(), "{code}");
        for typo in single_substitutions(&code, USCC_ALPHABET) {
            prop_assert!(CreditCode::parse(&typo).is_err(), "typo {typo} of {code} accepted");
        }
    }

    #[test]
    fn separators_and_full_width_digits_do_not_change_the_verdict(id in valid_resident_id(), card in valid_card()) {
        let full_width: String = id.chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)).collect();
        prop_assert_eq!(
            ResidentId::parse(&full_width, today()).map(|i| i.full_number().to_owned()),
            Ok(id.clone())
        );
        let spaced: String = card.chars().enumerate()
            .flat_map(|(i, c)| if i > 0 && i.is_multiple_of(4) { vec![' ', c] } else { vec![c] })
            .collect();
        prop_assert_eq!(BankCard::parse(&spaced).map(|c| c.full_number().to_owned()), Ok(card.clone()));
    }

    #[test]
    fn masks_never_reveal_more_than_the_kept_characters(input in "\\PC{0,30}") {
        for (masked, kept) in [
            (mask_resident_id(&input), 7),
            (mask_card(&input), 8),
            (mask_mobile(&input), 7),
        ] {
            let revealed = masked.chars().filter(|c| *c != '*' && *c != ' ').count();
            prop_assert!(revealed <= kept, "{masked} reveals {revealed} of {input:?}");
        }
    }

    #[test]
    fn masks_of_valid_numbers_keep_exactly_the_documented_ends(id in valid_resident_id(), card in valid_card()) {
        prop_assert_eq!(mask_resident_id(&id), format!("{}***********{}", &id[..3], &id[14..]));
        prop_assert_eq!(mask_card(&card), format!("{} **** **** {}", &card[..4], &card[card.len() - 4..]));
        let birth = &id[6..14];
        prop_assert!(!mask_resident_id(&id).contains(birth));
    }
}
