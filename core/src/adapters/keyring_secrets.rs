//! Secrets in the operating system's store through the `keyring` crate: Keychain on Apple
//! platforms, Credential Manager on Windows, and on Linux the Secret Service (GNOME Keyring,
//! KWallet) or, where no Secret Service runs, the kernel keyring.

use keyring::Entry;
use keyring::credential::CredentialBuilder;

use crate::ports::{SecretError, SecretStore};

/// Service name under which every Puhui secret is filed.
const SERVICE: &str = "cn.puhui.app";

/// Which OS store the secrets went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretBackend {
    /// The platform's own store (Keychain, Credential Manager).
    Platform,
    /// The freedesktop Secret Service over D-Bus (persistent).
    SecretService,
    /// The Linux kernel keyring (lives as long as the login session).
    KernelKeyring,
}

/// A [`SecretStore`] backed by the OS keyring.
pub struct KeyringSecretStore {
    namespace: String,
    backend: SecretBackend,
    builder: Box<CredentialBuilder>,
}

impl std::fmt::Debug for KeyringSecretStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyringSecretStore")
            .field("namespace", &self.namespace)
            .field("backend", &self.backend)
            .finish()
    }
}

fn map_err(e: keyring::Error) -> SecretError {
    // The keyring's error text can echo the entry name; log only its kind.
    match e {
        keyring::Error::NoStorageAccess(_) | keyring::Error::PlatformFailure(_) => {
            tracing::warn!("secret store not reachable");
            SecretError::Unavailable
        }
        _ => {
            tracing::warn!("secret store operation failed");
            SecretError::Failed
        }
    }
}

impl KeyringSecretStore {
    /// Opens the best store this machine has. `namespace` separates installations (one per
    /// data directory) so that two profiles never read each other's tokens.
    pub fn open(namespace: &str) -> Result<KeyringSecretStore, SecretError> {
        let mut last = SecretError::Unavailable;
        for (backend, builder) in candidates() {
            let store = KeyringSecretStore {
                namespace: namespace.to_owned(),
                backend,
                builder,
            };
            match store.probe() {
                Ok(()) => {
                    tracing::info!(?backend, "secret store opened");
                    return Ok(store);
                }
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    /// The backend in use.
    pub fn backend(&self) -> SecretBackend {
        self.backend
    }

    /// A write, read and delete round trip: some backends only fail on first real use (a locked
    /// collection, a D-Bus without a Secret Service).
    fn probe(&self) -> Result<(), SecretError> {
        let name = "probe";
        self.set(name, "ok")?;
        let read = self.get(name)?;
        self.delete(name)?;
        if read.as_deref() == Some("ok") {
            Ok(())
        } else {
            Err(SecretError::Failed)
        }
    }

    fn entry(&self, name: &str) -> Result<Entry, SecretError> {
        let user = format!("{}/{}", self.namespace, name);
        let cred = self.builder.build(None, SERVICE, &user).map_err(map_err)?;
        Ok(Entry::new_with_credential(cred))
    }
}

#[cfg(target_os = "linux")]
fn candidates() -> Vec<(SecretBackend, Box<CredentialBuilder>)> {
    vec![
        (
            SecretBackend::SecretService,
            keyring::secret_service::default_credential_builder(),
        ),
        (
            SecretBackend::KernelKeyring,
            keyring::keyutils::default_credential_builder(),
        ),
    ]
}

#[cfg(not(target_os = "linux"))]
fn candidates() -> Vec<(SecretBackend, Box<CredentialBuilder>)> {
    vec![(
        SecretBackend::Platform,
        keyring::default::default_credential_builder(),
    )]
}

impl SecretStore for KeyringSecretStore {
    fn set(&self, name: &str, secret: &str) -> Result<(), SecretError> {
        self.entry(name)?.set_password(secret).map_err(map_err)
    }

    fn get(&self, name: &str) -> Result<Option<String>, SecretError> {
        match self.entry(name)?.get_password() {
            Ok(s) => Ok(Some(s)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(map_err(e)),
        }
    }

    fn delete(&self, name: &str) -> Result<(), SecretError> {
        match self.entry(name)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_err(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    //! These run against the machine's real secret store. The test command starts one (an
    //! unlocked gnome-keyring inside a private D-Bus session, or a kernel session keyring).
    use super::*;

    fn store() -> KeyringSecretStore {
        let ns = format!("test-{}", std::process::id());
        KeyringSecretStore::open(&ns).expect(
            "no OS secret store: run the tests through scripts/test-all.sh, which starts one",
        )
    }

    #[test]
    fn round_trips_replaces_and_deletes_a_secret() {
        let s = store();
        let name = "round-trip";
        s.delete(name).unwrap();
        assert_eq!(s.get(name).unwrap(), None);
        s.set(name, "令牌-token-1").unwrap();
        assert_eq!(s.get(name).unwrap().as_deref(), Some("令牌-token-1"));
        s.set(name, "token-2").unwrap();
        assert_eq!(s.get(name).unwrap().as_deref(), Some("token-2"));
        s.delete(name).unwrap();
        assert_eq!(s.get(name).unwrap(), None);
        s.delete(name).unwrap();
    }

    #[test]
    fn namespaces_do_not_see_each_other() {
        let a = KeyringSecretStore::open(&format!("ns-a-{}", std::process::id())).unwrap();
        let b = KeyringSecretStore::open(&format!("ns-b-{}", std::process::id())).unwrap();
        a.set("shared-name", "from a").unwrap();
        assert_eq!(b.get("shared-name").unwrap(), None);
        a.delete("shared-name").unwrap();
    }
}
