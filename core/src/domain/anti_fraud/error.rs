//! What can go wrong in the anti-fraud engine. Checking a message never fails (bad text gets
//! a verdict); loading rule packs, quiz answers and guardian records can.

use crate::error::UserFacing;
use crate::i18n::MessageArg;

/// Why a rule pack (the built-in one or an update from the bank) was refused. A refused update
/// never replaces the pack in use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// Nothing was received.
    #[error("the rule pack is empty")]
    Empty,
    /// Larger than any real pack: refused before parsing.
    #[error("the rule pack is too large ({bytes} bytes)")]
    TooLarge {
        /// Size received.
        bytes: usize,
    },
    /// The signature is missing.
    #[error("the rule pack is not signed")]
    Unsigned,
    /// The signature is not valid for these bytes under any trusted key: tampered with,
    /// truncated in transit, or signed by someone else.
    #[error("the rule pack signature does not verify")]
    BadSignature,
    /// Not JSON, or JSON of the wrong shape (a truncated download usually ends here).
    #[error("the rule pack is malformed at line {line}, column {column}")]
    Malformed {
        /// Line of the first error.
        line: usize,
        /// Column of the first error.
        column: usize,
    },
    /// Written for a newer app.
    #[error("rule pack format {found} is not supported")]
    UnsupportedFormat {
        /// Format number in the pack.
        found: u32,
    },
    /// Well-formed but inconsistent (a rule names a concept that does not exist, …).
    #[error("the rule pack is inconsistent: {reason}")]
    Invalid {
        /// What is wrong, for the log (no personal data can be in a rule pack).
        reason: String,
    },
    /// Not newer than the pack in use: a replay of an old pack must not roll rules back.
    #[error("rule pack version {offered} is not newer than {current}")]
    NotNewer {
        /// Version in use.
        current: u32,
        /// Version offered.
        offered: u32,
    },
}

impl UserFacing for PackError {
    fn code(&self) -> &'static str {
        match self {
            PackError::Empty => "AF_PACK_EMPTY",
            PackError::TooLarge { .. } => "AF_PACK_TOO_LARGE",
            PackError::Unsigned => "AF_PACK_UNSIGNED",
            PackError::BadSignature => "AF_PACK_BAD_SIGNATURE",
            PackError::Malformed { .. } => "AF_PACK_MALFORMED",
            PackError::UnsupportedFormat { .. } => "AF_PACK_UNSUPPORTED_FORMAT",
            PackError::Invalid { .. } => "AF_PACK_INVALID",
            PackError::NotNewer { .. } => "AF_PACK_NOT_NEWER",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            PackError::NotNewer { .. } => "af-error-pack-not-newer",
            PackError::UnsupportedFormat { .. } => "af-error-pack-unsupported",
            _ => "af-error-pack-rejected",
        }
    }
    fn args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            PackError::NotNewer { current, .. } => vec![("version", i64::from(*current).into())],
            _ => Vec::new(),
        }
    }
    fn retryable(&self) -> bool {
        // A download cut short or corrupted in transit may succeed next time.
        matches!(
            self,
            PackError::BadSignature | PackError::Malformed { .. } | PackError::Empty
        )
    }
}

/// Why the text given to the checker could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// The bytes from a shell were not UTF-8.
    #[error("the message is not valid UTF-8 (at byte {valid_up_to})")]
    NotUtf8 {
        /// Length of the valid prefix.
        valid_up_to: usize,
    },
}

impl UserFacing for TextError {
    fn code(&self) -> &'static str {
        "AF_TEXT_NOT_UTF8"
    }
    fn message_id(&self) -> &'static str {
        "af-error-text-unreadable"
    }
}

/// Why a quiz answer was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuizError {
    /// No question with this id.
    #[error("unknown quiz question")]
    UnknownQuestion,
    /// The question has no such option.
    #[error("unknown quiz option")]
    UnknownOption,
}

impl UserFacing for QuizError {
    fn code(&self) -> &'static str {
        match self {
            QuizError::UnknownQuestion => "AF_QUIZ_UNKNOWN_QUESTION",
            QuizError::UnknownOption => "AF_QUIZ_UNKNOWN_OPTION",
        }
    }
    fn message_id(&self) -> &'static str {
        "af-error-quiz"
    }
}

/// Why a family-guardian request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GuardianError {
    /// The contact's phone number is not a mainland mobile number.
    #[error("the guardian's phone number is not a mainland mobile number")]
    InvalidPhone,
    /// The name is empty or too long.
    #[error("the guardian's name is empty or too long")]
    InvalidName,
    /// The customer must tick every item shared, explicitly.
    #[error("consent to what is shared was not given")]
    ConsentMissing,
    /// The customer named their own number.
    #[error("the guardian cannot be the customer")]
    SelfAsGuardian,
    /// Already revoked: nothing more is shared.
    #[error("the guardian was already revoked")]
    AlreadyRevoked,
}

impl UserFacing for GuardianError {
    fn code(&self) -> &'static str {
        match self {
            GuardianError::InvalidPhone => "AF_GUARDIAN_INVALID_PHONE",
            GuardianError::InvalidName => "AF_GUARDIAN_INVALID_NAME",
            GuardianError::ConsentMissing => "AF_GUARDIAN_CONSENT_MISSING",
            GuardianError::SelfAsGuardian => "AF_GUARDIAN_SELF",
            GuardianError::AlreadyRevoked => "AF_GUARDIAN_REVOKED",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            GuardianError::InvalidPhone => "af-error-guardian-phone",
            GuardianError::InvalidName => "af-error-guardian-name",
            GuardianError::ConsentMissing => "af-error-guardian-consent",
            GuardianError::SelfAsGuardian => "af-error-guardian-self",
            GuardianError::AlreadyRevoked => "af-error-guardian-revoked",
        }
    }
}
