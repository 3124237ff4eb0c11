//! Menaces between the lines: what is done to people like the reader shown, someone waiting,
//! people who vanished and were not missed, a rope handed, the last face the reader sees.

use super::{BACK_CARE, MASSACRES, PLACES, REMAINS};
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::harassment::PET_NAMES;
use crate::rules::threat::harm::{BODY, HARMED, PROPERTY, ROLES, WEAPON};

/// The weather a reader is told to watch themselves in on the way home.
static WEATHER: Lexicon =
    Lexicon::new("fog foggy snow snowy rain storm storms flood floods flooding wind windy traffic");

/// What is slapped off a reader's face: `that smug look`, `that grin`.
static LOOKS: Lexicon = Lexicon::new("look smile grin smirk expression");

/// What the reader is told to keep doing before "... and find out": speaking up.
static KEPT_AT: Lexicon = Lexicon::new(
    "talking posting pushing commenting trolling mouthing testing messing lying running writing",
);

/// Where a body is scraped off: `they'll be scraping you off the tracks`.
static SCRAPED_OFF: Lexicon = Lexicon::new(
    "pavement floor road street wall tarmac tracks rails ground sidewalk asphalt concrete \
     windscreen windshield",
);

impl Clause<'_> {
    /// `I'll show you what a real man does to a mouthy girl`, after the commitment that ends
    /// at `from`: what is done to a person, shown to the reader (not `I'll show you what a
    /// real chef does to a tomato`).
    pub(super) fn shown_what_is_done(&self, from: usize) -> Option<usize> {
        if !self.seq(from, &["show", "you", "what"]) {
            return None;
        }
        let done = (from + 3..from + 8)
            .find(|&k| self.is(k, &["does", "do"]) && self.at(k + 1) == "to")?;
        let whom = done + 2;
        let said_of =
            |k: usize| self.is_people(k) || self.is(k, &["girl", "girls", "woman", "bitch"]);
        let person = if self.is(whom, &["a", "an"]) {
            (whom + 1..whom + 3).find(|&k| said_of(k))
        } else {
            (self.person(whom) > 0 || said_of(whom)).then_some(whom)
        }?;
        Some(person + 1)
    }

    /// `We'll be waiting outside the studio for you tonight. Come alone.`, after the
    /// commitment that ends at `from`: the writer waiting for the reader, and the next
    /// sentence telling the reader how to come (not `... for you. Come early, the queue is
    /// long.`, nor `... Take care.`, a greeting).
    pub(super) fn waiting_for_you(&self, from: usize) -> Option<usize> {
        let waiting = self.seq(from, &["be", "waiting"]) || self.seq(from, &["be", "outside"]);
        // (`I'll be waiting outside the studio after your show. Come alone.`)
        let after_your = |k: usize| {
            self.seq(k, &["after", "your"])
                && self.is(
                    k + 2,
                    &["show", "shift", "class", "talk", "speech", "broadcast"],
                )
        };
        let for_you = (from + 2..self.len()).any(|k| {
            self.seq(k, &["for", "you"])
                || self.at(k) == "your" && self.is(k + 1, &PLACES)
                || after_your(k)
        });
        let told = [
            &["come", "alone"][..],
            &["sleep", "tight"],
            &["watch", "your", "back"],
        ];
        (waiting && for_you && self.followed_by(&told)).then(|| self.len())
    }

    /// `people like you used to disappear in the night, and honestly I miss those days`, from
    /// `used` at `i`: the reader's kind made to vanish, and the writer missing it (not
    /// `people like you used to write letters, and I miss those days`, `dissidents used to
    /// disappear in the night under Stalin`).
    pub(super) fn vanished_and_missed(&self, i: usize) -> Option<usize> {
        let like_you =
            i >= 2 && (self.seq(i - 2, &["like", "you"]) || self.seq(i - 2, &["your", "kind"]));
        if !like_you || self.at(i + 1) != "to" {
            return None;
        }
        let v = i + 2;
        let vanished = self.is(v, &["disappear", "vanish"])
            && self.any_in(
                v + 1..v + 6,
                &["night", "trace", "camps", "gulag", "gulags"],
            )
            || self.is(v, &["be", "get"]) && self.is(v + 1, &HARMED)
            // (`Women like you used to get what was coming to them, and some of us miss those
            // days`.)
            || self.comeuppance(v).is_some()
                || self.seq(v, &["get", "what", "was", "coming"])
            // (`Your kind used to know its place, and some of us miss those days`.)
            || self.at(v) == "know"
                && self.is(v + 1, &["its", "their", "your"])
                && self.at(v + 2) == "place";
        let missed = (v..self.len()).any(|k| {
            self.seq(k, &["miss", "those", "days"])
                || self.seq(k, &["miss", "that"])
                || self.seq(k, &["good", "old", "days"])
                || self.seq(k, &["those", "were", "the", "days"])
                || self.seq(k, &["bring", "back"])
                || self.seq(k, &["bring", "it", "back"])
                // (`People like you used to get tarred and feathered, and rightly so`: the
                // writer's approval.)
                || self.seq(k, &["rightly", "so"])
                || self.seq(k, &["quite", "right", "too"])
        });
        (vanished && missed).then(|| self.len())
    }

    /// `somebody should hand that MP a rope and a chair`, `give him a rope and save us the
    /// bother`, read from the rope at `i`: a person handed what to hang themselves with (not
    /// `hand the climber a rope`, `give him a rope and a harness`).
    pub(super) fn rope_handed(&self, i: usize) -> Option<usize> {
        if i < 3 || self.at(i - 1) != "a" {
            return None;
        }
        let handers = ["hand", "give", "buy", "send", "pass", "throw", "get"];
        (i.saturating_sub(7)..i - 1).find(|&k| {
            let whom = self.person(k + 1);
            self.is(k, &handers) && whom > 0 && k + 1 + whom == i - 1
        })?;
        let and = i + 1;
        if self.at(and) != "and" {
            return None;
        }
        if self.is(and + 1, &["a", "an"]) && self.is(and + 2, &["chair", "stool", "beam"]) {
            return Some(and + 3);
        }
        self.is(and + 1, &["save", "spare"]).then(|| self.len())
    }

    /// `I'll be the last face you see`, after the commitment's `be the last` at `from`: the
    /// writer promises to be there at the reader's end (not `I'll be the last person to
    /// leave`, `... you see at the party`).
    pub(super) fn last_face_seen(&self, from: usize) -> Option<usize> {
        let seen = from + 4;
        if !self.is(from + 3, &["face", "thing", "person", "voice"]) || self.at(seen) != "you" {
            return None;
        }
        // `... you see before you stop breathing`, `... you will ever see`.
        let verb = (seen + 1..seen + 4).find(|&k| self.is(k, &["see", "hear"]))?;
        // (`I'll be the last face you see, and I'll be smiling`.)
        let closes = verb + 1 == self.len() || self.phrase_ends_before(verb + 1);
        (closes || self.is(verb + 1, &["before", "ever"])).then_some(verb + 1)
    }

    /// Menaces between the lines: `keep talking and find out`, `careful walking to your car
    /// tonight, sweetheart`, `I'd slap that smug look right off your face`, `then you'll see
    /// what happens to people like you`.
    pub(super) fn between_the_lines(&self, i: usize) -> Option<usize> {
        self.kept_talking(i)
            .or_else(|| self.found_dead(i))
            .or_else(|| self.home_watched(i))
            .or_else(|| self.harm_hinted(i))
            .or_else(|| self.way_home_watched(i))
            .or_else(|| self.massacre_wished(i))
            .or_else(|| self.see_what_happens(i))
            .or_else(|| self.fate_hinted(i))
            .or_else(|| self.consequences_hinted(i))
            .or_else(|| self.violence_relished(i))
    }

    /// `keep running your mouth and see where it gets you`, `keep talking and find out`: the
    /// reader told to go on and learn what comes.
    fn kept_talking(&self, i: usize) -> Option<usize> {
        // `keep running your mouth and see where it gets you`.
        if self.seq(i, &["keep", "running", "your", "mouth"])
            && (i + 4..self.len()).any(|k| self.seq(k, &["see", "where", "it", "gets", "you"]))
        {
            return Some(self.len());
        }
        // `keep talking and find out`, `keep posting and you'll find out`, closing the clause:
        // not `keep reading and find out how it ends`, `keep talking to your doctor ...`.
        if self.at(i) == "keep" && self.is(i + 1, &KEPT_AT) && self.at(i + 2) == "and" {
            let find = i + 3 + 2 * usize::from(self.seq(i + 3, &["you", "will"]));
            if self.seq(find, &["find", "out"]) && find + 2 == self.len() {
                return Some(find + 2);
            }
        }
        None
    }

    /// People wished dead or found dead: `the only good Tory is a dead Tory`, `people like
    /// you would be hanging from lampposts`, `journalists like you end up in the river`, a car
    /// that rolls into a river `with the driver still in it`.
    fn found_dead(&self, i: usize) -> Option<usize> {
        let w = self.at(i);
        // `the only good Tory is a dead Tory`.
        if self.seq(i, &["only", "good"]) {
            let is = (i + 3..(i + 5).min(self.len())).find(|&k| self.is(k, &["is", "are"]));
            if let Some(k) = is {
                let dead = k + 1 + usize::from(self.at(k + 1) == "a");
                // (`... is a buried councillor`.)
                if self.is(dead, &["dead", "buried"]) {
                    return Some((dead + 2).min(self.len()));
                }
                // (`the only good traveller is one leaving town in the back of a police van,
                // or a hearse`.)
                let carried_off = ["hearse", "coffin", "coffins", "grave", "graves", "morgue"];
                if self.at(dead) == "one" && self.any_in(dead + 1..self.len(), &carried_off) {
                    return Some(self.len());
                }
            }
        }
        // `people like you would be hanging from lampposts`.
        // `your editor would look good hanging from a lamppost`.
        let looks = |k: usize| self.at(k) == "look" && self.is(k + 1, &["good", "better", "great"]);
        // (`... would look better swinging from a rope`.)
        if self.is(i, &["hanging", "swinging"])
            && self.at(i + 1) == "from"
            && i >= 2
            && (self.at(i - 1) == "be" || i >= 3 && looks(i - 2))
            && self.any_in(
                i + 2..i + 4,
                &[
                    "lampposts",
                    "lamppost",
                    "lamp",
                    "trees",
                    "tree",
                    "gallows",
                    "rope",
                    "noose",
                ],
            )
            && self.person_in(i.saturating_sub(6)..i - 1)
        {
            return Some(i + 3);
        }
        // `a few journalists hanging from bridges would improve the coverage`: people hanged,
        // and what it would do (not `climbers hanging from the bridge were rescued`).
        let few = |k: usize| self.is(k, &["few", "couple", "some", "more", "several"]);
        if w == "hanging"
            && self.at(i + 1) == "from"
            && self.is(i + 2, &["bridges", "lampposts", "lamp", "trees", "cranes"])
            && i >= 2
            && few(i - 2)
            && self.person(i - 1) > 0
            && self.any_in(i + 3..i + 5, &["would", "will", "might"])
        {
            return Some(i + 3 + usize::from(self.at(i + 2) == "lamp"));
        }
        // `journalists like you end up in the river`: the reader's kind, found dead (not `old
        // cars end up in the river after every flood`).
        // (`reporters like you are the reason ... some of them will end up in the river`.)
        // (`your kind always ends up in a body bag eventually`.)
        let kind_ends = || {
            let like_you = (0..i).any(|k| self.seq(k, &["like", "you"]));
            // (`people who write like this end up in the canal eventually`.)
            let write_like_this = (0..i).any(|k| {
                self.is(k, &["who", "that"])
                    && self.is(k + 1, &["write", "talk", "post"])
                    && self.seq(k + 2, &["like", "this"])
            });
            let your_kind = (i.saturating_sub(3)..i).any(|k| {
                self.is(k, &["your", "ur"]) && self.is(k + 1, &["kind", "sort", "lot", "type"])
            });
            i >= 2 && self.seq(i - 2, &["like", "you"])
                || i >= 1 && self.at(i - 1) == "will" && like_you
                || your_kind
                || write_like_this
        };
        if (w == "end" || w == "ends")
            && self.at(i + 1) == "up"
            && self.any_in(i + 2..i + 6, &REMAINS)
            && kind_ends()
        {
            return Some((i + 6).min(self.len()));
        }
        // `you'd be surprised how easily a car can roll into a river with the driver still in
        // it`: a harm made to look like chance, with people in it.
        if w == "surprised" && self.seq(i + 1, &["how", "easily"]) && self.any_in(0..i, &["you"]) {
            if let Some(end) = self.with_people_inside(i + 3..self.len()) {
                return Some(end);
            }
        }
        None
    }

    /// The reader's home or car watched: `I'm outside your building right now. Nice blue
    /// door.`, `I can see your house from my window`, `I know what car you drive`.
    fn home_watched(&self, i: usize) -> Option<usize> {
        let w = self.at(i);
        // `I'm outside your building right now. Nice blue door.`: the writer at the reader's
        // home, said and nothing more (not `... right now, come down for the keys`).
        let outside = w == "i" && self.seq(i + 1, &["am", "outside", "your"]);
        if outside && (self.is(i + 4, &PLACES) || self.is(i + 4, &["building", "door"])) {
            let now = i + 5 + 2 * usize::from(self.seq(i + 5, &["right", "now"]));
            let last = self.words_after().next().is_none();
            let closes = now == self.len() && (self.followed_by(&[&["nice"]]) || last);
            if closes {
                return Some(now);
            }
        }
        // `I'll write about yours, starting with where your daughter goes to school`: the
        // reader's child's school named as what comes next (not `starting with where your
        // kids can park`).
        if self.seq(i, &["starting", "with", "where", "your"])
            && self.is(
                i + 4,
                &["kid", "kids", "son", "daughter", "children", "child"],
            )
            && self.is(i + 5, &["go", "goes"])
            && self.seq(i + 6, &["to", "school"])
        {
            return Some(i + 8);
        }
        // `I can see your house from my window`: the reader's home watched.
        if self.seq(i, &["i", "can", "see", "your"])
            && self.is(i + 4, &["house", "home", "flat", "car", "kids", "bedroom"])
            && self.seq(i + 5, &["from", "my"])
        {
            return Some(i + 7);
        }
        // `I know what (which) car you drive`, `we know which school your kids go to`: what only
        // someone watching the reader knows.
        if self.is(i, &["i", "we"]) && self.at(i + 1) == "know" {
            let watched = if self.is(i + 2, &["what", "which"]) && self.at(i + 3) == "car" {
                Some((i + 4, &["drive", "drives"][..]))
            } else if self.seq(i + 2, &["which", "school"]) {
                Some((i + 4, &["go", "goes", "attend", "attends"][..]))
            } else if self.seq(i + 2, &["which", "pub"]) {
                // (`I know which pub you drink in after the match. See you Saturday.`)
                Some((i + 4, &["drink", "drinks"][..]))
            } else {
                None
            };
            // (`tell your daughter I said hi, I know which school she goes to`: a pronoun for
            // the reader's own, named before.)
            let yours_before = (0..i).any(|k| self.at(k) == "your" && self.is_people(k + 1));
            let person_at = |p: usize| {
                if yours_before && self.is(p, &["she", "he", "they"]) {
                    1
                } else {
                    self.person(p)
                }
            };
            if let Some((person, does)) = watched.filter(|&(p, _)| person_at(p) > 0) {
                let verb = person + person_at(person);
                // (Not `we know what car the minister drives: a 2009 hatchback`, the answer
                // given, nor `I know what car you drive now — the red one outside the bakery?`.)
                let after = verb + 1 + usize::from(self.at(verb + 1) == "now");
                let answer = |w: &str| ["a", "an", "the"].contains(&w);
                let answered = if after == self.len() {
                    self.words_after().next().is_some_and(answer)
                } else {
                    after > verb + 1 && answer(self.at(after))
                };
                // (Nor `I know what car you drive matters for the insurance quote`: what the
                // reader drives the subject of another verb.)
                let subject = self.is(
                    after,
                    &[
                        "matters",
                        "matter",
                        "is",
                        "makes",
                        "affects",
                        "decides",
                        "determines",
                        "counts",
                        "says",
                        "changes",
                    ],
                );
                // (Nor `I know which school your daughter goes to, we met at the fair`.)
                if self.is(verb, does) && !answered && !subject && !self.met_after() {
                    return Some(verb + 1);
                }
            }
        }
        None
    }

    /// A harm hinted at or wished for a lesson: `I'd slap that smug look right off your face`,
    /// `watch your back`, `give me five minutes alone with this journalist and a crowbar`,
    /// `wait until we know your address`, `taken out back`, `... without your teeth`.
    fn harm_hinted(&self, i: usize) -> Option<usize> {
        // `I'd slap that smug look right off your face`: a blow to the reader's face, for
        // its look (not `knock the dust off your face with this brush`); `somebody needs to
        // slap the smirk off this columnist's face`.
        if self.is(i, &["i", "we", "someone", "somebody"]) {
            let blow =
                (i + 1..i + 4).find(|&k| self.is(k, &["slap", "knock", "smack", "punch", "beat"]));
            if let Some(blow) = blow {
                // (`off this columnist's face`: anyone's.)
                // (`beat the smirk off this columnist`: off the person.)
                let off = (blow + 1..blow + 8).find(|&k| {
                    self.at(k) == "off"
                        && ((k + 2..k + 5).any(|f| self.at(f) == "face") || self.person(k + 1) > 0)
                });
                if let Some(off) = off.filter(|&off| self.any_in(blow + 1..off, &LOOKS)) {
                    return Some(
                        (off + 1 + self.person(off + 1))
                            .max(off + 3)
                            .min(self.len()),
                    );
                }
            }
        }
        // Not the back's own care: `watch your back when lifting boxes`, `on the icy steps`.
        if self.seq(i, &["watch", "your", "back"]) && !self.any_in(i + 3..i + 7, &BACK_CARE) {
            return Some(i + 3);
        }
        // `maybe if you got raped you'd understand`: rape wished on the reader, for a lesson
        // (not `if you were raped, call this number`).
        if self.at(i) == "raped"
            && i >= 3
            && self.seq(i - 3, &["if", "you"])
            && self.is(i - 1, &["got", "were", "get", "was"])
            && self.seq(i + 1, &["you", "would"])
            && self.is(
                i + 3,
                &["understand", "learn", "know", "see", "change", "shut"],
            )
        {
            return Some(i + 4);
        }
        // `give me five minutes alone with this journalist and a crowbar`, `I'd love five
        // minutes alone with this author and a baseball bat`.
        // (`give me ten minutes with this so-called expert and a length of pipe`.)
        // (And `if I had five minutes alone with the author and a cricket bat`.)
        if self.is(i, &["give", "love", "had"]) {
            let with =
                (i..i + 6).find(|&k| self.is(k, &["alone", "minutes"]) && self.at(k + 1) == "with");
            if let Some(k) = with {
                let bat =
                    self.armed_in(k + 2..self.len()) || self.any_in(k + 2..self.len(), &["bat"]);
                if (k + 2..k + 6).any(|p| self.person(p) > 0) && bat {
                    return Some(self.len());
                }
            }
        }
        // `wait until we know your address, then we'll talk`; not `..., then we'll send the
        // prize`.
        if self.is(i, &["until", "till"])
            && i > 0
            && self.at(i - 1) == "wait"
            && self.is(i + 1, &["we", "i"])
            && self.is(i + 2, &["know", "find", "get", "have"])
            && self.seq(i + 3, &["your", "address"])
            && (i + 5 == self.len() || self.any_in(i + 5..self.len(), &["talk", "see"]))
        {
            return Some(i + 5);
        }
        // `she'd have you taken out back and put down`: a person taken out back.
        if self.seq(i, &["taken", "out", "back"]) && i > 0 && self.person(i - 1) > 0 {
            return Some(i + 3);
        }
        // `keep posting lies and we'll see how brave you are without your teeth`: what the
        // reader keeps doing, and the reader's body harmed for it.
        if self.seq(i, &["without", "your"])
            && self.is(i + 2, &BODY)
            && self.kept_up_before(i)
            && !self.any_in(0..i, &["not", "never"])
        {
            return Some(i + 3);
        }
        None
    }

    /// The reader's way home or people watched: `watch yourself walking home tonight`,
    /// `careful walking to your car tonight, sweetheart`, `your kids walk to school alone, don't
    /// they?`, `your editor will be scraping you off the pavement`.
    fn way_home_watched(&self, i: usize) -> Option<usize> {
        // `watch yourself walking home tonight`: the reader's way home watched, with nothing
        // to watch for on it (not `... walking home tonight, the pavements are icy`, `... in
        // this fog`).
        if self.seq(i, &["watch", "yourself"]) {
            let home = [
                &["walking", "home"][..],
                &["going", "home"],
                &["on", "your", "way", "home"],
            ];
            if let Some(way) = home.iter().find(|way| self.seq(i + 2, way)) {
                let care = |k: usize| self.is(k, &BACK_CARE) || self.is(k, &WEATHER);
                if !(i + 2..self.len()).any(care) {
                    return Some(i + 2 + way.len());
                }
            }
        }
        // `careful walking to your car tonight, sweetheart`: the reader's way watched, said
        // with a pet name that closes the clause (not `careful walking to your car tonight,
        // the car park lights are out`).
        // (Or `careful walking home tonight, sweetheart, it gets dark early`: the pet name
        // its own phrase; not `... love, the pavements are icy`.)
        if self.seq(i, &["careful", "walking"]) && i + 4 < self.len() {
            let way = (i + 2..i + 6).any(|k| self.is(k, &["home", "car", "door", "house"]));
            let last = self.len() - 1;
            let named = (i + 3..self.len()).any(|k| {
                self.is(k, &PET_NAMES)
                    && self.phrase_ends_before(k)
                    && (k == last || self.phrase_ends_before(k + 1))
            });
            let care = |k: usize| self.is(k, &BACK_CARE) || self.is(k, &WEATHER);
            if way && named && !(i + 2..self.len()).any(care) {
                return Some(self.len());
            }
        }
        // `your kids walk to school alone, don't they?`, `your little girl walks home from
        // school alone, doesn't she?`: the reader's own people, alone (not `your family will
        // never walk alone`, `your kids don't go out alone`, nor the question `does your
        // daughter walk home alone?`).
        if self.at(i) == "your" {
            if let Some(end) = self.own_people_alone(i) {
                return Some(end);
            }
        }
        // `your editor will be scraping you off the pavement`.
        if self.is(i, &["scraping", "scrape", "peeling", "peel"]) {
            let off = i + 1 + self.person(i + 1);
            if off > i + 1 && self.seq(off, &["off", "the"]) && self.is(off + 2, &SCRAPED_OFF) {
                return Some(off + 3);
            }
        }
        None
    }

    /// A massacre wished on people: `the day of the rope is coming`, `we should do to them what
    /// was done in Srebrenica`, `we need another Holocaust for these people`.
    fn massacre_wished(&self, i: usize) -> Option<usize> {
        // `the day of the rope is coming`: the lynching of a movement's enemies.
        if self.seq(i, &["day", "of", "the", "rope"]) {
            return Some(i + 4);
        }
        // `we should do to them what was done in Srebrenica`, `... what happened at
        // Auschwitz`: a massacre wished on people (not `historians study what was done in
        // Srebrenica`).
        if self.seq(i, &["do", "to"]) && self.is(i + 2, &["them", "you", "these", "those", "all"]) {
            let what = (i + 3..i + 6).find(|&k| self.at(k) == "what");
            if let Some(k) = what {
                let done = k
                    + 1
                    + usize::from(self.seq(k + 1, &["was", "done"])) * 2
                    + usize::from(self.at(k + 1) == "happened");
                if self.is(done, &["in", "at", "to"]) && self.is(done + 1, &MASSACRES) {
                    return Some(done + 2);
                }
            }
        }
        // `we need another Holocaust for these people`; not `never another Holocaust`.
        if self.at(i) == "another"
            && self.is(i + 1, &["holocaust", "genocide", "pogrom", "kristallnacht"])
            && !self.any_in(i.saturating_sub(4)..i, &["not", "never", "no"])
            && (self.person_in(i + 2..i + 6) || self.any_in(i + 2..i + 5, &["for", "on"]))
        {
            return Some(i + 2);
        }
        None
    }

    /// The reader dared to see what happens: `keep talking and see what happens to your kids`,
    /// `say that to my face and see what happens`, `nobody will investigate what happens to
    /// you`.
    fn see_what_happens(&self, i: usize) -> Option<usize> {
        let w = self.at(i);
        // `keep talking and see what happens to your kids`: to the reader or theirs, not to
        // `the mayor's plan`.
        if self.seq(i, &["see", "what", "happens", "to"])
            && (self.at(i + 4) == "you" || self.at(i + 4) == "your" && self.is_people(i + 5))
        {
            return Some(i + 5 + usize::from(self.at(i + 4) == "your"));
        }
        // `... and see what happens to that pretty face of yours`, `... to your teeth`: the
        // reader's body (not `to that old bridge of theirs`, `to your savings`).
        if self.seq(i, &["see", "what", "happens", "to"]) {
            let body = (i + 5..i + 8).find(|&k| self.is(k, &BODY));
            if let Some(k) = body {
                // (`keep writing lies about my town and see what happens to that pretty face`:
                // the reader's, dared to go on writing; not `leave it in the sun and see what
                // happens to that face cream`.)
                let dared = i > 0
                    && self.at(i - 1) == "and"
                    && self.any_in(0..i, &["writing", "write", "talking", "posting", "lies"])
                    && self.phrase_ends_before(k + 1);
                let yours = self.at(i + 4) == "your" && k == i + 5
                    || self.is(i + 4, &["that", "this"])
                        && (self.seq(k + 1, &["of", "yours"]) || dared);
                if yours {
                    return Some(k + 1);
                }
            }
        }
        // `post one more piece like this and see what happens to your little blue car`: what
        // the reader owns, after a dare to write again (not `add one more egg and see what
        // happens to your cake`).
        if self.seq(i, &["see", "what", "happens", "to", "your"]) {
            let owned = (i + 5..i + 8).find(|&k| self.is(k, &PROPERTY));
            let again = (0..i).any(|k| self.seq(k, &["one", "more"]) || self.at(k) == "another")
                && (0..i).any(|k| self.seq(k, &["like", "this"]) || self.seq(k, &["like", "that"]));
            if let Some(k) = owned.filter(|_| again) {
                return Some(k + 1);
            }
        }
        // `say that to my face and see what happens`, `talk to me like that in person and
        // ...`: the reader dared to meet the writer (not `try the recipe and see what
        // happens`).
        // (And `... see where you end up`.)
        let ends = if self.seq(i, &["see", "where", "you", "end", "up"]) {
            i + 5
        } else {
            i + 3
        };
        if (self.seq(i, &["see", "what", "happens"]) || ends == i + 5)
            && ends == self.len()
            && i > 0
            && self.at(i - 1) == "and"
        {
            let met = (0..i)
                .any(|k| self.seq(k, &["to", "my", "face"]) || self.seq(k, &["in", "person"]));
            if met {
                return Some(ends);
            }
        }
        // `... then you'll see what happens to people like you`.
        if self.seq(
            i,
            &["see", "what", "happens", "to", "people", "like", "you"],
        ) {
            return Some(i + 7);
        }
        // `we have friends in the police, nobody will investigate what happens to you` (not
        // `nobody will investigate what happened to the pension fund`).
        if w == "nobody" || w == "no" {
            let will = i + 1 + usize::from(w == "no" && self.at(i + 1) == "one");
            let looks = will + 1;
            if self.at(will) == "will"
                && self.is(looks, &["investigate", "notice", "ask"])
                && self.seq(looks + 1, &["what", "happens", "to", "you"])
            {
                return Some(looks + 5);
            }
        }
        None
    }

    /// A fate hinted at: reporters who `keep having house fires`, `while you still have all your
    /// teeth`, `one phone call and your whole family disappears`, `Tick tock, scribbler`,
    /// `shorter lives`, a car to check underneath, `all twenty of us. Bring security.`
    fn fate_hinted(&self, i: usize) -> Option<usize> {
        let w = self.at(i);
        // `funny how reporters who dig into our business keep having house fires`: accidents
        // that befall those who do what the writer names (not `the council keeps having
        // budget overruns`).
        // (`funny how people who write articles like this always seem to have accidents on
        // the stairs`.)
        let having = if w == "keep" && self.at(i + 1) == "having" {
            Some(i + 2)
        } else if w == "seem" && self.seq(i + 1, &["to", "have"]) {
            Some(i + 3)
        } else {
            None
        };
        if let Some(from) = having {
            let fires = self.first_in(from..from + 3, &["fires", "accidents"]);
            if let Some(k) = fires.filter(|_| self.any_in(0..i, &["who"]) && self.person_in(0..i)) {
                return Some(k + 1);
            }
        }
        // `keep smiling while you still have all your teeth` (not `... while you still have
        // time`).
        if w == "while" && self.seq(i + 1, &["you", "still", "have"]) {
            let yours = i + 4 + usize::from(self.at(i + 4) == "all");
            if self.is(yours, &["your", "ur"]) && self.is(yours + 1, &BODY) {
                return Some(yours + 2);
            }
            // (`enjoy your byline while you still have fingers to type with`; not `... while
            // you still have knees that work`.)
            if self.is(yours, &BODY)
                && self.at(yours + 1) == "to"
                && self.is(yours + 2, &["type", "write"])
            {
                return Some(yours + 3);
            }
        }
        // `one phone call and you'll lose more than your job` (not `... and you'll lose more
        // than your deposit`, money).
        if w == "one" && self.seq(i + 1, &["phone", "call", "and", "you", "will", "lose"]) {
            let more = self.seq(i + 7, &["more", "than", "your"])
                && self.is(i + 10, &["job", "career", "column", "house"]);
            if more {
                return Some(i + 11);
            }
        }
        // `one phone call and your whole family disappears` (not `... and the bill is paid`).
        if w == "one" && self.seq(i + 1, &["phone", "call", "and", "your"]) {
            let whole = i + 5 + usize::from(self.at(i + 5) == "whole");
            if self.is_people(whole) && self.is(whole + 1, &["disappears", "vanishes", "disappear"])
            {
                return Some(whole + 2);
            }
            // (`One phone call and your car is scrap metal`, `... your shop is ashes`; not
            // `... your car is fixed`.)
            let wrecked = ["scrap", "ashes", "toast", "history", "gone", "rubble"];
            if self.is(i + 5, &["car", "house", "shop", "office", "flat"])
                && self.at(i + 6) == "is"
                && self.is(i + 7, &wrecked)
            {
                return Some(i + 8);
            }
        }
        // `Tick tock, scribbler. Your time is running out.`: a clock ticking for the reader (not
        // `tick tock, your time to apply is running out`).
        if w == "tick" && self.at(i + 1) == "tock" {
            let running_out = ["your", "time", "is", "running", "out"];
            let said =
                (i + 2..self.len()).any(|k| self.seq(k, &running_out) && k + 5 == self.len());
            if said || self.followed_by(&[&running_out]) {
                return Some(self.len());
            }
        }
        // `people who write like you tend to have short careers and shorter lives`.
        if w == "shorter" && self.at(i + 1) == "lives" && self.any_in(0..i, &["you"]) {
            let like_you = (0..i).any(|k| self.seq(k, &["like", "you"]));
            if like_you {
                return Some(i + 2);
            }
        }
        // `don't start your car tomorrow without checking underneath it`: a bomb hinted at.
        if w == "without"
            && self.at(i + 1) == "checking"
            && self.is(i + 2, &["under", "underneath"])
        {
            let started = (0..i).any(|k| self.seq(k, &["start", "your", "car"]));
            if started && self.any_in(0..i, &["not"]) {
                return Some(i + 3 + usize::from(self.at(i + 3) == "it"));
            }
        }
        // `we're coming to the book signing on Saturday, all twenty of us. Bring security.`
        // (`We'll be waiting for the keeper after the final whistle. Bring a doctor.`, `We'll
        // find you at the book signing. Bring a helmet.`)
        let coming = self.seq(i + 1, &["are", "coming", "to"])
            || self.seq(i + 1, &["will", "be", "waiting", "for"])
            || self.seq(i + 1, &["will", "find", "you"]);
        if w == "we" && coming {
            let security = [
                &["bring", "security"][..],
                &["you", "will", "need", "security"],
                &["bring", "a", "doctor"],
                &["bring", "a", "helmet"],
                &["bring", "an", "ambulance"],
                &["bring", "a", "medic"],
            ];
            if self.followed_by(&security) {
                return Some(self.len());
            }
        }
        None
    }

    /// What the reader's words will cost them: `you won't need a pension, the way you're going`,
    /// `you'd look better with a few teeth missing`, `you'll find out what happens to people
    /// who talk too much`, `you won't be laughing when we come for you`.
    fn consequences_hinted(&self, i: usize) -> Option<usize> {
        let w = self.at(i);
        // `you won't need a pension, the way you're going` (not `... with these shares`).
        if w == "you"
            && self.seq(i + 1, &["will", "not", "need", "a"])
            && self.is(i + 5, &["pension", "retirement"])
        {
            let going = ["the", "way", "you", "are", "going"];
            let end = i + 6 + usize::from(self.at(i + 6) == "plan");
            if self.seq(end, &going) || self.followed_by(&[&going]) {
                return Some(end);
            }
        }
        // `you'd look better with a few teeth missing`, `... with a broken nose` (not `you'd
        // look better with a fringe`).
        if w == "you" && self.seq(i + 1, &["would", "look", "better", "with"]) {
            let with = i + 5;
            let teeth = (with..with + 4).find(|&k| self.at(k) == "teeth");
            if let Some(k) = teeth.filter(|&k| self.is(k + 1, &["missing", "knocked", "gone"])) {
                return Some(k + 2);
            }
            let broken = self.is(with, &["a", "two"])
                && self.is(with + 1, &["broken", "black"])
                && self.is(
                    with + 2,
                    &["nose", "jaw", "eye", "eyes", "arm", "leg", "legs"],
                );
            if broken {
                return Some(with + 3);
            }
        }
        // `keep writing like this and you'll find out what happens to people who talk too
        // much`, `... who ask too many questions`, `we both know what happens to people who
        // talk too much`: what is done to those who say too much (not `read on and you'll
        // find out what happens to people who skip breakfast`).
        let what = if w == "find" && self.at(i + 1) == "out" {
            i + 2
        } else {
            i + 1
        };
        if (what > i + 1 || w == "see" || w == "know")
            && self.seq(what, &["what", "happens", "to"])
            && self.is(
                what + 3,
                &["people", "those", "journalists", "reporters", "hacks"],
            )
            && self.at(what + 4) == "who"
        {
            let said_too_much = self.is(what + 5, &["talk", "write", "ask", "say", "know", "dig"])
                && self.at(what + 6) == "too"
                && self.is(what + 7, &["much", "many"]);
            let snitched = self.is(what + 5, &["snitch", "snoop", "squeal", "blab", "grass"]);
            if said_too_much || snitched {
                let end = if snitched { what + 6 } else { what + 8 };
                return Some(end + usize::from(self.at(end) == "questions"));
            }
        }
        // `you won't be laughing when we come for you`, closing its clause: not `when we come
        // for you at seven`.
        if self.is(i, &["when", "once"])
            && self.is(i + 1, &["we", "i", "they"])
            && self.seq(i + 2, &["come", "for", "you"])
            && i + 5 == self.len()
        {
            return Some(i + 5);
        }
        None
    }

    /// Violence the writer would relish or asks for: `I'd love to see the editor hanging from a
    /// lamppost`, `I'd pay good money to watch someone knock this clown's teeth in`, a lesson
    /// taught, `someone should take a baseball bat to this reporter`, `pay for this with his
    /// life`.
    fn violence_relished(&self, i: usize) -> Option<usize> {
        // `I'd love to see the editor hanging from a lamppost`, `I would pay good money to
        // watch you get beaten up`.
        let watched = (self.seq(i, &["love", "to"])
            || self.seq(i, &["money", "to"])
            || self.seq(i, &["pay", "to"]))
            && self.is(i + 2, &["see", "watch"]);
        // `I'd pay to see your teeth knocked out`: a body part harmed.
        let knocked = [
            "knocked", "kicked", "smashed", "broken", "bashed", "punched",
        ];
        if watched
            && self.is(i + 3, &["your", "his", "her", "their"])
            && self.is(i + 4, &BODY)
            && self.is(i + 5, &knocked)
        {
            return Some(i + 6);
        }
        // `I'd love to see your house burn with you in it`, `... this whole newsroom burn to
        // the ground with everyone inside`: property burnt with a person in it, as `burn that
        // office down with the editors inside` (not `... your old letters burn in the
        // fireplace with you beside me`).
        if watched
            && self.is(
                i + 3,
                &["your", "his", "her", "their", "this", "that", "the"],
            )
        {
            // (`... this journalist's house burn with her inside`: whose it is named.)
            let property =
                i + 4 + usize::from(self.is(i + 4, &["whole", "entire"]) || self.is(i + 4, &ROLES));
            let burns = property + 1;
            let with = (burns + 1..burns + 6).find(|&k| self.at(k) == "with");
            if let Some(with) = with.filter(|_| {
                self.is(property, &PROPERTY) && self.is(burns, &["burn", "burning", "burned"])
            }) {
                let person = with + 1 + self.person(with + 1);
                if person > with + 1 && self.is(person, &["in", "inside"]) {
                    return Some(person + 1 + usize::from(self.at(person + 1) == "it"));
                }
            }
        }
        // `I'd pay good money to watch someone knock this clown's teeth in`.
        if watched && self.is(i + 3, &["someone", "somebody"]) {
            if let Some(end) = self.harm(i + 4, false) {
                return Some(end);
            }
        }
        if watched && self.person(i + 3) > 0 {
            let mut after = i + 3 + self.person(i + 3);
            after += usize::from(self.is(after, &["get", "getting"]));
            if self.is(
                after,
                &["hanging", "swinging", "dead", "burn", "burning", "shot"],
            ) || self.is(after, &HARMED)
            {
                return Some(after + 1);
            }
            // `... dragged through the streets`; not `dragged into court`.
            if self.seq(after, &["dragged", "through", "the", "streets"]) {
                return Some(after + 4);
            }
        }
        if self.at(i) == "teach" {
            if let Some(end) = self.lesson_taught(i) {
                return Some(end);
            }
        }
        if self.at(i) == "give" {
            if let Some(end) = self.lesson_given(i) {
                return Some(end);
            }
        }
        // `someone should take a baseball bat to this reporter`; not `take a bat to the
        // match`, `take a knife to the picnic`.
        // (`the farmers should take their shotguns to these protesters`: asked of others.)
        let asked = i >= 1 && self.is(i - 1, &["should", "must"]);
        if self.at(i) == "take" && (self.by_someone(i) || asked) {
            let armed = |k: usize| {
                self.is(k, &WEAPON)
                    || self.is(
                        k,
                        &["guns", "shotguns", "rifles", "bats", "knives", "machetes"],
                    )
            };
            if let Some(weapon) = (i + 1..i + 4).find(|&k| armed(k)) {
                if self.at(weapon + 1) == "to" && self.person(weapon + 2) > 0 {
                    return Some(weapon + 2 + self.person(weapon + 2));
                }
            }
        }
        // `pay for this with his life`.
        if self.at(i) == "pay"
            && self.any_in(i + 1..i + 5, &["with"])
            && self.any_in(i + 2..i + 7, &["life", "lives", "blood"])
        {
            return Some(i + 7);
        }
        None
    }
}
