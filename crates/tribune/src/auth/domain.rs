//! Reader input parsed at the edge: an [`Email`], a [`Password`] and a [`DisplayName`] can
//! only be built valid, so nothing past the handler re-checks them.

use unicode_segmentation::UnicodeSegmentation;

use crate::error::AppError;

/// A lowercased email address with one `@` and a dotted domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, AppError> {
        let email = raw.trim().to_lowercase();
        let valid = email.len() <= 254
            && email.split('@').count() == 2
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            });
        if valid {
            Ok(Email(email))
        } else {
            Err(AppError::invalid("email", "is not a valid email address"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password of 8 to 256 characters.
pub struct Password(String);

impl Password {
    /// A password of 8 to 256 characters that zxcvbn does not guess within 10⁸ tries
    /// (its score 3), knowing `context` (the account's email and name): `12345678`,
    /// `password` and `ana@example.org2026` are refused with zxcvbn's advice.
    pub fn parse(raw: &str, context: &[&str]) -> Result<Password, AppError> {
        let n = raw.chars().count();
        if n < 8 {
            return Err(AppError::invalid(
                "password",
                "must be at least 8 characters long",
            ));
        }
        if n > 256 {
            return Err(AppError::invalid(
                "password",
                "must be at most 256 characters long",
            ));
        }
        let strength = zxcvbn::zxcvbn(raw, context);
        if strength.score() < zxcvbn::Score::Three {
            let advice = strength
                .feedback()
                .and_then(|f| f.warning().map(|w| w.to_string()))
                .unwrap_or_else(|| "it is easy to guess".into());
            return Err(AppError::invalid(
                "password",
                &format!("is too easy to guess ({advice}): try a few unrelated words"),
            ));
        }
        Ok(Password(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A display name: 1 to 60 graphemes, trimmed, without control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(field: &str, raw: &str) -> Result<DisplayName, AppError> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(AppError::invalid(field, "must not be empty"));
        }
        if name.graphemes(true).count() > 60 {
            return Err(AppError::invalid(
                field,
                "must be at most 60 characters long",
            ));
        }
        if name.chars().any(char::is_control) {
            return Err(AppError::invalid(
                field,
                "must not contain control characters",
            ));
        }
        Ok(DisplayName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A reader's role on a site. Stored as its lowercase name in `roles.role`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Works the queue, bans, answers appeals.
    Moderator,
    /// A moderator who also changes the site's settings and team.
    Admin,
}

impl Role {
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Role {
    type Err = AppError;

    fn from_str(raw: &str) -> Result<Role, AppError> {
        [Role::Moderator, Role::Admin]
            .into_iter()
            .find(|r| r.as_str() == raw)
            .ok_or_else(|| AppError::invalid("role", "must be moderator, admin or null"))
    }
}

/// Reading the stored text back (`#[sqlx(try_from = "String")]`).
impl TryFrom<String> for Role {
    type Error = AppError;

    fn try_from(stored: String) -> Result<Role, AppError> {
        stored.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Ana@Example.ORG ").expect("valid").as_str(),
            "ana@example.org"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "a b@example.org",
            "a@b@c.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_count_graphemes() {
        assert!(DisplayName::parse("name", &"👍🏽".repeat(60)).is_ok());
        assert!(DisplayName::parse("name", "   ").is_err());
        assert!(DisplayName::parse("name", "a\u{7}b").is_err());
    }
}
