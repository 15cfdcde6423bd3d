//! 反诈小测验: questions with three options, the right answer and an explanation, tagged by
//! scam type and audience; grading and the scoring rules. Progress is kept by the local store
//! (`adapters::quiz_store`); this module only decides.
//!
//! Scoring: a round is one pass over the questions. The first answer to a question in a round
//! counts (answering again changes nothing, so the score cannot be pumped); the score is the
//! number answered right; the best score is the highest score any round reached. Starting a
//! new round clears the answers and keeps the best score.

use serde::Serialize;

use super::cases::Audience;
use super::error::QuizError;
use super::types::ScamType;
use crate::i18n::{Locale, Localizer};

/// The options every question has, in display order.
pub const OPTIONS: [&str; 3] = ["a", "b", "c"];

/// One question: its id (the Fluent key), tags and the right option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuizQuestion {
    /// Stable id; `af-quiz-<id>-q|a|b|c|explain` hold its words.
    pub id: &'static str,
    /// The scam type it teaches.
    pub scam_type: ScamType,
    /// Who it is for.
    pub audiences: &'static [Audience],
    /// The right option, one of [`OPTIONS`].
    pub correct: &'static str,
}

const fn q(
    id: &'static str,
    scam_type: ScamType,
    audiences: &'static [Audience],
    correct: &'static str,
) -> QuizQuestion {
    QuizQuestion {
        id,
        scam_type,
        audiences,
        correct,
    }
}

use Audience::{Elder, SmallBusiness, Young};
use ScamType as T;

/// The question bank.
pub const QUESTIONS: &[QuizQuestion] = &[
    q("task-advance-pay", T::TaskRebate, &[Young], "b"),
    q("task-stuck-order", T::TaskRebate, &[Elder], "c"),
    q("task-payment-code", T::TaskRebate, &[SmallBusiness], "c"),
    q("invest-guaranteed", T::FakeInvestment, &[Elder], "a"),
    q(
        "invest-withdraw-tax",
        T::FakeInvestment,
        &[Young, Elder],
        "a",
    ),
    q("loan-fee-first", T::FakeLoan, &[Young, SmallBusiness], "c"),
    q("loan-unfreeze", T::FakeLoan, &[Young], "b"),
    q("loan-screen-share", T::FakeLoan, &[SmallBusiness], "a"),
    q(
        "loan-bounce",
        T::FakeLoan,
        &[Young, SmallBusiness, Elder],
        "c",
    ),
    q("cs-parcel-code", T::FakeCustomerService, &[Elder], "b"),
    q(
        "cs-membership-credit",
        T::FakeCustomerService,
        &[Young],
        "c",
    ),
    q(
        "cs-card-link",
        T::FakeCustomerService,
        &[SmallBusiness, Elder],
        "b",
    ),
    q("police-safe-account", T::FakePolice, &[Elder], "a"),
    q("police-video", T::FakePolice, &[Young], "c"),
    q("credit-student-account", T::FakeCreditRepair, &[Young], "b"),
    q(
        "credit-whitewash",
        T::FakeCreditRepair,
        &[SmallBusiness],
        "a",
    ),
    q("shop-private-deal", T::FakeShopping, &[Young], "b"),
    q("shop-miracle-cure", T::FakeShopping, &[Elder], "c"),
    q(
        "boss-transfer",
        T::ImpersonateAcquaintance,
        &[SmallBusiness],
        "a",
    ),
    q("grandson-call", T::ImpersonateAcquaintance, &[Elder], "b"),
    q("romance-betting", T::Romance, &[Young], "c"),
    q("romance-gold", T::Romance, &[Elder], "a"),
    q("game-frozen", T::GameTrade, &[Young], "b"),
    q("game-child-code", T::GameTrade, &[Elder, Young], "a"),
];

/// The question with this id.
pub fn question(id: &str) -> Option<&'static QuizQuestion> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// The questions for an audience (`None`: all), in bank order.
pub fn questions(audience: Option<Audience>) -> Vec<&'static QuizQuestion> {
    QUESTIONS
        .iter()
        .filter(|q| audience.is_none_or(|a| q.audiences.contains(&a)))
        .collect()
}

/// One answer as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecordedAnswer {
    /// Question id.
    pub question_id: String,
    /// The option chosen.
    pub chosen: String,
    /// Whether it was the right one.
    pub correct: bool,
}

/// Grades an answer. Option ids are read case-insensitively (`B` is `b`).
pub fn grade(question_id: &str, option: &str) -> Result<RecordedAnswer, QuizError> {
    let q = question(question_id).ok_or(QuizError::UnknownQuestion)?;
    let chosen = option.trim().to_ascii_lowercase();
    if !OPTIONS.contains(&chosen.as_str()) {
        return Err(QuizError::UnknownOption);
    }
    Ok(RecordedAnswer {
        question_id: q.id.to_owned(),
        correct: chosen == q.correct,
        chosen,
    })
}

/// The customer's progress in the current round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct QuizProgress {
    /// First answers of this round, in the order given.
    pub answers: Vec<RecordedAnswer>,
    /// The highest score any round reached.
    pub best_score: u32,
}

impl QuizProgress {
    /// Questions answered right this round.
    pub fn score(&self) -> u32 {
        count(self.answers.iter().filter(|a| a.correct))
    }

    /// The recorded answer to a question, if any.
    pub fn answer(&self, question_id: &str) -> Option<&RecordedAnswer> {
        self.answers.iter().find(|a| a.question_id == question_id)
    }

    /// Records an answer under the scoring rules: only the first answer to a question counts,
    /// and the best score follows the score up. Returns the answer that counts.
    pub fn record(&mut self, answer: RecordedAnswer) -> RecordedAnswer {
        if let Some(first) = self.answer(&answer.question_id) {
            return first.clone();
        }
        self.answers.push(answer.clone());
        self.best_score = self.best_score.max(self.score());
        answer
    }

    /// True when every question of the bank is answered.
    pub fn is_complete(&self) -> bool {
        QUESTIONS.iter().all(|q| self.answer(q.id).is_some())
    }

    /// Starts a new round: answers cleared, best score kept.
    pub fn restart(&mut self) {
        self.answers.clear();
    }
}

fn count<I: Iterator>(it: I) -> u32 {
    u32::try_from(it.count()).unwrap_or(u32::MAX)
}

/// An option as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OptionView {
    /// `a`, `b` or `c`.
    pub id: String,
    /// `A`, `选项A`, … as read aloud.
    pub label: String,
    /// The option's words.
    pub text: String,
}

/// The outcome of an answer, as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AnswerView {
    /// Question id.
    pub question_id: String,
    /// The option chosen.
    pub chosen: String,
    /// The right option.
    pub correct_option: String,
    /// Whether the chosen one was right.
    pub is_correct: bool,
    /// "That is right." or "Not quite, the right answer is B."
    pub verdict: String,
    /// Why.
    pub explanation: String,
    /// Verdict and explanation, for reading aloud.
    pub read_aloud: String,
}

/// A question as shown, with its answer once given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuestionView {
    /// Question id.
    pub id: String,
    /// Scam type id.
    pub scam_type: String,
    /// Scam type name.
    pub scam_type_name: String,
    /// The question.
    pub prompt: String,
    /// The options.
    pub options: Vec<OptionView>,
    /// The recorded answer this round, if any.
    pub result: Option<AnswerView>,
    /// The question and its options, for reading aloud.
    pub read_aloud: String,
}

/// The quiz screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuizView {
    /// Heading.
    pub title: String,
    /// The questions shown (those for the chosen audience).
    pub questions: Vec<QuestionView>,
    /// How many of them are answered this round.
    pub answered: u32,
    /// How many of them were answered right.
    pub score: u32,
    /// How many there are.
    pub total: u32,
    /// The best score of any round over the whole bank.
    pub best_score: u32,
    /// "3 of 10 questions answered, 2 right."
    pub progress_text: String,
    /// "Best result: 8 right."
    pub best_text: String,
    /// Set once every question shown is answered.
    pub complete_text: Option<String>,
}

fn sep(locale: Locale) -> &'static str {
    if locale == Locale::En { " " } else { "" }
}

fn option_letter(id: &str) -> String {
    id.to_ascii_uppercase()
}

/// Localises the outcome of an answer.
pub fn answer_view(answer: &RecordedAnswer, locale: Locale) -> Option<AnswerView> {
    let q = question(&answer.question_id)?;
    let l = Localizer::get(locale);
    let verdict = if answer.correct {
        l.format("af-quiz-correct", &[])
    } else {
        l.format(
            "af-quiz-wrong",
            &[("option", option_letter(q.correct).into())],
        )
    };
    let explanation = l.format(&format!("af-quiz-{}-explain", q.id), &[]);
    Some(AnswerView {
        question_id: q.id.to_owned(),
        chosen: answer.chosen.clone(),
        correct_option: q.correct.to_owned(),
        is_correct: answer.correct,
        read_aloud: [verdict.as_str(), explanation.as_str()].join(sep(locale)),
        verdict,
        explanation,
    })
}

/// Localises a question with its answer, if any.
pub fn question_view(
    q: &QuizQuestion,
    answer: Option<&RecordedAnswer>,
    locale: Locale,
) -> QuestionView {
    let l = Localizer::get(locale);
    let prompt = l.format(&format!("af-quiz-{}-q", q.id), &[]);
    let options: Vec<OptionView> = OPTIONS
        .iter()
        .map(|o| OptionView {
            id: (*o).to_owned(),
            label: l.format(
                "af-quiz-option-label",
                &[("option", option_letter(o).into())],
            ),
            text: l.format(&format!("af-quiz-{}-{o}", q.id), &[]),
        })
        .collect();
    let (colon, stop) = if locale == Locale::En {
        (": ", ".")
    } else {
        ("：", "。")
    };
    let mut aloud = vec![prompt.clone()];
    aloud.extend(
        options
            .iter()
            .map(|o| format!("{}{colon}{}{stop}", o.label, o.text)),
    );
    QuestionView {
        id: q.id.to_owned(),
        scam_type: q.scam_type.id().to_owned(),
        scam_type_name: l.format(&format!("af-type-{}", q.scam_type.fluent_key()), &[]),
        prompt,
        options,
        result: answer.and_then(|a| answer_view(a, locale)),
        read_aloud: aloud.join(sep(locale)),
    }
}

/// Localises the quiz for an audience (`None`: every question) with the progress so far.
pub fn view(progress: &QuizProgress, audience: Option<Audience>, locale: Locale) -> QuizView {
    let l = Localizer::get(locale);
    let shown = questions(audience);
    let questions: Vec<QuestionView> = shown
        .iter()
        .map(|q| question_view(q, progress.answer(q.id), locale))
        .collect();
    let answered = count(questions.iter().filter(|q| q.result.is_some()));
    let score = count(
        questions
            .iter()
            .filter(|q| q.result.as_ref().is_some_and(|r| r.is_correct)),
    );
    let total = count(questions.iter());
    let int = |n: u32| i64::from(n).into();
    QuizView {
        title: l.format("af-quiz-title", &[]),
        progress_text: l.format(
            "af-quiz-progress",
            &[
                ("answered", int(answered)),
                ("total", int(total)),
                ("score", int(score)),
            ],
        ),
        best_text: l.format("af-quiz-best", &[("best", int(progress.best_score))]),
        complete_text: (answered == total).then(|| l.format("af-quiz-complete", &[])),
        questions,
        answered,
        score,
        total,
        best_score: progress.best_score,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::domain::anti_fraud::cases::NOT_READABLE_ALOUD;

    #[test]
    fn the_bank_covers_every_type_and_audience_with_valid_answers() {
        assert!(QUESTIONS.len() >= 20);
        let ids: HashSet<_> = QUESTIONS.iter().map(|q| q.id).collect();
        assert_eq!(ids.len(), QUESTIONS.len());
        for t in ScamType::ALL {
            assert!(QUESTIONS.iter().any(|q| q.scam_type == t), "{t:?}");
        }
        for a in Audience::ALL {
            assert!(questions(Some(a)).len() >= 6, "{a:?}");
        }
        assert!(QUESTIONS.iter().all(|q| OPTIONS.contains(&q.correct)));
        // The right answer is not always in the same place.
        for o in OPTIONS {
            assert!(
                QUESTIONS.iter().filter(|q| q.correct == o).count() >= 5,
                "{o}"
            );
        }
    }

    #[test]
    fn grading_checks_question_and_option() {
        let q = &QUESTIONS[0];
        let wrong = OPTIONS.iter().find(|o| **o != q.correct).copied();
        assert!(grade(q.id, q.correct).is_ok_and(|a| a.correct));
        assert!(grade(q.id, &q.correct.to_uppercase()).is_ok_and(|a| a.correct));
        assert!(grade(q.id, wrong.unwrap_or("a")).is_ok_and(|a| !a.correct));
        assert_eq!(grade("nope", "a"), Err(QuizError::UnknownQuestion));
        assert_eq!(grade(q.id, "d"), Err(QuizError::UnknownOption));
        assert_eq!(grade(q.id, ""), Err(QuizError::UnknownOption));
    }

    #[test]
    fn only_the_first_answer_counts_and_the_best_score_survives_a_restart() {
        let mut p = QuizProgress::default();
        let (q0, q1) = (&QUESTIONS[0], &QUESTIONS[1]);
        let wrong0 = if q0.correct == "a" { "b" } else { "a" };
        p.record(grade(q0.id, q0.correct).unwrap());
        // A second try at the same question does not change the score.
        let again = p.record(grade(q0.id, wrong0).unwrap());
        assert!(again.correct);
        p.record(grade(q1.id, q1.correct).unwrap());
        assert_eq!((p.score(), p.best_score), (2, 2));
        p.restart();
        assert_eq!((p.score(), p.best_score), (0, 2));
        p.record(grade(q0.id, wrong0).unwrap());
        assert_eq!((p.score(), p.best_score), (0, 2));
        assert!(!p.is_complete());
        for q in QUESTIONS {
            p.record(grade(q.id, q.correct).unwrap());
        }
        assert!(p.is_complete());
        assert_eq!(p.score(), count(QUESTIONS.iter()) - 1);
        assert_eq!(p.best_score, p.score());
    }

    #[test]
    fn every_question_is_worded_in_every_locale_and_reads_aloud() {
        for locale in Locale::ALL {
            let l = Localizer::get(locale);
            for q in QUESTIONS {
                for part in ["q", "a", "b", "c", "explain"] {
                    let id = format!("af-quiz-{}-{part}", q.id);
                    assert!(l.has(&id), "{} lacks {id}", locale.tag());
                }
                let answer = grade(q.id, q.correct).unwrap();
                let v = question_view(q, Some(&answer), locale);
                assert!(
                    !v.read_aloud.contains(NOT_READABLE_ALOUD),
                    "{}",
                    v.read_aloud
                );
                assert!(v.options.iter().all(|o| v.read_aloud.contains(&o.text)));
                let r = v.result.unwrap();
                assert!(r.is_correct && !r.explanation.starts_with("af-"));
                assert!(!r.explanation.contains(NOT_READABLE_ALOUD));
            }
        }
    }

    #[test]
    fn the_view_counts_only_the_questions_shown() {
        let mut p = QuizProgress::default();
        let elder = questions(Some(Audience::Elder));
        let young_only = QUESTIONS
            .iter()
            .find(|q| q.audiences == [Audience::Young])
            .unwrap();
        p.record(grade(elder[0].id, elder[0].correct).unwrap());
        p.record(grade(young_only.id, young_only.correct).unwrap());
        let v = view(&p, Some(Audience::Elder), Locale::En);
        assert_eq!(v.total, count(elder.iter()));
        assert_eq!((v.answered, v.score, v.best_score), (1, 1, 2));
        assert!(
            v.progress_text.contains(&v.total.to_string()),
            "{}",
            v.progress_text
        );
        assert_eq!(v.complete_text, None);
        let wrong_answer = RecordedAnswer {
            question_id: elder[0].id.to_owned(),
            chosen: "x".into(),
            correct: false,
        };
        let wrong = view(
            &QuizProgress {
                answers: vec![wrong_answer],
                best_score: 0,
            },
            Some(Audience::Elder),
            Locale::ZhCn,
        );
        let r = wrong.questions[0].result.as_ref().unwrap();
        assert!(
            r.verdict.contains(&elder[0].correct.to_uppercase()),
            "{}",
            r.verdict
        );
    }
}
