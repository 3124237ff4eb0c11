//! The reader's looks mocked: `a face that could stop clocks`, `dressed like a clown`, `your
//! partner must be blind`.

use super::PEOPLE;
use crate::rules::clauses::{Clause, Lexicon};

/// What a reader is said to look like or be: `you're so ugly`.
pub(super) static UGLY: Lexicon =
    Lexicon::new("ugly hideous repulsive disgusting revolting vile gross");

/// What a face does, in `your face could curdle milk`.
static FACE_DOES: Lexicon = Lexicon::new("curdle stop crack sink scare frighten break melt");

impl Clause<'_> {
    /// `you dress like a hooker`, `you look like a cheap whore` (not `she dressed like a
    /// hooker for the film role`).
    pub(super) fn dressed_like(&self, i: usize) -> Option<usize> {
        let hooker = ["hooker", "prostitute", "whore", "streetwalker"];
        if !self.is(i, &hooker) || i < 4 {
            return None;
        }
        let cheap = usize::from(self.is(i - 1, &["cheap", "common", "street"]));
        let like = i - 2 - cheap;
        // (To the clause's end: `... for someone who claims to be a journalist` is no report.)
        (self.seq(like, &["like", "a"])
            && self.is(like - 1, &["dress", "look", "dresses", "looks"])
            && self.is(like - 2, &["you", "u"]))
        .then(|| self.len())
    }

    /// `your face could curdle milk`, `a face that could stop a clock`.
    /// (And `you've got a face like a bulldog chewing a wasp`, the stock likenesses.)
    pub(super) fn face_that_stops_clocks(&self, i: usize) -> Option<usize> {
        // `Imagine being this ugly and still turning the camera on` (not `imagine being this
        // tired and still going to work`).
        if self.seq(i, &["imagine", "being"])
            && self.is(i + 2, &["this", "that", "so"])
            && self.is(i + 3, &UGLY)
        {
            return Some(i + 4);
        }
        // `That reporter has a face only a mother could love`, of someone (not of a building,
        // nor `..., my gran used to say about me`).
        if self.seq(i, &["face", "only", "a", "mother", "could", "love"])
            && self.aimed_in(0..i)
            && !self.any_in(i + 6..self.len(), &["me", "myself"])
        {
            return Some(i + 6);
        }
        // `You'd look great in a burka, at least we wouldn't have to see your face`: the
        // reader's face better covered, by a burka or a bag (not `now you've moved, at least
        // we won't have to see your face on the bus`).
        if self.at(i) == "face"
            && i >= 5
            && self.seq(i - 4, &["have", "to", "see", "your"])
            && self.any_in(i.saturating_sub(7)..i - 4, &["not"])
        {
            let covered = self.words_back_from(i).take(16).any(|w| {
                matches!(
                    w,
                    "burka" | "burqa" | "niqab" | "bag" | "mask" | "veil" | "balaclava"
                )
            });
            if covered {
                return Some(i + 1);
            }
        }
        let likened = [
            "bulldog", "slapped", "smacked", "dropped", "bag", "melted", "wet",
        ];
        // `imagine having a face like that and still going on camera` (not `imagine having
        // a face like that, she could model`).
        if self.seq(i, &["face", "like", "that", "and", "still"])
            && i >= 2
            && self.seq(i - 2, &["having", "a"])
            && self.any_in(0..i, &["imagine"])
        {
            return Some(i + 5);
        }
        if self.seq(i, &["face", "like", "a"]) && self.is(i + 3, &likened) {
            return self.aimed_in(0..i).then(|| (i + 5).min(self.len()));
        }
        // `your face is a crime against humanity`.
        if self.seq(i, &["face", "is", "a", "crime"]) && self.is(i.wrapping_sub(1), &["your", "ur"])
        {
            return Some(i + 4);
        }
        // `your face makes me want to throw up` (not `the smell makes me want to throw up`).
        if self.seq(i, &["face", "makes", "me"]) && self.is(i.wrapping_sub(1), &["your", "ur"]) {
            let want = i + 3 + 2 * usize::from(self.seq(i + 3, &["want", "to"]));
            let sick = self.seq(want, &["throw", "up"])
                || self.is(want, &["puke", "vomit", "spew", "heave", "gag", "retch"]);
            if sick {
                return Some(want + 1 + usize::from(self.at(want) == "throw"));
            }
        }
        // `your face could make an onion cry` (not `onions make me cry`).
        if self.seq(i, &["face", "could", "make", "an", "onion", "cry"])
            && self.is(i.wrapping_sub(1), &["your", "ur"])
        {
            return Some(i + 6);
        }
        // `shame about your face though, it could curdle milk`: the face, then `it` (not `your
        // face cream, it could curdle in this heat`: the face closes its phrase).
        if self.at(i) == "face" && self.is(i.wrapping_sub(1), &["your", "ur"]) {
            let k = i + 1 + usize::from(self.is(i + 1, &["though", "tho", "however", "sadly"]));
            if self.phrase_ends_before(k)
                && self.at(k) == "it"
                && self.is(k + 1, &["could", "would"])
                && self.is(k + 2, &FACE_DOES)
            {
                return Some((k + 4).min(self.len()));
            }
        }
        if !self.is(i, &["face"]) || !self.is(i + 1, &["could", "would", "can", "that"]) {
            return None;
        }
        let k = i + 2 + usize::from(self.is(i + 2, &["could", "would", "can"]));
        (self.is(k, &FACE_DOES)
            && self.any_in(i.saturating_sub(3)..i, &["your", "ur", "his", "her", "a"]))
        .then(|| (k + 3).min(self.len()))
    }

    /// `her face is proof that God has a sense of humour` (not `... proof that the surgeon
    /// was skilled`).
    pub(super) fn gods_joke(&self, i: usize) -> Option<usize> {
        let joke = self.is(i, &["humour", "humor"])
            && i >= 5
            && self.seq(i - 5, &["god", "has", "a", "sense", "of"]);
        let face = (i.saturating_sub(10)..i.saturating_sub(5)).any(|k| {
            self.at(k) == "face" && self.is(k + 1, &["is"]) && self.seq(k + 2, &["proof", "that"])
        });
        (joke && face).then_some(i + 1)
    }

    /// `someone with your looks should stick to radio`, `you have a face for radio`: the
    /// reader's looks fit to be heard, not seen (not `she has a great voice for radio`).
    pub(super) fn face_for_radio(&self, i: usize) -> Option<usize> {
        if self.at(i) != "radio" {
            return None;
        }
        let stick_to = i >= 2 && self.seq(i - 2, &["stick", "to"]);
        let a_face_for = i >= 3
            && (self.seq(i - 3, &["a", "face", "for"]) || self.seq(i - 3, &["a", "body", "for"]));
        // (`That reporter has ... a body for radio`: someone named, as the reader is.)
        let your_looks = (i.saturating_sub(8)..i).any(|k| {
            self.is(k, &["your", "ur", "you"]) && self.is(k + 1, &["looks", "face", "have"])
        }) || (i.saturating_sub(12)..i)
            .any(|k| self.aimed_in(k..k + 1) && self.at(k + 1) == "has");
        ((stick_to || a_face_for) && your_looks).then_some(i + 1)
    }

    /// `your husband must be deaf, blind, or desperate`: only a defect would explain the
    /// reader's partner (not `your husband must be proud`).
    pub(super) fn partner_must_be(&self, i: usize) -> Option<usize> {
        let partner = ["husband", "wife", "boyfriend", "girlfriend", "partner"];
        // `your husband must be a saint or deaf, probably both`.
        if self.at(i) == "your"
            && self.is(i + 1, &partner)
            && self.seq(i + 2, &["must", "be", "a", "saint", "or"])
        {
            let defect = self.first_in(i + 7..i + 9, &["blind", "deaf", "desperate", "mad"])?;
            return Some(defect + 1);
        }
        // `her husband should keep her on a shorter leash`.
        if self.is(i, &["her", "your"])
            && self.is(i + 1, &partner)
            && self.seq(i + 2, &["should", "keep"])
        {
            return self.first_in(i + 4..i + 9, &["leash"]).map(|k| k + 1);
        }
        // `I bet your husband cheats on you, and who could blame him`.
        let cheats = self.at(i) == "your"
            && self.is(i + 1, &partner)
            && self.is(i + 2, &["cheats", "cheated", "left", "dumped"]);
        if cheats {
            let blame = (i + 3..i + 12).find(|&k| {
                self.at(k) == "who"
                    && self.is(k + 1, &["could", "can"])
                    && self.at(k + 2) == "blame"
            })?;
            return Some((blame + 4).min(self.len()));
        }
        (self.at(i) == "your"
            && self.is(i + 1, &partner)
            && self.seq(i + 2, &["must", "be"])
            && self.is(i + 4, &["blind", "deaf", "desperate"]))
        .then_some(i + 5)
    }

    /// `your spelling is as bad as your face`: the reader's looks made a byword of badness.
    pub(super) fn as_bad_as_your_face(&self, i: usize) -> Option<usize> {
        (self.at(i) == "as"
            && self.is(i + 1, &["bad", "ugly", "awful", "terrible", "hideous"])
            && self.seq(i + 2, &["as", "your", "face"]))
        .then_some(i + 5)
    }

    /// `you're so ugly it hurts`, `you are disgusting`, `you're so fat the chair complains`;
    /// not `the building is ugly`, `you are so fat-phobic`.
    pub(super) fn ugly(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["you", "are"]) {
            return None;
        }
        // (`you're the kind of ugly that makes babies cry`.)
        let mut k = i + 2 + 3 * usize::from(self.seq(i + 2, &["the", "kind", "of"]));
        while self.is(
            k,
            &[
                "so",
                "really",
                "truly",
                "just",
                "such",
                "an",
                "a",
                "absolutely",
            ],
        ) {
            k += 1;
        }
        let fat = self.at(k) == "fat"
            && self.at(k - 1) == "so"
            && !self.is(k + 1, &["free", "shaming", "phobic"]);
        ((self.is(k, &UGLY) || fat) && !self.is(k + 1, &["to", "for"])).then_some(k + 1)
    }

    /// `the fat ugly presenter`, `that hideous woman`: a person's looks scorned before their
    /// name; not `an ugly building`, `the fat cat bankers`.
    pub(super) fn ugly_person(&self, i: usize) -> Option<usize> {
        if !self.is(i, &UGLY) {
            return None;
        }
        let mut k = i + 1;
        while k < i + 3 && (self.is(k, &UGLY) || self.is(k, &["fat", "old"])) {
            k += 1;
        }
        (self.is(k, &*PEOPLE) || self.is(k, &["cow", "hag"])).then_some(k + 1)
    }

    /// `Ты такая жирная, что тебя никто не полюбит`, `Тебя с таким лицом никто замуж не
    /// возьмёт`, `O çirkin suratını kimse görmek istemiyor`, `Seni kim sevsin ki bu suratla?`:
    /// the reader told no one will love or look at them for their looks (not `Ты такая добрая,
    /// что тебя все полюбят`, `Seni kim sevmez ki bu gülüşle?`).
    pub(super) fn unloved_for_looks_ru_tr(&self, i: usize) -> Option<usize> {
        let looks = [
            "жирная",
            "жирный",
            "толстая",
            "толстый",
            "страшная",
            "страшный",
            "уродина",
            "уродливая",
            "лицом",
            "рожей",
            "мордой",
            "cirkin",
            "sisman",
            "suratini",
            "suratin",
            "suratla",
            "suratinla",
            "kiloyla",
        ];
        if !self.any_in(0..self.len(), &looks) {
            return None;
        }
        let unloved = match self.at(i) {
            "никто" => {
                let not = i + 1 + usize::from(self.at(i + 1) == "замуж");
                self.at(not) == "не"
                    && self.is(not + 1, &["полюбит", "возьмет", "посмотрит", "захочет"])
                    && self.any_in(0..self.len(), &["тебя", "ты", "тебе"])
            }
            "kimse" => self.any_in(
                i + 1..i + 4,
                &["sevmez", "istemiyor", "istemez", "bakmaz", "sevmeyecek"],
            ),
            "kim" => {
                self.is(i + 1, &["sevsin", "sever", "bakar", "bakmak", "evlenir"])
                    && self.any_in(0..self.len(), &["seni", "sana"])
            }
            _ => false,
        };
        unloved.then_some(self.len())
    }
}
