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
