//! What moderators act on, parsed at the edge: ban targets and kinds, reasons, and the
//! normalized email addresses that ban evasion is matched on.

use std::net::IpAddr;

use ipnet::IpNet;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::AppError;

/// Who a ban is against: exactly one of the fields.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BanTargetInput {
    pub reader_id: Option<i64>,
    pub ip: Option<String>,
    pub cidr: Option<String>,
    pub email: Option<String>,
    pub email_domain: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Reader(i64),
    /// An address or range; a single address is stored as a /32 or /128 range.
    Network(IpNet),
    /// Normalized with [`normalize_email`].
    Email(String),
    EmailDomain(String),
}

/// What banning one address bans: an IPv4 address (however written, `::ffff:4.4.4.4`
/// included) alone; an IPv6 address with its /64, the prefix one subscriber or device is
/// given and rotates its addresses through (a /128 ban is dodged by the next address).
fn single_address(ip: IpAddr) -> IpNet {
    match ip.to_canonical() {
        IpAddr::V4(v4) => IpNet::from(IpAddr::V4(v4)),
        IpAddr::V6(v6) => IpNet::new(IpAddr::V6(v6), 64)
            .map(|n| n.trunc())
            .unwrap_or_else(|_| IpNet::from(IpAddr::V6(v6))),
    }
}

/// An IPv4-mapped IPv6 range (`::ffff:9.9.0.0/112`) as the IPv4 range it is (`9.9.0.0/16`),
/// since client addresses are matched in their canonical form.
fn canonical_net(net: IpNet) -> IpNet {
    match net {
        IpNet::V6(v6) if v6.prefix_len() >= 96 => match v6.network().to_ipv4_mapped() {
            Some(v4) => IpNet::new(IpAddr::V4(v4), v6.prefix_len() - 96).unwrap_or(net),
            None => net,
        },
        _ => net,
    }
}

impl Target {
    pub fn parse(input: &BanTargetInput) -> Result<Target, AppError> {
        let given = [
            input.reader_id.is_some(),
            input.ip.is_some(),
            input.cidr.is_some(),
            input.email.is_some(),
            input.email_domain.is_some(),
        ];
        if given.iter().filter(|g| **g).count() != 1 {
            return Err(AppError::invalid(
                "target",
                "must have exactly one of reader_id, ip, cidr, email, email_domain",
            ));
        }
        if let Some(id) = input.reader_id {
            return Ok(Target::Reader(id));
        }
        if let Some(ip) = &input.ip {
            let ip: IpAddr = ip
                .trim()
                .parse()
                .map_err(|_| AppError::invalid("target.ip", "is not an IP address"))?;
            return Ok(Target::Network(single_address(ip)));
        }
        if let Some(cidr) = &input.cidr {
            let net: IpNet = cidr.trim().parse().map_err(|_| {
                AppError::invalid("target.cidr", "is not a range like 203.0.113.0/24")
            })?;
            let net = canonical_net(net);
            let too_wide = match net {
                IpNet::V4(n) => n.prefix_len() < 8,
                IpNet::V6(n) => n.prefix_len() < 16,
            };
            if too_wide {
                return Err(AppError::invalid(
                    "target.cidr",
                    "is wider than a /8 (IPv4) or /16 (IPv6): that would ban a large part of the internet",
                ));
            }
            return Ok(Target::Network(net.trunc()));
        }
        if let Some(email) = &input.email {
            let normalized = normalize_email(email)
                .ok_or_else(|| AppError::invalid("target.email", "is not an email address"))?;
            return Ok(Target::Email(normalized));
        }
        let domain = input
            .email_domain
            .as_deref()
            .unwrap_or_default()
            .trim()
            .trim_start_matches('@')
            .to_lowercase();
        if domain.is_empty() || !domain.contains('.') || domain.contains(['@', ' ']) {
            return Err(AppError::invalid(
                "target.email_domain",
                "is not a domain like example.com",
            ));
        }
        Ok(Target::EmailDomain(domain))
    }

    /// How the target is written in the moderation log.
    pub fn label(&self) -> String {
        match self {
            Target::Reader(id) => format!("reader:{id}"),
            Target::Network(net) => format!("network:{net}"),
            Target::Email(email) => format!("email:{email}"),
            Target::EmailDomain(domain) => format!("email_domain:{domain}"),
        }
    }
}

/// What a ban does. Stored as its lowercase name in `bans.kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum BanKind {
    /// No commenting until `until`.
    Suspend,
    /// No commenting, permanently.
    Ban,
    /// Comments are shown to their author only (readers only).
    Shadow,
}

impl BanKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BanKind::Suspend => "suspend",
            BanKind::Ban => "ban",
            BanKind::Shadow => "shadow",
        }
    }
}

impl std::fmt::Display for BanKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Reading the stored text back (`#[sqlx(try_from = "String")]`).
impl TryFrom<String> for BanKind {
    type Error = String;

    fn try_from(stored: String) -> Result<BanKind, String> {
        [BanKind::Suspend, BanKind::Ban, BanKind::Shadow]
            .into_iter()
            .find(|k| k.as_str() == stored)
            .ok_or_else(|| format!("unknown ban kind {stored:?}"))
    }
}

/// A moderator's reason: every action takes one (1 to 500 characters).
pub fn reason(raw: &str) -> Result<String, AppError> {
    let reason = raw.trim();
    if reason.is_empty() {
        return Err(AppError::invalid(
            "reason",
            "is required for every moderation action",
        ));
    }
    if reason.chars().count() > 500 {
        return Err(AppError::invalid(
            "reason",
            "must be at most 500 characters",
        ));
    }
    Ok(reason.to_owned())
}

/// Providers that deliver `name+anything@` to `name@`.
const PLUS_TAG_PROVIDERS: &[&str] = &[
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "icloud.com",
    "me.com",
    "fastmail.com",
    "protonmail.com",
    "proton.me",
    "pm.me",
];

/// One mailbox, one spelling: lower case, and for providers that ignore them, no `+tag`
/// (and for Gmail, no dots). `Ana.Ruiz+news@GoogleMail.com` → `anaruiz@gmail.com`. Other
/// domains keep their local part (lower-cased): we cannot know what their servers ignore.
pub fn normalize_email(raw: &str) -> Option<String> {
    let raw = raw.trim().to_lowercase();
    let (local, domain) = raw.rsplit_once('@')?;
    if local.is_empty() || !domain.contains('.') {
        return None;
    }
    let domain = if domain == "googlemail.com" {
        "gmail.com"
    } else {
        domain
    };
    let mut local = local.to_owned();
    if PLUS_TAG_PROVIDERS.contains(&domain) {
        if let Some((base, _tag)) = local.split_once('+') {
            local = base.to_owned();
        }
    }
    if domain == "gmail.com" {
        local.retain(|c| c != '.');
    }
    Some(format!("{local}@{domain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_normalize_where_the_provider_ignores_the_difference() {
        assert_eq!(
            normalize_email("Ana.Ruiz+news@GoogleMail.com").as_deref(),
            Some("anaruiz@gmail.com")
        );
        assert_eq!(
            normalize_email("ana.ruiz+x@outlook.com").as_deref(),
            Some("ana.ruiz@outlook.com")
        );
        assert_eq!(
            normalize_email("ana.ruiz+x@newsroom.example").as_deref(),
            Some("ana.ruiz+x@newsroom.example")
        );
        assert_eq!(normalize_email("not-an-email"), None);
    }

    #[test]
    fn targets_need_exactly_one_field() {
        let both = BanTargetInput {
            reader_id: Some(1),
            ip: Some("192.0.2.1".into()),
            ..Default::default()
        };
        assert!(Target::parse(&both).is_err());
        assert!(Target::parse(&BanTargetInput::default()).is_err());
        let range = BanTargetInput {
            cidr: Some("203.0.113.77/24".into()),
            ..Default::default()
        };
        assert_eq!(
            Target::parse(&range).expect("valid").label(),
            "network:203.0.113.0/24"
        );
        let huge = BanTargetInput {
            cidr: Some("0.0.0.0/0".into()),
            ..Default::default()
        };
        assert!(Target::parse(&huge).is_err());
    }
}
