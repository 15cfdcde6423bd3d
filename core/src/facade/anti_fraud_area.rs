//! 反诈 area of the facade: the message checker, tips, risky-action interception with the
//! family guardian, the case library, the quiz and rule-pack updates from the bank. Every
//! answer is a view model in the customer's locale and mode.

use std::sync::{Arc, RwLock, RwLockWriteGuard};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Mode, Puhui};
use crate::adapters::guardian_store::{GuardianStore, shared_item_id};
use crate::adapters::quiz_store::QuizStore;
use crate::adapters::rule_pack_store::RulePackStore;
use crate::domain::Money;
use crate::domain::anti_fraud::cases::{self, Audience, CaseView};
use crate::domain::anti_fraud::guardian::{self, GuardianRecord, SharedItem};
use crate::domain::anti_fraud::intercept::{self, Answer, InterceptView, RiskyAction, Signals};
use crate::domain::anti_fraud::quiz::{self, AnswerView, QuizView};
use crate::domain::anti_fraud::signature::{ActivePack, PackSource, PackUpdate, TrustedKeys};
use crate::domain::anti_fraud::tips::{self, FlowStep, TipView};
use crate::domain::anti_fraud::{self as af, CheckView, GuardianError, MessageInput, ScamType};
use crate::domain::format;
use crate::error::{PublicError, UserFacing};
use crate::i18n::{Locale, Localizer};
use crate::ports::bank::{BankApi, BankError, GuardianNotice, GuardianRegistration, Token};

/// The rule pack in use, shared by every `AntiFraud` borrowed from one [`Puhui`]. Loaded on
/// first use: the built-in pack, then the stored update from the bank if it still verifies.
#[derive(Debug, Default)]
pub(crate) struct PackCell(RwLock<Option<ActivePack>>);

/// The code of [`af::PackError::NotNewer`]: the bank's pack is the one in use already.
const NOT_NEWER: &str = "AF_PACK_NOT_NEWER";

/// Which rule pack is in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RulePackStatus {
    /// Its version.
    pub version: u32,
    /// True when it came from the bank, false for the pack built into the app.
    pub from_bank: bool,
}

/// An interception decision, and whether the family guardian was told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InterceptOutcome {
    /// The decision in the customer's words.
    pub view: InterceptView,
    /// True when the bank accepted a notification for the guardian.
    pub guardian_notified: bool,
    /// "We have let your guardian know", when they were told.
    pub guardian_note: Option<String>,
}

/// One item the customer may share with the guardian.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SharedItemView {
    /// Stable id (`action_kind`, `outcome`, `time`, `amount_band`).
    pub id: String,
    /// What exactly is shared, in plain words.
    pub text: String,
    /// Whether a guardian cannot be named without it.
    pub required: bool,
    /// Whether the customer agreed to it (always false before opting in: nothing is
    /// pre-selected).
    pub selected: bool,
}

/// The guardian screen: before opting in (nothing ticked) or after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GuardianView {
    /// Heading.
    pub title: String,
    /// What the feature does, or who is named.
    pub summary: String,
    /// True while a guardian is named and not revoked.
    pub active: bool,
    /// The guardian's name, when named.
    pub name: Option<String>,
    /// The guardian's number, masked.
    pub phone_masked: Option<String>,
    /// Every item, ticked or not.
    pub items: Vec<SharedItemView>,
    /// What is never shared.
    pub never_shared: String,
    /// Opt-in date, formatted.
    pub consented_on: Option<String>,
    /// Revocation date, formatted.
    pub revoked_on: Option<String>,
}

/// 反诈: the message checker, tips, risky-action interception, cases, quiz and guardian.
pub struct AntiFraud<'a> {
    core: &'a Puhui,
}

fn write(cell: &PackCell) -> RwLockWriteGuard<'_, Option<ActivePack>> {
    cell.0.write().unwrap_or_else(|p| p.into_inner())
}

impl<'a> AntiFraud<'a> {
    pub(super) fn new(core: &'a Puhui) -> Self {
        AntiFraud { core }
    }

    /// The locale this area answers in.
    pub fn locale(&self) -> Locale {
        self.core.locale()
    }

    fn elder(&self) -> bool {
        self.core.mode() == Mode::Elder
    }

    fn fail(&self, e: &dyn UserFacing) -> PublicError {
        PublicError::localise(e, self.locale())
    }

    // ---- rule pack -------------------------------------------------------------------

    fn trusted_keys(&self) -> Result<TrustedKeys, af::PackError> {
        let keys: Vec<&str> = self
            .core
            .config
            .rule_pack_keys
            .iter()
            .map(String::as_str)
            .collect();
        TrustedKeys::from_hex(&keys)
    }

    /// The built-in pack, upgraded by the stored update when it still verifies with the keys
    /// configured now and is still newer (an app upgrade may have shipped a newer pack).
    fn load(&self) -> Result<ActivePack, PublicError> {
        let mut active = ActivePack::built_in().map_err(|e| self.fail(&e))?;
        let stored = RulePackStore::new(&self.core.store).get();
        if let Ok(Some(update)) = stored {
            let applied = self
                .trusted_keys()
                .and_then(|keys| active.apply(&update, &keys));
            if let Err(e) = applied {
                tracing::info!(code = e.code(), "stored rule pack not used");
            }
        }
        Ok(active)
    }

    fn with_pack<R>(&self, f: impl FnOnce(&mut ActivePack) -> R) -> Result<R, PublicError> {
        let mut guard = write(&self.core.anti_fraud_pack);
        if guard.is_none() {
            *guard = Some(self.load()?);
        }
        match guard.as_mut() {
            Some(active) => Ok(f(active)),
            None => Err(PublicError::internal(self.locale())),
        }
    }

    fn rules(&self) -> Result<Arc<af::Rules>, PublicError> {
        let ready = self
            .core
            .anti_fraud_pack
            .0
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(ActivePack::rules);
        match ready {
            Some(rules) => Ok(rules),
            None => self.with_pack(|a| a.rules()),
        }
    }

    /// The rule pack in use.
    pub fn rule_pack(&self) -> Result<RulePackStatus, PublicError> {
        self.with_pack(|a| status(a))
    }

    /// Applies a rule-pack update: verified with the configured keys, parsed, compiled and
    /// newer than the pack in use, or refused with the reason and the current pack kept. An
    /// applied update is stored and used again after a restart.
    pub fn apply_rule_pack(&self, update: &PackUpdate) -> Result<RulePackStatus, PublicError> {
        let keys = self.trusted_keys().map_err(|e| self.fail(&e))?;
        let applied = self.with_pack(|a| a.apply(update, &keys).map(|v| (v, status(a))))?;
        let (version, now) = applied.map_err(|e| {
            tracing::info!(code = e.code(), "rule pack update refused");
            self.fail(&e)
        })?;
        if let Err(e) = RulePackStore::new(&self.core.store).save(version, update) {
            // In use now; only the restart will fall back to the older pack.
            tracing::warn!(code = e.code(), "applied rule pack not stored");
        }
        Ok(now)
    }

    /// Downloads the bank's rule pack and applies it if it verifies and is newer. A pack that
    /// is not newer leaves everything as it is and is not an error.
    pub async fn update_rule_pack(
        &self,
        bank: &dyn BankApi,
    ) -> Result<RulePackStatus, PublicError> {
        let update = bank.rule_pack().await.map_err(|e| self.fail(&e))?;
        match self.apply_rule_pack(&update) {
            Err(e) if e.code == NOT_NEWER => self.rule_pack(),
            other => other,
        }
    }

    // ---- checker, tips, interception --------------------------------------------------

    /// Checks a message the customer pasted, with its sender and any links the shell found.
    pub fn check_message(
        &self,
        text: &str,
        sender: Option<&str>,
        links: &[String],
    ) -> Result<CheckView, PublicError> {
        let rules = self.rules()?;
        // A sender field left blank on a form means "no sender", not an empty number.
        let sender = sender.filter(|s| !s.trim().is_empty());
        let input = MessageInput {
            text,
            sender,
            links,
        };
        let report = af::check(&rules, &input);
        Ok(af::view(&report, text, self.locale()))
    }

    /// The same for raw bytes from a shell, which may not be UTF-8.
    pub fn check_message_bytes(
        &self,
        bytes: &[u8],
        sender: Option<&str>,
        links: &[String],
    ) -> Result<CheckView, PublicError> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            self.fail(&af::TextError::NotUtf8 {
                valid_up_to: e.valid_up_to(),
            })
        })?;
        self.check_message(text, sender, links)
    }

    /// The tip for a step, in the elder variant in 长辈版.
    pub fn tip(&self, step: FlowStep) -> TipView {
        tips::tip(step, self.locale(), self.elder())
    }

    /// Decides whether a risky action may go ahead. 长辈版 counts as a signal (longer
    /// cooling-off) whether or not the shell set it.
    pub fn decide(
        &self,
        action: RiskyAction,
        signals: &Signals,
        answers: Option<&[Answer]>,
    ) -> InterceptView {
        let elder = self.elder();
        let signals = Signals {
            elder_mode: signals.elder_mode || elder,
            ..signals.clone()
        };
        let decision = af::decide(action, &signals, answers);
        intercept::view(action, decision, self.locale(), elder)
    }

    /// [`Self::decide`], then, when the action is warned about or stopped and a guardian is
    /// named, asks the bank to notify them with only the items the customer agreed to share.
    /// A failed notification never changes the decision.
    pub async fn decide_and_notify(
        &self,
        bank: &dyn BankApi,
        action: RiskyAction,
        signals: &Signals,
        answers: Option<&[Answer]>,
    ) -> InterceptOutcome {
        let view = self.decide(action, signals, answers);
        let told = self
            .notify_guardian(bank, action, &view.decision, signals.amount)
            .await;
        InterceptOutcome {
            guardian_notified: told.is_some(),
            guardian_note: told.map(|name| {
                Localizer::get(self.locale())
                    .format("af-guardian-notified", &[("name", name.into())])
            }),
            view,
        }
    }

    /// The guardian's name when the bank accepted a notification.
    async fn notify_guardian(
        &self,
        bank: &dyn BankApi,
        action: RiskyAction,
        decision: &af::Decision,
        amount: Option<Money>,
    ) -> Option<String> {
        let secrets = self.core.secrets().ok()?;
        let record = GuardianStore::new(&self.core.store, secrets.as_ref())
            .get()
            .ok()
            .flatten()?;
        let n = record.notification(action, decision, amount, Utc::now())?;
        let notice = GuardianNotice {
            action: n.action.and_then(|a| wire_id(&a))?,
            outcome: n.outcome?.to_owned(),
            at: n.at.map(|t| t.to_rfc3339()),
            amount_band: n.amount_band.map(str::to_owned),
        };
        let token = self.token().ok()?;
        match bank.notify_guardian(&token, &notice).await {
            Ok(_) => Some(record.name),
            Err(e) => {
                tracing::info!(code = e.code(), "guardian not notified");
                None
            }
        }
    }

    fn token(&self) -> Result<Token, PublicError> {
        self.core
            .session()
            .access_token()?
            .ok_or_else(|| self.fail(&BankError::SignedOut))
    }

    // ---- cases and quiz ----------------------------------------------------------------

    /// Cases for an audience (`None`: all). In 长辈版 the elders' cases come first.
    pub fn cases(&self, audience: Option<Audience>) -> Vec<CaseView> {
        self.case_views(cases::find(audience, None))
    }

    /// Cases of one scam type, for an audience or all.
    pub fn cases_of_type(&self, scam_type: ScamType, audience: Option<Audience>) -> Vec<CaseView> {
        self.case_views(cases::find(audience, Some(scam_type)))
    }

    /// One case by id.
    pub fn case(&self, id: &str) -> Option<CaseView> {
        cases::get(id).map(|c| cases::view(c, self.locale()))
    }

    fn case_views(&self, mut found: Vec<&'static cases::Case>) -> Vec<CaseView> {
        if self.elder() {
            found.sort_by_key(|c| !c.is_for(Audience::Elder));
        }
        found
            .into_iter()
            .map(|c| cases::view(c, self.locale()))
            .collect()
    }

    /// The quiz for an audience (`None`: every question) with the progress kept in the local
    /// store. In 长辈版 the elders' questions come first.
    pub fn quiz(&self, audience: Option<Audience>) -> Result<QuizView, PublicError> {
        let progress = QuizStore::new(&self.core.store)
            .progress()
            .map_err(|e| self.fail(&e))?;
        let mut view = quiz::view(&progress, audience, self.locale());
        if self.elder() {
            view.questions.sort_by_key(|q| {
                !quiz::question(&q.id).is_some_and(|q| q.audiences.contains(&Audience::Elder))
            });
        }
        Ok(view)
    }

    /// Answers a question. The first answer in a round counts; answering again shows that
    /// first answer.
    pub fn answer_quiz(&self, question_id: &str, option: &str) -> Result<AnswerView, PublicError> {
        let graded = quiz::grade(question_id, option).map_err(|e| self.fail(&e))?;
        let counted = QuizStore::new(&self.core.store)
            .record(&graded)
            .map_err(|e| self.fail(&e))?;
        quiz::answer_view(&counted, self.locale())
            .ok_or_else(|| self.fail(&af::QuizError::UnknownQuestion))
    }

    /// Starts a new round; the best score stays.
    pub fn restart_quiz(&self) -> Result<(), PublicError> {
        QuizStore::new(&self.core.store)
            .restart()
            .map_err(|e| self.fail(&e))
    }

    // ---- family guardian ---------------------------------------------------------------

    /// The guardian screen: who is named and exactly what is shared, or, before opting in,
    /// every item unticked.
    pub fn guardian(&self) -> Result<GuardianView, PublicError> {
        let secrets = self.core.secrets()?;
        let record = GuardianStore::new(&self.core.store, secrets.as_ref())
            .get()
            .map_err(|e| self.fail(&e))?;
        Ok(guardian_view(record.as_ref(), self.locale()))
    }

    /// Names a guardian: checked here, registered with the bank, then kept locally. `shared`
    /// lists exactly the items the customer ticked.
    pub async fn opt_in_guardian(
        &self,
        bank: &dyn BankApi,
        name: &str,
        phone: &str,
        shared: &[SharedItem],
    ) -> Result<GuardianView, PublicError> {
        let record =
            guardian::opt_in(None, name, phone, shared, Utc::now()).map_err(|e| self.fail(&e))?;
        let token = self.token()?;
        let registration = GuardianRegistration {
            name: record.name.clone(),
            phone: record.phone.full_number().to_owned(),
            shared: record
                .shared
                .iter()
                .map(|i| shared_item_id(*i).to_owned())
                .collect(),
        };
        bank.register_guardian(&token, &registration)
            .await
            .map_err(|e| self.fail(&e))?;
        let secrets = self.core.secrets()?;
        GuardianStore::new(&self.core.store, secrets.as_ref())
            .save(&record)
            .map_err(|e| self.fail(&e))?;
        Ok(guardian_view(Some(&record), self.locale()))
    }

    /// Revokes the guardian. It stops here first, so that nothing more is sent even when
    /// the bank cannot be reached; calling again retries the bank.
    pub async fn revoke_guardian(&self, bank: &dyn BankApi) -> Result<GuardianView, PublicError> {
        let secrets = self.core.secrets()?;
        let guardians = GuardianStore::new(&self.core.store, secrets.as_ref());
        let mut record = guardians.get().map_err(|e| self.fail(&e))?;
        match record.as_mut() {
            Some(r) if r.is_active() => {
                r.revoke(Utc::now()).map_err(|e| self.fail(&e))?;
                guardians.save(r).map_err(|e| self.fail(&e))?;
            }
            Some(_) => {}
            None => return Err(self.fail(&GuardianError::AlreadyRevoked)),
        }
        let token = self.token()?;
        match bank.revoke_guardian(&token).await {
            Ok(()) | Err(BankError::NotFound) => Ok(guardian_view(record.as_ref(), self.locale())),
            Err(e) => Err(self.fail(&e)),
        }
    }
}

fn status(active: &ActivePack) -> RulePackStatus {
    RulePackStatus {
        version: active.version(),
        from_bank: active.source() == PackSource::Update,
    }
}

/// The id a value serialises to (`RiskyAction::Drawdown` → `drawdown`).
fn wire_id<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
}

fn cst_date(t: DateTime<Utc>, locale: Locale) -> String {
    let cst = chrono::FixedOffset::east_opt(8 * 3600);
    let day = match cst {
        Some(offset) => t.with_timezone(&offset).date_naive(),
        None => t.date_naive(),
    };
    format::date(day, locale)
}

fn guardian_view(record: Option<&GuardianRecord>, locale: Locale) -> GuardianView {
    let l = Localizer::get(locale);
    let shared: &[SharedItem] = record.map_or(&[], |r| r.shared.as_slice());
    let texts = guardian::disclosure(&SharedItem::ALL, locale);
    let items = SharedItem::ALL
        .iter()
        .zip(texts.iter())
        .map(|(item, text)| SharedItemView {
            id: shared_item_id(*item).to_owned(),
            text: text.clone(),
            required: SharedItem::REQUIRED.contains(item),
            selected: shared.contains(item),
        })
        .collect();
    let active = record.is_some_and(GuardianRecord::is_active);
    let summary = match record {
        Some(r) if active => l.format("af-guardian-active", &[("name", r.name.clone().into())]),
        Some(_) => l.format("af-guardian-off", &[]),
        None => l.format("af-guardian-intro", &[]),
    };
    GuardianView {
        title: l.format("af-guardian-title", &[]),
        summary,
        active,
        name: record.map(|r| r.name.clone()),
        phone_masked: record.map(|r| r.phone.masked()),
        items,
        never_shared: texts.last().cloned().unwrap_or_default(),
        consented_on: record.map(|r| cst_date(r.consented_at, locale)),
        revoked_on: record
            .and_then(|r| r.revoked_at)
            .map(|t| cst_date(t, locale)),
    }
}

#[cfg(test)]
mod tests;
