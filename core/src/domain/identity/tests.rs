//! Cross-cutting tests: every error speaks every locale, and no message repeats the input.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::error::{PublicError, UserFacing};
use crate::i18n::{Locale, Localizer};

fn every_error() -> Vec<IdentityError> {
    use IdentityError as E;
    let fields = [
        IdentityField::ResidentId,
        IdentityField::Mobile,
        IdentityField::BankCard,
        IdentityField::CreditCode,
    ];
    let mut all = Vec::new();
    for field in fields {
        all.push(E::Empty { field });
        all.push(E::WrongLength {
            field,
            min: 16,
            max: 19,
            actual: 15,
        });
        all.push(E::BadCharacter { field, position: 7 });
        if field != IdentityField::Mobile {
            all.push(E::WrongCheckCharacter { field });
        }
    }
    all.extend([
        E::UnknownProvince,
        E::ImpossibleBirthDate,
        E::BirthDateInFuture,
        E::UnderAge {
            age: 17,
            minimum: 18,
        },
        E::NotAMobileNumber,
        E::UnknownBank,
        E::CreditCardNotAllowed,
        E::NameMismatch,
    ]);
    all
}

#[test]
fn every_error_has_a_message_in_every_locale_with_its_arguments_filled_in() {
    for err in every_error() {
        for locale in Locale::ALL {
            let l10n = Localizer::get(locale);
            assert!(
                l10n.has(err.message_id()),
                "{} lacks {}",
                locale.tag(),
                err.message_id()
            );
            let public = PublicError::localise(&err, locale);
            assert_eq!(public.code, err.code());
            assert!(!public.retryable, "retrying the same number cannot help");
            assert!(
                !public.message.contains('{'),
                "unfilled placeable: {}",
                public.message
            );
            for (_, arg) in err.args() {
                if let crate::i18n::MessageArg::Int(n) = arg {
                    assert!(
                        public.message.contains(&n.to_string()),
                        "{} lost an argument: {}",
                        err.code(),
                        public.message
                    );
                }
            }
        }
    }
}

#[test]
fn codes_are_stable_upper_snake_case_and_distinct_per_message() {
    let mut seen = std::collections::HashMap::new();
    for err in every_error() {
        let code = err.code();
        assert!(
            code.chars().all(|c| c.is_ascii_uppercase() || c == '_'),
            "{code}"
        );
        if let Some(previous) = seen.insert(code, err.message_id()) {
            assert_eq!(previous, err.message_id(), "{code} maps to two messages");
        }
    }
}

#[test]
fn the_brief_message_error_id_length_reads_naturally() {
    let err = IdentityError::WrongLength {
        field: IdentityField::ResidentId,
        min: 18,
        max: 18,
        actual: 17,
    };
    assert_eq!(
        PublicError::localise(&err, Locale::ZhCn).message,
        "身份证号码应为 18 位，您输入了 17 位。请对照身份证再数一遍。"
    );
}

/// Any four consecutive characters of the input found in the message would be a leak.
fn leaks(message: &str, input: &str) -> bool {
    let chars: Vec<char> = input.chars().filter(char::is_ascii_alphanumeric).collect();
    chars
        .windows(4)
        .any(|w| message.contains(&w.iter().collect::<String>()))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 30).unwrap_or_default()
}

proptest! {
    #[test]
    fn error_messages_never_repeat_the_input(input in "[0-9Xx +\\-]{0,25}|[0-9A-Z]{10,20}") {
        let errors = [
            ResidentId::parse(&input, today()).err(),
            validate_borrower_id(&input, today()).err(),
            MobileNumber::parse(&input).err(),
            validate_disbursement_card(&input).err(),
            CreditCode::parse(&input).err(),
        ];
        for err in errors.into_iter().flatten() {
            for locale in Locale::ALL {
                let public = PublicError::localise(&err, locale);
                prop_assert!(!leaks(&public.message, &input), "{} leaks {input}", public.message);
                prop_assert!(!leaks(&err.to_string(), &input), "{err} leaks {input}");
            }
        }
    }
}
