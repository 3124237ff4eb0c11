//! The F word's counterparts in the publication's two other languages: Russian *mat* (the
//! roots `хуй`, `пизд`, `еб`, `бля`, `муд` and their transliterations `nahuy`, `blyat`,
//! `pizd`) and the Turkish swearwords (`sik-`, `amına`, `amk`, `orospu`, `yarrak`, `amcık`).
//!
//! They read the same candidates as the F-word rule, through the same normalization, so
//! separators, repeated letters, leet digits (`3ае6ись`) and look-alike letters in either
//! direction (`xyй` with Latin letters, `сука` in Cyrillic) are undone first.
//!
//! Innocent words that contain the letters are told apart by shape, as for the F word:
//! - Russian `бля` and `еб` only count at the start of a word or after one of the prefixes
//!   that mat builds with (`вы`, `на`, `за`, `разъ`...), so `оскорблять`, `употреблять`,
//!   `корабля`, `небо`, `тебе` and `хлеб` stay clean; `ху-` after `пси`/`стра` is
//!   `психуешь`/`застрахуй`; `бляха` and `бляшка` are a buckle and a plaque; `муд` needs an
//!   ending of `мудак`/`мудило`, so `мудрый` is wise.
//! - Turkish `sik` counts only as a whole word with one of its obscene endings (`siktir`,
//!   `sikerim`...), written with a dotted `i`: `sıkıntı`, `sıkı` (dotless `ı`), `şike`,
//!   `şikayet` (`ş`), `sikke`, `bisiklet`, `klasik` and ASCII `sikinti` stay clean. `amın`
//!   needs its dotless `ı` (`amin` is "amen"); `Amina` in mid-sentence is a name.

use std::ops::Range;
use std::sync::LazyLock;

use super::{
    candidates, capitals_before_a_name, merge_hits, opens_sentence, title_case_mid_sentence, Hit,
};
use crate::normalize::{Collapsed, Normalized, MASK};

/// Which language's rule matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Russian,
    Turkish,
}

/// Where in a candidate a root may stand.
#[derive(Clone, Copy, Debug)]
enum At {
    /// Anywhere inside it.
    Anywhere,
    /// At its start, after one of these prefixes (`""` for none), followed by anything.
    Start(&'static [&'static str]),
    /// The whole candidate is the root followed by one of these endings.
    Whole(&'static [&'static str]),
}

#[derive(Clone, Copy, Debug)]
struct Root {
    language: Language,
    root: &'static str,
    at: At,
    /// The root is innocent right after one of these (`пси` + `хуешь`).
    innocent_before: &'static [&'static str],
    /// The root is innocent right before one of these (`бля` + `ха`).
    innocent_after: &'static [&'static str],
    /// A title-case word in mid-sentence is a name (`Amina`).
    may_be_name: bool,
}

impl Root {
    /// Whether a candidate whose first letter (masks left out) is `first` may hold the root
    /// where it may stand: anywhere, or at the start, after a prefix, or as the whole word.
    fn may_start_with(&self, first: char) -> bool {
        let starts = |s: &str| s.starts_with(first);
        match self.at {
            At::Anywhere => true,
            At::Start(prefixes) => prefixes.iter().any(|p| {
                if p.is_empty() {
                    starts(self.root)
                } else {
                    starts(p)
                }
            }),
            At::Whole(_) => starts(self.root),
        }
    }
}

const fn root(language: Language, root: &'static str, at: At) -> Root {
    Root {
        language,
        root,
        at,
        innocent_before: &[],
        innocent_after: &[],
        may_be_name: false,
    }
}

use Language::{Russian, Turkish};

/// Prefixes that Russian mat builds verbs and nouns with (`ъ` is often written `ь`).
const RU_PREFIXES: &[&str] = &[
    "",
    "вы",
    "на",
    "за",
    "по",
    "у",
    "от",
    "отъ",
    "оть",
    "до",
    "про",
    "при",
    "съ",
    "сь",
    "въ",
    "вь",
    "разъ",
    "разь",
    "раз",
    "рас",
    "подъ",
    "подь",
    "объ",
    "обь",
    "пере",
    "недо",
    "долбо",
    "из",
    "изъ",
    "ни",
    "об",
    "о",
    "насто",
    "вз",
    "взъ",
    "разо",
];

/// Endings of Turkish `sik-` that make it the verb or the noun, not `sıkı`, `sikke`...
const TR_SIK_ENDINGS: &[&str] = &[
    "tir", "tirin", "tirgit", "tirler", "erim", "eyim", "iyim", "ecegim", "ecegiz", "ecem", "ecez",
    "icem", "icez", "cem", "cez", "tim", "tigim", "tigimin", "tiimin", "ik", "ikler", "im", "imi",
    "imin", "imde", "ime", "o", "er", "erler", "is", "isen", "tiler",
];

/// Who `sik` alone is an order to do it to, said right after it, the order opening its
/// sentence: `sik beni` ("fuck me"). Alone, `sik` is as often `şık` ("elegant", "often")
/// written without Turkish letters: `çok sik bir elbise`, `sik sik onu arar` ("he calls him
/// often").
const TR_SIK_OBJECTS: &[&str] = &["beni", "seni", "onu", "bizi", "sizi", "onlari"];

/// Collapsed (no doubled letters) and normalized: Cyrillic lowercase with `ё` as `е`; Latin
/// folded, except that Turkish `ı` and `ş` keep their identity.
const ROOTS: &[Root] = &[
    Root {
        innocent_before: &["пси", "стра", "ма"],
        ..root(Russian, "хуй", At::Anywhere)
    },
    Root {
        innocent_before: &["пси", "стра"],
        ..root(Russian, "хуе", At::Anywhere)
    },
    Root {
        innocent_before: &["пси", "стра"],
        ..root(Russian, "хуя", At::Anywhere)
    },
    // `плохую`, `тихую`, `сухую`: only at the start or after a prefix.
    root(Russian, "хую", At::Start(RU_PREFIXES)),
    Root {
        innocent_before: &["пси", "стра", "ч"],
        ..root(Russian, "хуи", At::Anywhere)
    },
    root(Russian, "пизд", At::Anywhere),
    root(Russian, "пезд", At::Anywhere),
    root(Russian, "пизж", At::Anywhere),
    Root {
        innocent_after: &["х", "ш", "м"],
        ..root(Russian, "бля", At::Start(RU_PREFIXES))
    },
    Root {
        innocent_after: &["онит"],
        ..root(Russian, "еб", At::Start(RU_PREFIXES))
    },
    root(Russian, "муда", At::Start(&[""])),
    root(Russian, "мудач", At::Start(&[""])),
    root(Russian, "мудил", At::Start(&[""])),
    root(Russian, "мудоз", At::Start(&[""])),
    root(
        Russian,
        "мудох",
        At::Start(&["", "от", "за", "у", "по", "из", "пере"]),
    ),
    root(Russian, "манд", At::Whole(&["а", "ы", "е", "у", "ой"])),
    // Transliterated.
    root(Russian, "pizd", At::Anywhere),
    root(Russian, "blyat", At::Anywhere),
    root(Russian, "blyad", At::Anywhere),
    root(Russian, "bliat", At::Anywhere),
    root(Russian, "bljad", At::Anywhere),
    root(Russian, "bljat", At::Anywhere),
    root(Russian, "nahuy", At::Anywhere),
    root(Russian, "nahui", At::Anywhere),
    root(Russian, "nahuj", At::Anywhere),
    root(Russian, "huynya", At::Anywhere),
    root(Russian, "huinya", At::Anywhere),
    root(Russian, "huylo", At::Anywhere),
    root(Russian, "huilo", At::Anywhere),
    root(Russian, "yeban", At::Anywhere),
    root(Russian, "yebat", At::Anywhere),
    root(Russian, "yoban", At::Anywhere),
    // Turkish.
    root(Turkish, "sik", At::Whole(TR_SIK_ENDINGS)),
    root(Turkish, "siktir", At::Anywhere),
    Root {
        may_be_name: true,
        ..root(Turkish, "amina", At::Start(&[""]))
    },
    root(Turkish, "amına", At::Start(&[""])),
    root(Turkish, "amın", At::Whole(&["", "a", "i", "ı"])),
    Root {
        may_be_name: true,
        ..root(Turkish, "amk", At::Whole(&[""]))
    },
    root(Turkish, "amq", At::Whole(&[""])),
    root(Turkish, "amcik", At::Start(&[""])),
    root(Turkish, "amcıg", At::Start(&[""])),
    root(Turkish, "amcık", At::Start(&[""])),
    root(Turkish, "amcig", At::Start(&[""])),
    root(Turkish, "orospu", At::Anywhere),
    root(Turkish, "yarak", At::Start(&["", "ana"])),
];

/// A letter's bit in a [`letter_mask`]: `a`–`z` and Cyrillic `а`–`я`; others none.
fn letter_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        'ı' => letter_bit('i'),
        'ş' => letter_bit('s'),
        'а'..='я' => 1 << (26 + c as u32 - 'а' as u32),
        _ => 0,
    }
}

/// Which letters occur in a text: a candidate that lacks one of a root's letters cannot
/// hold it, which dismisses almost every English word without looking further.
fn letter_mask(chars: impl IntoIterator<Item = char>) -> u64 {
    chars.into_iter().fold(0, |m, c| m | letter_bit(c))
}

/// Each root's [`letter_mask`], in the order of [`ROOTS`].
static ROOT_LETTERS: LazyLock<Vec<u64>> =
    LazyLock::new(|| ROOTS.iter().map(|r| letter_mask(r.root.chars())).collect());

/// The letters `a`-`z` of a [`letter_mask`].
const LATIN: u64 = (1 << 26) - 1;

/// The quick test of [`find_in`]: the roots' letter masks, the Latin ones and the Cyrillic
/// ones apart, leaving out a mask that holds another (whenever it fits, so does the other).
static FIT_TESTS: LazyLock<[Vec<u64>; 2]> = LazyLock::new(|| {
    let smallest = |in_script: fn(u64) -> bool| -> Vec<u64> {
        let masks: Vec<u64> = ROOT_LETTERS
            .iter()
            .copied()
            .filter(|&m| in_script(m))
            .collect();
        let mut smallest: Vec<u64> = masks
            .iter()
            .copied()
            .filter(|&m| !masks.iter().any(|&other| other != m && other & !m == 0))
            .collect();
        smallest.sort_unstable();
        smallest.dedup();
        smallest
    };
    [smallest(|m| m & !LATIN == 0), smallest(|m| m & LATIN == 0)]
});

/// Whether some root has none of its letters missing from a candidate with these letters.
/// Most English words have none. Every mask is asked without stopping, which compiles to a
/// few vector instructions, and a candidate only of the one script only of its own roots.
fn some_root_may_fit(mask: u64) -> bool {
    let fits = |tests: &[u64]| {
        tests
            .iter()
            .fold(false, |any, need| any | (need & !mask == 0))
    };
    (mask & LATIN != 0 && fits(&FIT_TESTS[0])) || (mask & !LATIN != 0 && fits(&FIT_TESTS[1]))
}

/// Every use of a Russian or Turkish swearword in the text.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<Language>> {
    find_in(original, n, &candidates(n))
}

/// [`find`] over candidates already computed.
pub(crate) fn find_in(
    original: &str,
    n: &Normalized,
    candidates: &[Range<usize>],
) -> Vec<Hit<Language>> {
    let mut hits = Vec::new();
    // Room reused by every candidate.
    let mut letters = Collapsed::default();
    let mut text: Vec<char> = Vec::new();
    for candidate in candidates.iter().cloned() {
        let chars = n.slice(candidate.clone());
        let mask = letter_mask(chars.iter().map(|c| c.ch));
        if !some_root_may_fit(mask) {
            continue;
        }
        // Only the roots that fit, and may stand where the candidate starts, are tried.
        let Some(first) = chars.iter().map(|c| c.ch).find(|&c| c != MASK) else {
            continue;
        };
        let mut possible = ROOTS
            .iter()
            .zip(ROOT_LETTERS.iter())
            .filter(|(root, &need)| need & !mask == 0 && root.may_start_with(first))
            .map(|(root, _)| root)
            .peekable();
        if possible.peek().is_none() {
            continue;
        }
        letters.refill(
            chars
                .iter()
                .enumerate()
                .filter(|(_, c)| c.ch != MASK)
                .map(|(i, c)| (candidate.start + i, c)),
        );
        // `ı` and `ş` as written: they are what tells `sıkı` and `şike` from `sik`.
        text.clear();
        text.extend(letters.text.chars().zip(&letters.origin).map(|(c, &i)| {
            let c_orig = &n.chars()[i];
            match original[c_orig.start as usize..c_orig.end as usize]
                .chars()
                .next()
            {
                Some('ı') if c == 'i' => 'ı',
                Some('ş' | 'Ş') if c == 's' => 'ş',
                _ => c,
            }
        }));
        if let Some(root) = possible.find(|r| matches(r, &text, &letters.counts)) {
            let range = letters.char_range(0..letters.counts.len());
            if !(root.may_be_name && reads_as_name(original, n, &range)) {
                hits.push(Hit {
                    kind: root.language,
                    chars: range,
                });
            }
        } else if text == ['s', 'i', 'k'] && letters.counts[2] == 1 {
            let range = letters.char_range(0..letters.counts.len());
            if sik_ordered(original, n, &range, candidate.end) {
                hits.push(Hit {
                    kind: Turkish,
                    chars: range,
                });
            }
        }
    }
    merge_hits(hits)
}

/// Whether `sik` alone, at `range` of a word that ends at `end`, is the order: it opens its
/// sentence, and one of [`TR_SIK_OBJECTS`] is the next word.
fn sik_ordered(original: &str, n: &Normalized, range: &Range<usize>, end: usize) -> bool {
    let (start, _) = n.source_span(range.clone());
    let next = n.words().iter().position(|w| w.chars.start >= end);
    opens_sentence(original, start)
        && next.is_some_and(|k| TR_SIK_OBJECTS.contains(&n.word_as_read(k)))
}

/// `counts` are how many times each char of `text` was written (`Sikkim`: the `k` twice).
fn matches(root: &Root, text: &[char], counts: &[u32]) -> bool {
    let len = root.root.chars().count();
    let at_offset = |at: usize| {
        let (before, after) = (&text[..at], &text[at + len..]);
        let innocent = root.innocent_before.iter().any(|b| ends_with(before, b))
            || root.innocent_after.iter().any(|a| starts_with(after, a));
        if innocent {
            return false;
        }
        match root.at {
            At::Anywhere => true,
            At::Start(prefixes) => prefixes.iter().any(|p| equals(before, p)),
            // A doubled last letter is another word: `sikke`, `Sikkim`.
            At::Whole(endings) => {
                at == 0 && endings.iter().any(|e| equals(after, e)) && counts[len - 1] == 1
            }
        }
    };
    (0..=text.len().saturating_sub(len))
        .filter(|&at| starts_with(&text[at..], root.root))
        .any(at_offset)
}

fn starts_with(text: &[char], s: &str) -> bool {
    let mut chars = text.iter();
    s.chars().all(|c| chars.next() == Some(&c))
}

fn ends_with(text: &[char], s: &str) -> bool {
    let len = s.chars().count();
    len <= text.len() && starts_with(&text[text.len() - len..], s)
}

fn equals(text: &[char], s: &str) -> bool {
    text.len() == s.chars().count() && starts_with(text, s)
}

/// A name that shares its letters with a root: `Amina` in mid-sentence, `AMK Group`.
fn reads_as_name(original: &str, n: &Normalized, range: &Range<usize>) -> bool {
    let (start, end) = n.source_span(range.clone());
    title_case_mid_sentence(original, start, end) || capitals_before_a_name(original, start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Language, &str)> {
        crate::rules::written_hits(text, find)
    }

    /// The quick test lets through every candidate some root fits, and only those.
    #[test]
    fn the_quick_test_agrees_with_every_root() {
        let words = "skills market kiss amina яблоко бляха хлеб сикх amcık pizza blyad orospu \
                     the council said yes mask kam ам амк";
        let every_root = |mask: u64| ROOT_LETTERS.iter().any(|need| need & !mask == 0);
        for word in words.split_whitespace().chain(ROOTS.iter().map(|r| r.root)) {
            let mask = letter_mask(word.chars());
            assert_eq!(some_root_may_fit(mask), every_root(mask), "{word}");
        }
        // And on masks of random letters, as many as a long word has.
        let mut random = crate::test_random::XorShift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..100_000 {
            let mut mask = 0;
            for _ in 0..8 {
                mask |= 1 << random.below(58);
            }
            assert_eq!(some_root_may_fit(mask), every_root(mask), "{mask:#x}");
        }
    }

    #[test]
    fn spans_point_into_the_original() {
        assert_eq!(found("да пошёл ты нахуй"), [(Russian, "нахуй")]);
        assert_eq!(found("xyй"), [(Russian, "xyй")]);
        assert_eq!(found("siktir git"), [(Turkish, "siktir")]);
    }

    /// `sik` alone is the order only with whom it is done to after it; otherwise it may be
    /// `şık` ("elegant") written without Turkish letters.
    #[test]
    fn sik_alone_is_an_order_with_its_object() {
        assert_eq!(found("Sik beni."), [(Turkish, "Sik")]);
        assert_eq!(found("siiik onu"), [(Turkish, "siiik")]);
        for innocent in [
            "Çok sik bir elbise.",
            "Şık beni mutlu etti.",
            "Sikke beni çok sevindirdi.",
            "Beni sik sik arar.",
            "Sik sik onu arar.",
            "Cok sik onu goruyorum.",
            "Sik sik bu köşeyi okuyorum, teşekkürler.",
        ] {
            assert!(found(innocent).is_empty(), "{innocent}");
        }
    }
}
