//! Quiz progress in the local store: the first answer to each question of the current round
//! and the best score of any round. It survives restarts because it lives in the SQLite file.

use rusqlite::{OptionalExtension, params};

use crate::adapters::store::{Store, StoreError};
use crate::domain::anti_fraud::quiz::{QuizProgress, RecordedAnswer};

/// The quiz tables of a [`Store`].
#[derive(Clone, Copy, Debug)]
pub struct QuizStore<'a> {
    store: &'a Store,
}

impl<'a> QuizStore<'a> {
    /// The quiz tables of `store`.
    pub fn new(store: &'a Store) -> Self {
        QuizStore { store }
    }

    /// The current round's answers, in the order given, and the best score.
    pub fn progress(&self) -> Result<QuizProgress, StoreError> {
        let conn = self.store.conn();
        let mut stmt = conn.prepare(
            "SELECT question_id, chosen, correct FROM quiz_answers ORDER BY answered_at, rowid",
        )?;
        let answers = stmt
            .query_map([], |r| {
                Ok(RecordedAnswer {
                    question_id: r.get(0)?,
                    chosen: r.get(1)?,
                    correct: r.get::<_, i64>(2)? != 0,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let best: i64 = conn
            .query_row("SELECT best_score FROM quiz_stats WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or(0);
        Ok(QuizProgress {
            answers,
            best_score: u32::try_from(best).unwrap_or(0),
        })
    }

    /// Records a graded answer under the quiz's rules (see `domain::anti_fraud::quiz`): the
    /// first answer to a question counts, later ones are ignored; the best score follows the
    /// score up. Returns the answer that counts. One transaction, so two taps at once cannot
    /// both count.
    pub fn record(&self, answer: &RecordedAnswer) -> Result<RecordedAnswer, StoreError> {
        let mut conn = self.store.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT OR IGNORE INTO quiz_answers (question_id, chosen, correct, answered_at)
             VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%f', 'now'))",
            params![answer.question_id, answer.chosen, i64::from(answer.correct)],
        )?;
        let counted = tx.query_row(
            "SELECT question_id, chosen, correct FROM quiz_answers WHERE question_id = ?1",
            [&answer.question_id],
            |r| {
                Ok(RecordedAnswer {
                    question_id: r.get(0)?,
                    chosen: r.get(1)?,
                    correct: r.get::<_, i64>(2)? != 0,
                })
            },
        )?;
        tx.execute(
            "INSERT INTO quiz_stats (id, best_score)
             VALUES (1, (SELECT COUNT(*) FROM quiz_answers WHERE correct = 1))
             ON CONFLICT(id) DO UPDATE SET best_score = MAX(best_score, excluded.best_score)",
            [],
        )?;
        tx.commit()?;
        Ok(counted)
    }

    /// Starts a new round: the answers go, the best score stays.
    pub fn restart(&self) -> Result<(), StoreError> {
        self.store.conn().execute("DELETE FROM quiz_answers", [])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::anti_fraud::quiz::{QUESTIONS, grade};

    #[test]
    fn progress_follows_the_rules_and_survives_reopening_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let (q0, q1) = (&QUESTIONS[0], &QUESTIONS[1]);
        let wrong1 = if q1.correct == "a" { "b" } else { "a" };
        {
            let store = Store::open(dir.path()).unwrap();
            let quiz = QuizStore::new(&store);
            assert_eq!(quiz.progress().unwrap(), QuizProgress::default());
            quiz.record(&grade(q0.id, q0.correct).unwrap()).unwrap();
            let counted = quiz.record(&grade(q0.id, wrong1).unwrap()).unwrap();
            assert!(counted.correct, "the first answer counts");
            quiz.record(&grade(q1.id, wrong1).unwrap()).unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        let quiz = QuizStore::new(&store);
        let p = quiz.progress().unwrap();
        assert_eq!(p.answers.len(), 2);
        assert_eq!(p.answers[0].question_id, q0.id);
        assert_eq!((p.score(), p.best_score), (1, 1));
        quiz.restart().unwrap();
        let p = quiz.progress().unwrap();
        assert_eq!((p.answers.len(), p.best_score), (0, 1));
        // The stored rules agree with the domain's.
        let mut domain = QuizProgress::default();
        for q in QUESTIONS.iter().take(5) {
            let a = grade(q.id, "a").unwrap();
            assert_eq!(quiz.record(&a).unwrap(), domain.record(a));
        }
        let stored = quiz.progress().unwrap();
        assert_eq!(stored.answers, domain.answers);
        assert_eq!(stored.best_score, domain.best_score.max(1));
    }
}
