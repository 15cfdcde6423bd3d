//! Message-checker speed: throughput in MB/s on long text (target ≥ 50 MB/s) and the time for a
//! 500-character message, with its 99th percentile printed (target p99 ≤ 100 µs).
//!
//! The text model is read only when its points could change the verdict; its own cost is
//! measured apart, and with a check for the worst case.

// criterion's macros generate undocumented public functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use puhui_core::domain::anti_fraud::{CheckReport, MAX_TEXT_BYTES, MessageInput, Rules, check};

/// Mixed scam and ordinary sentences in the three locales, with evasions.
const PIECES: &[&str] = &[
    "您好，您的贷款已审批通过，因银行卡号填写错误导致资金冻结，请先缴纳解冻金。",
    "【招商银行】您尾号1234的账户于06月03日入账工资8,650.00元，余额12,930.55元。",
    "我是公 安 局民警，你涉\u{200B}嫌洗錢，請把錢轉入安.全.帳.戶配合調查。",
    "Your ICBC code is 482913. Never share it with anyone, including bank staff. ",
    "Hi, it's your boss. I'm in a meeting, buy gift cards for a client, I'll pay you back. ",
    "點擊 http://103.45.67.89/loan.apk 下載APP，日收益5%，穩賺不賠，老師帶你投資。",
    "【顺丰速运】您的快件已由快递员派送，预计今天18:00前送达，请保持电话畅通。",
];

/// Ordinary messages only: the checker's full path, text model included.
const ORDINARY: &[&str] = &[
    "【工商银行】您尾号5678的信用卡本期账单2,315.40元，最后还款日12月15日，可在手机银行还款。",
    "妈，周末我带孩子回来吃饭，你不用准备太多菜，我们买点水果过去。",
    "【中通快遞】您的包裹已到社區驛站，取件碼6-2-3018，請於三天內領取。",
    "Reminder: your dental appointment is on Thursday at 3:30 pm. Reply C to confirm. ",
    "各位家长好，明天下午学校开家长会，请准时参加，签到表放在门口。",
    "Your Octopus card was topped up with HK$200 at 7-Eleven. Balance HK$236.50. ",
];

fn message_of_chars(chars: usize) -> String {
    text_of_chars(PIECES, chars)
}

fn text_of_chars(pieces: &[&str], chars: usize) -> String {
    let mut s = String::new();
    for p in pieces.iter().cycle() {
        if s.chars().count() >= chars {
            break;
        }
        s.push_str(p);
    }
    s.chars().take(chars).collect()
}

fn long_text() -> String {
    let mut s = String::new();
    for p in PIECES.iter().cycle() {
        if s.len() + p.len() > MAX_TEXT_BYTES {
            break;
        }
        s.push_str(p);
    }
    s
}

/// Prints the median, 99th percentile and maximum of 20,000 runs of `run`.
fn percentiles<R>(what: &str, mut run: impl FnMut() -> R) {
    let mut times: Vec<Duration> = (0..20_000)
        .map(|_| {
            let t = Instant::now();
            black_box(run());
            t.elapsed()
        })
        .collect();
    times.sort_unstable();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "{what}: p50 {:?}, p99 {:?}, max {:?} (20,000 runs)",
        at(0.50),
        at(0.99),
        times[times.len() - 1]
    );
}

fn check_text<'a>(rules: &'a Rules, text: &'a str) -> impl FnMut() -> CheckReport + 'a {
    move || {
        check(
            rules,
            black_box(&MessageInput {
                text,
                ..Default::default()
            }),
        )
    }
}

fn bench(c: &mut Criterion) {
    let Ok(rules) = Rules::built_in() else {
        eprintln!("the built-in rule pack does not compile");
        return;
    };
    let short = message_of_chars(500);
    percentiles(
        "check, 500-character mixed message",
        check_text(&rules, &short),
    );
    let ordinary = text_of_chars(ORDINARY, 500);
    percentiles(
        "check, 500-character ordinary message",
        check_text(&rules, &ordinary),
    );
    // Neither message needs the model (the rules leave no doubt either way), so the worst
    // case, a borderline message that does, is bounded by a check and a model read in a row.
    if let Some(model) = rules.model() {
        let mut check_mixed = check_text(&rules, &short);
        percentiles(
            "check and a model read, 500-character mixed message (the worst case)",
            || {
                let norm = puhui_core::domain::anti_fraud::normalise::normalise(&short);
                (check_mixed(), model.logit_milli(norm.as_str()))
            },
        );
    }

    let mut g = c.benchmark_group("anti_fraud");
    g.throughput(Throughput::Bytes(short.len() as u64));
    g.bench_function("check_500_chars", |b| {
        let input = MessageInput {
            text: &short,
            ..Default::default()
        };
        b.iter(|| check(&rules, black_box(&input)))
    });
    g.throughput(Throughput::Bytes(ordinary.len() as u64));
    g.bench_function("check_500_chars_ordinary", |b| {
        let input = MessageInput {
            text: &ordinary,
            ..Default::default()
        };
        b.iter(|| check(&rules, black_box(&input)))
    });
    let ordinary_norm = puhui_core::domain::anti_fraud::normalise::normalise(&ordinary);
    if let Some(model) = rules.model() {
        g.bench_function("model_500_chars_ordinary", |b| {
            b.iter(|| model.logit_milli(black_box(ordinary_norm.as_str())))
        });
    }
    g.throughput(Throughput::Bytes(short.len() as u64));
    g.bench_function("normalise_500_chars", |b| {
        b.iter(|| puhui_core::domain::anti_fraud::normalise::normalise(black_box(&short)))
    });
    let norm = puhui_core::domain::anti_fraud::normalise::normalise(&short);
    g.bench_function("match_500_chars", |b| {
        b.iter(|| rules.find(black_box(&norm)))
    });
    g.bench_function("links_500_chars", |b| {
        b.iter(|| puhui_core::domain::anti_fraud::links::find_links(black_box(&short)))
    });
    let long = long_text();
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("check_64KiB", |b| {
        let input = MessageInput {
            text: &long,
            ..Default::default()
        };
        b.iter(|| check(&rules, black_box(&input)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
