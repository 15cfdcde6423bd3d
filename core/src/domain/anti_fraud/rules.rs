//! A rule pack compiled for matching: every phrase of every concept in one Aho-Corasick
//! automaton, so a message is scanned once however many rules there are.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::error::PackError;
use super::model::Model;
use super::normalise::{Normalised, normalise};
use super::pack::{RulePack, SIGNAL_CONCEPTS, Thresholds};
use super::types::ScamType;

/// Index of a concept in [`Rules::concept_id`] (text concepts first, then signals).
pub type ConceptIx = usize;

#[derive(Clone, Debug)]
struct PatternInfo {
    concept: ConceptIx,
    /// Latin patterns match whole words unless the pack writes `*` at that end.
    left_boundary: bool,
    right_boundary: bool,
}

/// One scam type's rules with concept names resolved to indices.
#[derive(Clone, Debug)]
pub struct CompiledType {
    /// The type.
    pub id: ScamType,
    /// Single flags.
    pub flags: Vec<(ConceptIx, i32)>,
    /// Combinations.
    pub combos: Vec<(Vec<ConceptIx>, i32)>,
}

/// A phrase of a concept found in a normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Which concept.
    pub concept: ConceptIx,
    /// Byte range in the normalised text.
    pub range: Range<usize>,
}

/// A compiled rule pack.
#[derive(Clone, Debug)]
pub struct Rules {
    version: u32,
    thresholds: Thresholds,
    matcher: Option<AhoCorasick>,
    patterns: Vec<PatternInfo>,
    concept_ids: Vec<String>,
    /// Index of the first signal concept (they follow the pack's own, in
    /// [`SIGNAL_CONCEPTS`] order).
    signal_base: ConceptIx,
    generic: Vec<(ConceptIx, i32)>,
    types: Vec<CompiledType>,
    /// The negating concept, its reach, and which concepts it cancels (indexed by concept).
    negation: Option<(ConceptIx, usize, Vec<bool>)>,
    /// For each concept, the concepts its phrases override (see `Concept::overrides`).
    overrides: Vec<Vec<ConceptIx>>,
    /// For each concept, whether any other concept overrides it: only those hits need the
    /// (costly, on long text) search for a covering phrase.
    overridden: Vec<bool>,
    /// The text model, when the pack has one.
    model: Option<Model>,
}

impl Rules {
    /// Compiles a validated pack.
    pub fn compile(pack: &RulePack) -> Result<Rules, PackError> {
        let mut concept_ids: Vec<String> = pack.concepts.iter().map(|c| c.id.clone()).collect();
        concept_ids.extend(SIGNAL_CONCEPTS.iter().map(|s| (*s).to_owned()));
        let ix = |id: &str| -> Result<ConceptIx, PackError> {
            concept_ids
                .iter()
                .position(|c| c == id)
                .ok_or_else(|| PackError::Invalid {
                    reason: format!("unknown concept {id:?}"),
                })
        };
        let mut texts = Vec::new();
        let mut patterns = Vec::new();
        for (concept, c) in pack.concepts.iter().enumerate() {
            for p in &c.patterns {
                let open_left = p.starts_with('*');
                let open_right = p.ends_with('*');
                let norm = normalise(p.trim_matches('*'));
                let text = norm.as_str();
                let (Some(first), Some(last)) = (text.chars().next(), text.chars().last()) else {
                    return Err(PackError::Invalid {
                        reason: format!("pattern {p:?} of {} normalises to nothing", c.id),
                    });
                };
                patterns.push(PatternInfo {
                    concept,
                    left_boundary: !open_left && first.is_ascii_alphanumeric(),
                    right_boundary: !open_right && last.is_ascii_alphanumeric(),
                });
                texts.push(text.to_owned());
            }
        }
        let matcher = if texts.is_empty() {
            None
        } else {
            Some(
                // With well over a thousand patterns the full DFA's transition table no longer
                // fits in the cache; the contiguous NFA measured faster on our benchmark.
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&texts)
                    .map_err(|e| PackError::Invalid {
                        reason: format!("cannot build the matcher: {e}"),
                    })?,
            )
        };
        let weighted = |ws: &[super::pack::Weighted]| -> Result<Vec<(ConceptIx, i32)>, PackError> {
            ws.iter().map(|w| Ok((ix(&w.concept)?, w.weight))).collect()
        };
        let generic = weighted(&pack.generic)?;
        let mut types = Vec::new();
        for t in &pack.types {
            let combos = t
                .combos
                .iter()
                .map(|c| {
                    let all = c
                        .all
                        .iter()
                        .map(|id| ix(id))
                        .collect::<Result<Vec<_>, _>>()?;
                    Ok((all, c.weight))
                })
                .collect::<Result<Vec<_>, PackError>>()?;
            types.push(CompiledType {
                id: t.id,
                flags: weighted(&t.flags)?,
                combos,
            });
        }
        let mut overrides = vec![Vec::new(); concept_ids.len()];
        for (k, c) in pack.concepts.iter().enumerate() {
            overrides[k] = c
                .overrides
                .iter()
                .map(|id| ix(id))
                .collect::<Result<Vec<_>, _>>()?;
        }
        let mut overridden = vec![false; concept_ids.len()];
        for &target in overrides.iter().flatten() {
            overridden[target] = true;
        }
        let negation = match &pack.negation {
            None => None,
            Some(n) => {
                let mut applies = vec![false; concept_ids.len()];
                for id in &n.applies_to {
                    applies[ix(id)?] = true;
                }
                Some((ix(&n.concept)?, n.scope_chars, applies))
            }
        };
        let model = pack.model.as_ref().map(Model::compile).transpose()?;
        Ok(Rules {
            model,
            signal_base: pack.concepts.len(),
            negation,
            overridden,
            overrides,
            version: pack.version,
            thresholds: pack.thresholds.clone(),
            matcher,
            patterns,
            concept_ids,
            generic,
            types,
        })
    }

    /// The built-in rules.
    pub fn built_in() -> Result<Rules, PackError> {
        Rules::compile(&RulePack::built_in()?)
    }

    /// Version of the pack these rules came from.
    pub fn version(&self) -> u32 {
        self.version
    }

    /// The text model, when the pack has one.
    pub fn model(&self) -> Option<&Model> {
        self.model.as_ref()
    }

    /// Verdict limits.
    pub fn thresholds(&self) -> &Thresholds {
        &self.thresholds
    }

    /// Id of a concept (`af-flag-<id>` explains it).
    pub fn concept_id(&self, ix: ConceptIx) -> &str {
        self.concept_ids
            .get(ix)
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// Index of a concept or signal by id.
    pub fn concept_ix(&self, id: &str) -> Option<ConceptIx> {
        // Signals are looked up for every link and sender flag: search only their short list.
        if id.starts_with('@') {
            return SIGNAL_CONCEPTS
                .iter()
                .position(|s| *s == id)
                .map(|k| self.signal_base + k);
        }
        self.concept_ids.iter().position(|c| c == id)
    }

    /// Number of concepts and signals.
    pub fn concept_count(&self) -> usize {
        self.concept_ids.len()
    }

    /// Flags that count for every type.
    pub fn generic(&self) -> &[(ConceptIx, i32)] {
        &self.generic
    }

    /// Per-type rules.
    pub fn types(&self) -> &[CompiledType] {
        &self.types
    }

    /// The ids of the concepts found in a raw text, sorted and without repeats: what a rule
    /// author or a corpus report needs to see why a message scored as it did.
    pub fn concepts_in(&self, text: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .find(&normalise(text))
            .into_iter()
            .map(|h| self.concept_id(h.concept).to_owned())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }

    /// Every phrase found in `text`, overlapping ones included, in text order.
    pub fn find(&self, text: &Normalised) -> Vec<Hit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let hay = text.as_str();
        let bytes = hay.as_bytes();
        let is_word = |at: Option<&u8>| at.is_some_and(|b| b.is_ascii_alphanumeric());
        // Scam texts hit a phrase every few characters; start with room for a short message's.
        let mut hits = Vec::with_capacity(64);
        for m in matcher.find_overlapping_iter(hay) {
            let Some(info) = self.patterns.get(m.pattern().as_usize()) else {
                continue;
            };
            let before = m.start().checked_sub(1).and_then(|i| bytes.get(i));
            if info.left_boundary && is_word(before) {
                continue;
            }
            if info.right_boundary && is_word(bytes.get(m.end())) {
                continue;
            }
            hits.push(Hit {
                concept: info.concept,
                range: m.start()..m.end(),
            });
        }
        let hits = self.drop_overridden(hits);
        self.drop_negated(text, hits)
    }

    /// Removes hits that lie inside a longer phrase of a concept overriding theirs.
    fn drop_overridden(&self, mut hits: Vec<Hit>) -> Vec<Hit> {
        let mut covers: Vec<(Range<usize>, &[ConceptIx])> = hits
            .iter()
            .filter_map(|h| {
                let o = self.overrides.get(h.concept)?;
                (!o.is_empty()).then(|| (h.range.clone(), o.as_slice()))
            })
            .collect();
        if covers.is_empty() {
            return hits;
        }
        // A long paste has thousands of hits: look only at covers that start within one
        // phrase length before a hit, found by binary search, not at every cover.
        covers.sort_unstable_by_key(|(r, _)| r.start);
        let longest = covers.iter().map(|(r, _)| r.len()).max().unwrap_or(0);
        hits.retain(|h| {
            if !self.overridden.get(h.concept).copied().unwrap_or(false) {
                return true;
            }
            let from = covers.partition_point(|(r, _)| r.start + longest < h.range.start);
            let to = covers.partition_point(|(r, _)| r.start <= h.range.start);
            !covers
                .get(from..to)
                .unwrap_or_default()
                .iter()
                .any(|(r, o)| {
                    o.contains(&h.concept) && r.start <= h.range.start && h.range.end <= r.end
                })
        });
        hits
    }
    fn drop_negated(&self, text: &Normalised, mut hits: Vec<Hit>) -> Vec<Hit> {
        let Some((neg, scope, applies)) = &self.negation else {
            return hits;
        };
        // Only the nearest negator before a phrase matters: a farther one is out of reach or
        // behind the same clause break. Sorted ends make that a binary search.
        let mut negator_ends: Vec<usize> = hits
            .iter()
            .filter(|h| h.concept == *neg)
            .map(|h| h.range.end)
            .collect();
        if negator_ends.is_empty() {
            return hits;
        }
        negator_ends.sort_unstable();
        let cancelled = |h: &Hit| {
            if !applies.get(h.concept).copied().unwrap_or(false) {
                return false;
            }
            let k = negator_ends.partition_point(|&e| e <= h.range.start);
            let Some(&end) = k.checked_sub(1).and_then(|k| negator_ends.get(k)) else {
                return false;
            };
            let (Some(a), Some(b)) = (text.char_index(end), text.char_index(h.range.start)) else {
                return false;
            };
            b - a <= *scope && !text.clause_break_between(end, h.range.start)
        };
        hits.retain(|h| !cancelled(h));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts_in(rules: &Rules, text: &str) -> Vec<String> {
        rules.concepts_in(text)
    }

    #[test]
    fn latin_patterns_match_whole_words_only() {
        let pack: RulePack = RulePack::built_in().unwrap();
        let rules = Rules::compile(&pack).unwrap();
        assert!(
            concepts_in(&rules, "Please pay the unlock fee now")
                .contains(&"upfront_fee".to_owned())
        );
        assert!(
            !concepts_in(&rules, "a coffee-loving barista").contains(&"upfront_fee".to_owned())
        );
    }

    #[test]
    fn every_built_in_concept_is_explained_in_every_locale() {
        use crate::i18n::{Locale, Localizer};
        let rules = Rules::built_in().unwrap();
        for ix in 0..rules.concept_count() {
            let id = rules.concept_id(ix);
            let message = format!("af-flag-{}", id.trim_start_matches('@').replace('_', "-"));
            for locale in Locale::ALL {
                assert!(
                    Localizer::get(locale).has(&message),
                    "{message} in {locale:?}"
                );
            }
        }
    }

    #[test]
    fn signals_are_found_by_id_after_the_packs_own_concepts() {
        let rules = Rules::built_in().unwrap();
        for (k, s) in SIGNAL_CONCEPTS.iter().enumerate() {
            let ix = rules.concept_ix(s).unwrap();
            assert_eq!(rules.concept_id(ix), *s);
            assert_eq!(ix, rules.concept_count() - SIGNAL_CONCEPTS.len() + k);
        }
        assert_eq!(rules.concept_ix("@no_such_signal"), None);
        let safe = rules.concept_ix("safe_account").unwrap();
        assert_eq!(rules.concept_id(safe), "safe_account");
    }

    #[test]
    fn a_longer_overriding_phrase_cancels_the_phrase_inside_it() {
        let rules = Rules::built_in().unwrap();
        let paid = concepts_in(&rules, "医药费我先付了");
        assert!(paid.contains(&"sender_paid".to_owned()), "{paid:?}");
        assert!(!paid.contains(&"pay_first".to_owned()), "{paid:?}");
        let asked = concepts_in(&rules, "医药费你先付一下");
        assert!(asked.contains(&"pay_first".to_owned()), "{asked:?}");
        // Only phrases inside the overriding one go: a request elsewhere in the text stays.
        let both = concepts_in(&rules, "我先付了一半，剩下的你先付");
        assert!(both.contains(&"pay_first".to_owned()), "{both:?}");
    }

    #[test]
    fn overrides_must_name_known_concepts() {
        let mut v: serde_json::Value =
            serde_json::from_str(super::super::pack::DEFAULT_PACK_JSON).unwrap();
        v["concepts"][0]["overrides"] = serde_json::json!(["no_such_concept"]);
        let bytes = serde_json::to_vec(&v).unwrap();
        assert!(RulePack::parse(&bytes).is_err());
    }

    #[test]
    fn evasions_do_not_hide_phrases() {
        let rules = Rules::built_in().unwrap();
        for text in [
            "转入安全账户",
            "轉入 安.全.帳.戶",
            "转入安\u{200B}全\u{FEFF}账户",
            "ＳＡＦＥ ＡＣＣＯＵＮＴ",
        ] {
            assert!(
                concepts_in(&rules, text).contains(&"safe_account".to_owned()),
                "{text}"
            );
        }
    }
}
