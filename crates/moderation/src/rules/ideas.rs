//! Criticism of ideas: the house rules ask readers to "criticise ideas, not people", and the
//! words readers criticise ideas with (`a stupid decision`, `this ruling is insane`, `what a
//! ridiculous idea`) are the words the classifier learnt from insults aimed at people: it
//! refused "This plan is idiotic" as it refuses "you are an idiot". Said of a decision, a law,
//! a plan, an article... (or a thing that fails readers: `that stupid printer`), those words are
//! left unread by the classifier, as the F word and an
//! office's critics are; said of anyone (`you stupid idiot`, `stupid people voted for this`),
//! of the reader's own ideas (`your stupid questions`, said to the reader), or beside an insult
//! (`stupid idea, moron`: `moron` is still read), they are read as before.

use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary};
use std::ops::Range;

/// What readers criticise: decisions, laws, plans, articles and the like.
static IDEAS: Lexicon = Lexicon::new(
    "decision decisions policy policies law laws plan plans idea ideas question questions article \
     articles ruling rulings move moves call calls bill bills rule rules argument arguments \
     proposal proposals scheme schemes budget tax taxes theory theories take headline headlines \
     reform reforms strategy approach excuse statement speech ban mandate regulation regulations \
     project deal logic reasoning opinion verdict design system choice choices comparison analysis \
     conclusion premise piece column editorial performance performances response answer answers \
     record закон законы законопроект решение решения идея идеи план планы статья реформа реформы \
     налог налоги политика предложение заголовок запрет правило правила karar kararlar yasa \
     yasalar kanun fikir politika vergi makale teklif baslik yasak proje kural kurallar yorum \
     yorumlar",
);

/// Things that fail readers, criticised the same way: `that stupid printer jammed`, `this
/// app is idiotic`.
static THINGS: Lexicon = Lexicon::new(
    "printer printers computer laptop phone app apps website site paywall software update \
     router wifi machine machines form forms queue queues traffic roadworks timetable password \
     passwords algorithm autocorrect satnav smell smells stench food meal coffee weather \
     chatbot chatbots bot robot robots scenes scene",
);

/// The words of criticism an idea may be called.
static CRITICISM: Lexicon = Lexicon::new(
    "stupid stupidest dumb dumbest idiotic moronic insane crazy ridiculous absurd pathetic \
     ludicrous asinine brainless mindless silly foolish laughable lame garbage trash rubbish \
     nonsensical worthless useless senseless disgusting nuts bonkers barmy ugly lies",
);

/// The same in Russian and Turkish, which say what an idea is without a copula (`этот закон
/// идиотский`, `bu karar çok saçma`), or with a dash and a noun (`этот закон — полный
/// идиотизм`, `bu yasa tam bir saçmalık`).
static CRITICISM_RU_TR: Lexicon = Lexicon::new(
    "идиотский идиотская идиотское идиотские тупой тупая тупое тупые глупый глупая глупое \
     глупые дурацкий дурацкая дурацкое дурацкие бредовый бредовая бредовое бредовые \
     абсурдный абсурдная абсурдное нелепый нелепая нелепое \
     идиотизм бред маразм чушь глупость абсурд тупость ерунда \
     aptalca aptal sacma ahmakca mantiksiz sacmasapan sacmalik aptallik",
);

/// The Russian and Turkish words of criticism that are no person's whatever their clause:
/// nouns (`бред`, "nonsense"; `saçmalık`).
static VERDICTS_RU_TR: Lexicon =
    Lexicon::new("идиотизм бред маразм чушь глупость абсурд ерунда sacmalik sacma");

/// Every word of criticism, in the three languages: what a clause must hold to be read.
static ANY_CRITICISM: LazyLock<Vocabulary> =
    LazyLock::new(|| CRITICISM.iter().chain(CRITICISM_RU_TR.iter()).collect());

/// What may stand between a copula and what an idea is called: `is just plain stupid`.
static DEGREE: Lexicon = Lexicon::new(
    "so just plain really utterly completely totally absolutely beyond simply frankly quite truly \
     a an and both просто совершенно абсолютно очень и полный полная полнейший полнейшая настоящий \
     настоящая сплошной сплошная cok gercekten tamamen ve tam bir",
);

/// What may stand before the idea that is the clause's subject (`this new ruling is ...`),
/// and nothing else may: in `the author of this article is stupid` the subject is a person.
static LEAD: Lexicon = Lexicon::new(
    "the this that these those his her their our my its whole entire new latest \
     proposed current recent last first second final этот эта это эти такой такая такое \
     новый новая новое весь вся bu su yeni",
);

impl Clause<'_> {
    /// The words of criticism said of an idea in this clause, as ((), word, word + 1): those
    /// before it (`a ridiculous, stupid idea`) and, when it is the clause's subject, those
    /// after its copula (`the plan is stupid and everyone knows it`).
    fn criticism_of_ideas(&self, out: &mut Vec<((), usize, usize)>) {
        let criticism = |j: usize| self.is(j, &*ANY_CRITICISM);
        // `Absolutely ridiculous.`, `Rubbish.`, `Бред.`: a verdict alone in its clause, on
        // whatever it answers (not `Rubbish, you idiot.`, which names someone, nor `Тупая.`,
        // whose ending says it is said of a woman).
        let verdict = |w: usize| self.is(w, &CRITICISM) || self.is(w, &VERDICTS_RU_TR);
        let all = 0..self.len();
        if all.clone().all(|w| verdict(w) || self.is(w, &DEGREE)) {
            out.extend(all.filter(|&w| verdict(w)).map(|w| ((), w, w + 1)));
            return;
        }
        for k in 0..self.len() {
            // `a stupid thing to say`: what someone said or did, not who said it.
            // (And `the dumbest thing I ever did`: what the writer did.)
            let deed = self.at(k + 1) == "i" && {
                let verb = k + 2 + usize::from(self.is(k + 2, &["ever", "have", "had"]));
                self.is(verb, &["did", "done", "said", "bought", "wrote", "tried"])
            };
            let act = self.is(k, &["thing", "things"])
                && (self.at(k + 1) == "to"
                    && self.is(k + 2, &["say", "do", "write", "post", "suggest"])
                    || deed);
            // `an excuse for a human being` is a person.
            let a_person = self.seq(k, &["excuse", "for"])
                && self.is(k + 2, &["a", "an"])
                && self.is(
                    k + 3,
                    &["human", "person", "man", "woman", "journalist", "writer"],
                );
            if !self.is(k, &IDEAS) && !self.is(k, &THINGS) && !act || a_person {
                continue;
            }
            // Before it: `a ridiculous, stupid idea`, `идиотский закон`, `saçma bir fikir`.
            let mut i = k;
            while i > 0 && (criticism(i - 1) || self.is(i - 1, &["and", "и", "ve", "bir"])) {
                i -= 1;
            }
            // The reader's own (`your stupid questions`) is said to the reader: read.
            if i == 0 || self.at(i - 1) != "your" {
                out.extend((i..k).filter(|&w| criticism(w)).map(|w| ((), w, w + 1)));
            }
            if !self.idea_is_subject(k) {
                continue;
            }
            // After it: English after its copula (`the plan is stupid`, `the smell from the
            // drains is disgusting`: a place between, no person in it), Russian and Turkish
            // without one.
            let copulas = ["is", "was", "seems", "sounds", "looks"];
            let place = self.is(k + 1, &["from", "in", "on", "at", "of"]);
            let copula_at = (k + 1..k + 6)
                .find(|&c| self.is(c, &copulas))
                .filter(|&c| c == k + 1 || place && !(k + 2..c).any(|w| self.is(w, &NOT_ADJUNCTS)));
            let copula = copula_at.is_some();
            let mut j = copula_at.map_or(k + 1, |c| c + 1);
            // (`this phone is a worthless piece of garbage`.)
            while criticism(j) || self.is(j, &DEGREE) || self.seq(j, &["piece", "of"]) {
                if self.is(j, &CRITICISM_RU_TR) || copula && self.is(j, &CRITICISM) {
                    out.push(((), j, j + 1));
                }
                j += if self.seq(j, &["piece", "of"]) { 2 } else { 1 };
            }
        }
    }

    /// Whether the idea at `k` is what its clause is about: only determiners, words of
    /// criticism, other ideas joined by `of` (`the premise of this column`) and one other
    /// word (`the new parking scheme`) come before it; not `the author of this article`.
    fn idea_is_subject(&self, k: usize) -> bool {
        let mut others = 0;
        (0..k).all(|i| {
            let of_an_idea = self.at(i) == "of" && i > 0 && self.is(i - 1, &IDEAS);
            if self.is(i, &LEAD) || self.is(i, &CRITICISM) || self.is(i, &IDEAS) || of_an_idea {
                return true;
            }
            others += 1;
            others == 1 && !self.is(i, &NOT_ADJUNCTS)
        })
    }
}

/// Words that cannot stand before an idea as part of its name: prepositions and persons.
static NOT_ADJUNCTS: Lexicon = Lexicon::new(
    "of by from for with about at in on to you your i we he she they it author writer \
     journalist reporter editor columnist твой твоя твое твои ваш ваша ваше ваши senin sizin",
);

/// The words of criticism said of an idea (normalized chars), which the policy has the
/// classifier leave unread.
pub(crate) fn criticism_in(reading: &Reading) -> Vec<Range<usize>> {
    reading.unread(&ANY_CRITICISM, |clause, found| {
        clause.criticism_of_ideas(found)
    })
}

#[cfg(test)]
mod tests {
    use super::super::clauses::written_words;
    use super::*;

    fn unread(text: &str) -> Vec<String> {
        written_words(text, criticism_in)
    }

    #[test]
    fn words_of_criticism_said_of_an_idea_are_found() {
        assert_eq!(unread("A moronic law that will hurt farmers."), ["moronic"]);
        assert_eq!(unread("Absolutely ridiculous."), ["ridiculous"]);
        assert_eq!(unread("Nuts."), ["Nuts"]);
        assert_eq!(
            unread("The dumbest thing I ever did was sell that car."),
            ["dumbest"]
        );
        assert_eq!(unread("Rubbish."), ["Rubbish"]);
        assert_eq!(unread("Useless. Utterly useless."), ["Useless", "useless"]);
        assert!(unread("Rubbish, you idiot.").is_empty());
        assert!(unread("Stupid people.").is_empty());
        assert_eq!(unread("Полный бред."), ["бред"]);
        assert!(unread("Тупая.").is_empty());
        assert_eq!(unread("Дурацкое правило."), ["Дурацкое"]);
        // (News of a match: `ugly scenes`, not an ugly person.)
        assert_eq!(unread("Ugly scenes at the match."), ["Ugly"]);
        // (A verdict alone, said again: `Lies, lies, lies.`)
        assert_eq!(unread("Lies, lies, lies."), ["Lies", "lies", "lies"]);
        assert_eq!(
            unread("This phone is a worthless piece of garbage, mine broke in a week."),
            ["worthless", "garbage"]
        );
        assert_eq!(unread("Aptalca bir kural."), ["Aptalca"]);
        assert_eq!(
            unread("What a ridiculous, stupid idea."),
            ["ridiculous", "stupid"]
        );
        assert_eq!(
            unread("This ruling is insane and stupid."),
            ["insane", "stupid"]
        );
        assert_eq!(
            unread("The plan is just plain stupid, everyone knows it."),
            ["stupid"]
        );
        assert_eq!(
            unread("Stupid question, but does the bus run on Sundays?"),
            ["Stupid"]
        );
        assert_eq!(
            unread("The new parking scheme is just plain idiotic."),
            ["idiotic"]
        );
        assert_eq!(
            unread("The premise of this column is ridiculous."),
            ["ridiculous"]
        );
        assert_eq!(unread("Этот закон идиотский."), ["идиотский"]);
        assert_eq!(unread("Какое дурацкое решение."), ["дурацкое"]);
        assert_eq!(unread("Bu karar çok saçma."), ["saçma"]);
        assert_eq!(unread("Saçma bir fikir."), ["Saçma"]);
        assert_eq!(unread("Ne kadar aptal bir yorum bu."), ["aptal"]);
        assert_eq!(
            unread("Этот закон — полный идиотизм, его надо отменить."),
            ["идиотизм"]
        );
        assert_eq!(unread("Bu yasa tam bir saçmalık."), ["saçmalık"]);
        assert_eq!(
            unread("What a pathetic performance from the prime minister."),
            ["pathetic"]
        );
        assert_eq!(unread("That stupid printer jammed again."), ["stupid"]);
        assert_eq!(unread("This app is idiotic."), ["idiotic"]);
        assert_eq!(
            unread("That's a stupid thing to say, and you know it."),
            ["stupid"]
        );
        assert_eq!(
            unread("The smell from the drains is disgusting, the council must act."),
            ["disgusting"]
        );
        assert_eq!(unread("What a pathetic excuse for a budget."), ["pathetic"]);
    }

    #[test]
    fn the_same_words_said_of_people_are_read() {
        assert!(unread("You stupid idiot.").is_empty());
        assert!(unread("You are stupid.").is_empty());
        assert!(unread("You are nuts.").is_empty());
        assert!(unread("Stupid people voted for this.").is_empty());
        assert!(unread("The author of this article is stupid.").is_empty());
        assert!(unread("Only a moron would write this article.").is_empty());
        assert!(unread("Stop asking your stupid questions.").is_empty());
        assert!(unread("Your idea is stupid.").is_empty());
        assert!(unread("The writer of this column is stupid.").is_empty());
        assert!(unread("The decision stupid people made.").is_empty());
        assert!(unread("Автор статьи тупой.").is_empty());
        assert!(unread("Yazar çok aptalca davrandı.").is_empty());
        assert!(unread("Yazar aptal bir adam.").is_empty());
        assert!(unread("You stupid thing, get out.").is_empty());
        assert!(unread("Твоя идея — полный бред.").is_empty());
        assert!(unread("Автор этой статьи — полный идиотизм ходячий.").is_empty());
        assert!(unread("Your stupid things to say never end.").is_empty());
        assert!(unread("You are the dumbest thing I ever saw.").is_empty());
        assert!(unread("The smell of your feet is disgusting.").is_empty());
        assert!(unread("What a disgusting excuse for a human being you are.").is_empty());
    }
}
