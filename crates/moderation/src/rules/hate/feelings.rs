//! A group said to feel no pain, to have no feelings or not to love its children, in English,
//! Russian and Turkish: `Those people don't feel pain like we do`, `Black people have thicker
//! skin, they don't feel it`, `Gypsies don't love their children the way we do`, `Цыгане не
//! чувствуют боли`, `Чеченцы не умеют любить`, `Suriyeliler acı hissetmez`, `Çingeneler
//! çocuklarını sevmez` (`have no feelings`, `у мигрантов нет никаких чувств`, `Kürtlerin
//! duyguları yoktur`: what a group is said to lack, read with its morals). Not a group's
//! safety or rights (`Those people don't feel safe walking home at night`, `Цыгане не
//! чувствуют себя в безопасности`), nor a game lost (`Чеченцы не умеют проигрывать`).

use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon};

/// What a group is said not to feel: `pain`, `anything`, `it`.
static FELT: Lexicon = Lexicon::new("pain anything it remorse empathy");

/// What a group is said not to have: `feelings`, `emotions`, `souls`.
static HEARTS: Lexicon = Lexicon::new("feelings emotions souls soul empathy hearts");

/// Whom a group is said not to love: `their children`, `своих детей`.
static OWN_PEOPLE: Lexicon = Lexicon::new(
    "children kids families wives mothers babies детей семьи жен матерей cocuklarini ailelerini \
     annelerini",
);

/// What a group is said unable to do, in Russian: `любить`, `сочувствовать`.
static UNABLE_RU: Lexicon = Lexicon::new("любить сочувствовать чувствовать жалеть сопереживать");

impl Clause<'_> {
    /// The group from `i` to `end` said to feel nothing (see the module's note).
    pub(super) fn feelings_denied(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        let found = |to: usize| Some((HateKind::Dehumanisation, i, to));
        // `... do not feel pain`, `... never feel anything`, `... cannot love their children`.
        let not = end + usize::from(self.is(end, &["just", "simply", "really"]));
        let verb = if self.seq(not, &["do", "not"]) || self.seq(not, &["can", "not"]) {
            not + 2
        } else if self.is(not, &["never", "cannot"]) {
            not + 1
        } else {
            0
        };
        if verb > 0 {
            if self.at(verb) == "feel" && self.is(verb + 1, &FELT) {
                return found(verb + 2);
            }
            let theirs = verb + 1 + usize::from(self.at(verb + 1) == "their");
            if self.at(verb) == "love" && self.is(theirs, &OWN_PEOPLE) {
                return found(theirs + 1);
            }
            if self.at(verb) == "have" && self.is(verb + 1, &HEARTS) {
                return found(verb + 2);
            }
        }
        // `Цыгане не чувствуют боли` ("Gypsies feel no pain"), `... не умеют любить` ("...
        // cannot love"), `... не любят своих детей` ("... do not love their children").
        if self.at(end) == "не" {
            let verb = end + 1;
            if self.at(verb) == "чувствуют" && self.is(verb + 1, &["боли", "ничего"])
            {
                return found(verb + 2);
            }
            if self.is(verb, &["умеют", "способны"]) && self.is(verb + 1, &UNABLE_RU) {
                return found(verb + 2);
            }
            let theirs = verb + 1 + usize::from(self.is(verb + 1, &["своих", "собственных"]));
            if self.at(verb) == "любят" && self.is(theirs, &OWN_PEOPLE) {
                return found(theirs + 1);
            }
        }
        // `Suriyeliler acı hissetmez`, `Çingeneler çocuklarını sevmez`, `... sevmeyi bilmez`.
        let felt = ["hissetmez", "hissetmezler", "hissetmiyor", "hissetmiyorlar"];
        if self.at(end) == "aci" && self.is(end + 1, &felt) {
            return found(end + 2);
        }
        let loved = ["sevmez", "sevmezler", "sevmiyor", "sevmiyorlar"];
        if self.is(end, &OWN_PEOPLE) && self.is(end + 1, &loved) {
            return found(end + 2);
        }
        (self.at(end) == "sevmeyi" && self.is(end + 1, &["bilmez", "bilmezler"])).then_some((
            HateKind::Dehumanisation,
            i,
            end + 2,
        ))
    }
}
