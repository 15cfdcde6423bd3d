//! Demo data, written once into a new database. Every identity, card and phone number is test
//! data that passes its check (GB 11643 ID check character, Luhn, GB 32100 credit code) but
//! belongs to nobody.

use chrono::{Datelike, Duration, NaiveDate};
use puhui_core::domain::loan::{
    Collection, FeeKind, Fees, FirstDueRule, LoanProduct, PeriodicAmount, PeriodicFee,
    PrepaymentPenalty, RepaymentMethod, UpfrontAmount, UpfrontFee,
};
use puhui_core::domain::{DayCount, Money, Rate};
use rusqlite::{Connection, params};
use rust_decimal::Decimal;

/// Days ahead for which appointment slots exist.
pub const SLOT_DAYS_AHEAD: i64 = 14;
/// Bookings each slot takes: small, to keep branches uncrowded (S7).
pub const SLOT_QUOTA: i64 = 3;

/// (id, name, phone, resident ID, birth date, segment, business name, USCC)
type CustomerRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

/// The demo customers. Their phone numbers are what a developer signs in with.
pub const CUSTOMERS: &[CustomerRow] = &[
    // Aged 60 or more: the 长辈版 is suggested to her.
    (
        "cust-elder",
        "王秀英",
        "13800138001",
        "110101195803120023",
        "1958-03-12",
        "individual",
        None,
        None,
    ),
    // A small-business owner with a business licence (个体工商户 credit code) and a 经营快贷 line.
    (
        "cust-business",
        "李建国",
        "13800138002",
        "370211198506070031",
        "1985-06-07",
        "small_business",
        Some("青岛李记海鲜餐馆"),
        Some("92370211MA3C4D5E6Q"),
    ),
    // A vegetable farmer (S1) with a loan repaid after the harvest.
    (
        "cust-farmer",
        "张春生",
        "13800138003",
        "511322197609150015",
        "1976-09-15",
        "farmer",
        None,
        None,
    ),
    // Primary borrower of a loan with a co-borrower (S7).
    (
        "cust-primary",
        "陈晓燕",
        "13800138004",
        "330102199002200045",
        "1990-02-20",
        "individual",
        None,
        None,
    ),
    (
        "cust-coborrower",
        "刘洋",
        "13800138005",
        "440305198808080055",
        "1988-08-08",
        "individual",
        None,
        None,
    ),
];

/// (id, customer, number, bank, kind, status)
const CARDS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "card-elder",
        "cust-elder",
        "6217000000123456786",
        "中国建设银行",
        "debit",
        "active",
    ),
    (
        "card-business",
        "cust-business",
        "6222021000123456781",
        "中国工商银行",
        "debit",
        "active",
    ),
    (
        "card-farmer",
        "cust-farmer",
        "6228480012345678903",
        "中国农业银行",
        "debit",
        "active",
    ),
    (
        "card-primary",
        "cust-primary",
        "6214830000123456789",
        "招商银行",
        "debit",
        "active",
    ),
    // A card the issuing bank has frozen: a disbursement to it bounces (S1).
    (
        "card-primary-frozen",
        "cust-primary",
        "6225880000123456784",
        "招商银行",
        "debit",
        "frozen",
    ),
    (
        "card-coborrower",
        "cust-coborrower",
        "6236680000123456783",
        "中国建设银行",
        "debit",
        "active",
    ),
];

/// Writes the demo data into an empty database, and tops up appointment slots on every start.
pub fn seed(conn: &mut Connection) -> rusqlite::Result<()> {
    let today = crate::db::today();
    let tx = conn.transaction()?;
    let seeded: i64 = tx.query_row("SELECT COUNT(*) FROM customers", [], |r| r.get(0))?;
    if seeded == 0 {
        seed_people(&tx)?;
        seed_products(&tx)?;
        seed_loans(&tx, today)?;
        seed_branches(&tx)?;
    }
    ensure_engine_data(&tx)?;
    ensure_slots(&tx, today)?;
    tx.commit()
}

fn seed_people(tx: &Connection) -> rusqlite::Result<()> {
    for (id, name, phone, rid, birth, segment, business, uscc) in CUSTOMERS {
        tx.execute(
            "INSERT INTO customers (id, name, phone, resident_id, birth_date, segment, business_name, uscc)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, name, phone, rid, birth, segment, business, uscc],
        )?;
    }
    for (id, customer, number, bank, kind, status) in CARDS {
        tx.execute(
            "INSERT INTO bank_cards (id, customer_id, card_number, bank_name, kind, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, customer, number, bank, kind, status],
        )?;
    }
    Ok(())
}

/// A demo product: (id, Chinese name, English name, kind, collateral, online drawdown) and its
/// pricing terms.
pub type DemoProduct = (
    (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        bool,
    ),
    LoanProduct,
);

fn rate(fraction: Decimal) -> rusqlite::Result<Rate> {
    Rate::annual(fraction).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

/// The demo catalogue, priced by the core's engine.
pub fn demo_products() -> rusqlite::Result<Vec<DemoProduct>> {
    let plain = |id: &str, min: i64, max: i64, terms: &[u32], annual: Decimal| {
        Ok::<_, rusqlite::Error>(LoanProduct {
            id: id.to_owned(),
            min_amount: Money::from_yuan(min),
            max_amount: Money::from_yuan(max),
            term_months: terms.to_vec(),
            annual_rate: rate(annual)?,
            methods: vec![RepaymentMethod::EqualInstallment],
            fees: Fees::default(),
            prepayment_penalty: PrepaymentPenalty::None,
            day_count: DayCount::Act360,
            first_due: FirstDueRule::SameDayNextMonth,
        })
    };
    // 经营快贷: a pure-credit revolving line at 3.65%, interest by the day (annual / 360). As a
    // term loan (for the catalogue's example) it is drawn for 12 months, interest monthly.
    let mut line = plain(
        "prod-business-line",
        1_000,
        1_000_000,
        &[12],
        Decimal::new(365, 4),
    )?;
    line.methods = vec![RepaymentMethod::InterestFirst];
    // 丰收贷: repaid in one go after the harvest (or interest monthly, principal at the end).
    let mut harvest = plain(
        "prod-harvest",
        5_000,
        300_000,
        &[6, 9, 12],
        Decimal::new(435, 4),
    )?;
    harvest.methods = vec![RepaymentMethod::Bullet, RepaymentMethod::InterestFirst];
    // 乐享分期: 9% nominal, but a 2% service fee out of the payout and a 1.5% monthly guarantee
    // fee on the original principal push the APR far above 24%: the app must flag it.
    let mut consumer = plain(
        "prod-consumer",
        1_000,
        50_000,
        &[6, 12, 24],
        Decimal::new(9, 2),
    )?;
    consumer.fees = Fees {
        upfront: vec![UpfrontFee {
            kind: FeeKind::Service,
            amount: UpfrontAmount::PercentOfPrincipal(Decimal::new(2, 2)),
            collection: Collection::DeductedFromDisbursement,
        }],
        periodic: vec![PeriodicFee {
            kind: FeeKind::Guarantee,
            amount: PeriodicAmount::PercentOfOriginalPrincipal(Decimal::new(15, 3)),
        }],
    };
    consumer.prepayment_penalty = PrepaymentPenalty::PercentOfPrepaid {
        fraction: Decimal::new(3, 2),
        within_months: 6,
    };
    // 安家贷: a mortgage at 3.25% with a 1% penalty on principal prepaid in the first year.
    let mut home = plain(
        "prod-home",
        100_000,
        3_000_000,
        &[120, 240, 360],
        Decimal::new(325, 4),
    )?;
    home.methods = vec![
        RepaymentMethod::EqualInstallment,
        RepaymentMethod::EqualPrincipal,
    ];
    home.prepayment_penalty = PrepaymentPenalty::PercentOfPrepaid {
        fraction: Decimal::new(1, 2),
        within_months: 12,
    };
    Ok(vec![
        (
            (
                "prod-business-line",
                "经营快贷",
                "Business quick line",
                "revolving_line",
                "none",
                true,
            ),
            line,
        ),
        (
            (
                "prod-harvest",
                "丰收贷",
                "Harvest loan",
                "harvest",
                "none",
                false,
            ),
            harvest,
        ),
        (
            (
                "prod-consumer",
                "乐享分期",
                "Easy installments",
                "installment",
                "none",
                false,
            ),
            consumer,
        ),
        (
            (
                "prod-home",
                "安家贷",
                "Home loan",
                "installment",
                "mortgage",
                false,
            ),
            home,
        ),
    ])
}

fn terms_json(terms: &LoanProduct) -> rusqlite::Result<String> {
    serde_json::to_string(terms).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

fn seed_products(tx: &Connection) -> rusqlite::Result<()> {
    for ((id, zh, en, kind, collateral, online), terms) in demo_products()? {
        tx.execute(
            "INSERT INTO products (id, name_zh, name_en, kind, collateral, online_drawdown, terms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, zh, en, kind, collateral, online, terms_json(&terms)?],
        )?;
    }
    Ok(())
}

/// Brings a database seeded before the loan engine up to date: demo products get their terms,
/// and a revolving line without events opens with one draw of its outstanding principal on the
/// day interest ran from.
fn ensure_engine_data(tx: &Connection) -> rusqlite::Result<()> {
    for ((id, ..), terms) in demo_products()? {
        tx.execute(
            "UPDATE products SET terms = ?2 WHERE id = ?1 AND terms IS NULL",
            params![id, terms_json(&terms)?],
        )?;
    }
    tx.execute(
        "INSERT INTO line_events (loan_id, date, kind, amount)
         SELECT l.id, l.interest_from, 'draw', l.outstanding_principal
         FROM loans l JOIN products p ON p.id = l.product_id
         WHERE p.kind = 'revolving_line' AND l.outstanding_principal NOT IN ('0', '0.00')
           AND NOT EXISTS (SELECT 1 FROM line_events e WHERE e.loan_id = l.id)",
        [],
    )?;
    Ok(())
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

#[allow(clippy::type_complexity)]
fn seed_loans(tx: &Connection, today: NaiveDate) -> rusqlite::Result<()> {
    let ago = |days: i64| iso(today - Duration::days(days));
    let ahead = |days: i64| iso(today + Duration::days(days));
    // (id, product, status, principal, outstanding, accrued, interest_from, rate, term, start,
    //  maturity, debit day, card, borrowers)
    let loans: &[(
        &str,
        &str,
        &str,
        &str,
        &str,
        &str,
        String,
        &str,
        i64,
        String,
        String,
        i64,
        &str,
        &[(&str, &str)],
    )] = &[
        (
            "loan-business-line",
            "prod-business-line",
            "active",
            "300000.00",
            "50000.00",
            "0.00",
            ago(10),
            "0.0365",
            12,
            ago(40),
            ahead(325),
            10,
            "card-business",
            &[("cust-business", "primary")],
        ),
        (
            "loan-harvest",
            "prod-harvest",
            "active",
            "80000.00",
            "80000.00",
            "0.00",
            ago(60),
            "0.0435",
            9,
            ago(60),
            ahead(210),
            20,
            "card-farmer",
            &[("cust-farmer", "primary")],
        ),
        (
            "loan-elder-settled",
            "prod-consumer",
            "settled",
            "12000.00",
            "0.00",
            "0.00",
            ago(30),
            "0.09",
            12,
            ago(400),
            ago(35),
            5,
            "card-elder",
            &[("cust-elder", "primary")],
        ),
        (
            "loan-consumer-overdue",
            "prod-consumer",
            "overdue",
            "6000.00",
            "3200.00",
            "41.50",
            ago(20),
            "0.09",
            12,
            ago(200),
            ahead(165),
            15,
            "card-primary",
            &[("cust-primary", "primary")],
        ),
        (
            "loan-home",
            "prod-home",
            "active",
            "600000.00",
            "552000.00",
            "0.00",
            ago(5),
            "0.0325",
            240,
            ago(900),
            ahead(6400),
            25,
            "card-primary",
            &[
                ("cust-primary", "primary"),
                ("cust-coborrower", "co_borrower"),
            ],
        ),
    ];
    for (
        id,
        product,
        status,
        principal,
        outstanding,
        accrued,
        from,
        rate,
        term,
        start,
        maturity,
        day,
        card,
        borrowers,
    ) in loans
    {
        tx.execute(
            "INSERT INTO loans (id, product_id, status, principal, outstanding_principal, accrued_interest,
                interest_from, annual_rate, term_months, start_date, maturity_date, debit_day, repayment_card_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![id, product, status, principal, outstanding, accrued, from, rate, term, start, maturity, day, card],
        )?;
        for (customer, role) in *borrowers {
            tx.execute(
                "INSERT INTO loan_borrowers (loan_id, customer_id, role) VALUES (?1, ?2, ?3)",
                params![id, customer, role],
            )?;
        }
    }
    // The method each installment loan was taken with (a line has none).
    tx.execute(
        "UPDATE loans SET method = CASE product_id WHEN 'prod-harvest' THEN 'bullet'
             ELSE 'equal_installment' END
         WHERE product_id <> 'prod-business-line'",
        [],
    )?;
    // Approved and signed applications waiting for their money: one to a good card, one to a
    // frozen card that bounces.
    let apps: &[(&str, &str, &str, &str, i64, &str)] = &[
        (
            "app-farmer-signed",
            "cust-farmer",
            "prod-harvest",
            "30000.00",
            9,
            "card-farmer",
        ),
        (
            "app-business-signed",
            "cust-business",
            "prod-consumer",
            "20000.00",
            12,
            "card-business",
        ),
        (
            "app-primary-bounces",
            "cust-primary",
            "prod-consumer",
            "8000.00",
            12,
            "card-primary-frozen",
        ),
    ];
    for (id, customer, product, amount, term, card) in apps {
        tx.execute(
            "INSERT INTO applications (id, customer_id, product_id, amount, term_months, status, card_id)
             VALUES (?1, ?2, ?3, ?4, ?5, 'signed', ?6)",
            params![id, customer, product, amount, term, card],
        )?;
    }
    Ok(())
}

fn seed_branches(tx: &Connection) -> rusqlite::Result<()> {
    let branches = [
        (
            "branch-qingdao",
            "青岛市南支行",
            "Qingdao Shinan Branch",
            "山东省青岛市市南区香港中路 8 号",
            "8 Xianggang Middle Road, Shinan, Qingdao",
            "0532-80000001",
        ),
        (
            "branch-yingshan",
            "营山县支行",
            "Yingshan County Branch",
            "四川省南充市营山县朗池镇 1 号",
            "1 Langchi Town, Yingshan, Nanchong",
            "0817-80000002",
        ),
    ];
    for b in branches {
        tx.execute(
            "INSERT INTO branches VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![b.0, b.1, b.2, b.3, b.4, b.5],
        )?;
    }
    // Weekdays 9:00–17:00 in the city; the county branch also opens Saturday mornings for
    // farmers and closes on Wednesdays.
    for weekday in 1..=5 {
        tx.execute(
            "INSERT INTO branch_hours VALUES ('branch-qingdao', ?1, '09:00', '17:00')",
            [weekday],
        )?;
    }
    for weekday in [1, 2, 4, 5] {
        tx.execute(
            "INSERT INTO branch_hours VALUES ('branch-yingshan', ?1, '08:30', '16:30')",
            [weekday],
        )?;
    }
    tx.execute(
        "INSERT INTO branch_hours VALUES ('branch-yingshan', 6, '08:30', '12:30')",
        [],
    )?;
    let services = [
        ("svc-loan-consult", "贷款咨询", "Loan advice", 30),
        (
            "svc-co-borrower-sign",
            "共同借款人签字",
            "Co-borrower signature",
            20,
        ),
        (
            "svc-settlement-cert",
            "结清证明",
            "Settlement certificate",
            15,
        ),
        ("svc-identity-check", "身份核验", "Identity check", 15),
    ];
    for s in services {
        tx.execute(
            "INSERT INTO services VALUES (?1, ?2, ?3, ?4)",
            params![s.0, s.1, s.2, s.3],
        )?;
        for branch in ["branch-qingdao", "branch-yingshan"] {
            tx.execute(
                "INSERT INTO branch_services VALUES (?1, ?2)",
                params![branch, s.0],
            )?;
        }
    }
    Ok(())
}

/// Creates hourly slots for the opening hours of the next [`SLOT_DAYS_AHEAD`] days; slots that
/// exist keep their bookings.
fn ensure_slots(tx: &Connection, today: NaiveDate) -> rusqlite::Result<()> {
    let mut hours = tx.prepare("SELECT branch_id, weekday, opens, closes FROM branch_hours")?;
    let rows: Vec<(String, u32, String, String)> = hours
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for offset in 0..SLOT_DAYS_AHEAD {
        let date = today + Duration::days(offset);
        let weekday = date.weekday().number_from_monday();
        for (branch, _, opens, closes) in rows.iter().filter(|r| r.1 == weekday) {
            let (Ok(open), Ok(close)) = (
                chrono::NaiveTime::parse_from_str(opens, "%H:%M"),
                chrono::NaiveTime::parse_from_str(closes, "%H:%M"),
            ) else {
                continue;
            };
            let mut start = open;
            while start + Duration::hours(1) <= close {
                let end = start + Duration::hours(1);
                let id = format!(
                    "slot-{branch}-{}-{}",
                    date.format("%Y%m%d"),
                    start.format("%H%M")
                );
                tx.execute(
                    "INSERT OR IGNORE INTO slots (id, branch_id, date, starts, ends, quota)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        id,
                        branch,
                        iso(date),
                        start.format("%H:%M").to_string(),
                        end.format("%H:%M").to_string(),
                        SLOT_QUOTA
                    ],
                )?;
                start = end;
            }
        }
    }
    Ok(())
}
