//! When and how long to wait before trying a request again.

use std::time::Duration;

/// Whether a request may be sent again after an unclear failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Safety {
    /// A read, or a money-moving request carrying an idempotency key: the bank does it at
    /// most once, so any failure may be retried.
    Repeatable,
    /// Anything else (sign-in, quotes, bookings): retried only when it certainly never
    /// reached the bank (the connection could not be opened).
    Once,
}

/// Retry settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, including the first.
    pub max_attempts: u32,
    /// Wait before the second attempt; doubles each time.
    pub base_backoff: Duration,
    /// Longest wait between attempts.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(4),
        }
    }
}

impl RetryPolicy {
    /// The wait after failed attempt number `attempt` (1-based): exponential, capped, plus up
    /// to half the base as jitter so that many clients do not retry in step.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .base_backoff
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let jitter_ms =
            u64::from(uuid::Uuid::new_v4().as_bytes()[0]) * millis(self.base_backoff) / 2 / 255;
        exp.min(self.max_backoff) + Duration::from_millis(jitter_ms)
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let p = RetryPolicy {
            max_attempts: 10,
            base_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(500),
        };
        let within = |d: Duration, lo: u64| {
            d >= Duration::from_millis(lo) && d <= Duration::from_millis(lo + 50)
        };
        assert!(within(p.backoff(1), 100));
        assert!(within(p.backoff(2), 200));
        assert!(within(p.backoff(3), 400));
        assert!(within(p.backoff(4), 500));
        assert!(within(p.backoff(30), 500));
    }
}
