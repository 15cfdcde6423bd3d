//! The scam types and verdicts the engine speaks in.

use serde::{Deserialize, Serialize};

/// The ten most reported telecom and online scam types (Ministry of Public Security).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScamType {
    /// 刷单返利: paid "tasks" (likes, fake orders) that need money up front.
    TaskRebate,
    /// 虚假投资理财: fake investment, stock tips, crypto platforms.
    FakeInvestment,
    /// 虚假网络贷款: fees before disbursement, "unfreezing" after a "wrong card number".
    FakeLoan,
    /// 冒充电商物流客服: fake customer service of shops, couriers or banks.
    FakeCustomerService,
    /// 冒充公检法: fake police, prosecutors and courts, and the "safe account".
    FakePolice,
    /// 虚假征信: fake credit repair, "cancel your student-loan account".
    FakeCreditRepair,
    /// 虚假购物服务: fake shops, private payment outside the platform.
    FakeShopping,
    /// 冒充领导熟人: fake boss, relative or friend with a "new number".
    ImpersonateAcquaintance,
    /// 网络婚恋交友 (杀猪盘): online romance leading to money.
    Romance,
    /// 网络游戏虚假交易: fake game-item trades, refunds and "frozen" game accounts.
    GameTrade,
}

impl ScamType {
    /// Every type, in the order the ministry lists them.
    pub const ALL: [ScamType; 10] = [
        ScamType::TaskRebate,
        ScamType::FakeInvestment,
        ScamType::FakeLoan,
        ScamType::FakeCustomerService,
        ScamType::FakePolice,
        ScamType::FakeCreditRepair,
        ScamType::FakeShopping,
        ScamType::ImpersonateAcquaintance,
        ScamType::Romance,
        ScamType::GameTrade,
    ];

    /// Stable id, used in rule packs, Fluent ids (`af-type-<id>`) and data files.
    pub fn id(self) -> &'static str {
        match self {
            ScamType::TaskRebate => "task_rebate",
            ScamType::FakeInvestment => "fake_investment",
            ScamType::FakeLoan => "fake_loan",
            ScamType::FakeCustomerService => "fake_customer_service",
            ScamType::FakePolice => "fake_police",
            ScamType::FakeCreditRepair => "fake_credit_repair",
            ScamType::FakeShopping => "fake_shopping",
            ScamType::ImpersonateAcquaintance => "impersonate_acquaintance",
            ScamType::Romance => "romance",
            ScamType::GameTrade => "game_trade",
        }
    }

    /// The type with this id.
    pub fn from_id(id: &str) -> Option<ScamType> {
        ScamType::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The id as used in Fluent message ids (dashes, not underscores).
    pub fn fluent_key(self) -> String {
        self.id().replace('_', "-")
    }
}

/// How worried the customer should be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing of note.
    Safe,
    /// Some red flags: check with the bank before acting.
    Suspicious,
    /// A known scam pattern: stop, call 96110.
    Scam,
}

impl Verdict {
    /// Stable id for shells and Fluent (`af-verdict-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Safe => "safe",
            Verdict::Suspicious => "suspicious",
            Verdict::Scam => "scam",
        }
    }
}

/// The national anti-fraud hotline.
pub const HOTLINE_96110: &str = "96110";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for t in ScamType::ALL {
            assert_eq!(ScamType::from_id(t.id()), Some(t));
            assert_eq!(
                serde_json::to_string(&t).unwrap(),
                format!("\"{}\"", t.id())
            );
        }
        assert_eq!(ScamType::from_id("nope"), None);
    }
}
