//! Message-checker speed: throughput in MB/s on long text (target ≥ 50 MB/s) and the time for a
//! 500-character message, with its 99th percentile printed (target p99 ≤ 100 µs).

// criterion's macros generate undocumented public functions.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use puhui_core::domain::anti_fraud::{MAX_TEXT_BYTES, MessageInput, Rules, check};

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

fn message_of_chars(chars: usize) -> String {
    let mut s = String::new();
    for p in PIECES.iter().cycle() {
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

fn percentiles(rules: &Rules, text: &str) {
    let input = MessageInput {
        text,
        ..Default::default()
    };
    let mut times: Vec<Duration> = (0..20_000)
        .map(|_| {
            let t = Instant::now();
            black_box(check(rules, black_box(&input)));
            t.elapsed()
        })
        .collect();
    times.sort_unstable();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "check, {}-character message: p50 {:?}, p99 {:?}, max {:?} (20,000 runs)",
        text.chars().count(),
        at(0.50),
        at(0.99),
        times[times.len() - 1]
    );
}

fn bench(c: &mut Criterion) {
    let Ok(rules) = Rules::built_in() else {
        eprintln!("the built-in rule pack does not compile");
        return;
    };
    let short = message_of_chars(500);
    percentiles(&rules, &short);

    let mut g = c.benchmark_group("anti_fraud");
    g.throughput(Throughput::Bytes(short.len() as u64));
    g.bench_function("check_500_chars", |b| {
        let input = MessageInput {
            text: &short,
            ..Default::default()
        };
        b.iter(|| check(&rules, black_box(&input)))
    });
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
