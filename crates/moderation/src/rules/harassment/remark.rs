//! Remarks on a body: one that opens its clause and ends it, or turns to its person (`nice
//! tits`, `nice rack, lady`, `hey sexy`), or says whose body it is (`she has a great ass`,
//! `your tits are amazing`); not `great tits nest in old trees`.

use super::{BODY, CLOTHES, PERSONS, ROLES};
use crate::rules::clauses::{Clause, Lexicon};

/// What is said of them (`nice`, `great`).
static ADMIRING: Lexicon = Lexicon::new(
    "nice great sexy hot lovely big huge juicy perfect fine phat amazing gorgeous tasty \
     классные клевые шикарные аппетитные большие классная клевая шикарная аппетитная guzel \
     harika muhtesem buyuk",
);

/// What may open a remark's clause before it: `hey`, `wow`, `mmm`.
static BEFORE_REMARK: Lexicon = Lexicon::new("hey hi hello yo oh ooh wow damn mmm mm what such");

/// What follows a remark turned to its person: how they are called (`lady`), or what they
/// are asked or told next (`show us more`, `can i`).
static AFTER_REMARK: Lexicon = Lexicon::new(
    "lady ladies girl girls baby babe honey sweetie sweetheart darling love miss doll hun \
     mama sexy show send let can could wanna dm i you shame покажи покажите скинь biraz goster \
     gostersene",
);

impl Clause<'_> {
    /// `nice tits`, `nice rack, lady`, `hey sexy`, `she has a great ass`, `your tits are
    /// amazing`: the end of the remark at `i`.
    pub(super) fn remark(&self, i: usize) -> Option<usize> {
        // `The weather girl should do the forecast naked, ratings would triple`: a woman at
        // work told to do it undressed (not `the anchor should present the naked truth`, nor
        // `... visible to the naked eye`).
        if self.is(i, &["naked", "topless", "nude"])
            && !self.is(
                i + 1,
                &["truth", "eye", "eyes", "ambition", "aggression", "flame"],
            )
        {
            let should = (i.saturating_sub(6)..i).find(|&k| self.is(k, &["should", "ought"]));
            if should.is_some_and(|k| self.any_in(k.saturating_sub(3)..k, &ROLES)) {
                return Some(i + 1);
            }
        }
        // `Feminists like her just need a good seeing-to` (not `the boiler needs a good seeing
        // to`, said of no one).
        if self.seq(i, &["a", "good", "seeing", "to"])
            && i >= 1
            && self.is(i - 1, &["need", "needs", "wants", "want"])
            && (self.any_in(0..i, &PERSONS)
                || self.any_in(0..i, &["she", "he", "feminists", "women"]))
        {
            return Some(i + 4);
        }
        // `Women who wear skirts that short are asking for it`: blame laid on a woman's clothes
        // (not `shops that open on Christmas Day are asking for it`).
        if self.closes_with(i, &["asking", "for", "it"])
            && self.any_in(0..i, &["wear", "wears", "wearing", "dress", "dresses"])
            && self.any_in(0..i, &["women", "girls", "she", "woman", "girl"])
        {
            return Some(i + 3);
        }
        // `You're only on telly because the producer likes what's under your blouse` (not
        // `what's under your bed, the dust?`).
        if self.at(i) == "under"
            && self.any_in(i.saturating_sub(2)..i, &["what"])
            && self.is(i + 1, &["your", "ur", "her"])
            && self.is(i + 2, &CLOTHES)
            && self.any_in(0..i, &["likes", "like", "loves", "love", "wants", "want"])
        {
            return Some(i + 3);
        }
        // `Gamer girls only get followers by showing cleavage` (not `the dress shows a lot of
        // cleavage`).
        if self.seq(i, &["by", "showing"])
            && self.is(i + 2, &["cleavage", "tits", "boobs", "skin", "flesh"])
            && self.any_in(0..i, &["girls", "women", "she", "her", "they"])
            && self.any_in(0..i, &["only", "just"])
        {
            return Some(i + 3);
        }
        // `Tell the author I'm thinking about her tonight, in detail.`
        if self.seq(i, &["thinking", "about"])
            && self.is(i + 2, &["her", "you"])
            && self.closes_with(i + 3, &["in", "detail"])
        {
            return Some(self.len());
        }
        // `Sana bir gece göstereyim gerçek erkek nasıl olur` ("let me show you one night what a
        // real man is").
        if self.seq(i, &["gercek", "erkek"])
            && self.any_in(0..i, &["gostereyim", "gosteririm"])
            && self.any_in(0..i, &["sana", "size"])
        {
            return Some(i + 2);
        }
        // `you'd be prettier with your mouth full, love`; `that presenter has a body made for
        // sin` (not `... a voice made for radio`).
        let looks = ["prettier", "hotter", "cuter", "nicer", "better"];
        if self.seq(i, &["with", "your", "mouth", "full"])
            && self.any_in(i.saturating_sub(3)..i, &looks)
        {
            return Some(i + 4);
        }
        if self.seq(i, &["body", "made", "for"])
            && self.is(i + 3, &["sin", "sex", "bed", "sinning"])
        {
            return Some(i + 4);
        }
        let opens = (0..i).all(|k| self.is(k, &BEFORE_REMARK));
        // Ending its clause or turned to its person: `nice tits`, `hey sexy, DM me`; not
        // `great tits nest in holes`, `a nice rack of lamb`, `hey, sexy headlines sell`.
        // (And `nice tits for a journalist`: said of a woman by her trade.)
        let remark_ends = |end: usize| {
            end == self.len()
                || self.is(end, &AFTER_REMARK)
                || self.at(end) == "for"
                    && self.is(end + 1, &["a", "an"])
                    && self.is(end + 2, &ROLES)
        };
        let called = i > 0 && self.is(i - 1, &["hey", "hi", "hello", "yo"]);
        if opens && called && self.is(i, &["sexy", "hottie"]) && remark_ends(i + 1) {
            return Some(i + 1);
        }
        // `hey sugar tits, smile for me`: a woman called by her body.
        if i >= 2
            && self.seq(i - 1, &["sugar", "tits"])
            && self.is(i - 2, &["hey", "hi", "oi", "yo"])
        {
            return Some(i + 1);
        }
        if opens && self.is(i, &ADMIRING) && self.is(i + 1, &BODY) {
            if remark_ends(i + 2) {
                return Some(i + 2);
            }
            // `Классная задница, приходи ко мне в номер вечером`, `Güzel kalça, bu gece odama
            // gel`: a remark on a body, then the reader asked to the writer's room.
            let to_my_room = (i + 2..self.len()).any(|k| {
                self.seq(k, &["приходи", "ко", "мне"]) || self.is(k, &["odama", "odamiza"])
            });
            if to_my_room {
                return Some(self.len());
            }
        }
        // `you have nice tits`, `she's got a great ass`, `that anchor has a nice rack`; not
        // `the shop has a nice rack of dresses`.
        let has = i + 1 + usize::from(self.is(i + 1, &["ve"]));
        if self.is(has, &["have", "has", "got"]) {
            let mut k = has + 1 + usize::from(self.is(has + 1, &["got"]));
            k += usize::from(self.is(k, &["a", "such", "some", "really", "so"]));
            if self.is(k, &ADMIRING) && self.is(k + 1, &BODY) && !self.is(k + 2, &["of"]) {
                return Some(k + 2);
            }
        }
        // `she's only on telly because she's easy on the eyes and easier in the sheets`.
        if self.seq(i, &["in", "the", "sheets"])
            && i > 0
            && self.is(i - 1, &["easy", "easier", "good", "better", "great"])
            && self.any_in(0..i, &["she", "you", "her"])
        {
            return Some(i + 3);
        }
        // `your tits are amazing`.
        if self.is(i, &["your", "her"]) && self.is(i + 1, &BODY) {
            let k = i + 2;
            if self.is(k, &["are", "is", "look", "looks"]) && self.is(k + 1, &ADMIRING) {
                return Some(k + 2);
            }
        }
        None
    }
}
