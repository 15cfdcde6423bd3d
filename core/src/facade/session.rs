//! Signing in and out of the bank. Tokens live in the OS secret store (never SQLite, never a
//! log); signing out wipes them even when the bank cannot be reached.

use std::sync::Arc;

use super::Puhui;
use crate::adapters::{BankClientOptions, HttpBankClient};
use crate::domain::text::compact_number_input;
use crate::error::{PublicError, UserFacing};
use crate::ports::SecretStore;
use crate::ports::bank::{BankApi, BankError, Token, Tokens};

const ACCESS: &str = "bank-access-token";
const REFRESH: &str = "bank-refresh-token";
const CUSTOMER: &str = "bank-customer-id";

/// The result of a successful sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedIn {
    /// The bank's id of the customer.
    pub customer_id: String,
}

/// Sign-in, tokens and sign-out.
pub struct Session<'a> {
    core: &'a Puhui,
}

impl Puhui {
    /// Signing in and out of the bank.
    pub fn session(&self) -> Session<'_> {
        Session { core: self }
    }

    /// An HTTP client for the configured bank URL (HTTPS, or HTTP to loopback only).
    pub fn bank_client(&self) -> Result<HttpBankClient, PublicError> {
        let url = self
            .config()
            .bank_url
            .as_deref()
            .ok_or(BankError::NotConfigured);
        url.and_then(|u| HttpBankClient::new(u, BankClientOptions::default()))
            .map_err(|e| PublicError::localise(&e, self.locale()))
    }
}

/// An 11-digit mainland mobile number after folding full-width digits and dropping spaces and
/// hyphens; `None` for anything else.
pub fn normalise_phone(input: &str) -> Option<String> {
    let mut phone = compact_number_input(input);
    if let Some(rest) = phone.strip_prefix("+86") {
        phone = rest.to_owned();
    }
    let ok =
        phone.len() == 11 && phone.starts_with('1') && phone.bytes().all(|b| b.is_ascii_digit());
    ok.then_some(phone)
}

impl Session<'_> {
    fn fail(&self, e: &dyn UserFacing) -> PublicError {
        PublicError::localise(e, self.core.locale())
    }

    fn secrets(&self) -> Result<Arc<dyn SecretStore>, PublicError> {
        self.core.secrets()
    }

    fn save(&self, tokens: &Tokens) -> Result<(), PublicError> {
        let s = self.secrets()?;
        s.set(ACCESS, tokens.access_token.expose())
            .map_err(|e| self.fail(&e))?;
        s.set(REFRESH, tokens.refresh_token.expose())
            .map_err(|e| self.fail(&e))?;
        s.set(CUSTOMER, &tokens.customer_id)
            .map_err(|e| self.fail(&e))?;
        Ok(())
    }

    /// Asks the bank to text a sign-in code to `phone` (full-width digits and spaces are fine).
    pub async fn request_sms_code(
        &self,
        bank: &dyn BankApi,
        phone: &str,
    ) -> Result<(), PublicError> {
        let phone = normalise_phone(phone).ok_or_else(|| self.fail(&BankError::InvalidPhone))?;
        bank.request_sms_code(&phone)
            .await
            .map_err(|e| self.fail(&e))
    }

    /// Signs in with the texted code and keeps the tokens in the OS secret store.
    pub async fn sign_in(
        &self,
        bank: &dyn BankApi,
        phone: &str,
        sms_code: &str,
    ) -> Result<SignedIn, PublicError> {
        let phone = normalise_phone(phone).ok_or_else(|| self.fail(&BankError::InvalidPhone))?;
        let code = compact_number_input(sms_code);
        let tokens = bank
            .sign_in(&phone, &code)
            .await
            .map_err(|e| self.fail(&e))?;
        self.save(&tokens)?;
        Ok(SignedIn {
            customer_id: tokens.customer_id,
        })
    }

    /// The access token, when signed in.
    pub fn access_token(&self) -> Result<Option<Token>, PublicError> {
        let s = self.secrets()?;
        Ok(s.get(ACCESS).map_err(|e| self.fail(&e))?.map(Token::new))
    }

    /// The signed-in customer's id, when signed in.
    pub fn customer_id(&self) -> Result<Option<String>, PublicError> {
        self.secrets()?.get(CUSTOMER).map_err(|e| self.fail(&e))
    }

    /// True when tokens are stored.
    pub fn is_signed_in(&self) -> Result<bool, PublicError> {
        Ok(self.access_token()?.is_some())
    }

    /// Gets new tokens with the stored refresh token. When the bank refuses it, the stored
    /// tokens are wiped: the customer must sign in again.
    pub async fn refresh(&self, bank: &dyn BankApi) -> Result<Token, PublicError> {
        let s = self.secrets()?;
        let refresh = s
            .get(REFRESH)
            .map_err(|e| self.fail(&e))?
            .ok_or_else(|| self.fail(&BankError::SignedOut))?;
        match bank.refresh(&Token::new(refresh)).await {
            Ok(tokens) => {
                self.save(&tokens)?;
                Ok(tokens.access_token)
            }
            Err(BankError::SignedOut) => {
                self.wipe()?;
                Err(self.fail(&BankError::SignedOut))
            }
            Err(e) => Err(self.fail(&e)),
        }
    }

    fn wipe(&self) -> Result<(), PublicError> {
        let s = self.secrets()?;
        for name in [ACCESS, REFRESH, CUSTOMER] {
            s.delete(name).map_err(|e| self.fail(&e))?;
        }
        Ok(())
    }

    /// Signs out: tells the bank when it can be reached, and wipes the stored tokens in any
    /// case, so that a lost network never leaves the customer signed in on this device.
    pub async fn sign_out(&self, bank: &dyn BankApi) -> Result<(), PublicError> {
        let token = self.access_token()?;
        if let Some(token) = token
            && let Err(e) = bank.sign_out(&token).await
        {
            tracing::info!(
                code = e.code(),
                "bank sign-out failed; local tokens wiped anyway"
            );
        }
        self.wipe()
    }
}

#[cfg(test)]
mod tests {
    use super::normalise_phone;

    #[test]
    fn phones_are_normalised_or_refused() {
        assert_eq!(
            normalise_phone("138 0013 8002").as_deref(),
            Some("13800138002")
        );
        assert_eq!(
            normalise_phone("＋８６１３８００１３８００２").as_deref(),
            Some("13800138002")
        );
        assert_eq!(normalise_phone("1380013800"), None);
        assert_eq!(normalise_phone("23800138002"), None);
        assert_eq!(normalise_phone("1380013800a"), None);
    }
}
