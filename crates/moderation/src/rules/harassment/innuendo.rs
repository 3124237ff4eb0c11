//! Harassment by innuendo, in English, Russian and Turkish: the reader pictured undressed
//! (`I'd love to see what you look like without that blouse`), told to dress to be looked at
//! (`wear a shorter skirt`), her mouth or her talents said to be for something else (`your
//! mouth is made for something better than journalism`, `sana yazı değil başka şeyler
//! yakışır`), or what the writer would do with her alone (`такую журналистку я бы отвёз на
//! дачу и не отпускал`, `bu muhabiri bir gece bana bırakın`). The same words choose a coat, ice a cake or mind a cat.

use super::{HarassmentKind, PET_NAMES};
use crate::rules::clauses::{Clause, Lexicon};

/// What is taken off in the writer's picture of the reader: `without that blouse` (the
/// clothes [`super::CLOTHES`] names, whose words are cues, and `uniform`).
static WORN: Lexicon = Lexicon::new("blouse shirt top dress skirt clothes bra uniform");

/// Clothes told shorter or tighter: `wear a shorter skirt`.
static REVEALING: Lexicon = Lexicon::new("shorter tighter lower smaller skimpier less");

/// A woman by her trade, in the Russian accusative and the Turkish one: `такую журналистку`,
/// `bu muhabiri`.
static WOMEN_BY_TRADE: Lexicon = Lexicon::new(
    "журналистку корреспондентку ведущую блогершу редакторшу девушку muhabiri gazeteciyi \
     spikeri kizi yazari",
);

impl Clause<'_> {
    /// The harassment by innuendo read from its word at `i`, with its kind and end.
    pub(super) fn innuendo(&self, i: usize) -> Option<(HarassmentKind, usize)> {
        use HarassmentKind::{Advance, Remark, Solicitation};
        match self.at(i) {
            // `I'd love to see what you look like without that blouse` (not `... what you
            // make of the new blouse collection`).
            "without" if i >= 3 && self.seq(i - 3, &["you", "look", "like"]) => {
                let worn = i + 1 + usize::from(self.is(i + 1, &["that", "your", "the", "those"]));
                let seen = self.any_in(0..i - 3, &["see", "imagine", "picture", "know"]);
                (seen && self.is(worn, &WORN)).then_some((Advance, worn + 1))
            }
            // `You should wear a shorter skirt for your next interview.` (not `... a warmer
            // coat`).
            "wear" | "wearing" if self.any_in(0..i, &["you", "she", "should"]) => {
                let shorter = i + 1 + usize::from(self.at(i + 1) == "a");
                let cut = shorter + usize::from(self.at(shorter + 1) == "cut");
                (self.is(shorter, &REVEALING) && self.is(cut + 1, &WORN))
                    .then_some((Solicitation, cut + 2))
            }
            // `Your mouth is made for something better than journalism.`, `Твой рот создан не
            // для журналистики.` (not `your voice is made for radio`).
            "made" | "создан" if i >= 2 => {
                // (English says `is`; Russian says nothing: `твой рот создан`.)
                let part = i - 1 - usize::from(self.is(i - 1, &["is", "are"]));
                let mouth = self.is(part, &["mouth", "lips", "рот", "губы"]);
                let yours =
                    part >= 1 && self.is(part - 1, &["your", "ur", "her", "твой", "твои", "ее"]);
                let other = self.seq(i + 1, &["for", "something"])
                    || self.seq(i + 1, &["for", "other", "things"])
                    || self.seq(i + 1, &["не", "для"]);
                (mouth && yours && other).then_some((Remark, (i + 3).min(self.len())))
            }
            // `Sana yazı değil başka şeyler yakışır, güzelim.` ("other things suit you, not
            // writing, my beauty"; not `sana bu ceket çok yakışır`).
            "yakisir" if i >= 2 && self.seq(i - 2, &["baska", "seyler"]) => {
                let pet = (i + 1..self.len()).any(|k| self.is(k, &PET_NAMES))
                    || self.any_in(i + 1..self.len(), &["guzelim", "tatlim", "bebegim"]);
                (pet && self.any_in(0..i, &["sana"])).then_some((Remark, i + 1))
            }
            // `Такую журналистку я бы отвёз на дачу и не отпускал.` (not `такую собаку ...`).
            "отпускал" | "отпустил" if i >= 2 && self.seq(i - 2, &["и", "не"]) =>
            {
                let taken = self.any_in(0..i, &["отвез", "увез", "запер", "утащил", "забрал"]);
                (taken && self.any_in(0..i, &WOMEN_BY_TRADE)).then_some((Advance, i + 1))
            }
            // `Bu muhabiri bir gece bana bırakın.` (not `bu kediyi bir gece bana bırakın`).
            "birakin" | "birak" if i >= 3 && self.seq(i - 3, &["bir", "gece", "bana"]) => self
                .any_in(0..i - 3, &WOMEN_BY_TRADE)
                .then_some((Advance, i + 1)),
            // `Давай лучше фотки в купальнике, а не статьи.` ("better photos in a swimsuit than
            // articles").
            "купальнике" | "белье" | "бикини" if i >= 2 && self.at(i - 1) == "в" =>
            {
                let photos = self.is(i - 2, &["фотки", "фото", "фотографии", "фоточки"]);
                let not_writing = self.any_in(i + 1..self.len(), &["статьи", "статей", "тексты"]);
                (photos && not_writing).then_some((Solicitation, i + 1))
            }
            _ => None,
        }
    }
}
