//! Words put back together: masks filled where they hide one of the words readers mask
//! (`st*pid`), letters spaced out (`c u n t`), a masked word cut apart by punctuation
//! (`st-u-pid`) or in two by a space (`stu pid`), and a capital I read as an l where that
//! makes a masked word (`sIut`) (steps 4 and 6 of the module's list).

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

use super::chars::spacing;
use super::{NChar, Normalized, Word, MASK};
use crate::classifier::MixedHash;

/// The words readers hide behind masks, which [`Normalized::fill_masks`] reads through: insults,
/// slurs, swearing and obscenity (not the F word, which has a rule and a policy switch of its
/// own).
pub(super) const MASKED_WORDS: &str = "stupid idiot idiots moron morons cunt cunts bitch bitches whore \
    whores slut sluts bastard bastards asshole assholes arsehole arse dick dicks cock cocks \
    pussy ass shit shitty bullshit crap damn hell piss pissed twat twats wanker wankers tosser retard \
    retarded faggot faggots fag fags nigger niggers nigga prick pricks dumb loser losers kill \
    rape raped rapist tits boobs porn bollocks bugger douche jackass dumbass dipshit scumbag \
    scum jerk penis dildo nazi nazis traitor traitors bullet bullets shoot burn down hayvan \
    holocaust";

/// The longest of [`MASKED_WORDS`], in bytes.
pub(super) const LONGEST_MASKED_WORD: usize = 9;

/// The English words of two letters, and the tails of contractions written without their
/// apostrophe (`he ll`, `we re`, `they ve`), which [`Normalized::join_split_words`] does not
/// take for half of a word cut in two.
const OWN_TWO_LETTER_WORDS: &str = "ad ah am an as at be by do go ha he hi if in is it me my no \
    of oh ok on or ox so to up us we ya ye yo ll re ve";

/// [`MASKED_WORDS`] as a set, with the pairs of letters they start and end with: most words
/// start with none of them, or most pairs of words end with none, and are told so without
/// hashing.
pub(super) struct MaskedWords {
    set: HashSet<&'static [u8], BuildHasherDefault<MixedHash>>,
    /// Bit `b` of `starts[a]`: a word starts with the letters `a` and `b` (0 for `a`).
    starts: [u32; 26],
    /// Bit `b` of `ends[a]`: a word ends with the letters `a` and `b`.
    ends: [u32; 26],
}

impl MaskedWords {
    pub(super) fn contains(&self, word: &[u8]) -> bool {
        match word {
            [a, b, .., y, z] => {
                Self::has(&self.starts, *a, *b)
                    && Self::has(&self.ends, *y, *z)
                    && self.set.contains(word)
            }
            _ => false,
        }
    }

    /// Whether a word may start with the letters `a` and `b`.
    pub(super) fn may_start(&self, a: u8, b: u8) -> bool {
        Self::has(&self.starts, a, b)
    }

    /// Whether a word may end with the letters `y` and `z`.
    fn may_end(&self, y: u8, z: u8) -> bool {
        Self::has(&self.ends, y, z)
    }

    fn has(pairs: &[u32; 26], a: u8, b: u8) -> bool {
        let index = |c: u8| c.is_ascii_lowercase().then(|| usize::from(c - b'a'));
        matches!((index(a), index(b)), (Some(a), Some(b)) if pairs[a] & (1 << b) != 0)
    }
}

/// Whether a word (lower case) is one of the words readers mask (`MASKED_WORDS`), which
/// normalization reads through masks, punctuation and a space cutting it in two.
pub fn is_masked_word(word: &str) -> bool {
    masked_words().contains(word.as_bytes())
}

pub(super) fn masked_words() -> &'static MaskedWords {
    static WORDS: LazyLock<MaskedWords> = LazyLock::new(|| {
        let set: HashSet<&[u8], _> = MASKED_WORDS.split_whitespace().map(str::as_bytes).collect();
        let (mut starts, mut ends) = ([0; 26], [0; 26]);
        let index = |b: u8| usize::from(b - b'a');
        for b in &set {
            starts[index(b[0])] |= 1 << index(b[1]);
            ends[index(b[b.len() - 2])] |= 1 << index(b[b.len() - 1]);
        }
        MaskedWords { set, starts, ends }
    });
    &WORDS
}

/// Whether the text starts with a word written with a capital and then lower case: a name's
/// (`Mo Ron` is no `moron`).
fn title_case(text: &str) -> bool {
    let mut letters = text.chars();
    matches!((letters.next(), letters.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
}

impl Normalized {
    /// Step 6's masks, filled in where they hide one word readers mask ([`MASKED_WORDS`]):
    /// `st*pid`, `c*nt`, `b***h`, `a**hole` are read as the words they hide, by the classifier,
    /// the sentence rules and the site's word lists alike. A mask that could hide two of them
    /// (`s**t`: `shit` or `slut`), or a word of fewer than two letters or with more than one
    /// mask over its letters (`f***`, `a**`), stays masked; the F word is not among them, so
    /// its rule still tells `f*ck` from `fuck`.
    pub(super) fn fill_masks(&mut self, text: &str) {
        for w in std::mem::take(&mut self.masked) {
            let mut range = self.words[w].chars.clone();
            // A question mark after the word ends a question (`are you st*pid?`).
            while range.len() > 1
                && self.chars[range.end - 1].ch == MASK
                && text
                    .get(self.chars[range.end - 1].start as usize..)
                    .is_some_and(|t| t.starts_with('?'))
            {
                range.end -= 1;
            }
            let chars = &self.chars[range.clone()];
            let masks = chars.iter().filter(|c| c.ch == MASK).count();
            let letters = chars.len() - masks;
            if masks == 0 || letters < 2 || masks > letters + 1 {
                continue;
            }
            let fits = |word: &&[u8]| {
                word.len() == chars.len()
                    && word
                        .iter()
                        .zip(chars)
                        .all(|(&letter, c)| c.ch == MASK || c.ch == char::from(letter))
            };
            let mut fitting = masked_words().set.iter().copied().filter(fits);
            let (Some(word), None) = (fitting.next(), fitting.next()) else {
                continue;
            };
            for (c, &letter) in self.chars[range].iter_mut().zip(word.iter()) {
                c.ch = char::from(letter);
            }
        }
    }

    /// Step 4 across chunks: three or more single letters set apart by the same whitespace
    /// (`c u n t`, `K I L L  Y O U`, where the wider gap ends a word) are one word. Letters
    /// of a run share their case but for the first (`Y o u`), so `a B a` is three words; a
    /// run of three standalone words (`u r a`, `и в с`) is left alone, and so are the
    /// standalone words before a longer run that reads on (`u r a c u n t`, `you are a c u n
    /// t`: `a` after a verb that takes an article).
    pub(super) fn join_spaced_letters(&mut self, text: &str) {
        // The runs, as word ranges: rare, so the words are only rebuilt when there is one.
        let mut runs = Vec::new();
        let mut i = 0;
        while i < self.words.len() {
            if self.words[i].chars.len() != 1 {
                i += 1;
                continue;
            }
            let end = self.spaced_run_end(text, i);
            // (`T O` of `Y O U  A R E  A  D I S G R A C E  T O  H U M A N I T Y`: two letters
            // are a word where wider gaps part the spaced words around them.)
            let pair_in_spaced_words = end - i == 2 && {
                let inner = self
                    .letters_gap(text, i + 1)
                    .map_or(0, |g| g.chars().count());
                let wider = |k: usize| {
                    self.letters_gap(text, k)
                        .is_some_and(|g| g.chars().count() > inner)
                };
                wider(i) || wider(end)
            };
            if (end - i < 3 && !pair_in_spaced_words)
                || (end - i == 3 && (i..end).all(|k| self.standalone_letter(k)))
            {
                i += 1;
                continue;
            }
            let mut start = i;
            loop {
                let rest = end - start;
                if rest >= 5 && self.letter_at(start) == 'u' && self.letter_at(start + 1) == 'r' {
                    start += 2;
                } else if rest >= 4
                    && self.letter_at(start) == 'a'
                    && start > 0
                    && self.takes_an_article(start - 1)
                {
                    start += 1;
                } else {
                    break;
                }
            }
            runs.push(start..end);
            i = end;
        }
        if runs.is_empty() {
            return;
        }
        let mut joined = Vec::with_capacity(self.words.len());
        let mut next = 0;
        for run in runs {
            joined.extend_from_slice(&self.words[next..run.start]);
            joined.push(Word {
                chars: self.words[run.start].chars.start..self.words[run.end - 1].chars.end,
                chunk: self.words[run.start].chunk,
            });
            next = run.end;
        }
        joined.extend_from_slice(&self.words[next..]);
        self.words = joined;
    }

    /// Step 4 across a space: one of the words readers mask ([`MASKED_WORDS`]) cut in two
    /// (`stu pid`, `id iot`, `bit ch`, `cu nt`) is one word when each half has two letters or
    /// more and one of them is no word of its own: `pen is`, `as sure` and `dumb ass` stay
    /// two words, and so do a name's (`Mo Ron`: the second half in title case) and a
    /// contraction without its apostrophe (`he ll` is no `hell`).
    pub(super) fn join_split_words(&mut self, text: &str) {
        let mut joins = Vec::new();
        let mut word = [0u8; LONGEST_MASKED_WORD];
        let masked = masked_words();
        let read = self.read.as_bytes();
        // `i` is the second word of each pair.
        for (i, pair) in (1..).zip(self.read_words.windows(2)) {
            let (a, b) = (&read[pair[0].0.clone()], &read[pair[1].0.clone()]);
            // Most pairs are told apart by their first and last two letters, without hashing.
            if a.len() < 2
                || b.len() < 2
                || a.len() + b.len() > LONGEST_MASKED_WORD
                || !masked.may_start(a[0], a[1])
                || !masked.may_end(b[b.len() - 2], b[b.len() - 1])
            {
                continue;
            }
            let len = a.len() + b.len();
            word[..a.len()].copy_from_slice(a);
            word[a.len()..len].copy_from_slice(b);
            let joined = &word[..len];
            if !masked.contains(joined) || joins.last() == Some(&(i - 1)) {
                continue;
            }
            let (first, second) = (&self.words[i - 1].chars, &self.words[i].chars);
            let gap =
                self.chars[first.end - 1].end as usize..self.chars[second.start].start as usize;
            // (One space, invisible characters left out: `di\u{200b} ck` is split as `di ck` is.)
            if spacing(&text[gap.clone()]).as_deref() != Some(" ") || title_case(&text[gap.end..]) {
                continue;
            }
            let own_word = |piece: &[u8]| match piece.len() {
                2 => OWN_TWO_LETTER_WORDS
                    .split_whitespace()
                    .any(|w| w.as_bytes() == piece),
                _ => std::str::from_utf8(piece).is_ok_and(crate::word_classes::in_vocabulary),
            };
            let (a, b) = joined.split_at(a.len());
            if !(own_word(a) && own_word(b)) {
                joins.push(i);
            }
        }
        if joins.is_empty() {
            return;
        }
        let mut joined = Vec::with_capacity(self.words.len() - joins.len());
        let mut next_join = joins.iter().peekable();
        for (i, word) in self.words.iter().enumerate() {
            if next_join.peek() == Some(&&i) {
                next_join.next();
                let last: &mut Word = joined.last_mut().expect("a join follows a word");
                last.chars.end = word.chars.end;
            } else {
                joined.push(word.clone());
            }
        }
        self.words = joined;
        self.write_read_words();
    }

    /// Where a run of spaced single letters starting at word `i` ends (`i + 1` when there is
    /// none).
    fn spaced_run_end(&self, text: &str, i: usize) -> usize {
        let Some(first_case) = self.lone_letter_case(text, i) else {
            return i + 1;
        };
        // The run starts a chunk: not the `s` of `it's`.
        let before = self.chars[self.words[i].chars.start].start as usize;
        if !text[..before]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "\"“«(".contains(c))
        {
            return i + 1;
        }
        let mut run_case = None;
        let mut gap: Option<String> = None;
        let mut end = i + 1;
        while end < self.words.len() {
            let Some(case) = self.lone_letter_case(text, end) else {
                break;
            };
            let Some(this_gap) = self.letters_gap(text, end) else {
                break;
            };
            let same_case = match run_case {
                None => case == first_case || first_case,
                Some(run_case) => case == run_case,
            };
            if gap.as_ref().is_some_and(|g| *g != this_gap) || !same_case {
                break;
            }
            // (`Y O U  A R E  A  D I S G R A C E`: the wider gap after `A` parts words, the
            // `D` starts a run of its own, spaced narrower.)
            if gap.is_none() && self.narrower_gap_after(text, end, &this_gap) {
                break;
            }
            gap = Some(this_gap);
            run_case = Some(case);
            end += 1;
        }
        // The last letter ends its chunk: not the `t` of `t's`.
        let after = self.chars[self.words[end - 1].chars.end - 1].end as usize;
        if text[after..].starts_with(['\'', '’']) {
            end -= 1;
        }
        end.max(i + 1)
    }

    /// The whitespace between word `k - 1` and word `k` (see [`spacing`]), when both are lone
    /// letters.
    fn letters_gap(&self, text: &str, k: usize) -> Option<String> {
        if k == 0 || k >= self.words.len() {
            return None;
        }
        self.lone_letter_case(text, k - 1)?;
        self.lone_letter_case(text, k)?;
        let from = self.chars[self.words[k - 1].chars.end - 1].end as usize;
        let to = self.chars[self.words[k].chars.start].start as usize;
        text.get(from..to).and_then(spacing)
    }

    /// Whether the lone letter at word `i` is followed by another spaced from it by a
    /// narrower gap than `gap`.
    fn narrower_gap_after(&self, text: &str, i: usize, gap: &str) -> bool {
        self.letters_gap(text, i + 1)
            .is_some_and(|next| next.chars().count() < gap.chars().count())
    }

    /// Whether word `i` is one letter written alone, and if so whether in upper case.
    fn lone_letter_case(&self, text: &str, i: usize) -> Option<bool> {
        let word = &self.words[i];
        let [c] = &self.chars[word.chars.clone()] else {
            return None;
        };
        if c.digit || c.symbol || !c.ch.is_alphabetic() {
            return None;
        }
        let written = text[c.start as usize..c.end as usize].chars().next()?;
        Some(written.is_uppercase())
    }

    fn letter_at(&self, i: usize) -> char {
        self.chars[self.words[i].chars.start].ch
    }

    /// A one-letter word that is a word of its own: `a`, `i`, `u`, `r`; `а`, `и`, `в`, `с`,
    /// `к`, `о`, `у`, `я`.
    fn standalone_letter(&self, i: usize) -> bool {
        matches!(
            self.letter_at(i),
            'a' | 'i' | 'u' | 'r' | 'а' | 'и' | 'в' | 'с' | 'к' | 'о' | 'у' | 'я'
        )
    }

    /// Whether word `i` is a verb or word an article follows (`are a`, `what a`, `such a`).
    fn takes_an_article(&self, i: usize) -> bool {
        const BEFORE_AN_ARTICLE: [&str; 18] = [
            "is", "are", "am", "was", "were", "be", "been", "r", "re", "m", "s", "what", "such",
            "quite", "like", "call", "called", "not",
        ];
        let word = &self.chars[self.words[i].chars.clone()];
        BEFORE_AN_ARTICLE
            .iter()
            .any(|w| w.chars().count() == word.len() && w.chars().zip(word).all(|(a, c)| a == c.ch))
    }

    /// `в3ш4ть`, `н4д0`, `ж1вешь`: a digit that Cyrillic leetspeak reads as a consonant (`3` as
    /// `з`, `4` as `ч`) or leaves alone (`1`) is read as the vowel Latin leetspeak makes of it
    /// (`е`, `а`, `и`) where it stands between two consonants, which Russian does not run three
    /// of with these (`4то` is `что`, `3десь` is `здесь`: a consonant on one side only).
    pub(super) fn read_cyrillic_digits_as_vowels(&mut self, word: Range<usize>) {
        const CONSONANTS: &str = "бвгджзйклмнпрстфхцчшщ";
        let consonant =
            |c: Option<&NChar>| c.is_some_and(|c| !c.digit && CONSONANTS.contains(c.ch));
        for k in word.clone() {
            let vowel = match self.chars[k].ch {
                'з' => 'е',
                'ч' => 'а',
                '1' => 'и',
                _ => continue,
            };
            let between = k > word.start
                && consonant(self.chars.get(k - 1))
                && k + 1 < word.end
                && consonant(self.chars.get(k + 1));
            let from_a_digit = self.chars[k].digit || self.chars[k].ch == '1';
            if between && from_a_digit {
                self.chars[k].ch = vowel;
                self.chars[k].digit = true;
            }
        }
    }

    /// `sIut`, `Ioser`, `Ho1ocaust`: a capital I, a `1` or a `|` (a stroke) in a word written
    /// with lower-case letters is read as an `l` where that makes one of the words readers
    /// mask ([`MASKED_WORDS`]) and the word read with an `i` is none (`Instead`, `sIt`,
    /// `bItch` and `k1ll` keep their `i`).
    pub(super) fn read_strokes_as_l(&mut self, text: &str, word: Range<usize>) {
        let chars = &self.chars[word.clone()];
        if chars.len() < 3 || chars.len() > LONGEST_MASKED_WORD {
            return;
        }
        let stroke = |c: &NChar| {
            c.ch == 'i'
                && c.end == c.start + 1
                && matches!(text.as_bytes()[c.start as usize], b'I' | b'1' | b'|')
        };
        // The word as read (`i`), and with its strokes read as `l`.
        let (mut as_i, mut as_l) = ([0u8; LONGEST_MASKED_WORD], [0u8; LONGEST_MASKED_WORD]);
        let (mut strokes, mut lower) = (false, false);
        for (k, c) in chars.iter().enumerate() {
            if !c.ch.is_ascii_lowercase() {
                return;
            }
            let is_stroke = stroke(c);
            strokes |= is_stroke;
            lower |= text.as_bytes()[c.start as usize].is_ascii_lowercase();
            as_i[k] = c.ch as u8;
            as_l[k] = if is_stroke { b'l' } else { c.ch as u8 };
        }
        let (as_i, as_l) = (&as_i[..chars.len()], &as_l[..chars.len()]);
        let masked = masked_words();
        if !strokes || !lower || !masked.contains(as_l) || masked.contains(as_i) {
            return;
        }
        for k in word {
            if stroke(&self.chars[k]) {
                self.chars[k].ch = 'l';
            }
        }
    }
}
