//! Normalization: the first step of every judgement, shared by the F-word rule, the site word
//! lists and the classifier, so that one disguise defeats none of them.
//!
//! A comment is folded character by character into a stream of lowercase letters, each of which
//! remembers the byte span of the original text it came from. That is what lets a verdict
//! point at `fü\u{200b}ck` in the reader's own text although the rules saw `fuck`.
//!
//! The steps, in order:
//! 1. **Invisible and combining characters** (general categories Cf, Mn, Me, Cc: zero-width
//!    joiners, soft hyphens, word joiners, bidi marks, diacritics) are dropped.
//! 2. **Script.** Readers write English, Russian and Turkish, and disguisers mix Latin and
//!    Cyrillic look-alikes in both directions (`fuсk` with a Cyrillic `с`, `xyй` with a Latin
//!    `x` and `y`). Each whitespace chunk is read as Cyrillic when it holds a Cyrillic letter
//!    that has no Latin look-alike (`й`, `д`, `ж`...), or when all its letters are Cyrillic
//!    and the text as a whole is mostly Cyrillic; otherwise as Latin. A Cyrillic chunk keeps
//!    its Cyrillic letters (lowercased, `ё` as `е`) and reads its Latin look-alikes and leet
//!    digits as Cyrillic (`x`→`х`, `3`→`з`).
//! 3. **Look-alike letters** in Latin chunks (Cyrillic `с`, fullwidth `ｆ`, math bold `𝐟`,
//!    accented `ü`, Turkish `ı` and `ş`, turned `ɟ` ...) are folded to their Latin skeleton by
//!    `decancer`, which carries Unicode's confusables data (UTS #39) and more, after a small
//!    table of IPA and turned letters it reads otherwise; ASCII takes a fast path. A chunk
//!    written upside down (`ʞɔnɟ`: turned letters, and none of the letters such text never
//!    has upright) is read backwards with each letter turned back (`n` as `u`, `p` as `d`).
//! 4. **Words** are the runs between whitespace, split again at punctuation. A run whose pieces
//!    are all single characters (`f.u.c.k`, `f!u!c!k`, `U.S.A.`) is joined back into one word,
//!    and so are three or more single letters set apart by the same whitespace (`c u n t`),
//!    and one of the words readers mask cut apart by punctuation (`st-u-pid`) or in two by a
//!    space where a half is no word of its own (`stu pid`, not `pen is`).
//! 5. **Leetspeak** (`0`→o, `4`→a, `$`→s, `¢`→c ...) is undone inside words that contain at
//!    least one letter, so `2020` and `$100` stay numbers; two strokes in a row (`ki11`,
//!    `kiII`) are a double l, and a capital I is an l where that makes a masked word (`sIut`).
//! 6. **Masks** (`*`, `#`, `%` ... after a letter) are kept as [`MASK`] so the rules can tell a
//!    masked `f*ck` from a spelled-out one, unless they hide one of the words readers mask
//!    (`st*pid`), which is read instead.
//!
//! Repeated letters are left in place here; consumers collapse them (see [`collapse`]) because
//! a site word list needs to tell `ass` from `as`.

use std::cell::LazyCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

use unicode_general_category::{get_general_category, GeneralCategory};

use crate::classifier::MixedHash;

/// The stand-in for a masking symbol inside a word (`f*ck` becomes `f` [`MASK`] `c` `k`).
pub const MASK: char = '*';

/// One character of normalized text and the bytes of the original text it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NChar {
    pub ch: char,
    pub start: u32,
    pub end: u32,
    /// Read from a symbol (`@` as `a`, `$` as `s`): the F-word rule also tries it as a mask.
    pub symbol: bool,
    /// Read from a digit (`0` as `o`): the F-word rule also lets it stand for any letter
    /// (`f0ck`, `f4ck`).
    pub digit: bool,
}

/// A word: a contiguous range of [`Normalized::chars`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub chars: Range<usize>,
    /// Index of the whitespace-separated chunk the word came from; words of one chunk
    /// (`well-known`) share it, which lets the F-word rule look at the chunk joined.
    pub chunk: usize,
}

/// The normalized form of one text.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    chars: Vec<NChar>,
    words: Vec<Word>,
    /// The text has a letter only Turkish writes (`ı`, `ş`, `ğ`), which folding loses.
    turkish_letters: bool,
    /// While the text is read: the words with a mask, for [`Normalized::fill_masks`].
    masked: Vec<usize>,
    /// The words as the classifier and the sentence rules read them (see
    /// [`Normalized::word_as_read`]), one after another: written once, read by both.
    read: String,
    /// Each word's bytes of `read`, and whether it has a stretch ([`Normalized::has_stretch`]).
    read_words: Vec<(Range<usize>, bool)>,
}

/// How one folded character behaves inside a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Letter(char),
    /// A digit or symbol that reads as a letter inside a word (`4` → `a`, `$` → `s`).
    Leet {
        raw: char,
        letter: char,
    },
    /// A symbol used to mask letters (`*`, `#`).
    Mask(char),
    /// Punctuation that splits or decorates words.
    Separator,
}

/// Whether a leet character is a symbol (`|`), not a digit (`1`).
fn raw_is_symbol(class: Class) -> bool {
    matches!(class, Class::Leet { raw, .. } if !raw.is_ascii_digit())
}

/// The letter a digit or symbol stands for inside a word of the given script.
fn leet_letter(c: char, script: Script) -> Option<char> {
    if script == Script::Cyrillic {
        let cyrillic = match c {
            '0' => 'о',
            '3' => 'з',
            '4' => 'ч',
            '6' => 'б',
            '@' => 'а',
            _ => return None,
        };
        return Some(cyrillic);
    }
    Some(match c {
        '0' => 'o',
        '1' | '!' | '|' => 'i',
        '3' | '€' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' | '+' => 't',
        '8' => 'b',
        '9' => 'g',
        '(' | '<' | '¢' | '©' => 'c',
        _ => return None,
    })
}

fn classify(c: char, script: Script) -> Class {
    if c.is_ascii_lowercase() {
        return Class::Letter(c);
    }
    if let Some(letter) = leet_letter(c, script) {
        return Class::Leet { raw: c, letter };
    }
    match c {
        '*' | '#' | '%' | '?' | '^' | '&' => Class::Mask(c),
        c if is_letter(c) || c.is_numeric() => Class::Letter(c),
        _ => Class::Separator,
    }
}

/// The script a whitespace chunk is read in (see the module doc, step 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
}

/// `char::is_alphabetic`, with the letters of the publication's three languages answered
/// without the Unicode table search (a few hundred instructions a character, a tenth of
/// judging a Russian comment before this).
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        // Latin-1 and Latin Extended-A: every one a letter but the two signs.
        '\u{00C0}'..='\u{017F}' => !matches!(c, '×' | '÷'),
        // Cyrillic capitals and small letters, `Ѐ` to `џ`.
        '\u{0400}'..='\u{045F}' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}')
}

/// Cyrillic letters that pass for Latin ones (`а` for `a`, `с` for `c`) in a Latin word.
fn is_latin_lookalike(c: char) -> bool {
    c.to_lowercase().all(|lower| {
        matches!(
            lower,
            'а' | 'в'
                | 'е'
                | 'к'
                | 'м'
                | 'н'
                | 'о'
                | 'р'
                | 'с'
                | 'т'
                | 'у'
                | 'х'
                | 'ѕ'
                | 'і'
                | 'ј'
                | 'ԁ'
                | 'ӏ'
        )
    })
}

/// The Cyrillic letter a Latin one passes for inside a Cyrillic word (`xyй` is `хуй`).
fn cyrillic_for_latin(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'b' => 'в',
        'c' => 'с',
        'e' => 'е',
        'h' => 'н',
        'k' => 'к',
        'm' => 'м',
        'n' => 'п',
        'o' => 'о',
        'p' => 'р',
        'r' => 'г',
        't' => 'т',
        'u' => 'и',
        'x' => 'х',
        'y' => 'у',
        _ => return None,
    })
}

/// How many of the letters are Cyrillic, and how many are not.
fn letters_by_script(text: &str) -> (usize, usize) {
    text.chars()
        .filter(|&c| is_letter(c))
        .fold((0, 0), |(cyrillic, other), c| {
            if is_cyrillic(c) {
                (cyrillic + 1, other)
            } else {
                (cyrillic, other + 1)
            }
        })
}

/// Whether the chunk is read as Cyrillic: it has a Cyrillic letter that no Latin letter looks
/// like, or all its letters are Cyrillic and so are most of the text's (asked only then).
fn chunk_script(chunk: &str, text_is_cyrillic: impl FnOnce() -> bool) -> Script {
    if chunk
        .chars()
        .any(|c| is_cyrillic(c) && !is_latin_lookalike(c))
    {
        return Script::Cyrillic;
    }
    match letters_by_script(chunk) {
        (cyrillic, 0) if cyrillic > 0 && text_is_cyrillic() => Script::Cyrillic,
        _ => Script::Latin,
    }
}

/// IPA and turned letters that `decancer` folds to something other than the letter they pass
/// for (`ɟuck`, `ʇ`).
fn turned_letter(c: char) -> Option<char> {
    Some(match c {
        'ɟ' | 'ʃ' | 'ʄ' => 'f',
        'ʇ' => 't',
        'ɐ' => 'a',
        'ǝ' | 'ə' => 'e',
        'ɔ' => 'c',
        'ɥ' => 'h',
        'ʞ' => 'k',
        'ɯ' => 'm',
        'ɹ' | 'ɾ' => 'r',
        'ʎ' => 'y',
        'ʍ' => 'w',
        'ʌ' => 'v',
        'ᴉ' => 'i',
        _ => return None,
    })
}

/// Whether a chunk is written upside down: at least one turned letter ([`turned_letter`]'s,
/// but for the IPA letters of their own `ʃ`, `ɾ`, `ə`; and `ƃ`, a turned `g`), and none of
/// the letters such text never shows upright, since each has a turned form it uses instead
/// (`ɟuck` is a turned `f` in a word written the right way up).
fn upside_down(chunk: &str) -> bool {
    let mut turned = false;
    for c in chunk.chars() {
        match c.to_ascii_lowercase() {
            'a' | 'c' | 'e' | 'f' | 'g' | 'h' | 'k' | 'm' | 'r' | 't' | 'v' | 'w' | 'y' => {
                return false
            }
            'ʃ' | 'ɾ' | 'ə' => {}
            'ƃ' => turned = true,
            c if !c.is_ascii() => turned |= turned_letter(c).is_some(),
            _ => {}
        }
    }
    turned
}

/// A whitespace chunk's characters with their byte offsets, in the order they are read: as
/// written, or, for a chunk written upside down, from its end (its whitespace still last).
enum ReadingOrder<'a> {
    Forward(std::str::CharIndices<'a>),
    Backward(std::vec::IntoIter<(usize, char)>),
}

impl<'a> ReadingOrder<'a> {
    fn of(chunk: &'a str, upside_down: bool) -> Self {
        if !upside_down {
            return ReadingOrder::Forward(chunk.char_indices());
        }
        let body = chunk.trim_end_matches(char::is_whitespace).len();
        let mut order: Vec<(usize, char)> = chunk[..body].char_indices().rev().collect();
        order.extend(chunk[body..].char_indices().map(|(i, c)| (body + i, c)));
        ReadingOrder::Backward(order.into_iter())
    }
}

impl Iterator for ReadingOrder<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        match self {
            ReadingOrder::Forward(chars) => chars.next(),
            ReadingOrder::Backward(chars) => chars.next(),
        }
    }
}

/// Folds one character of a chunk written upside down, read from its end: the letters that
/// are each other turned swap back (`n` and `u`, `p` and `d`, `b` and `q`, `ɾ` is `j`).
fn fold_upside_down(c: char, out: &mut impl FnMut(char)) {
    match c.to_ascii_lowercase() {
        'n' => out('u'),
        'u' => out('n'),
        'p' => out('d'),
        'd' => out('p'),
        'b' => out('q'),
        'q' => out('b'),
        'ı' => out('i'),
        'ɾ' => out('j'),
        'ƃ' => out('g'),
        '¡' => out('!'),
        '¿' => out('?'),
        _ => fold(c, out),
    }
}

/// Folds one character of a Cyrillic chunk: Cyrillic letters lowercased (`ё` read as `е`),
/// Latin look-alikes read as the Cyrillic letters they stand for.
fn fold_cyrillic(c: char, out: &mut impl FnMut(char)) {
    if is_cyrillic(c) {
        for lower in c.to_lowercase() {
            out(if lower == 'ё' { 'е' } else { lower });
        }
        return;
    }
    let lower = c.to_ascii_lowercase();
    match cyrillic_for_latin(lower) {
        Some(cyrillic) => out(cyrillic),
        None => fold(c, out),
    }
}

/// The words readers hide behind masks, which [`Normalized::fill_masks`] reads through: insults,
/// slurs, swearing and obscenity (not the F word, which has a rule and a policy switch of its
/// own).
const MASKED_WORDS: &str = "stupid idiot idiots moron morons cunt cunts bitch bitches whore \
    whores slut sluts bastard bastards asshole assholes arsehole arse dick dicks cock cocks \
    pussy ass shit shitty bullshit crap damn hell piss pissed twat twats wanker wankers tosser retard \
    retarded faggot faggots fag fags nigger niggers nigga prick pricks dumb loser losers kill \
    rape raped rapist tits boobs porn bollocks bugger douche jackass dumbass dipshit scumbag \
    scum jerk penis dildo nazi nazis traitor traitors";

/// A character step 1 drops: zero-width, a soft hyphen, a bidi mark, a diacritic, a control.
fn is_invisible(c: char) -> bool {
    matches!(
        get_general_category(c),
        GeneralCategory::Format
            | GeneralCategory::NonspacingMark
            | GeneralCategory::EnclosingMark
            | GeneralCategory::Control
    )
}

/// The whitespace between two spaced letters, invisible characters left out, or `None`
/// when the gap holds anything else or ends a line.
fn spacing(gap: &str) -> Option<String> {
    let mut out = String::new();
    for c in gap.chars() {
        match c {
            '\n' => return None,
            c if c.is_whitespace() => out.push(c),
            c if is_invisible(c) => {}
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Folds one original character of a Latin chunk into zero or more lowercase skeleton
/// characters.
fn fold(c: char, out: &mut impl FnMut(char)) {
    if c.is_ascii() {
        match c {
            c if c.is_ascii_whitespace() => out(' '),
            c if c.is_ascii_control() => {}
            c => out(c.to_ascii_lowercase()),
        }
        return;
    }
    if is_invisible(c) {
        return;
    }
    match get_general_category(c) {
        GeneralCategory::SpaceSeparator
        | GeneralCategory::LineSeparator
        | GeneralCategory::ParagraphSeparator => return out(' '),
        _ => {}
    }
    // Symbols we read as leetspeak keep their identity: decancer would fold `¢` to `c`
    // too, but `€` and `©` are clearer kept as symbols for the word splitter.
    if leet_letter(c, Script::Latin).is_some() {
        return out(c);
    }
    if let Some(letter) = turned_letter(c) {
        return out(letter);
    }
    match decancer::cure_char(c, decancer::Options::default()) {
        decancer::Translation::Character(folded) => out(folded),
        decancer::Translation::String(folded) => folded.chars().for_each(out),
        decancer::Translation::None => {}
    }
}

/// The letters of a whitespace chunk that is a plain word of ASCII letters, maybe followed by
/// the punctuation that only ends it (`.` `,` `;` `:`) and one ASCII space or line break: most
/// chunks of English text. Each step below leaves such a word as its letters, lowercased.
fn plain_ascii_word(raw_chunk: &str) -> Option<&str> {
    let word = raw_chunk
        .strip_suffix(|c: char| c.is_ascii_whitespace())
        .unwrap_or(raw_chunk);
    let letters = word.trim_end_matches(['.', ',', ';', ':']);
    (!letters.is_empty() && letters.bytes().all(|b| b.is_ascii_alphabetic())).then_some(letters)
}

/// The longest of [`MASKED_WORDS`], in bytes.
const LONGEST_MASKED_WORD: usize = 8;

/// The English words of two letters, and the tails of contractions written without their
/// apostrophe (`he ll`, `we re`, `they ve`), which [`Normalized::join_split_words`] does not
/// take for half of a word cut in two.
const OWN_TWO_LETTER_WORDS: &str = "ad ah am an as at be by do go ha he hi if in is it me my no \
    of oh ok on or ox so to up us we ya ye yo ll re ve";

/// [`MASKED_WORDS`] as a set, with the pairs of letters they start and end with: most words
/// start with none of them, or most pairs of words end with none, and are told so without
/// hashing.
struct MaskedWords {
    set: HashSet<&'static [u8], BuildHasherDefault<MixedHash>>,
    /// Bit `b` of `starts[a]`: a word starts with the letters `a` and `b` (0 for `a`).
    starts: [u32; 26],
    /// Bit `b` of `ends[a]`: a word ends with the letters `a` and `b`.
    ends: [u32; 26],
}

impl MaskedWords {
    fn contains(&self, word: &[u8]) -> bool {
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
    fn may_start(&self, a: u8, b: u8) -> bool {
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

fn masked_words() -> &'static MaskedWords {
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

impl Normalized {
    pub fn new(text: &str) -> Self {
        Self::build(text, true)
    }

    /// [`Normalized::new`], with or without the shortcut for plain ASCII words (off only to
    /// test that it changes nothing).
    fn build(text: &str, plain_words: bool) -> Self {
        let mut normalized = Normalized {
            chars: Vec::with_capacity(text.len()),
            words: Vec::with_capacity(text.len() / 5 + 1),
            turkish_letters: false,
            masked: Vec::new(),
            read: String::new(),
            read_words: Vec::new(),
        };
        let mut chunk: Vec<(Class, u32, u32)> = Vec::with_capacity(32);
        // Reused by every chunk: one allocation a text, not one a word.
        let mut pieces = Vec::with_capacity(8);
        let mut chunk_index = 0;
        // Counted once, and only for a text with a chunk of Cyrillic look-alikes alone.
        let text_is_cyrillic = LazyCell::new(|| {
            let (cyrillic, other) = letters_by_script(text);
            cyrillic > other
        });
        let mut offset = 0;
        for raw_chunk in whitespace_chunks(text) {
            if plain_words && chunk.is_empty() {
                if let Some(letters) = plain_ascii_word(raw_chunk) {
                    normalized.push_plain_word(text, letters, offset, chunk_index);
                    chunk_index += 1;
                    offset += raw_chunk.len();
                    continue;
                }
            }
            let script = if raw_chunk.is_ascii() {
                Script::Latin
            } else {
                chunk_script(raw_chunk, || *text_is_cyrillic)
            };
            if script == Script::Latin && !raw_chunk.is_ascii() {
                normalized.turkish_letters |= raw_chunk
                    .chars()
                    .any(|c| matches!(c, 'ı' | 'İ' | 'ş' | 'Ş' | 'ğ' | 'Ğ'));
            }
            let flipped =
                script == Script::Latin && !raw_chunk.is_ascii() && upside_down(raw_chunk);
            for (start, c) in ReadingOrder::of(raw_chunk, flipped) {
                let start = offset + start;
                let (start, end) = (start as u32, (start + c.len_utf8()) as u32);
                let mut push = |folded: char| {
                    if folded == ' ' {
                        if !chunk.is_empty() {
                            normalized.push_chunk(text, &chunk, chunk_index, &mut pieces);
                            chunk_index += 1;
                            chunk.clear();
                        }
                    } else {
                        chunk.push((classify(folded, script), start, end));
                    }
                };
                match script {
                    Script::Latin if flipped => fold_upside_down(c, &mut push),
                    Script::Latin => fold(c, &mut push),
                    Script::Cyrillic => fold_cyrillic(c, &mut push),
                }
            }
            offset += raw_chunk.len();
        }
        if !chunk.is_empty() {
            normalized.push_chunk(text, &chunk, chunk_index, &mut pieces);
        }
        // Masks first: `masked` holds word indices, which joining letters would shift.
        normalized.fill_masks(text);
        normalized.join_spaced_letters(text);
        normalized.write_read_words();
        normalized.join_split_words(text);
        normalized
    }

    /// The words as they are read, once the chars and words are final.
    fn write_read_words(&mut self) {
        let mut read = Vec::with_capacity(self.chars.len());
        let mut read_words = Vec::with_capacity(self.words.len());
        for word in &self.words {
            let start = read.len();
            let stretched = self.write_letters(word, &mut read, false);
            read_words.push((start..read.len(), stretched));
        }
        self.read = String::from_utf8(read).expect("letters are written as UTF-8");
        self.read_words = read_words;
    }

    /// Step 6's masks, filled in where they hide one word readers mask ([`MASKED_WORDS`]):
    /// `st*pid`, `c*nt`, `b***h`, `a**hole` are read as the words they hide, by the classifier,
    /// the sentence rules and the site's word lists alike. A mask that could hide two of them
    /// (`s**t`: `shit` or `slut`), or a word of fewer than two letters or with more than one
    /// mask over its letters (`f***`, `a**`), stays masked; the F word is not among them, so
    /// its rule still tells `f*ck` from `fuck`.
    fn fill_masks(&mut self, text: &str) {
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
    fn join_spaced_letters(&mut self, text: &str) {
        // The runs, as word ranges: rare, so the words are only rebuilt when there is one.
        let mut runs = Vec::new();
        let mut i = 0;
        while i < self.words.len() {
            if self.words[i].chars.len() != 1 {
                i += 1;
                continue;
            }
            let end = self.spaced_run_end(text, i);
            if end - i < 3 || (end - i == 3 && (i..end).all(|k| self.standalone_letter(k))) {
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
    fn join_split_words(&mut self, text: &str) {
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
            if &text[gap.clone()] != " " || title_case(&text[gap.end..]) {
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
            let from = self.chars[self.words[end - 1].chars.end - 1].end as usize;
            let to = self.chars[self.words[end].chars.start].start as usize;
            let Some(this_gap) = text.get(from..to).and_then(spacing) else {
                break;
            };
            let same_case = match run_case {
                None => case == first_case || first_case,
                Some(run_case) => case == run_case,
            };
            if gap.as_ref().is_some_and(|g| *g != this_gap) || !same_case {
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

    /// A word of ASCII letters that starts at byte `offset`.
    fn push_plain_word(&mut self, text: &str, letters: &str, offset: usize, chunk_index: usize) {
        let start = self.chars.len();
        self.chars
            .extend(letters.bytes().zip(offset as u32..).map(|(b, at)| NChar {
                ch: char::from(b.to_ascii_lowercase()),
                start: at,
                end: at + 1,
                symbol: false,
                digit: false,
            }));
        // `kiII`: two capital I in a word written in lower case are `ll` (English doubles an
        // l, hardly ever an i), unlike `WWII` or `III`.
        let bytes = letters.as_bytes();
        if bytes.contains(&b'I') && bytes.iter().any(u8::is_ascii_lowercase) {
            for k in 1..bytes.len() {
                if bytes[k - 1] == b'I' && bytes[k] == b'I' {
                    self.chars[start + k - 1].ch = 'l';
                    self.chars[start + k].ch = 'l';
                }
            }
            self.read_capital_i_as_l(text, start..self.chars.len());
        }
        self.words.push(Word {
            chars: start..self.chars.len(),
            chunk: chunk_index,
        });
    }

    /// Turns one whitespace-delimited chunk into words; `pieces` is room to work in.
    fn push_chunk(
        &mut self,
        text: &str,
        chunk: &[(Class, u32, u32)],
        chunk_index: usize,
        pieces: &mut Vec<Range<usize>>,
    ) {
        // Pieces: runs of non-separators. A bracket around one character is no leet `c`:
        // `(c)(u)(n)(t)` is spelled out like `c.u.n.t`.
        pieces.clear();
        let mut piece_start = None;
        for (i, (class, ..)) in chunk.iter().enumerate() {
            let class = if opens_bracket_around_one(text, chunk, i) {
                &Class::Separator
            } else {
                class
            };
            match (class, piece_start) {
                (Class::Separator, Some(s)) => {
                    pieces.push(s..i);
                    piece_start = None;
                }
                (Class::Separator, None) => {}
                (_, None) => piece_start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = piece_start {
            pieces.push(s..chunk.len());
        }
        // `f!u!c!k`, `f#u#c#k`: one symbol between every two letters is a separator.
        if let [piece] = pieces.as_slice() {
            if let Some(letters) = interleaved_letters(&chunk[piece.clone()]) {
                return self.push_word(text, &letters, chunk_index);
            }
        }
        // `b.i.t.c.h`, `c u n t!`: single letters apart, the last one maybe followed by
        // punctuation.
        if let Some(last) = pieces.last_mut() {
            if last.len() > 1 {
                last.end -= trailing_punctuation(&chunk[last.clone()]).min(last.len() - 1);
            }
        }
        let spelled_out = pieces.len() >= 2 && pieces.iter().all(|p| p.len() == 1);
        if spelled_out {
            let all: Vec<_> = pieces.iter().map(|p| chunk[p.start]).collect();
            self.push_word(text, &all, chunk_index);
            return;
        }
        let mut k = 0;
        while k < pieces.len() {
            let joined = match pieces.len() - k {
                1 => None,
                _ => split_word_end(text, chunk, &pieces[k..]),
            };
            match joined {
                Some(n) => {
                    let joined: Vec<_> = pieces[k..k + n]
                        .iter()
                        .flat_map(|p| chunk[p.clone()].iter().copied())
                        .collect();
                    self.push_word(text, &joined, chunk_index);
                    k += n;
                }
                None => {
                    self.push_word(text, &chunk[pieces[k].clone()], chunk_index);
                    k += 1;
                }
            }
        }
    }

    fn push_word(&mut self, text: &str, piece: &[(Class, u32, u32)], chunk_index: usize) {
        let has_letter = piece
            .iter()
            .any(|(c, ..)| matches!(c, Class::Letter(l) if is_letter(*l)));
        // Leading masks are decoration (`*emphasis*`), not letters.
        let first = piece
            .iter()
            .position(|(c, ..)| !matches!(c, Class::Mask(_)))
            .unwrap_or(piece.len());
        let last = (piece.len() - trailing_punctuation(piece)).max(first);
        let start = self.chars.len();
        let mut masked = false;
        // The last char pushed stood for an `i` as `1` or `|`: two in a row are `ll` (`ki11`,
        // `ki||ed`), as English doubles an l and hardly ever an i.
        let mut after_i_stroke = false;
        for &(class, s, e) in &piece[first..last] {
            masked |= matches!(class, Class::Mask(_));
            let stroke = has_letter && matches!(class, Class::Leet { raw: '1' | '|', .. });
            if stroke && after_i_stroke {
                let previous = self.chars.len() - 1;
                self.chars[previous].ch = 'l';
                self.chars.push(NChar {
                    ch: 'l',
                    start: s,
                    end: e,
                    symbol: raw_is_symbol(class),
                    digit: !raw_is_symbol(class),
                });
                after_i_stroke = false;
                continue;
            }
            after_i_stroke = stroke;
            let (ch, symbol, digit) = match class {
                Class::Letter(c) => (c, false, false),
                Class::Leet { raw, letter } if has_letter => {
                    let digit = raw.is_ascii_digit();
                    (letter, !digit, digit)
                }
                Class::Leet { raw, .. } => (raw, false, false),
                Class::Mask(_) => (MASK, false, false),
                Class::Separator => continue,
            };
            self.chars.push(NChar {
                ch,
                start: s,
                end: e,
                symbol,
                digit,
            });
        }
        if self.chars.len() > start {
            self.read_capital_i_as_l(text, start..self.chars.len());
            if masked {
                self.masked.push(self.words.len());
            }
            self.words.push(Word {
                chars: start..self.chars.len(),
                chunk: chunk_index,
            });
        }
    }

    /// `sIut`, `Ioser`: a capital I in a word written with lower-case letters is read as an
    /// `l` where that makes one of the words readers mask ([`MASKED_WORDS`]) and the word
    /// read with an `i` is none (`Instead`, `sIt` and `bItch` keep their `i`).
    fn read_capital_i_as_l(&mut self, text: &str, word: Range<usize>) {
        let chars = &self.chars[word.clone()];
        if chars.len() < 3 || chars.len() > LONGEST_MASKED_WORD {
            return;
        }
        let capital_i = |c: &NChar| {
            c.ch == 'i' && c.end == c.start + 1 && text.as_bytes()[c.start as usize] == b'I'
        };
        // The word as read (`i`), and with its capital I read as `l`.
        let (mut as_i, mut as_l) = ([0u8; LONGEST_MASKED_WORD], [0u8; LONGEST_MASKED_WORD]);
        let (mut capitals, mut lower) = (false, false);
        for (k, c) in chars.iter().enumerate() {
            if !c.ch.is_ascii_lowercase() {
                return;
            }
            let capital = capital_i(c);
            capitals |= capital;
            lower |= text.as_bytes()[c.start as usize].is_ascii_lowercase();
            as_i[k] = c.ch as u8;
            as_l[k] = if capital { b'l' } else { c.ch as u8 };
        }
        let (as_i, as_l) = (&as_i[..chars.len()], &as_l[..chars.len()]);
        let masked = masked_words();
        if !capitals || !lower || !masked.contains(as_l) || masked.contains(as_i) {
            return;
        }
        for k in word {
            if capital_i(&self.chars[k]) {
                self.chars[k].ch = 'l';
            }
        }
    }

    pub fn chars(&self) -> &[NChar] {
        &self.chars
    }

    /// Whether the text has a letter only Turkish writes (`ı`, `ş`, `ğ`): folded to `i`, `s`,
    /// `g` in [`Normalized::chars`], they still tell the text's language.
    pub fn has_turkish_letters(&self) -> bool {
        self.turkish_letters
    }

    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// The characters of one word or range.
    pub fn slice(&self, range: Range<usize>) -> &[NChar] {
        &self.chars[range]
    }

    /// The byte span in the original text covered by a range of normalized characters (read
    /// backwards from a chunk written upside down, the last one comes first).
    pub fn source_span(&self, range: Range<usize>) -> (usize, usize) {
        let first = &self.chars[range.start];
        let last = &self.chars[range.end - 1];
        (
            first.start.min(last.start) as usize,
            first.end.max(last.end) as usize,
        )
    }

    /// The normalized text as the classifier reads it, words separated by single spaces
    /// (see [`Normalized::word_as_read`]).
    pub fn text_for_classifier(&self) -> String {
        (0..self.words.len())
            .map(|i| self.word_as_read(i))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Word `i` as the classifier and the sentence rules read it: masks dropped and runs of a
    /// repeated letter cut to two (`soooo` → `soo`), so that stretching a word does not
    /// make a new one.
    pub fn word_as_read(&self, i: usize) -> &str {
        &self.read[self.read_words[i].0.clone()]
    }

    /// Appends word `i` as [`Normalized::word_as_read`] reads it, but with each run of three
    /// or more of one letter (a stretch: `moooron`, `diiicks`) cut to one letter instead of
    /// two, and says whether it had such a run; writes nothing for a word without one.
    pub fn unstretched_word(&self, i: usize, out: &mut Vec<u8>) -> bool {
        let stretched = self.has_stretch(i);
        if stretched {
            self.write_letters(&self.words[i], out, true);
        }
        stretched
    }

    /// Whether word `i` has a stretch: a run of three or more of one letter, masks left out.
    pub(crate) fn has_stretch(&self, i: usize) -> bool {
        self.read_words[i].1
    }

    /// Writes the word's letters, masks dropped, each run of one letter cut to two, or, with
    /// `stretch_once`, a run of three or more cut to one; says whether the word has a stretch
    /// (a run of three or more).
    fn write_letters(&self, word: &Word, out: &mut Vec<u8>, stretch_once: bool) -> bool {
        let mut stretched = false;
        for (ch, run) in self.letter_runs(word) {
            match run {
                1 | 2 if ch.is_ascii() => out.push(ch as u8),
                1 | 2 => out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes()),
                3 => {
                    stretched = true;
                    if stretch_once {
                        out.truncate(out.len() - ch.len_utf8());
                    }
                }
                _ => {}
            }
        }
        stretched
    }

    /// The word's letters, masks left out, each with its place in its run of one letter
    /// (`mooon`: m 1, o 1, o 2, o 3, n 1): what stretches are counted by.
    fn letter_runs<'a>(&'a self, word: &Word) -> impl Iterator<Item = (char, u32)> + 'a {
        self.chars[word.chars.clone()]
            .iter()
            .filter(|c| c.ch != MASK)
            .scan(None, |prev: &mut Option<(char, u32)>, c| {
                let run = match *prev {
                    Some((p, n)) if p == c.ch => n + 1,
                    _ => 1,
                };
                *prev = Some((c.ch, run));
                Some((c.ch, run))
            })
    }
}

/// Whether char `i` of a chunk is a `(` that opens a bracket around one character: `(c)`.
fn opens_bracket_around_one(text: &str, chunk: &[(Class, u32, u32)], i: usize) -> bool {
    matches!(chunk[i].0, Class::Leet { raw: '(', .. })
        && chunk
            .get(i + 1)
            .is_some_and(|(class, ..)| *class != Class::Separator)
        && chunk.get(i + 2).is_some_and(|&(class, start, end)| {
            class == Class::Separator && text.get(start as usize..end as usize) == Some(")")
        })
}

/// How many of a piece's last chars are punctuation, not letters: trailing `!`, `|`, `(`, `<`
/// and `+` read as punctuation (`hi!`), while `a$$` keeps its letters.
fn trailing_punctuation(piece: &[(Class, u32, u32)]) -> usize {
    piece
        .iter()
        .rev()
        .take_while(|(class, ..)| {
            matches!(
                class,
                Class::Leet {
                    raw: '!' | '|' | '(' | '<' | '+',
                    ..
                }
            )
        })
        .count()
}

/// The text cut after each whitespace character, as `text.split_inclusive(char::is_whitespace)`
/// cuts it, but reading ASCII a byte at a time rather than decoding every character (a
/// twentieth of normalizing a typical English comment).
fn whitespace_chunks(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        let mut i = start;
        while i < bytes.len() {
            let (width, space) = match bytes[i] {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => (1, true),
                0..0x80 => (1, false),
                _ => {
                    let c = text[i..].chars().next().expect("a character starts here");
                    (c.len_utf8(), c.is_whitespace())
                }
            };
            i += width;
            if space {
                break;
            }
        }
        let chunk = (i > start).then(|| &text[start..i]);
        start = i;
        chunk
    })
}

/// Whether the text starts with a word written with a capital and then lower case: a name's
/// (`Mo Ron` is no `moron`).
fn title_case(text: &str) -> bool {
    let mut letters = text.chars();
    matches!((letters.next(), letters.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
}

/// How many pieces of a chunk, from the first of `pieces`, are one of the words readers mask
/// cut apart by punctuation (`st-u-pid`, `id.iot`, `b_itch`, `dumb-ass`), or `None` when
/// they are not. An apostrophe between two pieces is English's own (`he'll` is no `hell`),
/// and so is a gap of more than three characters; each piece has a letter (`71,75` is a
/// number, though its digits read `ti` and `ts`).
fn split_word_end(
    text: &str,
    chunk: &[(Class, u32, u32)],
    pieces: &[Range<usize>],
) -> Option<usize> {
    const MOST_PIECES: usize = 6;
    let masked = masked_words();
    let mut letters = [0u8; LONGEST_MASKED_WORD];
    let mut len = 0;
    for (n, piece) in pieces.iter().take(MOST_PIECES).enumerate() {
        if n > 0 {
            let gap =
                text.get(chunk[pieces[n - 1].end - 1].2 as usize..chunk[piece.start].1 as usize)?;
            if gap.chars().count() > 3 || gap.contains(['\'', '’', '`', '´']) {
                return None;
            }
        }
        // Leetspeak in a piece with a letter (`1d.iot`); not a number (`71,75`).
        let mut has_letter = false;
        for (class, ..) in &chunk[piece.clone()] {
            match *class {
                Class::Letter(c) | Class::Leet { letter: c, .. }
                    if c.is_ascii_lowercase() && len < LONGEST_MASKED_WORD =>
                {
                    has_letter |= matches!(class, Class::Letter(_));
                    letters[len] = c as u8;
                    len += 1;
                }
                _ => return None,
            }
        }
        if !has_letter {
            return None;
        }
        if len >= 2 && !masked.may_start(letters[0], letters[1]) {
            return None;
        }
        if n > 0 && masked.contains(&letters[..len]) {
            return Some(n + 1);
        }
    }
    None
}

/// The letters of a piece written with one symbol between every two of them (`f!u!c!k`,
/// `f+u+c+k`, `f#u#c#k`), or `None` for any other piece. At least three letters, so that
/// `a$$` and `f*ck` keep their symbols.
fn interleaved_letters(piece: &[(Class, u32, u32)]) -> Option<Vec<(Class, u32, u32)>> {
    if piece.len() < 5 || piece.len().is_multiple_of(2) {
        return None;
    }
    let symbol = |class: &Class| match *class {
        Class::Leet { raw, .. } if !raw.is_ascii_digit() => Some(raw),
        Class::Mask(raw) => Some(raw),
        _ => None,
    };
    let between = symbol(&piece[1].0)?;
    let interleaved = piece.iter().enumerate().all(|(i, (class, ..))| {
        if i % 2 == 1 {
            symbol(class) == Some(between)
        } else {
            matches!(class, Class::Letter(_))
                || matches!(class, Class::Leet { raw, .. } if raw.is_ascii_digit())
        }
    });
    interleaved.then(|| piece.iter().step_by(2).copied().collect())
}

/// A run-length view of a letter sequence: `fuuuck` is `f u c k` with counts `1 3 1 1`.
/// `collapsed[i]` came from `chars[origin[i]]` onwards, `counts[i]` letters long.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Collapsed {
    pub text: String,
    pub counts: Vec<u32>,
    pub origin: Vec<usize>,
}

/// Collapses runs of one repeated letter among `chars`, given with their indices into
/// [`Normalized::chars`]. Masks are never collapsed: `f**k` keeps its two.
pub fn collapse<'a>(chars: impl IntoIterator<Item = (usize, &'a NChar)>) -> Collapsed {
    let mut out = Collapsed::default();
    out.refill(chars);
    out
}

impl Collapsed {
    /// Makes this the [`collapse`] of `chars`, in the room of the chars it held before: the
    /// rules that collapse candidate after candidate allocate once a text.
    pub fn refill<'a>(&mut self, chars: impl IntoIterator<Item = (usize, &'a NChar)>) {
        self.text.clear();
        self.counts.clear();
        self.origin.clear();
        let mut prev = None;
        for (i, c) in chars {
            if Some(c.ch) == prev && c.ch != MASK {
                if let Some(n) = self.counts.last_mut() {
                    *n += 1;
                }
                continue;
            }
            prev = Some(c.ch);
            self.text.push(c.ch);
            self.counts.push(1);
            self.origin.push(i);
        }
    }

    /// The range of normalized chars covered by collapsed characters `range` (char indices).
    pub fn char_range(&self, range: Range<usize>) -> Range<usize> {
        self.origin[range.start]..self.origin[range.end - 1] + self.counts[range.end - 1] as usize
    }

    /// Turns a byte range of `text` (as `str::find` gives) into collapsed char indices.
    pub fn char_indices_of(&self, bytes: Range<usize>) -> Range<usize> {
        let start = self.text[..bytes.start].chars().count();
        start..start + self.text[bytes].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let n = Normalized::new(text);
        n.words()
            .iter()
            .map(|w| n.slice(w.chars.clone()).iter().map(|c| c.ch).collect())
            .collect()
    }

    #[test]
    fn folds_case_lookalikes_and_invisibles() {
        assert_eq!(words("Héllo WORLD"), ["hello", "world"]);
        assert_eq!(words("f\u{200b}u\u{00ad}c\u{2060}k"), ["fuck"]);
        assert_eq!(words("ｆｕｃｋ"), ["fuck"]);
        assert_eq!(words("𝐟𝐮𝐜𝐤"), ["fuck"]);
        assert_eq!(words("fսсk"), ["fuck"], "Armenian u and Cyrillic c");
    }

    #[test]
    fn undoes_leet_only_inside_words() {
        assert_eq!(
            words("h4t3 sh!t $100 2020"),
            ["hate", "shit", "$100", "2020"]
        );
        assert_eq!(words("wow!!"), ["wow"]);
    }

    #[test]
    fn joins_spelled_out_words_and_splits_punctuation() {
        assert_eq!(words("f.u.c.k"), ["fuck"]);
        assert_eq!(words("f_u_c_k off"), ["fuck", "off"]);
        assert_eq!(words("well-known, really"), ["well", "known", "really"]);
        assert_eq!(words("you b.i.t.c.h!"), ["you", "bitch"]);
        assert_eq!(words("c.u.n.t!!"), ["cunt"]);
        assert_eq!(words("a.s.s wow!"), ["ass", "wow"]);
        // Brackets around each letter; a bracket that holds more, or a smiley, is leet `c`.
        assert_eq!(words("you (c)(u)(n)(t)"), ["you", "cunt"]);
        assert_eq!(words("(b)(i)(t)(c)(h)!"), ["bitch"]);
        assert_eq!(words("see (a), (b) and (c)"), ["see", "a", "b", "and", "c"]);
        assert_eq!(words("(ock"), ["cock"]);
    }

    #[test]
    fn reads_two_strokes_in_a_row_as_a_double_l() {
        assert_eq!(words("I will ki11 you"), ["i", "will", "kill", "you"]);
        assert_eq!(
            words("ki||ed them, kiII them"),
            ["killed", "them", "kill", "them"]
        );
        assert_eq!(
            words("sh1t b1tch WWII III iPhone 1111"),
            ["shit", "bitch", "wwii", "iii", "iphone", "1111"]
        );
    }

    #[test]
    fn fills_masks_that_hide_one_masked_word() {
        assert_eq!(words("you st*pid c*nt"), ["you", "stupid", "cunt"]);
        assert_eq!(words("b***h a**hole sh!t"), ["bitch", "asshole", "shit"]);
        assert_eq!(words("Holy sh*t"), ["holy", "shit"]);
        assert_eq!(words("are you st*pid??"), ["are", "you", "stupid**"]);
        // Two words fit, too many masks, the F word, a mask first, or no word fits.
        assert_eq!(
            words("s**t f*** f*ck *ss wh*t?"),
            ["s**t", "f***", "f*ck", "ss", "wh*t*"]
        );
    }

    proptest::proptest! {
        #[test]
        fn whitespace_chunks_cut_where_split_inclusive_cuts(
            text in "([a-z ]|\\s|\\PC|[\u{85}\u{a0}\u{2000}-\u{200b}\u{3000}]){0,40}"
        ) {
            let ours: Vec<&str> = whitespace_chunks(&text).collect();
            let std: Vec<&str> = text.split_inclusive(char::is_whitespace).collect();
            proptest::prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn joins_a_masked_word_cut_apart_by_punctuation() {
        assert_eq!(words("you are st-u-pid"), ["you", "are", "stupid"]);
        assert_eq!(words("an id.iot, a b_itch"), ["an", "idiot", "a", "bitch"]);
        assert_eq!(words("what a dumb-ass"), ["what", "a", "dumbass"]);
        assert_eq!(words("fa:)g:)got"), ["faggot"]);
        // An apostrophe, a number, a gap too wide, or letters that make no such word.
        assert_eq!(words("he'll"), ["he", "ll"]);
        assert_eq!(words("prick`s"), ["prick", "s"]);
        assert_eq!(words("71,75"), ["71", "75"]);
        assert_eq!(words("st----upid"), ["st", "upid"]);
        assert_eq!(words("well-known"), ["well", "known"]);
        assert_eq!(
            MASKED_WORDS.split_whitespace().map(str::len).max(),
            Some(LONGEST_MASKED_WORD)
        );
    }

    #[test]
    fn joins_a_masked_word_cut_in_two_by_a_space() {
        assert_eq!(words("you are stu pid"), ["you", "are", "stupid"]);
        assert_eq!(words("an id iot"), ["an", "idiot"]);
        assert_eq!(words("i will ki ll you"), ["i", "will", "kill", "you"]);
        assert_eq!(words("what a dum bass"), ["what", "a", "dumbass"]);
        // Both halves words of their own (a contraction's tail too), one letter, or more than
        // one space.
        assert_eq!(
            words("the pen is mightier"),
            ["the", "pen", "is", "mightier"]
        );
        assert_eq!(words("dumb ass"), ["dumb", "ass"]);
        assert_eq!(words("as s"), ["as", "s"]);
        assert_eq!(words("he ll be there"), ["he", "ll", "be", "there"]);
        assert_eq!(words("stu  pid"), ["stu", "pid"]);
        assert_eq!(words("Mo Ron played"), ["mo", "ron", "played"]);
        // The joined word is read as one, for the classifier too.
        let n = Normalized::new("you stu pid");
        assert_eq!(n.text_for_classifier(), "you stupid");
    }

    #[test]
    fn reads_a_capital_i_as_l_where_it_makes_a_masked_word() {
        assert_eq!(words("you are a sIut"), ["you", "are", "a", "slut"]);
        assert_eq!(words("what a Ioser!"), ["what", "a", "loser"]);
        // Words that are words with an i, or make none with an l.
        assert_eq!(words("Instead bItch sIt"), ["instead", "bitch", "sit"]);
        assert_eq!(words("SIUT"), ["siut"]);
    }

    #[test]
    fn joins_single_letters_spaced_alike() {
        assert_eq!(
            words("You b e l o n g in a zoo"),
            ["you", "belong", "in", "a", "zoo"]
        );
        assert_eq!(words("K I L L  Y O U"), ["kill", "you"]);
        assert_eq!(words("go d i e!"), ["go", "die"]);
        assert_eq!(words("Y o u suck"), ["you", "suck"]);
        assert_eq!(words("с у к а"), ["сука"]);
        // Standalone words before the spelled-out one stay words.
        assert_eq!(words("you are a c u n t"), ["you", "are", "a", "cunt"]);
        assert_eq!(words("u r a c u n t"), ["u", "r", "a", "cunt"]);
        assert_eq!(words("u r a idiot"), ["u", "r", "a", "idiot"]);
        assert_eq!(words("a s s"), ["ass"]);
        assert_eq!(words("you a s s"), ["you", "ass"]);
        assert_eq!(words("i d i o t"), ["idiot"]);
        // Not spaced alike, not one case, not whole chunks, or too few.
        assert_eq!(words("a, b, c"), ["a", "b", "c"]);
        assert_eq!(words("a b\nc"), ["a", "b", "c"]);
        assert_eq!(
            words("I got a B a while ago"),
            ["i", "got", "a", "b", "a", "while", "ago"]
        );
        assert_eq!(words("that's a b"), ["that", "s", "a", "b"]);
        assert_eq!(words("J K Rowling"), ["j", "k", "rowling"]);
    }

    #[test]
    fn reads_interleaved_symbols_as_separators() {
        assert_eq!(words("f!u!c!k"), ["fuck"]);
        assert_eq!(words("f|u|c|k f+u+c+k f#u#c#k"), ["fuck", "fuck", "fuck"]);
        assert_eq!(words("a$$ f*ck"), ["ass", "f*ck"]);
    }

    #[test]
    fn r14_a_stretched_letter_is_read_once_for_the_classifier() {
        let unstretched = |text: &str| {
            let n = Normalized::new(text);
            let mut out = Vec::new();
            n.unstretched_word(0, &mut out)
                .then(|| String::from_utf8(out).expect("utf-8"))
        };
        assert_eq!(unstretched("Moooron").as_deref(), Some("moron"));
        assert_eq!(
            unstretched("FAAAGGOT").as_deref(),
            Some("faggot"),
            "a double stays"
        );
        assert_eq!(unstretched("урооод").as_deref(), Some("урод"));
        assert_eq!(unstretched("moron"), None);
        assert_eq!(unstretched("too"), None);
    }

    #[test]
    fn reads_turned_letters() {
        assert_eq!(words("ɟuck ʇhis"), ["fuck", "this"]);
    }

    #[test]
    fn reads_text_written_upside_down_backwards() {
        // What upside-down text generators write for "fuck you today!": each word turned
        // and reversed (the words' order too, which the rules do not need).
        assert_eq!(words("¡ʎɐpoʇ noʎ ʞɔnɟ"), ["today", "you", "fuck"]);
        // The span of a word read backwards is still the bytes it came from.
        let n = Normalized::new("so ʞɔnɟ it");
        let fuck = n.words()[1].chars.clone();
        assert_eq!(n.source_span(fuck), (3, 3 + "ʞɔnɟ".len()));
        // A turned letter in a word written the right way up, and words with only letters
        // that read the same both ways, are read as they stand.
        assert_eq!(words("ɟuck pod sıkıntı"), ["fuck", "pod", "sikinti"]);
    }

    #[test]
    fn keeps_cyrillic_words_cyrillic() {
        assert_eq!(words("Пошёл ты"), ["пошел", "ты"]);
        assert_eq!(
            words("сука"),
            ["сука"],
            "all look-alikes, in a Cyrillic text"
        );
        assert_eq!(
            words("xyй"),
            ["хуй"],
            "Latin look-alikes inside a Cyrillic word"
        );
        assert_eq!(words("3ачем"), ["зачем"], "leet digits read as Cyrillic");
        assert_eq!(
            words("what the fuсk, сара"),
            ["what", "the", "fuck", "capa"],
            "Cyrillic look-alikes in an English text"
        );
    }

    #[test]
    fn folds_turkish_letters() {
        assert_eq!(words("Sıkıntı ŞİŞLİ"), ["sikinti", "sisli"]);
    }

    #[test]
    fn keeps_masks() {
        assert_eq!(words("f*ck **bold**"), ["f*ck", "bold**"]);
    }

    #[test]
    fn maps_back_to_original_bytes() {
        let text = "oh fü\u{200b}ck!";
        let n = Normalized::new(text);
        let w = &n.words()[1];
        let (s, e) = n.source_span(w.chars.clone());
        assert_eq!(&text[s..e], "fü\u{200b}ck");
    }

    #[test]
    fn classifier_text_cuts_repeats() {
        let n = Normalized::new("Sooooo STUPIDDDD!!!");
        assert_eq!(n.text_for_classifier(), "soo stupidd");
    }

    /// The shortcut for plain ASCII words gives what the full steps give, on texts built at
    /// random from letters, the punctuation around words, leet, masks, spaces of every kind
    /// and Cyrillic.
    #[test]
    fn plain_words_read_as_the_full_steps_read_them() {
        const PARTS: &[&str] = &[
            "a",
            "B",
            "word",
            "Fuck",
            "f",
            "u",
            "c",
            "k",
            ".",
            ",",
            ";",
            ":",
            "!",
            "?",
            "*",
            "@",
            "4",
            "0",
            "$",
            "-",
            "'",
            "\"",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{0b}",
            "\u{85}",
            "\u{a0}",
            "\u{200b}",
            "хуй",
            "с",
            "ı",
            "é",
            "U.S.A.",
            "f u c k",
            "b.i.t.c.h!",
        ];
        let mut random = crate::test_random::XorShift(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let text: String = (0..random.below(12))
                .map(|_| PARTS[random.below(PARTS.len())])
                .collect();
            let (quick, full) = (
                Normalized::build(&text, true),
                Normalized::build(&text, false),
            );
            assert_eq!(quick.chars(), full.chars(), "{text:?}");
            assert_eq!(quick.words(), full.words(), "{text:?}");
        }
    }

    #[test]
    fn is_letter_agrees_with_unicode() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn collapse_counts_runs() {
        let n = Normalized::new("fuuuckk");
        let c = collapse(n.chars().iter().enumerate());
        assert_eq!(c.text, "fuck");
        assert_eq!(c.counts, [1, 3, 1, 2]);
        assert_eq!(c.char_range(1..4), 1..7);
    }

    proptest::proptest! {
        #[test]
        fn spans_are_ordered_char_boundaries(text in "\\PC{0,80}") {
            let n = Normalized::new(&text);
            // Only a chunk written upside down is read backwards.
            let turned = text.chars().any(|c| matches!(c, '\u{250}'..='\u{2af}' | 'ᴉ' | 'ƃ'));
            let mut last_start = 0;
            for c in n.chars() {
                let (s, e) = (c.start as usize, c.end as usize);
                proptest::prop_assert!(s < e && e <= text.len());
                proptest::prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                proptest::prop_assert!(s >= last_start || turned);
                last_start = s;
            }
            for w in n.words() {
                let chars = n.slice(w.chars.clone());
                let forward = chars.windows(2).all(|p| p[0].start <= p[1].start);
                let backward = chars.windows(2).all(|p| p[0].start >= p[1].start);
                proptest::prop_assert!(forward || backward);
                let (s, e) = n.source_span(w.chars.clone());
                proptest::prop_assert!(s < e && e <= text.len());
                proptest::prop_assert!(chars
                    .iter()
                    .all(|c| s <= c.start as usize && c.end as usize <= e));
            }
        }

        #[test]
        fn invisible_characters_change_nothing(words in proptest::collection::vec("[a-z]{1,8}", 1..6), at in 0usize..40) {
            let text = words.join(" ");
            let mut disguised = String::new();
            for (i, c) in text.chars().enumerate() {
                disguised.push(c);
                if i % (at % 5 + 1) == 0 && c != ' ' {
                    disguised.push('\u{200b}');
                }
            }
            proptest::prop_assert_eq!(
                Normalized::new(&text).text_for_classifier(),
                Normalized::new(&disguised).text_for_classifier()
            );
        }
    }
}
