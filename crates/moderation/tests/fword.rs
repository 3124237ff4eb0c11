//! The F-word rule against hand-written lists: disguised forms that must be refused, masked
//! forms that are held, and innocent look-alikes that must pass. Every failure is reported
//! before the test fails. Lines may write invisible characters as `\u{200b}`.

use moderation::{Decision, Policy, RuleId};

fn unescape(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 3..];
        let end = tail.find('}').expect("closed escape");
        let code = u32::from_str_radix(&tail[..end], 16).expect("hex escape");
        out.push(char::from_u32(code).expect("valid char"));
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    out
}

fn lines(fixture: &str) -> Vec<String> {
    fixture
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(unescape)
        .collect()
}

/// The F-word rules (English).
const FWORD: &[RuleId] = &[RuleId::Fword, RuleId::FwordMasked, RuleId::FwordAcronym];

fn check_all(fixture: &str, expect: impl Fn(&[RuleId]) -> bool, what: &str) {
    check_lines(fixture, FWORD, expect, what);
}

#[test]
fn disguised_forms_are_caught() {
    check_all(
        include_str!("fixtures/fword-plain.txt"),
        |r| r.contains(&RuleId::Fword),
        "caught as the F word",
    );
}

#[test]
fn masked_forms_are_their_own_rule() {
    check_all(
        include_str!("fixtures/fword-masked.txt"),
        |r| r == [RuleId::FwordMasked],
        "caught as masked (and only masked)",
    );
}

#[test]
fn innocent_look_alikes_pass() {
    check_all(
        include_str!("fixtures/fword-innocent.txt"),
        <[RuleId]>::is_empty,
        "left alone",
    );
}

#[test]
fn masked_forms_follow_the_policy_switch() {
    let allow = moderation::DEFAULT_POLICY.replace("masked = \"hold\"", "masked = \"allow\"");
    let refuse = moderation::DEFAULT_POLICY.replace("masked = \"hold\"", "masked = \"refuse\"");
    let text = "What the f*ck, minister?";
    assert_eq!(
        Policy::from_toml(&allow)
            .expect("policy")
            .evaluate(text)
            .decision,
        Decision::Allow
    );
    assert_eq!(
        Policy::from_toml(&refuse)
            .expect("policy")
            .evaluate(text)
            .decision,
        Decision::Refuse
    );
}

/// The rules that fired on a text, among the given ones.
fn rules_among(policy: &Policy, text: &str, wanted: &[RuleId]) -> Vec<RuleId> {
    policy
        .evaluate(text)
        .reasons
        .iter()
        .map(|r| r.rule)
        .filter(|r| wanted.contains(r))
        .collect()
}

fn check_lines(fixture: &str, wanted: &[RuleId], expect: impl Fn(&[RuleId]) -> bool, what: &str) {
    let policy = Policy::default_rules().expect("policy");
    let failures: Vec<String> = lines(fixture)
        .into_iter()
        .filter_map(|text| {
            let rules = rules_among(&policy, &text, wanted);
            (!expect(&rules)).then(|| format!("  {text:?} -> {rules:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} lines are not {what}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const SWEARS: &[RuleId] = &[
    RuleId::Fword,
    RuleId::FwordMasked,
    RuleId::FwordAcronym,
    RuleId::FwordRu,
    RuleId::FwordTr,
];

#[test]
fn r14_russian_mat_is_caught() {
    check_lines(
        include_str!("fixtures/fword-ru.txt"),
        SWEARS,
        |r| r.contains(&RuleId::FwordRu),
        "caught as Russian mat",
    );
}

#[test]
fn r14_turkish_swearwords_are_caught() {
    check_lines(
        include_str!("fixtures/fword-tr.txt"),
        SWEARS,
        |r| r.contains(&RuleId::FwordTr),
        "caught as Turkish swearing",
    );
}

#[test]
fn r14_russian_and_turkish_look_alikes_pass() {
    check_lines(
        include_str!("fixtures/fword-ru-tr-innocent.txt"),
        SWEARS,
        <[RuleId]>::is_empty,
        "left alone",
    );
}

#[test]
fn r14_russian_and_turkish_rules_follow_their_switches() {
    let allow = moderation::DEFAULT_POLICY.replacen(
        "[fword_ru]\naction = \"refuse\"",
        "[fword_ru]\naction = \"hold\"",
        1,
    );
    let policy = Policy::from_toml(&allow).expect("policy");
    let verdict = policy.evaluate("ну ты и пиздабол");
    assert_eq!(verdict.decision, Decision::Hold);
    let reason = verdict.main_reason().expect("a reason");
    assert_eq!(reason.rule, RuleId::FwordRu);
    let [s, e] = reason.spans[0];
    assert_eq!(&"ну ты и пиздабол"[s..e], "пиздабол");
}
