//! What a Stripe event means for a supporter, decided without I/O: which reader of which site
//! it is about, and their support's new end and status. The store applies it once per event id
//! and only when it is not older than the last event applied to that supporter, so retries and
//! out-of-order deliveries change nothing.

use serde_json::Value;

const DAY_MS: i64 = 86_400_000;

/// A Stripe event, the fields Tribune reads.
#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub kind: String,
    /// Milliseconds (Stripe sends seconds).
    pub created: i64,
    pub object: Value,
}

impl Event {
    pub fn parse(body: &[u8]) -> Result<Event, String> {
        let v: Value =
            serde_json::from_slice(body).map_err(|e| format!("the event is not JSON: {e}"))?;
        let id = v["id"].as_str().ok_or("the event has no id")?.to_owned();
        let kind = v["type"]
            .as_str()
            .ok_or("the event has no type")?
            .to_owned();
        let created = v["created"]
            .as_i64()
            .ok_or("the event has no created time")?
            .checked_mul(1000)
            .ok_or("the event's created time is out of range")?;
        Ok(Event {
            id,
            kind,
            created,
            object: v["data"]["object"].clone(),
        })
    }
}

/// Whose support an event is about: the reader and site from the metadata Tribune put on the
/// Checkout session and subscription, else the Stripe subscription or customer to look up.
#[derive(Debug, Clone, PartialEq)]
pub struct Subject {
    pub site: Option<String>,
    pub reader_id: Option<i64>,
    pub subscription: Option<String>,
    pub customer: Option<String>,
}

/// The new state of a supporter.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub subject: Subject,
    /// `Some(None)`: open-ended support; `Some(Some(t))`: support until `t`; `None`: keep.
    pub active_until: Option<Option<i64>>,
    /// Applied only to what is already there (never creates a supporter), e.g. an invoice.
    pub update_only: bool,
    /// Keep the later of the current and the new end (payments extend, never shorten).
    pub extend_only: bool,
    /// Keep the earlier of the current and the new end (a failed payment starts a grace
    /// period, which must not lengthen support).
    pub shorten_only: bool,
    pub status: String,
}

fn metadata(object: &Value, path: &[&str]) -> (Option<String>, Option<i64>) {
    let mut m = object;
    for key in path {
        m = &m[key];
    }
    let site = m["site"].as_str().map(str::to_owned);
    let reader = m["reader_id"]
        .as_str()
        .and_then(|r| r.parse().ok())
        .or_else(|| m["reader_id"].as_i64());
    (site, reader)
}

fn string(v: &Value) -> Option<String> {
    v.as_str()
        .map(str::to_owned)
        .or_else(|| v["id"].as_str().map(str::to_owned))
}

/// What an event does, or `None` for the event types Tribune does not act on.
pub fn effect(event: &Event, grace_days: u32) -> Option<Effect> {
    let o = &event.object;
    let grace = i64::from(grace_days) * DAY_MS;
    let base = |status: &str, active_until, update_only| Effect {
        subject: Subject {
            site: None,
            reader_id: None,
            subscription: None,
            customer: string(&o["customer"]),
        },
        active_until,
        update_only,
        extend_only: false,
        shorten_only: false,
        status: status.to_owned(),
    };
    match event.kind.as_str() {
        "checkout.session.completed" => {
            let (site, reader) = metadata(o, &["metadata"]);
            let mut e = base("active", Some(None), false);
            e.subject.site = site;
            e.subject.reader_id = o["client_reference_id"]
                .as_str()
                .and_then(|r| r.parse().ok())
                .or(reader);
            e.subject.subscription = string(&o["subscription"]);
            Some(e)
        }
        "customer.subscription.created"
        | "customer.subscription.updated"
        | "customer.subscription.deleted" => {
            let (site, reader) = metadata(o, &["metadata"]);
            let status = if event.kind.ends_with("deleted") {
                "canceled"
            } else {
                o["status"].as_str().unwrap_or("active")
            };
            let period_end = o["current_period_end"]
                .as_i64()
                .or_else(|| o["items"]["data"][0]["current_period_end"].as_i64())
                .map(|s| s.saturating_mul(1000));
            let until = match status {
                // Paid up: until the period's end, plus the grace period for the renewal.
                "active" | "trialing" => Some(period_end.map(|end| end.saturating_add(grace))),
                // A payment failed: support lasts through the grace period.
                "past_due" => Some(Some(event.created.saturating_add(grace))),
                // Ended.
                _ => Some(Some(event.created)),
            };
            let mut e = base(status, until, false);
            e.subject.site = site;
            e.subject.reader_id = reader;
            e.subject.subscription = o["id"].as_str().map(str::to_owned);
            e.shorten_only = status == "past_due";
            Some(e)
        }
        "invoice.paid" | "invoice.payment_failed" => {
            let subscription = string(&o["subscription"]).or_else(|| {
                o["parent"]["subscription_details"]["subscription"]
                    .as_str()
                    .map(str::to_owned)
            });
            let (site, reader) = match metadata(o, &["subscription_details", "metadata"]) {
                (None, None) => metadata(o, &["parent", "subscription_details", "metadata"]),
                found => found,
            };
            let mut e = if event.kind == "invoice.paid" {
                let period_end = o["lines"]["data"][0]["period"]["end"]
                    .as_i64()
                    .or_else(|| o["period_end"].as_i64())
                    .map(|s| s.saturating_mul(1000).saturating_add(grace));
                let mut e = base("active", Some(period_end), true);
                e.extend_only = true;
                e
            } else {
                let mut e = base(
                    "past_due",
                    Some(Some(event.created.saturating_add(grace))),
                    true,
                );
                e.shorten_only = true;
                e
            };
            e.subject.site = site;
            e.subject.reader_id = reader;
            e.subject.subscription = subscription;
            Some(e)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(kind: &str, created: i64, object: Value) -> Event {
        let body =
            json!({"id": "evt_1", "type": kind, "created": created, "data": {"object": object}});
        Event::parse(body.to_string().as_bytes()).expect("event")
    }

    #[test]
    fn checkout_names_the_reader_and_site() {
        let e = effect(
            &event(
                "checkout.session.completed",
                100,
                json!({"client_reference_id": "7", "customer": "cus_1",
                "subscription": "sub_1", "metadata": {"site": "news", "reader_id": "7"}}),
            ),
            3,
        )
        .expect("effect");
        assert_eq!(e.subject.reader_id, Some(7));
        assert_eq!(e.subject.site.as_deref(), Some("news"));
        assert_eq!(e.subject.subscription.as_deref(), Some("sub_1"));
        assert_eq!(e.active_until, Some(None));
    }

    #[test]
    fn subscriptions_set_the_end_with_a_grace_period() {
        let active = effect(
            &event(
                "customer.subscription.updated",
                100,
                json!({"id": "sub_1", "status": "active", "current_period_end": 1000}),
            ),
            3,
        )
        .expect("e");
        assert_eq!(active.active_until, Some(Some(1_000_000 + 3 * DAY_MS)));
        let past_due = effect(
            &event(
                "customer.subscription.updated",
                100,
                json!({"id": "sub_1", "status": "past_due"}),
            ),
            3,
        )
        .expect("e");
        assert_eq!(past_due.active_until, Some(Some(100_000 + 3 * DAY_MS)));
        assert!(past_due.shorten_only);
        let deleted = effect(
            &event(
                "customer.subscription.deleted",
                200,
                json!({"id": "sub_1", "status": "canceled"}),
            ),
            3,
        )
        .expect("e");
        assert_eq!(
            (deleted.active_until, deleted.status.as_str()),
            (Some(Some(200_000)), "canceled")
        );
        assert!(effect(&event("charge.refunded", 1, json!({})), 3).is_none());
    }

    #[test]
    fn malformed_events_are_named() {
        assert!(Event::parse(b"not json").is_err());
        assert!(Event::parse(br#"{"id":"evt"}"#).is_err());
    }
}
