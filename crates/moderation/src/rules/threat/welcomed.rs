//! Deaths and atrocities welcomed, in English, Russian and Turkish: the Holocaust endorsed or
//! wished finished (`Hitler was right about these people`, `finish what Hitler started`, `too bad
//! the Nazis didn't finish the job`, `six million wasn't enough`, `bring back the gas chambers`,
//! `Гитлер был прав насчёт евреев`, `Гитлера на вас нет, понаехавшие`, `Hitler haklıydı`), a
//! massacre called deserved (`the Armenians got what they deserved in 1915`, `Srebrenica was a job
//! well done`, `Ermenilere yapılan az bile`), and a death celebrated: a group's member's or one of
//! the paper's people (`good riddance, one less journalist`, `одним журналистом меньше`, `bir
//! Suriyeli eksildi`), the reader's family's or a group's (`I'm glad your father died`, `glad those
//! migrants drowned`, `Хорошо, что твой отец умер`, `Babanın ölmesine sevindim`). Not the same
//! words said of history or of things: `Hitler was wrong`, `finish what you started`, `the Nazis
//! didn't finish the war on their terms`, `the museum shows the gas chambers`, `one less car on the
//! road`, `одной проблемой меньше`, `bir sorun eksildi`, `I'm glad your father recovered`, `I'm
//! glad the bill died in committee`.

use super::harm::ROLES;
use super::menace::MASSACRES;
use super::ThreatKind;
use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};

/// The words these shapes are read from: each a cue, and a word a threat may start at.
pub(super) static WELCOMED: Lexicon = Lexicon::new(
    "hitler hitlers nazis million chambers deserved srebrenica auschwitz treblinka genocide \
     less fewer glad \
     гитлер гитлера меньше сдох сдохла сдохли подох подохла подохли умер умерла умерли утонул \
     утонула утонули \
     hakliydi hakliymis haklidir bosuna bile eksildi sevindim",
);

/// What calls a massacre good after `was`: `a job well done`, `justified`, `not enough`.
const WELL_DONE: &[&[&str]] = &[
    &["a", "job", "well", "done"],
    &["justified"],
    &["deserved"],
    &["not", "enough"],
    &["a", "good", "start"],
    &["a", "good", "thing"],
];

/// People a death is celebrated of by name, besides groups and the paper's people: `one less
/// traitor`. (Not the enemies of a war's news, `one less terrorist`.)
static SCORNED: Lexicon =
    Lexicon::new("traitor leftie lefty liberal commie tory troll hack parasite");

/// What may follow `one less X` when the death is welcomed: `one less migrant to feed`, `...
/// to worry about`, `... on the planet`, `..., good riddance`.
const GONE_FROM: &[&[&str]] = &[
    &["good", "riddance"],
    &["to", "feed"],
    &["to", "worry", "about"],
    &["to", "deal", "with"],
    &["to", "pay", "for"],
    &["on", "the", "planet"],
    &["on", "earth"],
    &["in", "the", "world"],
    &["breathing"],
];

/// What may stand before `one less X` in its clause: `good riddance, one less ...`.
static CHEERS: Lexicon = Lexicon::new(
    "good riddance well great so finally yay lol haha and oh just brilliant excellent thats \
     that is",
);

/// The reader's family, whose death is celebrated: `your father`.
static KIN: Lexicon = Lexicon::new(
    "father dad mother mum mom son daughter brother sister wife husband kid kids children \
     parents grandmother grandfather granny grandma grandpa family",
);

/// A death, after the one whose it is: `died`, `drowned`, `got killed`.
static DIED: Lexicon = Lexicon::new("died drowned burned burnt perished");

/// People in the Russian instrumental, as in `одним журналистом меньше`, "one journalist
/// fewer".
static ONE_FEWER_RU: Lexicon = Lexicon::new(
    "журналистом журналюгой писакой мигрантом хохлом жидом евреем армянином цыганом чуркой \
     чурбаном таджиком узбеком кавказцем чеченцем предателем либералом укропом ватником \
     москалем кацапом пиндосом геем гомиком пидором пидорасом иноагентом",
);

/// The reader's family in Russian: `твой отец`.
static KIN_RU: Lexicon = Lexicon::new(
    "отец батя папаша мать мамаша сын дочь брат сестра жена муж дед бабка бабушка дедушка дети",
);

/// What says a Russian death is welcome: `хорошо, что ...`, `рад, что ...`.
static WELCOME_RU: Lexicon = Lexicon::new("хорошо рад рада рады слава наконец");

/// People a Turkish death is celebrated of, besides groups: `bir hain eksildi`.
static ONE_FEWER_TR: Lexicon = Lexicon::new("hain gazeteci muhabir yazar pislik kafir gavur solcu");

/// The reader's family in Turkish, with the genitive: `babanın ölmesine`.
static KIN_TR: Lexicon = Lexicon::new(
    "babanin annenin oglunun kizinin kardesinin esinin ablanin abinin dedenin ninenin \
     cocugunun cocuklarinin ailenin",
);

/// A Turkish death in the dative, as what one is glad of: `ölmesine sevindim`.
static DIED_TR: Lexicon =
    Lexicon::new("olmesine olumune gebermesine gebermene olmene olmelerine gebermelerine");

/// What Hitler is said not to have done for nothing, in Turkish: `boşuna yakmamış`.
static NOT_FOR_NOTHING_TR: Lexicon =
    Lexicon::new("yakmamis oldurmemis gazlamamis yapmamis temizlememis");

impl Clause<'_> {
    /// A death or an atrocity welcomed, read from its word at `i` (see the module's note).
    pub(super) fn welcomed(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        let found = match self.at(i) {
            "hitler" | "hitlers" | "nazis" => self.holocaust_endorsed(i),
            // `six million wasn't enough` (not `... enough to finish the bridge`).
            "million" => (i >= 1
                && self.at(i - 1) == "six"
                && self.is(i + 1, &["was", "were", "is"])
                && self.seq(i + 2, &["not", "enough"])
                && i + 4 == self.len())
            .then(|| (i - 1, i + 4)),
            // `Bring back the gas chambers`, `we need gas chambers for these people` (not `the
            // museum shows the gas chambers`, `never again the gas chambers`).
            "chambers" if i >= 2 && self.at(i - 1) == "gas" => {
                let verb = i - 2 - usize::from(self.at(i - 2) == "the" && i >= 3);
                let called = self.is(verb, &["reopen", "need", "needs"])
                    || verb >= 1 && self.seq(verb - 1, &["bring", "back"])
                    || verb >= 1 && self.seq(verb - 1, &["fire", "up"]);
                let denied = self.any_in(0..i, &["never", "not", "no"]);
                (called && !denied && !self.asked).then_some((verb, i + 1))
            }
            "deserved" => self.massacre_deserved(i),
            "srebrenica" | "auschwitz" | "treblinka" | "genocide" => self.massacre_well_done(i),
            "less" | "fewer" => self.one_fewer(i),
            "glad" => self.glad_of_a_death(i),
            "гитлер" | "гитлера" => self.holocaust_endorsed_ru(i),
            "меньше" => {
                // `одним журналистом меньше`, "one journalist fewer" (not `одной проблемой
                // меньше`).
                (i >= 2 && self.at(i - 2) == "одним" && self.is(i - 1, &ONE_FEWER_RU))
                    .then(|| (i - 2, i + 1))
            }
            "сдох" | "сдохла" | "сдохли" | "подох" | "подохла" | "подохли" | "умер" | "умерла"
            | "умерли" | "утонул" | "утонула" | "утонули" => {
                self.death_welcomed_ru(i)
            }
            "hakliydi" | "hakliymis" | "haklidir" => {
                // `Hitler haklıydı` (not `Hitler haklı mıydı?`, asked).
                (i >= 1 && self.at(i - 1) == "hitler" && !self.asked).then(|| (i - 1, i + 1))
            }
            // `Hitler bunları boşuna yakmamış`, "Hitler didn't burn them for nothing".
            "bosuna" => {
                let hitler = self.first_in(i.saturating_sub(3)..i, &["hitler"])?;
                self.is(i + 1, &NOT_FOR_NOTHING_TR)
                    .then_some((hitler, i + 2))
            }
            // `Ermenilere yapılan az bile`, "what was done to the Armenians was too little,
            // even" (not `Öğretmenlere yapılan zam az bile`, a raise).
            "bile" => {
                (i >= 3 && self.seq(i - 2, &["yapilan", "az"]) && self.is(i - 3, &*IDENTITIES))
                    .then(|| (i - 3, i + 1))
            }
            // `bir hain eksildi`, `bir Suriyeli daha eksildi` (not `bir sorun eksildi`).
            "eksildi" => {
                let who = i.checked_sub(1 + usize::from(i >= 1 && self.at(i - 1) == "daha"))?;
                (who >= 1
                    && self.at(who - 1) == "bir"
                    && (self.is(who, &ONE_FEWER_TR) || self.is(who, &*IDENTITIES)))
                .then(|| (who - 1, i + 1))
            }
            // `Babanın ölmesine sevindim`, "I'm glad your father died" (not `Babanın
            // iyileşmesine sevindim`).
            "sevindim" => (i >= 2
                && self.is(i - 1, &DIED_TR)
                && (self.is(i - 2, &KIN_TR) || self.is(i - 2, &*IDENTITIES)))
            .then(|| (i - 2, i + 1)),
            _ => None,
        };
        found.map(|(start, end)| (ThreatKind::Call, start, end))
    }

    /// `Hitler was right about these people`, `Hitler had the right idea about people like
    /// you`, `finish what Hitler started`, `too bad the Nazis didn't finish the job`: the
    /// Holocaust endorsed, said and not asked (not `historians agree Hitler was wrong`, `finish
    /// what you started`, `the Nazis did not finish the war`).
    fn holocaust_endorsed(&self, i: usize) -> Option<(usize, usize)> {
        if self.asked {
            return None;
        }
        let opens = i == 0 || self.is(i - 1, &["honestly", "frankly", "tbh", "still", "maybe"]);
        if self.at(i) == "hitler" && opens {
            if self.seq(i + 1, &["was", "right"]) {
                return Some((i, i + 3));
            }
            if self.seq(i + 1, &["had", "the", "right", "idea"]) {
                return Some((i, i + 5));
            }
        }
        // `(someone needs to) finish what Hitler (the Nazis) started`.
        let what = i - usize::from(i >= 1 && self.at(i - 1) == "the");
        if what >= 2
            && self.at(what - 1) == "what"
            && self.is(what - 2, &["finish", "complete", "continue"])
            && self.is(i + 1, &["started", "began", "start"])
            && self.urged(what - 2)
        {
            return Some((what - 2, i + 2));
        }
        // `Hitler should have finished the job`, `too bad the Nazis didn't finish the job`.
        let should = self.seq(i + 1, &["should", "have"]) && self.at(i + 3) == "finished";
        let regretted = self.any_in(0..i, &["bad", "shame", "pity", "sadly", "unfortunately"])
            && (self.seq(i + 1, &["did", "not", "finish"])
                || self.seq(i + 1, &["never", "finished"]));
        let verb = if should {
            i + 3
        } else {
            i + 2 + usize::from(self.at(i + 1) == "did")
        };
        let job = [
            &["the", "job"][..],
            &["his", "work"],
            &["their", "work"],
            &["them", "off"],
            &["off"],
        ]
        .into_iter()
        .find(|words| self.seq(verb + 1, words))?;
        (should || regretted).then_some((i, verb + 1 + job.len()))
    }

    /// Whether the verb at `k` is urged, not reported: it opens the clause, or follows `let's`,
    /// `we must`, `someone needs to` (not `Putin wants to finish ...`).
    fn urged(&self, k: usize) -> bool {
        k == 0
            || self.is(
                k - 1,
                &["lets", "let", "us", "must", "should", "please", "pls"],
            )
            || self.at(k - 1) == "to"
                && self.any_in(0..k - 1, &["need", "needs", "time", "someone", "somebody"])
    }

    /// `The Armenians got what they deserved in 1915`, `... at Srebrenica`: a people's massacre
    /// called deserved, by its year or its place (not `... got what they deserved in 2021:
    /// recognition`).
    fn massacre_deserved(&self, i: usize) -> Option<(usize, usize)> {
        if i < 3 || !self.seq(i - 3, &["got", "what", "they"]) {
            return None;
        }
        let people = (0..i - 3).find(|&k| self.is(k, &*IDENTITIES))?;
        let when = self.at(i + 2);
        let in_the_massacres_year = self.at(i + 1) == "in"
            && when.len() == 4
            && (when.starts_with("18") || when.starts_with("19"))
            && when.bytes().all(|b| b.is_ascii_digit());
        let at_a_massacre = self.is(i + 1, &["in", "at"]) && self.is(i + 2, &MASSACRES);
        (in_the_massacres_year || at_a_massacre).then_some((people, i + 3))
    }

    /// `Srebrenica was a job well done`, `The Armenian genocide was justified`, `Auschwitz was
    /// not enough`: a massacre called good (not `the Srebrenica memorial was a job well done`,
    /// `the genocide was not justified`).
    fn massacre_well_done(&self, i: usize) -> Option<(usize, usize)> {
        if self.asked || !self.is(i + 1, &["was", "is"]) {
            return None;
        }
        let said = WELL_DONE.iter().find(|words| self.seq(i + 2, words))?;
        Some((i, i + 2 + said.len()))
    }

    /// `Good riddance, one less journalist`, `One less migrant to feed`: a death or a
    /// person's going celebrated, the person closing the clause or `to feed` (not `one less car
    /// on the road`, `one less reporter covering the council`).
    fn one_fewer(&self, i: usize) -> Option<(usize, usize)> {
        if i < 1 || self.at(i - 1) != "one" {
            return None;
        }
        let who = i + 1;
        let person = self.is(who, &*IDENTITIES) || self.is(who, &ROLES) || self.is(who, &SCORNED);
        let closes = who + 1 == self.len()
            || GONE_FROM
                .iter()
                .any(|words| self.seq(who + 1, words) && who + 1 + words.len() == self.len());
        // (Only cheers before it: `good riddance, one less ...`, not `there is one less
        // teacher`.)
        let cheered = (0..i - 1).all(|k| self.is(k, &CHEERS));
        (person && closes && cheered).then_some((i - 1, self.len()))
    }

    /// `I'm glad your father died`, `Glad those migrants drowned`: the death of the reader's
    /// family or of a group celebrated (not `I'm glad your father recovered`, `glad the bill
    /// died in committee`, `I'm not glad ...`).
    fn glad_of_a_death(&self, i: usize) -> Option<(usize, usize)> {
        if i >= 1 && self.is(i - 1, &["not", "never"]) {
            return None;
        }
        let whose = i + 1 + usize::from(self.at(i + 1) == "that");
        let kin = self.at(whose) == "your" && self.is(whose + 1, &KIN);
        let group =
            self.is(whose, &["those", "these", "the", "all"]) && self.is(whose + 1, &*IDENTITIES);
        if !kin && !group {
            return None;
        }
        let next = whose + 2;
        let died = self.is(next, &DIED)
            || self.is(next, &["is", "are"]) && self.at(next + 1) == "dead"
            || self.is(next, &["got", "was", "were"]) && self.is(next + 1, &["killed", "shot"]);
        let end = next + 1 + usize::from(!self.is(next, &DIED));
        died.then_some((i, end))
    }

    /// `Гитлер был прав насчёт евреев`, `Прав был Гитлер`, `Жаль, что Гитлер не закончил начатое`,
    /// `Гитлера на вас нет, понаехавшие` (not `Гитлер был неправ`, `Жаль, что мэр не закончил
    /// начатое`).
    fn holocaust_endorsed_ru(&self, i: usize) -> Option<(usize, usize)> {
        if self.asked {
            return None;
        }
        // (The idiom turned on a people, named: not `Гитлера на них нет` alone, which a
        // reader may grumble of noisy neighbours.)
        if self.at(i) == "гитлера" {
            let on = (i + 2..i + 5).find(|&k| self.at(k) == "нет")?;
            let a_people = (0..self.len()).any(|k| self.is(k, &*IDENTITIES));
            return (self.at(i + 1) == "на" && a_people).then_some((i, on + 1));
        }
        if self.seq(i + 1, &["был", "прав"]) && (i == 0 || self.is(i - 1, &["а", "ведь"]))
        {
            return Some((i, i + 3));
        }
        if i == 2 && self.seq(0, &["прав", "был"]) {
            return Some((0, 3));
        }
        let unfinished = self.at(i + 1) == "не"
            && self.is(
                i + 2,
                &["закончил", "доделал", "довел", "дочистил", "добил"],
            );
        (unfinished && self.any_in(0..i, &["жаль", "жалко", "зря"])).then_some((i, i + 3))
    }

    /// `Хорошо, что твой отец умер`, `Рад, что эти мигранты утонули`: the death of the
    /// reader's family or of a group welcomed (not `Хорошо, что твой отец выздоровел`, `Мой
    /// отец умер в прошлом году`).
    fn death_welcomed_ru(&self, i: usize) -> Option<(usize, usize)> {
        let whose = i.checked_sub(2)?;
        let kin = self.is(whose, &["твой", "твоя", "твои", "ваш", "ваша", "ваши"])
            && self.is(whose + 1, &KIN_RU);
        let group = self.is(whose, &["эти", "все"]) && self.is(whose + 1, &*IDENTITIES);
        let welcome = self.any_in(0..whose, &WELCOME_RU) && self.any_in(0..whose, &["что"]);
        ((kin || group) && welcome).then_some((0, i + 1))
    }
}
