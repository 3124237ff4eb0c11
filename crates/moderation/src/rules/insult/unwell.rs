//! The reader's mind called ill, as an insult, in English, Russian and Turkish: told to take
//! their pills (`Take your meds, grandpa`, `Someone forgot to take their meds today`, `Your
//! medication clearly isn't working`, `İlaçlarını içmeyi unuttun galiba`), asked which asylum
//! let them out (`Go back to the asylum you escaped from`, `Ты что, из дурки сбежал?`,
//! `Tımarhaneden mi kaçtın?`), or to be locked up (`You need to be sectioned`, `Санитаров
//! вызовите`, `Seni deli gömleğine sokmak lazım`). The same words are advice, care and news:
//! `take your meds with food`, `don't forget to take your medication`, `my medication isn't
//! working`, `the old asylum is now a museum`, `İlaçlarını içmeyi unutma`.

use crate::rules::clauses::{Clause, Lexicon};

/// The words [`Clause::mind_called_ill`] reads from, its cues.
pub(super) static UNWELL: Lexicon = Lexicon::new(
    "meds medication medications pills lithium tablets asylum madhouse nuthouse bin ward cell \
     sectioned institutionalised institutionalized schizo psycho nutter lunatic loony дурки \
     дурку психушку дурдом дурдома психушки психбольницы санитаров психдиспансере пнд \
     timarhaneden hastanesinden icmeyi ilacini ilaclarini hapini haplarini gomlegine gomlegi",
);

/// The names of a disability used as insults: `autist`, `аутист`, `özürlü`.
pub(super) static DISABLED: Lexicon = Lexicon::new(
    "autist autists autistic aspie spastic spaz mongoloid аутист аутисты даун дауны олигофрен \
     ozurlu otistik mongol",
);

/// Whose pills: the reader's or another's, not the writer's (`my medication`).
static WHOSE: Lexicon = Lexicon::new("your ur their his her yo");

/// What may follow an insult that closes its clause: whom it is said to (`take your meds,
/// grandpa`) or a word of emphasis (`you need to be sectioned, seriously`).
static CLOSERS: Lexicon = Lexicon::new(
    "grandpa granddad grandad gramps grandma granny mate pal buddy boomer love dear son lad \
     champ chief sweetie darling honey mister lady sir again today seriously please already \
     author writer",
);

/// The Russian names of a madhouse, in the genitive of `из дурки`.
static ASYLUMS_RU: Lexicon = Lexicon::new("дурки дурдома психушки психбольницы");

/// Escaped: `you escaped from`, `сбежал`, `kaçtın`.
static ESCAPED: Lexicon = Lexicon::new(
    "escaped сбежал сбежала сбежали kactin kacmis kacmissin kactiniz kacti kacmissiniz",
);

impl Clause<'_> {
    /// The insult to the reader's mind read from its word at `i` (see the module's note):
    /// the end of it.
    pub(super) fn mind_called_ill(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            "meds" | "medication" | "medications" | "pills" | "lithium" | "tablets" => {
                self.pills_told(i)
            }
            "asylum" | "madhouse" | "nuthouse" | "bin" | "ward" | "cell" => self.asylum_left(i),
            // `You need to be sectioned, seriously.`, `The author should be committed.`; not
            // `patients should never be sectioned without review`.
            "sectioned" | "institutionalised" | "institutionalized" => {
                let be = i.checked_sub(1).filter(|&k| self.at(k) == "be")?;
                let told =
                    (be >= 2 && self.is(be - 2, &["need", "needs"]) && self.at(be - 1) == "to")
                        || (be >= 1 && self.is(be - 1, &["should", "must"]));
                let who = self.any_in(0..be, &["you", "author", "writer", "he", "she"]);
                (told && who && self.closes(i + 1)).then_some(i + 1)
            }
            // `Ты что, из дурки сбежал?`: the reader escaped from the madhouse.
            "из" if self.is(i + 1, &ASYLUMS_RU) => {
                let escaped =
                    self.any_in(i.saturating_sub(2)..i, &ESCAPED) || self.is(i + 2, &ESCAPED);
                let news = self.any_in(0..self.len(), &["пациент", "пациентка", "больной"]);
                (escaped && !news).then_some(i + 2 + usize::from(self.is(i + 2, &ESCAPED)))
            }
            // `Тебе в психушку пора, а не статьи писать` ("it's time you went to the
            // madhouse, not wrote articles"); not `его в психушку отвезли`, news.
            "психушку" | "дурку" | "дурдом" if i > 0 && self.at(i - 1) == "в" =>
            {
                let whom = self.any_in(0..i, &["тебе", "вам", "автору", "таким"]);
                let time = self.any_in(0..self.len(), &["пора", "надо", "нужно", "место"]);
                (whom && time).then_some(i + 1)
            }
            // `Санитаров вызовите, у автора обострение` ("call the orderlies, the author has
            // an episode").
            "санитаров" if self.is(i + 1, &["вызовите", "позовите", "вызывайте", "зовите"]) => {
                Some(i + 2)
            }
            "вызовите" | "позовите" | "вызывайте" | "зовите" if self.at(i + 1) == "санитаров" => {
                Some(i + 2)
            }
            // `Автор явно на учёте в психдиспансере` ("is registered with the psychiatric
            // clinic").
            "психдиспансере" | "пнд" if i >= 3 && self.seq(i - 3, &["на", "учете", "в"]) => {
                self.any_in(0..i - 3, &["автор", "ты", "вы", "он", "она"])
                    .then_some(i + 1)
            }
            // `Tımarhaneden mi kaçtın?`, `Bu yazar akıl hastanesinden kaçmış.`: the reader
            // escaped (not `hastaneden kaçan hasta yakalandı`, a patient in the news).
            "timarhaneden" | "hastanesinden" => {
                let mental = self.at(i) == "timarhaneden" || i > 0 && self.at(i - 1) == "akil";
                let asked = usize::from(self.is(i + 1, &["mi", "mı"]));
                (mental && self.is(i + 1 + asked, &ESCAPED)).then_some(i + 2 + asked)
            }
            // `İlaçlarını içmeyi unuttun galiba` ("you forgot to take your pills, I gather");
            // not `unutma` ("don't forget").
            "icmeyi" if i > 0 && self.is(i - 1, &["ilaclarini", "ilacini", "haplarini"]) => {
                let forgot = ["unuttun", "unutmussun", "unutmus", "unuttunuz", "unuttu"];
                self.is(i + 1, &forgot).then_some(i + 2)
            }
            // `Hap saatin geldi, git ilacını iç.`: sent to take its pills.
            "git" if self.is(i + 1, &["ilacini", "ilaclarini", "hapini", "haplarini"]) => {
                (self.at(i + 2) == "ic").then_some(i + 3)
            }
            // `Seni deli gömleğine sokmak lazım` ("you should be put in a straitjacket").
            "deli" if self.is(i + 1, &["gomlegine", "gomlegi"]) => self
                .any_in(0..i, &["seni", "sizi", "onu", "yazari", "yazarı"])
                .then_some(i + 2),
            // `Spoken like a true schizo`, `Typical psycho rant, ignore him`; not `a typical
            // psycho thriller`.
            "schizo" | "psycho" | "nutter" | "lunatic" | "loony"
                if i > 0 && self.is(i - 1, &["true", "typical", "classic"]) =>
            {
                let said = [
                    "rant",
                    "rants",
                    "ramblings",
                    "logic",
                    "behaviour",
                    "nonsense",
                ];
                (self.closes(i + 1) || self.is(i + 1, &said)).then_some(i + 1)
            }
            _ => None,
        }
    }

    /// Whether the clause ends at `k`, or only whom it is said to or a word of emphasis
    /// follows.
    fn closes(&self, k: usize) -> bool {
        (k..self.len()).all(|j| self.is(j, &CLOSERS))
    }

    /// The reader told to take their pills, the pill named at `i`: `Take your meds,
    /// grandpa`, `Get back on your lithium, mate`, `Someone forgot to take their meds today`,
    /// `Did you forget your pills again this morning?`, `Your medication clearly isn't
    /// working`.
    fn pills_told(&self, i: usize) -> Option<usize> {
        let whose = i.checked_sub(1).filter(|&k| self.is(k, &WHOSE))?;
        // `take your meds` or `get back on your lithium` opening the clause, and closing it
        // (not `take your meds with food`).
        // (`please take your meds`, `just take your pills`.)
        let opens = |k: usize| (0..k).all(|j| self.is(j, &["please", "just", "go", "pls", "and"]));
        let ordered = whose >= 1 && self.at(whose - 1) == "take" && opens(whose - 1)
            || whose >= 3 && self.seq(whose - 3, &["get", "back", "on"]) && opens(whose - 3);
        // (`Just take your meds and log off.`: the reader sent away with them; not `take your
        // meds and rest, you'll feel better`.)
        let sent_away = [
            &["and", "log", "off"][..],
            &["and", "go", "to", "bed"],
            &["and", "stop", "posting"],
            &["and", "stop", "commenting"],
            &["and", "calm", "down"],
            &["and", "shut", "up"],
        ]
        .into_iter()
        .find(|words| self.seq(i + 1, words) && self.closes(i + 1 + words.len()));
        if ordered && (self.closes(i + 1) || sent_away.is_some()) {
            return Some(i + 1 + sent_away.map_or(0, <[&str]>::len));
        }
        // `Someone forgot to take their meds today`; not `don't forget to take your
        // medication`, nor `did you remember your pills`.
        let taken = whose >= 2 && self.seq(whose - 2, &["to", "take"]);
        let forgot = whose.checked_sub(if taken { 3 } else { 1 });
        if let Some(forgot) = forgot.filter(|&k| self.is(k, &["forgot", "forget", "forgotten"])) {
            let someone = self.any_in(0..forgot, &["someone", "somebody"]);
            let again = self.any_in(i + 1..self.len(), &["again", "today"]);
            let advised = self.any_in(0..forgot, &["not", "never"]);
            return ((someone || again) && !advised).then_some(i + 1);
        }
        // `Your medication clearly isn't working`, `your meds wore off`.
        let verb = i + 1 + usize::from(self.is(i + 1, &["clearly", "obviously", "must"]));
        let failing = self.seq(verb, &["is", "not", "working"])
            || self.seq(verb, &["are", "not", "working"])
            || self.is(verb, &["wore", "have"]) && self.any_in(verb + 1..verb + 3, &["off"]);
        (whose == 0 && self.is(whose, &["your", "ur", "yo"]) && failing).then_some(verb + 3)
    }

    /// The reader sent back to the asylum or let out of it, the place named at `i`: `Go back
    /// to the asylum you escaped from`, `Which psych ward let you out?`, `This reads like it
    /// was written in a padded cell`; not `the old asylum on the hill is now a museum`.
    fn asylum_left(&self, i: usize) -> Option<usize> {
        // Which bin, ward or cell: a loony one, a psych one, a padded one.
        let before = i.checked_sub(1)?;
        let kind = match self.at(i) {
            "bin" => self.is(before, &["loony", "looney", "nut"]),
            "ward" => self.is(before, &["psych", "psychiatric", "mental"]),
            "cell" => self.at(before) == "padded",
            _ => true,
        };
        if !kind {
            return None;
        }
        let sent_back = self.seq(0, &["go", "back", "to"])
            || self.seq(0, &["get", "back", "to"])
            || self.seq(0, &["back", "to"]);
        // (`back to the nuthouse with you`.)
        let closes = self.closes(i + 1) || self.seq(i + 1, &["with", "you"]) && i + 3 == self.len();
        let let_out = self.seq(i + 1, &["let", "you", "out"])
            || (0..i).any(|k| self.seq(k, &["let", "you", "out"]));
        // `the asylum you escaped from`, `you escaped from an asylum` (not `the patient
        // escaped from the asylum`).
        let escaped = self.any_in(i + 1..i + 4, &["escaped"])
            || self.any_in(0..i, &["escaped"]) && self.any_in(0..i, &["you", "u"]);
        let written = self.any_in(0..i, &["written", "wrote", "typed"]);
        // `The author should be locked in a loony bin`.
        let locked = self.any_in(0..i, &["locked"]) && self.any_in(0..i, &["should", "needs"]);
        (sent_back && closes || let_out || escaped || written || locked).then_some(i + 1)
    }

    /// `Only an autist would write this`, `Whoever wrote this must be autistic`, `Такое мог
    /// написать только аутист`, `Bunu ancak bir özürlü yazar`, `Bunu yazan kesin otistik`: a
    /// disability made the writer's insult, the word at `i` (not `My autistic son wrote this`,
    /// `Only an expert would write this`).
    pub(super) fn disabled_as_an_insult(&self, i: usize) -> Option<usize> {
        if !self.is(i, &DISABLED) {
            return None;
        }
        let a = i - usize::from(i >= 1 && self.is(i - 1, &["a", "an", "bir", "какой", "какойто"]));
        // `Only an autist would write (believe, say) this`.
        if a >= 1 && self.at(a - 1) == "only" && self.is(i + 1, &["would", "could"]) {
            return self
                .is(i + 2, &["write", "believe", "say", "think", "post"])
                .then_some(i + 3);
        }
        // `Whoever wrote this must be autistic`, `Bunu yazan kesin otistik`.
        let wrote = self.seq(0, &["whoever", "wrote", "this"]) || self.seq(0, &["bunu", "yazan"]);
        if wrote && i + 1 == self.len() {
            return Some(i + 1);
        }
        // `Такое мог написать только аутист`, `Bunu ancak bir özürlü yazar`.
        let only = self.said_back(i, 3, &["только", "ancak", "sadece"]);
        let writes = self.any_in(0..i, &["написать", "написал", "пишет"])
            || self.is(i + 1, &["yazar", "yazabilir", "yazmis"]);
        (only && writes).then_some((i + 2).min(self.len()))
    }
}
