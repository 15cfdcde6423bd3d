//! 反诈: scam detection, tips in context, risky-action interception, cases and quiz.
//! Pure domain types and rules. Nothing in here performs I/O.
//!
//! - [`normalise`] undoes evasions and keeps a map to the original text;
//! - [`pack`] is the rule pack as data, [`signature`] accepts signed updates, [`rules`]
//!   compiles a pack, and [`checker`] turns a message into a [`checker::CheckReport`];
//!   [`explain`] localises it; [`model`] is the text model behind the rules, and
//!   [`labelled`] reads and scores the labelled sets it is all judged on;
//! - [`tips`], [`intercept`], [`cases`], [`quiz`] and [`guardian`] are the education and
//!   protection around every flow.

pub mod cases;
pub mod checker;
pub mod error;
pub mod explain;
pub mod guardian;
pub mod intercept;
pub mod labelled;
pub mod links;
pub mod model;
pub mod normalise;
pub mod pack;
pub mod quiz;
pub mod rules;
pub mod sender;
pub mod signature;
pub mod tips;
pub mod types;

pub use cases::{Audience, Case, CaseView};
pub use checker::{CheckReport, Finding, MAX_TEXT_BYTES, MessageInput, check, check_bytes};
pub use error::{GuardianError, PackError, QuizError, TextError};
pub use explain::{CallAction, CheckView, FindingView, view};
pub use guardian::{GuardianNotification, GuardianRecord, SharedItem, opt_in};
pub use intercept::{
    Answer, Decision, InterceptView, Question, RiskReason, RiskyAction, Signals, decide,
};
pub use quiz::{AnswerView, QuestionView, QuizProgress, QuizView, RecordedAnswer};
pub use rules::Rules;
pub use signature::{ActivePack, PackUpdate, TrustedKeys};
pub use tips::{FlowStep, TipView, tip};
pub use types::{HOTLINE_96110, ScamType, Verdict};
