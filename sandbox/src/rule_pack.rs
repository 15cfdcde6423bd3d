//! The anti-fraud rule pack, signed. The sandbox serves the app's built-in pack one version
//! newer, signed with a fixed **development** key, so that the app's update path (download,
//! verify, apply only if newer) runs end to end against it.
//!
//! The development key pair is derived from a published seed: the 32 ASCII bytes
//! [`DEV_SIGNING_SEED`] are the ed25519 secret key. Anyone can sign with it, which is the point
//! of a development key and why a real bank uses its own, kept in an HSM; the app trusts only
//! the public keys in its configuration.

use std::sync::OnceLock;

use ed25519_dalek::{Signer, SigningKey};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::error::{ApiError, ApiErrorBody};
use crate::state::AppState;

/// The seed (the ed25519 secret key) of the development signing key. Public on purpose.
pub const DEV_SIGNING_SEED: &[u8; 32] = b"puhui-sandbox-rule-pack-dev-key1";

/// The development public key in hex: configure it as a trusted key to accept the sandbox's
/// packs. `tests` check that it matches [`DEV_SIGNING_SEED`].
pub const DEV_PUBLIC_KEY_HEX: &str =
    "019b0e4d4d153a4c83c58ad25b8c5be898b44e38adaabb71ad327de81a6aa90a";

/// The development signing key.
pub fn dev_signing_key() -> SigningKey {
    SigningKey::from_bytes(DEV_SIGNING_SEED)
}

/// A signed rule pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SignedRulePack {
    /// The pack JSON, as a string: the exact bytes that were signed.
    pub pack: String,
    /// ed25519 signature of the UTF-8 bytes of `pack`, 128 hex digits.
    pub signature: String,
}

/// The version the sandbox serves: one above the app's built-in pack.
pub fn served_version() -> Result<u32, ApiError> {
    let pack: serde_json::Value =
        serde_json::from_str(puhui_core::domain::anti_fraud::pack::DEFAULT_PACK_JSON)
            .map_err(|_| ApiError::internal())?;
    let built_in = pack["version"]
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(ApiError::internal)?;
    Ok(built_in.saturating_add(1))
}

/// Builds and signs the pack the sandbox serves: the app's built-in rules and text model, one
/// version up (an update is a whole pack, so it carries the model too).
pub fn signed_pack() -> Result<SignedRulePack, ApiError> {
    let built_in = puhui_core::domain::anti_fraud::pack::RulePack::built_in()
        .map_err(|_| ApiError::internal())?;
    let mut pack = serde_json::to_value(built_in).map_err(|_| ApiError::internal())?;
    pack["version"] = served_version()?.into();
    let pack = pack.to_string();
    let signature = hex::encode(dev_signing_key().sign(pack.as_bytes()).to_bytes());
    Ok(SignedRulePack { pack, signature })
}

/// The current anti-fraud rule pack, signed by the bank.
///
/// The client verifies `signature` over the UTF-8 bytes of `pack` with a trusted ed25519
/// public key, parses the pack and applies it only if its `version` is newer than the one in
/// use. The sandbox signs with a development key whose 32-byte secret is the published ASCII
/// seed `puhui-sandbox-rule-pack-dev-key1`; its public key (hex) is
/// `019b0e4d4d153a4c83c58ad25b8c5be898b44e38adaabb71ad327de81a6aa90a`.
/// A real bank signs with its own key and publishes only the public half.
#[utoipa::path(get, path = "/v1/anti-fraud/rule-pack", tag = "anti-fraud",
    responses(
        (status = 200, description = "The signed pack", body = SignedRulePack),
        (status = 500, description = "The pack could not be built", body = ApiErrorBody),
    ))]
pub async fn get_rule_pack() -> Result<axum::Json<SignedRulePack>, ApiError> {
    static PACK: OnceLock<Result<SignedRulePack, ApiError>> = OnceLock::new();
    PACK.get_or_init(signed_pack).clone().map(axum::Json)
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_rule_pack))
}

#[cfg(test)]
mod tests {
    use ed25519_dalek::{Signature, VerifyingKey};

    use super::*;

    #[test]
    fn the_published_public_key_belongs_to_the_published_seed() {
        assert_eq!(
            hex::encode(dev_signing_key().verifying_key().to_bytes()),
            DEV_PUBLIC_KEY_HEX
        );
    }

    #[test]
    fn the_served_pack_verifies_and_is_newer_than_the_built_in_one() {
        let signed = signed_pack().unwrap();
        let key_bytes: [u8; 32] = hex::decode(DEV_PUBLIC_KEY_HEX).unwrap().try_into().unwrap();
        let sig: [u8; 64] = hex::decode(&signed.signature).unwrap().try_into().unwrap();
        VerifyingKey::from_bytes(&key_bytes)
            .unwrap()
            .verify_strict(signed.pack.as_bytes(), &Signature::from_bytes(&sig))
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&signed.pack).unwrap();
        assert_eq!(
            v["version"].as_u64(),
            Some(u64::from(served_version().unwrap()))
        );
        let built_in = puhui_core::domain::anti_fraud::pack::RulePack::built_in().unwrap();
        assert!(served_version().unwrap() > built_in.version);
        assert!(
            v["model"]["grams"]
                .as_object()
                .is_some_and(|g| !g.is_empty()),
            "the update carries the text model"
        );
    }

    #[test]
    fn the_contract_publishes_the_public_key() {
        let doc = crate::openapi_json();
        assert!(doc.contains(DEV_PUBLIC_KEY_HEX));
    }
}
