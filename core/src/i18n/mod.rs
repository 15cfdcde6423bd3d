//! Localisation: Fluent messages in three locales, embedded at build time.
//!
//! Every string a customer sees comes from `i18n/<locale>/*.ftl`. The core formats messages so
//! that every shell shows the same words.

mod negotiate;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

pub use negotiate::negotiate;

mod sources {
    include!(concat!(env!("OUT_DIR"), "/ftl_sources.rs"));
}

/// The three locales Puhui ships.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// Simplified Chinese (mainland).
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// Traditional Chinese (Taiwan, Hong Kong, Macao).
    #[serde(rename = "zh-TW")]
    ZhTw,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Locale {
    /// Every shipped locale.
    pub const ALL: [Locale; 3] = [Locale::ZhCn, Locale::ZhTw, Locale::En];

    /// The BCP 47 tag of the locale's files.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::ZhTw => "zh-TW",
            Locale::En => "en",
        }
    }

    /// The embedded Fluent files of this locale, as (file name, source) pairs.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Locale::ZhCn => sources::ZH_CN,
            Locale::ZhTw => sources::ZH_TW,
            Locale::En => sources::EN,
        }
    }
}

/// A value for a message placeable.
#[derive(Clone, Debug, PartialEq)]
pub enum MessageArg {
    /// Text shown as is (already formatted amounts, names of banks, …).
    Text(String),
    /// A whole number; Fluent uses it for plural selection.
    Int(i64),
}

impl From<&str> for MessageArg {
    fn from(s: &str) -> Self {
        MessageArg::Text(s.to_owned())
    }
}

impl From<String> for MessageArg {
    fn from(s: String) -> Self {
        MessageArg::Text(s)
    }
}

impl From<i64> for MessageArg {
    fn from(n: i64) -> Self {
        MessageArg::Int(n)
    }
}

/// Formats the messages of one locale.
pub struct Localizer {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
}

impl Localizer {
    /// The shared localizer of a locale; the Fluent files are parsed once per process.
    pub fn get(locale: Locale) -> &'static Localizer {
        static CELLS: [OnceLock<Localizer>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let idx = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        CELLS[idx].get_or_init(|| Localizer::build(locale))
    }

    fn build(locale: Locale) -> Localizer {
        let lang: LanguageIdentifier = locale.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // No bidi isolation marks: all three locales are left-to-right, and the marks would
        // end up inside copied text and screen-reader output.
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        for (name, src) in locale.sources() {
            // A syntax error keeps the rest of the file usable; the i18n tests fail on it.
            let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(res, errs)| {
                tracing::error!(file = name, errors = errs.len(), "Fluent syntax errors");
                res
            });
            ids.extend(res.entries().filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            }));
            if let Err(errs) = bundle.add_resource(res) {
                tracing::error!(
                    file = name,
                    errors = errs.len(),
                    "duplicate Fluent messages"
                );
            }
        }
        Localizer {
            locale,
            bundle,
            ids,
        }
    }

    /// The locale of this localizer.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Every message id defined in this locale's files (attributes excluded), in file order.
    pub fn message_ids(&self) -> Vec<String> {
        self.ids.clone()
    }

    /// Formats every message whose id starts with `prefix`: how a shell receives all the
    /// words of its screens in one call.
    pub fn format_all(&self, prefix: &str) -> std::collections::BTreeMap<String, String> {
        self.ids
            .iter()
            .filter(|id| id.starts_with(prefix))
            .map(|id| (id.clone(), self.format(id, &[])))
            .collect()
    }

    /// True when the message exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Formats a message. A missing message yields its id (and a logged error) rather than a
    /// panic, so that a gap in a translation never takes the app down.
    pub fn format(&self, id: &str, args: &[(&str, MessageArg)]) -> String {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let Some(msg) = self.bundle.get_message(msg_id) else {
            tracing::error!(id, locale = self.locale.tag(), "missing Fluent message");
            return id.to_owned();
        };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|at| at.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else {
            tracing::error!(
                id,
                locale = self.locale.tag(),
                "Fluent message without value"
            );
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            let value = match v {
                MessageArg::Text(s) => FluentValue::from(s.as_str()),
                MessageArg::Int(n) => FluentValue::from(*n),
            };
            fargs.set(*k, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        if !errors.is_empty() {
            tracing::error!(id, locale = self.locale.tag(), "Fluent formatting errors");
        }
        text.into_owned()
    }
}

#[cfg(test)]
mod tests;
