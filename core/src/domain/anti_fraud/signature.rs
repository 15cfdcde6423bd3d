//! Signed rule-pack updates. The bank signs the exact bytes of a pack with ed25519; the app
//! accepts an update only if a trusted key verifies it, it parses and compiles, and it is
//! newer than the pack in use. Anything else leaves the current pack in place.
//!
//! Wire form (what the bank endpoint returns): `{"pack": "<the pack JSON as a string>",
//! "signature": "<128 hex digits: ed25519 signature of the pack string's UTF-8 bytes>"}`.

use std::sync::Arc;

use ed25519_dalek::{Signature, VerifyingKey};
use serde::Deserialize;

use super::error::PackError;
use super::pack::RulePack;
use super::rules::Rules;

/// Public keys whose signatures the app accepts (the bank may rotate, so more than one).
#[derive(Clone, Debug, Default)]
pub struct TrustedKeys(Vec<VerifyingKey>);

impl TrustedKeys {
    /// Trusts these keys.
    pub fn new(keys: Vec<VerifyingKey>) -> Self {
        TrustedKeys(keys)
    }

    /// Parses keys given as 64 hex digits each (from the app's configuration). A key that
    /// does not parse is an invalid configuration, not something to skip quietly.
    pub fn from_hex(keys: &[&str]) -> Result<Self, PackError> {
        let bad = || PackError::Invalid {
            reason: "a trusted key is not 32 bytes of hex".into(),
        };
        let mut out = Vec::new();
        for k in keys {
            let bytes: [u8; 32] = hex::decode(k.trim())
                .map_err(|_| bad())?
                .try_into()
                .map_err(|_| bad())?;
            out.push(VerifyingKey::from_bytes(&bytes).map_err(|_| bad())?);
        }
        Ok(TrustedKeys(out))
    }
}

/// An update as received from the bank.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct PackUpdate {
    /// The pack JSON, exactly as signed.
    pub pack: String,
    /// The signature in hex; empty when missing.
    #[serde(default)]
    pub signature: String,
}

impl PackUpdate {
    /// Parses the bank's response body.
    pub fn from_json(body: &[u8]) -> Result<PackUpdate, PackError> {
        if body.is_empty() {
            return Err(PackError::Empty);
        }
        serde_json::from_slice(body).map_err(|e| PackError::Malformed {
            line: e.line(),
            column: e.column(),
        })
    }

    /// Verifies the signature and parses the pack.
    pub fn verify(&self, keys: &TrustedKeys) -> Result<RulePack, PackError> {
        if self.pack.is_empty() {
            return Err(PackError::Empty);
        }
        if self.signature.trim().is_empty() {
            return Err(PackError::Unsigned);
        }
        let raw: [u8; 64] = hex::decode(self.signature.trim())
            .map_err(|_| PackError::BadSignature)?
            .try_into()
            .map_err(|_| PackError::BadSignature)?;
        let sig = Signature::from_bytes(&raw);
        let bytes = self.pack.as_bytes();
        if !keys.0.iter().any(|k| k.verify_strict(bytes, &sig).is_ok()) {
            return Err(PackError::BadSignature);
        }
        RulePack::parse(bytes)
    }
}

/// Where the pack in use came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackSource {
    /// Shipped in the app.
    BuiltIn,
    /// A verified update from the bank.
    Update,
}

/// The pack in use. Readers hold an `Arc` to the compiled rules, so an update swaps the
/// pointer and never disturbs a check in progress.
#[derive(Clone, Debug)]
pub struct ActivePack {
    rules: Arc<Rules>,
    source: PackSource,
}

impl ActivePack {
    /// Starts with the built-in pack.
    pub fn built_in() -> Result<ActivePack, PackError> {
        Ok(ActivePack {
            rules: Arc::new(Rules::built_in()?),
            source: PackSource::BuiltIn,
        })
    }

    /// The rules to check with.
    pub fn rules(&self) -> Arc<Rules> {
        Arc::clone(&self.rules)
    }

    /// Version in use.
    pub fn version(&self) -> u32 {
        self.rules.version()
    }

    /// Where the pack came from.
    pub fn source(&self) -> PackSource {
        self.source
    }

    /// Applies an update: verified, parsed, compiled and newer, or refused with the reason and
    /// the current pack kept. Returns the new version.
    pub fn apply(&mut self, update: &PackUpdate, keys: &TrustedKeys) -> Result<u32, PackError> {
        let pack = update.verify(keys)?;
        let current = self.version();
        if pack.version <= current {
            return Err(PackError::NotNewer {
                current,
                offered: pack.version,
            });
        }
        let rules = Rules::compile(&pack)?;
        self.rules = Arc::new(rules);
        self.source = PackSource::Update;
        Ok(pack.version)
    }
}

#[cfg(test)]
mod tests {
    use ed25519_dalek::{Signer, SigningKey};

    use super::*;
    use crate::domain::anti_fraud::pack::DEFAULT_PACK_JSON;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn pack_with_version(v: u32) -> String {
        let mut p: serde_json::Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
        p["version"] = v.into();
        p.to_string()
    }

    fn signed(pack: &str, k: &SigningKey) -> PackUpdate {
        PackUpdate {
            pack: pack.to_owned(),
            signature: hex::encode(k.sign(pack.as_bytes()).to_bytes()),
        }
    }

    fn trusted() -> TrustedKeys {
        TrustedKeys::new(vec![key(7).verifying_key()])
    }

    #[test]
    fn a_signed_newer_pack_replaces_the_current_one() {
        let mut active = ActivePack::built_in().unwrap();
        let before = active.version();
        let update = signed(&pack_with_version(before + 1), &key(7));
        assert_eq!(active.apply(&update, &trusted()), Ok(before + 1));
        assert_eq!(active.source(), PackSource::Update);
        // A replay of the same update is refused.
        assert_eq!(
            active.apply(&update, &trusted()),
            Err(PackError::NotNewer {
                current: before + 1,
                offered: before + 1
            })
        );
    }

    #[test]
    fn bad_updates_never_replace_a_good_pack() {
        let mut active = ActivePack::built_in().unwrap();
        let v = active.version();
        let good = pack_with_version(v + 1);
        let mut tampered = signed(&good, &key(7));
        tampered.pack = tampered.pack.replacen("\"scam\":6", "\"scam\":60", 1);
        // Cut at a character boundary: the pack holds Chinese text.
        let half = (0..=good.len() / 2)
            .rev()
            .find(|i| good.is_char_boundary(*i))
            .unwrap_or(0);
        let mut truncated = signed(&good, &key(7));
        truncated.pack.truncate(half);
        let truncated_then_signed = signed(&good[..half], &key(7));
        let cases = [
            (
                PackUpdate {
                    pack: good.clone(),
                    signature: String::new(),
                },
                PackError::Unsigned,
            ),
            (signed(&good, &key(9)), PackError::BadSignature),
            (tampered, PackError::BadSignature),
            (truncated, PackError::BadSignature),
            (
                PackUpdate {
                    pack: good.clone(),
                    signature: "zz".into(),
                },
                PackError::BadSignature,
            ),
            (
                signed(&pack_with_version(v), &key(7)),
                PackError::NotNewer {
                    current: v,
                    offered: v,
                },
            ),
            (PackUpdate::default(), PackError::Empty),
        ];
        for (update, want) in cases {
            assert_eq!(active.apply(&update, &trusted()), Err(want));
            assert_eq!(
                (active.version(), active.source()),
                (v, PackSource::BuiltIn)
            );
        }
        let err = active
            .apply(&truncated_then_signed, &trusted())
            .unwrap_err();
        assert!(matches!(err, PackError::Malformed { .. }), "{err:?}");
        assert_eq!(active.version(), v);
    }

    #[test]
    fn an_update_carries_its_text_model_and_a_broken_model_is_refused() {
        let mut active = ActivePack::built_in().unwrap();
        let v = active.version();
        assert!(
            active.rules().model().is_some(),
            "built-in pack has a model"
        );
        let with_model = |grams: serde_json::Value| {
            let mut p: serde_json::Value = serde_json::from_str(&pack_with_version(v + 1)).unwrap();
            p["model"] = serde_json::json!({
                "grams": grams, "bias": 0, "shift": 0, "points_per_logit": 1000, "most_up": 3, "most_down": 4
            });
            p.to_string()
        };
        let broken = signed(&with_model(serde_json::json!({"五个汉字啊": 1})), &key(7));
        let err = active.apply(&broken, &trusted()).unwrap_err();
        assert!(matches!(err, PackError::Invalid { .. }), "{err:?}");
        assert_eq!(active.version(), v);
        let good = signed(&with_model(serde_json::json!({"解冻": 900})), &key(7));
        assert_eq!(active.apply(&good, &trusted()), Ok(v + 1));
        let rules = active.rules();
        let model = rules.model().expect("the update's model is in use");
        assert_eq!(model.logit_milli("解冻"), 900);
    }

    #[test]
    fn wire_form_and_key_config_parse() {
        let k = key(7);
        let body =
            serde_json::json!({"pack": "{}", "signature": hex::encode(k.sign(b"{}").to_bytes())});
        let update = PackUpdate::from_json(body.to_string().as_bytes()).unwrap();
        assert!(matches!(
            update.verify(&trusted()),
            Err(PackError::Malformed { .. })
        ));
        assert!(matches!(
            PackUpdate::from_json(b"{\"pack\": \"x"),
            Err(PackError::Malformed { .. })
        ));
        let keys = TrustedKeys::from_hex(&[&hex::encode(k.verifying_key().to_bytes())]).unwrap();
        assert_eq!(update.verify(&keys), update.verify(&trusted()));
        assert!(TrustedKeys::from_hex(&["abcd"]).is_err());
    }
}
