//! Threats of violence, read from how a clause is built rather than from its words alone.
//!
//! The classifier learns which words abusive comments use; a threat often uses none of them
//! ("I'm coming for you tonight, and I'm bringing a knife" scores 0.15). This rule reads
//! three shapes of a threat in each clause of the [`Normalized`] text (so it sees through the
//! same disguises as the other rules):
//! - **intent**: the writer says they will harm someone: a first-person subject, a
//!   commitment (`will`, `going to`, `want to`, `coming`...), then within a few words a harm
//!   done to a person (`kill you`, `break your legs`, `hunt him down`, `make them pay`,
//!   `set fire to the house of the mayor`, `bringing a knife`);
//! - **menace**: a threat without a violent verb (`you will regret this`, `your days are
//!   numbered`, `sleep with one eye open`, `I know where you live`);
//! - **call**: violence asked of others or wished on people (`someone should shoot him`,
//!   `X should be hanged`, `X deserve to die`, `I hope you die`, `get rid of X by force`).
//!
//! A harm needs a person as its object (`kill you`, `kill the mayor`; not `kill the bill`),
//! and an object that is given something is not harmed (`shoot you an email`, `find you a
//! copy`). A commitment negated (`I will never hurt you`) and a clause that reports or quotes
//! someone (`he said he would kill them`, `saying "X should be shot" is vile`) are left to
//! the classifier. Clauses end at sentence punctuation and at `but`.
//!
//! English, with the commonest Russian and Turkish forms (first-person future harm verbs
//! with a person as object, and the calls "must be shot"); docs/model-card.md says what it
//! misses.
//!
//! The same reading names the harm verbs that harm no one (`harmless_in`: `kill the bill`,
//! `this heat is going to kill me`), which the classifier then does not read.

use std::ops::Range;
use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary, IDENTITIES};
use super::Hit;
use crate::normalize::Normalized;

/// Which shape of threat was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreatKind {
    /// The writer says they will harm someone.
    Intent,
    /// A menace without a violent verb.
    Menace,
    /// Violence asked of others, or wished on someone.
    Call,
}

/// Verbs that harm whoever is their object.
static HARM: Lexicon = Lexicon::new(
    "kill murder stab shoot strangle lynch behead rape maim torture slaughter butcher execute \
     hang poison drown gas exterminate hurt harm choke cripple bury torch gut skin decapitate \
     assassinate kills killing shoots shooting stabs stabbing hurts hurting murders murdering \
     strangles strangling hangs hanging tortures torturing executes executing butchers",
);

/// Verbs that harm with a body part as their object (`break your legs`, `kick his teeth in`).
static HARM_BODY: Lexicon = Lexicon::new(
    "break smash snap bash crack kick punch slap knock breaks smashes snaps bashes cracks \
     kicks punches slaps knocks",
);

/// Body parts (and `ass`, as in `kick your ass`).
static BODY: Lexicon = Lexicon::new(
    "bone bones neck legs leg arms arm face jaw nose skull teeth fingers knees kneecaps head \
     spine ribs throat ass skin",
);

/// What someone made to do this is harmed: `make them pay`.
static SUFFER: Lexicon = Lexicon::new("pay suffer bleed regret beg scream disappear die cry");

/// Where putting someone harms them: `put you in the hospital`.
static PUT_IN: Lexicon =
    Lexicon::new("hospital ground grave coffin wheelchair morgue bag icu dirt");

static WEAPON: Lexicon = Lexicon::new(
    "knife gun rifle pistol bat machete axe rope acid bomb shotgun blade hammer crowbar noose",
);

/// What is burnt or blown up: `set fire to the house of the mayor`.
static PROPERTY: Lexicon =
    Lexicon::new("house houses home homes car cars office offices shop shops");

/// Past participles of harm: `X should be shot`, `X should be eradicated`.
static HARMED: Lexicon = Lexicon::new(
    "shot hanged hung killed executed lynched gassed burned burnt exterminated murdered \
     beheaded stabbed beaten raped tortured strangled drowned poisoned butchered slaughtered \
     maimed gunned castrated",
);

/// Past participles of harm that are also said of things (`the virus was eradicated`, `the
/// records need to be purged`): `X should be eradicated` needs people named as X.
static ERADICATED: Lexicon =
    Lexicon::new("eradicated annihilated purged sterilized sterilised euthanized euthanised");

/// What urges a reader to harm themselves, from its verb: `hang yourself`, `jump off a
/// bridge`, `drink bleach`.
const SELF_HARM: &[&[&str]] = &[
    &["kill", "yourself"],
    &["hang", "yourself"],
    &["shoot", "yourself"],
    &["drown", "yourself"],
    &["off", "yourself"],
    &["neck", "yourself"],
    &["slit", "your", "wrists"],
    &["slit", "your", "throat"],
    &["drink", "bleach"],
    &["drink", "some", "bleach"],
    &["end", "it", "all"],
    &["end", "your", "life"],
    &["kys"],
];

/// Where a reader is told to jump off.
static HEIGHTS: Lexicon = Lexicon::new("bridge cliff roof building ledge balcony tower");

/// The Russian and Turkish for the same, as one word or two: `повесься` ("hang yourself"),
/// `убей себя`, `kendini as`.
static RU_SELF_HARM: Lexicon =
    Lexicon::new("повесься удавись застрелись утопись выпились убейся сдохни");
const FOREIGN_SELF_HARM: &[&[&str]] = &[
    &["kendini", "as"],
    &["kendini", "oldur"],
    &["git", "geber"],
    &["убей", "себя"],
];

/// What a good beating is called: `this columnist needs a good beating`.
static BEATINGS: Lexicon = Lexicon::new(
    "beating kicking thrashing hiding slap slapping punch smack whipping flogging bullet",
);

/// What follows `watch your back` when the back is the reader's own to look after.
static BACK_CARE: Lexicon = Lexicon::new(
    "lifting lift bending carrying posture stairs steps ice icy slippery gym exercise \
     exercises spine",
);

/// What harms people without meaning to: `the new tax will hurt families`, `inflation is
/// killing pensioners`.
static HARMFUL_THINGS: Lexicon = Lexicon::new(
    "law laws tax taxes policy policies plan plans cuts cut bill reform reforms rule rules \
     decision closure closures inflation prices heat heatwave drought storm floods \
     pollution smoking virus pandemic disease recession crisis budget tariffs",
);

/// Diseases wished on someone: `I hope you get cancer`.
static DISEASE: Lexicon = Lexicon::new(
    "cancer tumour tumor tumours tumors aids hiv covid ebola leukemia leukaemia plague \
     syphilis",
);

/// What follows a disease's name when the wish is for its cure: `get cancer treatment`.
static CARE: Lexicon = Lexicon::new(
    "treatment treatments screening screenings test tests research funding care cure drugs \
     vaccine vaccines jab check checkup scan",
);

/// People by their role: objects of a harm (`the mayor`, `that journalist`).
static ROLES: Lexicon = Lexicon::new(
    "author authors editor editors journalist journalists reporter reporters writer columnist \
     mayor councillor councilor minister president senator judge cop cops police officer \
     referee moderator moderators admin admins teacher teachers doctor nurse man men woman \
     guy guys girl boy boss neighbour neighbor neighbours neighbors idiot idiots bastard \
     bastards bitch traitor traitors people person leader leaders governor mp mps politician \
     politicians priest host lawyer family kids children child wife husband mother mom mum \
     father dad son daughter sister brother parents friends girlfriend boyfriend baby scum \
     pig pigs rats protesters voters fans members lot bunch secretary chancellor premier \
     pensioners retirees",
);

/// Person pronouns as objects.
static PRONOUNS: Lexicon = Lexicon::new(
    "you him her them yourself yourselves himself herself themselves everyone everybody",
);

const POSSESSIVES: &[&str] = &["your", "his", "her", "their"];

/// Determiners before a person by role or group (`the mayor`, `all of the Kurds`).
const DETERMINERS: &[&str] = &[
    "the", "that", "this", "those", "these", "every", "each", "all", "any", "some", "a",
];

/// After an object, what makes it the receiver of a gift: `find you a copy`.
const GIVEN: &[&str] = &[
    "a", "an", "some", "the", "my", "this", "our", "one", "another", "any", "more",
];

/// A first-person commitment after `I`/`we`, as word sequences (contractions expanded).
const COMMITMENTS: &[&[&str]] = &[
    &["will"],
    &["shall"],
    &["would"],
    &["am", "going", "to"],
    &["are", "going", "to"],
    &["am", "going"],
    &["are", "going"],
    &["am", "about", "to"],
    &["want", "to"],
    &["intend", "to"],
    &["plan", "to"],
    &["promise"],
    &["swear"],
    &["am", "coming"],
    &["are", "coming"],
    &["am", "bringing"],
    &["are", "bringing"],
    &["can", "not", "wait", "to"],
];

/// Words a commitment may have between it and its harm (`I will personally ...`, `I will
/// find you and ...`), as long as no other verb of commitment intervenes.
const MAX_REACH: usize = 8;

/// Russian first-person future harm verbs, as normalization leaves them (`ё` read as `е`).
static RU_HARM: Lexicon = Lexicon::new(
    "убью убьем прибью зарежу прирежу застрелю пристрелю задушу придушу закопаю урою сожгу \
     повешу изобью покалечу искалечу прикончу размажу уничтожу зарежем расстреляю перережу \
     переломаю оторву",
);
/// Russian first-person verbs of breaking, a harm only when done to someone (`сломаю тебе
/// челюсть`; not `сломаю все ногти`, "I'll break all my nails").
static RU_BREAK: Lexicon = Lexicon::new("сломаю разобью");
/// Whom something is broken on: `тебе`, `ему`.
static RU_TO_SOMEONE: Lexicon = Lexicon::new("тебе вам ему ей им тебя вас");
/// Russian infinitives of harm, for calls (`их надо расстрелять`).
static RU_HARM_INF: Lexicon = Lexicon::new(
    "убить расстрелять перестрелять повесить перевешать сжечь вырезать истребить зарезать \
     пристрелить уничтожить оторвать прибить",
);
/// What says a harm must or ought to be done (`надо убить`, `тебе бы голову оторвать`).
static RU_MUST: Lexicon = Lexicon::new("надо нужно следует должны пора бы");
/// Russian persons as objects, and their bones (`переломаю кости` is "I'll break bones").
static RU_PERSON: Lexicon =
    Lexicon::new("тебя тебе тя вас вам его ее их всех вы ты они кости башку");
/// Russian and Turkish menaces without a violent verb: `тебе не жить`, `ты труп` (not `тебе
/// конец`, which is as often "you're in trouble"), and "I know where you live" as in English
/// (`знаю, где ты живёшь`, `nerede oturduğunu biliyorum`).
const RU_MENACE: &[&[&str]] = &[
    &["тебе", "не", "жить"],
    &["вам", "не", "жить"],
    &["ты", "труп"],
    &["ты", "покойник"],
    &["знаю", "где", "ты", "живешь"],
    &["знаю", "где", "вы", "живете"],
    &["знаю", "где", "ты", "работаешь"],
    &["nerede", "oturdugunu", "biliyorum"],
    &["nerede", "yasadigini", "biliyorum"],
    &["nerede", "calistigini", "biliyorum"],
    &["evini", "biliyorum"],
];

/// Russian wishes (`чтоб ты сдох`, "may you croak") open with `чтоб`, and curse with one of
/// [`RU_CURSE`].
static RU_WISH: Lexicon = Lexicon::new("чтоб чтобы");
static RU_CURSE: Lexicon = Lexicon::new(
    "сдох сдохла сдохли сдохнешь заболел заболела заболели заболеешь подавился подавилась",
);
static RU_YOU: Lexicon = Lexicon::new("ты вы он она они");

/// Turkish first-person harm verbs (future and aorist), as normalization folds them.
static TR_HARM: Lexicon = Lexicon::new(
    "oldurecegim oldururum olduracegim oldurecegiz gebertecegim gebertirim keserim kesecegim \
     vururum vuracagim bogacagim bogarim dograyacagim dograrim yakacagim yakarim asacagim \
     asarim parcalarim parcalayacagim doverim dovecegim sikacagim kirarim kiracagim",
);
/// Turkish calls: `hepsi kurşuna dizilmeli` ("should be shot"), `asılmalı` ("hanged"),
/// `öldürün` ("kill them!"), `kahrolsun` ("damn them", of people: not `kahrolsun faşizm`).
static TR_CALL: Lexicon = Lexicon::new(
    "olmeli oldurulmeli asilmali dizilmeli yakilmali gebermeli oldurmeli kesilmeli olduresim \
     oldurun gebertin kahrolsun",
);
/// Turkish infinitives of harm, called for with `lazım` ("is needed").
static TR_HARM_INF: Lexicon =
    Lexicon::new("asmak oldurmek gebertmek vurmak yakmak kesmek bogazlamak dizmek");
/// Turkish persons as objects, and their bodies (`kemiklerini kırarım`: "I'll break your
/// bones").
static TR_PERSON: Lexicon = Lexicon::new(
    "seni sizi onu onlari hepinizi hepsini hepsi onlar bunlar bunlari kafani kafanizi boynunu \
     evini aileni kemiklerini bacaklarini kollarini dislerini senin sizin adamlar insanlar",
);

impl Clause<'_> {
    /// The length of a person named at `i` as an object (`you`, `your kids`, `the mayor`,
    /// `all the Kurds`, `every one of them`), or 0.
    fn person(&self, i: usize) -> usize {
        if self.is(i, &PRONOUNS) {
            // Given something, not harmed: "shoot you an email", "find you a copy".
            return usize::from(!self.is(i + 1, GIVEN));
        }
        if self.is(i, POSSESSIVES) {
            return if self.is_people(i + 1) { 2 } else { 0 };
        }
        if self.is(i, DETERMINERS) {
            let mut j = i + 1;
            if self.seq(j, &["one", "of"]) {
                j += 2;
            }
            if self.at(j) == "of" {
                j += 1;
            }
            if self.is(j, &["the", "those", "these"]) {
                j += 1;
            }
            if self.is(j, &["them", "you"]) {
                return j - i + 1;
            }
            // `the Black people`, `those disabled people`.
            if self.is_people(j) {
                return j - i + 1 + usize::from(self.at(j + 1) == "people");
            }
            // `the prime minister`, `the home secretary`: one word of the office's name.
            if self.is(j + 1, &ROLES) && !self.is(j, &["of", "to", "in"]) {
                return j - i + 2;
            }
            return 0;
        }
        usize::from(self.is_people(i))
    }

    fn is_people(&self, i: usize) -> bool {
        self.is(i, &ROLES) || self.is(i, &*IDENTITIES)
    }

    /// A person named somewhere in `range`.
    fn person_in(&self, range: Range<usize>) -> bool {
        range.into_iter().any(|i| self.person(i) > 0)
    }

    /// A verb that harms whoever or whatever is its object (`kill`, `break`, `beat`): the
    /// words of [`HARM_WORDS`].
    fn harm_verb(&self, i: usize) -> bool {
        self.is(i, &*HARM_WORDS)
    }

    /// The end of a harm done to a person that starts at `i`, if one does. `intent`: the
    /// writer committed to it, so bringing a weapon is part of it.
    fn harm(&self, i: usize, intent: bool) -> Option<usize> {
        let w = self.at(i);
        let object = self.person(i + 1);
        if self.is(i, &HARM) {
            if object > 0 {
                return Some(i + 1 + object);
            }
            // A particle between: `shoot up the protesters`, `finish off the mayor`.
            if self.is(i + 1, &["up", "off"]) && self.person(i + 2) > 0 {
                return Some(i + 2 + self.person(i + 2));
            }
        }
        // `choke the life out of you`, `beat the hell out of him`.
        if let Some(out) = (i + 1..i + 5).find(|&j| self.seq(j, &["out", "of"])) {
            if self.harm_verb(i) && self.person(out + 2) > 0 {
                return Some(out + 2 + self.person(out + 2));
            }
        }
        if w == "beat" {
            // "I'm going to beat you" at chess is a game; `beat you up`, `beat him to a pulp`
            // are not.
            let after = i + 1 + object;
            if object > 0 {
                if self.is(after, &["up", "senseless", "unconscious"]) {
                    return Some(after + 1);
                }
                if self.seq(after, &["to", "a", "pulp"]) {
                    return Some(after + 3);
                }
                if self.seq(after, &["to", "death"]) {
                    return Some(after + 2);
                }
            }
            if self.at(i + 1) == "up" && self.person(i + 2) > 0 {
                return Some(i + 2 + self.person(i + 2));
            }
        }
        if self.is(i, &HARM_BODY) {
            if let Some(end) = (i + 1..(i + 5).min(self.len())).find(|&j| self.is(j, &BODY)) {
                let owner = (i + 1..end).any(|j| self.is(j, POSSESSIVES) || self.person(j) > 0);
                if owner || self.seq(i + 1, &["every", "bone"]) {
                    return Some(end + 1);
                }
            }
        }
        if self.is(i, &["slit", "cut"]) && self.any_in(i + 1..i + 5, &["throat", "throats"]) {
            return Some(i + 3);
        }
        // `torch your car`, `firebomb their office`.
        if self.is(i, &["torch", "firebomb", "bomb", "burn"])
            && self.is(i + 1, POSSESSIVES)
            && self.is(i + 2, &PROPERTY)
        {
            return Some(i + 3);
        }
        // `see you bleed`, `watch them die`.
        if self.is(i, &["see", "watch"])
            && object > 0
            && self.is(
                i + 1 + object,
                &["bleed", "die", "suffer", "burn", "hang", "beg"],
            )
        {
            return Some(i + 2 + object);
        }
        // `run you over`, `runs the mayor over`.
        if self.is(i, &["run", "runs"]) && object > 0 && self.at(i + 1 + object) == "over" {
            return Some(i + 2 + object);
        }
        if self.is(i, &["hunt", "track"]) && object > 0 && self.at(i + 1 + object) == "down" {
            return Some(i + 2 + object);
        }
        if self.is(i, &["come", "coming", "comes"])
            && self.is(i + 1, &["for", "after"])
            && self.person(i + 2) > 0
        {
            return Some(i + 2 + self.person(i + 2));
        }
        if w == "make" && object > 0 && self.is(i + 1 + object, &SUFFER) {
            // Not `make them pay back every penny`, `make you pay for shipping`.
            let then = self.at(i + 2 + object);
            let owed = [
                "back",
                "up",
                "tax",
                "taxes",
                "more",
                "less",
                "attention",
                "the",
                "a",
            ];
            let for_what = ["this", "that", "it", "what", "everything", "every"];
            let bill = self.at(i + 1 + object) == "pay"
                && (owed.contains(&then) || then == "for" && !self.is(i + 3 + object, &for_what));
            if !bill {
                return Some(i + 2 + object);
            }
        }
        if w == "make" && self.at(i + 1) == "sure" {
            // `make sure you never walk again`.
            let never = (i + 2..i + 6).find(|&j| self.at(j) == "never")?;
            if self.person_in(i + 2..never)
                && self.is(
                    never + 1,
                    &[
                        "walk", "wake", "breathe", "talk", "work", "see", "write", "post",
                    ],
                )
            {
                return Some(never + 2);
            }
        }
        if w == "put" {
            if object > 0
                && self.at(i + 1 + object) == "in"
                && self.any_in(i + 2 + object..i + 5 + object, &PUT_IN)
            {
                return Some(i + 5 + object);
            }
            // `put you six feet under`.
            if object > 0 && self.seq(i + 2 + object, &["feet", "under"]) {
                return Some(i + 4 + object);
            }
            // `put a bullet in the author`.
            if self.is(i + 1, &["a", "one", "some", "two"])
                && self.is(
                    i + 2,
                    &["bullet", "bullets", "knife", "blade", "round", "hole"],
                )
                && self.is(i + 3, &["in", "into", "through", "between"])
            {
                return Some(i + 4 + self.person(i + 4));
            }
        }
        if self.is(i, &["line", "lined"])
            && self.any_in(i + 1..i + 3, &["up"])
            && self.any_in(i + 1..i + 4, &["against"])
            && self.any_in(i + 2..i + 6, &["wall"])
        {
            return Some(i + 5);
        }
        // `set fire to the house of the mayor`, `burn down your house`, `blow up their car`.
        let burns = (w == "set" && self.any_in(i + 1..i + 5, &["fire", "alight"]))
            || (self.is(i, &["burn", "blow", "firebomb"]) && self.is(i + 1, &["down", "up"]));
        if burns {
            let end = (i + 10).min(self.len());
            let property = self.any_in(i + 1..end, &PROPERTY);
            if property && self.person_in(i + 1..end) {
                return Some(end);
            }
            if w == "set" && self.person_in(i + 2..i + 4) {
                return Some(i + 5);
            }
        }
        if intent
            && self.is(i, &["bring", "bringing", "have", "got", "carrying"])
            && self.any_in(i + 1..i + 4, &WEAPON)
        {
            return Some(i + 4);
        }
        None
    }

    /// The end of an urge to self-harm whose verb is at `i` (`drink bleach`, `go jump off a
    /// bridge`, `why don't you hang yourself`, `do us a favour and slit your wrists`), or of
    /// a wish that the reader were gone (`nobody would miss you`, `you're a waste of
    /// oxygen`). An urge is said to the reader: its verb opens the clause or follows `go`,
    /// `just`, `and`..., or `you should`; `do not drink bleach` and `he wanted to jump off a
    /// bridge` are not urges.
    fn self_harm_urged(&self, i: usize) -> Option<usize> {
        let before = i.saturating_sub(4)..i;
        let urged = i == 0
            || self.is(
                i - 1,
                &["go", "just", "please", "pls", "plz", "and", "then", "gonna"],
            )
            || self.any_in(before.clone(), &["you"])
                && self.any_in(
                    before.clone(),
                    &["should", "need", "ought", "better", "must"],
                );
        let negated = self.any_in(before.clone(), &["not", "never"])
            && !self.any_in(i.saturating_sub(6)..i, &["why"]);
        if urged && !negated {
            // Not the idiom `kill yourself laughing`.
            if let Some(phrase) = SELF_HARM.iter().find(|p| self.seq(i, p)) {
                let end = i + phrase.len();
                if !self.is(end, &["laughing", "working", "trying"]) {
                    return Some(end);
                }
            }
            if self.seq(i, &["jump", "off"]) && self.any_in(i + 2..i + 5, &HEIGHTS) {
                return Some(i + 5);
            }
            // `go die in a fire`, `just go die`; not `die hard`, `old phones go die in a
            // drawer`.
            if self.at(i) == "die" {
                let in_a_fire =
                    self.seq(i + 1, &["in", "a"]) && self.is(i + 3, &["fire", "ditch", "hole"]);
                let alone = i > 0
                    && self.at(i - 1) == "go"
                    && (i + 1 == self.len() || self.is(i + 1, &["already", "now", "please"]));
                if in_a_fire || alone {
                    return Some(i + 1 + 3 * usize::from(in_a_fire));
                }
            }
            // `get cancer and die`: a disease ordered, not `get cancer screening`.
            if self.is(i, &["get", "catch"]) && i == 0 {
                let disease = i + 1 + usize::from(self.is(i + 1, &["a", "an", "some"]));
                if self.is(disease, &DISEASE) && !self.is(disease + 1, &CARE) {
                    return Some(disease + 1);
                }
            }
        }
        if self.is(i, &RU_SELF_HARM) {
            return Some(i + 1);
        }
        // Not `не убей себя на этой жаре` ("don't kill yourself in this heat").
        let told_not = i > 0 && self.at(i - 1) == "не";
        if let Some(phrase) = FOREIGN_SELF_HARM.iter().find(|p| self.seq(i, p)) {
            if !told_not {
                return Some(i + phrase.len());
            }
        }
        // `nobody would miss you if you died`, not `... at the office party`.
        let missed = |from: usize| {
            let gone = self.len() == from + 3
                || self.seq(from + 3, &["if", "you"])
                    && self.is(
                        from + 5,
                        &["died", "disappeared", "vanished", "were", "killed"],
                    );
            (self.seq(from, &["would", "miss", "you"]) && gone).then_some(from + 3)
        };
        match self.at(i) {
            "nobody" => missed(i + 1),
            "no" if self.at(i + 1) == "one" => missed(i + 2),
            "waste" => (self.at(i + 1) == "of"
                && self.is(i + 2, &["oxygen", "air", "space", "skin", "sperm"])
                && self.any_in(before, &["you", "your"]))
            .then_some(i + 3),
            _ => None,
        }
    }

    /// The end of what a past participle of harm starts at `k` (`shot`, `wiped out`), if it
    /// is one (not `eliminated from the cup`), and whether it is also said of things (`the
    /// weeds should be wiped out`).
    fn harmed(&self, k: usize) -> Option<(usize, bool)> {
        match self.at(k) {
            "wiped" => self.is(k + 1, &["out", "off"]).then_some((k + 2, true)),
            "eliminated" => (!self.is(k + 1, &["from", "in", "at", "by"])).then_some((k + 1, true)),
            _ if self.is(k, &ERADICATED) => Some((k + 1, true)),
            _ => self.is(k, &HARMED).then_some((k + 1, false)),
        }
    }

    /// The end of a disease wished on someone after `hope` or `wish` at `i`: `I hope you get
    /// cancer`, `I wish your kids would catch covid`; not `I hope the doctors catch the tumour
    /// early` (the disease found, not caught) or `I hope you get cancer treatment soon`.
    fn disease_wished(&self, i: usize) -> Option<usize> {
        let get = (i + 2..i + 6).find(|&k| {
            self.is(
                k,
                &["get", "gets", "catch", "catches", "develop", "develops"],
            )
        })?;
        let article = usize::from(self.is(get + 1, &["a", "an", "some"]));
        let disease = get + 1 + article;
        let wished = self.is(disease, &DISEASE)
            && !self.is(disease + 1, &CARE)
            && self.person_in(i + 1..get);
        wished.then_some(disease + 1)
    }

    /// The end of a menace of exposure after the writer's commitment, whose verb is at
    /// `from`: `I'll post your address online`, `we are going to leak your nudes`, `I will dox
    /// you`, `I will tell your employer what you wrote`, `we'll report you to your boss`; not
    /// `I will post the council's address`, `share your article`, `I'll tell your boss you did
    /// a great job`.
    fn exposure(&self, from: usize) -> Option<usize> {
        let verb = from + usize::from(self.is(from, &["personally", "just", "happily"]));
        if self.is(verb, &["dox", "doxx"]) && self.person(verb + 1) > 0 {
            return Some(verb + 2);
        }
        if self.is(verb, &EXPOSE) && self.at(verb + 1) == "your" {
            let private =
                |k: usize| self.is(k, &PRIVATE) || self.at(verb) == "leak" && self.is(k, &LEAKED);
            if let Some(k) = (verb + 2..verb + 5).find(|&k| private(k)) {
                return Some(k + 1);
            }
        }
        // The reader exposed at work.
        let told = if self.is(
            verb,
            &["tell", "contact", "call", "email", "inform", "message"],
        ) && self.is(verb + 1, &["your", "ur"])
        {
            verb + 2
        } else if self.is(verb, &["report"]) && self.seq(verb + 1, &["you", "to"]) {
            verb + 3 + usize::from(self.is(verb + 3, &["your", "ur"]))
        } else {
            return None;
        };
        let kind = ["great", "good", "well", "thanks", "hello", "hi"];
        // To the clause's end: what is told (`what you wrote`) is no report of it.
        (self.is(told, &WORKPLACE) && !self.any_in(told + 1..self.len(), &kind))
            .then_some(self.len())
    }

    /// The end of a menace whose verb, said of the reader's future (`you will pay`, `you
    /// are going to regret`), is at `v`: `you will pay for this`, `you won't live to see it`.
    /// `you will pay less tax` and `you'll regret not buying` are not threats.
    fn menace_after(&self, v: usize) -> Option<usize> {
        let ends_at = |j: usize, then: &[&str]| j >= self.len() || self.is(j, then);
        let verb = self.at(v);
        let menacing = match verb {
            "pay" => ends_at(v + 1, &["for", "dearly", "with", "soon"]),
            "regret" => ends_at(v + 1, &["this", "it", "that", "everything", "the", "ever"]),
            "die" | "bleed" | "suffer" => ends_at(
                v + 1,
                &["soon", "slowly", "tonight", "like", "for", "too", "today"],
            ),
            "be" => {
                self.at(v + 1) == "sorry" && ends_at(v + 2, &["for", "soon", "i"])
                    || self.is(v + 1, &HARMED)
                    || self.is(v + 1, &["hurt", "harmed"])
                    // `you'll be found in a ditch`, `... found dead`.
                    || self.at(v + 1) == "found"
                        && (self.at(v + 2) == "dead" || self.any_in(v + 2..v + 7, &REMAINS))
            }
            // `you'll end up in a ditch`.
            "end" => self.at(v + 1) == "up" && self.any_in(v + 2..v + 6, &REMAINS),
            _ => false,
        };
        if menacing {
            return Some(v + 2);
        }
        if self.seq(v, &["leave", "in"])
            && self.any_in(v + 2..v + 5, &["ambulance", "coffin", "bag", "hearse"])
        {
            return Some(v + 4);
        }
        // `you won't live to see it`, `you won't leave alive`.
        if self.at(v) == "not"
            && (self.is(v + 1, &["live", "survive"])
                && ends_at(v + 2, &["to", "long", "the", "this", "another", "through"])
                || self.any_in(v + 1..v + 4, &["alive"]))
        {
            return Some(v + 3);
        }
        None
    }

    /// The end of a menace without a violent verb that starts at `i`: `you will regret this`
    /// (see [`Clause::menace_after`]), `you're dead`, `your days are numbered`, `I know where
    /// your kids go to school`.
    fn menace(&self, i: usize) -> Option<usize> {
        let ends_at = |j: usize, then: &[&str]| j >= self.len() || self.is(j, then);
        // `you will`, `you are going to`, `(I'll make sure) you`: the verb's place.
        let future = if self.seq(i, &["you", "will"]) {
            Some(i + 2)
        } else if self.seq(i, &["you", "are", "going", "to"]) {
            Some(i + 4)
        } else if self.at(i) == "you" && i >= 2 && self.seq(i - 2, &["make", "sure"]) {
            Some(i + 1)
        } else {
            None
        };
        if let Some(end) = future.and_then(|v| self.menace_after(v)) {
            return Some(end);
        }
        if self.seq(i, &["you", "are", "dead"]) && ends_at(i + 3, &["meat", "man", "you"])
            || self.seq(i, &["you", "are", "a", "dead", "man"])
        {
            return Some(i + 4);
        }
        if self.is(i, POSSESSIVES) && self.seq(i + 1, &["days", "are", "numbered"]) {
            return Some(i + 4);
        }
        if self.seq(i, &["sleep", "with", "one", "eye", "open"]) {
            return Some(i + 5);
        }
        // `when I find you`, `wait till I get my hands on you`: the reader found, and nothing
        // given or placed (`when I find you a seat`, `once I find you at the station`).
        if self.is(i, &["when", "once", "till", "until"]) && self.at(i + 1) == "i" {
            let found = if self.is(i + 2, &["find", "catch"]) && self.at(i + 3) == "you" {
                Some(i + 4)
            } else if self.seq(i + 2, &["get", "my", "hands", "on", "you"]) {
                Some(i + 7)
            } else {
                None
            };
            if let Some(end) = found.filter(|&e| ends_at(e, &["you", "i", "then"])) {
                return Some(end);
            }
        }
        let commitment = self.commitment(i);
        if let Some(end) = commitment.and_then(|from| self.exposure(from)) {
            return Some(end);
        }
        // `I'll find you.`, closing its clause (not `I'll find you a seat`).
        if let Some(from) = commitment.filter(|&from| self.seq(from, &["find", "you"])) {
            if from + 2 == self.len() {
                return Some(from + 2);
            }
        }
        // `I know where you live`, `we know where your kids go to school`, `I'll find out
        // where you live`: not `I know where you live is a lovely part of town`.
        let knows_where = if self.is(i, &["i", "we"]) && self.seq(i + 1, &["know", "where"]) {
            Some(i + 3)
        } else {
            commitment
                .filter(|&from| self.seq(from, &["find", "out", "where"]))
                .map(|from| from + 3)
        };
        if let Some(person) = knows_where.filter(|&p| self.person(p) > 0) {
            let after = person + self.person(person);
            if self.is(
                after,
                &[
                    "live", "lives", "work", "works", "sleep", "sleeps", "go", "goes",
                ],
            ) && !self.is(after + 1, &["is", "was"])
            {
                return Some(after + 1);
            }
        }
        // Not the back's own care: `watch your back when lifting boxes`, `on the icy steps`.
        if self.seq(i, &["watch", "your", "back"]) && !self.any_in(i + 3..i + 7, &BACK_CARE) {
            return Some(i + 3);
        }
        // `your kids walk to school alone, don't they?`: the reader's own people, alone (not
        // `your family will never walk alone`, `your kids don't go out alone`).
        if self.at(i) == "your" && self.is_people(i + 1) {
            let verb = i + 2;
            if self.is(verb, &ALONE_VERBS) {
                let alone = (verb + 1..verb + 6).find(|&k| self.at(k) == "alone");
                if let Some(alone) = alone.filter(|&k| !self.any_in(verb..k, &["not", "never"])) {
                    return Some(alone + 1);
                }
            }
        }
        // `it would be a shame if something happened to your family`.
        if self.seq(i, &["shame", "if"])
            && self.any_in(i + 2..i + 6, &["happened", "happens", "happen"])
            && self.person_in(i + 4..i + 9)
        {
            return Some((i + 9).min(self.len()));
        }
        // `it'd be a pity if your car caught fire`.
        if self.seq(i, &["pity", "if"])
            && (self.any_in(i + 2..i + 6, &["happened", "happens", "happen"])
                || self.any_in(i + 3..i + 8, &["fire", "burned", "burnt", "exploded"]))
            && (self.person_in(i + 2..i + 9) || self.any_in(i + 2..i + 4, &["your"]))
        {
            return Some((i + 9).min(self.len()));
        }
        // `keep talking and see what happens to your kids`: to the reader or theirs, not to
        // `the mayor's plan`.
        if self.seq(i, &["see", "what", "happens", "to"])
            && (self.at(i + 4) == "you" || self.at(i + 4) == "your" && self.is_people(i + 5))
        {
            return Some(i + 5 + usize::from(self.at(i + 4) == "your"));
        }
        // `I'd love to see the editor hanging from a lamppost`.
        if self.seq(i, &["love", "to", "see"]) && self.person(i + 3) > 0 {
            let after = i + 3 + self.person(i + 3);
            if self.is(
                after,
                &["hanging", "swinging", "dead", "burn", "burning", "shot"],
            ) || self.is(after, &HARMED)
            {
                return Some(after + 1);
            }
        }
        // `somebody should teach that reporter a lesson he won't forget`: not a lesson in
        // grammar, nor the voters' lesson to a government.
        // A pronoun is taught a lesson, not given one (which `person` reads `you a` as).
        let taught = if self.is(i + 1, &PRONOUNS) {
            1
        } else {
            self.person(i + 1)
        };
        if self.at(i) == "teach"
            && taught > 0
            && self.any_in(i.saturating_sub(3)..i, &["someone", "somebody", "i", "we"])
        {
            let lesson = i + 1 + taught;
            if self.seq(lesson, &["a", "lesson"])
                && !self.is(lesson + 2, &["in", "about", "on", "from", "of"])
            {
                return Some(lesson + 2);
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

    /// The harm verbs of this clause whose object is a thing, the writer or a favour, as
    /// ((), verb, verb + 1).
    fn harmless(&self, out: &mut Vec<((), usize, usize)>) {
        for i in 0..self.len() {
            if !self.harm_verb(i) {
                continue;
            }
            // A threat someone else made, quoted: `the attacker shouted "I will kill you"`.
            if self.quoted_from_others(i) {
                out.push(((), i, i + 1));
                continue;
            }
            // Done by a thing, not a person, to anyone: `a law that will hurt farmers`,
            // `inflation is killing pensioners`.
            let by_a_thing = self.any_in(i.saturating_sub(4)..i, &HARMFUL_THINGS)
                && !self.any_in(i.saturating_sub(4)..i, &["i", "we", "you", "he", "she"]);
            if !by_a_thing && (self.harm(i, false).is_some() || self.person(i + 1) > 0) {
                continue;
            }
            let object = self.at(i + 1);
            let thing = self.is(
                i + 1,
                &["the", "a", "an", "this", "that", "it", "my", "our"],
            );
            let writer = self.is(i + 1, &["me", "myself", "us"]);
            let favour = self.is(i + 1, &PRONOUNS) && self.is(i + 2, GIVEN);
            if thing || writer || favour || by_a_thing || object == "for" {
                out.push(((), i, i + 1));
            }
        }
    }

    /// `I will ...`, `we are going to ...`: the end of the commitment after the subject at
    /// `i`, unless it is negated.
    fn commitment(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["i", "we"]) {
            return None;
        }
        let found = COMMITMENTS.iter().find(|c| self.seq(i + 1, c))?;
        let end = i + 1 + found.len();
        (!self.is(end, &["not", "never", "no"])).then_some(end)
    }

    /// Whether a harm verb at `i` is an order: it opens its clause (`gas the Jews`), after
    /// `just`, `go` or `let's` at most (not `when you just beat them up over nonsense`).
    fn ordered(&self, i: usize) -> bool {
        self.harm_verb(i) && (i == 0 || i == 1 && self.is(0, &["just", "go", "lets"]))
    }

    /// The threats of this clause: (kind, first token, end token).
    fn threats(&self, out: &mut Vec<(ThreatKind, usize, usize)>) {
        for i in 0..self.len() {
            if !starts_threat(self.at(i)) && !self.ordered(i) {
                continue;
            }
            if let Some(found) = self.threat_at(i) {
                if !self.reported(found.1) && !self.reported_after(found.2) {
                    out.push(found);
                }
            }
        }
    }

    fn threat_at(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::{Call, Intent, Menace};
        if let Some(from) = self.commitment(i) {
            let reach = (from + MAX_REACH).min(self.len());
            // From the commitment's last word: `coming` in `I am coming for you`.
            for k in from - 1..reach {
                if self.is(k, &["not", "never"]) || k > from && self.commitment(k).is_some() {
                    break;
                }
                if let Some(end) = self.harm(k, true) {
                    return Some((Intent, i, end));
                }
            }
        }
        let w = self.at(i);
        if let Some(end) = self.menace(i) {
            return Some((Menace, i, end));
        }
        if let Some(end) = self.self_harm_urged(i) {
            return Some((Call, i, end));
        }
        // `death to the Jews`, `death to all Muslims`: not `death to tyranny`.
        if self.seq(i, &["death", "to"]) && self.person(i + 2) > 0 {
            return Some((Call, i, i + 2 + self.person(i + 2)));
        }
        // A harm ordered, its verb opening the clause: `gas the Jews`, `hang the traitors`
        // (not `kill the bill`: the object is a thing).
        // (`kill yourself` is an urge, read above, `kill yourself laughing` an idiom.)
        if self.ordered(i) && self.at(i + 1) != "yourself" {
            if let Some(end) = self.harm(i, false) {
                return Some((Call, i, end));
            }
        }
        // Calls: `X should be shot`, `X deserve to die`, `someone should shoot him`.
        if self.is(
            i,
            &[
                "should", "must", "ought", "deserve", "deserves", "needs", "need",
            ],
        ) {
            let mut j = i + 1;
            let named =
                (i.saturating_sub(4)..i).any(|k| self.person(k) > 0 || self.is(k, &["he", "she"]));
            // `this columnist needs a good beating`, `people like you deserve a bullet`.
            let good = usize::from(self.seq(j, &["a", "good"]));
            if self.is(j, &["a"]) && self.is(j + 1 + good, &BEATINGS) {
                return named.then_some((Call, i, j + 2 + good));
            }
            // `your mother should have aborted you`, `you should have been aborted`.
            if self.at(j) == "have" {
                let aborted = self.seq(j + 1, &["aborted"]) && self.is(j + 2, &PRONOUNS)
                    || self.seq(j + 1, &["been", "aborted"])
                        && (i.saturating_sub(3)..i).any(|k| self.is(k, &PRONOUNS));
                return aborted.then_some((Call, i, j + 3));
            }
            if self.at(j) == "to" {
                j += 1;
            } else if self.is(i, &["ought", "deserve", "deserves", "needs", "need"]) {
                return None;
            }
            // `old people should just die already`, `... should hurry up and die`.
            if self.at(j) == "just" && self.is(j + 1, &["die", "hurry"]) {
                j += 1;
            }
            if self.seq(j, &["hurry", "up", "and", "die"]) {
                j += 3;
            }
            let subject = named || self.any_in(i.saturating_sub(4)..i, &["they"]);
            if self.at(j) == "be" {
                // `should be shot`, `should be dragged out and shot`; `should be wiped out`,
                // said of things too (`they need to be eliminated`: errors, weeds), needs
                // people named.
                if let Some((k, (end, of_things_too))) =
                    (j + 1..j + 5).find_map(|k| Some((k, self.harmed(k)?)))
                {
                    let said_of_people = if of_things_too { named } else { subject };
                    if said_of_people && (k == j + 1 || self.at(k - 1) == "and") {
                        return Some((Call, i, end));
                    }
                }
                if subject {
                    if let Some(end) = self.harm(j + 1, false) {
                        return Some((Call, i, end));
                    }
                }
            } else if self.at(j) == "die" {
                return subject.then_some((Call, i, j + 1));
            } else if i > 0
                && self.is(
                    i - 1,
                    &[
                        "someone", "somebody", "people", "we", "you", "they", "everyone",
                    ],
                )
            {
                if let Some(end) = self.harm(j, false) {
                    return Some((Call, i - 1, end));
                }
            }
        }
        if self.is(i, &["hope", "wish"]) {
            let dies = (i + 1..i + 5)
                .find(|&k| self.is(k, &["die", "dies", "dead", "killed", "shot", "raped"]));
            // `I hope you die`, not `I hope you die laughing at this`.
            if let Some(k) = dies {
                let quiet = self.is(k + 1, &["laughing", "of", "from", "happy", "old", "rich"]);
                if self.person_in(i + 1..k) && !quiet {
                    return Some((Call, i, k + 1));
                }
            }
            // `I hope the minister's kids get hit by a bus`.
            if let Some(k) = (i + 2..i + 8).find(|&k| self.seq(k, &["hit", "by", "a"])) {
                let vehicle = self.is(k + 3, &["bus", "car", "train", "truck", "lorry", "tram"]);
                if vehicle
                    && self.is(k - 1, &["get", "gets", "got", "is", "are"])
                    && self.person_in(i + 1..k)
                {
                    return Some((Call, i, k + 4));
                }
            }
            // `I hope someone runs you over`.
            if self.is(i + 1, &["someone", "somebody"]) {
                if let Some(end) = self.harm(i + 2, false) {
                    return Some((Call, i, end));
                }
            }
            if let Some(end) = self.disease_wished(i) {
                return Some((Call, i, end));
            }
            // `I hope your house burns down` (the reader's), `I hope his house burns down
            // with him in it`; not `I hope the old barn burns down`.
            let burns = (i + 1..i + 8).find(|&k| {
                self.is(
                    k,
                    &["burns", "burn", "collapses", "explodes", "sinks", "crashes"],
                )
            });
            if let Some(k) = burns {
                if self.any_in(i + 1..k, &["your", "ur"]) {
                    return Some((Call, i, k + 1));
                }
                if let Some(w) = (k + 1..k + 5).find(|&w| self.at(w) == "with") {
                    if self.is(w + 1, &PRONOUNS) && self.is(w + 2, &["in", "inside", "still"]) {
                        return Some((Call, i, w + 3));
                    }
                }
            }
        }
        if self.seq(i, &["get", "rid", "of"])
            && self.any_in(i + 3..i + 9, &["force", "bullets", "guns"])
            && self.person_in(i + 3..i + 6)
        {
            return Some((Call, i, i + 9));
        }
        if let Some(menace) = RU_MENACE.iter().find(|m| self.seq(i, m)) {
            return Some((Menace, i, i + menace.len()));
        }
        if w.is_ascii() && !foreign_start(w) {
            return None;
        }
        self.threat_ru_tr(i)
    }

    fn threat_ru_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::{Call, Intent};
        let near = |set: &Lexicon| self.any_in(i.saturating_sub(3)..i + 4, set);
        if self.is(i, &RU_HARM) && near(&RU_PERSON) || self.is(i, &RU_BREAK) && near(&RU_TO_SOMEONE)
        {
            return Some((Intent, i, i + 1));
        }
        if self.is(i, &RU_MUST)
            && self.any_in(i + 1..i + 3, &RU_HARM_INF)
            && (near(&RU_PERSON) || (i.saturating_sub(3)..i + 4).any(|k| self.is_people(k)))
        {
            return Some((Call, i, i + 3));
        }
        if self.is(i, &TR_HARM) {
            // "Kill" needs no person named (`bu gazeteciyi öldüreceğim`: the object's case
            // endings are too many to list), except in "killing time" (`zamanı öldüreceğim`).
            let kills = starts_with_any(self.at(i), &["oldur", "gebert"])
                && !(i > 0 && starts_with_any(self.at(i - 1), &["zaman", "vakit"]));
            if kills || near(&TR_PERSON) {
                return Some((Intent, i, i + 1));
            }
        }
        // `Erdoğan'ı asmak lazım` ("Erdoğan must be hanged"); not `zamanı öldürmek lazım`.
        if self.is(i, &TR_HARM_INF)
            && self.is(i + 1, &["lazim", "gerek", "gerekir", "lazimdir"])
            && !(i > 0 && starts_with_any(self.at(i - 1), &["zaman", "vakit"]))
        {
            return Some((Call, i, i + 2));
        }
        if self.is(i, &TR_CALL)
            && (near(&TR_PERSON)
                || (i.saturating_sub(4)..i).any(|k| self.is_people(k))
                || self.at(i) == "kahrolsun" && self.is_people(i + 1))
        {
            return Some((Call, i, i + 1));
        }
        // `чтоб ты заболел раком` ("may you get cancer").
        if self.is(i, &RU_WISH) && self.is(i + 1, &RU_YOU) {
            if let Some(k) = (i + 2..i + 4).find(|&k| self.is(k, &RU_CURSE)) {
                return Some((Call, i, k + 1));
            }
        }
        // `kansere yakalanırsın` ("you'll get cancer", wished: not `kansere yakalanan annem`,
        // "my mother, who got cancer"), `kanser ol` ("become cancer").
        if self.at(i) == "kansere" {
            let caught = self.at(i + 1);
            if caught.starts_with("yakalan")
                && (caught.ends_with("sin") || caught.ends_with("siniz"))
            {
                return Some((Call, i, i + 2));
            }
        }
        if self.seq(i, &["kanser", "ol"]) || self.seq(i, &["kanser", "olasin"]) {
            return Some((Call, i, i + 2));
        }
        None
    }
}

fn starts_with_any(word: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| word.starts_with(p))
}

/// The words every threat [`Clause::threat_at`] reads has at least one of: a harm, a body
/// part, a weapon, a menace's own word. A text with none of them (most comments) is passed
/// over without being read clause by clause.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| {
    // A menace's last word (`труп`), not its first (`ты`, in every other Russian comment).
    let menace = RU_MENACE.iter().filter_map(|m| m.last().copied());
    [
        &HARM,
        &BODY,
        &SUFFER,
        &HARMED,
        &ERADICATED,
        &DISEASE,
        &WEAPON,
        &PUT_IN,
        &REMAINS,
        &OTHER_CUES,
        &RU_HARM,
        &RU_BREAK,
        &RU_MUST,
        &TR_HARM,
        &TR_HARM_INF,
        &TR_CALL,
        &RU_CURSE,
        &RU_SELF_HARM,
        &HEIGHTS,
        &BEATINGS,
    ]
    .into_iter()
    .flat_map(Lexicon::iter)
    .chain(menace)
    .chain(["kansere", "kanser"])
    .collect()
});

/// Making public, in a menace of exposure (`I'll post your address`).
static EXPOSE: Lexicon =
    Lexicon::new("post publish leak share release spread print expose send put");

/// Where a reader works, told of them in a menace (`I will tell your employer`).
static WORKPLACE: Lexicon = Lexicon::new("employer employers boss workplace manager company hr");

/// What a reader keeps private: exposed, a menace (`your home address`, `your nudes`).
static PRIVATE: Lexicon = Lexicon::new("address addresses nudes phone location whereabouts");

/// What is leaked of a reader's (`leak your emails`).
static LEAKED: Lexicon =
    Lexicon::new("emails messages texts dms photos pics pictures secrets details number private");

/// Where a body ends up: `you'll be found in a ditch`, `you'll end up in the river`.
static REMAINS: Lexicon =
    Lexicon::new("ditch ditches river morgue coffin grave dumpster trunk bag bags");

/// What the reader's people do alone in a menace: `your kids walk to school alone`.
static ALONE_VERBS: Lexicon =
    Lexicon::new("walk walks go goes drive drives sleep sleeps stay stays get gets come comes");

/// The cues that are not in one of the lists above: for each shape its rarest word
/// (`feet` for `six feet under`; `pay ... with his life` has `pay`).
static OTHER_CUES: Lexicon = Lexicon::new(
    "beat throat throats hunt track come coming comes never bullet bullets wall fire alight \
     burn blow firebomb sorry ambulance hearse numbered sleep where watch dies dead rid alive \
     live survive feet over harmed knock alone shame wiped eliminated burns collapses explodes \
     sinks crashes yourself wrists bleach kys pity happens lesson aborted miss oxygen \
     hanging swinging kendini geber end death dox doxx address addresses nudes phone location \
     whereabouts leak find catch hands employer employers workplace boss убей hit",
);

/// Whether a threat can start at this word: the first word of every shape [`Clause::threat_at`]
/// reads. Most words of most comments are none of these, and are passed over at the cost of
/// one `match`.
fn starts_threat(word: &str) -> bool {
    matches!(
        word,
        "i" | "we"
            | "when"
            | "once"
            | "till"
            | "until"
            | "you"
            | "your"
            | "his"
            | "her"
            | "their"
            | "sleep"
            | "shame"
            | "pity"
            | "see"
            | "love"
            | "teach"
            | "kill"
            | "hang"
            | "shoot"
            | "drown"
            | "off"
            | "neck"
            | "slit"
            | "drink"
            | "end"
            | "jump"
            | "kys"
            | "nobody"
            | "no"
            | "waste"
            | "kendini"
            | "убей"
            | "git"
            | "death"
            | "watch"
            | "should"
            | "must"
            | "ought"
            | "deserve"
            | "deserves"
            | "needs"
            | "need"
            | "hope"
            | "wish"
            | "get"
            | "die"
            | "pay"
            | "тебе"
            | "вам"
            | "ты"
            | "знаю"
            | "nerede"
            | "evini"
    ) || foreign_start(word)
}

/// A Russian or Turkish word a threat starts at: Cyrillic, or Turkish ending as its harm
/// verbs and calls do (`-ceğim`, `-rım`, `-meli`), before the set is looked up; or the
/// Turkish for cancer, wished on someone, or an infinitive of harm (`asmak lazım`).
fn foreign_start(word: &str) -> bool {
    let shaped = !word.is_ascii()
        || word.len() >= 5 && matches!(word.as_bytes().last(), Some(b'm' | b'i' | b'z'));
    shaped && FOREIGN_STARTS.contains(word)
        || matches!(
            word,
            "kansere" | "kanser" | "oldurun" | "gebertin" | "kahrolsun"
        )
        || (word.ends_with("mak") || word.ends_with("mek")) && TR_HARM_INF.contains(word)
}

/// The Russian and Turkish words a threat starts at.
static FOREIGN_STARTS: LazyLock<Vocabulary> = LazyLock::new(|| {
    [
        &RU_HARM,
        &RU_BREAK,
        &RU_MUST,
        &RU_WISH,
        &RU_SELF_HARM,
        &TR_HARM,
        &TR_HARM_INF,
        &TR_CALL,
    ]
    .into_iter()
    .flat_map(Lexicon::iter)
    .collect()
});

/// The harm verbs of the text that harm no one: their object is a thing (`kill the bill`,
/// `shoot the wedding`, `bury the hatchet`, `execute the plan`), the writer (`this heat is
/// going to kill me`), or a favour (`shoot you a message`). They are no evidence of abuse,
/// and the policy has the classifier read the text without them, as it reads it without the
/// F word.
pub(crate) fn harmless_in(reading: &Reading) -> Vec<Range<usize>> {
    reading.unread(&HARM_WORDS, |clause, found| clause.harmless(found))
}

static HARM_WORDS: LazyLock<Vocabulary> = LazyLock::new(|| {
    [&HARM, &HARM_BODY]
        .into_iter()
        .flat_map(Lexicon::iter)
        .chain(["beat"])
        .collect()
});

/// Every threat in the text: the words from its subject (or trigger) to the end of the harm.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<ThreatKind>> {
    find_in(&Reading::new(original, n))
}

/// [`find`] over a text already read.
pub(crate) fn find_in(reading: &Reading) -> Vec<Hit<ThreatKind>> {
    reading.find(&CUES, |clause, found| clause.threats(found))
}

#[cfg(test)]
mod tests {
    use super::super::clauses::written_words;
    use super::*;

    fn threats(text: &str) -> Vec<(ThreatKind, &str)> {
        crate::rules::written_hits(text, find)
    }

    fn is_threat(text: &str) -> bool {
        !threats(text).is_empty()
    }

    #[test]
    fn intent_to_harm_a_person() {
        assert_eq!(
            threats("Stop posting. I'll kill you."),
            [(ThreatKind::Intent, "I'll kill you")]
        );
        assert!(is_threat("we are gonna break every bone in his body"));
        assert!(is_threat("I will hunt the referee down"));
        assert!(is_threat("I'm going to set fire to the mayor's house"));
        assert!(is_threat("I'm coming for you, and I'm bringing a gun"));
        assert!(is_threat("I'll k1ll y0u"));
        assert!(is_threat("I'll kiiiiill you"));
        assert!(is_threat("I would love to choke the life out of you"));
        assert!(is_threat("I'd happily kill every one of them"));
        assert!(!is_threat("I'd like to see your ID card"));
    }

    #[test]
    fn harm_needs_a_person() {
        assert!(!is_threat("I will kill the bill in committee"));
        assert!(!is_threat("I'll shoot you an email tomorrow"));
        assert!(!is_threat("I will find you a copy of the report"));
        assert!(!is_threat("I'm going to beat you at chess"));
        assert!(!is_threat("We will kick you from the channel if you spam"));
        assert!(!is_threat("I am coming to see you at the fair"));
    }

    #[test]
    fn harm_verbs_that_harm_no_one_are_found() {
        let harmless = |text: &str| written_words(text, harmless_in);
        assert_eq!(harmless("We must kill the bill"), ["kill"]);
        assert_eq!(harmless("before it kills the high street"), ["kills"]);
        assert_eq!(harmless("This heat is going to kill me"), ["kill"]);
        assert_eq!(harmless("I'll shoot you a message"), ["shoot"]);
        assert_eq!(harmless("A law that will hurt farmers"), ["hurt"]);
        assert_eq!(harmless("Inflation is killing pensioners"), ["killing"]);
        assert!(harmless("I will hurt farmers, the law can't stop me").is_empty());
        assert!(harmless("I'll kill the mayor").is_empty());
        assert!(harmless("Go kill yourself").is_empty());
        assert!(harmless("I will choke the life out of you").is_empty());
        assert_eq!(
            harmless("The witness said the attacker shouted \"I will kill you\" and ran."),
            ["kill"]
        );
        assert!(harmless("As I always say, \"I will kill you\"").is_empty());
        assert!(harmless("He said I will kill you").is_empty());
    }

    #[test]
    fn negated_and_reported_threats_are_left_to_the_classifier() {
        assert!(!is_threat("I would never hurt you"));
        assert!(!is_threat("I won't kill anyone"));
        assert!(!is_threat("He said he will kill them all"));
        assert!(!is_threat("\"I will kill you,\" he told the court."));
        assert!(!is_threat("I will find you and kill you, the caller said."));
        assert!(is_threat("I will kill you, I said, and I meant it."));
        assert!(!is_threat("Saying \"Kurds should be shot\" is vile"));
        assert!(!is_threat(
            "The minister was accused of saying migrants should be shot"
        ));
    }

    #[test]
    fn menace_and_calls() {
        assert!(is_threat("Your days are numbered."));
        assert!(is_threat("You'll regret this"));
        assert!(is_threat("Someone should put a bullet in him"));
        assert!(is_threat("Those traitors should be hanged"));
        assert!(is_threat("All the Kurds deserve to die"));
        assert!(!is_threat("That link needs to die"));
        assert!(!is_threat("The policy should be killed before it passes"));
    }

    #[test]
    fn calls_to_wipe_out_people_but_not_things() {
        assert_eq!(
            threats("Gay people should be eradicated."),
            [(ThreatKind::Call, "should be eradicated")]
        );
        assert!(is_threat(
            "Muslims should be wiped off the face of the earth."
        ));
        assert!(is_threat("Roma need to be purged from this country."));
        assert!(is_threat("The gays should be sterilized."));
        assert!(is_threat("Immigrants should be eliminated."));
        assert!(!is_threat("Polio should be eradicated within ten years."));
        assert!(!is_threat(
            "These weeds need to be wiped out before spring."
        ));
        assert!(!is_threat("Corruption must be purged from the police."));
        assert!(!is_threat(
            "The refugees' team should be eliminated from the cup."
        ));
        // `they` may be things: references, errors, weeds.
        assert!(!is_threat(
            "The duplicate references? They will need to be purged."
        ));
        assert!(is_threat("Those traitors? They should be shot."));
    }

    #[test]
    fn diseases_and_deaths_wished_on_people() {
        assert_eq!(
            threats("I hope you get cancer."),
            [(ThreatKind::Call, "hope you get cancer")]
        );
        assert!(is_threat("I wish you would get a tumour."));
        assert!(is_threat("Hope your kids catch covid."));
        assert!(is_threat("I hope your house burns down with you in it."));
        assert!(is_threat("I hope your house burns down."));
        assert!(is_threat("Чтоб ты заболел раком."));
        assert!(is_threat("Umarım kansere yakalanırsın."));
        assert!(!is_threat("I hope the doctors catch the tumour early."));
        assert!(!is_threat("I hope you get cancer treatment soon."));
        assert!(!is_threat("I hope your mother beats the cancer."));
        assert!(!is_threat("I hope your house survives the storm."));
        assert!(is_threat("I hope the minister's kids get hit by a bus."));
        assert!(is_threat("Someone should shoot the prime minister."));
        assert!(is_threat(
            "The journalist who wrote this deserves to be raped."
        ));
        assert!(is_threat("Erdoğan'ı asmak lazım."));
        assert!(is_threat("Bakanı kurşuna dizmek lazım."));
        assert!(is_threat("Somebody should stab the foreign secretary."));
        assert!(!is_threat(
            "I hope the new bus route gets more people on the bus."
        ));
        assert!(!is_threat("Zamanı öldürmek lazım bazen."));
        assert!(!is_threat(
            "The minister who said he would shoot the messenger resigned."
        ));
        assert!(!is_threat(
            "I hope someone breaks the news to your mother gently."
        ));
        assert!(!is_threat("The team deserves a break."));
        assert!(!is_threat("Die Hard is on at nine."));
        assert!(!is_threat("Old phones go die in a drawer somewhere."));
        assert!(!is_threat("Get cancer screening done early."));
        assert!(!is_threat("I'll find you a seat near the front."));
        assert!(!is_threat("You're going to regret not buying this house."));
        assert!(!is_threat("Make sure you regret nothing, said my gran."));
        assert!(!is_threat(
            "I hope the old barn burns down, it's an eyesore."
        ));
        assert!(!is_threat("Желаю тебе здоровья."));
        assert!(!is_threat("Kansere yakalanan annem iyileşti."));
    }

    #[test]
    fn urging_a_reader_to_harm_themselves() {
        for urge in [
            "Drink bleach.",
            "Go drink some bleach, you clown.",
            "Do the world a favour and jump off a bridge.",
            "Why don't you just hang yourself.",
            "Do us all a favor and slit your wrists.",
            "You should end it all, nobody likes you.",
            "Nobody would miss you if you disappeared.",
            "You're a waste of oxygen.",
            "Иди повесься.",
            "Git kendini as.",
        ] {
            assert!(is_threat(urge), "{urge}");
        }
        for not_one in [
            "Do not drink bleach, poison control warns.",
            "The jump off the bridge was part of the stunt show.",
            "The firefighters had to jump off the roof to escape.",
            "He told reporters he wanted to end it all before friends intervened.",
            "Kill yourself laughing at this new comedy.",
            "Nobody would miss you at the office party, so take the day off.",
            "Nobody would miss you if you left the group chat, be honest.",
            "That meeting was a waste of time.",
            "Ceketini askıya as.",
        ] {
            assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
        }
    }

    #[test]
    fn menaces_between_the_lines() {
        for menace in [
            "Keep talking and see what happens to your kids.",
            "It'd be a pity if your car caught fire.",
            "I'd love to see the editor hanging from a lamppost.",
            "This columnist needs a good beating.",
            "People like you deserve a beating.",
            "Old people should just hurry up and die.",
            "Pedos like you should be castrated.",
            "He deserves a bullet.",
            "I hope someone breaks both your legs.",
            "Go die in a fire.",
            "Just go die.",
            "Get cancer and die.",
            "I'll make sure you regret this.",
            "You're going to regret this.",
            "I'll find you.",
            "Watch your back when you leave the office tonight.",
            "Somebody should teach that reporter a lesson he won't forget.",
            "Somebody should teach you a lesson.",
            "I will tell your employer what you wrote.",
            "We'll report you to your boss.",
            "Your mother should have aborted you.",
            "Old people should just die already.",
            "I will post your address online.",
            "I'll publish your home address and phone number.",
            "I'm going to leak your nudes.",
            "We will dox you.",
            "I'll find out where your kids go to school.",
            "We know where your children go to school.",
            "You won't be so brave when I find you.",
            "Wait till I get my hands on you.",
            "When I catch you, you will regret it.",
        ] {
            assert!(is_threat(menace), "{menace}");
        }
        for call in [
            "Death to all Muslims.",
            "Death to the Jews.",
            "Gas the Jews.",
            "Hang the traitors.",
            "Suriyelileri öldürün.",
            "Kahrolsun Ermeniler.",
        ] {
            assert!(is_threat(call), "{call}");
        }
        for not_one in [
            "Death to tyranny.",
            "The death toll rose to twelve.",
            "Kill the bill.",
            "Hang the pictures in the hall.",
            "Kahrolsun faşizm.",
            "It is hard to encourage new editors when you just beat them up over nonsense.",
            "See what happens to your pension if you retire early.",
            "Let's wait and see what happens to the mayor's plan.",
            "I will post the council's address for the protest.",
            "I will share your article with my class.",
            "I'll post your letter in Saturday's paper.",
            "I'll find out where the bus goes.",
            "We know where the money went.",
            "I would never post your address.",
            "Once I find you the file, I'll send it.",
            "When I find you at the station we can talk.",
            "When I find the time I will read it.",
            "It'd be a pity if the car park closed.",
            "When I find you a seat I'll text you.",
            "Watch your back when lifting heavy boxes.",
            "Watch your back on the icy steps.",
            "I'd love to see the editor at the festival.",
            "This column needs a good edit.",
            "Someone should teach the mayor a lesson in economics.",
            "Someone should teach you a lesson in manners, said my gran.",
            "I will tell your mum you said hello.",
            "I'll tell your boss you did a great job.",
            "Voters will teach this government a lesson in May.",
            "My mother should have retired years ago.",
        ] {
            assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
        }
    }

    #[test]
    fn a_menace_ends_its_clause() {
        assert!(is_threat("You will pay for this."));
        assert!(is_threat("You'll regret it"));
        assert!(is_threat("You won't live to see the election."));
        assert!(is_threat("You're dead, you hear me?"));
        assert!(is_threat("I know where your kids go to school."));
        assert!(!is_threat("You'll pay less tax under the new plan."));
        assert!(!is_threat("You'll regret not buying that stock."));
        assert!(!is_threat("You will die of boredom reading this."));
        assert!(!is_threat("I hope you die laughing at this one."));
        assert!(!is_threat(
            "I know where you live is a lovely part of town."
        ));
        assert!(!is_threat("I'll make them pay back every penny."));
        assert!(!is_threat("They will make you pay for shipping."));
        assert!(is_threat("I'll make you pay for this."));
        assert!(is_threat("I'll make you suffer for every word you wrote."));
    }

    #[test]
    fn menaces_that_name_no_harm() {
        for menace in [
            "Keep it up and you'll be found in a ditch.",
            "You will be found floating in the river",
            "You'll be found dead one of these days",
            "Carry on like this and you'll end up in a ditch",
            "Your kids walk to school alone, don't they?",
            "Your wife drives home alone every night, I've seen her.",
            "It would be a shame if something happened to your family.",
            "Shame if something were to happen to the editor",
        ] {
            assert!(is_threat(menace), "{menace}");
        }
        for not_one in [
            "The missing hiker was found in a ditch.",
            "My kids walk to school alone and they love it.",
            "Do your kids walk to school? Mine go alone now.",
            "You'll end up in hospital if you eat like that.",
            "You will be found guilty if the jury believes him.",
            "It's a shame if nothing happens after the inquiry.",
            "What a shame, the council closed the park.",
            "Your family is not alone in this, the whole town is with you.",
            "Your kids go to school together, not alone, right?",
            "Your mother is alone in that care home and nobody visits.",
            "You'll find the river walk lovely in spring.",
        ] {
            assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
        }
    }

    #[test]
    fn russian_and_turkish() {
        assert!(is_threat("Я тебя убью"));
        assert!(is_threat("их всех надо расстрелять"));
        assert!(is_threat("seni öldüreceğim"));
        assert!(!is_threat("я убью время до поезда"));
        assert!(!is_threat("zamanı öldüreceğim"));
        assert!(is_threat("Bu gazeteciyi öldüreceğim."));
        assert!(is_threat("Я знаю, где ты живёшь."));
        assert!(is_threat("Nerede oturduğunu biliyorum."));
        assert!(is_threat("Тебе бы голову оторвать за такие слова."));
        assert!(is_threat("Senin gibi adamlar ölmeli."));
        assert!(is_threat("Я найду тебя и сломаю тебе ноги."));
        assert!(is_threat("Убей себя."));
        assert!(!is_threat("Не убей себя на этой жаре, пей воду."));
        assert!(!is_threat("Сломала ноготь, да ну их, сломаю все."));
        assert!(!is_threat("Я бы оторвал этикетку."));
        assert!(!is_threat("Надо бы оторвать старые обои."));
    }
}
