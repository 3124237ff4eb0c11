//! The reader or a people told to speak the country's language or leave, in English, Russian
//! and Turkish: `Speak English or get out`, `Nobody wants to hear your broken English, go
//! home`, `Learn to speak proper English before you comment, you foreigner`, `Говори
//! по-русски или вали отсюда`, `Кто не говорит по-русски, пусть едут домой`, `Türkçe konuş,
//! Kürt!`, `Türkiye'de Türkçe konuşulur, beğenmeyen gitsin`, `Türkçe konuşamayan herkes
//! ülkesine dönsün`. Not a language asked for or offered (`Speak English or French, both are
//! fine at the desk`, `Не умеешь говорить по-русски — приходи на бесплатные курсы`, `Türkçe
//! bilmiyorsan kursa yazıl`), nor a friend asked to speak it (`Türkçe konuş, Ali`).

use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon};

/// The languages, as their words are read: `English`, `по-русски` (`русски`), `Türkçe` (the
/// Russian and Turkish ones cues of `OTHER_CUES`; `English`, in too many comments, read only
/// in the sequences of `WORDS_IN_SEQUENCES`: `speak English`, `broken English`). Looked for
/// as written at every word of a clause read, which costs a comparison of lengths for most.
const LANGUAGES: &[&str] = &[
    "english",
    "русски",
    "русском",
    "русский",
    "turkce",
    "turkceyi",
    "turkcede",
];

/// Speaking, learning or knowing a language, before its name: `speak English`, `говори
/// по-русски`, `Türkçe konuş`, `Türkçe bilmiyorsan` (Turkish has the verb after).
static SPOKEN: Lexicon = Lexicon::new(
    "speak speaking speaks talk write learn broken proper говори говорить говорит говорите \
     говорят выучи выучить знаешь знает konus konusun konusulur konusamayan konusmayan \
     konusamiyorsan bilmiyorsan bilmeyen bilmeyenler ogren",
);

/// An order to leave the country, in English: `get out`, `go home`.
const LEAVE_EN: &[&[&str]] = &[
    &["get", "out"],
    &["go", "home"],
    &["go", "back"],
    &["piss", "off"],
    &["clear", "off"],
    &["pack", "your", "bags"],
    &["leave"],
];

/// The same in Russian and Turkish: `вали`, `пусть едут домой`, `gitsin`, `ülkesine dönsün`.
const LEAVE_RU_TR: &[&[&str]] = &[
    &["вали"],
    &["валите"],
    &["пусть", "валит"],
    &["пусть", "валят"],
    &["убирайся"],
    &["убирайтесь"],
    &["проваливай"],
    &["уезжай"],
    &["уезжайте"],
    &["едут", "домой"],
    &["едет", "домой"],
    &["пусть", "едут"],
    &["пусть", "уезжают"],
    &["вон", "из", "страны"],
    &["gitsin"],
    &["gitsinler"],
    &["defol"],
    &["defolsun"],
    &["donsun"],
    &["donsunler"],
    &["ulkene"],
    &["ulkesine"],
    &["ulkenize"],
    &["ulkelerine"],
    &["cek", "git"],
];

impl Clause<'_> {
    /// The reader or a people told to speak the language at `i` or leave (see the module's
    /// note).
    pub(super) fn language_demanded(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        if !LANGUAGES.contains(&self.at(i)) {
            return None;
        }
        // (Russian says `по-русски`, read `по русски`; Turkish has the verb after the name.)
        let spoken = self.any_in(i.saturating_sub(4)..i, &SPOKEN)
            || self.is(i + 1, &SPOKEN)
            || i >= 1 && self.at(i - 1) == "по" && self.any_in(i.saturating_sub(5)..i, &SPOKEN);
        if !spoken {
            return None;
        }
        let first = (0..i).rev().find(|&k| self.is(k, &SPOKEN)).unwrap_or(i);
        // `... or get out`, `..., go home`, `..., beğenmeyen gitsin`: the order to leave after
        // the language, as an alternative or its own phrase.
        let order = (i + 1..self.len()).find_map(|k| {
            if let Some(shape) = LEAVE_RU_TR.iter().find(|s| self.seq(k, s)) {
                return Some(k + shape.len());
            }
            // (English's orders as an alternative or a phrase of their own; `leave` and `go
            // back` only closing the clause: not `leave your comments in English`, `... or go
            // back to the start of the queue`.)
            let shape = LEAVE_EN.iter().find(|s| self.seq(k, s))?;
            let end = k + shape.len();
            let put = self.is(k.wrapping_sub(1), &["or", "and"]) || self.phrase_ends_before(k);
            let closing = matches!(shape, [_, "back"] | ["leave"]);
            (put && (end == self.len() || !closing)).then_some(end)
        });
        if let Some(end) = order {
            return Some((HateKind::Exclusion, first, end));
        }
        // `Learn to speak proper English before you comment, you foreigner`, `Türkçe konuş,
        // Kürt!`: the reader, told to speak it, called by a people's name closing the clause.
        let last = self.len() - 1;
        let kurd = self.at(last) == "kurt" && self.written_starts_with(last, "kü");
        let named = last > i
            && (self.is_group(last) || kurd)
            && (self.at(last - 1) == "you" || self.phrase_ends_before(last));
        named.then_some((HateKind::Exclusion, first, self.len()))
    }
}
