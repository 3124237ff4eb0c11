//! Calls for violence in code, in English, Russian and Turkish: the death flights (`give every
//! communist a free helicopter ride`), the murdered journalist's name (`the Khashoggi
//! treatment`), the Nazis' `final solution`, a boat with no fuel or a barge out to sea,
//! people as trash taken out or swept from the streets, lampposts that fix a people. Each is
//! read only where people are its object: the same words take tourists to a glacier, report a
//! murder, settle an airport or take out the bins.

use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};

/// The political enemies death flights are wished on, and the press: `every communist`.
static ENEMIES: Lexicon = Lexicon::new(
    "communist communists commie commies leftist leftists lefty lefties socialist socialists \
     marxist marxists liberals libtards antifa journalist journalists reporter reporters \
     коммунистов коммуняк \
     леваков либералов журналистов solculari komunistleri gazetecileri solcular",
);

/// What a people is put in to drown: `put them on a boat with no fuel`.
static BOATS: Lexicon = Lexicon::new("boat boats dinghy dinghies raft rafts ship");

/// What a people is called when it is swept from the streets: `these people`, `this vermin`.
static SWEPT: Lexicon = Lexicon::new("people vermin scum animals filth");

impl Clause<'_> {
    /// Whether a people (a group's name, or one of the [`ENEMIES`]) is named in `range`.
    fn people_in(&self, range: std::ops::Range<usize>) -> bool {
        range
            .into_iter()
            .any(|k| self.is(k, &*IDENTITIES) || self.is(k, &ENEMIES))
    }

    /// The end of a call for violence in code read from its word at `i` (see the module's
    /// note).
    pub(super) fn coded_call(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `Give every communist a free helicopter ride.`, `These leftists need a one-way
            // helicopter ride.`, closing its phrase (not `the tourists took a one-way
            // helicopter ride`, `the journalists got a free helicopter ride over the fjords`).
            "helicopter" if self.is(i + 1, &["ride", "rides"]) => {
                let one_way = self.at(i.wrapping_sub(1)) == "free"
                    || i >= 2 && self.seq(i - 2, &["one", "way"]);
                let closes = self.phrase_ends_before(i + 2);
                (one_way && closes && self.people_in(0..i)).then_some(i + 2)
            }
            // `Коммунистов — в вертолёт и над морем.`
            "вертолет" if i >= 1 && self.at(i - 1) == "в" => {
                let sea = self.any_in(i + 1..self.len(), &["морем", "сбросить", "выбросить"]);
                (sea && self.people_in(0..i)).then(|| self.len())
            }
            // `Solcuları helikopterden atmak lazım.`
            "helikopterden" => {
                let thrown = ["atmak", "atilmali", "atalim", "atin", "atmali", "atarim"];
                (self.is(i + 1, &thrown) && self.people_in(0..i)).then_some(i + 2)
            }
            // `Journalists like him should get the Khashoggi treatment.`, `Bu gazeteciye
            // Kaşıkçı muamelesi yapılmalı.`, `Этих журналистов ждёт судьба Хашогги.` (not
            // `the Khashoggi murder shocked the world`, `the Khashoggi treatment of the story
            // was fair`, `Судьба Хашогги волнует ...`).
            "khashoggi" | "politkovskaya" if self.at(i + 1) == "treatment" => {
                self.phrase_ends_before(i + 2).then_some(i + 2)
            }
            "kasikci" if self.is(i + 1, &["muamelesi", "muamelesini"]) => Some(i + 2),
            "хашогги" | "политковской" if i >= 1 && self.at(i - 1) == "судьба" =>
            {
                let awaits = ["ждет", "ожидает", "заслуживает", "заслуживают"];
                self.any_in(0..i, &awaits).then_some(i + 1)
            }
            // `... a final solution for the migrant problem` (not `a final solution to the
            // crossword`, nor the Nazis' final solution, reported).
            "solution" if i >= 1 && self.at(i - 1) == "final" && self.is(i + 1, &["for", "to"]) => {
                let nazis = self.any_in(0..i, &["nazi", "nazis", "hitler", "hitlers"]);
                let problem = (i + 2..i + 6).find(|&k| self.is(k, &["problem", "question"]))?;
                (!nazis && self.people_in(i + 2..problem)).then_some(problem + 1)
            }
            // `Time to take out the trash, starting with the Roma camp.`, `... the garbage:
            // the gypsies first.` (the people in the next few words, on into the next clause;
            // not `... it's bin day`).
            "trash" | "garbage" if i >= 3 && self.seq(i - 3, &["take", "out", "the"]) => {
                let people = |w: &str| IDENTITIES.contains(w) || ENEMIES.contains(w);
                self.words_from(i + 1)
                    .take(8)
                    .any(people)
                    .then(|| self.len())
            }
            // `Round them up and put them on a boat with no fuel.`
            "fuel"
                if self.at(i.wrapping_sub(1)) == "without"
                    || i >= 2 && self.seq(i - 2, &["with", "no"]) =>
            {
                let boat = self.any_in(i.saturating_sub(6)..i, &BOATS);
                let put = self.any_in(0..i, &["put", "send", "ship", "load", "pack"]);
                let them = self.any_in(0..i, &["them", "all"]) || self.people_in(0..i);
                (boat && put && them).then_some(i + 1)
            }
            // `Всех их на баржу и в море.` (not `всех гостей на баржу и на экскурсию`).
            "баржу" if i >= 1 && self.at(i - 1) == "на" && self.seq(i + 1, &["и", "в", "море"]) => {
                self.any_in(0..i, &["их", "этих", "всех"]).then_some(i + 4)
            }
            // `Bunları bir gemiye doldurup açık denize bırakmak lazım.`
            "denize" if i >= 1 && self.at(i - 1) == "acik" => {
                let left = ["birakmak", "birakin", "birakalim", "atmak", "atin"];
                let ship = self.any_in(0..i, &["gemiye", "tekneye", "gemilere"]);
                let them =
                    self.any_in(0..i, &["bunlari", "hepsini", "onlari"]) || self.people_in(0..i);
                (self.is(i + 1, &left) && ship && them).then_some(i + 2)
            }
            // `Someone should clean the streets of these people, permanently.` (not `... of
            // this litter`).
            "streets" if i >= 2 && self.is(i - 1, &["the", "our"]) => {
                let swept = self.is(i - 2, &["clean", "cleanse", "clear", "sweep", "rid"]);
                let of = i + 1;
                let these = self.is(of + 1, &["these", "those", "such", "this"]);
                let people = these && self.is(of + 2, &SWEPT) || self.people_in(of + 1..of + 3);
                (swept && self.at(of) == "of" && people).then(|| self.len())
            }
            // `A few lampposts and some rope would fix the refugee problem.` (not `... would fix
            // the park`).
            "lampposts" | "lamppost" => {
                let fix = self.any_in(i + 1..self.len(), &["fix", "solve", "sort", "end"]);
                (fix && self.people_in(i + 1..self.len())).then(|| self.len())
            }
            _ => None,
        }
    }
}
