//! Loan pricing speed: one 360-month quote with its APR (target: under 50 µs), and 10,000 quotes
//! of assorted products, as a plan comparison or a sandbox under load would ask for them.

// criterion's macros generate undocumented public functions.
#![allow(missing_docs)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use puhui_core::domain::loan::{
    Apr, Collection, ComplianceSettings, FeeKind, Fees, FirstDueRule, LoanProduct, LoanRequest,
    PeriodicAmount, PeriodicFee, PrepaymentPenalty, RepaymentMethod, Schedule, UpfrontAmount,
    UpfrontFee, quote,
};
use puhui_core::domain::{DayCount, Money, Rate};
use rust_decimal::Decimal;

fn product(rate_bp: i64, first_due: FirstDueRule) -> LoanProduct {
    LoanProduct {
        id: "bench".into(),
        min_amount: Money::from_yuan(1_000),
        max_amount: Money::from_yuan(5_000_000),
        term_months: (1..=360).collect(),
        annual_rate: Rate::annual(Decimal::new(rate_bp, 4)).unwrap_or(Rate::ZERO),
        methods: RepaymentMethod::ALL.to_vec(),
        fees: Fees {
            upfront: vec![UpfrontFee {
                kind: FeeKind::Service,
                amount: UpfrontAmount::PercentOfPrincipal(Decimal::new(1, 2)),
                collection: Collection::DeductedFromDisbursement,
            }],
            periodic: vec![PeriodicFee {
                kind: FeeKind::Insurance,
                amount: PeriodicAmount::PercentOfRemainingPrincipal(Decimal::new(5, 4)),
            }],
        },
        prepayment_penalty: PrepaymentPenalty::None,
        day_count: DayCount::Act360,
        first_due,
    }
}

fn request(amount: i64, months: u32, method: RepaymentMethod) -> LoanRequest {
    LoanRequest {
        amount: Money::from_yuan(amount),
        term_months: months,
        method,
        disbursement_date: NaiveDate::from_ymd_opt(2026, 1, 20).unwrap_or_default(),
        first_due_date: None,
    }
}

fn bench(c: &mut Criterion) {
    let settings = ComplianceSettings::default();
    let regular = product(4_900, FirstDueRule::SameDayNextMonth);
    let irregular = product(
        4_900,
        FirstDueRule::FixedDay {
            day: 5,
            min_days: 10,
        },
    );
    let req = request(1_000_000, 360, RepaymentMethod::EqualInstallment);

    c.bench_function("quote 360 months + APR (monthly basis)", |b| {
        b.iter(|| quote(black_box(&regular), black_box(&req), &settings))
    });
    // The two halves of a quote, to see where the time goes.
    c.bench_function("schedule 360 months only", |b| {
        b.iter(|| Schedule::build(black_box(&regular), black_box(&req)))
    });
    if let Ok(schedule) = Schedule::build(&regular, &req) {
        c.bench_function("APR of a 360-month schedule only", |b| {
            b.iter(|| Apr::of_schedule(black_box(&schedule)))
        });
    }
    c.bench_function("quote 360 months + APR (actual-days basis)", |b| {
        b.iter(|| quote(black_box(&irregular), black_box(&req), &settings))
    });

    // 10,000 assorted quotes: rates 3–36%, every method, terms 1–360, two first-due rules.
    let products: Vec<LoanProduct> = (0..8)
        .map(|i| {
            let rule = if i % 2 == 0 {
                FirstDueRule::SameDayNextMonth
            } else {
                FirstDueRule::FixedDay {
                    day: 10,
                    min_days: 5,
                }
            };
            product(300 + i * 470, rule)
        })
        .collect();
    let requests: Vec<(usize, LoanRequest)> = (0..10_000u32)
        .map(|i| {
            let method = RepaymentMethod::ALL[(i % 4) as usize];
            let months = 1 + (i * 37) % 360;
            (
                i as usize % products.len(),
                request(1_000 + i64::from(i) * 97, months, method),
            )
        })
        .collect();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.bench_function("10,000 quotes", |b| {
        b.iter(|| {
            let mut ok = 0usize;
            for (p, r) in &requests {
                if quote(&products[*p], r, &settings).is_ok() {
                    ok += 1;
                }
            }
            black_box(ok)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
