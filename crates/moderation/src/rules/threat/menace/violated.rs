//! Sexual violence wished on, promised to or said to be deserved by the reader or a woman, in
//! English, Russian and Turkish (`I hope she gets raped`, `Someone should rape some sense into
//! her`, `Надеюсь, тебя изнасилуют`, `Таких журналисток надо пускать по кругу`, `Umarım
//! tecavüze uğrarsın`). The same words in news and care are not read: `I hope the man who
//! raped her gets life`, `Rape survivors deserve to be believed`, `Надеюсь, насильника
//! посадят`, `Tecavüz mağdurlarına destek olmalıyız`.

use crate::rules::clauses::{Clause, Lexicon};

/// Who is wished or promised the violence: the reader, a woman, their people.
static VICTIMS: Lexicon = Lexicon::new(
    "you she her your u ya women woman girls daughter daughters wife mother sister journalist \
     reporter writer",
);

/// What says the violence is wished, foretold or deserved, before it: `I hope`, `she
/// deserves`, `you'll`, `someone should`.
static WISHED: Lexicon = Lexicon::new(
    "hope hoping wish deserve deserves deserved should will would need needs going gonna \
     someday day one",
);

/// The Russian forms of `изнасиловать` ("to rape") that promise or wish it.
static RAPED_RU: Lexicon =
    Lexicon::new("изнасилуют изнасилует изнасиловали изнасиловать изнасиловал изнасилуем");

/// What wishes or demands it in Russian: `надеюсь`, `чтоб`, `надо`, `вот ... тогда`.
static WISHED_RU: Lexicon =
    Lexicon::new("надеюсь чтоб чтобы пусть надо нужно должны вот скоро когда-нибудь");

/// Whom Russian wishes it on: `тебя`, `её`, `таких`.
static VICTIMS_RU: Lexicon = Lexicon::new("тебя вас ее её таких журналисток журналистку дочь жену");

impl Clause<'_> {
    /// The sexual violence read from its word at `i` (see the module's note): the
    /// end of it.
    pub(super) fn violated_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `I hope she gets raped`, `You'll get raped one day`, `She deserves to be raped`,
            // `Someone should rape some sense into her`; not `the man who raped her`, `rape
            // survivors`.
            "raped" => {
                let passive = i > 0 && self.is(i - 1, &["get", "gets", "be", "getting"]);
                let who = self.any_in(0..i, &VICTIMS);
                let wished = self.any_in(0..i, &WISHED);
                (passive && who && wished && !self.any_in(0..i, &["who", "not", "never"]))
                    .then_some(i + 1)
            }
            "rape" => {
                let will = i > 0 && self.is(i - 1, &["should", "will", "would", "gonna", "to"]);
                let object = self.is(i + 1, &VICTIMS)
                    || self.is(i + 1, &["him", "them"])
                    || self.seq(i + 1, &["some", "sense"]);
                let wished = self.any_in(0..i, &WISHED);
                (will && object && wished && !self.any_in(0..i, &["not", "never"])).then_some(i + 2)
            }
            // `Women like you need a good raping`.
            "raping" if i >= 2 && self.seq(i - 2, &["a", "good"]) => self
                .any_in(0..i, &["need", "needs", "deserve", "deserves"])
                .then_some(i + 1),
            // `Надеюсь, тебя изнасилуют`, `Вот изнасилуют тебя мигранты, тогда поймёшь`; not
            // `её изнасиловали в 2010 году, установил суд` (no wish).
            _ if self.is(i, &RAPED_RU) => {
                let victim = (i.saturating_sub(2)..i + 3).any(|k| self.is(k, &VICTIMS_RU));
                let foretold = self.is(i, &["изнасилуют", "изнасилует", "изнасилуем"]);
                let wished = self.any_in(0..i, &WISHED_RU);
                (victim && (foretold || wished)).then_some(i + 1)
            }
            // `Таких журналисток надо пускать по кругу` ("such journalists should be passed
            // round", gang-raped).
            "кругу" if i >= 2 && self.at(i - 1) == "по" => {
                let passed = self.is(i - 2, &["пускать", "пустить", "пустят", "пустим"]);
                (passed && self.any_in(0..i, &VICTIMS_RU)).then_some(i + 1)
            }
            // `Umarım tecavüze uğrarsın` ("I hope you get raped").
            "tecavuze" if self.at(i + 1).starts_with("ugra") => {
                let suffered = ["ugrarsin", "ugrasin", "ugrarsiniz", "ugrayacaksin", "ugrar"];
                self.is(i + 1, &suffered).then_some(i + 2)
            }
            // `Seni de tecavüz etsinler de gör`, `Bu kadına tecavüz edilmeli`, `kızına tecavüz
            // ederler`; not `tecavüz mağdurlarına destek`.
            "tecavuz" => {
                let done = [
                    "etsinler", "ederler", "edilmeli", "edilsin", "edecegim", "edecegiz", "ederim",
                    "etmeli", "etmek",
                ];
                let whom = ["seni", "sana", "onu", "ona", "kadina", "kizina", "karina"];
                (self.is(i + 1, &done) && self.any_in(i.saturating_sub(3)..i, &whom))
                    .then_some(i + 2)
            }
            _ => None,
        }
    }
}
