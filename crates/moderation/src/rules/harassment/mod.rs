//! Sexual harassment of a reader or a person, read from how a clause is built: asked for
//! nudes or to show their body (**solicitation**: `send nudes`, `show me your boobs`, `take
//! your clothes off for me`, `скинь нюдсы`, `çıplak fotoğraf at`), or told what the writer
//! wants to do to them (**advance**: `I'd bang her`, `I want to see you naked`, `wanna sleep
//! with me?`, `sit on my face`), or their body remarked on (**remark**: `nice tits`, `nice
//! rack, lady`, `she has a great ass`, `hey sexy`). Every word of these is civil somewhere (`send the pictures of
//! your garden`, `show me your work`, `the photos show the minister naked`, `I want to see
//! the evidence`), and the classifier, which reads words, let all of them through.
//!
//! A request counts when it opens its clause, after a polite or pressing word at most
//! (`please`, `can you`, `why don't you`); an advance needs the writer's want or will
//! (`I want to`, `I'd`, `let me`) and a person as its object; a remark opens its clause
//! and ends it, or turns to its person (`nice tits, show us more`), or says whose body it is
//! (`you have`, `she's got`, `your ... are`). Innuendo (`I'd love to see what you look like
//! without that blouse`, `your mouth is made for something better than journalism`) is read
//! in `innuendo.rs`. Negated, quoted and reported ones are left to the classifier.
//!
//! Each kind has its file: `solicitation.rs`, `advance.rs` (with the reader pictured in
//! `pictured.rs` and the writer's boasts in `boasts.rs`), `remark.rs`; this one holds the
//! words they share and the cue words that decide which clauses are read at all.

use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary};
use super::Hit;
use crate::normalize::Normalized;

mod advance;
mod boasts;
mod innuendo;
mod pictured;
mod remark;
mod solicitation;

/// Which kind of harassment was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HarassmentKind {
    /// Asked for nudes, to show their body or to undress.
    Solicitation,
    /// What the writer wants to do to them sexually.
    Advance,
    /// Their body remarked on.
    Remark,
}

/// What is worn under or instead of clothes, for `a selfie in your bikini`.
static UNDERWEAR: Lexicon = Lexicon::new("bikini underwear lingerie panties bra knickers");

/// A person by what they are, after `that` (`I'd bang that reporter`).
static ROLES: Lexicon = Lexicon::new(
    "reporter journalist anchor anchorwoman presenter columnist newsreader woman girl lady chick \
     babe blonde \
     brunette redhead",
);

/// Parts of the body asked for when they are the reader's (`your tits`).
static PARTS: Lexicon = Lexicon::new(
    "tits titties boobs boobies breasts nipples ass butt booty pussy cock dick feet \
     сиськи грудь жопу попу сисек",
);

/// Parts of the body remarked on (`nice rack`).
static BODY: Lexicon = Lexicon::new(
    "tits titties boobs boobies rack ass butt booty melons jugs knockers cleavage сиськи сиси \
     буфера memeler задница попка kalca popo",
);

/// Where a person is got alone: `alone in a hotel room`.
static ROOMS: Lexicon = Lexicon::new("room hotel bedroom car van bed lift elevator");

/// What a reader is called before a price is asked of them (`hey sweetheart, how much ...`),
/// or at the end of a menace said sweetly (`careful walking to your car tonight, sweetheart`).
pub(super) static PET_NAMES: Lexicon = Lexicon::new(
    "sweetheart sweetie babe baby honey darling love doll hun sexy girl lady princess sugar \
     gorgeous",
);

/// Clothes taken off.
static CLOTHES: Lexicon = Lexicon::new(
    "clothes top shirt bra panties pants knickers dress underwear bikini blouse skirt skirts",
);

/// Persons as objects.
static PERSONS: Lexicon = Lexicon::new("you her him ya");

impl Clause<'_> {
    /// The harassment of this clause: (kind, first token, end token).
    fn harassment(&self, out: &mut Vec<(HarassmentKind, usize, usize)>) {
        for i in 0..self.len() {
            let found = self
                .solicitation(i)
                .map(|end| (HarassmentKind::Solicitation, i, end))
                .or_else(|| self.advance(i).map(|end| (HarassmentKind::Advance, i, end)))
                .or_else(|| self.remark(i).map(|end| (HarassmentKind::Remark, i, end)))
                .or_else(|| self.innuendo(i).map(|(kind, end)| (kind, i, end)));
            if let Some(found) = found {
                if !self.reported(found.1) && !self.reported_after(found.2) {
                    out.push(found);
                    return;
                }
            }
        }
    }
}

/// The words every harassment [`Clause::harassment`] reads has one of.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| {
    Lexicon::all_of(&[
        &solicitation::NUDES,
        &PARTS,
        &BODY,
        &solicitation::BEFORE_TR_ASK,
        &solicitation::RU_CLOTHES_UNDER,
        &solicitation::TR_CLOTHES_OF,
        &solicitation::RU_CLOTHES_OFF,
        &solicitation::TR_CLOTHES_OFF,
        &advance::SEX,
        &CLOTHES,
        &OTHER_CUES,
    ])
    .collect()
});

/// The cues not in one of the lists above (`much`: `how much for a night with you?`).
static OTHER_CUES: Lexicon = Lexicon::new(
    "naked topless strip face mouth bed sleep sex touch sexy hottie bend разденься раздевайся \
     soyun soyunsana lingerie раздеть отыметь поиметь облапать оттрахать shower \
     bath bathtub jacuzzi купальнике купальничке белье трусиках лифчике sweetheart sweetie babe \
     darling ночь alone moan moaning scream screaming undressing stripping tie lap раздвинь \
     princess come body spin gag bedroom sheets knees promotion lips knee sin lipstick outfit \
     seeing detail erkek фотки cleavage голые обнаженные голой голым увидеть gecesi gecen \
     yatagimda seninle задница попка kalca popo постели yatakta нагнул нагну нагнуть egerdim \
     egerim egecegim much одежды ciplakken фото bet career pair myself jerking wanking \
     masturbating облизать вылизать дрочу дрочил передернул подрочил kendimi pornstar porno porn \
     порноактриса порнозвезда лицо yuzume inch yalamak becermek sikmek sik рот губы yakisir uniform \
     отпускал отпустил birakin birak белье бикини",
);

/// Every harassment in the text: the words from its request or its writer to its end.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<HarassmentKind>> {
    find_in(&Reading::new(original, n))
}

/// [`find`] over a text already read.
pub(crate) fn find_in(reading: &Reading) -> Vec<Hit<HarassmentKind>> {
    reading.find(&CUES, |clause, found| clause.harassment(found))
}

#[cfg(test)]
mod tests;
