//! 以案说险: the case library. Short true-to-life stories (written by the project, not taken
//! from anywhere), each with what happened, the red flags and what to do, tagged by scam type
//! and by audience: elders (不乱投), the young (不乱贷) and small-business owners.
//!
//! The words live in `antifraud-cases.ftl` (ids `af-case-<id>-title|story|flags|action`), so
//! every locale tells the same story; this table holds what code needs to filter them.

use serde::{Deserialize, Serialize};

use super::explain::CallAction;
use super::types::ScamType;
use crate::i18n::{Locale, Localizer};

/// Who a case or quiz question speaks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Elders: 不乱投, don't invest blindly.
    Elder,
    /// The young: 不乱贷, don't borrow blindly.
    Young,
    /// Small-business owners: the borrowers of business loans.
    SmallBusiness,
}

impl Audience {
    /// Every audience.
    pub const ALL: [Audience; 3] = [Audience::Elder, Audience::Young, Audience::SmallBusiness];

    /// Stable id for shells.
    pub fn id(self) -> &'static str {
        match self {
            Audience::Elder => "elder",
            Audience::Young => "young",
            Audience::SmallBusiness => "small_business",
        }
    }

    /// The audience with this id.
    pub fn from_id(id: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.id() == id)
    }

    pub(crate) fn message_id(self) -> String {
        format!("af-audience-{}", self.id().replace('_', "-"))
    }
}

/// One case: its id (the Fluent key) and tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Case {
    /// Stable id; also the middle of its Fluent ids.
    pub id: &'static str,
    /// The scam type it illustrates.
    pub scam_type: ScamType,
    /// Who it is for.
    pub audiences: &'static [Audience],
}

impl Case {
    /// True when the case speaks to `audience`.
    pub fn is_for(&self, audience: Audience) -> bool {
        self.audiences.contains(&audience)
    }
}

const fn case(id: &'static str, scam_type: ScamType, audiences: &'static [Audience]) -> Case {
    Case {
        id,
        scam_type,
        audiences,
    }
}

use Audience::{Elder, SmallBusiness, Young};
use ScamType as T;

/// The library, grouped by scam type in the ministry's order.
pub const CASES: &[Case] = &[
    case("likes-for-pay", T::TaskRebate, &[Young]),
    case("shop-reviews", T::TaskRebate, &[Elder]),
    case("merchant-qr", T::TaskRebate, &[SmallBusiness]),
    case("stock-group", T::FakeInvestment, &[Elder]),
    case("crypto-mentor", T::FakeInvestment, &[Young]),
    case("pension-project", T::FakeInvestment, &[Elder]),
    case("upfront-fee", T::FakeLoan, &[Young, SmallBusiness]),
    case("wrong-card", T::FakeLoan, &[Young]),
    case("loan-agent", T::FakeLoan, &[SmallBusiness]),
    case("lost-parcel", T::FakeCustomerService, &[Elder]),
    case("cancel-membership", T::FakeCustomerService, &[Young]),
    case(
        "card-upgrade",
        T::FakeCustomerService,
        &[Elder, SmallBusiness],
    ),
    case("safe-account", T::FakePolice, &[Elder]),
    case("video-warrant", T::FakePolice, &[Young]),
    case("tax-summons", T::FakePolice, &[SmallBusiness]),
    case("student-loan", T::FakeCreditRepair, &[Young]),
    case("credit-whitewash", T::FakeCreditRepair, &[SmallBusiness]),
    case("credit-freeze", T::FakeCreditRepair, &[Elder]),
    case("cheap-tickets", T::FakeShopping, &[Young]),
    case("miracle-health", T::FakeShopping, &[Elder]),
    case("cheap-supplier", T::FakeShopping, &[SmallBusiness]),
    case(
        "boss-transfer",
        T::ImpersonateAcquaintance,
        &[SmallBusiness],
    ),
    case("grandson-call", T::ImpersonateAcquaintance, &[Elder]),
    case("new-number", T::ImpersonateAcquaintance, &[Young]),
    case("dating-betting", T::Romance, &[Young]),
    case("overseas-officer", T::Romance, &[Elder]),
    case("partner-shop", T::Romance, &[SmallBusiness]),
    case("game-skin", T::GameTrade, &[Young]),
    case("free-skins", T::GameTrade, &[Elder, Young]),
    case("game-refund", T::GameTrade, &[Young]),
];

/// Cases for an audience and/or a scam type (`None` means any), in library order.
pub fn find(audience: Option<Audience>, scam_type: Option<ScamType>) -> Vec<&'static Case> {
    CASES
        .iter()
        .filter(|c| audience.is_none_or(|a| c.is_for(a)))
        .filter(|c| scam_type.is_none_or(|t| c.scam_type == t))
        .collect()
}

/// The case with this id.
pub fn get(id: &str) -> Option<&'static Case> {
    CASES.iter().find(|c| c.id == id)
}

/// A case ready to show and read aloud.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseView {
    /// Case id.
    pub id: String,
    /// Scam type id.
    pub scam_type: String,
    /// Scam type name.
    pub scam_type_name: String,
    /// Audience ids.
    pub audiences: Vec<String>,
    /// Audience names.
    pub audience_names: Vec<String>,
    /// Title.
    pub title: String,
    /// What happened.
    pub story: String,
    /// Label above the red flags.
    pub flags_label: String,
    /// The red flags.
    pub red_flags: String,
    /// Label above the advice.
    pub action_label: String,
    /// What to do.
    pub what_to_do: String,
    /// The 96110 button.
    pub call: CallAction,
    /// Everything above, in reading order, for the read-aloud button.
    pub read_aloud: String,
}

/// Localises a case.
pub fn view(case: &Case, locale: Locale) -> CaseView {
    let l = Localizer::get(locale);
    let part = |p: &str| l.format(&format!("af-case-{}-{p}", case.id), &[]);
    let (title, story, red_flags, what_to_do) =
        (part("title"), part("story"), part("flags"), part("action"));
    let flags_label = l.format("af-cases-flags-label", &[]);
    let action_label = l.format("af-cases-action-label", &[]);
    let (colon, sep) = if locale == Locale::En {
        (": ", " ")
    } else {
        ("：", "")
    };
    let title_stop = if locale == Locale::En { ". " } else { "。" };
    let read_aloud = [
        format!("{title}{title_stop}{story}"),
        format!("{flags_label}{colon}{red_flags}"),
        format!("{action_label}{colon}{what_to_do}"),
    ]
    .join(sep);
    CaseView {
        id: case.id.to_owned(),
        scam_type: case.scam_type.id().to_owned(),
        scam_type_name: l.format(&format!("af-type-{}", case.scam_type.fluent_key()), &[]),
        audiences: case.audiences.iter().map(|a| a.id().to_owned()).collect(),
        audience_names: case
            .audiences
            .iter()
            .map(|a| l.format(&a.message_id(), &[]))
            .collect(),
        title,
        story,
        flags_label,
        red_flags,
        action_label,
        what_to_do,
        call: CallAction::hotline(locale),
        read_aloud,
    }
}

/// Characters a screen reader reads badly or aloud as symbol names: texts to be read aloud
/// use words instead (`百分之二十`, `ninety percent`).
#[cfg(test)]
pub(crate) const NOT_READABLE_ALOUD: &[char] = &[
    '%', '¥', '$', '/', '\\', '*', '#', '@', '&', '~', '<', '>', '|', '_', '{', '}', '[', ']', '→',
    '…', '^', '=', '+',
];

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn the_library_covers_every_type_and_audience() {
        assert!(CASES.len() >= 30, "{}", CASES.len());
        let ids: HashSet<_> = CASES.iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), CASES.len(), "case ids are unique");
        for t in ScamType::ALL {
            assert!(find(None, Some(t)).len() >= 3, "{t:?}");
        }
        for a in Audience::ALL {
            assert!(find(Some(a), None).len() >= 8, "{a:?}");
            assert_eq!(Audience::from_id(a.id()), Some(a));
        }
        assert!(CASES.iter().all(|c| !c.audiences.is_empty()));
        // Each type speaks to more than one audience across its cases.
        for t in ScamType::ALL {
            let who: HashSet<_> = find(None, Some(t))
                .iter()
                .flat_map(|c| c.audiences.iter().copied())
                .collect();
            assert!(who.len() >= 2, "{t:?} speaks only to {who:?}");
        }
    }

    #[test]
    fn filters_combine() {
        let elder_police = find(Some(Audience::Elder), Some(ScamType::FakePolice));
        assert!(!elder_police.is_empty());
        assert!(
            elder_police
                .iter()
                .all(|c| c.is_for(Audience::Elder) && c.scam_type == ScamType::FakePolice)
        );
        assert_eq!(find(None, None).len(), CASES.len());
        assert_eq!(
            get("safe-account").map(|c| c.scam_type),
            Some(ScamType::FakePolice)
        );
        assert_eq!(get("nope"), None);
    }

    #[test]
    fn every_case_is_told_in_every_locale_and_reads_aloud() {
        for locale in Locale::ALL {
            let l = Localizer::get(locale);
            for c in CASES {
                for p in ["title", "story", "flags", "action"] {
                    let id = format!("af-case-{}-{p}", c.id);
                    assert!(l.has(&id), "{} lacks {id}", locale.tag());
                }
                let v = view(c, locale);
                for text in [&v.title, &v.story, &v.red_flags, &v.what_to_do] {
                    assert!(
                        !text.contains(NOT_READABLE_ALOUD) && !text.contains("http"),
                        "{} {}: {text}",
                        locale.tag(),
                        c.id
                    );
                }
                assert!(v.read_aloud.contains(&v.story) && v.read_aloud.contains(&v.what_to_do));
                assert!(v.audience_names.iter().all(|n| !n.starts_with("af-")));
                assert!(!v.scam_type_name.starts_with("af-"));
            }
        }
        // The locales tell the story in their own words, not a copy of another's.
        let c = &CASES[0];
        let zh = view(c, Locale::ZhCn).story;
        assert_ne!(zh, view(c, Locale::ZhTw).story);
        assert_ne!(zh, view(c, Locale::En).story);
    }
}
