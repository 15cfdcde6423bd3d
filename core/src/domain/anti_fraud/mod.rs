//! 反诈: scam detection, tips in context, risky-action interception, cases and quiz.
