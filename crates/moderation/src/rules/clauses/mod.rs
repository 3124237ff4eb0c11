//! A text read clause by clause, for the rules that judge how a sentence is built (threats,
//! attacks on groups of people) rather than which words it uses.
//!
//! The words are those of the [`Normalized`] text as the classifier reads them (so the same
//! disguises are seen through), with contractions expanded (`I'll` is `i will`, `won't` is
//! `will not`), cut into clauses at sentence punctuation, line breaks and `but`, and each
//! marked when it stands inside quotation marks (someone else's words). A clause after a
//! speaker named before a colon (`My uncle at dinner: women should stay in the kitchen`) is
//! someone else's words too, and one after a group's name alone (`Women: ...`) is told to
//! that group ([`Voice`]).
//!
//! The rules look words up in the sets of `words.rs` ([`Lexicon`], [`Vocabulary`],
//! [`Tagged`]), by keys computed once for each word of the text.

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::LazyLock;

use super::Hit;
use crate::normalize::{Normalized, MASK};

#[cfg(test)]
mod tests;
mod words;

use words::Keys;
pub(super) use words::{Lexicon, Sequences, Tagged, Vocabulary, WordSet};

/// The shipped names of groups of people (`data/identities.txt`), as normalization leaves
/// them.
pub(super) static IDENTITIES: LazyLock<Vocabulary> = LazyLock::new(|| {
    include_str!("../../../data/identities.txt")
        .lines()
        .flat_map(|line| {
            line.split('#')
                .next()
                .unwrap_or_default()
                .split_whitespace()
        })
        .collect()
});

/// Words that report or quote what someone else said: a clause with one of them before a
/// threat or an attack is about it, not one (`he said he would kill them`, `calling them
/// vermin is vile`).
pub(super) static REPORT: Lexicon = Lexicon::new(
    "said says saying told tells wrote writes threatened threatens threatening claimed claims \
     argued argues declared declares \
     shouted shouting shouts yelled yelling yells screamed screaming tweeted posted quote \
     quoted quotes quoting accused called calling chanted chanting \
     говорить говорит говорят сказал сказала писать пишет пишут называть называют назвал \
     назвала называет утверждать утверждают",
);

/// The people a text names before a colon to give them the words after it, as readers write
/// dialogue (`Average 40yr old man: ...`, `My boss on Monday: ...`). Not the writer (`Me:`),
/// nor groups of people: a group's name before a colon is who the words are told to, or a
/// caricature of them (`Women: ...`), nor someone addressed (`Hey, troll: ...`).
static SPEAKERS: Lexicon = Lexicon::new(
    "man guy guys dude dudes person uncle aunt auntie dad mom mum mother father grandpa \
     grandma granddad grandad grandmother grandfather boss manager teacher coach neighbour \
     neighbor husband wife boyfriend girlfriend brother sister cousin boomer boomers \
     coworker colleague landlord customer politician politicians pundit pundits commenter \
     commenters troll trolls",
);

/// Words that open a label addressed to someone: `Hey, troll: ...`, `Dear boomers: ...`.
const ADDRESSING: &[&str] = &["hey", "dear", "yo", "oi", "to", "listen"];

/// Words beside a group's name in a label told to the group: `All you immigrants: ...`.
const GROUP_CALLS: &[&str] = &["all", "you", "the", "people", "men", "women"];

/// Turkish reports, which follow what they report: `... diyenler utansın`.
static REPORT_AFTER: Lexicon =
    Lexicon::new("diyen diyenler demek diyerek dedi dediler diye diyor diyorlar diyenlere");

/// The words that close a hint: `..., if you know what I mean`.
pub(super) const HINTED: &[&str] = &["if", "you", "know", "what", "i", "mean"];

/// One word of a clause as the sentence rules read it, with the normalized words it came from.
struct Token<'a> {
    /// The word as the rules read it: what a contraction or spoken form stands for (`will` of
    /// `ll`), or the word `words.start` as read. (Kept here, not looked up: the rules ask for
    /// a clause's words some hundred times a clause.)
    word: &'a str,
    words: Range<usize>,
    /// Inside quotation marks: someone else's words.
    quoted: bool,
    /// A phrase ends before it (see [`ends_phrase`]): a comma, a quotation mark...
    opens_phrase: bool,
    keys: Keys,
}

/// Whose words a clause is, as the text names them before a colon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Voice {
    /// The writer's.
    Writer,
    /// A speaker's named before a colon ([`SPEAKERS`]): `My uncle at dinner: ...`.
    Speaker,
    /// The writer's, told to a group of people named before a colon: `Women: ...`.
    ToGroup,
}

/// The words of one clause.
pub(super) struct Clause<'a> {
    /// The text as written.
    original: &'a str,
    n: &'a Normalized,
    tokens: &'a [Token<'a>],
    pub(super) voice: Voice,
    /// The clause ends with a question mark.
    pub(super) asked: bool,
}

impl Clause<'_> {
    pub(super) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The text's words the clause was read from, by index.
    fn words(&self) -> Range<usize> {
        match (self.tokens.first(), self.tokens.last()) {
            (Some(first), Some(last)) => first.words.start..last.words.end,
            _ => 0..0,
        }
    }

    /// The text's words before the clause, nearest first.
    pub(super) fn words_before(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.words().start)
            .rev()
            .map(|j| self.n.word_as_read(j))
    }

    /// Whether a group of people is named in the last words before the clause, or pointed at
    /// (`these people`, `those people`) a little further back: whom a clause's `they` stands
    /// for (`Indians have taken every job, they're a plague`, `These people come here, take
    /// our houses and our jobs, and the paper cheers them on. They are locusts.`).
    pub(super) fn group_named_before(&self) -> bool {
        // (The words are read back: `people` comes before its `these`.)
        let mut after = "";
        self.words_before().take(10).any(|w| IDENTITIES.contains(w))
            || self.words_before().take(16).any(|w| {
                let pointed = after == "people" && matches!(w, "these" | "those");
                after = w;
                pointed
            })
    }

    /// Whether one of `words` is among the last `n` words before word `i` (on into the text
    /// before the clause): `узнаю` or `найду` somewhere before `увидишь`.
    pub(super) fn said_back(&self, i: usize, n: usize, words: &[&str]) -> bool {
        self.words_back_from(i).take(n).any(|w| words.contains(&w))
    }

    /// [`Clause::said_back`] with a lexicon's words: `you` or `your` among the words before
    /// `..., as victims`.
    pub(super) fn said_back_of(&self, i: usize, n: usize, words: &Lexicon) -> bool {
        self.words_back_from(i).take(n).any(|w| words.contains(w))
    }

    /// Whether `words` stand together, in their order, among the last `n` words before word
    /// `i` (on into the text before the clause): `... узнаю, где живёт ...` before `сожгу`.
    pub(super) fn reads_before(&self, i: usize, n: usize, words: &[&str]) -> bool {
        let back: Vec<&str> = self.words_back_from(i).take(n).collect();
        back.windows(words.len())
            .any(|w| w.iter().rev().eq(words.iter()))
    }

    /// Whether one of `words` is among the text's first two words, and word `i` of the clause
    /// among its first `n`: what a remark opening the text is said of (`хороший магазин, ...
    /// жалко будет, если окна разобьют`).
    pub(super) fn text_opens_with(&self, i: usize, n: usize, words: &[&str]) -> bool {
        let at_start = self.tokens.get(i).is_some_and(|t| t.words.start < n);
        let first = self.n.words().len().min(2);
        at_start && (0..first).any(|j| words.contains(&self.n.word_as_read(j)))
    }

    /// The text's words before word `i` of the clause, nearest first, on into the text
    /// before the clause.
    pub(super) fn words_back_from(&self, i: usize) -> impl Iterator<Item = &str> + '_ {
        (0..i).rev().map(|k| self.at(k)).chain(self.words_before())
    }

    /// The text's words after the clause, nearest first.
    pub(super) fn words_after(&self) -> impl Iterator<Item = &str> + '_ {
        (self.words().end..self.n.words().len()).map(|j| self.n.word_as_read(j))
    }

    /// The clause's words from word `from` on, then on into the text after the clause: what
    /// is said next (`... for you, and I won't be alone`).
    pub(super) fn words_from(&self, from: usize) -> impl Iterator<Item = &str> + '_ {
        (from..self.len())
            .map(|k| self.at(k))
            .chain(self.words_after())
    }

    /// Whether one of `words` is among the `n` words from word `from` on (on into the text
    /// after the clause): `жди` after `запомнил номер твоей машины`.
    pub(super) fn said_next(&self, from: usize, n: usize, words: &[&str]) -> bool {
        self.words_from(from).take(n).any(|w| words.contains(&w))
    }

    /// Whether word `i` is the last of the clause and of the text: a remark left there.
    pub(super) fn ends_text(&self, i: usize) -> bool {
        i + 1 == self.len() && self.words_after().next().is_none()
    }

    /// Whether the clause ends with `words`, after word `from` at the earliest: `... if you
    /// know what I mean`.
    pub(super) fn closes_with(&self, from: usize, words: &[&str]) -> bool {
        self.len()
            .checked_sub(words.len())
            .is_some_and(|start| start >= from && self.seq(start, words))
    }

    /// Whether the text's next clause opens with one of `shapes`, contractions read as the
    /// words they stand for (`we'll` is `we will`): a menace's second sentence (`Look over
    /// your shoulder. We'll be there.`).
    pub(super) fn followed_by(&self, shapes: &[&[&str]]) -> bool {
        let mut next = [""; 5];
        let words = self.words_after().map(|w| match w {
            "ll" => "will",
            "re" => "are",
            "m" => "am",
            // (`it's`: the possessive's `s` is dropped in the clause, read `is` here.)
            "s" => "is",
            w => w,
        });
        for (slot, w) in next.iter_mut().zip(words) {
            *slot = w;
        }
        shapes.iter().any(|shape| next.starts_with(shape))
    }

    /// The word at `i` as written, or `""` past the end: what normalization folds away
    /// (Turkish `ölsün`, "let them die", is read `olsun`, "let it be").
    fn written(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| written_word(self.original, self.n, t.words.start))
    }

    /// Whether the word at `i`, as written, starts with `prefix` (lower case), its letters
    /// read alone (`ö l s ü n`, spaced out, starts with `öl`).
    pub(super) fn written_starts_with(&self, i: usize, prefix: &str) -> bool {
        let mut letters = self
            .written(i)
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase);
        prefix.chars().all(|p| letters.next() == Some(p))
    }

    /// The word at `i`, or `""` past the end.
    pub(super) fn at(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.word)
    }

    pub(super) fn is(&self, i: usize, set: &(impl WordSet + ?Sized)) -> bool {
        let w = self.at(i);
        !w.is_empty() && set.has(w, self.tokens[i].keys)
    }

    /// Whether the words from `i` on are `words`.
    pub(super) fn seq(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.at(i + k) == *w)
    }

    /// The tags of the clause's words, together.
    pub(super) fn tags(&self, tagged: &Tagged) -> u128 {
        self.tokens
            .iter()
            .fold(0, |tags, t| tags | tagged.of(t.keys))
    }

    pub(super) fn any_in(&self, range: Range<usize>, set: &(impl WordSet + ?Sized)) -> bool {
        range.clone().any(|i| self.is(i, set))
    }

    /// The first of `words` in `range` (cut at the clause's end).
    pub(super) fn first_in(
        &self,
        range: Range<usize>,
        words: &(impl WordSet + ?Sized),
    ) -> Option<usize> {
        let end = range.end.min(self.len());
        (range.start..end).find(|&k| self.is(k, words))
    }

    /// Whether a phrase ends before word `i` (a comma, a quotation mark...), or the clause
    /// does, or starts there.
    pub(super) fn phrase_ends_before(&self, i: usize) -> bool {
        i == 0 || self.tokens.get(i).is_none_or(|t| t.opens_phrase)
    }

    /// Whether word `i` is quoted, and someone other than the writer is reported saying it
    /// (`the attacker shouted "I will kill you"`; not `as I always say, "..."`), or the clause
    /// is given to a speaker named before a colon.
    pub(super) fn quoted_from_others(&self, i: usize) -> bool {
        self.voice == Voice::Speaker
            || self.tokens[i].quoted && (0..i).any(|k| self.reports_others(k))
    }

    /// Whether word `k` reports what someone other than the writer said: `he said`, `the
    /// sign said` (not `I said`, nor the writer's `just saying`).
    fn reports_others(&self, k: usize) -> bool {
        // (Nor `that's saying something`, `that's saying a lot`.)
        let idiom = self.at(k) == "saying" && self.is(k + 1, &["something", "a"]);
        self.is(k, &REPORT) && !(k > 0 && self.is(k - 1, &["i", "we", "just", "so"])) && !idiom
    }

    /// Whether word `i` is quoted, or a report comes before it (`he said ...`; not `the
    /// journalist who wrote this ...`, which names who is meant), or the clause is given to a
    /// speaker named before a colon.
    pub(super) fn reported(&self, i: usize) -> bool {
        // (And in Russian, `кто так пишет, тому руки оторвать надо`: "whoever writes like
        // this ...".)
        // (And `a Jew wrote this`: who wrote, not what was said.)
        // (`... a woman who writes things like this`.)
        let names_the_author = |k: usize| {
            k > 0
                && self.is(k - 1, &["who", "whoever"])
                && self.is(
                    k + 1,
                    &["this", "it", "these", "things", "stuff", "articles"],
                )
                || self.at(k) == "wrote" && self.is(k + 1, &["this", "that"])
                || k >= 2 && self.at(k - 2) == "кто" && self.is(k - 1, &["так", "такое", "это"])
        };
        // `tell your daughter I said hi, ...`: a greeting passed on reports nothing.
        let greeting = |k: usize| {
            k > 0 && self.is(k - 1, &["i", "we"]) && self.is(k + 1, &["hi", "hello", "hey"])
        };
        // `the so-called journalist`: a name doubted, not a report.
        let so_called = |k: usize| k > 0 && self.at(k - 1) == "so" && self.at(k) == "called";
        // `try saying that to my face, ...`: a dare, not a report; so is `продолжай писать и
        // ...` ("keep writing and ...").
        let dare = |k: usize| {
            k > 0 && self.is(k - 1, &["try", "keep"]) && self.is(k + 1, &["that", "this", "it"])
                || k > 0 && self.is(k - 1, &["продолжай", "продолжайте"]) && self.at(k + 1) == "и"
        };
        // `кто тебя писать учил`, "who taught you to write": a skill taught, not a report.
        let taught = |k: usize| {
            let teaching = ["учил", "учила", "учили", "научил", "научила", "научили"];
            self.is(k + 1, &teaching) || k > 0 && self.is(k - 1, &teaching)
        };
        // `I'm just saying nobody would cry if he disappeared`: the writer's own hedge.
        // (`I'm not saying someone should hurt him, I'm just saying ...`: denied, then said.)
        let just_saying = |k: usize| {
            k >= 2
                && self.at(k) == "saying"
                && self.is(k - 1, &["just", "only"])
                && self.at(k - 2) == "am"
        };
        let hedge = |k: usize| {
            just_saying(k)
                || k >= 2
                    && self.seq(k - 2, &["am", "not", "saying"])
                    && (k + 1..self.len()).any(just_saying)
        };
        self.voice == Voice::Speaker
            || self.tokens[i].quoted
            || (0..i).any(|k| {
                self.is(k, &REPORT)
                    && !names_the_author(k)
                    && !greeting(k)
                    && !so_called(k)
                    && !dare(k)
                    && !taught(k)
                    && !hedge(k)
            })
    }

    /// Whether the words before `end` are reported by what follows them: `..., said the
    /// preacher`, `..., the sign said` (not `..., I said`, nor `... for what she wrote`, `...
    /// if you keep writing`), and
    /// in Turkish, where the report follows what it reports, `... diyenler utansın` ("those
    /// who say ... should be ashamed").
    pub(super) fn reported_after(&self, end: usize) -> bool {
        // `... for what she wrote`: what was written is the cause, not a report; so is the
        // reader's writing as a condition (`тебя убьют, если продолжишь писать`, "... if you
        // keep writing").
        let deed = |k: usize| k >= 2 && self.at(k - 2) == "what";
        let condition = |k: usize| self.any_in(end..k, &["if", "если"]);
        // Nor how the reader is to write (`тебя найдут и покажут, как надо писать`, "... and
        // show you how one should write"; `... и научат писать`, "... and teach you to write").
        let taught = |k: usize| k > 0 && self.is(k - 1, &["надо", "нужно", "научат", "научим"]);
        // Nor what the one named writes for (`Автор — продажная шкура, пишет за деньги
        // олигархов`, "... writes for the oligarchs' money").
        let paid = |k: usize| {
            self.is(k + 1, &["за", "for"]) && self.is(k + 2, &["деньги", "money", "cash"])
        };
        (end..end + 4).any(|k| {
            self.is(k, &REPORT_AFTER)
                || self.reports_others(k) && !deed(k) && !condition(k) && !taught(k) && !paid(k)
        })
    }
}

/// A text's words as the sentence rules read them. The clauses are cut on first use: most
/// texts are dismissed by a look at their words ([`Reading::has_any`]).
pub(crate) struct Reading<'a> {
    original: &'a str,
    n: &'a Normalized,
    /// Each word's keys, its squeezed form's too when it was written with a letter three
    /// times or more (`kiiiill`).
    keys: Vec<Keys>,
    clauses: OnceCell<Clauses<'a>>,
}

struct Clauses<'a> {
    tokens: Vec<Token<'a>>,
    /// The token each clause starts at, and the end.
    starts: Vec<usize>,
    /// Each clause's [`Voice`], and whether it ends with a question mark.
    voices: Vec<(Voice, bool)>,
}

impl<'a> Reading<'a> {
    pub(crate) fn new(original: &'a str, n: &'a Normalized) -> Reading<'a> {
        let keys = (0..n.words().len())
            .map(|i| Keys::of(n.word_as_read(i), n.has_stretch(i)))
            .collect();
        Reading {
            original,
            n,
            keys,
            clauses: OnceCell::new(),
        }
    }

    /// The text as written.
    pub(super) fn original(&self) -> &'a str {
        self.original
    }

    /// Whether `letters` stand in some word of the text as it is read (a look at the whole
    /// text, before its words are).
    pub(super) fn reads_somewhere(&self, letters: &str) -> bool {
        self.n.reads_somewhere(letters)
    }

    /// How many words the text has.
    pub(super) fn len(&self) -> usize {
        self.keys.len()
    }

    /// Word `i` as written in the original text.
    pub(super) fn written(&self, i: usize) -> &'a str {
        written_word(self.original, self.n, i)
    }

    /// What is written inside triple parentheses, `(((like this)))`, a few words on one
    /// line: the "echo" antisemites mark Jewish names and their supposed friends with. Found
    /// in the text as written (normalization reads `(` as a look-alike `c`), as the words it
    /// covers and the text inside.
    pub(super) fn echoed(&self) -> Vec<(Range<usize>, &'a str)> {
        let text = self.original;
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(open) = text[from..].find("(((").map(|k| from + k) {
            let inner = open + 3;
            let Some(close) = text[inner..].find(")))").map(|k| inner + k) else {
                break;
            };
            let written = &text[inner..close];
            if written.len() <= 60 && !written.contains(['\n', '(', ')']) {
                let mut words = (0..self.len()).filter(|&i| {
                    let (start, end) = self.n.source_span(self.word_chars(i));
                    start < close && end > inner
                });
                if let Some(first) = words.next() {
                    let last = words.last().unwrap_or(first);
                    out.push((first..last + 1, written));
                }
            }
            from = close + 3;
        }
        out
    }

    /// Word `i`'s normalized chars.
    pub(super) fn word_chars(&self, i: usize) -> Range<usize> {
        self.n.words()[i].chars.clone()
    }

    /// The `i`th word as read, or `""` past the end.
    pub(super) fn word(&self, i: usize) -> &'a str {
        if i < self.len() {
            self.n.word_as_read(i)
        } else {
            ""
        }
    }

    /// Whether word `i` is in `set`, looked up by the keys computed when the text was read (so
    /// a stretched word, `shiiit`, is read as the word it stretches).
    pub(super) fn is(&self, i: usize, set: &(impl WordSet + ?Sized)) -> bool {
        self.keys
            .get(i)
            .is_some_and(|&keys| set.has(self.word(i), keys))
    }

    /// Whether the gap before word `i` ends a phrase (see [`ends_phrase`]).
    pub(super) fn phrase_ends_before(&self, i: usize) -> bool {
        ends_phrase(self.gap_before(i))
    }

    /// The text's phrases, one after another, as word ranges.
    pub(super) fn phrases(&self) -> impl Iterator<Item = Range<usize>> + use<'_, 'a> {
        let mut start = 0;
        std::iter::from_fn(move || {
            (start < self.len()).then(|| {
                let end = (start + 1..self.len())
                    .find(|&k| self.phrase_ends_before(k))
                    .unwrap_or(self.len());
                let phrase = start..end;
                start = end;
                phrase
            })
        })
    }

    /// Whether the words of one of `seqs` stand one after another somewhere in the text: one
    /// pass over the words, however many sequences (a pass per sequence cost a comment about
    /// 450 instructions each). Most words are told apart from every sequence's first by the
    /// filter of their keys, computed when the text was read, without comparing letters.
    pub(super) fn has_any_seq(&self, seqs: &Sequences) -> bool {
        let stands_at = |i: usize, seq: &[&str]| {
            seq[1..]
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + 1 + k) == *w)
        };
        self.keys
            .iter()
            .enumerate()
            .any(|(i, keys)| seqs.starting_with(keys.exact).any(|seq| stands_at(i, seq)))
    }

    /// Whether any word is in `set`.
    pub(super) fn has_any(&self, set: &Vocabulary) -> bool {
        self.keys.iter().any(|&keys| set.reads(keys))
    }

    /// Each clause.
    fn clauses(&self) -> impl Iterator<Item = Clause<'_>> {
        let clauses = self.clauses.get_or_init(|| self.cut());
        clauses
            .starts
            .windows(2)
            .zip(&clauses.voices)
            .map(|(w, &(voice, asked))| Clause {
                original: self.original,
                n: self.n,
                tokens: &clauses.tokens[w[0]..w[1]],
                voice,
                asked,
            })
    }

    /// What a sentence rule finds in the text: what `find` finds in each clause that holds
    /// one of its `cues`, as (kind, first token, end token), turned into normalized chars,
    /// overlapping finds made one. A clause is read alone, so one without a cue holds nothing
    /// for the rule, and a text without one is not even cut into clauses.
    pub(super) fn find<K: Copy + Ord>(
        &self,
        cues: &Vocabulary,
        find: impl Fn(&Clause, &mut Vec<(K, usize, usize)>),
    ) -> Vec<Hit<K>> {
        if !self.has_any(cues) {
            return Vec::new();
        }
        let mut found = Vec::new();
        let mut hits = Vec::new();
        for clause in self.clauses() {
            if !clause.words().any(|w| cues.reads(self.keys[w])) {
                continue;
            }
            found.clear();
            find(&clause, &mut found);
            for &(kind, first, end) in &found {
                hits.push(Hit {
                    kind,
                    chars: self.chars(&clause, first, end),
                });
            }
        }
        hits.sort_by_key(|h| (h.chars.start, h.kind));
        hits.dedup_by(|later, earlier| later.chars.start < earlier.chars.end);
        hits
    }

    /// The words a rule has the classifier leave unread (`kill the bill`, `a stupid
    /// decision`): what `find` finds, as normalized chars.
    pub(super) fn unread(
        &self,
        cues: &Vocabulary,
        find: impl Fn(&Clause, &mut Vec<((), usize, usize)>),
    ) -> Vec<Range<usize>> {
        self.find(cues, find).into_iter().map(|h| h.chars).collect()
    }

    /// The normalized chars of tokens `first..end` of a clause.
    fn chars(&self, clause: &Clause, first: usize, end: usize) -> Range<usize> {
        let end = end.clamp(first + 1, clause.len());
        let words = self.n.words();
        let first_word = clause.tokens[first].words.start;
        let last_word = clause.tokens[end - 1].words.end - 1;
        words[first_word].chars.start..words[last_word].chars.end
    }

    fn cut(&self) -> Clauses<'a> {
        let count = self.len();
        let mut tokens: Vec<Token> = Vec::with_capacity(count + 4);
        let mut starts = Vec::with_capacity(8);
        starts.push(0);
        let mut voices = Vec::with_capacity(8);
        voices.push((Voice::Writer, false));
        let mut quoted = false;
        let mut i = 0;
        while i < count {
            let gap = self.gap_before(i);
            // Most words follow a single space, which ends nothing and quotes nothing.
            let space = gap == " ";
            // `but` ends a clause, except in `nothing but`, `all but`, `nothing to this town
            // but`.
            let but = self.word(i) == "but"
                && !matches!(self.word(i.wrapping_sub(1)), "nothing" | "anything" | "all")
                && !(2..=5).any(|k| {
                    i >= k && self.word(i - k) == "nothing" && self.word(i - k + 1) == "to"
                });
            let ends = !space && gap.contains(['.', '!', '?', ';', ':', '\n']) || but;
            let start = starts.last().copied().unwrap_or_default();
            if ends && start != tokens.len() {
                if let Some((_, asked)) = voices.last_mut() {
                    *asked = gap.contains('?');
                }
                // After a colon alone (`...: `, not `...?: `), the words may be a speaker's.
                let colon = gap.contains(':') && !gap.contains(['.', '!', '?', ';', '\n']);
                let voice = if colon {
                    self.voice_after(&tokens[start..])
                } else {
                    Voice::Writer
                };
                voices.push((voice, false));
                starts.push(tokens.len());
            }
            quoted ^= !space && gap.matches(['"', '“', '”', '«', '»']).count() % 2 == 1;
            let mut opens_phrase = !space && ends_phrase(gap);
            let mut push = |word: &'a str, keys: Keys, words: Range<usize>| {
                tokens.push(Token {
                    word,
                    words,
                    quoted,
                    opens_phrase,
                    keys,
                });
                opens_phrase = false;
            };
            match expand(self.word(i), self.keys[i], self.word(i + 1)) {
                Some((expanded, consumed)) => {
                    let words = i..i + 1 + usize::from(consumed);
                    for text in expanded {
                        push(text, Keys::of(text, false), words.clone());
                    }
                    i = words.end;
                }
                None => {
                    // A word read as it was written keeps the keys computed for it.
                    if !but {
                        push(self.word(i), self.keys[i], i..i + 1);
                    }
                    i += 1;
                }
            }
        }
        starts.push(tokens.len());
        if let Some((_, asked)) = voices.last_mut() {
            *asked = self.after_last_word().contains('?');
        }
        Clauses {
            tokens,
            starts,
            voices,
        }
    }

    /// Whose words follow a colon after the tokens of a clause: told to a group when it names
    /// only the group (`Women`, `Hey Muslims`, `All you immigrants`); a speaker's when it is a
    /// few words with one of [`SPEAKERS`] among them (`Average 40yr old man`, `My uncle at
    /// dinner`), no group of people's name, nothing quoted and nobody addressed (`Hey,
    /// troll`); else the writer's.
    fn voice_after(&self, label: &[Token]) -> Voice {
        let group = |t: &Token| IDENTITIES.has(t.word, t.keys);
        let addressing = |t: &Token| ADDRESSING.contains(&t.word);
        let calls = |t: &Token| addressing(t) || GROUP_CALLS.contains(&t.word);
        if label.len() <= 4 && label.iter().any(group) && label.iter().all(|t| group(t) || calls(t))
        {
            return Voice::ToGroup;
        }
        let speaker = label.len() <= 6
            && !label.first().is_some_and(addressing)
            && label.iter().all(|t| !t.quoted && !group(t))
            && label.iter().any(|t| SPEAKERS.has(t.word, t.keys));
        if speaker {
            Voice::Speaker
        } else {
            Voice::Writer
        }
    }

    /// The original text after the last word's last letter (`Твои дети ходят одни?` is
    /// asked: see [`Self::gap_before`]).
    fn after_last_word(&self) -> &'a str {
        let words = self.n.words();
        if words.is_empty() {
            return "";
        }
        let end = self.letters_end(words.len() - 1);
        self.original.get(end..).unwrap_or_default()
    }

    /// The original text between word `i - 1`'s last letter and word `i` (before the first
    /// word: all of it). Masks closing the word before belong to the gap: normalization keeps
    /// them in the word, as they may stand for letters (`f?ck`, `f***`), but after its last
    /// letter a `?` or `!` ends a sentence (`Do your kids walk to school? Mine ...`).
    pub(super) fn gap_before(&self, i: usize) -> &'a str {
        let words = self.n.words();
        let (start, _) = self.n.source_span(words[i].chars.clone());
        let prev_end = if i == 0 { 0 } else { self.letters_end(i - 1) };
        self.original.get(prev_end..start).unwrap_or_default()
    }

    /// Where word `i`'s last letter ends in the original text, masks after it left out.
    fn letters_end(&self, i: usize) -> usize {
        let word = self.n.words()[i].chars.clone();
        let kept = self
            .n
            .slice(word.clone())
            .iter()
            .rposition(|c| c.ch != MASK)
            .map_or(word.len(), |last| last + 1);
        self.n.source_span(word.start..word.start + kept).1
    }
}

/// Normalized word `i` of `n` as written in `original`, the text `n` was read from.
fn written_word<'a>(original: &'a str, n: &Normalized, i: usize) -> &'a str {
    let (start, end) = n.source_span(n.words()[i].chars.clone());
    &original[start..end]
}

/// Whether a Turkish word (folded) ends as a genitive does: `ülkenin`, `toplumun` (`-ın`,
/// `-ün` folded to `-in`, `-un`).
pub(super) fn turkish_genitive(word: &str) -> bool {
    word.ends_with("in") || word.ends_with("un")
}

/// Whether a Turkish word (folded) ends as an ablative does: `siyasetten`, `çiçeğinden`
/// (`-dan`, `-den`, `-tan`, `-ten`).
pub(super) fn turkish_ablative(word: &str) -> bool {
    ["dan", "den", "tan", "ten"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// Whether the gap between two words ends the phrase they would make: sentence punctuation,
/// a comma, a line, a quotation mark or a bracket.
pub(super) fn ends_phrase(gap: &str) -> bool {
    gap.contains(['.', '!', '?', ';', ':', '\n', '"', '(', ')', ','])
}

/// What follows `I'd` (read `id`: normalization joins runs of one-letter pieces) when it is
/// the contraction and not an ID card.
static AFTER_I_WOULD: Lexicon = Lexicon::new(
    "happily gladly love like personally really just rather make put kill murder stab shoot \
     strangle hurt harm beat break smash punch kick slap choke hang burn hate never not bang shag \
     screw bone hump ride lick grope bend set pull torch fire spit ruin still run hit have be go \
     do give see come find get take rip tear cut drown throw push wring snap want",
);

/// Spoken forms and contractions written without their apostrophe, as the words they stand
/// for wherever they stand.
const SPOKEN: &[(&str, &[&str])] = &[
    ("im", &["i", "am"]),
    ("gonna", &["going", "to"]),
    ("wanna", &["want", "to"]),
    ("cannot", &["can", "not"]),
    ("u", &["you"]),
    ("ya", &["you"]),
    ("ur", &["your"]),
    ("r", &["are"]),
    ("whats", &["what", "is"]),
    ("thats", &["that", "is"]),
    ("youre", &["you", "are"]),
    ("theyre", &["they", "are"]),
    ("dont", &["do", "not"]),
    ("wont", &["will", "not"]),
    ("cant", &["can", "not"]),
    ("shud", &["should"]),
    ("shld", &["should"]),
    ("didnt", &["did", "not"]),
    ("doesnt", &["does", "not"]),
    ("isnt", &["is", "not"]),
    ("arent", &["are", "not"]),
    ("shouldnt", &["should", "not"]),
    ("wouldnt", &["would", "not"]),
    ("couldnt", &["could", "not"]),
    ("ive", &["i", "have"]),
    ("ll", &["will"]),
    // A possessive's `s` (`the mayor's house`) is not a word of its own.
    ("s", &[]),
];

/// The words [`expand`] may read as others: [`SPOKEN`]'s, and those that stand for others
/// only before some words (`id`, `ur`, `2`, `4`).
static SPOKEN_WORDS: LazyLock<Vocabulary> = LazyLock::new(|| {
    SPOKEN
        .iter()
        .map(|&(word, _)| word)
        .chain(["id", "ill", "ur", "2", "4"])
        .collect()
});

/// Who `2` and `4` go to (`coming 2 u`, `this is 4 you`).
const OBJECTS: [&str; 8] = ["u", "you", "ya", "me", "him", "her", "them", "us"];

/// Contractions split by normalization (`I'll` is the words `i`, `ll`) and spoken forms, as
/// the words they stand for, and whether they took the next word with them; `None` for a
/// word that stands for itself.
fn expand(word: &str, keys: Keys, next: &str) -> Option<(&'static [&'static str], bool)> {
    // Most words are followed by none of the tails a contraction leaves.
    let tail = matches!(next, "ll" | "m" | "d" | "re" | "t" | "ve");
    let pair: &[&str] = match (word, next) {
        _ if !tail => &[],
        ("i", "ll") => &["i", "will"],
        ("we", "ll") => &["we", "will"],
        ("you", "ll") => &["you", "will"],
        ("they", "ll") => &["they", "will"],
        ("he", "ll") => &["he", "will"],
        ("she", "ll") => &["she", "will"],
        ("i", "m") => &["i", "am"],
        ("i", "d") => &["i", "would"],
        ("we", "d") => &["we", "would"],
        ("you", "d") => &["you", "would"],
        ("they", "d") => &["they", "would"],
        ("he", "d") => &["he", "would"],
        ("she", "d") => &["she", "would"],
        // (`who'd` is "who had" too, as in `a guy who'd been there`: the rules that read
        // `who would` look for a verb's bare form after it.)
        ("who", "d") => &["who", "would"],
        ("who", "ll") => &["who", "will"],
        ("i", "ve") => &["i", "have"],
        ("we", "ve") => &["we", "have"],
        ("you", "ve") => &["you", "have"],
        ("they", "ve") => &["they", "have"],
        ("we", "re") => &["we", "are"],
        ("you", "re") => &["you", "are"],
        ("they", "re") => &["they", "are"],
        ("won", "t") => &["will", "not"],
        ("can", "t") => &["can", "not"],
        ("don", "t") => &["do", "not"],
        ("wouldn", "t") => &["would", "not"],
        ("couldn", "t") => &["could", "not"],
        ("shouldn", "t") => &["should", "not"],
        ("didn", "t") => &["did", "not"],
        ("doesn", "t") => &["does", "not"],
        ("aren", "t") => &["are", "not"],
        ("isn", "t") => &["is", "not"],
        ("wasn", "t") => &["was", "not"],
        ("weren", "t") => &["were", "not"],
        _ => &[],
    };
    if !pair.is_empty() {
        return Some((pair, true));
    }
    // Most words are none of the spoken forms: one lookup of the keys computed for the word
    // rather than a comparison with each form (a `match` of them cost 2.5% of a typical
    // comment's instructions).
    if !SPOKEN_WORDS.has(word, keys) {
        return None;
    }
    let single: &[&str] = match word {
        "id" if AFTER_I_WOULD.contains(next) => &["i", "would"],
        // `ill be outside ur office`: "I'll" (not `ill health`, `feel ill`).
        "ill"
            if matches!(
                next,
                "be" | "find" | "get" | "come" | "make" | "kill" | "show"
            ) =>
        {
            &["i", "will"]
        }
        // `ur gonna`, `ur a joke`: "you're"; `ur mum`: "your".
        "ur" if matches!(
            next,
            "gonna"
                | "going"
                | "getting"
                | "a"
                | "an"
                | "so"
                | "such"
                | "not"
                | "just"
                | "dead"
                | "done"
        ) =>
        {
            &["you", "are"]
        }
        "2" if OBJECTS.contains(&next) => &["to"],
        "4" if OBJECTS.contains(&next) => &["for"],
        _ => SPOKEN.iter().find(|&&(spoken, _)| spoken == word)?.1,
    };
    Some((single, false))
}

/// The words of `text` that `unread` names (normalized chars), as written: for the tests of
/// the words the classifier is told not to read.
#[cfg(test)]
pub(super) fn written_words(
    text: &str,
    unread: impl Fn(&Reading) -> Vec<Range<usize>>,
) -> Vec<String> {
    let n = Normalized::new(text);
    unread(&Reading::new(text, &n))
        .into_iter()
        .map(|chars| {
            let (s, e) = n.source_span(chars);
            text[s..e].to_owned()
        })
        .collect()
}
