//! A campaign's timeline as a chart, drawn on the server as SVG (no script): one row per
//! member, strongest first, a dot for each comment and a tick for each vote along the time
//! axis, and a line where the detector found the campaign.

use maud::{html, Markup};
use moderation::campaigns::Campaign;

use crate::campaigns::store::TimelineEntry;
use crate::db::minute;

const WIDTH: f64 = 720.0;
const LABELS: f64 = 150.0;
const ROW: f64 = 16.0;
/// Room above the rows for the "found" label, and below them for the time axis.
const TOP: f64 = 14.0;
const BOTTOM: f64 = 16.0;
const ROWS: usize = 24;

/// The chart, or nothing when the timeline is empty.
pub(super) fn chart(
    c: &Campaign,
    entries: &[TimelineEntry],
    name: impl Fn(&str) -> String,
) -> Markup {
    let rows: Vec<&str> = c
        .members
        .iter()
        .map(|m| m.account.as_str())
        .filter(|a| a.starts_with("reader:"))
        .take(ROWS)
        .collect();
    let Some(first) = entries.iter().map(|e| e.at).min() else {
        return html! {};
    };
    let last = entries
        .iter()
        .map(|e| e.at)
        .chain([c.detected_at])
        .max()
        .unwrap_or(first);
    let span = (last - first).max(60_000) as f64;
    let x = |at: i64| LABELS + (at - first).max(0) as f64 / span * (WIDTH - LABELS - 10.0);
    let height = TOP + ROW * rows.len() as f64 + BOTTOM;
    let row_of = |reader_id: i64| {
        let account = format!("reader:{reader_id}");
        rows.iter().position(|r| *r == account)
    };
    let found = c.detected_at >= first;
    html! {
        svg.campaign-chart viewBox=(format!("0 0 {WIDTH} {height}")) width=(WIDTH) height=(height) role="img"
            aria-label=(format!("Timeline of {} accounts' comments and votes", rows.len())) {
            @for (i, account) in rows.iter().enumerate() {
                @let y = TOP + ROW * i as f64 + ROW / 2.0;
                text.label x="4" y=(y + 4.0) { (name(account).chars().take(22).collect::<String>()) }
                line.row x1=(LABELS) x2=(WIDTH - 10.0) y1=(y) y2=(y) {}
            }
            @for e in entries {
                @if let Some(i) = row_of(e.reader_id) {
                    @let (cx, cy) = (x(e.at), TOP + ROW * i as f64 + ROW / 2.0);
                    @if e.kind == "vote" {
                        line.vote x1=(cx) x2=(cx) y1=(cy - 5.0) y2=(cy + 5.0) {
                            title { (minute(e.at)) ": voted " (e.detail) " on comment " (e.comment_id) }
                        }
                    } @else {
                        circle.comment cx=(cx) cy=(cy) r="3.5" {
                            title { (minute(e.at)) ": " (e.detail.chars().take(120).collect::<String>()) }
                        }
                    }
                }
            }
            @if found {
                line.found x1=(x(c.detected_at)) x2=(x(c.detected_at)) y1=(TOP - 4.0) y2=(height - BOTTOM) {}
                text.axis x=(x(c.detected_at) + 3.0) y=(TOP - 4.0) { "found " (minute(c.detected_at)) }
            }
            text.axis x=(LABELS) y=(height - 3.0) { (minute(first)) }
            text.axis x=(WIDTH - 10.0) y=(height - 3.0) text-anchor="end" { (minute(last)) }
        }
    }
}
