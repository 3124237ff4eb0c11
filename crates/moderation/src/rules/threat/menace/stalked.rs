//! The reader told they are watched, in English, Russian and Turkish: followed home (`I
//! followed you home yesterday`, `Dün seni eve kadar takip ettim`), their house or windows
//! watched or waited at night after night (`I've been watching your house every night`, `I
//! park outside your flat most evenings`, `Я каждый вечер стою под твоими окнами`, `Her akşam
//! evinin önünde bekliyorum`), watched unseen (`I've been watching you for weeks, you never
//! noticed`, `Видел тебя вчера у подъезда, ты меня не заметил`), seen where they shop and
//! told how they looked (`I saw you at the supermarket on Saturday, you looked nervous`), the
//! hour they leave known (`I know what time you leave for work every morning`, `Я знаю, во
//! сколько ты выходишь из дома`, `Evden kaçta çıktığını biliyorum`). Not the reader watched on
//! a screen or thanked (`I've been watching you on TV for years`, `Sizi her gün televizyonda
//! izliyorum`), a show or a story followed (`I've been watching your show every night`), nor
//! the writer's own places and hours (`I park outside the library most evenings`).

use crate::rules::clauses::{turkish_genitive, Clause, Lexicon};

/// The words a watching is read from that are cues: a text without one of them, or another
/// of the threat's cues (`home`, `house`, `office`, `watching`, `know`, `never`...), is not
/// read for a watching.
pub(in crate::rules::threat) static STALKED_CUES: Lexicon = Lexicon::new(
    "followed watched nervous scared frightened worried noticing слежу следим наблюдаю \
     наблюдаем заметил заметила выходишь уходишь приходишь возвращаешься стою стоим сижу сидим \
     жду ждем дежурю караулю izliyorum izliyoruz gozluyorum takip etmedin gormedin kacta \
     bekliyorum bekliyoruz duruyorum",
);

/// The other words a watching is read from, words threats may start at but too common (or
/// already cues) to read a text for: `outside`, `across`, `know`.
pub(in crate::rules::threat) static STALKED_STARTS: Lexicon =
    Lexicon::new("watching outside opposite across never know");

/// The reader's places a watcher waits at or watches: `your house`, `your windows`.
static HAUNTS: Lexicon = Lexicon::new(
    "house home flat apartment office door doorstep windows window building gate driveway \
     garden car workplace newsroom",
);

/// Everyday places where the reader is seen: `at the supermarket`, `at the gym`.
static EVERYDAY: Lexicon = Lexicon::new(
    "supermarket shop shops store gym station pharmacy chemist cafe pub park school gates \
     doctor doctors dentist church mosque market bakery butcher laundrette stop",
);

/// What tells the reader is watched on a screen or followed for their work, or thanked:
/// `on TV`, `в твиттере`, `televizyonda`, `love your work`.
static SCREEN_OR_THANKS: Lexicon = Lexicon::new(
    "tv television show shows channel programme program podcast videos video stream youtube \
     online twitter career work column columns articles reporting coverage great love loved \
     brilliant fan thanks thank телевизору телевизоре эфире эфир канале телеграме твиттере \
     ютубе инстаграме соцсетях творчеством работой статьями репортажами спасибо молодец \
     televizyonda ekranda programda programinizi kanalda youtube twitter instagram yayinda \
     haberlerde tesekkurler tesekkur harika basarili hayraninizim",
);

/// How often or how long the reader is watched: `every night`, `for weeks`, `каждый вечер`,
/// `her akşam`, `haftalardır`.
const ROUTINES: &[&[&str]] = &[
    &["every", "night"],
    &["every", "day"],
    &["every", "morning"],
    &["every", "evening"],
    &["every", "afternoon"],
    &["every", "weekend"],
    &["each", "night"],
    &["each", "day"],
    &["each", "morning"],
    &["each", "evening"],
    &["most", "evenings"],
    &["most", "nights"],
    &["most", "mornings"],
    &["most", "days"],
    &["for", "weeks"],
    &["for", "months"],
    &["for", "days"],
    &["for", "a", "week"],
    &["for", "a", "month"],
    &["all", "week"],
    &["night", "after", "night"],
    &["day", "after", "day"],
    &["каждый", "день"],
    &["каждый", "вечер"],
    &["каждую", "ночь"],
    &["каждое", "утро"],
    &["по", "вечерам"],
    &["по", "ночам"],
    &["неделями"],
    &["месяцами"],
    &["her", "gun"],
    &["her", "aksam"],
    &["her", "gece"],
    &["her", "sabah"],
    &["haftalardir"],
    &["gunlerdir"],
    &["aylardir"],
];

/// The writer unseen, said to the reader: `you never noticed`, `ты меня не заметил`, `beni
/// fark etmedin`. (Read back from its last word.)
const UNSEEN: &[&[&str]] = &[
    &["you", "never", "noticed"],
    &["without", "you", "noticing"],
    &["ты", "меня", "не", "заметил"],
    &["ты", "меня", "не", "заметила"],
    &["ты", "не", "заметил"],
    &["ты", "не", "заметила"],
    &["beni", "fark", "etmedin"],
    &["beni", "gormedin"],
];

/// The reader watched, followed or seen by the writer, before the writer is said unseen:
/// `watching you`, `видел тебя`, `seni izliyorum`.
const WATCHED: &[&[&str]] = &[
    &["watching", "you"],
    &["watched", "you"],
    &["followed", "you"],
    &["following", "you"],
    &["saw", "you"],
    &["seen", "you"],
    &["видел", "тебя"],
    &["видела", "тебя"],
    &["видели", "тебя"],
    &["слежу", "за", "тобой"],
    &["seni", "izliyorum"],
    &["seni", "gordum"],
    &["seni", "takip"],
];

/// What a watcher does where the reader lives or works: `park`, `sit`, `wait`.
static WAITING: Lexicon = Lexicon::new(
    "park parked parking sit sat sitting stand stood standing wait waited waiting lurk lurking",
);

/// The reader's places in Russian, after `у твоего`, `возле вашего`: `дома`, `подъезда`.
static HAUNTS_RU: Lexicon =
    Lexicon::new("дома подъезда офиса двери работы редакции окнами окон квартиры");

/// Turkish verbs of the reader's day, as `kaçta ... -dığını` ("at what time you ...") has them:
/// `çıktığını`, `geldiğini`, `döndüğünü`.
const LEAVES_TR: &[&str] = &[
    "cik", "gel", "don", "gir", "git", "uyu", "yat", "kalk", "bin",
];

impl Clause<'_> {
    /// The reader watched, read from the word at `i` (see the module's note).
    pub(super) fn stalked_by_word(&self, i: usize) -> Option<usize> {
        // (A `match` on the word, not a look-up first: this is tried at every word a threat
        // may start at, and a look-up first cost more, measured.)
        let by_the_writer = || self.said_back(i, 4, &["i", "we", "я", "мы"]);
        match self.at(i) {
            // `I followed you home yesterday`, `we followed your wife to work`; not `I
            // followed your coverage all year`.
            "followed" if by_the_writer() => {
                let whom = self.reader_or_kin(i + 1)?;
                let to = if self.at(whom) == "home" {
                    whom + 1
                } else if self.seq(whom, &["all", "the", "way", "home"]) {
                    whom + 4
                } else if self.at(whom) == "to"
                    && (self.is(whom + 1, &["work", "school"])
                        || self.at(whom + 1) == "your" && self.is(whom + 2, &HAUNTS))
                {
                    whom + 2 + usize::from(self.at(whom + 1) == "your")
                } else {
                    return None;
                };
                Some(to)
            }
            // `I've been watching your house every night`, `... you for weeks`; not `...
            // your show every night`, `... you on TV for years`.
            "watching" | "watched" if by_the_writer() && !self.on_screen_or_thanked() => {
                if self.at(i + 1) == "your" && self.is(i + 2, &HAUNTS) {
                    let left_there = self.phrase_ends_before(i + 3);
                    return (left_there || self.routine_in(i + 3, self.len())).then_some(i + 3);
                }
                let whom = self.reader_or_kin(i + 1)?;
                self.routine_at(whom)
            }
            // `I park outside your flat most evenings`, `Every day I sit across from your
            // office and wait`; not `I park outside the library most evenings`.
            "outside" | "opposite" | "across" if by_the_writer() => {
                let yours = i + 1 + usize::from(self.at(i + 1) == "from");
                let waits = self.any_in(i.saturating_sub(3)..i, &WAITING);
                (waits
                    && self.at(yours) == "your"
                    && self.is(yours + 1, &HAUNTS)
                    && self.routine_in(0, self.len()))
                .then_some(yours + 2)
            }
            // `I saw you at the supermarket on Saturday, you looked nervous`: the reader seen
            // by the writer somewhere of every day, and told how they looked (not `I saw you
            // at the book fair on Saturday, great talk`).
            "nervous" | "scared" | "frightened" | "worried"
                if i >= 2 && self.seq(i - 2, &["you", "looked"]) =>
            {
                let seen = (0..i - 2).find(|&k| {
                    self.is(k, &["saw", "seen", "spotted"])
                        && self.at(k + 1) == "you"
                        && self.said_back(k, 3, &["i", "we"])
                })?;
                self.any_in(seen + 2..seen + 6, &EVERYDAY).then_some(i + 1)
            }
            // `I've been watching you for weeks, you never noticed`, `Видел тебя вчера у
            // подъезда, ты меня не заметил`, `Seni izliyorum, beni fark etmedin`. (`never
            // noticed` read from `never`, already a word threats start at, not from `noticed` or
            // `notice`, in too many comments.)
            "never" | "noticing" | "заметил" | "заметила" | "etmedin" | "gormedin" =>
            {
                let last = i + usize::from(self.at(i) == "never");
                let unseen = UNSEEN
                    .iter()
                    .any(|u| last + 1 >= u.len() && self.seq(last + 1 - u.len(), u));
                let watched = WATCHED.iter().any(|w| self.reads_before(i, 16, w));
                (unseen && watched && !self.on_screen_or_thanked()).then_some(last + 1)
            }
            // `I know what time you leave for work every morning`; not `I know what time the
            // polls open every morning`, nor `... you leave, I'll pick you up`.
            "know" if i > 0 && self.is(i - 1, &["i", "we"]) => {
                let you = if self.seq(i + 1, &["what", "time", "you"]) {
                    i + 3
                } else if self.seq(i + 1, &["when", "you"]) {
                    i + 2
                } else {
                    return None;
                };
                let leaves = [
                    "leave", "get", "come", "go", "finish", "arrive", "walk", "drive",
                ];
                (self.is(you + 1, &leaves) && self.routine_in(you + 2, self.len()))
                    .then(|| self.len())
            }
            // `Я слежу за тобой каждый день` ("I watch you every day"), `... за твоей семьёй`;
            // `за вами` only night after night (`Слежу за вами каждый день`); not `Я слежу за
            // новостями`, nor `Слежу за тобой в твиттере`.
            "слежу" | "следим" | "наблюдаю" | "наблюдаем" if self.at(i + 1) == "за" =>
            {
                let yours = self.is(i + 2, &["твоей", "твоим", "твоими", "вашей", "вашим"])
                    && self.is(
                        i + 3,
                        &["семьей", "домом", "дочерью", "сыном", "детьми", "женой"],
                    );
                let you = self.at(i + 2) == "тобой"
                    || self.at(i + 2) == "вами" && self.routine_in(0, self.len());
                ((you || yours) && !self.on_screen_or_thanked())
                    .then_some(i + 3 + usize::from(yours))
            }
            // `Я знаю, во сколько ты выходишь из дома` ("I know what time you leave home"),
            // left there; not `Я знаю, во сколько открывается магазин`, nor `... ты выходишь,
            // позвоню заранее` ("..., I'll call ahead").
            "выходишь" | "уходишь" | "приходишь" | "возвращаешься" if i >= 3 =>
            {
                let when = self.seq(i - 3, &["во", "сколько"]) || self.at(i - 2) == "когда";
                let known =
                    when && self.at(i - 1) == "ты" && self.said_back(i - 2, 4, &["знаю", "знаем"]);
                let end = i + 1 + 2 * usize::from(self.is(i + 1, &["из", "с", "на", "в"]));
                let left_there = self.ends_text(end - 1) || self.routine_in(0, self.len());
                (known && end <= self.len() && left_there).then_some(end)
            }
            // `Я каждый вечер стою под твоими окнами` ("every evening I stand under your
            // windows"), `... жду у твоего подъезда`; not `... гуляю под окнами больницы`.
            "стою" | "стоим" | "сижу" | "сидим" | "жду" | "ждем" | "дежурю" | "караулю" =>
            {
                let place = (i + 1..i + 4).find(|&k| {
                    self.is(k, &["под", "у", "возле", "около", "напротив"])
                        && self.is(k + 1, &["твоими", "твоего", "твоей", "вашего", "вашими"])
                        && self.is(k + 2, &HAUNTS_RU)
                })?;
                self.routine_in(0, self.len()).then_some(place + 3)
            }
            // `Seni her gün izliyorum` ("I watch you every day"); not `Sizi her gün
            // televizyonda izliyorum`.
            "izliyorum" | "izliyoruz" | "gozluyorum" => (self.said_back(i, 4, &["seni", "sizi"])
                && self.routine_in(0, i)
                && !self.on_screen_or_thanked())
            .then_some(i + 1),
            // `Dün seni eve kadar takip ettim` ("yesterday I followed you home"); not `Dün haberi
            // sonuna kadar takip ettim` ("I followed the news to the end").
            "takip" => {
                let home = ["eve", "evine", "evinize"]
                    .iter()
                    .any(|&to| self.reads_before(i, 4, &[to, "kadar"]));
                let done = ["ettim", "ediyorum", "ettik", "ediyoruz", "edecegim"];
                (home && self.said_back(i, 5, &["seni", "sizi"]) && self.is(i + 1, &done))
                    .then_some(i + 2)
            }
            // `Evden kaçta çıktığını biliyorum` ("I know what time you leave home"); not
            // `Mağazanın kaçta açıldığını biliyorum` (the shop's hours).
            // (`Kaçta eve geldiğini biliyorum`: where to, between.)
            "kacta" => {
                let verb = i + 1 + usize::from(self.is(i + 1, &["eve", "evden", "ise", "isten"]));
                let known = self.is(verb + 1, &["biliyorum", "biliyoruz"]);
                let verb = self.at(verb);
                let yours = ["digini", "tigini", "dugunu", "tugunu"]
                    .iter()
                    .any(|e| verb.ends_with(e))
                    && LEAVES_TR.iter().any(|s| verb.starts_with(s));
                let of_a_thing = i > 0 && turkish_genitive(self.at(i - 1));
                (yours && known && !of_a_thing).then(|| self.len())
            }
            // `Her akşam evinin önünde bekliyorum` ("every evening I wait in front of your
            // house"); not `Her akşam otobüs durağında bekliyorum`.
            "bekliyorum" | "bekliyoruz" | "duruyorum" => {
                let door = i >= 2
                    && self.is(i - 1, &["onunde", "kapisinda", "kapinda"])
                    && self.is(
                        i - 2,
                        &["evinin", "evin", "isyerinin", "ofisinin", "kapinin"],
                    );
                (door && self.routine_in(0, i)).then_some(i + 1)
            }
            _ => None,
        }
    }

    /// The end of the reader (`you`) or the reader's people (`your wife`) named at `k`.
    fn reader_or_kin(&self, k: usize) -> Option<usize> {
        if self.at(k) == "you" {
            Some(k + 1)
        } else {
            (self.at(k) == "your" && self.is_people(k + 1)).then_some(k + 2)
        }
    }

    /// The end of one of the [`ROUTINES`] said at `k`.
    fn routine_at(&self, k: usize) -> Option<usize> {
        ROUTINES
            .iter()
            .find(|r| self.seq(k, r))
            .map(|r| k + r.len())
    }

    /// Whether one of the [`ROUTINES`] is said from `from` to `to`.
    fn routine_in(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| self.routine_at(k).is_some())
    }

    /// Whether the text has the reader watched on a screen, followed for their work or
    /// thanked (see [`SCREEN_OR_THANKS`]).
    fn on_screen_or_thanked(&self) -> bool {
        self.words_from(0)
            .chain(self.words_before())
            .any(|w| SCREEN_OR_THANKS.contains(w))
    }
}
