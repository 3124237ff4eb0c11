//! Insults to the reader's mind: `you have the IQ of a potato`, `so dumb you ...`, `if brains
//! were dynamite ...`, `smarter things have been found under rocks`.

use super::ru_tr::STUPID_TR;
use super::{KIN, LIKENED_BY, NUISANCES, SCORN};
use crate::rules::clauses::{turkish_ablative, Clause, Lexicon};

/// What a mind is measured by, in `the IQ of a potato`.
pub(super) static MIND: Lexicon =
    Lexicon::new("iq brain brains intelligence intellect brainpower wit wits personality charisma");

/// Those said to be brain dead: `anyone who voted for this is brain dead`.
static WHO: Lexicon = Lexicon::new("anyone anybody everyone everybody whoever people those who");

/// The superlatives of [`Clause::dumbest_alive`].
pub(super) static DUMBEST: Lexicon = Lexicon::new("dumbest stupidest ugliest thickest dimmest");

/// Things the reader is said to be less bright than: `I've met smarter fence posts`.
pub(super) static DIM_THINGS: Lexicon =
    Lexicon::new("posts rocks bricks potatoes planks doorknobs doorstops");

/// Who the reader's writing is said to be by: `written by a drunk monkey`.
pub(super) static WRITERS_MOCKED: Lexicon =
    Lexicon::new("monkey chimp chimpanzee baboon toddler hamster goldfish parrot");

/// What a small mind is likened to: `your brain is a smooth pebble`.
static SMALL_HARD_THINGS: Lexicon =
    Lexicon::new("pebble pea peanut walnut raisin marble crouton grape");

/// What a reader is said to be as much as a rock: `as dumb as you`.
pub(super) static DUMB: Lexicon = Lexicon::new(
    "worthless useless dumb stupid thick ugly pathetic ignorant clueless dense braindead \
     brainless",
);

/// How a reader writes, argues or behaves, in `you write like a toddler`.
static MANNER: Lexicon = Lexicon::new(
    "write writes writing talk talks talking think thinks thinking argue argues arguing \
     sound sounds act acts acting behave behaves behaving reason reasons reasoning type \
     types typing spell spells spelling debate debates",
);

/// What a reader is said to write or behave like: `a toddler`, `a chimp`.
pub(super) static CHILD: Lexicon = Lexicon::new(
    "toddler toddlers child kid baby infant monkey chimp chimpanzee baboon ape donkey caveman \
     neanderthal",
);

/// What a brain is said to be made of: `is your brain made of porridge?`.
static MUSH: Lexicon =
    Lexicon::new("porridge mush jelly custard sawdust pudding soup cheese cotton");

/// Where a degree is said to have come from: `... from a cereal box`, `... a Christmas
/// cracker`.
static TOY_PRIZES: Lexicon = Lexicon::new("cereal cracker crisp crisps kinder lucky");

/// Where a reader is said to belong: `in a mental hospital`.
pub(super) static ASYLUM: Lexicon =
    Lexicon::new("asylum hospital ward zoo cage madhouse nuthouse institution");

impl Clause<'_> {
    /// `you have the IQ of a potato`, `his brain of a goldfish`.
    /// (And `anyone who votes for this lot has the IQ of a houseplant`: readers of a kind.)
    pub(super) fn mind_of_a_thing(&self, i: usize) -> Option<usize> {
        let anyone_who = || {
            i >= 2
                && self.at(i - 1) == "the"
                && self.is(i - 2, &["has", "have"])
                && (0..i).any(|k| {
                    self.is(k, &["anyone", "everyone", "anybody"])
                        && self.is(k + 1, &["who", "that"])
                        || self.at(k) == "whoever"
                })
        };
        (self.is(i, &MIND)
            && self.is(i + 1, &["of"])
            && self.is(i + 2, &["a", "an"])
            && (self.aimed_in(i.saturating_sub(4)..i) || anyone_who()))
        .then(|| (i + 4).min(self.len()))
    }

    /// `This so-called journalist couldn't find his own backside with both hands`, `... with a
    /// map and a torch`: a person too dim to find their own rear (not `I couldn't find my own
    /// keys with both hands full`).
    pub(super) fn own_backside_not_found(&self, i: usize) -> Option<usize> {
        let found = i >= 5
            && self.at(i - 1) == "own"
            && self.is(i - 2, &["his", "her", "their", "your", "ur"])
            && self.at(i - 3) == "find"
            && self.seq(i - 5, &["could", "not"]);
        let with = self.at(i + 1) == "with"
            && (self.seq(i + 2, &["both", "hands"])
                || self.seq(i + 2, &["a", "map"])
                || self.seq(i + 2, &["two", "hands"]));
        (found && with).then_some(i + 4)
    }

    /// `whoever wrote this must have been dropped on their head as a baby`, `were you dropped
    /// on your head at birth?`; not `the baby was dropped on its head by the nurse, the inquest
    /// heard` (no age named as when). Its cues are `baby`, `infant` and `birth`: `dropped`
    /// alone is in many a civil comment.
    pub(super) fn dropped_as_a_baby(&self, i: usize) -> Option<usize> {
        if self.at(i) != "dropped" || self.at(i + 1) != "on" {
            return None;
        }
        let whose = ["his", "her", "their", "your", "ur"];
        if !self.is(i + 2, &whose) || !self.is(i + 3, &["head", "heads"]) {
            return None;
        }
        let when = [
            &["as", "a", "baby"][..],
            &["as", "an", "infant"],
            &["as", "babies"],
            &["at", "birth"],
        ];
        let said = when.iter().find(|w| self.seq(i + 4, w))?;
        Some(i + 4 + said.len())
    }

    /// `is there anything in that skull besides echoes?`, `nothing in your head but air`; not
    /// `the cave held nothing but echoes`, no head.
    pub(super) fn echoing_skull(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["echoes", "echo", "air", "cobwebs", "sawdust"]) || i < 4 {
            return None;
        }
        let but = (i.saturating_sub(2)..i).find(|&k| self.is(k, &["besides", "but", "except"]))?;
        let skull = (but.saturating_sub(3)..but).find(|&k| self.is(k, &["skull", "head"]))?;
        (skull >= 2
            && self.at(skull - 2) == "in"
            && self.is(skull - 1, &["that", "your", "his", "her"]))
        .then_some(i + 1)
    }

    /// `your writing reads like a ransom note composed by a chimp`: the reader's work made an
    /// animal's or a toddler's (not `the poem reads like it was composed by a child, the judges
    /// said, in praise`: no one's work but a poem's).
    pub(super) fn written_by_a_chimp(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["chimp", "monkey", "toddler", "baboon", "gibbon"]) || i < 3 {
            return None;
        }
        let by = self.is(i - 1, &["a", "an"]) && self.at(i - 2) == "by";
        let written = self.is(
            i - 3,
            &["composed", "written", "typed", "penned", "drafted"],
        );
        let yours = (0..i).any(|k| {
            self.is(k, &["your", "ur"])
                && self.is(
                    k + 1,
                    &["writing", "article", "column", "piece", "prose", "copy"],
                )
        });
        (by && written && yours).then_some(i + 1)
    }

    /// `you have the charm of a tax audit and the face to match`: read from `charm`.
    pub(super) fn face_to_match(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["charm", "of", "a"]) || !self.aimed_in(i.saturating_sub(4)..i) {
            return None;
        }
        let face = (i + 4..i + 9).find(|&k| self.seq(k, &["face", "to", "match"]))?;
        (face >= 2 && self.seq(face - 2, &["and", "the"])).then_some(face + 3)
    }

    /// `if you had a brain cell it would die of loneliness`; not `the last shop in the village
    /// would die of loneliness`, no brain.
    pub(super) fn lonely_brain_cell(&self, i: usize) -> Option<usize> {
        if self.at(i) != "loneliness" || i < 3 || !self.seq(i - 3, &["would", "die", "of"]) {
            return None;
        }
        let cell = (i.saturating_sub(10)..i - 3).any(|k| self.seq(k, &["brain", "cell"]));
        (cell && self.aimed_in(0..i - 3)).then_some(i + 1)
    }

    /// `you are proof that evolution can go in reverse`; not `this fossil is proof that
    /// evolution took millions of years`.
    pub(super) fn evolution_reversed(&self, i: usize) -> Option<usize> {
        if self.at(i) != "evolution" || i < 2 || !self.seq(i - 2, &["proof", "that"]) {
            return None;
        }
        let reverse =
            (i + 1..i + 5).find(|&k| self.is(k, &["reverse", "backwards", "backward"]))?;
        self.aimed_in(0..i - 2).then_some(reverse + 1)
    }

    /// The same in Russian and Turkish: `ты доказательство того, что эволюция может идти
    /// назад`, `sen evrimin geriye gidebileceğinin kanıtısın`; not `пещерные рыбы —
    /// доказательство того, что эволюция может идти назад`, said of cave fish.
    pub(super) fn evolution_reversed_ru_tr(&self, i: usize) -> Option<usize> {
        if self.at(i) == "эволюция" {
            let proof = self.any_in(i.saturating_sub(4)..i, &["доказательство"]);
            let back = self.first_in(i + 1..i + 5, &["назад", "вспять"])?;
            let you = self.any_in(i.saturating_sub(6)..i, &["ты", "вы"]);
            return (proof && you).then_some(back + 1);
        }
        if self.at(i) != "evrimin" || self.at(i + 1) != "geriye" {
            return None;
        }
        let proof = self.first_in(i + 2..i + 4, &["kanitisin", "kanitisiniz"])?;
        Some(proof + 1)
    }

    /// `arguing with you is like playing chess with a pigeon`, `спорить с тобой — как играть в
    /// шахматы с голубем`, `seninle tartışmak güvercinle satranç oynamak gibi`: the reader
    /// who knocks the pieces over and struts as if they had won (not the saying quoted of no
    /// one).
    pub(super) fn chess_with_a_pigeon(&self, i: usize) -> Option<usize> {
        let chess = match self.at(i) {
            "pigeon" => i >= 2 && self.seq(i - 2, &["with", "a"]) && self.any_in(0..i, &["chess"]),
            "голубем" => self.any_in(i.saturating_sub(4)..i, &["шахматы"]),
            "guvercinle" => self.at(i + 1) == "satranc",
            _ => false,
        };
        let you = self.any_in(0..i, &["you", "тобой", "вами", "seninle", "sizinle"]);
        (chess && you).then(|| (i + 3).min(self.len()))
    }

    /// The personality of a wet sock, in Russian and Turkish: `у тебя харизма мокрого носка`,
    /// `senin kişiliğin ıslak bir çorap kadar`; not `у талисмана харизма мокрого носка`, a
    /// mascot's.
    pub(super) fn wet_sock_ru_tr(&self, i: usize) -> Option<usize> {
        if self.at(i) == "носка" && i >= 2 && self.at(i - 1) == "мокрого" {
            let yours = self.reads_before(i, 5, &["у", "тебя"])
                || self.any_in(i.saturating_sub(4)..i, &["ты", "твоя"]);
            return (yours && self.is(i - 2, &["харизма", "харизмой", "личность"]))
                .then_some(i + 1);
        }
        let sock = self.at(i) == "corap" && self.any_in(i.saturating_sub(2)..i, &["islak"]);
        let yours = self.any_in(i.saturating_sub(4)..i, &["kisiligin", "karizman"]);
        (sock && yours).then_some(i + 1 + usize::from(self.at(i + 1) == "kadar"))
    }

    /// `people like you are the reason some animals eat their young`, read from `young`; not
    /// `the drought is the reason some animals eat their young`, said of no one.
    pub(super) fn why_animals_eat_their_young(&self, i: usize) -> Option<usize> {
        if self.at(i) != "young" || i < 4 || !self.seq(i - 3, &["animals", "eat", "their"]) {
            return None;
        }
        let reason = (i.saturating_sub(7)..i - 3).find(|&k| self.at(k) == "reason")?;
        self.aimed_in(0..reason).then_some(i + 1)
    }

    /// `you are the human equivalent of a wet fart`, `... the journalistic equivalent of a skid
    /// mark`; not `... of sunshine`.
    pub(super) fn human_equivalent(&self, i: usize) -> Option<usize> {
        let kinds = ["human", "journalistic", "literary", "intellectual", "moral"];
        // (`you're the human version of a participation trophy`.)
        let likeness = self.is(i + 1, &["equivalent", "version"]) && self.at(i + 2) == "of";
        if !self.is(i, &kinds) || !likeness || !self.aimed_in(0..i) {
            return None;
        }
        if let Some(thing) = (i + 3..(i + 7).min(self.len())).find(|&k| self.is(k, &NUISANCES)) {
            return Some(thing + 1);
        }
        // `you're the human equivalent of a participation trophy`.
        if self.seq(i + 4, &["participation", "trophy"]) {
            return Some(i + 6);
        }
        // `... of a participation trophy, useless and embarrassing`: the likeness spelt out.
        let spelt = (i + 4..(i + 10).min(self.len())).find(|&k| {
            self.phrase_ends_before(k)
                && self.is(k, &["useless", "pointless", "worthless", "embarrassing"])
        })?;
        Some(spelt + 1)
    }

    /// `you make a turd look intelligent`, `... a rock look clever`: the reader below the
    /// dimmest of things (not `this lighting makes a turd look appetising`, said of no one).
    pub(super) fn makes_look_clever(&self, i: usize) -> Option<usize> {
        let clever = ["intelligent", "clever", "smart", "bright", "wise"];
        if self.at(i) != "look" || !self.is(i + 1, &clever) || i < 3 {
            return None;
        }
        let thing = i - 1;
        let made = self.is(thing, &NUISANCES)
            || self.is(thing, &DIM_THINGS)
            || self.is(thing, &["rock", "brick", "potato", "plank"]);
        (made && self.is(thing - 1, &["a", "an"]) && self.seq(thing - 3, &["you", "make"]))
            .then_some(i + 2)
    }

    /// `you're as useful as a chocolate teapot`, `... and twice as thick` (not `this policy is
    /// as useful as a chocolate teapot`: said of a thing).
    pub(super) fn useless_as(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["chocolate", "teapot"]) || i < 4 {
            return None;
        }
        let as_useful = self.seq(i - 4, &["as", "useful", "as", "a"])
            || self.seq(i - 4, &["about", "as", "useful", "as"]);
        (as_useful && self.any_in(i.saturating_sub(7)..i - 3, &["you"])).then_some(i + 2)
    }

    /// `did your mother drop you on your head?`, `were you dropped on your head`.
    pub(super) fn dropped_on_the_head(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["drop", "dropped"]) {
            return None;
        }
        let head = self.first_in(i + 1..i + 5, &["head"])?;
        // (`you write like someone who was dropped on their head as a baby`: a likeness of the
        // reader's; not `the toddler was dropped on their head by a nurse`.)
        let whose = self.is(head - 1, &["your", "his", "her"])
            || self.at(head - 1) == "their"
                && self.seq(head + 1, &["as", "a"])
                && self.aimed_in(0..i);
        (whose && self.at(head - 2) == "on").then_some(head + 1)
    }

    /// The same in Russian and Turkish: `тебя в детстве головой об пол роняли?` ("were you
    /// dropped on your head as a child?"), `küçükken kafanın üstüne mi düştün?` ("did you fall
    /// on your head as a child?"); not `в детстве я ударился головой`, `kafanın üstüne düştün
    /// mü, doktora git` ("did you fall on your head? see a doctor"), said of no childhood.
    pub(super) fn dropped_on_the_head_ru_tr(&self, i: usize) -> Option<usize> {
        if self.at(i) == "головой" {
            let dropped = ["роняли", "уронили", "роняла", "уронила"];
            let k = self.first_in(i.saturating_sub(3)..i + 4, &dropped)?;
            let you = self.any_in(i.saturating_sub(5)..i + 4, &["тебя", "вас"]);
            let child = self.any_in(0..self.len(), &["детстве", "младенчестве", "роддоме"]);
            return (you && child).then_some(k.max(i) + 1);
        }
        if !self.is(i, &["kafanin", "kafan"]) || !self.is(i + 1, &["ustune", "ustu"]) {
            return None;
        }
        let fell = self.first_in(i + 2..i + 5, &["dustun", "dusurduler", "dusurdu"])?;
        let child = self.any_in(
            i.saturating_sub(3)..i,
            &["kucukken", "bebekken", "dogarken"],
        );
        child.then_some(fell + 1)
    }

    /// `Who taught you to write, a goat?`, `Кто тебя писать учил, коза?`, `Sana yazmayı kim
    /// öğretti, keçi mi?`: the reader's teacher guessed to be a beast, closing the clause (not
    /// `Who taught you to write so well?`, `Who taught you to milk, a goat farmer?`).
    pub(super) fn taught_by_a_beast(&self, i: usize) -> Option<usize> {
        let skills = [
            "write",
            "spell",
            "read",
            "think",
            "argue",
            "писать",
            "читать",
            "думать",
            "yazmayi",
            "okumayi",
            "dusunmeyi",
        ];
        let taught = if self.at(i) == "taught" {
            i >= 1
                && self.at(i - 1) == "who"
                && self.seq(i + 1, &["you", "to"])
                && self.is(i + 3, &skills)
        } else if self.is(i, &["учил", "учила", "научил", "научила"]) {
            self.said_back(i, 3, &["кто"])
                && self.said_back(i, 3, &["тебя"])
                && (self.is(i + 1, &skills) || i >= 1 && self.is(i - 1, &skills))
        } else {
            self.at(i) == "ogretti"
                && i >= 2
                && self.at(i - 1) == "kim"
                && self.is(i - 2, &skills)
                && self.any_in(0..i - 2, &["sana", "size"])
        };
        if !taught {
            return None;
        }
        let beasts = [
            "goat",
            "monkey",
            "chimp",
            "donkey",
            "parrot",
            "pigeon",
            "hamster",
            "sheep",
            "cow",
            "pig",
            "коза",
            "козел",
            "обезьяна",
            "осел",
            "баран",
            "макака",
            "попугай",
            "свинья",
            "keci",
            "maymun",
            "esek",
            "papagan",
            "inek",
            "koyun",
        ];
        // (The beast last, after `a` or Turkish `mi` at most.)
        let last = self.len() - 1 - usize::from(self.is(self.len() - 1, &["mi", "mu"]));
        let named = last > i && self.is(last, &beasts) && !self.is(last - 1, &skills);
        named.then_some(last + 1)
    }

    /// `Is there a single working brain cell in that head of yours?`, `Есть в этой голове
    /// хоть одна извилина?`, `O kafada bir tane çalışan beyin hücresi var mı?`: a brain cell
    /// doubted in the reader's head (not `Is there a single brain cell in a jellyfish?`, `в
    /// коре мозга есть извилины`, "the cortex has folds").
    pub(super) fn brain_cell_doubted(&self, i: usize) -> Option<usize> {
        let asked_or_denied = self.asked || self.any_in(0..i, &["no", "not", "ни"]);
        if self.is(i, &["cell", "cells"]) && i >= 1 && self.at(i - 1) == "brain" {
            let head = (i + 1..i + 5).find(|&k| {
                self.at(k) == "in"
                    && self.is(k + 1, &["that", "your", "his", "her", "ur"])
                    && self.at(k + 2) == "head"
            })?;
            return asked_or_denied.then_some(head + 3);
        }
        if self.is(i, &["извилина", "извилины", "извилину", "извилин"])
        {
            let counted = self.said_back(i, 3, &["хоть", "ни"]);
            let head = (0..self.len()).any(|k| {
                self.is(k, &["голове", "башке", "черепушке"])
                    && k >= 1
                    && self.is(k - 1, &["этой", "твоей", "его", "ее", "той"])
            });
            return (counted && head).then_some(i + 1);
        }
        if self.is(i, &["hucresi", "hucren"]) && i >= 1 && self.at(i - 1) == "beyin" {
            let head = (0..i).any(|k| {
                self.is(k, &["kafanda", "kafasinda"])
                    || self.at(k) == "kafada" && k >= 1 && self.is(k - 1, &["o", "bu", "su"])
            });
            let doubted = self.seq(i + 1, &["var", "mi"]) || self.at(i + 1) == "yok";
            return (head && doubted).then_some(i + 2);
        }
        None
    }

    /// `Is there anything at all between your ears?`, `There's nothing between your ears`, `У
    /// тебя вообще есть мозги?`, `Kafan çalışıyor mu hiç?`, `Beynin var mı?`: the reader's
    /// mind asked after or denied (not `Is there anything at all in the fridge?`, `У тебя
    /// вообще есть время?`, `Bilgisayarın çalışıyor mu hiç?`, `Kafan çalışıyor mu bugün?`, a
    /// tired friend asked).
    pub(super) fn mind_asked_after(&self, i: usize) -> Option<usize> {
        if self.at(i) == "ears" {
            let between = i >= 2
                && self.at(i - 2) == "between"
                && self.is(i - 1, &["your", "ur", "his", "her", "their"]);
            let what = self.first_in(
                i.saturating_sub(6)..i,
                &["anything", "something", "nothing"],
            );
            let asked = what.is_some_and(|k| self.at(k) == "nothing" || self.asked);
            // (Not `... between your ears besides the headphones?`; `... at all?` is the same
            // question.)
            let ends = i + 1 == self.len()
                || self.at(i + 1) == "or"
                || self.seq(i + 1, &["at", "all"]) && i + 3 == self.len();
            return (between && asked && ends).then_some(i + 1);
        }
        if self.is(i, &["мозги", "мозгов"]) {
            let yours = (i.saturating_sub(4)..i + 4)
                .any(|k| self.at(k) == "у" && self.is(k + 1, &["тебя", "вас"]));
            let has = if self.at(i) == "мозги" {
                self.asked && self.any_in(i.saturating_sub(4)..i + 3, &["есть"])
            } else {
                self.any_in(i.saturating_sub(3)..i + 3, &["нет"])
            };
            return (yours && has).then_some(i + 1);
        }
        if self.at(i) == "kafan" && self.at(i + 1) == "calisiyor" && self.is(i + 2, &["mu", "mi"]) {
            return self.any_in(0..self.len(), &["hic"]).then_some(i + 3);
        }
        if self.seq(i + 1, &["var", "mi"]) {
            let brain = self.at(i) == "beynin"
                || self.at(i) == "beyin"
                    && self.any_in(i.saturating_sub(3)..i, &["kafanin", "kafanda"]);
            return brain.then_some(i + 3);
        }
        None
    }

    /// `Ты правда такой глупый или притворяешься?` ("are you really this stupid or
    /// pretending?"), `Bu kadar kafasız biri nasıl basın kartı alır?` ("how does someone this
    /// brainless get a press card?"): the reader asked if they are this stupid (not `ты такой
    /// умный или притворяешься?`, `bu kadar yetenekli biri nasıl işsiz kalır?`).
    pub(super) fn asked_if_this_stupid(&self, i: usize) -> Option<usize> {
        let stupid_ru = ["глупый", "тупой", "глупая", "тупая", "туп", "глуп"];
        if self.is(i, &stupid_ru)
            && i >= 1
            && self.is(i - 1, &["такой", "такая", "настолько"])
            && self.said_back(i, 4, &["ты"])
            && self.at(i + 1) == "или"
        {
            return Some(i + 1);
        }
        let this = i >= 2 && self.seq(i - 2, &["bu", "kadar"]);
        (this && self.is(i, STUPID_TR) && self.seq(i + 1, &["biri", "nasil"])).then_some(i + 3)
    }

    /// `Senin beynin bir saksı çiçeğinden bile küçük` ("your brain is smaller even than a
    /// potted flower's"): the reader's brain smaller than a small thing (not `beynin sol
    /// yarısı sağından küçük`, "the brain's left half is smaller than its right").
    pub(super) fn brain_smaller_tr(&self, i: usize) -> Option<usize> {
        if self.at(i) != "beynin" {
            return None;
        }
        let small = self.first_in(i + 2..i + 8, &["kucuk", "kucuktur"])?;
        let even = self.at(small - 1) == "bile" && turkish_ablative(self.at(small - 2));
        // The reader's (`senin beynin`), or, opening the clause, likened to a thing (`bir
        // ...`).
        let yours = i > 0 && self.is(i - 1, &["senin", "sizin"])
            || i == 0 && self.any_in(i + 1..small, &["bir"]);
        (even && yours).then_some(small + 1)
    }

    /// `the gene pool could use a little chlorine, starting with you`.
    pub(super) fn gene_pool_chlorine(&self, i: usize) -> Option<usize> {
        let pool = (i.saturating_sub(6)..i).any(|k| self.seq(k, &["gene", "pool"]));
        let you = self.any_in(i + 1..i + 5, &["you", "yours", "u"]) || self.aimed_in(0..i);
        (self.at(i) == "chlorine" && pool && you).then(|| (i + 5).min(self.len()))
    }

    /// `you're the reason shampoo has instructions`, `you are the reason your mother drinks`.
    pub(super) fn reason_for_labels(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["the", "reason"]) || i < 2 || !self.seq(i - 2, &["you", "are"]) {
            return None;
        }
        // `you are the reason your mother drinks`.
        if self.is(i + 2, &["your", "ur"]) && self.is(i + 3, &KIN) {
            let drinks = [
                "drinks", "drank", "cries", "cried", "weeps", "wept", "drink", "cry",
            ];
            return self.is(i + 4, &drinks).then_some(i + 5);
        }
        // (`you're the reason aliens won't talk to us`.)
        if self.at(i + 2) == "aliens" && self.any_in(i + 3..i + 6, &["talk", "visit", "contact"]) {
            return Some((i + 7).min(self.len()));
        }
        let labels = self.first_in(i + 2..i + 9, &["instructions", "labels", "label"])?;
        Some(labels + 1)
    }

    /// A brain denied: `anyone who supports this is brain dead` (not `the patient is brain
    /// dead`), `you sound like a brainless parrot`, `your brain must be the size of a pea`.
    pub(super) fn brainless(&self, i: usize) -> Option<usize> {
        // `your brain must be the size of a pea`; not `the tumour was the size of a pea`.
        if self.at(i) == "brain" && self.is(i.wrapping_sub(1), &["your", "ur", "his", "her"]) {
            // `your brain is a wasted organ, donate it to science`.
            if self.seq(i + 1, &["is", "a", "wasted"]) {
                return Some((i + 5).min(self.len()));
            }
            // `your brain is a smooth pebble rattling around an empty bucket`: a small hard
            // thing for a brain (not `your brain is a muscle, train it`).
            if self.seq(i + 1, &["is", "a"]) {
                let thing = (i + 3..i + 5).find(|&k| self.is(k, &SMALL_HARD_THINGS));
                if let Some(k) = thing {
                    return Some(k + 1);
                }
            }
            // `your brain cells are lonely`, `... have never met`.
            if self.at(i + 1) == "cells"
                && (self.seq(i + 2, &["are", "lonely"])
                    || self.seq(i + 2, &["have", "never", "met"]))
            {
                return Some(i + 4 + usize::from(self.at(i + 2) == "have"));
            }
            // `is your brain made of porridge?`, `your brain is made of mush`.
            let made = i + 1 + usize::from(self.is(i + 1, &["is", "was"]));
            if self.seq(made, &["made", "of"]) && self.is(made + 2, &MUSH) {
                return Some(made + 3);
            }
            let size = (i + 1..i + 5).find(|&k| self.seq(k, &["size", "of", "a"]));
            if let Some(k) =
                size.filter(|&k| self.is(k + 3, &["pea", "peanut", "walnut", "raisin"]))
            {
                return Some(k + 4);
            }
        }
        // `you've got a face for radio and a brain for nothing` (not `she has a brain for
        // numbers`).
        if self.seq(i, &["brain", "for", "nothing"])
            && self.at(i.wrapping_sub(1)) == "a"
            && self.aimed_in(i.saturating_sub(10)..i)
        {
            return Some(i + 3);
        }
        let end = if self.seq(i, &["brain", "dead"]) {
            i + 2
        } else if self.is(i, &["braindead", "brainless"]) {
            i + 1
        } else {
            return None;
        };
        // `you braindead sheep`.
        let before = i.checked_sub(1)?;
        if self.at(before) == "you" {
            return Some(end);
        }
        // `you're a braindead sheep`, `... so brain dead`.
        let degree = ["a", "an", "so", "totally", "completely", "utterly"];
        let copula = if self.is(before, &degree) {
            before.checked_sub(1)?
        } else {
            before
        };
        // `you sound like a brainless parrot`.
        let likened = self.at(copula) == "like" && self.is(copula.wrapping_sub(1), &LIKENED_BY);
        if !self.is(copula, &["is", "are", "be"]) && !likened {
            return None;
        }
        (self.any_in(0..copula, &WHO) || self.aimed_in(0..copula)).then_some(end)
    }

    /// `you must be the dumbest person alive`, `you're the stupidest man on earth`, `... I have
    /// ever met`; not `the dumbest luck of my life`, nor said of no reader (`the stupidest
    /// person in the film is the hero`).
    pub(super) fn dumbest_alive(&self, i: usize) -> Option<usize> {
        if !self.is(i, &DUMBEST) || i == 0 || self.at(i - 1) != "the" {
            return None;
        }
        let one = i + 1;
        let of_you = self.any_in(i.saturating_sub(5)..i, &["you"]);
        // (`you're the thickest pundit I've ever had the misfortune to hear`.)
        let people = [
            "person",
            "man",
            "woman",
            "human",
            "guy",
            "creature",
            "pundit",
            "writer",
            "journalist",
            "reporter",
            "columnist",
            "commentator",
            "presenter",
        ];
        if !of_you || !self.is(one, &people) {
            return None;
        }
        let alive = self.at(one + 1) == "alive"
            || self.seq(one + 1, &["on", "earth"])
            || self.seq(one + 1, &["on", "the", "planet"])
            || self.seq(one + 1, &["in", "the", "world"])
            || self.seq(one + 1, &["i", "have", "ever"])
            || self.seq(one + 1, &["i", "ever"]);
        alive.then_some(one + 2)
    }

    /// `you're thick as two short planks`, said of a person (not of shelves).
    pub(super) fn two_short_planks(&self, i: usize) -> Option<usize> {
        let thick = i + usize::from(self.at(i) == "as");
        (self.seq(thick, &["thick", "as", "two", "short", "planks"])
            && self.aimed_in(i.saturating_sub(3)..i))
        .then_some(thick + 5)
    }

    /// `you're living proof that evolution can go backwards`, `you've got two brain cells`:
    /// a mind mocked by a stock phrase, said to or of someone.
    /// (And `you couldn't pour water out of a boot with instructions on the heel`; not `pour
    /// the water out of a boot after the hike`.)
    /// (And `your IQ must be lower than your shoe size`.)
    pub(super) fn mind_mocked(&self, i: usize) -> Option<usize> {
        // `every time you open your mouth, the national IQ drops`, `... the average IQ in the
        // room drops`.
        let drops = ["drops", "falls", "plummets", "sinks", "dips"];
        if self.at(i) == "iq" && self.any_in(0..i, &["you"]) {
            let in_the_room = if self.seq(i + 1, &["in", "the"]) {
                4
            } else {
                1
            };
            if self.is(i + in_the_room, &drops) {
                return Some(i + in_the_room + 1);
            }
        }
        if self.at(i) == "iq" && i > 0 && self.is(i - 1, &["your", "his", "her"]) {
            // `your IQ must be in single digits`.
            if let Some(k) = (i + 1..i + 6).find(|&k| self.seq(k, &["single", "digits"])) {
                return Some(k + 2);
            }
            let lower = (i + 1..i + 4).find(|&k| self.is(k, &["lower", "less", "smaller"]))?;
            let than = lower + 1;
            let size =
                (than + 1..than + 5).find(|&k| self.is(k, &["size", "temperature", "age"]))?;
            return (self.at(than) == "than" && self.aimed_in(0..i)).then_some(size + 1);
        }
        let poured = i >= 3
            && self.seq(i, &["water", "out", "of", "a", "boot"])
            && self.at(i - 1) == "pour"
            && self.seq(i - 3, &["could", "not"]);
        if poured {
            return self.aimed_in(0..i - 3).then_some(i + 5);
        }
        // `if ignorance is bliss, you must be the happiest person alive`.
        if self.seq(i, &["ignorance", "is", "bliss"]) {
            let happiest =
                (i + 3..self.len()).find(|&k| self.seq(k, &["you", "must", "be", "the"]));
            if let Some(k) = happiest.filter(|&k| self.at(k + 4) == "happiest") {
                return Some(k + 5);
            }
        }
        // `even a goldfish has a longer attention span and more integrity than you` (not `a
        // goldfish has a longer memory than people think`).
        if self.is(i, &["goldfish", "hamster", "potato", "rock"])
            && self.is(i.wrapping_sub(1), &["a", "an"])
            && self.is(i + 1, &["has", "have"])
        {
            let than_you =
                (i + 2..(i + 12).min(self.len())).find(|&k| self.seq(k, &["than", "you"]));
            if let Some(k) =
                than_you.filter(|&k| self.any_in(i + 2..k, &["more", "longer", "better"]))
            {
                return Some(k + 2);
            }
        }
        // `you're proof that not everyone should be allowed to breed` (not `... that not
        // everyone should be allowed to vote`).
        if self.seq(i, &["proof", "that", "not", "everyone", "should"])
            && self.any_in(i.saturating_sub(3)..i, &["you", "are"])
        {
            let allowed = i
                + 5
                + if self.seq(i + 5, &["be", "allowed", "to"]) {
                    3
                } else {
                    0
                };
            if self.is(allowed, &["breed", "reproduce", "procreate"]) {
                return Some(allowed + 1);
            }
        }
        if self.at(i) == "evolution" && i >= 3 && self.seq(i - 3, &["living", "proof", "that"]) {
            return self.aimed_in(0..i - 3).then_some(i + 1);
        }
        // (`your existence is proof that evolution can go backwards`.)
        if self.at(i) == "evolution"
            && i >= 4
            && self.seq(i - 4, &["existence", "is", "proof", "that"])
            && self.is(i + 3, &["backwards", "backward"])
        {
            return self.aimed_in(0..i - 4).then_some(i + 4);
        }
        let cells = self.is(i, &["one", "two"])
            && self.at(i + 1) == "brain"
            && self.is(i + 2, &["cell", "cells"]);
        (cells && self.aimed_in(i.saturating_sub(4)..i)).then_some(i + 3)
    }

    /// `even a monkey with a typewriter would write better than you`.
    pub(super) fn writes_better_than_you(&self, i: usize) -> Option<usize> {
        if !self.is(i, &WRITERS_MOCKED) {
            return None;
        }
        // (`... would write a better column than you`.)
        let better = (i + 1..i + 8).find(|&k| {
            self.seq(k, &["better", "than", "you"])
                || self.at(k) == "better"
                    && self.is(k + 1, &["column", "article", "piece", "job", "story"])
                    && self.seq(k + 2, &["than", "you"])
        })?;
        let end = if self.at(better + 1) == "than" {
            better + 3
        } else {
            better + 4
        };
        self.any_in(i + 1..better, &["write", "writes", "could", "would"])
            .then_some(end)
    }

    /// `imagine being this dumb and still getting paid to write`.
    pub(super) fn imagine_being_this(&self, i: usize) -> Option<usize> {
        (self.seq(i, &["imagine", "being"])
            && self.is(i + 2, &["this", "so"])
            && self.is(
                i + 3,
                &["dumb", "stupid", "thick", "ignorant", "dense", "clueless"],
            ))
        .then_some(i + 4)
    }

    /// `your article reads like it was written by a drunk monkey`: the reader's writing.
    pub(super) fn written_by_an_animal(&self, i: usize) -> Option<usize> {
        if self.at(i) != "written" || self.at(i + 1) != "by" || !self.is(i + 2, &["a", "an"]) {
            return None;
        }
        let animal =
            i + 3 + usize::from(self.is(i + 3, &SCORN) || self.is(i + 3, &["drunk", "concussed"]));
        // (`This column reads like it was written by a drunk toddler`: the writing pointed
        // at, the reader's as much as `your column`.)
        let writings = [
            "column",
            "article",
            "piece",
            "editorial",
            "review",
            "story",
            "blog",
        ];
        let pointed_at = (0..i).any(|k| self.is(k, &["this", "that"]) && self.is(k + 1, &writings));
        (self.is(animal, &WRITERS_MOCKED) && (self.any_in(0..i, &["your", "ur"]) || pointed_at))
            .then_some(animal + 1)
    }

    /// `Somebody give this man a helmet before he hurts himself thinking.`: thinking the
    /// harm a helmet is wanted for (not `Give the kid a helmet before he hurts himself on that
    /// bike`).
    pub(super) fn helmet_for_thinking(&self, i: usize) -> Option<usize> {
        if self.at(i) != "helmet" || i < 2 || self.at(i - 1) != "a" {
            return None;
        }
        let before = (i + 1..self.len()).find(|&k| {
            self.at(k) == "before"
                && self.is(k + 1, &["he", "she", "you", "they"])
                && self.is(k + 2, &["hurts", "hurt", "injures"])
        })?;
        let thinking = self.is(before + 4, &["thinking", "trying"]);
        thinking.then_some(before + 5)
    }

    /// `I've met smarter fence posts`: the reader less bright than a thing.
    /// (And `I've had more intelligent conversations with my toaster`: a thing that talks
    /// better, the whole text; not `... with my toaster's manual`, nor `... at the bus stop`.)
    pub(super) fn smarter_things(&self, i: usize) -> Option<usize> {
        if self.seq(i, &["had", "more"])
            && self.is(
                i + 2,
                &["intelligent", "interesting", "sensible", "coherent"],
            )
            && self.is(
                i + 3,
                &["conversations", "conversation", "debates", "chats"],
            )
            && self.at(i + 4) == "with"
            && self.is(i + 5, &["my", "a", "the"])
            && self.is(
                i + 6,
                &[
                    "toaster", "dog", "cat", "goldfish", "kettle", "wall", "fridge",
                ],
            )
            && i + 7 == self.len()
            && self.words_after().next().is_none()
        {
            return Some(i + 7);
        }
        // `I've met garden slugs with more backbone than you`: anything met with more of it.
        if self.is(i, &["met", "seen", "known"]) {
            let more = (i + 2..i + 5).find(|&k| self.seq(k, &["with", "more"]));
            let than_you = more.filter(|&k| {
                // (`I've met sandwiches with more intelligence than you`.)
                (self.is(k + 2, &["backbone", "spine", "sense", "charm"]) || self.is(k + 2, &MIND))
                    && self.seq(k + 3, &["than", "you"])
                    && k + 5 == self.len()
            });
            if let Some(k) = than_you {
                return Some(k + 5);
            }
        }
        if !self.is(i, &["met", "seen", "known"])
            || !self.is(i + 1, &["smarter", "brighter", "cleverer", "wiser"])
        {
            return None;
        }
        let thing = (i + 2..i + 4).find(|&k| self.is(k, &DIM_THINGS))?;
        // (`I've met smarter potatoes than you`.)
        let than_you = self.seq(thing + 1, &["than", "you"]);
        (thing + 1 == self.len() || than_you).then_some(thing + 1 + 2 * usize::from(than_you))
    }

    /// `you write like a drunk toddler`, `he argues like a child`; not `you write like a pro`,
    /// `my son writes like a child`, `she talks to him like a child`.
    pub(super) fn like_a_child(&self, i: usize) -> Option<usize> {
        if !self.is(i, &MANNER) || self.at(i + 1) != "like" || !self.is(i + 2, &["a", "an"]) {
            return None;
        }
        let child = self.first_in(i + 3..i + 6, &CHILD)?;
        self.aimed_in(i.saturating_sub(3)..i).then_some(child + 1)
    }

    /// `are you always this dense?`, `you're so clueless`, `how can you be this thick?`, `you're
    /// too ugly to have an opinion`; not
    /// `you are so thick-skinned`, `are you always this busy?`.
    pub(super) fn so_dumb(&self, i: usize) -> Option<usize> {
        // `imagine being so thick you need a journalist to explain a pie chart`.
        if self.is(i, &DUMB) && i >= 3 && self.seq(i - 3, &["imagine", "being", "so"]) {
            return Some(i + 1);
        }
        // `you're nothing but a brainless puppet of the regime`, `you are a worthless hack`:
        // the reader called a dumb something (not `you're a useless cook, like me`: the
        // writer alike; `the dumb waiter`).
        if self.is(i, &DUMB) && i >= 3 && self.is(i - 1, &["a", "an"]) {
            let but = usize::from(i >= 5 && self.seq(i - 3, &["nothing", "but"]));
            let are = i - 2 - 2 * but;
            let you_are = self.at(are) == "are" && are >= 1 && self.is(are - 1, &["you", "u"]);
            let noun = i + 1;
            let alike = self.any_in(noun + 1..self.len(), &["me", "i", "us"]);
            if you_are && noun < self.len() && !self.phrase_ends_before(noun) && !alike {
                return Some(noun + 1);
            }
        }
        // `you're too ugly to have an opinion`, `you are too stupid to be a journalist`; not
        // `you're too modest`, `I'm too dumb to do my taxes`.
        if self.is(i, &DUMB)
            && i >= 3
            && self.at(i - 1) == "too"
            && self.is(i - 2, &["are", "were"])
            && self.is(i - 3, &["you", "u"])
            && self.at(i + 1) == "to"
        {
            return Some(i + 2);
        }
        let ends = i + 1 == self.len()
            || self.phrase_ends_before(i + 1)
            || self.is(i + 1, &["or", "today", "again", "lately"]);
        if !self.is(i, &DUMB) || !ends {
            return None;
        }
        let mut k = i;
        while k > 0
            && self.is(
                k - 1,
                &["so", "this", "that", "really", "always", "just", "truly"],
            )
        {
            k -= 1;
        }
        if k == i || k == 0 {
            return None;
        }
        // `you are so ...`, `are you always this ...`, `can you be this ...`.
        let you_are =
            k >= 2 && self.is(k - 1, &["are", "be", "were"]) && self.is(k - 2, &["you", "u"]);
        let are_you = k >= 2 && self.is(k - 1, &["you", "u"]) && self.is(k - 2, &["are", "were"]);
        (you_are || are_you).then_some(i + 1)
    }

    /// `if brains were dynamite you couldn't blow your nose`, `if brains were taxed, you'd get
    /// a rebate`.
    pub(super) fn if_brains_were(&self, i: usize) -> Option<usize> {
        // `if ignorance were a sport, you'd have a cupboard full of gold medals`; not `if
        // patience were a sport, my grandmother would win`.
        let folly = ["ignorance", "stupidity", "idiocy", "ugliness"];
        if self.at(i) == "if" && self.is(i + 1, &folly) && self.is(i + 2, &["were", "was"]) {
            return self.any_in(i + 3..i + 9, &["you"]).then_some(self.len());
        }
        // Not `if brains were all it took, you'd have won`, nor `if brains were money, you'd
        // be a millionaire` (praise).
        let likened = !self.is(i + 3, &["all", "enough", "everything", "what", "the", "a"]);
        let praised = self.any_in(
            i + 3..self.len(),
            &["millionaire", "billionaire", "rich", "genius"],
        );
        (self.seq(i, &["if", "brains", "were"])
            && likened
            && !praised
            && self.aimed_in(i + 3..i + 9))
        .then_some(self.len())
    }

    /// `your opinion is as worthless as you are`, `you are as dumb as a rock`.
    pub(super) fn as_dumb_as_you(&self, i: usize) -> Option<usize> {
        if self.at(i) != "as"
            || !self.is(i + 1, &DUMB)
            || self.at(i + 2) != "as"
            || i > 0 && self.at(i - 1) == "not"
        {
            return None;
        }
        // `as you are`, `as your mother`; not `as stupid as you think we are`.
        let you_are = self.at(i + 3) == "you"
            && (i + 4 == self.len() || self.is(i + 4, &["are", "were", "look", "sound"]));
        if you_are || self.at(i + 3) == "your" {
            return Some(i + 4);
        }
        let thing = i + 3 + usize::from(self.is(i + 3, &["a", "an"]));
        (self.is(
            thing,
            &[
                "rock", "rocks", "brick", "bricks", "post", "plank", "doorknob",
            ],
        ) && self.aimed_in(i.saturating_sub(4)..i))
        .then_some(thing + 1)
    }

    /// `nobody with a brain agrees with you`, `anyone with half a brain can see you are
    /// lying`: the reader told they have none.
    pub(super) fn with_a_brain(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["nobody", "anyone", "anybody", "everyone", "one"])
            || self.at(i + 1) != "with"
        {
            return None;
        }
        let brain = self.first_in(i + 2..i + 5, &["brain", "brains", "iq"])?;
        self.any_in(brain + 1..self.len(), &["you", "your"])
            .then(|| self.len())
    }

    /// `you belong in a mental hospital`, `people like you belong in a zoo`.
    pub(super) fn belongs_in_an_asylum(&self, i: usize) -> Option<usize> {
        // `the reality show contestants are inbred chavs who belong in a zoo`: people called a
        // name, then kept like animals (not `lions who belong in the wild`).
        if self.at(i) == "who"
            && self.is(i + 1, &["belong", "belongs"])
            && self.at(i + 2) == "in"
            && self.any_in(0..i, &super::names::NAMES)
        {
            let kept = self.first_in(i + 3..i + 6, &["zoo", "cage", "kennel", "sty", "asylum"]);
            return kept.map(|k| k + 1);
        }
        if !self.seq(i, &["you", "belong", "in"]) {
            return None;
        }
        let place = self.first_in(i + 3..i + 6, &ASYLUM)?;
        // A hospital that is a mental one: not `you belong in hospital, get well soon`.
        let mental = !self.is(place, &["hospital", "institution", "ward"])
            || self.is(place - 1, &["mental", "psychiatric", "psych"]);
        mental.then_some(place + 1)
    }

    /// `you are so thick you'd fail an exam on your own name`: the reader's stupidity made a
    /// joke of (not `you are so kind you'd give away your last penny`).
    pub(super) fn so_thick_you_would(&self, i: usize) -> Option<usize> {
        let dim = ["thick", "stupid", "dumb", "ugly", "fat"];
        (self.is(i, &dim)
            && i >= 3
            && self.seq(i - 3, &["you", "are", "so"])
            && self.at(i + 1) == "you"
            && self.is(i + 2, &["would", "could", "can"]))
        .then_some(i + 3)
    }

    /// `your opinions are as worthless as the degree you bought`, `did you get your degree
    /// from a cereal box?`: the reader's learning said to be bought or won as a toy (not `is
    /// the degree you bought worth the loan?`, `did you get your degree from Cardiff?`).
    pub(super) fn bought_degree(&self, i: usize) -> Option<usize> {
        let degree = self.is(i, &["degree", "diploma", "phd", "qualifications"]);
        // `did you get your journalism degree from a cereal box?`, `... out of a Christmas
        // cracker` (not `... from Cardiff`).
        if degree && self.any_in(i.saturating_sub(3)..i, &["your", "ur"]) {
            let from = self.first_in(i + 1..i + 3, &["from", "out"]);
            let prize = from.and_then(|k| self.first_in(k + 1..k + 5, &TOY_PRIZES));
            if let Some(k) = prize {
                return Some(k + 1 + usize::from(self.is(k + 1, &["box", "packet", "bag", "egg"])));
            }
        }
        // `Diplomanı çerez paketinden mi çıkardın?` ("did you take your diploma out of a
        // snack packet?"), `Ты диплом в переходе купил?` ("did you buy your diploma in an
        // underpass?").
        if self.at(i) == "diplomani" {
            let packet = (i + 1..i + 4).find(|&k| {
                self.is(k, &["cerez", "cips", "gevregi", "kraker"])
                    && self.is(k + 1, &["paketinden", "kutusundan", "torbasindan"])
            });
            return packet.map(|k| k + 2);
        }
        if self.at(i) == "диплом" {
            let underpass = (i + 1..i + 4).any(|k| self.seq(k, &["в", "переходе"]));
            let bought = self.any_in(i + 1..i + 5, &["купил", "купила", "покупал", "покупала"]);
            return (underpass && bought).then(|| self.len());
        }
        let bought = degree && self.seq(i + 1, &["you", "bought"]);
        let scorned = self.any_in(0..i, &["worthless", "useless", "fake", "fraudulent"]);
        (bought && scorned).then_some(i + 3)
    }
}
