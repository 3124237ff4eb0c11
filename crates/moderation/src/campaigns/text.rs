//! What near-duplicate comparison sees of a comment: Tribune's look-alike folding, then a
//! spelling skeleton in which Cyrillic reads as Latin, cut into character 4-grams (shingles)
//! for MinHash. A talking point copied in look-alike letters or transliterated into Cyrillic
//! still matches ("the emails" and "зе имейлс" both read "ze imeils").

/// Letters and digits, lower-cased, single-spaced, Cyrillic read out in Latin letters and
/// both scripts brought to one spelling skeleton: what near-duplicate comparison sees, so that
/// a talking point copied with look-alike letters or transliterated into Cyrillic still
/// matches ("the emails" and "зе имейлс" both read "ze imeils").
pub(super) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    // The classifier's view of the text: look-alikes, leet and separators already folded.
    for c in crate::Normalized::new(text).text_for_classifier().chars() {
        if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                match cyrillic_in_latin(lower) {
                    Some(latin) => out.push_str(latin),
                    None => out.push(lower),
                }
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    skeleton(out.trim_end())
}

/// A Cyrillic letter as it is usually written in Latin letters.
fn cyrillic_in_latin(c: char) -> Option<&'static str> {
    const LATIN: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "i", "", "e", "yu", "ya",
    ];
    match c {
        'а'..='я' => Some(LATIN[c as usize - 'а' as usize]),
        'ё' => Some("e"),
        'і' | 'ї' => Some("i"),
        'є' => Some("e"),
        _ => None,
    }
}

/// Spellings that sound alike made one: `th` and `z`, `c`/`q`/`k`, `y`/`j`/`i`, `w`/`v`,
/// `ph`/`f`, `x`/`ks`, `ee`/`i`, `oo`/`u`, doubled letters. One pass: it runs on every comment.
fn skeleton(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let pair = chars.peek().and_then(|&next| match (c, next) {
            ('t', 'h') => Some("z"),
            ('p', 'h') => Some("f"),
            ('c', 'k') => Some("k"),
            ('e', 'e') => Some("i"),
            ('o', 'o') => Some("u"),
            _ => None,
        });
        let sound = match (pair, c) {
            (Some(sound), _) => {
                chars.next();
                sound
            }
            (None, 'x') => "ks",
            (None, 'c' | 'q') => "k",
            (None, 'y' | 'j') => "i",
            (None, 'w') => "v",
            (None, _) => {
                if !(out.ends_with(c) && c != ' ') {
                    out.push(c);
                }
                continue;
            }
        };
        for s in sound.chars() {
            if !out.ends_with(s) {
                out.push(s);
            }
        }
    }
    out
}

pub(super) fn shingles(folded: &str) -> impl Iterator<Item = &str> {
    let bytes: Vec<usize> = folded
        .char_indices()
        .map(|(i, _)| i)
        .chain([folded.len()])
        .collect();
    (0..bytes.len().saturating_sub(4)).map(move |i| &folded[bytes[i]..bytes[i + 4]])
}
