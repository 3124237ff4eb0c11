//! The reader pictured undressed or in the writer's bed, her body or her mouth imagined
//! (`bet you look even better with nothing on`, `you'd look better naked in my bed`, `what
//! else she can do with her mouth`), in English, Russian and Turkish.

use super::{PERSONS, PET_NAMES, ROLES};
use crate::rules::clauses::{Clause, HINTED};

impl Clause<'_> {
    /// `Bet you look even better with nothing on.`, `Спорим, без одежды ты выглядишь ещё
    /// лучше.`, `Bahse girerim çıplakken daha da güzelsin.`: the reader pictured undressed,
    /// and the better for it (not `you look better with nothing on your mind`, nor `без
    /// одежды ты замёрзнешь`, "you'll freeze without clothes").
    pub(super) fn better_undressed(&self, i: usize) -> Option<usize> {
        if self.seq(i, &["with", "nothing", "on"]) && self.phrase_ends_before(i + 3) {
            let look = (i.saturating_sub(5)..i)
                .find(|&k| self.seq(k, &["you", "look"]))
                .or_else(|| {
                    (i.saturating_sub(5)..i).find(|&k| self.seq(k, &["you", "would", "look"]))
                });
            if look.is_some_and(|k| self.any_in(k..i, &["better", "good", "great", "hot", "sexy"]))
            {
                return Some(i + 3);
            }
        }
        if self.seq(i, &["без", "одежды"]) {
            let looks = ["выглядишь", "выглядела", "смотришься", "смотрелась"];
            let near = self.first_in(i.saturating_sub(4)..i + 6, &looks);
            if near.is_some_and(|k| self.any_in(k.saturating_sub(2)..k + 4, &["лучше", "красивее"]))
            {
                return Some(i + 2);
            }
        }
        if self.is(i, &["ciplakken", "ciplak"]) {
            let finer = ["guzelsin", "guzelsindir", "seksisin", "seksisindir"];
            if let Some(k) = self.first_in(i + 1..i + 4, &finer) {
                return Some(k + 1);
            }
        }
        None
    }

    /// `you'd look better naked in my bed`, `ты бы лучше смотрелась голой в моей постели`,
    /// `yatağımda çıplak daha güzel görünürdün`: the reader pictured naked in the writer's
    /// bed (not `I sleep naked in my bed`, `yatağımda çıplak uyurum`, the writer).
    pub(super) fn naked_in_my_bed(&self, i: usize) -> Option<usize> {
        if self.at(i) == "naked" && self.is(i + 1, &["in", "on"]) && self.at(i + 2) == "my" {
            let you = (i.saturating_sub(5)..i).find(|&k| self.is(k, &["you", "u"]));
            let writer_between = you.is_some_and(|k| self.any_in(k + 1..i, &["i", "me"]));
            if self.is(i + 3, &["bed", "bedroom"]) && you.is_some() && !writer_between {
                return Some(i + 4);
            }
        }
        let naked_ru = [
            "голой",
            "голым",
            "голая",
            "голенькой",
            "обнаженной",
            "раздетой",
        ];
        if self.is(i, &naked_ru)
            && self.is(i + 1, &["в", "на"])
            && self.at(i + 2) == "моей"
            && self.is(i + 3, &["постели", "кровати", "спальне"])
            && self.any_in(0..self.len(), &["ты", "тебя", "вас"])
        {
            return Some(i + 4);
        }
        // (Turkish says who by the verb's ending: `görünürdün`, `olsan`, `yatsan`; not `dün`,
        // "yesterday".)
        let yours = |k: usize| {
            let w = self.at(k);
            w.len() > 4
                && ["dun", "din", "san", "sen", "sin", "sun"]
                    .iter()
                    .any(|end| w.ends_with(end))
        };
        if self.at(i) == "yatagimda"
            && self.any_in(i + 1..(i + 3).min(self.len()), &["ciplak"])
            && (i + 1..self.len()).any(|k| self.is(k, &["sen", "seni"]) || yours(k))
        {
            return Some(self.len());
        }
        None
    }

    /// The reader's body pictured or asked after: `I'll show her what her mouth is really for`,
    /// `bet you'd look fit tied to my bed`, `do you moan like that in bed too`, `on your knees in
    /// front of me`, `what's your bra size, love?`.
    pub(super) fn body_pictured(&self, i: usize) -> Option<usize> {
        // `I'll show her what her mouth is really for`, `... what your mouth is good for`.
        if self.at(i) == "show"
            && self.is(i + 1, &["you", "her", "him", "u"])
            && self.at(i + 2) == "what"
            && self.is(i + 3, &["your", "her", "his", "ur"])
            && self.seq(i + 4, &["mouth", "is"])
        {
            let made = i + 6 + usize::from(self.is(i + 6, &["really", "actually", "good", "made"]));
            if self.at(made) == "for" {
                return Some(made + 1);
            }
        }
        // `bet you'd look fit tied to my bed, sweetheart`: the reader pictured bound in the
        // writer's bed (not `the boat was tied to my dock`).
        if self.at(i) == "tied"
            && self.seq(i + 1, &["to", "my"])
            && self.is(i + 3, &["bed", "bedpost", "headboard"])
            && self.any_in(i.saturating_sub(6)..i, &PERSONS)
        {
            return Some(i + 4);
        }
        // `do you moan like that in bed too, sweetheart?`; `bet you moan loud when your boss
        // bends you over the desk` (not `you moan when your boss sets the rota`).
        if self.at(i) == "you" && self.is(i + 1, &["moan", "scream"]) {
            let bed = (i + 2..i + 6).find(|&k| self.seq(k, &["in", "bed"]));
            if let Some(k) = bed {
                return Some(k + 2);
            }
            let bent = (i + 2..i + 9).find(|&k| {
                self.is(k, &["bends", "bend", "bent"])
                    && self.is(k + 1, &["you", "u"])
                    && self.at(k + 2) == "over"
            });
            if let Some(k) = bent {
                return Some(k + 3);
            }
        }
        // `I'd pay good money to see you on your knees in front of me` (not `you'll be on your
        // knees in front of the altar`).
        if self.seq(i, &["on", "your", "knees"])
            && (self.seq(i + 3, &["in", "front", "of", "me"]) || self.seq(i + 3, &["before", "me"]))
        {
            return Some(i + 3 + if self.at(i + 3) == "in" { 4 } else { 2 });
        }
        // `you should be on your knees, not behind a keyboard` (not `you should be on your
        // knees weeding, not behind a desk all day`: what the knees are for, said).
        if self.seq(i, &["on", "your", "knees"])
            && i >= 2
            && self.seq(i - 2, &["should", "be"])
            && self.at(i + 3) == "not"
            && self.is(i + 4, &["behind", "at"])
        {
            let desk = i + 5 + usize::from(self.is(i + 5, &["a", "the", "your"]));
            if self.is(
                desk,
                &["keyboard", "desk", "laptop", "computer", "microphone"],
            ) {
                return Some(desk + 1);
            }
        }
        // `I'd bend the weather presenter over the desk` (not `bend the pipe over the edge`):
        // a person bent over, by the writer.
        if self.at(i) == "bend" && i >= 2 && self.seq(i - 2, &["i", "would"]) {
            let person = i + 1 + usize::from(self.is(i + 1, &["the", "that", "this"]));
            let over = (person..person + 4).find(|&k| self.at(k) == "over");
            let bent = over.filter(|&k| {
                (person..k).any(|p| self.is(p, &ROLES) || self.is(p, &["her", "you", "him"]))
            });
            if let Some(k) = bent {
                let desk = k + 1 + usize::from(self.is(k + 1, &["the", "my", "a", "her", "your"]));
                if self.is(desk, &["desk", "table", "knee", "bonnet", "sofa", "bed"]) {
                    return Some(desk + 1);
                }
            }
        }
        // `that skirt in your byline photo says you want it`: what a woman wears read as
        // consent (not `that skirt says you want it warm, wear tights`).
        if self.seq(i, &["says", "you", "want", "it"])
            && i + 4 == self.len()
            && self.any_in(
                i.saturating_sub(8)..i,
                &["skirt", "dress", "outfit", "lipstick", "top"],
            )
        {
            return Some(i + 4);
        }
        // `send me your number, sweetie, I'll review more than your article`: a pet name, then
        // more than the reader's work (not `I'll review more than your article: the whole
        // series`, said to no pet name).
        if self.seq(i, &["more", "than", "your"])
            && self.is(
                i + 3,
                &["article", "column", "piece", "work", "writing", "story"],
            )
            && self.any_in(0..i, &["i", "we"])
            && (self.any_in(0..i, &PET_NAMES)
                || self.words_before().take(4).any(|w| PET_NAMES.contains(w)))
        {
            return Some(i + 4);
        }
        // `what's your bra size, love?`: the reader's underwear asked after (`what's` is read
        // `what`, the possessive's `s` dropped).
        let your = i + 1 + usize::from(self.at(i + 1) == "is");
        if self.at(i) == "what"
            && self.at(your) == "your"
            && self.is(your + 1, &["bra", "cup", "knicker", "panty"])
            && self.at(your + 2) == "size"
        {
            return Some(your + 3);
        }
        None
    }

    /// Innuendo on the reader's mouth and clothes: `a proper interview, if you know what I mean`,
    /// `ur mouth would be better used for something else`, `what else she can do with her mouth`,
    /// `bet you look better without the clothes`, a gag.
    pub(super) fn mouth_and_clothes(&self, i: usize) -> Option<usize> {
        // `come round mine and I'll give you a proper interview, if you know what I mean`: an
        // invitation home, hinted at (not `come round to the studio on Friday`).
        if i == 0
            && self.closes_with(i + 3, HINTED)
            && (self.seq(i, &["come", "round", "mine"])
                || self.seq(i, &["come", "to", "my", "place"]))
        {
            return Some(self.len());
        }
        // `ur mouth would be better used for something else luv`.
        if self.at(i) == "mouth"
            && i > 0
            && self.is(i - 1, &["your", "her"])
            && (self.seq(i + 1, &["would", "be", "better", "used", "for"])
                || self.seq(i + 1, &["is", "better", "used", "for"]))
        {
            let used = i + if self.at(i + 1) == "would" { 6 } else { 5 };
            // (`Your mouth is better used for something other than talking.`)
            if self.seq(used, &["something", "else"]) {
                return Some(used + 2);
            }
            if self.seq(used, &["something", "other", "than"]) {
                return Some(used + 3);
            }
        }
        // `I'd like to see what else she can do with her mouth` (not `... what else the
        // choir can do with its voices`).
        if self.at(i) == "mouth" && i >= 7 && self.is(i - 1, &["your", "her", "his"]) {
            let what = i - 7;
            if self.seq(what, &["what", "else"])
                && self.is(what + 2, &["she", "you", "he", "u"])
                && self.is(what + 3, &["can", "could"])
                && self.seq(what + 4, &["do", "with"])
            {
                return Some(i + 1);
            }
        }
        // `that reporter's mouth is good for one thing only`.
        if self.at(i) == "mouth"
            && (self.seq(i + 1, &["is", "good", "for", "one", "thing"])
                || self.seq(i + 1, &["is", "only", "good", "for", "one", "thing"]))
        {
            return Some(i + 6);
        }
        // `bet you look better without the clothes`.
        if self.seq(i, &["look", "better", "without"])
            && i > 0
            && self.is(i - 1, &["you", "u", "she", "her"])
        {
            let clothes = i + 3 + usize::from(self.is(i + 3, &["the", "your", "her", "those"]));
            if self.is(clothes, &["clothes", "clothing", "bikini", "bra", "dress"]) {
                return Some(clothes + 1);
            }
        }
        if self.seq(i, &["sit", "on", "my", "face"]) && self.opens_request(i) {
            return Some(i + 4);
        }
        // `Сядь мне на лицо, потом обсудим политику`, `Yüzüme otur da siyaset konuşalım`.
        if self.is(i, &["сядь", "садись", "присядь"])
            && self.opens_request(i)
            && (self.seq(i + 1, &["мне", "на", "лицо"]) || self.seq(i + 1, &["на", "мое", "лицо"]))
        {
            return Some(i + 4);
        }
        if self.at(i) == "yuzume"
            && self.is(i + 1, &["otur", "otursana", "oturur", "otursan"])
            && self.opens_request(i)
        {
            return Some(i + 2);
        }
        // `bet she'd be a lot less mouthy with a gag in` (not `a running gag in the show`).
        if self.seq(i, &["with", "a", "gag"])
            && (i + 3 == self.len() || self.at(i + 3) == "in" && i + 4 == self.len())
            && self.any_in(0..i, &["she", "you", "her"])
        {
            return Some(self.len());
        }
        None
    }
}
