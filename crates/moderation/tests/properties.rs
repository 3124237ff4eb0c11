//! Property tests of the house rules on text from strangers (#17): whatever the text, the
//! verdict comes back, and every span it names lies on character boundaries of that text, so
//! that the widget and the queue can highlight it. `PROPTEST_CASES` sets how many texts (256
//! by default); `PROPTEST_CASES=200000 cargo test --release -p moderation --test properties`
//! hunts longer.

use std::sync::LazyLock;

use moderation::Policy;
use proptest::prelude::*;

static POLICY: LazyLock<Policy> =
    LazyLock::new(|| Policy::default_rules().expect("the shipped house rules"));

/// Text mixing the disguises the normalizer undoes with plain words and the pieces of the
/// sentence rules' shapes (contractions, quotes, threats, groups), in any order.
fn disguised_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "fuck",
        "f*ck",
        "f u c k",
        "ƒυck",
        "f\u{200b}uck",
        "fuuuuck",
        "f!u!c!k",
        "ɟuck",
        "f0ck",
        "хуй",
        "сука",
        "siktir",
        "amına",
        "Fock",
        "Sikkim",
        "cocktail",
        "klasik",
        "no ",
        "kill ",
        "you ",
        "are ",
        "vermin",
        "I'll ",
        "I'd ",
        "i ",
        "will ",
        "refugees ",
        "cockroaches",
        "should be shot",
        "out of ",
        "kiiiill ",
        "but ",
        "not ",
        "\"",
        "'",
        "Мигранты — ",
        "тараканы",
        "\u{202e}",
        "\u{feff}",
        "é",
        "👍🏽",
        "\r\n",
        " ",
        ".",
        "*",
    ]);
    prop::collection::vec(pieces, 0..30).prop_map(|p| p.concat())
}

fn spans_are_valid(text: &str) -> Result<(), TestCaseError> {
    let verdict = POLICY.evaluate(text);
    for reason in &verdict.reasons {
        prop_assert!((0.0..=1.0).contains(&reason.score), "{reason:?}");
        for [s, e] in &reason.spans {
            prop_assert!(s < e && *e <= text.len(), "{s}..{e} in {text:?}");
            prop_assert!(
                text.is_char_boundary(*s) && text.is_char_boundary(*e),
                "{s}..{e} in {text:?}"
            );
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn verdict_spans_lie_on_the_text(text in "\\PC{0,200}") {
        spans_are_valid(&text)?;
    }

    #[test]
    fn verdict_spans_lie_on_disguised_text(text in disguised_text()) {
        spans_are_valid(&text)?;
    }
}

/// Every word the rules' sources quote (a rule's word, a cue, a shape's piece), gathered from
/// `src/rules`.
fn rule_words() -> Vec<String> {
    fn sources(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("the rules' sources") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(&path).expect("a source file"));
            }
        }
    }
    let mut files = Vec::new();
    sources(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"),
        &mut files,
    );
    let mut words = std::collections::BTreeSet::new();
    for file in &files {
        // The quoted strings: every other piece between quotation marks, escapes skipped.
        for literal in file.split('"').skip(1).step_by(2) {
            if !literal.contains('\\') {
                words.extend(
                    literal
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(str::to_owned),
                );
            }
        }
    }
    words.into_iter().collect()
}

/// The rules read the words around a word they look up, before it too: each word they name,
/// at a clause's start (where there is no word before it) and a few words in, in a text whose
/// other clause wakes the rules of one language, gets a verdict. A text CI's fuzzing found,
/// `fuck\rbag`, once overflowed reading the word before `bag`.
#[test]
fn every_word_the_rules_name_is_read_at_a_clause_start() {
    let words = rule_words();
    assert!(words.len() > 1_000, "{} words", words.len());
    let wakers = [
        "kill fuck idiot vermin die hate.\r",
        "убью сука тварь сдохни.\r",
        "öldürürüm orospu geber seni.\r",
    ];
    for waker in wakers {
        for word in &words {
            for text in [
                format!("{waker}{word}"),
                format!("{waker}x {word}"),
                format!("{word} x. {waker}"),
            ] {
                let verdict = POLICY.evaluate(&text);
                assert!(verdict.reasons.iter().all(|r| r.score <= 1.0), "{text:?}");
            }
        }
    }
}
