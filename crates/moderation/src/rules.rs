//! The lexical rules: the F word, and each site's own banned and suspect words.
//!
//! Both read the [`Normalized`] text through the same *candidates*: each word, each
//! whitespace chunk joined back together (`self-f.u.c.k.ing`), runs of single letters joined
//! (`f u c k`), and a short word followed by the next when together they spell a strong root
//! (`fu ck`). Candidates never join two ordinary words, which is what keeps
//! "of Uckermark" innocent.
//!
//! Innocent look-alikes are handled by shape, not by a growing list: strong roots (`fuck`,
//! `fvck`, `phuck`) occur in no innocent word and match anywhere; weak roots (`fuk`, `fck`,
//! `phuk`, `fuq`) match only when followed by an English inflection (`fuking`, `fcked`), so
//! Fukuyama, Fukushima, Phuket and Fuqua stay clean. A capitalised weak form in mid-sentence
//! (`Fuk`, `Fuks`) reads as a name (Hong Kong streets, a Polish surname) and is left alone.

pub(crate) mod clauses;
pub(crate) mod denied;
pub mod foreign;
pub mod harassment;
pub mod hate;
pub(crate) mod ideas;
pub mod insult;
pub(crate) mod names;
pub(crate) mod office;
pub(crate) mod oneself;
pub(crate) mod senses;
pub(crate) mod swearing;
pub mod threat;

use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::normalize::{collapse, Collapsed, NChar, Normalized, MASK};

/// Roots that occur in no innocent word: matched anywhere in a candidate.
const STRONG_ROOTS: &[&str] = &[
    "fuck", "fvck", "phuck", "phvck", "phock", "fcuk", "fukc", "fuxk", "fxck", "fuhk",
];

/// Roots that innocent names contain: matched only with an allowed suffix after them.
const WEAK_ROOTS: &[(&str, bool, bool)] = &[
    // (root, may stand alone, must start the word)
    ("fuk", true, false),
    ("fck", true, false),
    ("phuk", true, false),
    ("phuq", true, false),
    ("fuq", true, false),
    ("fuc", false, false),
    // `phuc` is a Vietnamese name: only inflected, or with its `c` doubled (`phucc`).
    ("phuc", false, false),
    ("fcking", true, false),
    // `afk` is "away from keyboard".
    ("fk", true, true),
];

/// What may follow a weak root (or a masked stem) for it to read as the F word.
const SUFFIXES: &[&str] = &[
    "", "s", "in", "ing", "ings", "n", "ed", "d", "t", "er", "ers", "r", "a", "as", "ery", "y",
    "ie", "ies", "off", "up", "wit", "wits", "face", "head", "heads", "tard", "wad", "boy", "king",
    "kin", "ked", "keds", "ker", "kers", "ks", "k", "ka", "kas", "u", "you", "ya",
];

/// Spellings that are the F word only as whole words: `fak` and `fack` (`fake`, `fakir` and
/// Turkish `fakat` hold the letters), and the word in Cyrillic letters, as Russian readers
/// borrow it (`фак ю`, `мазафака`; `факт`, `факел` and `факультет` hold the same letters).
const WHOLE_FORMS: &[&str] = &[
    "fak",
    "fack",
    "facking",
    "fackin",
    "motherfacking",
    "motherfacker",
    "motherfackers",
    "фак",
    "факи",
    "факю",
    "факин",
    "факинг",
    "факер",
    "факеры",
    "мазафака",
    "мазафакер",
    "мазафакеры",
];

/// Acronyms that spell the F word out (`wtf`, `stfu`).
const ACRONYMS: &[&str] = &[
    "wtf", "stfu", "gtfo", "fml", "ffs", "mfer", "mfers", "mofo", "mofos", "mofoes",
];

/// Which kind of F-word use was found, most serious first (a merge keeps the smallest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FwordForm {
    /// Spelled out, however disguised: `fuck`, `f.u.c.k`, `füсk`, `fuuuck`.
    Plain,
    /// Letters replaced by masking symbols: `f*ck`, `f***`.
    Masked,
    /// An acronym containing it: `wtf`, `stfu`.
    Acronym,
}

/// A lexical hit: which candidate range of normalized chars matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit<K> {
    pub kind: K,
    pub chars: Range<usize>,
}

/// The candidate ranges of normalized chars that the lexical rules look at.
/// The policy computes them once a text for every lexical rule (`*_in` functions).
pub(crate) fn candidates(n: &Normalized) -> Vec<Range<usize>> {
    let words = n.words();
    let mut out: Vec<Range<usize>> = words.iter().map(|w| w.chars.clone()).collect();
    // Chunks of several words, joined.
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j + 1 < words.len() && words[j + 1].chunk == words[i].chunk {
            j += 1;
        }
        if j > i {
            out.push(words[i].chars.start..words[j].chars.end);
        }
        i = j + 1;
    }
    // Runs of single-letter words: `f u c k`, `f. u. c. k.`
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j < words.len() && words[j].chars.len() == 1 {
            j += 1;
        }
        if j - i >= 3 {
            out.push(words[i].chars.start..words[j - 1].chars.end);
        }
        i = j.max(i + 1);
    }
    // A short head and the next word, where the head begins a strong root: `fu ck`, `f uck`.
    for pair in words.windows(2) {
        let head = n.slice(pair[0].chars.clone());
        if head.len() <= 4 && begins_strong_root(head) {
            out.push(pair[0].chars.start..pair[1].chars.end);
        }
    }
    out
}

fn begins_strong_root(head: &[NChar]) -> bool {
    if !matches!(head.first(), Some(NChar { ch: 'f' | 'p', .. })) {
        return false;
    }
    let head = collapse(head.iter().enumerate()).text;
    STRONG_ROOTS
        .iter()
        .any(|root| root.len() > head.len() && root.starts_with(head.as_str()))
}

/// Finds every F-word use in the text. One hit per candidate; overlapping hits are merged by
/// [`merge_hits`], so `f u c k` is reported once.
pub fn find_fword(original: &str, n: &Normalized) -> Vec<Hit<FwordForm>> {
    find_fword_in(original, n, &candidates(n))
}

/// [`find_fword`] over candidates already computed.
pub(crate) fn find_fword_in(
    original: &str,
    n: &Normalized,
    candidates: &[Range<usize>],
) -> Vec<Hit<FwordForm>> {
    let mut hits = Vec::new();
    // Room reused by every candidate.
    let mut letters = Collapsed::default();
    for candidate in candidates.iter().cloned() {
        let chars = n.slice(candidate.clone());
        // Every form (roots, masks, acronyms) has an `f`, the `ph` of `phuck` or a Cyrillic
        // `ф`: most candidates are dismissed here without allocating.
        let may_match = chars.iter().any(|c| c.ch == 'f' || c.ch == 'ф')
            || chars.windows(2).any(|w| w[0].ch == 'p' && w[1].ch == 'h');
        if !may_match {
            continue;
        }
        letters.refill(
            chars
                .iter()
                .enumerate()
                .filter(|(_, c)| c.ch != MASK)
                .map(|(i, c)| (candidate.start + i, c)),
        );
        let has_mask = chars.iter().any(|c| c.ch == MASK);
        let has_symbol = chars.iter().any(|c| c.symbol);
        let has_digit = chars.iter().any(|c| c.digit);
        let plain = plain_fword(&letters, !has_mask)
            .or_else(|| has_digit.then(|| digit_fword(n, &letters)).flatten())
            .or_else(|| whole_form(&letters, !has_symbol));
        if let Some(range) = plain {
            if !reads_as_name(original, n, &letters, &range) {
                hits.push(Hit {
                    kind: FwordForm::Plain,
                    chars: letters.char_range(range),
                });
                continue;
            }
        }
        if has_mask || has_symbol {
            // Symbols count as masks here: `f@ck` is a masked form, not the word "fack".
            let as_masks: Vec<NChar> = chars
                .iter()
                .map(|c| {
                    if c.symbol {
                        NChar { ch: MASK, ..*c }
                    } else {
                        *c
                    }
                })
                .collect();
            let with_masks = collapse(
                as_masks
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (candidate.start + i, c)),
            );
            if is_masked_fword(&with_masks.text) {
                hits.push(Hit {
                    kind: FwordForm::Masked,
                    chars: candidate,
                });
                continue;
            }
        }
        if ACRONYMS.contains(&letters.text.as_str()) && chars.len() == letters.text.len() {
            hits.push(Hit {
                kind: FwordForm::Acronym,
                chars: candidate,
            });
        }
    }
    merge_hits(hits)
}

/// The collapsed-char range of a spelled-out F word in `letters` (the whole candidate, so
/// the reader sees the word they wrote highlighted), if any. Weak roots are only tried on
/// unmasked text: `f*ck` has the letters `fck` but is a masked form.
fn plain_fword(letters: &Collapsed, try_weak: bool) -> Option<Range<usize>> {
    let text = letters.text.as_str();
    let whole = 0..letters.counts.len();
    if holds_root(text, STRONG_ROOTS) {
        return Some(whole);
    }
    if !try_weak {
        return None;
    }
    let weak = WEAK_ROOTS.iter().any(|(root, alone, starts)| {
        root_starts(text).any(|at| {
            let Some(rest) = text[at..].strip_prefix(root) else {
                return false;
            };
            // `fucc`, `mothafucc`: a doubled `c` written for `ck` (collapsed, it reads `fuc`).
            let doubled_c = root.ends_with('c') && {
                let c = text[..at].chars().count() + root.len() - 1;
                letters.counts.get(c).is_some_and(|&n| n >= 2)
            };
            inflected(rest) && (*alone || doubled_c || !rest.is_empty()) && (!starts || at == 0)
        })
    });
    weak.then_some(whole)
}

/// Whether what follows a weak root reads as one of its inflections: one of the [`SUFFIXES`],
/// or a verb's ending run into its particle (`fckedup`, `fkingoff`).
fn inflected(rest: &str) -> bool {
    SUFFIXES.contains(&rest)
        || ["up", "off"].iter().any(|particle| {
            rest.strip_suffix(particle)
                .is_some_and(|ending| ["ed", "d", "ing", "in", "s"].contains(&ending))
        })
}

/// Where a root may start in `text`: at its `f`s and `p`s, the letters every root of
/// [`STRONG_ROOTS`] and [`WEAK_ROOTS`] starts with. Most words the rule reads hold an `f` (`of`,
/// `for`, `after`) and no root, and a substring search per root cost more than the rest of
/// the rule.
fn root_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| matches!(b, b'f' | b'p'))
        .map(|(at, _)| at)
}

/// Whether `text` holds one of `roots` (each starting with `f` or `p`).
fn holds_root(text: &str, roots: &[&str]) -> bool {
    root_starts(text).any(|at| roots.iter().any(|root| text[at..].starts_with(root)))
}

/// The collapsed-char range of a candidate that is one of the [`WHOLE_FORMS`], if any, when
/// `spelled` out: `f@ck` is the masked form, not the word `fack`.
fn whole_form(letters: &Collapsed, spelled: bool) -> Option<Range<usize>> {
    (spelled && WHOLE_FORMS.contains(&letters.text.as_str())).then_some(0..letters.counts.len())
}

/// `f0ck`, `f4ck`, `fu0k`: the shape of `fuck` with digits standing for its inner letters.
/// Digits are wildcards only there: `f00d` and `4fk` stay what they are.
fn digit_fword(n: &Normalized, letters: &Collapsed) -> Option<Range<usize>> {
    let text: Vec<char> = letters.text.chars().collect();
    let is_digit = |i: usize| n.chars()[letters.origin[i]].digit;
    let found = text.windows(4).enumerate().any(|(i, w)| {
        let inner_ok = |k: usize, letter: char| w[k] == letter || is_digit(i + k);
        w[0] == 'f'
            && w[3] == 'k'
            && !is_digit(i)
            && (is_digit(i + 1) || is_digit(i + 2))
            && inner_ok(1, 'u')
            && inner_ok(2, 'c')
    });
    found.then_some(0..letters.counts.len())
}

/// A weak root written as a capitalised word in mid-sentence is a name (`Fuk`, `Fuks`).
fn reads_as_name(
    original: &str,
    n: &Normalized,
    letters: &Collapsed,
    range: &Range<usize>,
) -> bool {
    if holds_root(&letters.text, STRONG_ROOTS) {
        return false;
    }
    let (start, end) = n.source_span(letters.char_range(range.clone()));
    // `FK Partizan`, `FK Austria`: a football club's initials before its capitalised name
    // (only these: `FCK NZS` is the word).
    let club_initials =
        &original[start..end] == "FK" && capitals_before_a_name(original, start, end);
    club_initials || title_case_mid_sentence(original, start, end)
}

/// The word at `start..end` of `original` is written `Like This` and does not start a
/// sentence: a name (`Fuk`, `Amina`), not the word.
fn title_case_mid_sentence(original: &str, start: usize, end: usize) -> bool {
    title_case(&original[start..end]) && !opens_sentence(original, start)
}

/// Whether the word at byte `start` opens its sentence: nothing but white space before it, or
/// a sentence's end (`.`, `!`, `?`, `:`, a closing quote, a line break).
pub(crate) fn opens_sentence(original: &str, start: usize) -> bool {
    let before = original[..start].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '\n'])
}

/// A word written `Like This`: not `like this` or `LIKE THIS`.
pub(crate) fn title_case(written: &str) -> bool {
    let mut letters = written.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
}

/// The word at `start..end` is in capitals and a capitalised word follows: initials before a
/// name (`FK Partizan`, `AMK Group`).
fn capitals_before_a_name(original: &str, start: usize, end: usize) -> bool {
    let capitals = original[start..end]
        .chars()
        .all(|c| !c.is_alphabetic() || c.is_uppercase());
    let name_follows = original[end..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    capitals && name_follows
}

impl<K> Hit<K> {
    /// The hit as the reader wrote it.
    pub fn written<'a>(&self, original: &'a str, n: &Normalized) -> &'a str {
        let (start, end) = n.source_span(self.chars.clone());
        &original[start..end]
    }
}

/// What a rule's `find` reports in `text`: each hit's kind, and its words as written.
#[cfg(test)]
pub(crate) fn written_hits<K: Copy>(
    text: &str,
    find: impl Fn(&str, &Normalized) -> Vec<Hit<K>>,
) -> Vec<(K, &str)> {
    let n = Normalized::new(text);
    find(text, &n)
        .iter()
        .map(|h| (h.kind, h.written(text, &n)))
        .collect()
}

/// `f*ck`, `f**k`, `f***`, `f***ing`, `motherf***er`, `fu*k`: an `f` followed by letters of
/// `fuck` or masks, at least one mask, and an inflection.
fn is_masked_fword(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| chars[i] == 'f')
        .any(|i| masked_stem_at(&chars[i..]))
}

fn masked_stem_at(chars: &[char]) -> bool {
    const TARGET: [char; 4] = ['f', 'u', 'c', 'k'];
    for stem_len in 2..=chars.len().min(6) {
        let (stem, rest) = chars.split_at(stem_len);
        let rest: String = rest.iter().collect();
        if !SUFFIXES.contains(&rest.as_str()) || !stem.contains(&MASK) {
            continue;
        }
        let masks_after_f = stem[1..].iter().all(|&c| c == MASK);
        let shaped_like_target = stem.len() == 4
            && stem
                .iter()
                .zip(TARGET)
                .all(|(&c, t)| c == t || c == MASK || (t == 'u' && c == 'v'));
        let short_shape = stem.len() == 3 && stem[2] == 'k';
        if (masks_after_f && stem.len() >= 3) || shaped_like_target || short_shape {
            return true;
        }
    }
    false
}

/// Merges overlapping hits of one kind into one; a plain hit swallows a masked or acronym
/// hit over the same characters.
pub fn merge_hits<K: Copy + Ord>(mut hits: Vec<Hit<K>>) -> Vec<Hit<K>> {
    hits.sort_by_key(|h| (h.chars.start, std::cmp::Reverse(h.chars.end), h.kind));
    let mut out: Vec<Hit<K>> = Vec::with_capacity(hits.len());
    for hit in hits {
        match out.last_mut() {
            Some(last) if hit.chars.start < last.chars.end => {
                last.chars.end = last.chars.end.max(hit.chars.end);
                last.kind = last.kind.min(hit.kind);
            }
            _ => out.push(hit),
        }
    }
    out
}

/// Whether a site word-list entry is a banned (refuse) or suspect (hold) word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ListKind {
    Banned,
    Suspect,
}

#[derive(Clone, Debug)]
struct Entry {
    kind: ListKind,
    /// Letter counts of the entry's collapsed form: `ass` needs two `s`, so `as` is innocent.
    counts: Vec<u32>,
    /// `*word`: may end a longer word; `word*`: may begin one. Neither: a whole word,
    /// with an inflection.
    open_start: bool,
    open_end: bool,
    text: String,
}

/// A site's own banned and suspect words, compiled into one automaton.
#[derive(Clone, Debug, Default)]
pub struct WordLists {
    automaton: Option<AhoCorasick>,
    entries: Vec<Entry>,
}

/// A word-list entry that cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("word list entry {entry:?} has no letters left after normalization")]
pub struct BadEntry {
    pub entry: String,
}

/// Inflections a whole-word entry may carry.
const INFLECTIONS: &[&str] = &["", "s", "es", "ed", "d", "ing", "er", "ers", "y"];

impl WordLists {
    pub fn new<'a>(
        banned: impl IntoIterator<Item = &'a str>,
        suspect: impl IntoIterator<Item = &'a str>,
    ) -> Result<Self, BadEntry> {
        let mut entries = Vec::new();
        let tagged = banned
            .into_iter()
            .map(|e| (ListKind::Banned, e))
            .chain(suspect.into_iter().map(|e| (ListKind::Suspect, e)));
        for (kind, raw) in tagged {
            let trimmed = raw.trim();
            let open_start = trimmed.starts_with('*');
            let open_end = trimmed.ends_with('*');
            let core = trimmed.trim_matches('*');
            let n = Normalized::new(core);
            let letters = collapse(n.chars().iter().enumerate().filter(|(_, c)| c.ch != MASK));
            if letters.text.is_empty() {
                return Err(BadEntry {
                    entry: raw.to_owned(),
                });
            }
            entries.push(Entry {
                kind,
                counts: letters.counts,
                open_start,
                open_end,
                text: letters.text,
            });
        }
        let automaton = if entries.is_empty() {
            None
        } else {
            let built = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(entries.iter().map(|e| e.text.as_str()))
                .map_err(|_| BadEntry {
                    entry: "(word list too large)".into(),
                })?;
            Some(built)
        };
        Ok(WordLists { automaton, entries })
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every banned or suspect word in the text.
    pub fn find(&self, n: &Normalized) -> Vec<Hit<ListKind>> {
        self.find_in(n, &candidates(n))
    }

    /// [`WordLists::find`] over candidates already computed.
    pub(crate) fn find_in(
        &self,
        n: &Normalized,
        candidates: &[Range<usize>],
    ) -> Vec<Hit<ListKind>> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut hits = Vec::new();
        for candidate in candidates.iter().cloned() {
            let letters = collapse(
                n.slice(candidate.clone())
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.ch != MASK)
                    .map(|(i, c)| (candidate.start + i, c)),
            );
            for m in automaton.find_overlapping_iter(&letters.text) {
                let entry = &self.entries[m.pattern().as_usize()];
                let at = letters.char_indices_of(m.start()..m.end());
                if self.entry_fits(entry, &letters, m.start(), m.end(), &at) {
                    hits.push(Hit {
                        kind: entry.kind,
                        chars: letters.char_range(at),
                    });
                }
            }
        }
        merge_hits(hits)
    }

    fn entry_fits(
        &self,
        entry: &Entry,
        letters: &Collapsed,
        start: usize,
        end: usize,
        at: &Range<usize>,
    ) -> bool {
        let before_ok = entry.open_start || start == 0;
        let rest = &letters.text[end..];
        let after_ok = entry.open_end || INFLECTIONS.contains(&rest);
        let counts_ok = entry
            .counts
            .iter()
            .zip(&letters.counts[at.clone()])
            .all(|(need, have)| have >= need);
        before_ok && after_ok && counts_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fword(text: &str) -> Vec<(FwordForm, &str)> {
        written_hits(text, find_fword)
    }

    #[test]
    fn spans_point_into_the_original() {
        assert_eq!(fword("well f.u.c.k me"), [(FwordForm::Plain, "f.u.c.k")]);
        assert_eq!(fword("oh f u c k"), [(FwordForm::Plain, "f u c k")]);
        assert_eq!(fword("a fu ck up"), [(FwordForm::Plain, "fu ck")]);
        assert_eq!(
            fword("abso-f*cking-lutely"),
            [(FwordForm::Masked, "f*cking")]
        );
        assert_eq!(
            fword("the fuuuucking minister"),
            [(FwordForm::Plain, "fuuuucking")]
        );
        assert_eq!(fword("f*ck that"), [(FwordForm::Masked, "f*ck")]);
    }

    #[test]
    fn every_root_starts_where_roots_are_looked_for() {
        let roots = STRONG_ROOTS
            .iter()
            .chain(WEAK_ROOTS.iter().map(|(root, _, _)| root));
        for root in roots {
            assert_eq!(root_starts(root).next(), Some(0), "{root}");
        }
    }

    #[test]
    fn weak_roots_need_an_inflection() {
        assert!(fword("Fukuyama wrote it").is_empty());
        assert!(fword("fukushima and phuket").is_empty());
        assert_eq!(fword("so fukin stupid").len(), 1);
    }

    #[test]
    fn capitalised_weak_form_mid_sentence_is_a_name() {
        assert!(fword("the Fuk Wing Street market").is_empty());
        assert_eq!(
            fword("Fuk you").len(),
            1,
            "at the start of a sentence it is not a name"
        );
    }

    #[test]
    fn word_lists_respect_doubled_letters_and_word_edges() {
        let lists = WordLists::new(["ass", "scum*"], ["shill"]).expect("valid lists");
        let kinds = |t: &str| -> Vec<ListKind> {
            lists
                .find(&Normalized::new(t))
                .iter()
                .map(|h| h.kind)
                .collect()
        };
        assert!(kinds("as far as the class goes").is_empty());
        assert_eq!(kinds("what an a$$"), [ListKind::Banned]);
        assert_eq!(kinds("scumbags all"), [ListKind::Banned]);
        assert_eq!(kinds("paid sh1lls"), [ListKind::Suspect]);
        assert!(kinds("the shillelagh").is_empty());
    }

    #[test]
    fn empty_entries_are_refused() {
        assert!(WordLists::new(["***"], []).is_err());
    }
}
