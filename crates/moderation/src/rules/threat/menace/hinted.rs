//! Menaces hinted at by a remark on the reader's people, home or habits, in English, Russian
//! and Turkish: a child's quiet car park, a door that is easy, a road where drivers do not
//! stop, a son's school bus asked after.

use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::threat::harm::ROLES;

/// The reader's people a remark is made about: `your son plays ...`, `у тебя ведь дочка`.
pub(super) static KIN: Lexicon =
    Lexicon::new("son daughter kids children wife husband mum mother дочка дочь сын дети жена муж");

/// The reader's people in Turkish, which says whose by the ending: `kızın` ("your
/// daughter"), `oğlunun` ("your son's").
static KIN_YOURS_TR: Lexicon =
    Lexicon::new("oglunun kizinin cocugunun oglun kizin cocugun cocuklarin");

impl Clause<'_> {
    /// Whether something of the reader's was praised as the text opens, within ten words
    /// before `i` (`хороший магазин`, `çok güzel dükkan`): what a protection racket's menace is
    /// about.
    fn shown_off_before(&self, i: usize) -> bool {
        let praise = [
            "хороший",
            "хорошая",
            "хорошее",
            "милый",
            "милая",
            "красивый",
            "красивая",
            "guzel",
            "hos",
        ];
        self.text_opens_with(i, 10, &praise)
    }

    /// Whether the reader's people were named in the last words before `i`: `your son`, `у
    /// тебя ... дочка`, `твоя дочь`, `kızın` (the words read back, each paired with the one
    /// before it).
    pub(super) fn kin_named_before(&self, i: usize) -> bool {
        let back: Vec<&str> = self.words_back_from(i).take(20).collect();
        back.windows(2)
            .any(|w| KIN.contains(w[0]) && matches!(w[1], "your" | "ur" | "твоя" | "твой" | "твои"))
            || back.iter().any(|w| KIN_YOURS_TR.contains(w))
            || back.iter().any(|w| KIN.contains(w)) && self.reads_before(i, 20, &["у", "тебя"])
    }

    /// Menaces hinted at, read from their rarest word: `Your son plays for the under-12s on
    /// Sundays, doesn't he? Lovely pitch, very quiet car park.`, `I hope you've got good
    /// insurance on that house of yours. Very good insurance.`, `Oğlunun servisi hangi saatte
    /// geliyor?`.
    pub(super) fn hinted_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `I watch you leave the office every day`: the reader's comings and goings
            // watched (not `I watch you play every week`).
            "leave" | "leaving" if i >= 2 && self.seq(i - 2, &["watch", "you"]) => {
                let places = [
                    "office", "work", "home", "house", "newsroom", "studio", "gym",
                ];
                (self.any_in(i + 1..self.len(), &places)
                    && self.any_in(i + 1..self.len(), &["every", "each"]))
                .then(|| self.len())
            }
            // `Я каждый день смотрю, как ты выходишь из редакции` ("every day I watch you
            // leave the newsroom"; not `... как ты играешь`, "... play").
            "выходишь" | "уходишь" => {
                let places = ["редакции", "офиса", "дома", "подъезда", "работы", "студии"];
                (self.said_back(i, 6, &["смотрю", "наблюдаю", "слежу"])
                    && self.said_back(i, 8, &["каждый", "каждое", "каждую"])
                    && self.is(i + 1, &["из"])
                    && self.is(i + 2, &places))
                .then_some(i + 3)
            }
            // `Her gün ofisten çıkışını izliyorum` ("every day I watch you leave the office").
            "izliyorum" => (self.any_in(0..i, &["cikisini", "girisini"])
                && (0..i).any(|k| self.seq(k, &["her", "gun"]) || self.seq(k, &["her", "aksam"])))
            .then_some(i + 1),
            // `Your wife would look good tied up in my basement`, `Твоя жена хорошо
            // смотрелась бы связанной в моём подвале`, `Karın bodrumumda bağlı güzel
            // görünürdü`: the reader or their people pictured bound where the writer lives
            // (not `the boat was tied up in my harbour`).
            "basement" | "cellar" if i >= 2 && self.seq(i - 2, &["in", "my"]) => {
                let bound = self.any_in(0..i, &["tied", "chained", "locked"]);
                let whom = self.any_in(0..i, &["you"]) || self.kin_named_before(i);
                (bound && whom).then_some(i + 1)
            }
            "подвале" if i >= 2 && self.seq(i - 2, &["в", "моем"]) => {
                let bound = (0..i).any(|k| self.at(k).starts_with("связанн"));
                let whom = self.any_in(0..i, &["ты", "тебя"]) || self.kin_named_before(i);
                (bound && whom).then_some(i + 1)
            }
            "bodrumumda" => {
                let bound = self.any_in(i + 1..(i + 3).min(self.len()), &["bagli"]);
                let whom = self.any_in(0..i, &["karin", "kizin", "esin", "seni", "oglun"]);
                (bound && whom).then(|| self.len())
            }
            // A quiet place said of where the reader's child goes, in a remark of its own (not
            // `my son plays on Sundays, the car park is very quiet`, the writer's own; nor `your
            // son's school is quiet this week because of the strike`, a longer report).
            "quiet" | "тихая" | "тихий" | "тихое" => {
                (self.len() <= 6 && self.kin_named_before(i)).then_some(i + 1)
            }
            // `The woods behind your house are lovely this time of year. Very quiet. Nobody
            // goes there.` (not `Nobody goes there any more, the pub shut`).
            "there" if i == 2 && self.seq(0, &["nobody", "goes"]) && self.len() == 3 => self
                .reads_before(i, 20, &["behind", "your", "house"])
                .then_some(i + 1),
            // `I hope you've got good insurance on that house of yours. Very good insurance.`:
            // the advice said twice (not `... on that house, the floods are coming`).
            "insurance" if i >= 1 && self.at(i - 1) == "good" => {
                let again = self.followed_by(&[&["very", "good", "insurance"]]);
                let hoped = self.said_back(i, 6, &["hope"]);
                (again && hoped).then_some(i + 1)
            }
            // `You should be careful crossing roads, editor. Drivers round here don't always
            // stop.` (not `drivers round here don't always stop at the zebra crossing`, a
            // complaint).
            "drivers" if self.closes_with(i + 1, &["do", "not", "always", "stop"]) => {
                let careful = self.said_back(i, 12, &["careful"]);
                careful.then(|| self.len())
            }
            // `Hey food critic, your car's the silver one parked round the back, isn't it?`:
            // the reader's car pointed out where it stands, asked back (not `your car's the
            // silver one, isn't it? I'll bring the jump leads`, help; nor `my car's ...`).
            "parked" => {
                let car = (i.saturating_sub(6)..i)
                    .any(|k| self.at(k) == "your" && self.is(k + 1, &["car", "van", "bike"]));
                let one = i >= 1 && self.at(i - 1) == "one";
                let asked = self.closes_with(i + 1, &["is", "not", "it"])
                    || self.closes_with(i + 1, &["isn", "t", "it"]);
                let alone = self.words_after().next().is_none();
                (car && one && asked && alone).then(|| self.len())
            }
            // `My cousin is a locksmith. He says your front door is very easy.`, closing the
            // clause (not `your front door is very easy to paint`).
            // `Next Christmas Eve I'll be at the midnight mass with a can of petrol` (not `I'll be at
            // the garage with a can of petrol for the mower`).
            "petrol" | "gasoline" if i >= 4 && self.seq(i - 4, &["with", "a", "can", "of"]) => {
                let there = self.reads_before(i, 14, &["ll", "be", "at"])
                    || self.reads_before(i, 14, &["will", "be", "at"]);
                let gathered = self.said_back(
                    i,
                    10,
                    &[
                        "mass",
                        "service",
                        "prayers",
                        "church",
                        "mosque",
                        "synagogue",
                        "wedding",
                        "funeral",
                    ],
                );
                (there && gathered && i + 1 == self.len()).then_some(i + 1)
            }
            // `The river's very deep behind your street, isn't it?` (not `... behind our street,
            // and the council won't fence it`).
            "deep" if self.at(i.wrapping_sub(1)) == "very" => {
                let yours =
                    self.seq(i + 1, &["behind", "your"]) || self.seq(i + 1, &["near", "your"]);
                let asked = self.closes_with(i + 3, &["is", "not", "it"])
                    || self.closes_with(i + 3, &["isn", "t", "it"]);
                (yours && asked).then(|| self.len())
            }
            // `That's a very nice car for someone with so many enemies` (not `... for someone with
            // so many kids`).
            "enemies" if i >= 4 && self.seq(i - 4, &["someone", "with", "so", "many"]) => self
                .said_back(i, 10, &["car", "house", "family", "home"])
                .then_some(i + 1),
            // `You write like someone who's never been properly frightened. That can change.`
            "frightened" | "scared" | "hurt" if self.said_back(i, 3, &["never"]) => self
                .followed_by(&[&["that", "can", "change"], &["that", "will", "change"]])
                .then_some(i + 1),
            // `Look out your window tonight, journalist. We'll wave.` (not `... there's a meteor
            // shower`).
            "wave" if i >= 2 && self.at(i - 2) == "we" && self.is(i - 1, &["ll", "will"]) => self
                .reads_before(i, 10, &["look", "out", "your", "window"])
                .then_some(i + 1),
            // `The strike breakers' addresses are going online tonight, see how they like that`
            // (not `the new addresses are going online tonight on the council's site`).
            "online" if i >= 3 && self.is(i - 3, &["addresses", "address"]) => {
                let going = self.is(i - 2, &["are", "is"]) && self.at(i - 1) == "going";
                let dared = self.said_next(i + 1, 8, &["like", "enjoy"])
                    && self.said_next(i + 1, 8, &["see"]);
                (going && dared).then_some(i + 1)
            }
            // `Let's see how tough the manager is when his tyres are slashed every morning` (not
            // `... when his tyres are checked`).
            "slashed" if i >= 3 && self.seq(i - 2, &["tyres", "are"]) => {
                let whose = self.is(i - 3, &["his", "her", "your", "their"]);
                let dared = self.said_back(i, 12, &["brave", "tough", "smug", "cocky"]);
                (whose && dared).then_some(i + 1)
            }
            // `Let's see how smug the vicar is when his church goes up in flames on Sunday` (not
            // `... when his church goes up in the rankings`).
            "flames" if i >= 3 && self.seq(i - 3, &["goes", "up", "in"]) => {
                let dared = self.said_back(i, 14, &["smug", "brave", "tough", "cocky"]);
                let theirs = self.said_back(i, 6, &["his", "her", "your", "their"]);
                (dared && theirs).then_some(i + 1)
            }
            // `If you put up that menorah again, we'll put it through your window` (not `we'll put
            // it through your letterbox`, post).
            "window" | "windows"
                if i >= 4 && self.seq(i - 4, &["put", "it", "through", "your"]) =>
            {
                let again = self.said_back(i, 14, &["again"]) && self.said_back(i, 14, &["if"]);
                again.then_some(i + 1)
            }
            // `If I see the king's car I'll throw something a lot worse than eggs` (not `... than
            // eggs at the fair`, a coconut shy).
            "eggs" if i >= 2 && self.seq(i - 2, &["worse", "than"]) && i + 1 == self.len() => {
                let thrown = self.said_back(i, 8, &["throw", "throwing", "chuck"]);
                let seen = self.reads_before(i, 16, &["if", "i", "see"]);
                (thrown && seen).then_some(i + 1)
            }
            // `Prensin arabası geçerken yumurtadan daha kötüsünü atacağız` ("when the prince's
            // car passes we'll throw something worse than eggs").
            "atacagiz" | "atacagim" if self.reads_before(i, 4, &["yumurtadan", "daha"]) => {
                self.said_back(i, 4, &["kotusunu"]).then_some(i + 1)
            }
            // `Ride your rocket to Mars and do us all a favour by not coming back alive` (not `...
            // by coming back with samples`): a death wished as a favour to all.
            "alive"
                if i >= 3
                    && (self.seq(i - 3, &["not", "coming", "back"])
                        || self.seq(i - 3, &["never", "coming", "back"])
                        || self.seq(i - 3, &["not", "come", "back"])) =>
            {
                self.reads_before(i, 12, &["do", "us", "all", "a", "favour"])
                    .then_some(i + 1)
            }
            // `I'd love to see the lab that funds this burned to the ground, researchers and all`
            // (not `... burned to the ground, records and all`): its people in it.
            // (Read from `burned`, a rarer word than `all`.)
            "burned" | "burnt" if self.seq(i + 1, &["to", "the", "ground"]) => {
                let rest: Vec<&str> = self.words_from(i + 4).take(3).collect();
                let people = rest.len() == 3
                    && ROLES.contains(rest[0])
                    && rest[0].ends_with('s')
                    && rest[1..] == ["and", "all"];
                let wished = self.said_back(i, 16, &["love", "see", "hope", "should"]);
                (people && wished).then_some(i + 4)
            }
            // `Every small boat that comes in should be rammed and sunk, no survivors` (not `the
            // crash left no survivors`, a report): a sinking or bombing wished to the last.
            "survivors" if i >= 1 && self.at(i - 1) == "no" && i + 1 == self.len() => {
                let sunk = self.said_back(
                    i,
                    10,
                    &[
                        "sunk",
                        "sink",
                        "rammed",
                        "ram",
                        "bombed",
                        "bomb",
                        "torpedoed",
                    ],
                );
                let wished = self.said_back(i, 10, &["should", "must", "let"]);
                (sunk && wished).then_some(i + 1)
            }
            // `Send every last one of them back on a boat and sink it` (not `load the old tyres
            // on a barge and sink it for a reef`): people put on a boat to be sunk.
            "sink" if i >= 2 && self.at(i - 1) == "and" && self.is(i + 1, &["it", "them"]) => {
                let boat = self.said_back(i, 3, &["boat", "boats", "ship", "barge", "dinghy"]);
                let sent = self.said_back(i, 12, &["send", "put", "load", "pack", "ship"]);
                let people = self.said_back(i, 12, &["them", "everyone", "everybody"])
                    || (0..i).any(|k| self.is_people(k));
                (boat && sent && people).then_some(i + 2)
            }
            // `Put them back in the boats and point them at the rocks` (not `point the
            // telescope at the rocks`).
            "rocks" if i >= 4 && self.seq(i - 4, &["point", "them", "at", "the"]) => self
                .said_back(i, 12, &["boats", "boat", "dinghies"])
                .then_some(i + 1),
            // `I know the hotel where they're housed, and me and the lads are paying it a visit
            // Saturday night` (not `... paying it a visit with donations`).
            "visit" if i >= 3 && self.seq(i - 3, &["paying", "it", "a"]) => {
                let lads = self.said_back(i, 8, &["lads", "boys", "mates"]);
                let housed = self.reads_before(i, 16, &["where", "they"]);
                let night = self.any_in(i + 1..self.len(), &["night", "tonight"]);
                (lads && housed && night).then_some(i + 1)
            }
            // `Witnesses who talk end up in the canal, everybody knows it` (not `witnesses who
            // talk end up in the papers`).
            // (Read from the place, a rarer word than `talk`: trade talks are typical.)
            "canal" | "river" | "ditch" | "morgue" if i >= 5 => {
                let at = i - 1 - usize::from(self.is(i - 1, &["the", "a"]));
                let ended = at >= 4 && self.seq(at - 2, &["end", "up", "in"]);
                let talked = ended
                    && self.is(at - 3, &["talk", "talks", "grass", "snitch"])
                    && self.at(at - 4) == "who";
                talked.then_some(i + 1)
            }
            // `Next time I see one of those Lycra louts on my road, I'm opening my car door on
            // him` (not `I'm opening my car door on the quiet street`, no one).
            "door" if i >= 3 && self.seq(i - 2, &["my", "car"]) && self.at(i + 1) == "on" => {
                let opened = self.is(i - 3, &["open", "opening"]);
                let whom = self.person(i + 2);
                let next_time = self.said_back(i, 20, &["next", "when"]);
                (opened && whom > 0 && next_time).then_some(i + 2 + whom)
            }
            // `Your commute takes you past the old quarry every morning, doesn't it? Lonely
            // spot.` (not `... every morning, it's lovely in spring`).
            "lonely" | "isolated"
                if self.len() == 2 && self.is(i + 1, &["spot", "place", "road", "stretch"]) =>
            {
                let yours = ["commute", "route", "walk", "run", "drive"]
                    .iter()
                    .any(|w| self.reads_before(i, 20, &["your", w]));
                let asked = self.reads_before(i, 6, &["does", "not", "it"])
                    || self.reads_before(i, 6, &["doesn", "t", "it"]);
                (yours && asked).then_some(i + 2)
            }
            // `Let's see how brave the transport minister is with his brake lines cut` (not
            // `... with his brake lines checked`).
            "cut" if i >= 3 && self.seq(i - 2, &["brake", "lines"]) => {
                let whose = self.is(i - 3, &["his", "her", "your", "their"]);
                let dared = self.said_back(i, 12, &["brave", "tough", "smug", "cocky"]);
                (whose && dared).then_some(i + 1)
            }
            // `Muhabir, evin dere kenarında değil mi? Dikkat et, sular yükseliyor.` ("Reporter,
            // your house is by the stream, isn't it? Careful, the waters are rising."; not `dere
            // kenarında oturanlar dikkatli olsun, sular yükseliyor`, a warning to all).
            "yukseliyor" if i >= 1 && self.at(i - 1) == "sular" => {
                let yours = self.said_back(i, 12, &["evin"]);
                let asked = self.reads_before(i, 10, &["degil", "mi"]);
                let careful = self.reads_before(i, 4, &["dikkat", "et"]);
                (yours && asked && careful).then_some(i + 1)
            }
            // `The author's home network is wide open, and so is the front door, I checked.`
            // (not `... and so is the front door, it's a lovely old house`).
            "door" if i >= 4 && self.seq(i - 4, &["so", "is", "the", "front"]) => {
                let checked = self.closes_with(i + 1, &["i", "checked"])
                    || self.followed_by(&[&["i", "checked"], &["i", "have", "checked"]]);
                checked.then(|| self.len())
            }
            "door" => {
                let yours = self.said_back(i, 2, &["your"]);
                let easy = self.closes_with(i + 1, &["is", "very", "easy"])
                    || self.closes_with(i + 1, &["is", "easy"]);
                (yours && easy).then(|| self.len())
            }
            // `In my grandfather's day we knew how to deal with people like you, and it wasn't
            // with words.`
            "knew" if self.seq(i + 1, &["how", "to", "deal", "with"]) => {
                let you = i + 5;
                let like_you = self.seq(you, &["people", "like", "you"])
                    || self.seq(you, &["the", "likes", "of", "you"])
                    || self.seq(you, &["your", "kind"]);
                like_you.then_some(you + 3)
            }
            // `Your kids would look better in coffins` (not `the flowers would look better in a
            // vase`).
            "coffins" | "coffin" | "bag" | "bags" => {
                let better =
                    (i.saturating_sub(6)..i).find(|&k| self.seq(k, &["look", "better", "in"]));
                let body = self.at(i).starts_with("coffin") || i >= 1 && self.at(i - 1) == "body";
                let whose = better
                    .is_some_and(|k| (0..k).any(|p| self.person(p) > 0 || self.at(p) == "you"));
                (body && whose).then_some(i + 1)
            }
            // `Put them all in homes and let them rot` (not `let them rot in the compost bin`,
            // said of leaves).
            "rot" if i >= 2 && self.seq(i - 2, &["let", "them"]) && i + 1 == self.len() => {
                let put = (0..i - 2)
                    .any(|k| self.seq(k, &["put", "them"]) || self.seq(k, &["lock", "them"]));
                put.then_some(i + 1)
            }
            // `I'll be waiting outside the count for the returning officer, and he knows why`.
            "why" if i + 1 == self.len() && i >= 3 && self.at(i - 3) == "and" => {
                let knows = self.is(i - 2, &["he", "she", "you", "they"])
                    && self.is(i - 1, &["knows", "know"]);
                let waiting = (0..i).any(|k| self.seq(k, &["be", "waiting"]));
                (knows && waiting).then_some(i + 1)
            }
            // `Her constituency office would burn nicely` (not `these logs would burn nicely`).
            "nicely" if i >= 2 && self.seq(i - 2, &["would", "burn"]) => {
                let theirs = (0..i - 2).any(|k| self.is(k, &["her", "his", "your", "their"]));
                let place = self.any_in(
                    0..i - 2,
                    &["office", "house", "home", "flat", "shop", "car"],
                );
                (theirs && place).then_some(i + 1)
            }
            // `Get that MP out of Parliament, feet first` (not `the baby came out feet first`).
            "first" if i >= 1 && self.at(i - 1) == "feet" => {
                let out = self.any_in(0..i - 1, &["out"]);
                let whom = (0..i - 1).any(|k| self.person(k) > 0);
                (out && whom && self.any_in(0..i - 1, &["get", "carry", "take"])).then_some(i + 1)
            }
            // `The leader of the council will find his car on fire one of these mornings`.
            "find" if self.is(i + 1, &["his", "her", "your", "their"]) => {
                let thing = self.is(i + 2, &["car", "house", "home", "office", "shop"]);
                let burnt = self.seq(i + 3, &["on", "fire"])
                    || self.is(i + 3, &["burnt", "burned", "torched"]);
                let will = i >= 1 && self.at(i - 1) == "will";
                (thing && burnt && will).then_some(i + 5)
            }
            // `You're not safe anywhere, not even in your own bed` (not `you're not safe
            // anywhere in this storm`, nor `... not even in your own car, drive slowly`).
            "safe" if i >= 3 && self.seq(i - 3, &["you", "are", "not"]) => {
                let own = (i + 2..self.len()).find(|&k| {
                    self.seq(k, &["not", "even", "in", "your", "own"])
                        && self.is(k + 5, &["bed", "home", "house", "flat"])
                });
                (self.at(i + 1) == "anywhere" && own.is_some_and(|k| k + 6 == self.len()))
                    .then(|| self.len())
            }
            // `Next time you stand for election, make sure your family is safe` (not `make sure
            // your family is safe during the storm`, advice).
            "safe" if i + 1 == self.len() && i >= 5 => {
                let kin =
                    self.seq(i - 5, &["make", "sure", "your"]) && KIN.contains(self.at(i - 2));
                let is = self.is(i - 1, &["is", "are", "stays", "stay"]);
                let next = self.reads_before(i, 14, &["next", "time"]);
                (kin && is && next).then_some(i + 1)
            }
            // `The commentator's voice makes me want to rip his tongue out` (not `this heat makes
            // me want to rip my jumper off`).
            "makes" if self.seq(i + 1, &["me", "want", "to"]) => {
                let verb = i + 4;
                let theirs =
                    (verb + 1..verb + 3).any(|k| self.is(k, &["his", "her", "their", "your"]));
                let body = self.any_in(verb + 1..verb + 5, &crate::rules::threat::harm::BODY)
                    || self.any_in(verb + 1..verb + 5, &["tongue", "eyes"]);
                let torn = self.is(verb, &["rip", "tear", "pull", "punch", "smash", "strangle"]);
                (torn && theirs && body).then(|| (verb + 5).min(self.len()))
            }
            // `Tell that linesman I know what car he drives.`
            "drives" | "drive" if i >= 4 && self.seq(i - 4, &["know", "what", "car"]) => {
                (self.is(i - 1, &["he", "she", "you"]) && i + 1 == self.len()).then_some(i + 1)
            }
            // `Delete your account before I delete you.`
            "delete" | "erase" if i >= 2 && self.seq(i - 2, &["before", "i"]) => {
                self.closes_with(i + 1, &["you"]).then_some(i + 2)
            }
            // `I'll find your IP and come round, you won't like it` (not `I'll find you a
            // recipe, you won't like it, it's got kale`).
            "ip" if i >= 2 && self.seq(i - 2, &["find", "your"]) => {
                let coming = (i + 1..self.len())
                    .any(|k| self.seq(k, &["come", "round"]) || self.seq(k, &["come", "over"]));
                (coming && self.closes_with(i + 1, &["you", "will", "not", "like", "it"]))
                    .then(|| self.len())
            }
            // `I know the studio's address and I have a lot of free time.`
            "time"
                if self.closes_with(0, &["free", "time"])
                    || self.closes_with(0, &["spare", "time"]) =>
            {
                let address = (0..i).any(|k| {
                    self.is(k, &["address", "postcode"]) && self.said_back(k, 5, &["know"])
                });
                (address && i + 1 == self.len()).then(|| self.len())
            }
            // `Stream sniper here: I know what city you're in now, enjoy your night.`
            "city" | "town" | "street" | "hotel"
                if i >= 3 && self.seq(i - 3, &["i", "know", "what"]) =>
            {
                let there = self.seq(i + 1, &["you", "are", "in"]);
                // (Said right after: not `..., the weather there is lovely, enjoy your night`.)
                let enjoy = (i + 4..i + 7).any(|k| {
                    self.seq(k, &["enjoy", "your"]) && self.is(k + 2, &["night", "evening", "stay"])
                });
                (there && enjoy).then(|| self.len())
            }
            // `I wonder if your kids know their way home from school without you.`
            "without" if self.closes_with(i, &["without", "you"]) => {
                let way = (0..i).any(|k| self.seq(k, &["way", "home"]));
                (way && self.kin_named_before(i)).then_some(i + 2)
            }
            // `You talk a lot for someone who lives alone.`; `Must be scary, being a woman who
            // writes things like this, all alone at night.` (not `she lives alone and loves
            // it`).
            // (`Nice photo of your wife in the paper. I'd love to get her alone some night.`:
            // the reader's kin, named before, got alone at night; not `... get her alone for
            // an interview`.)
            "alone" => {
                let got_alone = i >= 2
                    && self.at(i - 2) == "get"
                    && self.is(i - 1, &["her", "him", "them"])
                    && self.any_in(i + 1..self.len(), &["night", "tonight", "evening"])
                    && self.kin_named_before(i);
                let lives = i + 1 == self.len()
                    && self.closes_with(0, &["someone", "who", "lives", "alone"])
                    && self.any_in(0..i, &["for"])
                    && self.any_in(0..i, &["you"]);
                let at_night = i + 3 == self.len()
                    && self.closes_with(0, &["all", "alone", "at", "night"])
                    && self.any_in(0..i, &["writes", "write"])
                    && self.any_in(0..i, &["woman", "girl", "man"]);
                (got_alone || lives || at_night).then(|| self.len())
            }
            // `A word to the wise: cars catch fire all the time round here.`
            "fire" if i >= 2 && self.seq(i - 2, &["cars", "catch"]) => {
                let warned = self.said_back(i, 8, &["wise"]);
                warned.then_some(i + 1)
            }
            // `Журналисты в нашем городе часто падают с лестницы, знаешь ли` ("journalists in
            // our town often fall down the stairs, you know").
            "лестницы" if i >= 2 && self.seq(i - 2, &["падают", "с"]) => (0..i)
                .any(|k| self.is(k, &["журналисты", "журналистки", "репортеры", "блогеры"]))
                .then_some(i + 1),
            // `Машина у тебя красивая, жаль будет, если сгорит` ("nice car you've got, a pity
            // if it burns").
            "сгорит" | "взорвется" | "разобьется" if i >= 1 && self.at(i - 1) == "если" =>
            {
                let pity = self.said_back(i, 5, &["жаль"]);
                let yours = self.reads_before(i, 10, &["у", "тебя"]);
                (pity && yours).then_some(i + 1)
            }
            // `Я знаю, на какой машине ты ездишь` ("I know which car you drive"), as in
            // English (not `..., на какой машине ты ездишь: на той же, что и я`, answered).
            "ездишь" if i >= 4 && self.seq(i - 4, &["на", "какой", "машине", "ты"]) =>
            {
                let known = self.said_back(i, 6, &["знаю", "знаем"]);
                let answered = self.words_from(i + 1).next() == Some("на");
                (known && !answered).then_some(i + 1)
            }
            // `Твоя дочка симпатичная. Будет жаль, если с ней что-то случится` ("your daughter
            // is pretty. A pity if something happened to her"): the reader's people named, then
            // a harm to them regretted in advance (not `..., если с погодой что-то случится`).
            // (`Было бы жаль, если бы с твоей собакой что-то случилось`: "... if something
            // happened to your dog", the reader's own named in the clause.)
            "случится" | "случилось" => {
                let pity =
                    self.said_back(i, 10, &["жаль", "жалко"]) && self.said_back(i, 8, &["если"]);
                let them = self.said_back(i, 4, &["ней", "ним", "ними"]);
                let yours = self.said_back(i, 5, &["твоей", "твоим", "твоими", "вашей", "вашим"]);
                (pity && (them && self.kin_named_before(i) || yours)).then_some(i + 1)
            }
            // `Kızın çok güzel. Başına bir şey gelse yazık olur` (the same in Turkish; not
            // `Başına bir şey gelse yazık olur, dikkat et`, said of the reader alone).
            // (`Güzel dükkan, camları kırılsa yazık olur`: "nice shop, be a shame if its windows
            // got broken", what the reader has praised, then its harm.)
            // (`Çocukların beşinci okula gidiyor, değil mi? ... Aniden okul değiştirmek zorunda
            // kalsalar yazık olur`: "a pity if they suddenly had to change schools".)
            // (`Köpeğine bir şey olsa yazık olurdu`: "a pity if something happened to your
            // dog", the reader's own in the dative before `bir şey`; not `birine`, "to
            // someone", nor `başına`, "to you", said of the reader alone, as above.)
            "yazik" if self.is(i + 1, &["olur", "olurdu"]) => {
                let harmed = self.said_back(i, 4, &["gelse", "gelirse"])
                    && self.said_back(i, 6, &["basina"]);
                let yours = (i.saturating_sub(5)..i).any(|k| {
                    let whose = if k > 0 { self.at(k - 1) } else { "" };
                    self.seq(k, &["bir", "sey"])
                        && self.is(k + 2, &["olsa", "olursa", "gelse", "gelirse"])
                        && ["ine", "ina", "une", "una"]
                            .iter()
                            .any(|e| whose.ends_with(e))
                        && !whose.starts_with("bir")
                        && whose != "basina"
                });
                let broken = self.said_back(i, 3, &["kirilsa", "kirilirsa", "yansa", "yanarsa"])
                    && self.shown_off_before(i);
                let moved = self.said_back(i, 3, &["kalsalar", "kalirlarsa", "kalsa", "kalirsa"])
                    && self.reads_before(i, 6, &["okul", "degistirmek"]);
                ((harmed || moved) && self.kin_named_before(i) || broken || yours).then_some(i + 2)
            }
            // `Твои дети ходят в пятую школу? Хорошая школа. Жаль будет, если придётся её
            // сменить` ("... a pity if it had to be changed"): the reader's children's school,
            // and its loss regretted in advance (not `... жаль, если придётся сменить
            // кроссовки`, no child).
            "сменить" | "менять" => {
                let pity = self.said_back(i, 6, &["жаль", "жалко"])
                    && self.said_back(i, 4, &["если"])
                    && self.said_back(i, 3, &["придется"]);
                let school = self.said_back(i, 16, &["школу", "школа", "школе"]);
                (pity && school && self.kin_named_before(i)).then_some(i + 1)
            }
            // `Твоё личико смотрелось бы лучше с парой синяков` ("your little face would look
            // better with a couple of bruises"), `O güzel yüzün birkaç morlukla daha iyi
            // görünürdü`.
            "синяков" | "синяками" | "фингалом" | "фингалами" => {
                let looked = self.reads_before(i, 6, &["бы", "лучше", "с"])
                    && self.said_back(
                        i,
                        8,
                        &["смотрелось", "смотрелся", "смотрелась", "выглядело"],
                    );
                looked.then_some(i + 1)
            }
            "morlukla" | "morluklarla" | "yarayla" => {
                let better = self.seq(i + 1, &["daha", "iyi"])
                    && self.is(i + 3, &["gorunurdu", "gorunurdun", "dururdu"]);
                (better && self.said_back(i, 4, &["yuzun", "suratin"])).then_some(i + 4)
            }
            // `Автор живёт недалеко от меня. Может, зайду поговорить, с друзьями` ("the author
            // lives near me; I might drop in to talk, with friends"), `Yazar bana iki sokak
            // uzakta oturuyor. Belki arkadaşlarla bir uğrarım`: a visit, not alone, after where
            // the writer lives (not `... зайду взять автограф`, an autograph).
            "друзьями" | "ребятами" if i >= 1 && self.at(i - 1) == "с" => {
                let visit = self.said_back(i, 6, &["зайду", "загляну", "заеду", "приду"]);
                let lives = self.said_back(i, 16, &["живет", "живешь"]);
                (visit && lives && i + 1 == self.len()).then_some(i + 1)
            }
            "arkadaslarla" | "arkadaslarimla" => {
                // (Not `..., arkadaşlarla imza almaya uğrarım`, "... for an autograph".)
                let k = i + 1 + usize::from(self.at(i + 1) == "bir");
                let visit = self
                    .is(k, &["ugrarim", "gelirim", "ugrayacagim", "gelecegim"])
                    .then_some(k);
                let lives = self.said_back(i, 12, &["oturuyor", "oturuyorsun", "yasiyor"]);
                visit.filter(|_| lives).map(|k| k + 1)
            }
            // `Хороший магазин, жалко будет, если окна разобьют` ("nice shop, a pity if the
            // windows get broken"): what was praised, then its harm regretted in advance (not
            // `жалко будет, если окна разобьют хулиганы, поставьте решётки`, a warning of
            // others).
            "разобьют" | "сожгут" | "подожгут" => {
                let pity =
                    self.said_back(i, 3, &["если"]) && self.said_back(i, 6, &["жалко", "жаль"]);
                (pity && self.shown_off_before(i) && self.phrase_ends_before(i + 1))
                    .then_some(i + 1)
            }
            // `Раньше с такими, как ты, не церемонились` ("people like you used not to be
            // stood on ceremony with").
            "церемонились" if i >= 1 && self.at(i - 1) == "не" => (0..i)
                .any(|k| self.seq(k, &["с", "такими", "как", "ты"]))
                .then_some(i + 1),
            // `Ты бы поосторожнее по вечерам гулял` ("you'd better walk more carefully in the
            // evenings").
            "поосторожнее" if i >= 2 && self.seq(i - 2, &["ты", "бы"]) => self
                .first_in(
                    i + 1..i + 5,
                    &["гулял", "ходил", "ездил", "гуляла", "ходила"],
                )
                .map(|k| k + 1),
            // `Один звонок — и у тебя будут большие проблемы, поверь` ("one call and you'll
            // have big problems").
            "звонок" if i >= 1 && self.at(i - 1) == "один" => {
                let after: Vec<&str> = self.words_after().take(6).collect();
                let yours = after.windows(2).any(|w| w == ["у", "тебя"]);
                let trouble = after
                    .iter()
                    .any(|w| matches!(*w, "проблемы" | "неприятности"));
                let in_clause = (i + 1..self.len()).any(|k| self.seq(k, &["у", "тебя"]))
                    && self.any_in(i + 1..self.len(), &["проблемы", "неприятности"]);
                (yours && trouble || in_clause).then(|| self.len())
            }
            // `Oğlunun okulu çok güzelmiş, servisi hangi saatte geliyor?` ("your son's school
            // is lovely, what time does its bus come?").
            "servisi" if self.seq(i + 1, &["hangi", "saatte"]) => {
                self.kin_named_before(i).then_some(i + 3)
            }
            // `Eskiden senin gibilere ne yapıldığını hatırla` ("remember what was done to your
            // like in the old days").
            "hatirla" => (i >= 3
                && self.at(i - 1).starts_with("yapildig")
                && self.any_in(i.saturating_sub(4)..i, &["gibilere", "gibilerine"]))
            .then_some(i + 1),
            // `Bir gün biri sana bunun hesabını sorar, o gün yakın` ("one day someone will call
            // you to account, that day is near").
            "yakin" if i >= 2 && self.seq(i - 2, &["o", "gun"]) => {
                (0..i).any(|k| self.at(k) == "hesabini").then_some(i + 1)
            }
            // `Evin arkasındaki orman çok ıssız, değil mi?` ("the woods behind your house are
            // very lonely, aren't they?").
            "issiz" => (self.any_in(0..i, &["arkasindaki"])
                && self.any_in(0..i, &["evin", "evinin"]))
            .then_some(i + 1),
            // `Arabana iyi bak, bu mahallede arabalar çok yanar` ("look after your car, cars
            // burn a lot round here").
            "yanar" if i >= 2 && self.at(i - 2) == "arabalar" => {
                self.said_back(i, 10, &["arabana"]).then_some(i + 1)
            }
            _ => None,
        }
    }
}
