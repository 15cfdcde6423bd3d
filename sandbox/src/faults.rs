//! Fault injection for reliability tests. Off unless enabled at startup; when off, the
//! middleware passes every request through untouched and the controls do nothing.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::idempotency::IDEMPOTENCY_HEADER;

/// Faults to inject, fixed at startup.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FaultConfig {
    /// Master switch: nothing below has any effect unless this is true.
    pub enabled: bool,
    /// Delay added before every request is handled.
    pub latency: Duration,
    /// Share (0.0–1.0) of requests answered 503 before they are processed (nothing changes).
    pub error_rate: f64,
    /// Seed for the error-rate draws, so that a failing test replays the same sequence.
    pub seed: u64,
    /// The next N successful money-moving answers are dropped after their change was
    /// committed: the connection is cut while the body is sent.
    pub drop_after_commit: u32,
    /// Time a money-moving request spends between taking its idempotency key and committing:
    /// a slow core banking system, which lets a test send a duplicate while the first runs.
    pub commit_delay: Duration,
}

/// The live fault settings of a running sandbox.
#[derive(Debug)]
pub struct Faults {
    enabled: bool,
    latency_ms: AtomicU64,
    error_rate_millionths: AtomicU64,
    draws: AtomicU64,
    seed: u64,
    drop_next: AtomicU32,
    fail_next: AtomicU32,
    commit_delay_ms: AtomicU64,
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

impl Faults {
    /// Live settings from the startup configuration.
    pub fn new(config: &FaultConfig) -> Arc<Faults> {
        let rate = (config.error_rate.clamp(0.0, 1.0) * 1_000_000.0).round();
        // The rate is clamped to [0, 1], so the product fits; the cast is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let rate = rate as u64;
        Arc::new(Faults {
            enabled: config.enabled,
            latency_ms: AtomicU64::new(millis(config.latency)),
            error_rate_millionths: AtomicU64::new(rate),
            draws: AtomicU64::new(0),
            seed: config.seed,
            drop_next: AtomicU32::new(config.drop_after_commit),
            fail_next: AtomicU32::new(0),
            commit_delay_ms: AtomicU64::new(millis(config.commit_delay)),
        })
    }

    /// Whether faults were enabled at startup.
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Drops the next `n` successful money-moving answers after commit. Ignored when faults
    /// are off.
    pub fn drop_next_responses(&self, n: u32) {
        if self.enabled {
            self.drop_next.store(n, Ordering::SeqCst);
        }
    }

    /// Answers the next `n` requests with 503 before processing them. Ignored when off.
    pub fn fail_next_requests(&self, n: u32) {
        if self.enabled {
            self.fail_next.store(n, Ordering::SeqCst);
        }
    }

    /// Sets the commit delay of money-moving requests. Ignored when off.
    pub fn set_commit_delay(&self, d: Duration) {
        if self.enabled {
            self.commit_delay_ms.store(millis(d), Ordering::SeqCst);
        }
    }

    /// The commit delay to apply now (zero when off).
    pub fn commit_delay(&self) -> Duration {
        if self.enabled {
            Duration::from_millis(self.commit_delay_ms.load(Ordering::SeqCst))
        } else {
            Duration::ZERO
        }
    }

    fn take(counter: &AtomicU32) -> bool {
        counter
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    }

    fn draw_error(&self) -> bool {
        let threshold = self.error_rate_millionths.load(Ordering::SeqCst);
        if threshold == 0 {
            return false;
        }
        // splitmix64 over (seed, draw number): deterministic for a given request order.
        let n = self.draws.fetch_add(1, Ordering::SeqCst);
        let mut z = self
            .seed
            .wrapping_add(n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        z % 1_000_000 < threshold
    }
}

/// A response whose body fails after the headers: the client sees the connection cut.
fn cut_connection() -> Response {
    let stream = futures_util::stream::once(async {
        Err::<axum::body::Bytes, std::io::Error>(std::io::Error::other(
            "response dropped by fault injection",
        ))
    });
    (StatusCode::OK, Body::from_stream(stream)).into_response()
}

/// The middleware that applies the faults.
pub async fn inject(State(faults): State<Arc<Faults>>, req: Request, next: Next) -> Response {
    if !faults.enabled {
        return next.run(req).await;
    }
    let latency = faults.latency_ms.load(Ordering::SeqCst);
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    let path = req.uri().path();
    if path == "/health" || path == "/openapi.json" {
        return next.run(req).await;
    }
    if Faults::take(&faults.fail_next) || faults.draw_error() {
        return ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "FAULT_INJECTED",
            "injected failure, nothing was processed",
        )
        .into_response();
    }
    let money_moving =
        req.method() == axum::http::Method::POST && req.headers().contains_key(IDEMPOTENCY_HEADER);
    let res = next.run(req).await;
    if money_moving && res.status().is_success() && Faults::take(&faults.drop_next) {
        tracing::info!("fault injection: dropping a committed response");
        return cut_connection();
    }
    res
}
