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
//!    that has no Latin look-alike (`й`, `д`, `ж`...), or when its letters are Cyrillic, or
//!    mostly Cyrillic with Latin look-alikes slipped in (`мoста` with a Latin `o`), and the
//!    text as a whole is mostly Cyrillic; otherwise as Latin. A Cyrillic chunk keeps
//!    its Cyrillic letters (lowercased, `ё` as `е`) and reads its Latin look-alikes and leet
//!    digits as Cyrillic (`x`→`х`, `3`→`з`).
//! 3. **Look-alike letters** in Latin chunks (Cyrillic `с`, fullwidth `ｆ`, math bold `𝐟`,
//!    accented `ü`, Turkish `ı` and `ş`, turned `ɟ` ...) are folded to their Latin skeleton by
//!    `decancer`, which carries Unicode's confusables data (UTS #39) and more, after a small
//!    table of IPA and turned letters it reads otherwise; ASCII takes a fast path. A chunk
//!    written upside down (`ʞɔnɟ`: turned letters, and none of the letters such text never
//!    has upright) is read backwards with each letter turned back (`n` as `u`, `p` as `d`).
//! 4. **Words** are the runs between whitespace, split again at punctuation. A run whose pieces
//!    are all single characters (`f.u.c.k`, `f!u!c!k`, `U.S.A.`) is joined back into one word
//!    (but for two letters with an apostrophe between them: `I'd` is `i`, `d`),
//!    and so are three or more single letters set apart by the same whitespace (`c u n t`),
//!    and one of the words readers mask cut apart by punctuation (`st-u-pid`) or in two by a
//!    space where a half is no word of its own (`stu pid`, not `pen is`).
//! 5. **Leetspeak** (`0`→o, `4`→a, `$`→s, `¢`→c ...) is undone inside words that contain at
//!    least one letter, so `2020` and `$100` stay numbers; two strokes in a row (`ki11`,
//!    `kiII`) are a double l, and a capital I is an l where that makes a masked word (`sIut`).
//! 6. **Masks** (`*`, `#`, `%` ... after a letter) are kept as [`MASK`] so the rules can tell a
//!    masked `f*ck` from a spelled-out one, unless they hide one of the words readers mask
//!    (`st*pid`), which is read instead.
//! 7. **Russian in Latin letters** (`ty urod`, `zhurnalistov nado veshat`) is read in Cyrillic
//!    by the classifier and the sentence rules (`translit.rs`); its characters, and so the
//!    spans of a verdict, stay the reader's own.
//! 8. **Turkish as chat cuts it** (`kırcam`, `biliyom`) is read in full (`kıracağım`,
//!    `biliyorum`) by the same readers, in a Turkish text (`turkish_chat.rs`); the characters
//!    stay the reader's own here too.
//!
//! Repeated letters are left in place here; consumers collapse them (see [`collapse`]) because
//! a site word list needs to tell `ass` from `as`.
//!
//! Here, [`Normalized`] reads the text chunk by chunk and word by word; what one character
//! becomes (steps 1, 2, 3 and 5) is decided in `chars.rs`, the words put back together
//! (steps 4 and 6) in `words.rs`, and runs of a letter are collapsed in `collapse.rs`.

use std::cell::LazyCell;
use std::ops::Range;

mod chars;
mod collapse;
#[cfg(test)]
mod tests;
mod translit;
mod turkish_chat;
mod words;

use chars::{
    chunk_script, classify, fold, fold_cyrillic, fold_upside_down, is_letter, letters_by_script,
    plain_ascii_word, raw_is_symbol, upside_down, Class, ReadingOrder, Script,
};
pub use collapse::{collapse, Collapsed};
pub use translit::in_latin_letters;
pub(crate) use turkish_chat::{function_word, FunctionWord};
pub use words::is_masked_word;
use words::{masked_words, LONGEST_MASKED_WORD};

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
    /// How the words are read: as written, or in Cyrillic, or in full.
    reading: Reading,
    /// While the text is read: the words with a mask, for [`Normalized::fill_masks`].
    masked: Vec<usize>,
    /// The words as the classifier and the sentence rules read them (see
    /// [`Normalized::word_as_read`]), one after another: written once, read by both.
    read: String,
    /// Each word's bytes of `read`, and whether it has a stretch ([`Normalized::has_stretch`]).
    read_words: Vec<(Range<usize>, bool)>,
}

/// How a text's words are read by the classifier and the sentence rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Reading {
    /// As written (after the steps above).
    #[default]
    AsWritten,
    /// Russian in Latin letters, in Cyrillic ([`translit`]).
    Cyrillic,
    /// Turkish, with the words chat cuts in full ([`turkish_chat`]).
    InFull,
}

impl Reading {
    /// Appends `word` (its letters as written) as this reading reads it.
    fn write(self, word: &str, out: &mut Vec<u8>) {
        match self {
            Reading::AsWritten => out.extend_from_slice(word.as_bytes()),
            Reading::Cyrillic => translit::write_read(word, out),
            Reading::InFull => {
                if !turkish_chat::write_full(word, out) {
                    out.extend_from_slice(word.as_bytes());
                }
            }
        }
    }
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
            reading: Reading::AsWritten,
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

    /// The words as they are read, once the chars and words are final: a text of Russian in
    /// Latin letters in Cyrillic ([`translit`]), a Turkish one with the words chat cuts in full
    /// ([`turkish_chat`]).
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
        let words = || self.read_words.iter().map(|(r, _)| &self.read[r.clone()]);
        // (English texts are told apart within their first few words; any Cyrillic word, and
        // the text is no transliteration: its first byte says.)
        let reading = if translit::reads_as_russian(words())
            && !words().any(|w| w.as_bytes().first().is_some_and(|&b| b >= 0xc0))
        {
            Reading::Cyrillic
        } else if turkish_chat::reads_as_turkish(words(), self.turkish_letters) {
            Reading::InFull
        } else {
            return;
        };
        let mut again = Vec::with_capacity(self.read.len() * 2);
        let mut read_words = Vec::with_capacity(self.read_words.len());
        for (range, stretched) in &self.read_words {
            let start = again.len();
            reading.write(&self.read[range.clone()], &mut again);
            read_words.push((start..again.len(), *stretched));
        }
        self.read = String::from_utf8(again).expect("letters are written as UTF-8");
        self.read_words = read_words;
        self.reading = reading;
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
            self.read_strokes_as_l(text, start..self.chars.len());
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
        let spelled_out = pieces.len() >= 2
            && pieces.iter().all(|p| p.len() == 1)
            && !is_contraction(text, chunk, pieces);
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
            self.read_strokes_as_l(text, start..self.chars.len());
            self.read_cyrillic_digits_as_vowels(start..self.chars.len());
            if masked {
                self.masked.push(self.words.len());
            }
            self.words.push(Word {
                chars: start..self.chars.len(),
                chunk: chunk_index,
            });
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

    /// Whether `letters` stand in some word as [`Normalized::word_as_read`] reads it.
    pub(crate) fn reads_somewhere(&self, letters: &str) -> bool {
        self.read.contains(letters)
    }

    /// Appends word `i` as [`Normalized::word_as_read`] reads it, but with each run of three
    /// or more of one letter (a stretch: `moooron`, `diiicks`) cut to one letter instead of
    /// two, and says whether it had such a run; writes nothing for a word without one.
    pub fn unstretched_word(&self, i: usize, out: &mut Vec<u8>) -> bool {
        let stretched = self.has_stretch(i);
        if stretched && self.reading != Reading::AsWritten {
            // (In Cyrillic or in full too, as the word itself is read: `suuuka` is `сука`,
            // `kırcaaam` `kıracağım`.)
            let mut letters = Vec::with_capacity(16);
            self.write_letters(&self.words[i], &mut letters, true);
            let letters = std::str::from_utf8(&letters).expect("letters are written as UTF-8");
            self.reading.write(letters, out);
        } else if stretched {
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

/// Whether the chunk is two single letters with an apostrophe between them: a contraction
/// (`I'd`, `I'm`) or an elision (`l'a`), not a word spelled out as `U.S.` is.
fn is_contraction(text: &str, chunk: &[(Class, u32, u32)], pieces: &[Range<usize>]) -> bool {
    let [first, second] = pieces else {
        return false;
    };
    let gap = text.get(chunk[first.start].2 as usize..chunk[second.start].1 as usize);
    matches!(gap, Some("'" | "’"))
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
