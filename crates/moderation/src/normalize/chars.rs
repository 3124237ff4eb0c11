//! One character at a time: invisible characters dropped, each whitespace chunk's script
//! (Latin or Cyrillic), look-alike and turned letters folded, leet read as letters inside
//! words (steps 1, 2, 3 and 5 of the module's list).

use unicode_general_category::{get_general_category, GeneralCategory};

/// How one folded character behaves inside a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
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
pub(super) fn raw_is_symbol(class: Class) -> bool {
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

pub(super) fn classify(c: char, script: Script) -> Class {
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
pub(super) enum Script {
    Latin,
    Cyrillic,
}

/// `char::is_alphabetic`, with the letters of the publication's three languages answered
/// without the Unicode table search (a few hundred instructions a character, a tenth of
/// judging a Russian comment before this).
pub(super) fn is_letter(c: char) -> bool {
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
pub(super) fn letters_by_script(text: &str) -> (usize, usize) {
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
/// like, or its letters are Cyrillic, or mostly Cyrillic with Latin look-alikes slipped in
/// (`мoста` with a Latin `o`; not `сock`, mostly Latin), and so are most of the text's
/// (asked only then).
pub(super) fn chunk_script(chunk: &str, text_is_cyrillic: impl FnOnce() -> bool) -> Script {
    if chunk
        .chars()
        .any(|c| is_cyrillic(c) && !is_latin_lookalike(c))
    {
        return Script::Cyrillic;
    }
    let (cyrillic, latin) = letters_by_script(chunk);
    let slipped_in = || {
        chunk
            .chars()
            .filter(|&c| is_letter(c) && !is_cyrillic(c))
            .all(|c| cyrillic_for_latin(c.to_ascii_lowercase()).is_some())
    };
    // (`latin == 0`: the common case, without a second pass over the letters.)
    if cyrillic > latin && (latin == 0 || slipped_in()) && text_is_cyrillic() {
        Script::Cyrillic
    } else {
        Script::Latin
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
pub(super) fn upside_down(chunk: &str) -> bool {
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
pub(super) enum ReadingOrder<'a> {
    Forward(std::str::CharIndices<'a>),
    Backward(std::vec::IntoIter<(usize, char)>),
}

impl<'a> ReadingOrder<'a> {
    pub(super) fn of(chunk: &'a str, upside_down: bool) -> Self {
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
pub(super) fn fold_upside_down(c: char, out: &mut impl FnMut(char)) {
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
pub(super) fn fold_cyrillic(c: char, out: &mut impl FnMut(char)) {
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
pub(super) fn spacing(gap: &str) -> Option<String> {
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
pub(super) fn fold(c: char, out: &mut impl FnMut(char)) {
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
    // Pictographs and dingbats (`🔥`, `❤`) are no letters, whatever decancer folds them to
    // (`🔥` to `o`): kept as symbols, they separate letters like any other (`f🔥u🔥c🔥k`).
    if matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}') {
        return out(c);
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
pub(super) fn plain_ascii_word(raw_chunk: &str) -> Option<&str> {
    let word = raw_chunk
        .strip_suffix(|c: char| c.is_ascii_whitespace())
        .unwrap_or(raw_chunk);
    let letters = word.trim_end_matches(['.', ',', ';', ':']);
    (!letters.is_empty() && letters.bytes().all(|b| b.is_ascii_alphabetic())).then_some(letters)
}
