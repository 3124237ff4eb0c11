//! The reader pictured in the news as a victim, in English, Russian and Turkish: `your family
//! would look good in the news, as victims`, `I can already see your name in the obituaries`,
//! `your wife will be reading about you in the crime pages`, `Скоро о тебе напишут в
//! некрологе`, `Adını yakında gazetenin üçüncü sayfasında göreceğiz` (the third page of a
//! Turkish paper is its crime page). Each is said of the reader or the reader's people, not of
//! a winner, a columnist or the sports pages.

use crate::rules::clauses::{turkish_genitive, Clause, Lexicon};

/// Where the news is read, before a victim: `in the news`, `on the front page`.
static IN_THE_NEWS: Lexicon =
    Lexicon::new("news paper papers page headline headlines newspaper obituaries");

/// Words that deny the picture: `never in the news`, `не напишут`, `asla`, `hiç`.
static NOT: Lexicon = Lexicon::new("not never no не ни asla hic");

/// The reader and the reader's people, in English: whom the news is pictured about.
static READER_EN: Lexicon = Lexicon::new("you your yourself");

/// The same in Russian.
static READER_RU: Lexicon =
    Lexicon::new("ты тебя тебе тобой твоя твой твое твои твоих твоей твою сам");

/// The same in Turkish, folded: `seni`, `ailen`, `olursun`.
static READER_TR: Lexicon =
    Lexicon::new("sen seni senin sana ailen cocuklarin karin esin olursun olacaksin");

impl Clause<'_> {
    /// The reader in the news, read from one of its words at `i`: `victims`, `obituaries`,
    /// `pages`, `некрологе`, `хронике`, `жертв`, `sayfasinda`, `kurban`; not hoped away (`I
    /// hope your family is never in the news as victims`, `Надеюсь, о тебе не напишут в
    /// некрологе ещё много лет`, `... üçüncü sayfasında hiç görmeyeceğiz`).
    pub(super) fn in_the_news_by_word(&self, i: usize) -> Option<usize> {
        let end = self.pictured_in_the_news(i)?;
        let denied_before = self.said_back_of(i, 10, &NOT);
        // (Turkish denies with the verb after: `görmeyeceğiz`, `görünmesin`.)
        let turkish = self.is(
            i,
            &[
                "sayfasinda",
                "sayfada",
                "sayfalarinda",
                "kurban",
                "olu",
                "ceset",
            ],
        );
        let denied_after = turkish
            && self.words_from(i + 1).take(4).any(|w| {
                w.contains("mey")
                    || w.contains("may")
                    || ["mesin", "masin", "mez", "maz"]
                        .iter()
                        .any(|s| w.ends_with(s))
            });
        (!denied_before && !denied_after).then_some(end)
    }

    /// [`Clause::in_the_news_by_word`], denials aside.
    fn pictured_in_the_news(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `Your family would look good in the news, as victims`, `... you'll end up on the
            // front page as a victim` (not `... as winners of the bake-off`).
            "victims" | "victim" | "corpse" | "corpses" => {
                let as_ =
                    i >= 1 && self.at(i - 1) == "as" || i >= 2 && self.seq(i - 2, &["as", "a"]);
                (as_ && self.said_back_of(i, 10, &IN_THE_NEWS)
                    && self.said_back_of(i, 14, &READER_EN))
                .then_some(i + 1)
            }
            // `I can already see your name in the obituaries` (not `... in the credits`).
            "obituaries" | "obits" => {
                let name = i >= 4
                    && self.seq(i - 4, &["your", "name", "in", "the"])
                    && self.any_in(0..i - 4, &["see", "seeing", "read", "reading"]);
                name.then_some(i + 1)
            }
            // `Your wife will be reading about you in the crime pages` (not `... in the sports
            // pages`).
            "pages" if i >= 1 && self.at(i - 1) == "crime" => {
                let about_you = (i.saturating_sub(7)..i)
                    .any(|k| self.seq(k, &["about", "you"]) || self.seq(k, &["your", "name"]));
                about_you.then_some(i + 1)
            }
            // `Скоро о тебе напишут в некрологе` (not `... в газете, поздравляю`).
            "некрологе" | "некрологах" | "некролог" => {
                self.said_back_of(i, 6, &READER_RU).then_some(i + 1)
            }
            // `Ты сам скоро станешь новостью, в криминальной хронике` (not `... в спортивной
            // хронике`).
            "хронике" | "хроники" if i >= 1 && self.at(i - 1) == "криминальной" => {
                (self.said_back_of(i, 10, &READER_RU)
                    && self.said_back(i, 10, &["станешь", "попадешь"]))
                .then_some(i + 1)
            }
            // `Твоя семья хорошо смотрелась бы в новостях — в качестве жертв` (not `... в
            // качестве победителей`).
            "жертв" | "жертвы" | "жертвой" => {
                let as_ = i >= 2 && self.seq(i - 2, &["в", "качестве"])
                    || i >= 1 && self.at(i - 1) == "как";
                let news = self.said_back(
                    i,
                    10,
                    &["новостях", "новостей", "хронике", "газете", "газетах"],
                );
                (as_ && news && self.said_back_of(i, 14, &READER_RU)).then_some(i + 1)
            }
            // `Adını yakında gazetenin üçüncü sayfasında göreceğiz` (not `... spor sayfasında`).
            // (`adını`, "your name", unless a genitive before it makes it someone else's: not
            // `Bu yolsuz başkanın adını yakında üçüncü sayfada göreceğiz`, an arrest foretold.)
            "sayfasinda" | "sayfada" | "sayfalarinda" if i >= 1 && self.at(i - 1) == "ucuncu" => {
                let your_name = (0..i).any(|k| {
                    self.is(k, &["adini", "fotografini", "resmini"])
                        && (k == 0 || !turkish_genitive(self.at(k - 1)))
                });
                (your_name || self.said_back_of(i, 8, &READER_TR)).then(|| self.len())
            }
            // `Ailen haberlerde kurban olarak çok iyi görünürdü`, `... bir gün sen de haber
            // olursun, ölü olarak` (not `... ödül alarak`, `kazanan olarak`).
            "kurban" | "olu" | "ceset" if self.at(i + 1) == "olarak" => {
                let news = self.said_back(
                    i,
                    12,
                    &[
                        "haber",
                        "haberlerde",
                        "haberlere",
                        "gazetede",
                        "gazetelerde",
                        "manset",
                    ],
                );
                (news && self.said_back_of(i, 12, &READER_TR)).then_some(i + 2)
            }
            _ => None,
        }
    }
}
