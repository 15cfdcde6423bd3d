//! Issuing bank and card type from the BIN (the leading digits of a card number).
//!
//! The built-in table is deliberately partial: it holds only widely published prefixes of the
//! fifteen largest mainland banks, each one checked against a public UnionPay-derived BIN list,
//! and leaves out every prefix whose bank or card type the sources disagree on, because a wrong entry is worse than a missing one
//! (it could let a credit card through for a disbursement, or turn away a good debit card).
//! Banks issue new BINs every year; a bank deploying Puhui replaces this table with its own
//! BIN file (from UnionPay) through [`BinTable::new`].

use std::sync::OnceLock;

use crate::i18n::{Locale, Localizer};

/// The banks the built-in table knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bank {
    /// 中国工商银行.
    Icbc,
    /// 中国建设银行.
    Ccb,
    /// 中国农业银行.
    Abc,
    /// 中国银行.
    Boc,
    /// 交通银行.
    Bocom,
    /// 中国邮政储蓄银行.
    Psbc,
    /// 招商银行.
    Cmb,
    /// 中信银行.
    Citic,
    /// 中国光大银行.
    Ceb,
    /// 兴业银行.
    Cib,
    /// 上海浦东发展银行.
    Spdb,
    /// 中国民生银行.
    Cmbc,
    /// 平安银行.
    PingAn,
    /// 华夏银行.
    Huaxia,
    /// 广发银行.
    Cgb,
}

impl Bank {
    /// Every bank, in the order of the table above.
    pub const ALL: [Bank; 15] = [
        Bank::Icbc,
        Bank::Ccb,
        Bank::Abc,
        Bank::Boc,
        Bank::Bocom,
        Bank::Psbc,
        Bank::Cmb,
        Bank::Citic,
        Bank::Ceb,
        Bank::Cib,
        Bank::Spdb,
        Bank::Cmbc,
        Bank::PingAn,
        Bank::Huaxia,
        Bank::Cgb,
    ];

    /// A stable upper-case code (the bank's usual English abbreviation), for BIN files and the
    /// bank API.
    pub fn code(self) -> &'static str {
        match self {
            Bank::Icbc => "ICBC",
            Bank::Ccb => "CCB",
            Bank::Abc => "ABC",
            Bank::Boc => "BOC",
            Bank::Bocom => "BOCOM",
            Bank::Psbc => "PSBC",
            Bank::Cmb => "CMB",
            Bank::Citic => "CITIC",
            Bank::Ceb => "CEB",
            Bank::Cib => "CIB",
            Bank::Spdb => "SPDB",
            Bank::Cmbc => "CMBC",
            Bank::PingAn => "PAB",
            Bank::Huaxia => "HXB",
            Bank::Cgb => "CGB",
        }
    }

    /// The bank with this [`code`](Bank::code), case-insensitively.
    pub fn from_code(code: &str) -> Option<Bank> {
        Bank::ALL
            .into_iter()
            .find(|b| b.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The Fluent message with the bank's name (`bank-icbc`, …).
    pub fn message_id(self) -> &'static str {
        match self {
            Bank::Icbc => "bank-icbc",
            Bank::Ccb => "bank-ccb",
            Bank::Abc => "bank-abc",
            Bank::Boc => "bank-boc",
            Bank::Bocom => "bank-bocom",
            Bank::Psbc => "bank-psbc",
            Bank::Cmb => "bank-cmb",
            Bank::Citic => "bank-citic",
            Bank::Ceb => "bank-ceb",
            Bank::Cib => "bank-cib",
            Bank::Spdb => "bank-spdb",
            Bank::Cmbc => "bank-cmbc",
            Bank::PingAn => "bank-pingan",
            Bank::Huaxia => "bank-huaxia",
            Bank::Cgb => "bank-cgb",
        }
    }

    /// The bank's name in the customer's language.
    pub fn localised_name(self, locale: Locale) -> String {
        Localizer::get(locale).format(self.message_id(), &[])
    }
}

/// Debit or credit. Semi-credit cards (准贷记卡) count as credit: money lent must not land on
/// a card with an overdraft line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardType {
    /// 借记卡 (储蓄卡): money paid in is the holder's own.
    Debit,
    /// 信用卡 or 准贷记卡.
    Credit,
}

impl CardType {
    /// The Fluent message with the type's name.
    pub fn message_id(self) -> &'static str {
        match self {
            CardType::Debit => "card-type-debit",
            CardType::Credit => "card-type-credit",
        }
    }

    /// The type's name in the customer's language.
    pub fn localised_name(self, locale: Locale) -> String {
        Localizer::get(locale).format(self.message_id(), &[])
    }
}

/// One row of a BIN table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BinEntry {
    /// Leading digits of the card number (1–10 ASCII digits).
    pub prefix: String,
    /// Issuing bank.
    pub bank: Bank,
    /// Debit or credit.
    pub card_type: CardType,
}

/// A BIN table: the longest matching prefix decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BinTable {
    /// Sorted by descending prefix length, so the first match is the longest.
    entries: Vec<BinEntry>,
}

impl BinTable {
    /// A table from a bank's own BIN file. Rows whose prefix is not 1–10 ASCII digits could
    /// never match a card number and are dropped; of two rows with the same prefix, the first
    /// one wins.
    pub fn new(entries: impl IntoIterator<Item = BinEntry>) -> BinTable {
        let mut entries: Vec<BinEntry> = entries
            .into_iter()
            .filter(|e| {
                (1..=10).contains(&e.prefix.len()) && e.prefix.bytes().all(|b| b.is_ascii_digit())
            })
            .collect();
        // A stable sort keeps the given order among equally long prefixes.
        entries.sort_by_key(|e| std::cmp::Reverse(e.prefix.len()));
        BinTable { entries }
    }

    /// The built-in partial table (see the module documentation).
    pub fn builtin() -> &'static BinTable {
        static TABLE: OnceLock<BinTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            BinTable::new(BUILTIN.iter().map(|(prefix, bank, card_type)| BinEntry {
                prefix: (*prefix).to_owned(),
                bank: *bank,
                card_type: *card_type,
            }))
        })
    }

    /// The entry with the longest prefix of `card_number` (digits only), if any.
    pub fn lookup(&self, card_number: &str) -> Option<&BinEntry> {
        self.entries
            .iter()
            .find(|e| card_number.starts_with(e.prefix.as_str()))
    }

    /// Every row, longest prefixes first.
    pub fn entries(&self) -> &[BinEntry] {
        &self.entries
    }
}

use Bank::*;
use CardType::{Credit as C, Debit as D};

/// Widely published BINs. Partial by design; see the module documentation.
const BUILTIN: &[(&str, Bank, CardType)] = &[
    // 工商银行: 牡丹灵通卡 and its IC successors; 95588 is the old 19-digit 灵通卡 range.
    ("622202", Icbc, D),
    ("622203", Icbc, D),
    ("622208", Icbc, D),
    ("621225", Icbc, D),
    ("621226", Icbc, D),
    ("621558", Icbc, D),
    ("621559", Icbc, D),
    ("95588", Icbc, D),
    ("622230", Icbc, C),
    ("622235", Icbc, C),
    ("427020", Icbc, C),
    ("427030", Icbc, C),
    // 建设银行: 龙卡储蓄卡; 龙卡信用卡.
    ("621700", Ccb, D),
    ("622700", Ccb, D),
    ("622280", Ccb, D),
    ("436742", Ccb, D),
    ("436748", Ccb, C),
    ("622166", Ccb, C),
    ("622168", Ccb, C),
    // 农业银行: 金穗借记卡 (95599 the old 19-digit range); 金穗准贷记卡.
    ("622848", Abc, D),
    ("622845", Abc, D),
    ("622846", Abc, D),
    ("622841", Abc, D),
    ("95599", Abc, D),
    ("622836", Abc, C),
    ("622837", Abc, C),
    // 中国银行: 长城借记卡 and its IC successors; 长城信用卡.
    ("621660", Boc, D),
    ("621661", Boc, D),
    ("621663", Boc, D),
    ("621666", Boc, D),
    ("621667", Boc, D),
    ("621668", Boc, D),
    ("621669", Boc, D),
    ("456351", Boc, D),
    ("601382", Boc, D),
    ("622760", Boc, C),
    // 交通银行: 太平洋借记卡; 太平洋信用卡.
    ("622260", Bocom, D),
    ("622261", Bocom, D),
    ("622262", Bocom, D),
    ("622258", Bocom, D),
    ("622259", Bocom, D),
    ("601428", Bocom, D),
    ("405512", Bocom, D),
    ("458123", Bocom, C),
    ("458124", Bocom, C),
    ("622252", Bocom, C),
    ("622253", Bocom, C),
    // 邮储银行: 绿卡通 and 绿卡储蓄卡 (955100 the old range).
    ("621797", Psbc, D),
    ("621798", Psbc, D),
    ("621799", Psbc, D),
    ("622150", Psbc, D),
    ("622151", Psbc, D),
    ("622188", Psbc, D),
    ("621098", Psbc, D),
    ("955100", Psbc, D),
    // 招商银行: 一卡通 (95555 the old range); 招行信用卡.
    ("622588", Cmb, D),
    ("622580", Cmb, D),
    ("621483", Cmb, D),
    ("621485", Cmb, D),
    ("621486", Cmb, D),
    ("621286", Cmb, D),
    ("410062", Cmb, D),
    ("95555", Cmb, D),
    ("622575", Cmb, C),
    ("622576", Cmb, C),
    ("622577", Cmb, C),
    ("622578", Cmb, C),
    ("622579", Cmb, C),
    ("622581", Cmb, C),
    ("622582", Cmb, C),
    ("439188", Cmb, C),
    ("439225", Cmb, C),
    ("439227", Cmb, C),
    // 中信银行: 中信借记卡.
    ("622690", Citic, D),
    ("622691", Citic, D),
    ("622692", Citic, D),
    ("622696", Citic, D),
    ("622698", Citic, D),
    ("968807", Citic, D),
    ("968808", Citic, D),
    ("968809", Citic, D),
    // 光大银行: 阳光卡.
    ("622660", Ceb, D),
    ("622661", Ceb, D),
    ("622662", Ceb, D),
    ("622663", Ceb, D),
    ("622664", Ceb, D),
    ("622665", Ceb, D),
    ("622666", Ceb, D),
    ("622667", Ceb, D),
    ("622668", Ceb, D),
    ("622669", Ceb, D),
    // 兴业银行: 兴业卡 (18 digits); 兴业信用卡.
    ("622908", Cib, D),
    ("622909", Cib, D),
    ("966666", Cib, D),
    ("438588", Cib, D),
    ("438589", Cib, D),
    ("622901", Cib, C),
    ("622902", Cib, C),
    // 浦发银行: 东方卡.
    ("622521", Spdb, D),
    ("622522", Spdb, D),
    ("622523", Spdb, D),
    ("621792", Spdb, D),
    // 民生银行: 民生借记卡.
    ("622615", Cmbc, D),
    ("622617", Cmbc, D),
    ("622618", Cmbc, D),
    ("622622", Cmbc, D),
    ("415599", Cmbc, D),
    // 平安银行: 借记卡.
    ("622298", PingAn, D),
    ("622986", PingAn, D),
    ("622989", PingAn, D),
    ("623058", PingAn, D),
    ("621626", PingAn, D),
    ("602907", PingAn, D),
    // 华夏银行: 华夏卡.
    ("622630", Huaxia, D),
    ("622631", Huaxia, D),
    ("622632", Huaxia, D),
    ("622633", Huaxia, D),
    // 广发银行: 广发理财通.
    ("622568", Cgb, D),
];

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn builtin_table_is_well_formed() {
        let table = BinTable::builtin();
        assert_eq!(
            table.entries().len(),
            BUILTIN.len(),
            "no built-in row may be dropped"
        );
        let prefixes: HashSet<_> = BUILTIN.iter().map(|(p, _, _)| *p).collect();
        assert_eq!(
            prefixes.len(),
            BUILTIN.len(),
            "duplicate prefix in the built-in table"
        );
        for bank in Bank::ALL {
            assert!(
                BUILTIN
                    .iter()
                    .any(|(_, b, t)| *b == bank && *t == CardType::Debit),
                "{bank:?} has no debit prefix, so its customers could never receive a loan"
            );
        }
    }

    #[test]
    fn longest_prefix_wins() {
        let table = BinTable::new([
            BinEntry {
                prefix: "6222".into(),
                bank: Bank::Icbc,
                card_type: CardType::Debit,
            },
            BinEntry {
                prefix: "622288".into(),
                bank: Bank::Cmb,
                card_type: CardType::Credit,
            },
            BinEntry {
                prefix: "62a".into(),
                bank: Bank::Boc,
                card_type: CardType::Debit,
            },
        ]);
        assert_eq!(
            table.entries().len(),
            2,
            "a prefix with a letter can never match"
        );
        assert_eq!(
            table.lookup("6222881234567890").map(|e| e.bank),
            Some(Bank::Cmb)
        );
        assert_eq!(
            table.lookup("6222021234567890").map(|e| e.bank),
            Some(Bank::Icbc)
        );
        assert_eq!(table.lookup("6223021234567890"), None);
    }

    #[test]
    fn bank_codes_round_trip_and_names_are_localised() {
        for bank in Bank::ALL {
            assert_eq!(Bank::from_code(&bank.code().to_lowercase()), Some(bank));
            for locale in Locale::ALL {
                let name = bank.localised_name(locale);
                assert_ne!(
                    name,
                    bank.message_id(),
                    "{bank:?} has no name in {}",
                    locale.tag()
                );
            }
        }
        assert_eq!(Bank::Icbc.localised_name(Locale::ZhCn), "中国工商银行");
        assert_eq!(Bank::Cib.localised_name(Locale::ZhTw), "興業銀行");
    }
}
