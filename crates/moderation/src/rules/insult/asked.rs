//! The reader's wits doubted in a question, in English, Russian and Turkish: `who let you
//! near a keyboard?`, `is reading too hard for you?`, `did your mother have any children that
//! lived?`, `how do you tie your own shoelaces?`, `ты вообще умеешь читать?`, `okuma yazma
//! biliyor musun?`, `bu kafayla nasıl gazeteci oldun?`. Each asks after the reader, not after
//! a cat on the keyboard, a child learning to swim or a reporter's experience.

use crate::rules::clauses::{Clause, Lexicon};

/// What a writer is said to have been let near: `who let you near a keyboard?`.
pub(super) static KEYBOARDS: Lexicon =
    Lexicon::new("keyboard keyboards typewriter клавиатуре клавиатуру клавиатура klavyeyi klavye");

/// What the reader is asked if they can do at all: `ты вообще умеешь читать?`.
static READ_WRITE_RU: Lexicon = Lexicon::new("читать писать думать считать");

/// The reader's trade, in `bu kafayla nasıl gazeteci oldun?`.
static TRADES_TR: Lexicon = Lexicon::new("gazeteci yazar muhabir editor kose yazari");

impl Clause<'_> {
    /// `Who let you anywhere near a keyboard?`, `Кто тебя пустил к клавиатуре?`, `Sana
    /// klavyeyi kim verdi?`: the reader asked who let them write (not `who let the cat near
    /// the keyboard?`).
    pub(super) fn near_a_keyboard(&self, i: usize) -> Option<usize> {
        // (The keyboard closing its phrase: not `who gave you the keyboard shortcut?`.)
        let keyboard = |range: std::ops::Range<usize>| {
            self.first_in(range, &KEYBOARDS)
                .filter(|&k| self.phrase_ends_before(k + 1))
        };
        let let_in_ru = ["пустил", "подпустил", "допустил", "дал", "пустили", "дали"];
        match self.at(i) {
            "who"
                if self.is(i + 1, &["let", "lets", "allowed", "gave"])
                    && self.at(i + 2) == "you" =>
            {
                keyboard(i + 3..i + 7).map(|k| k + 1)
            }
            "кто" if self.is(i + 1, &["тебя", "тебе"]) && self.is(i + 2, &let_in_ru) => {
                keyboard(i + 3..i + 5).map(|k| k + 1)
            }
            "kim" if self.is(i + 1, &["verdi", "oturttu", "birakti"]) => {
                let yours = self.any_in(0..i, &["sana", "seni"]);
                (yours && self.any_in(0..i, &KEYBOARDS)).then_some(i + 2)
            }
            _ => None,
        }
    }

    /// `Is reading too hard for you?`, `... or is thinking too difficult for you?` (not `is
    /// reading too hard for you on a screen?`, which asks after the reader's eyes).
    pub(super) fn too_hard_for_you(&self, i: usize) -> Option<usize> {
        let done = ["reading", "writing", "thinking", "spelling", "counting"];
        let asked = i >= 1 && self.at(i - 1) == "is" && self.is(i, &done);
        let hard = self.at(i + 1) == "too" && self.is(i + 2, &["hard", "difficult"]);
        let end = i + 5;
        (asked && hard && self.seq(i + 3, &["for", "you"]) && end == self.len()).then_some(end)
    }

    /// `Did your mother have any children that lived?` (not `did your mother have any other
    /// children?`).
    pub(super) fn children_that_lived(&self, i: usize) -> Option<usize> {
        let lived = self.is(i, &["lived", "survived"])
            && i >= 2
            && self.at(i - 2) == "children"
            && self.is(i - 1, &["that", "who"]);
        let kin = self.any_in(0..i, &["mother", "mum", "mom", "parents"]);
        (lived && kin && self.any_in(0..i, &["your", "ur"])).then_some(i + 1)
    }

    /// `How do you manage to tie your own shoelaces?`, `How do you remember to breathe?`:
    /// the reader asked how they manage what anyone can (not `how do you tie a bowline?`).
    pub(super) fn tie_your_shoelaces(&self, i: usize) -> Option<usize> {
        let how = (0..i).any(|k| self.seq(k, &["how", "do", "you"]));
        if !how {
            return None;
        }
        if self.is(i, &["shoelaces", "laces", "shoes"]) {
            let own = usize::from(self.at(i - 1) == "own");
            let tied = i >= 2 + own
                && self.is(i - 1 - own, &["your", "ur"])
                && self.at(i - 2 - own) == "tie";
            return tied.then_some(i + 1);
        }
        (self.at(i) == "breathe" && i >= 2 && self.seq(i - 2, &["remember", "to"])).then_some(i + 1)
    }

    /// `Do you practise being this dense, or does it come naturally?` (not `do you practise
    /// being this calm?`).
    pub(super) fn practised_dumb(&self, i: usize) -> Option<usize> {
        let practised = self.is(i, &["practise", "practice", "rehearse", "train"])
            && self.at(i + 1) == "being"
            && self.is(i + 2, &["this", "that", "so"]);
        (practised && self.is(i + 3, &super::DUMB)).then_some(i + 4)
    }

    /// `Ты вообще умеешь читать?`, `..., или за тебя мама пишет?`: the reader asked if they can
    /// read or write at all (not `ты вообще умеешь плавать?`, nor `... писать код?`).
    pub(super) fn can_you_read_ru(&self, i: usize) -> Option<usize> {
        let can = self.at(i) == "умеешь"
            && self.said_back(i, 3, &["вообще"])
            && self.is(i + 1, &READ_WRITE_RU);
        let end = i + 2;
        (can && (end == self.len() || self.at(end) == "или")).then_some(end)
    }

    /// `Sen okuma yazma biliyor musun?` ("do you know how to read and write?"), `Bu kafayla
    /// nasıl gazeteci oldun?` ("with this head, how did you become a journalist?"; not `bu
    /// tecrübeyle ...`, "with this experience").
    pub(super) fn can_you_read_tr(&self, i: usize) -> Option<usize> {
        if self.seq(i, &["okuma", "yazma", "biliyor"]) && self.is(i + 3, &["musun", "musunuz"]) {
            return Some(i + 4);
        }
        let head = self.at(i) == "kafayla" && i >= 1 && self.is(i - 1, &["bu", "o"]);
        let made_a = self.at(i + 1) == "nasil"
            && (i + 2..i + 5).any(|k| self.is(k, &["oldun", "olmussun", "oldunuz"]))
            && self.any_in(i + 2..i + 4, &TRADES_TR);
        (head && made_a).then(|| self.len())
    }
}
