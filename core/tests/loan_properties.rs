//! Invariants of the loan engine over random products, checked with proptest.

use chrono::NaiveDate;
use proptest::prelude::*;
use puhui_core::domain::loan::{
    Apr, Collection, ComplianceSettings, FeeKind, Fees, FirstDueRule, LineEvent, LineEventKind,
    LineLedger, LoanProduct, LoanRequest, PeriodicAmount, PeriodicFee, Prepayment,
    PrepaymentPenalty, RepaymentMethod, Schedule, UpfrontAmount, UpfrontFee, quote,
    quote_prepayment,
};
use puhui_core::domain::loan::{AprBasis, CreditLine};
use puhui_core::domain::{DayCount, Money, Rate};
use rust_decimal::Decimal;

#[derive(Debug, Clone)]
struct Case {
    product: LoanProduct,
    request: LoanRequest,
}

fn method() -> impl Strategy<Value = RepaymentMethod> {
    prop::sample::select(RepaymentMethod::ALL.to_vec())
}

fn fees() -> impl Strategy<Value = Fees> {
    (
        prop::option::of((0i64..=300, any::<bool>(), any::<bool>())),
        prop::option::of(0i64..=20),
        prop::option::of(0i64..=5_000),
        prop::option::of(0i64..=20),
    )
        .prop_map(|(upfront, remaining_bp, fixed_fen, original_bp)| {
            let mut fees = Fees::default();
            if let Some((bp, percent, deducted)) = upfront {
                fees.upfront.push(UpfrontFee {
                    kind: FeeKind::Service,
                    amount: if percent {
                        UpfrontAmount::PercentOfPrincipal(Decimal::new(bp, 4))
                    } else {
                        UpfrontAmount::Fixed(Money::from_yuan(bp))
                    },
                    collection: if deducted {
                        Collection::DeductedFromDisbursement
                    } else {
                        Collection::PaidSeparately
                    },
                });
            }
            if let Some(bp) = remaining_bp {
                fees.periodic.push(PeriodicFee {
                    kind: FeeKind::Insurance,
                    amount: PeriodicAmount::PercentOfRemainingPrincipal(Decimal::new(bp, 4)),
                });
            }
            if let Some(fen) = fixed_fen {
                fees.periodic.push(PeriodicFee {
                    kind: FeeKind::Service,
                    amount: PeriodicAmount::Fixed(Money::from_fen(fen)),
                });
            }
            if let Some(bp) = original_bp {
                fees.periodic.push(PeriodicFee {
                    kind: FeeKind::Guarantee,
                    amount: PeriodicAmount::PercentOfOriginalPrincipal(Decimal::new(bp, 4)),
                });
            }
            fees
        })
}

fn case() -> impl Strategy<Value = Case> {
    (
        100_000i64..=1_000_000_000, // ¥1,000 … ¥10,000,000 in fen
        0i64..=3_600,               // 0% … 36% in basis points
        1u32..=360,
        method(),
        fees(),
        prop::option::of((1u32..=28, 0u32..=20)),
        0i64..=3_000,
        any::<bool>(),
    )
        .prop_map(
            |(fen, bp, term, method, fees, fixed_day, day_offset, act365)| {
                let product = LoanProduct {
                    id: "prop".into(),
                    min_amount: Money::from_fen(1),
                    max_amount: Money::from_yuan(100_000_000),
                    term_months: vec![term],
                    annual_rate: Rate::annual(Decimal::new(bp, 4)).unwrap_or(Rate::ZERO),
                    methods: vec![method],
                    fees,
                    prepayment_penalty: PrepaymentPenalty::PercentOfPrepaid {
                        fraction: Decimal::new(2, 2),
                        within_months: 6,
                    },
                    day_count: if act365 {
                        DayCount::Act365
                    } else {
                        DayCount::Act360
                    },
                    first_due: match fixed_day {
                        Some((day, min_days)) => FirstDueRule::FixedDay { day, min_days },
                        None => FirstDueRule::SameDayNextMonth,
                    },
                };
                let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
                let request = LoanRequest {
                    amount: Money::from_fen(fen),
                    term_months: term,
                    method,
                    disbursement_date: start + chrono::Days::new(day_offset as u64),
                    first_due_date: None,
                };
                Case { product, request }
            },
        )
}

fn assert_rows(s: &Schedule, principal: Money) -> Result<(), TestCaseError> {
    let mut prev = principal;
    let mut repaid = Money::ZERO;
    for row in &s.installments {
        prop_assert!(
            !row.principal.is_negative() && !row.interest.is_negative() && !row.fees.is_negative()
        );
        prop_assert!(!row.remaining_principal.is_negative());
        prop_assert_eq!(row.total, row.principal + row.interest + row.fees);
        prop_assert!(
            row.remaining_principal <= prev,
            "remaining principal rose at {}",
            row.number
        );
        prop_assert_eq!(row.remaining_principal, prev - row.principal);
        prev = row.remaining_principal;
        repaid += row.principal;
    }
    prop_assert_eq!(repaid, principal);
    prop_assert_eq!(prev, Money::ZERO);
    Ok(())
}

fn without_fees(p: &LoanProduct) -> LoanProduct {
    LoanProduct {
        fees: Fees::default(),
        ..p.clone()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn schedules_keep_every_invariant(c in case()) {
        let q = quote(&c.product, &c.request, &ComplianceSettings::default());
        let q = match q {
            Ok(q) => q,
            // A fixed up-front fee can exceed a small principal: a typed refusal is correct.
            Err(e) => {
                prop_assert_eq!(e, puhui_core::domain::loan::LoanError::FeesExceedPrincipal);
                return Ok(());
            }
        };
        let s = &q.schedule;
        assert_rows(s, c.request.amount)?;
        let expected_rows = if c.request.method == RepaymentMethod::Bullet { 1 } else { c.request.term_months as usize };
        prop_assert_eq!(s.installments.len(), expected_rows);
        prop_assert!(s.installments.windows(2).all(|w| w[0].due_date < w[1].due_date));
        prop_assert!(s.installments[0].due_date > c.request.disbursement_date);
        // Every fee is in the fee column or the up-front total, and in the disclosure lines.
        let disclosed: Money = s.fee_lines.iter().map(|l| l.total).sum();
        prop_assert_eq!(disclosed, s.total_periodic_fees() + s.upfront.total());
        prop_assert_eq!(s.total_of_installments(), s.principal + s.total_interest() + s.total_periodic_fees());

        // The APR never falls when fees are added, and never below the nominal rate for loans
        // that pay interest monthly on regular periods.
        let bare = Schedule::build(&without_fees(&c.product), &c.request).unwrap();
        let bare_apr = Apr::of_schedule(&bare).unwrap();
        prop_assert!(q.apr.simple >= bare_apr.simple, "{:?} < {:?}", q.apr, bare_apr);
        prop_assert!(q.apr.compound >= q.apr.simple || q.apr.simple.is_zero());
        let nominal = c.product.annual_rate.fraction();
        let monthly_interest = c.request.method != RepaymentMethod::Bullet || c.request.term_months == 1;
        if bare_apr.basis == AprBasis::MonthlyPeriods && monthly_interest {
            // Fen rounding of each installment moves the IRR a little on small, long loans.
            prop_assert!((bare_apr.simple - nominal).abs() <= Decimal::new(5, 4), "{:?} vs {}", bare_apr, nominal);
            prop_assert!(q.apr.simple >= nominal - Decimal::new(5, 4));
        }
    }

    #[test]
    fn prepayment_quotes_add_up(c in case(), day in 0i64..=11_000, share in 1u32..=99) {
        let Ok(s) = Schedule::build(&c.product, &c.request) else { return Ok(()) };
        let date = c.request.disbursement_date + chrono::Days::new(day as u64 % (s.maturity() - c.request.disbursement_date).num_days().max(1) as u64);
        let full = quote_prepayment(&c.product, &s, date, Prepayment::Full).unwrap();
        prop_assert_eq!(full.total, full.prepaid_principal + full.accrued_interest + full.penalty);
        prop_assert!(!full.accrued_interest.is_negative() && !full.penalty.is_negative());
        let part = full.outstanding_principal.mul_rounded(Decimal::new(i64::from(share), 2));
        if part.is_zero() || part >= full.outstanding_principal {
            return Ok(());
        }
        let q = quote_prepayment(&c.product, &s, date, Prepayment::Partial(part)).unwrap();
        let rest = q.outstanding_principal - part;
        let lower = q.lower_installment.unwrap();
        let remaining_rows = s.installments.iter().filter(|i| i.due_date > date).count();
        if c.request.method != RepaymentMethod::Bullet {
            prop_assert_eq!(lower.installments.len(), remaining_rows);
        }
        let mut sched = s.clone();
        sched.installments = lower.installments.clone();
        assert_rows(&sched, rest)?;
        if let Some(shorter) = q.shorter_term {
            prop_assert!(shorter.installments.len() <= lower.installments.len());
            sched.installments = shorter.installments;
            assert_rows(&sched, rest)?;
        }
    }

    #[test]
    fn the_solver_always_answers(received in 1i64..=10_000_000_000, payments in prop::collection::vec(0i64..=10_000_000_000, 0..400)) {
        let pays: Vec<Money> = payments.iter().map(|f| Money::from_fen(*f)).collect();
        // Either a rate or a typed reason; a rate is never negative when repayments cover what was received.
        if let Ok(apr) = Apr::from_monthly_payments(Money::from_fen(received), &pays, DayCount::Act360) {
            let repaid: i64 = payments.iter().sum();
            if repaid >= received {
                prop_assert!(!apr.simple.is_sign_negative() || apr.simple.is_zero());
            }
        }
    }

    #[test]
    fn credit_line_statements_balance(events in prop::collection::vec((0i64..400, any::<bool>(), 1i64..=5_000_000), 1..40)) {
        let opened = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let mut ledger = LineLedger::new(CreditLine {
            limit: Money::from_yuan(50_000),
            annual_rate: Rate::annual(Decimal::new(365, 4)).unwrap(),
            day_count: DayCount::Act365,
            opened,
        });
        for (day, draw, fen) in events {
            let kind = if draw { LineEventKind::Draw } else { LineEventKind::Repayment };
            // Refusals are fine; what is recorded must stay consistent.
            let _ = ledger.record(LineEvent { date: opened + chrono::Days::new(day as u64), kind, amount: Money::from_fen(fen) });
        }
        let from = opened + chrono::Days::new(100);
        let to = opened + chrono::Days::new(300);
        let st = ledger.statement(from, to).unwrap();
        let moved: Money = st.events.iter().map(|e| match e.event.kind {
            LineEventKind::Draw => e.event.amount,
            LineEventKind::Repayment => -e.event.amount,
        }).sum();
        prop_assert_eq!(st.closing.owed(), st.opening.owed() + st.interest_accrued + moved);
        prop_assert!(!st.closing.principal.is_negative() && !st.closing.interest.is_negative());
        prop_assert!(st.closing.principal <= Money::from_yuan(50_000));
        let whole = ledger.statement(opened, to).unwrap();
        let first = ledger.statement(opened, from.pred_opt().unwrap()).unwrap();
        prop_assert_eq!(first.closing, st.opening);
        prop_assert_eq!(first.interest_accrued + st.interest_accrued, whole.interest_accrued);
    }
}
