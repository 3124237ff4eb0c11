//! The replacement conspiracy in its many phrasings, in English, Russian and Turkish: a people
//! said to be replaced, bred out or taken over by design (`they want to replace us with
//! migrants`, `the globalists want us replaced`, `white genocide`, `every new mosque is a step
//! in the takeover of Europe`, `нас планомерно заменяют мигрантами`, `nüfusumuzu değiştirmek
//! istiyorlar`; `bizi azınlık yapmak istiyorlar` is read with the other conspiracies, in
//! `conspiracy.rs`); not machines that replace a shift, a breed of sheep bred out, or the
//! theory named as a theory.

use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};

/// The people said to be replaced: `replace us`, `replace white people`.
static REPLACED: Lexicon = Lexicon::new("us whites europeans christians natives britons");

/// Who is said to do the replacing, besides a group's name: `the globalists`.
static REPLACERS: Lexicon =
    Lexicon::new("globalists globalist elites electorate soros глобалисты глобалистов элиты");

/// What replaces people that is no people: `the factory wants to replace us with robots`.
static MACHINES: Lexicon = Lexicon::new(
    "robots robot machines machine ai software automation computers algorithms staff supplier",
);

/// What a people is said to be bred out of being, when it is no breed of animal.
static BREEDS: Lexicon = Lexicon::new(
    "sheep cattle cows dogs horses breed breeds strain strains trait traits gene genes pigs",
);

/// How a conspiracy's name is named, not claimed: `the great replacement theory is a myth`.
static NAMED_AS_THEORY: Lexicon = Lexicon::new(
    "theory theories conspiracy myth myths hoax lie debunked racist slogan called term \
     конспирология конспирологией конспирологии теория теории теорию миф komplo teorisi",
);

/// Where mosques and migrants are said to be the steps of a takeover: `... of Europe`.
static TAKEN_OVER: Lexicon =
    Lexicon::new("europe britain america germany france sweden england west country");

/// What a takeover is said to be made of: `every new mosque`, `every migrant`.
static STEPS: Lexicon = Lexicon::new(
    "mosque mosques minaret minarets migrant migrants immigrant immigrants refugees мечеть \
     мечети мигранты мигрант",
);

impl Clause<'_> {
    /// Whether a group, or someone said to do the replacing, is named in the clause.
    fn replacers_named(&self) -> bool {
        (0..self.len()).any(|k| self.is(k, &*IDENTITIES) || self.is(k, &REPLACERS))
    }

    /// The replacement conspiracy read from its word at `i` (see the module's note).
    pub(super) fn replacement_claimed(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        let end = match self.at(i) {
            // `they want to replace us with migrants`, `... replace the native population
            // with cheap labour from Africa`, `they're importing a new electorate to replace
            // us`, `the globalists want us replaced`.
            "replace" | "replacing" => {
                let native = self.seq(i + 1, &["the", "native", "population"])
                    || self.seq(i + 1, &["the", "natives"])
                    || self.seq(i + 1, &["white", "people"])
                    || self.seq(i + 1, &["our", "people"]);
                let people = native || self.is(i + 1, &REPLACED);
                let machines = self.any_in(0..self.len(), &MACHINES);
                let by_whom = self.replacers_named()
                    || self.any_in(i + 1..self.len(), &["africa", "abroad", "labour", "labor"]);
                (people && by_whom && !machines).then_some(self.len())
            }
            "replaced" if i >= 2 && self.at(i - 1) == "us" => {
                let wanted = self.is(i - 2, &["want", "wants"]);
                let by = self.at(i + 1) == "by";
                (wanted && !by && self.any_in(0..i, &REPLACERS)).then_some(i + 1)
            }
            // `Diversity is just a code word for white genocide.` (not `'white genocide' is a
            // racist conspiracy theory`, nor `... конспирологией про white genocide`).
            "genocide" if i >= 1 && self.at(i - 1) == "white" => {
                // (Nor `... their theories about white genocide`, `... про white genocide`.)
                let about = i >= 2 && self.is(i - 2, &["about", "про", "on"]);
                let named = self.any_in(0..self.len(), &NAMED_AS_THEORY) || self.asked || about;
                (!named).then_some(i + 1)
            }
            // `The great replacement isn't a theory, it's a policy.`, `... is real`, `... is
            // happening` (not `the great replacement theory is a conspiracy theory`, nor `...
            // is not real`).
            "replacement" if i >= 1 && self.at(i - 1) == "great" => {
                let not_a_theory =
                    (i + 1..self.len()).any(|k| self.seq(k, &["not", "a", "theory"]));
                let said_true = (i + 1..self.len()).any(|k| {
                    self.is(
                        k,
                        &["real", "happening", "fact", "policy", "underway", "true"],
                    ) && self.at(k - 1) != "not"
                });
                let named = self.is(i + 1, &NAMED_AS_THEORY)
                    || self.any_in(i + 1..self.len(), &["myth", "hoax", "lie", "debunked"]);
                ((not_a_theory || said_true) && !named).then_some(self.len())
            }
            // `The diversity crowd won't rest until there's nobody like us left.` (not `... until
            // every school has a library`).
            "left" if i >= 3 && self.seq(i - 3, &["nobody", "like", "us"]) => {
                let until = self.any_in(0..i, &["until", "till"]);
                let who = self.replacers_named() || self.any_in(0..i, &["diversity"]);
                (until && who).then_some(i + 1)
            }
            // `Our people are being bred out by design.` (not `our breed of sheep is being
            // bred out`).
            "bred" if self.at(i + 1) == "out" => {
                let people = self.any_in(
                    0..i,
                    &[
                        "people",
                        "whites",
                        "europeans",
                        "race",
                        "natives",
                        "population",
                        "nation",
                        "we",
                    ],
                );
                let animals = self.any_in(0..self.len(), &BREEDS);
                // (`... bred out by design`, `... of their own continent`; not `... of the
                // study`.)
                let after = i + 2;
                let how = after == self.len()
                    || self.is(after, &["by", "within", "in"])
                    || self.at(after) == "of" && self.is(after + 1, &["their", "our", "existence"]);
                (people && !animals && how).then_some(i + 2)
            }
            // `Every new mosque is another step in the takeover of Europe.`, `Каждая новая
            // мечеть — шаг к захвату Европы.` (not `the takeover of Europe's airlines`, no
            // mosque or migrant named).
            "takeover" | "conquest" | "islamisation" | "islamization" => {
                let place = self.at(i + 1) == "of"
                    && (self.is(i + 2, &TAKEN_OVER)
                        || self.seq(i + 2, &["the", "west"])
                        || self.seq(i + 2, &["our", "country"]));
                (place && self.any_in(0..i, &STEPS)).then_some(self.len())
            }
            "захвату" | "захвата" | "завоеванию" | "исламизации" =>
            {
                let place = self.is(i + 1, &["европы", "запада", "россии"]);
                (place && self.any_in(0..i, &STEPS)).then_some(i + 2)
            }
            // `Нас планомерно заменяют мигрантами`, `Глобалисты хотят заменить русских
            // приезжими` (not `старые автобусы планомерно заменяют новыми`).
            "заменяют" | "заменят" | "заменить" | "заменим" => {
                let us = ["нас", "русских", "белых", "европейцев"];
                let object = (i.saturating_sub(3)..i + 3).find(|&k| self.is(k, &us))?;
                let by = (i + 1..i + 4).any(|k| k != object && self.is(k, &*IDENTITIES));
                by.then_some(self.len())
            }
            // `Suriyeliler bilerek getirildi, nüfusumuzu değiştirmek istiyorlar` ("... they
            // want to change our population").
            "nufusumuzu" => {
                let changed = self.at(i + 1).starts_with("degistir");
                (changed && (self.replacers_named() || self.any_in(0..i, &["bilerek"])))
                    .then_some(i + 2)
            }
            // `Her yeni göçmen planlı bir istilanın parçası` ("every new migrant is part of a
            // planned invasion"; not `çekirge istilası`, locusts).
            "istilanin" | "istilasi" | "istila" => {
                let planned = self.any_in(0..self.len(), &["planli", "sessiz"])
                    || self.at(i + 1) == "parcasi";
                (planned && self.replacers_named()).then_some(self.len())
            }
            _ => None,
        };
        end.map(|end| (HateKind::Conspiracy, 0, end.min(self.len())))
    }
}
