//! What harms a person: the verbs of harm and the persons they are done to (`kill you`,
//! `break your legs`, `hunt the referee down`, `set fire to the house of the mayor`), the
//! past participles a call uses (`should be shot`), and the harm verbs that harm no one
//! (`kill the bill`, `this heat is going to kill me`, `shoot you an email`).

use std::ops::Range;
use std::sync::LazyLock;

use crate::rules::clauses::{Clause, Lexicon, Vocabulary, IDENTITIES};

/// Verbs that harm whoever is their object.
pub(super) static HARM: Lexicon = Lexicon::new(
    "kill murder stab shoot strangle throttle lynch behead rape maim torture slaughter butcher execute \
     glass hang poison drown gas exterminate hurt harm choke cripple bury torch gut skin \
     decapitate assassinate kills killing shoots shooting stabs stabbing hurts hurting murders \
     murdering strangles strangling hangs hanging tortures torturing executes executing butchers \
     punch slap smack batter bludgeon smother suffocate kneecap disembowel dismember impale \
     crucify incinerate pummel maul mutilate castrate electrocute guillotine waterboard stomp \
     swat swats",
);

/// What someone is, for a harm reported: `charged with killing`, `convicted of murdering`.
static CHARGED: Lexicon =
    Lexicon::new("charged accused convicted arrested jailed sentenced suspected guilty acquitted");

/// Verbs that harm with a body part as their object (`break your legs`, `kick his teeth in`).
static HARM_BODY: Lexicon = Lexicon::new(
    "break smash snap bash crack kick punch slap knock cave breaks smashes snaps bashes cracks \
     kicks punches slaps knocks breaking smashing snapping bashing kicking punching crush \
     crushes crushing",
);

/// Body parts (and `ass`, as in `kick your ass`).
pub(super) static BODY: Lexicon = Lexicon::new(
    "bone bones neck legs leg arms arm face jaw nose skull teeth fingers finger knees kneecaps \
     head spine ribs throat ass skin hands hand windpipe",
);

/// What someone made to do this is harmed: `make them pay`.
pub(super) static SUFFER: Lexicon =
    Lexicon::new("pay suffer bleed regret beg scream disappear die cry");

/// What no one eats but by force: `make you eat your keyboard`.
static FORCED_DOWN: Lexicon = Lexicon::new(
    "keyboard keyboards laptop phone teeth pen pens microphone camera notebook press badge \
     lanyard boots boot fist",
);

/// Where putting someone harms them: `put you in the hospital`.
pub(super) static PUT_IN: Lexicon =
    Lexicon::new("hospital ground grave coffin wheelchair morgue bag icu dirt coma boot trunk");

pub(super) static WEAPON: Lexicon = Lexicon::new(
    "knife gun rifle pistol bat machete axe rope acid bomb shotgun blade hammer crowbar noose",
);

/// What is burnt or blown up: `set fire to the house of the mayor`.
pub(super) static PROPERTY: Lexicon = Lexicon::new(
    "house houses home homes car cars office offices shop shops newsroom newsrooms building \
     buildings gallery galleries theatre theatres studio studios",
);

/// Who shoots a portrait, and with what: `shot by a better photographer`.
static CAMERAS: Lexicon =
    Lexicon::new("photographer photographers camera cameras cameraman director crew lens drone");

/// Where people worship, burnt as their homes are: `torch that mosque`.
pub(super) static WORSHIP: Lexicon = Lexicon::new(
    "mosque mosques church churches synagogue synagogues temple temples gurdwara cathedral",
);

/// What runs a person down: `push you in front of a bus`, `hit by a train`.
pub(super) static VEHICLES: Lexicon = Lexicon::new("bus car train truck lorry tram tube");

/// Crowds a vehicle is driven into: `drive a truck through that protest`.
pub(super) static CROWDS: Lexicon = Lexicon::new(
    "protest protests protesters protestors crowd crowds march marchers rally rallies \
     demonstrators demonstration them procession processions parade parades",
);

/// Past participles of harm: `X should be shot`, `X should be eradicated`.
pub(super) static HARMED: Lexicon = Lexicon::new(
    "shot hanged hung killed executed lynched gassed burned burnt exterminated murdered \
     beheaded stabbed beaten raped tortured strangled drowned poisoned butchered slaughtered \
     maimed gunned castrated flogged whipped stoned caned lashed battered bludgeoned smothered \
     suffocated kneecapped disembowelled disemboweled dismembered impaled crucified \
     incinerated pummelled pummeled mauled mutilated electrocuted guillotined waterboarded \
     tarred feathered skinned horsewhipped torched firebombed swatted doxxed doxed",
);

/// Past participles of harm that are also said of things (`the virus was eradicated`, `the
/// records need to be purged`): `X should be eradicated` needs people named as X.
pub(super) static ERADICATED: Lexicon = Lexicon::new(
    "eradicated annihilated purged sterilized sterilised euthanized euthanised sunk buried",
);

/// What harms people without meaning to: `the new tax will hurt families`, `inflation is
/// killing pensioners`.
static HARMFUL_THINGS: Lexicon = Lexicon::new(
    "law laws tax taxes policy policies plan plans cuts cut bill reform reforms rule rules \
     decision closure closures inflation prices heat heatwave drought storm floods \
     pollution smoking virus pandemic disease recession crisis budget tariffs guns gun drugs \
     alcohol speeding",
);

/// People by their role: objects of a harm (`the mayor`, `that journalist`).
pub(super) static ROLES: Lexicon = Lexicon::new(
    "author authors editor editors journalist journalists reporter reporters writer columnist \
     mayor councillor councilor minister president senator judge cop cops police officer \
     referee moderator moderators admin admins teacher teachers doctor doctors nurse nurses \
     surgeon surgeons consultant consultants paramedics activists hippies crusties brats \
     loonies yobs louts vegans bosses landlords landlord bankers banker ceo ceos chairman \
     executives critic critics singer singers rapper rappers comedian comedians presenter \
     presenters actor actors actress dj professor professors lecturer lecturers academics \
     headteacher headmistress headmaster principal bishop vicar imam rabbi ambassador generals \
     reviewer reviewers devs developers pensioners claimant claimants workers canvasser \
     speaker goalkeeper umpire linesman jockey pundit commentator boxer player players man men \
     woman \
     guy guys girl boy boss neighbour neighbor neighbours neighbors idiot idiots bastard \
     bastards bitch traitor traitors people person leader leaders governor mp mps politician \
     politicians priest host lawyer family kids children child wife husband mother mom mum \
     father dad son daughter sister brother parents friends girlfriend boyfriend baby scum \
     pig pigs rats protesters voters fans members lot bunch secretary chancellor premier \
     pensioners retirees clown clowns hack hacks feminist feminists board staff loudmouth \
     loudmouths moron morons rioters professor professors expert experts writers columnists \
     mayors councillors councilors ministers judges officers referees organisers organizers \
     activists cyclist cyclists driver drivers vicar vicars ref refs keeper keepers striker \
     strikers manager managers pundit pundits lawyers barrister barristers solicitor solicitors \
     magistrate magistrates planner planners developer agent agents tenant tenants builder \
     builders chef chefs cook cooks blogger bloggers owner owners waitress waitresses waiter \
     waiters inspector inspectors butcher butchers farmer farmers engineer engineers programmer \
     programmers coder coders researcher researchers geek geeks nerd nerds scammers hackers bro \
     bros scribbler scribblers rider riders commuters motorists pedestrians novelist novelists \
     poet poets artist artists director directors curator curators reviewer reviewers \
     producer producers guards inmates prisoners informers astronauts astronaut scientists \
     scientist astronomer \
     astronomers physicist physicists vaxxers antivaxxers professor lecturer royals royal \
     republicans monarchists royalists correspondent correspondents",
);

/// Person pronouns as objects.
pub(super) static PRONOUNS: Lexicon = Lexicon::new(
    "you him her them yourself yourselves himself herself themselves everyone everybody",
);

pub(super) const POSSESSIVES: &[&str] = &["your", "his", "her", "their"];

/// Determiners before a person by role or group (`the mayor`, `all of the Kurds`).
const DETERMINERS: &[&str] = &[
    "the", "that", "this", "those", "these", "every", "each", "all", "any", "some", "a", "such",
];

/// After an object, what makes it the receiver of a gift: `find you a copy`.
const GIVEN: &[&str] = &[
    "a", "an", "some", "the", "my", "this", "our", "one", "another", "any", "more",
];

/// Verbs of harm that are also the kitchen's, the garden's and the budget's, and that the
/// classifier learnt from threats (`I'll cut you`): read only when they harm a person, so
/// that `Cut the cake.` (refused at 0.97 before), `They will cut the ribbon at noon` (0.98)
/// and `We need to burn the leaves` (0.92) are not held for them; a bare object is a chore's
/// too (`cut costs`, `burn calories`).
static CHORES: Lexicon = Lexicon::new("cut cuts cutting burn burns burning");

/// `destroy`, read as [`CHORES`] are (`Destroy the old files.` was held at 0.91) but for a
/// bare object: `destroy Israel` is the classifier's to read.
static DESTROY: Lexicon = Lexicon::new("destroy destroys destroying end ends ending");

/// Where a harm done to someone is a contest won: `we'll murder them on the pitch`, `... in
/// the final`, `I'll destroy you at chess`, `crush them at the polls`; by the preposition
/// each takes (`on the field` and `at the match` are places too, and stay unread).
const CONTESTS: [(&str, &[&str]); 3] = [
    ("on", &["pitch", "court", "rink", "scoreboard"]),
    (
        "in",
        &[
            "final",
            "finals",
            "derby",
            "semifinal",
            "semifinals",
            "semis",
            "league",
            "cup",
            "playoffs",
            "playoff",
            "tournament",
            "debate",
            "polls",
            "quiz",
            // (`in a chess final`.)
            "chess",
        ],
    ),
    (
        "at",
        &["chess", "poker", "scrabble", "polls", "quiz", "darts"],
    ),
];

/// The words after a harm verb that make it a thing's name: `choke hold`, `poison pill`,
/// `kill switch`.
static HARM_COMPOUNDS: Lexicon = Lexicon::new("hold holds pill pills switch switches shot shots");

/// Every verb whose harmless uses [`Clause::harmless`] finds.
pub(super) static HARM_WORDS: LazyLock<Vocabulary> = LazyLock::new(|| {
    Lexicon::all_of(&[&HARM, &HARM_BODY, &CHORES, &DESTROY, &HARMED])
        // (`slit`: `Slit his throat`, an order.)
        .chain(["beat", "push", "shove", "throw", "toss", "hurl", "slit"])
        .chain([
            "drowning",
            "choking",
            "suffocating",
            "smothering",
            "crushing",
        ])
        .collect()
});

impl Clause<'_> {
    /// The length of a person named at `i` as an object (`you`, `your kids`, `the mayor`,
    /// `all the Kurds`, `every one of them`), or 0.
    pub(super) fn person(&self, i: usize) -> usize {
        if self.is(i, &PRONOUNS) {
            // Given something, not harmed: "shoot you an email", "find you a copy".
            return usize::from(!self.is(i + 1, GIVEN));
        }
        if self.is(i, POSSESSIVES) {
            // `your kind`, `their sort`; not `your kind of music`.
            let kind = self.is(i + 1, &["kind", "sort", "type"]) && self.at(i + 2) != "of";
            return if self.is_people(i + 1) || kind { 2 } else { 0 };
        }
        if self.is(i, DETERMINERS) {
            let mut j = i + 1;
            // (`every last one of these traitors`.)
            j += usize::from(self.seq(j, &["last", "one", "of"]));
            if self.seq(j, &["one", "of"]) {
                j += 2;
            }
            if self.at(j) == "of" {
                j += 1;
            }
            if self.is(j, &["the", "those", "these"]) {
                j += 1;
            }
            // `the whole editorial board`, `the whole lot of them`, `this so-called expert`.
            j += usize::from(self.is(j, &["whole", "entire"]));
            if self.seq(j, &["so", "called"]) {
                j += 2;
            }
            if self.seq(j, &["lot", "of"]) {
                j += 2;
            }
            if self.is(j, &["them", "you"]) {
                return j - i + 1;
            }
            // `the Black people`, `those disabled people`.
            if self.is_people(j) {
                return j - i + 1 + usize::from(self.at(j + 1) == "people");
            }
            // `the prime minister`, `the home secretary`: one word of the office's name (not
            // `the launch, reporter`: the reader addressed after a thing).
            if self.is(j + 1, &ROLES)
                && !self.is(j, &["of", "to", "in"])
                && !self.phrase_ends_before(j + 1)
            {
                return j - i + 2;
            }
            return 0;
        }
        usize::from(self.is_people(i))
    }

    pub(super) fn is_people(&self, i: usize) -> bool {
        self.is(i, &ROLES) || self.is(i, &*IDENTITIES)
    }

    /// A person named somewhere in `range`.
    pub(super) fn person_in(&self, range: Range<usize>) -> bool {
        range.into_iter().any(|i| self.person(i) > 0)
    }

    /// A verb that harms whoever or whatever is its object (`kill`, `break`, `beat`): the
    /// words of [`HARM_WORDS`].
    pub(super) fn harm_verb(&self, i: usize) -> bool {
        self.is(i, &*HARM_WORDS)
    }

    /// The end of a harm done to a person that starts at `i`, if one does. `intent`: the
    /// writer committed to it, so bringing a weapon is part of it.
    pub(super) fn harm(&self, i: usize, intent: bool) -> Option<usize> {
        // `we'll murder them on the pitch`, `I'll destroy you at chess`: a contest won. (Read
        // only once a harm is found: the rest of the clause is scanned for the game.)
        self.harm_named(i, intent)
            .filter(|_| !self.in_a_game(i) && !self.hung_up(i))
    }

    /// Whether `hang` at `i` puts things up, not people: `hang the lot of them on the wall`
    /// (pictures), `... on a hook`.
    fn hung_up(&self, i: usize) -> bool {
        self.is(i, &["hang", "hung"])
            && (i + 1..i + 7).any(|k| {
                self.at(k) == "on"
                    && self.is(k + 1, &["the", "a"])
                    && self.is(k + 2, &["wall", "walls", "hook", "hooks", "line", "door"])
            })
    }

    /// [`Clause::harm`], game or not.
    fn harm_named(&self, i: usize, intent: bool) -> Option<usize> {
        // (Who is harmed, if the harm's object is a person: read once for every shape.)
        let object = self.person(i + 1);
        self.harm_struck(i, object)
            .or_else(|| self.harm_maimed_or_wrecked(i, object))
            .or_else(|| self.harm_shot_or_doused(i, object, intent))
            .or_else(|| self.harm_pushed_or_hunted(i, object))
            .or_else(|| self.harm_made_to_suffer(i, object))
            .or_else(|| self.harm_put_or_set_alight(i, object))
            .or_else(|| self.harm_dragged_or_sent(i, object))
            .or_else(|| self.harm_burnt_or_beaten_about(i, object, intent))
    }

    /// [`Clause::harm_named`]'s blows: a harm the writer would have done (`I'd have you
    /// shot`), a harm verb on a person, a vehicle driven into people, a drink spiked, `beat the
    /// hell out of`, a body part struck (`break his jaw`).
    fn harm_struck(&self, i: usize, object: usize) -> Option<usize> {
        let w = self.at(i);
        // `I'd have you shot for treason`: a harm the writer would have done (not `I'd have
        // you over for dinner`).
        if self.is(i, &["have", "get"]) && object > 0 && self.is(i + 1 + object, &HARMED) {
            return Some(i + 2 + object);
        }
        if self.is(i, &HARM) {
            if object > 0 {
                return Some(i + 1 + object);
            }
            // A particle between: `shoot up the protesters`, `finish off the mayor`.
            if self.is(i + 1, &["up", "off"]) && self.person(i + 2) > 0 {
                return Some(i + 2 + self.person(i + 2));
            }
        }
        // `drive a truck through that protest`, `plough my car into them`; not `drive a truck
        // across the country`, `... into the garage`.
        if self.is(i, &["drive", "ram", "plough", "plow"]) {
            if let Some(v) = (i + 1..i + 4).find(|&k| self.is(k, &VEHICLES)) {
                if self.is(v + 1, &["through", "into"]) {
                    let whom = (v + 2..v + 5).find(|&k| self.is(k, &CROWDS) || self.person(k) > 0);
                    if let Some(k) = whom {
                        return Some(k + self.person(k).max(1));
                    }
                }
            }
            // `someone should drive straight through them`: the vehicle left unsaid, the
            // people driven through (not `drive through the town`, `drive into work`).
            let through = i + 1 + usize::from(self.is(i + 1, &["straight", "right"]));
            if self.is(through, &["through", "into"])
                && self.is(
                    through + 1,
                    &["them", "him", "her", "you", "protesters", "crowds"],
                )
            {
                return Some(through + 2);
            }
        }
        // `slip something into her drink`: a person drugged.
        if w == "slip" && self.is(i + 1, &["something", "drugs", "roofies", "pills", "poison"]) {
            let into = i + 2;
            if self.at(into) == "into"
                && self.is(into + 1, POSSESSIVES)
                && self.is(into + 2, &["drink", "drinks", "coffee", "wine", "glass"])
            {
                return Some(into + 3);
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
        // `I'd beat some sense into you`, `knock some sense into him` (not `talk some sense
        // into him`).
        if self.is(i, &["beat", "knock", "slap", "kick", "smack", "punch"])
            && self.is(i + 1, &["some", "the"])
            && self.seq(i + 2, &["sense", "into"])
            && self.person(i + 4) > 0
        {
            return Some(i + 4 + self.person(i + 4));
        }
        if self.is(i, &HARM_BODY) {
            if let Some(end) = (i + 1..(i + 5).min(self.len())).find(|&j| self.is(j, &BODY)) {
                let owner = (i + 1..end).any(|j| self.is(j, POSSESSIVES) || self.person(j) > 0);
                // `break every bone in his body`, `I'll break every finger you type with`,
                // `... every finger on the hand you type with`: whose, after it.
                let every = self.at(i + 1) == "every"
                    && (self.at(end) == "bone"
                        || (end + 1..end + 5).any(|k| self.is(k, &["you", "your", "his", "her"])));
                if owner || every {
                    return Some(end + 1);
                }
            }
        }
        None
    }

    /// [`Clause::harm_named`]'s maimings and wreckings: `rip your tongue out`, `slit his throat`,
    /// `shut this clown up permanently`, `slash your tyres`, `torch their office`.
    fn harm_maimed_or_wrecked(&self, i: usize, object: usize) -> Option<usize> {
        let w = self.at(i);
        // `I'll rip your tongue out`, `tear his head off` (not `tear your eyes away`); `I'll
        // cut off your tongue`, `rip out your heart` (not `cut off your nose to spite your
        // face`, nor `cut your hair off`).
        let parts = [
            "tongue", "eyes", "eye", "head", "heart", "throat", "arms", "arm", "legs", "leg",
            "ears", "fingers", "hands",
        ];
        if self.is(i, &["rip", "tear", "gouge", "cut", "chop"]) {
            if self.is(i + 1, POSSESSIVES)
                && self.is(i + 2, &parts)
                && self.is(i + 3, &["out", "off"])
            {
                return Some(i + 4);
            }
            if self.is(i + 1, &["out", "off"])
                && self.is(i + 2, POSSESSIVES)
                && self.is(i + 3, &parts)
            {
                return Some(i + 4);
            }
        }
        if self.is(i, &["slit", "cut"]) && self.any_in(i + 1..i + 5, &["throat", "throats"]) {
            return Some(i + 3);
        }
        // `shut this clown up permanently`, `silence him for good`; not `shut him up for an
        // hour`.
        if self.is(i, &["shut", "silence"]) && object > 0 {
            let after = i + 1 + object + usize::from(self.at(i + 1 + object) == "up");
            if self.is(after, &["permanently", "forever"]) {
                return Some(after + 1);
            }
            if self.seq(after, &["for", "good"]) {
                return Some(after + 2);
            }
        }
        // `deal with this guy permanently` (not `deal with this leak permanently`, no one).
        if self.seq(i, &["deal", "with"]) {
            let after = i + 2 + self.person(i + 2);
            if after > i + 2 && self.is(after, &["permanently", "forever"]) {
                return Some(after + 1);
            }
        }
        // `key your car`, `slash your tyres`, `smash his windows`.
        if self.is(i, &["key", "slash", "smash"])
            && self.is(i + 1, POSSESSIVES)
            && self.is(
                i + 2,
                &["car", "cars", "tyres", "tires", "windows", "windscreen"],
            )
        {
            return Some(i + 3);
        }
        // `torch your car`, `firebomb their office`, `set your car on fire`; `somebody
        // should torch that mosque`, `firebomb every synagogue`: a people's place of worship
        // (not `torch these terrible ideas`).
        let arson = self.is(i, &["torch", "firebomb", "bomb", "burn"]);
        let determined = ["that", "this", "the", "every", "their", "a", "your"];
        if arson && self.is(i + 1, &determined) && self.is(i + 2, &WORSHIP) {
            return Some(i + 3);
        }
        if self.is(i + 1, POSSESSIVES) && self.is(i + 2, &PROPERTY) {
            if arson {
                return Some(i + 3);
            }
            if w == "set" && (self.seq(i + 3, &["on", "fire"]) || self.at(i + 3) == "alight") {
                return Some(i + 4 + usize::from(self.at(i + 3) == "on"));
            }
        }
        None
    }

    /// [`Clause::harm_named`]'s shots and burnings: `pull the trigger on you`, `pour petrol on
    /// you`, `douse him in petrol`, `watch them die`.
    fn harm_shot_or_doused(&self, i: usize, object: usize, intent: bool) -> Option<usize> {
        // `I'd pull the trigger on you`, `... and pointed at you`: a shot promised at a person,
        // or an execution (`I'd volunteer to pull the lever on this traitor`; not `pull the
        // trigger on the merger`).
        if intent
            && self.seq(i, &["pull", "the"])
            && self.is(i + 2, &["trigger", "lever", "switch"])
        {
            let at =
                (i + 3..self.len()).find(|&k| self.is(k, &["on", "at"]) && self.person(k + 1) > 0);
            if let Some(k) = at {
                return Some(k + 1 + self.person(k + 1));
            }
        }
        // `I'd pour petrol on you`, `... douse him in petrol`: a person made ready to burn
        // (not `pour petrol on the bonfire`).
        let fuel = ["petrol", "gasoline", "gas", "fuel", "kerosene", "paraffin"];
        if self.is(i, &["pour", "pours", "pouring"])
            && self.is(i + 1, &fuel)
            && self.at(i + 2) == "on"
            && self.person(i + 3) > 0
        {
            return Some(i + 3 + self.person(i + 3));
        }
        if self.is(i, &["douse", "douses", "dousing", "soak", "drench"])
            && object > 0
            && self.is(i + 1 + object, &["in", "with"])
            && self.is(i + 2 + object, &fuel)
        {
            return Some(i + 3 + object);
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
        None
    }

    /// [`Clause::harm_named`]'s people pushed, run over or hunted: `push you in front of a bus`,
    /// `run you over`, `hunt him down`, `coming for you`.
    fn harm_pushed_or_hunted(&self, i: usize, object: usize) -> Option<usize> {
        // `push you in front of a bus`, `shove him under a train`, `throw the whole editorial
        // board off a bridge`: a person put where they die.
        // (`I'm pushing him onto the tracks`: a railway's.)
        if self.is(
            i,
            &[
                "push", "pushes", "pushing", "shove", "shoves", "shoving", "throw", "throws",
                "throwing", "toss", "hurl",
            ],
        ) && object > 0
        {
            let at = i + 1 + object;
            let before = if self.seq(at, &["in", "front", "of"]) {
                at + 3
            } else if self.seq(at, &["on", "to"]) {
                at + 2
            } else {
                at + usize::from(self.is(at, &["under", "off", "onto"]))
            };
            let place = before + usize::from(self.is(before, &["a", "an", "the", "moving"]));
            // (`... off the platform as the express comes through`: a train's.)
            let deadly = if self.at(at) == "off" {
                self.is(place, &super::calls::HEIGHTS)
                    || self.at(place) == "platform"
                        && self.any_in(place + 1..self.len(), &["train", "express", "comes"])
            } else if self.is(at, &["onto", "on"]) {
                self.is(place, &["tracks", "rails", "track"])
            } else {
                self.is(place, &VEHICLES)
            };
            if before > at && deadly {
                return Some(place + 1);
            }
        }
        // `run you over`, `runs the mayor over` (not `I'll run you over to the station`, a
        // lift).
        if self.is(i, &["run", "runs"])
            && object > 0
            && self.at(i + 1 + object) == "over"
            && !self.is(i + 2 + object, &["to", "there"])
        {
            return Some(i + 2 + object);
        }
        if self.is(i, &["hunt", "track"]) && object > 0 && self.at(i + 1 + object) == "down" {
            return Some(i + 2 + object);
        }
        if self.is(i, &["come", "coming", "comes"]) && self.is(i + 1, &["for", "after"]) {
            if self.person(i + 2) > 0 {
                return Some(i + 2 + self.person(i + 2));
            }
            // `we're coming for your little paper, and the people who write for it`: the
            // reader's paper and its people (not `coming for your paper's archive`).
            let paper = i + 3 + usize::from(self.at(i + 3) == "little");
            let papers = [
                "paper",
                "newspaper",
                "rag",
                "newsroom",
                "office",
                "magazine",
                "site",
            ];
            if self.is(i + 2, POSSESSIVES) && self.is(paper, &papers) && self.at(paper + 1) == "and"
            {
                let people = paper + 2 + usize::from(self.at(paper + 2) == "the");
                if self.is(
                    people,
                    &["people", "everyone", "everybody", "staff", "writers", "you"],
                ) {
                    return Some(people + 1);
                }
            }
        }
        None
    }

    /// [`Clause::harm_named`]'s harms made to happen: `make them suffer`, `make you pay for this`,
    /// `make you eat your keyboard`, `make sure you never walk again`.
    fn harm_made_to_suffer(&self, i: usize, object: usize) -> Option<usize> {
        let w = self.at(i);
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
        // `someone will make you eat your keyboard`, `... swallow your own teeth`: a thing
        // forced down a person's throat (not `make you eat your words`, `... your greens`).
        if w == "make" && object > 0 && self.is(i + 1 + object, &["eat", "swallow"]) {
            let yours = i + 2 + object;
            let thing = yours + usize::from(self.at(yours + 1) == "own") + 1;
            if self.is(yours, POSSESSIVES) && self.is(thing, &FORCED_DOWN) {
                return Some(thing + 1);
            }
        }
        // `make sure you never walk again`; `... never work again`, `... never write another
        // word`, `... as a journalist`, what the reader does closing the clause or named as a
        // trade (not `I'll make sure you never work weekends again`, a kindness).
        let never = || (i + 2..i + 6).find(|&j| self.at(j) == "never");
        let body = ["walk", "wake", "breathe", "talk", "see"];
        let trade = ["work", "write", "post"];
        if w == "make" && self.at(i + 1) == "sure" {
            if let Some(never) = never() {
                let after = never + 2;
                let closes = after == self.len()
                    || self.at(after) == "again" && after + 1 == self.len()
                    || self.at(after) == "another"
                        && self.is(after + 1, &["word", "article", "line", "column", "story"])
                    || self.seq(after, &["as", "a"])
                    || self.seq(after, &["in", "this"])
                    || self.is(after, &["in", "for"])
                        && self.is(after + 1, &["journalism", "newspapers", "television"]);
                let undone = self.is(never + 1, &body) || self.is(never + 1, &trade) && closes;
                if self.person_in(i + 2..never) && undone {
                    return Some(after);
                }
            }
        }
        None
    }

    /// [`Clause::harm_named`]'s people put away or burnt: `put a bullet in the author`, `line them
    /// up against a wall`, `set fire to the mayor's house`.
    fn harm_put_or_set_alight(&self, i: usize, object: usize) -> Option<usize> {
        let w = self.at(i);
        if w == "put" {
            if object > 0
                && self.at(i + 1 + object) == "in"
                && self.any_in(i + 2 + object..i + 5 + object, &PUT_IN)
            {
                return Some(i + 5 + object);
            }
            // `put these traitors in front of a firing squad`, `... before a firing squad`.
            let before = i + 1 + object;
            let front = if self.seq(before, &["in", "front", "of"]) {
                before + 3
            } else {
                before + usize::from(self.at(before) == "before")
            };
            if object > 0 && front > before && self.seq(front + 1, &["firing", "squad"]) {
                return Some(front + 3);
            }
            // `put this author out of his misery`; not the reader (`let me put you out of
            // your misery: the answer is B`), nor the writer, nor an animal.
            if object > 0
                && !self.is(i + 1, &["you", "u"])
                && self.seq(i + 1 + object, &["out", "of"])
                && self.at(i + 4 + object) == "misery"
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
        // `burn that newspaper's office down with the editors inside`: the particle after the
        // property too.
        let burns = (w == "set" && self.any_in(i + 1..i + 5, &["fire", "alight"]))
            || (self.is(i, &["burn", "blow", "firebomb"])
                && (self.is(i + 1, &["down", "up"]) || self.any_in(i + 2..i + 6, &["down"])));
        // (`torch the developer's show home with him inside it`: whatever is torched, with
        // people in it.)
        let torched = self.is(i, &["torch", "firebomb", "petrol"]);
        if burns || torched {
            let end = (i + 10).min(self.len());
            if torched && !burns {
                return self.with_people_inside(i + 1..end);
            }
            // (`we'll burn them down with the builders still inside`: whatever burns.)
            if let Some(inside) = self.with_people_inside(i + 1..end) {
                return Some(inside);
            }
            let property = self.any_in(i + 1..end, &PROPERTY);
            if property && self.person_in(i + 1..end) {
                return Some(end);
            }
            if w == "set" && self.person_in(i + 2..i + 4) {
                return Some(i + 5);
            }
        }
        None
    }

    /// [`Clause::harm_named`]'s people dragged, sent or locked in: `drag this hack behind a car`,
    /// `send them to a gulag`, `teach him a lesson with a bat`, `lock them in and set it on fire`.
    fn harm_dragged_or_sent(&self, i: usize, object: usize) -> Option<usize> {
        let w = self.at(i);
        // `drag this hack behind a car` (not `drag the sofa behind the van`: a person).
        if self.is(i, &["drag", "tie"]) && object > 0 && self.at(i + 1 + object) == "behind" {
            let vehicle =
                i + 2 + object + usize::from(self.is(i + 2 + object, &["a", "the", "my"]));
            if self.is(vehicle, &VEHICLES) {
                return Some(vehicle + 1);
            }
        }
        // `I'll personally drag them off by their hair`, `... by the scruff of his neck`: a
        // person hauled by the body (not `drag the case by its handle`).
        if self.is(i, &["drag", "pull", "haul", "yank"]) && object > 0 {
            let by = (i + 1 + object..i + 4 + object).find(|&k| self.at(k) == "by");
            let part = by.and_then(|by| {
                (by + 2..by + 5).find(|&k| self.is(k, &["hair", "neck", "throat", "ears"]))
            });
            if let Some(k) =
                part.filter(|&k| self.is(k - 1, POSSESSIVES) || self.at(k - 1) == "the")
            {
                return Some(k + 1);
            }
        }
        // `drag the whole editorial board into the street and let the people decide`: people
        // handed to a mob (not `drag the bins into the street`, `... the editor into the
        // street party`).
        // (`... drag this editor out into the street and show him what real people think`.)
        let out = usize::from(self.at(i + 1 + object) == "out");
        if w == "drag" && object > 0 && self.is(i + 1 + object + out, &["into", "through", "onto"])
        {
            let into = i + 1 + object + out;
            let street = into + 1 + usize::from(self.at(into + 1) == "the");
            if self.is(street, &["street", "streets", "square"])
                && (self.phrase_ends_before(street + 1) || self.at(street + 1) == "and")
            {
                return Some(street + 1);
            }
        }
        // `send every one of those leftist professors to a gulag`, `... to a labour camp`
        // (not `... to a labour ward`).
        let camp = i + 3 + object;
        // (`send every one of those protesters to Siberia and lose the key`.)
        // (Not `send the kids to Siberia for the winter holidays`: for good.)
        if w == "send" && object > 0 && self.seq(i + 1 + object, &["to", "siberia"]) {
            let siberia = i + 2 + object;
            let for_good = self.seq(siberia + 1, &["and", "lose", "the", "key"])
                || self.seq(siberia + 1, &["and", "throw", "away", "the", "key"])
                || siberia + 1 == self.len();
            if for_good {
                return Some(siberia + 1);
            }
        }
        let camp_end = if self.at(camp) == "gulag" {
            camp + 1
        } else {
            camp + 2 * usize::from(
                self.is(camp, &["labour", "labor"]) && self.at(camp + 1) == "camp",
            )
        };
        if w == "send" && object > 0 && self.seq(i + 1 + object, &["to", "a"]) && camp_end > camp {
            return Some(camp_end);
        }
        // `send this traitor to the gallows`.
        if w == "send" && object > 0 && self.seq(i + 1 + object, &["to", "the"]) {
            let place = i + 3 + object;
            if self.is(
                place,
                &["gallows", "guillotine", "gas", "firing", "chair", "gulags"],
            ) {
                return Some(place + 1);
            }
        }
        // `I'll teach you with my fists`, `... teach him a lesson with a bat`.
        // (A pronoun is taught a lesson, not given one: `person` reads `him a` as given.)
        let taught = if self.is(i + 1, &PRONOUNS) { 1 } else { object };
        if w == "teach" && taught > 0 {
            let with = (i + 1 + taught..i + 4 + taught).find(|&k| self.at(k) == "with");
            if let Some(k) = with.filter(|&k| self.is(k + 1, &["my", "a", "the", "our"])) {
                // (`a baseball bat`: one word before the weapon.)
                let armed = (k + 2..k + 4).find(|&arm| {
                    self.is(arm, &["fists", "fist", "boots"]) || self.is(arm, &WEAPON)
                });
                if let Some(arm) = armed {
                    return Some(arm + 1);
                }
            }
        }
        // `lock the journalists in a room and set it on fire`: people shut in what is burnt
        // (not `lock the bikes in the shed and set the alarm`).
        if self.at(i) == "lock" && object > 0 && self.is(i + 1 + object, &["in", "inside"]) {
            let from = i + 2 + object;
            if let Some(and) = (from..from + 5).find(|&k| self.at(k) == "and") {
                // (Or shut away for good: `lock her in a basement and throw away the key`.)
                let fire = self.seq(and + 1, &["set", "it", "on", "fire"])
                    || self.seq(and + 1, &["set", "it", "alight"])
                    || self.seq(and + 1, &["burn", "it"])
                    || self.seq(and + 1, &["throw", "away", "the", "key"]);
                if fire {
                    return Some(and + 4);
                }
            }
        }
        None
    }

    /// [`Clause::harm_named`]'s last shapes: `burn the editors alive`, `cut your brake lines`, `run
    /// this editor off the road`, `spit in your face`, `put your head through a wall`, `rearrange
    /// your face`, and a weapon brought.
    fn harm_burnt_or_beaten_about(&self, i: usize, object: usize, intent: bool) -> Option<usize> {
        let w = self.at(i);
        // `someone should burn the editors alive`, `... at the stake`, `... to death`.
        if self.is(i, &["burn", "burns"]) && object > 0 {
            let how = i + 1 + object;
            if self.at(how) == "alive"
                || self.seq(how, &["at", "the", "stake"])
                || self.seq(how, &["to", "death"])
            {
                return Some(how + 1);
            }
        }
        // `someone should cut your brake lines`: a crash prepared for a person.
        let brakes = self.is(i + 2, &["brakes"])
            || self.seq(i + 2, &["brake", "lines"])
            || self.seq(i + 2, &["brake", "cables"]);
        if self.is(i, &["cut", "cuts"]) && self.is(i + 1, POSSESSIVES) && brakes {
            return Some(i + 3 + usize::from(self.at(i + 2) == "brake"));
        }
        // `run this editor off the road` (not `run the bus off the road`, no person).
        if w == "run" && object > 0 && self.seq(i + 1 + object, &["off", "the", "road"]) {
            return Some(i + 4 + object);
        }
        // `I'd spit in your face` (not `spit in the sink`).
        if self.is(i, &["spit", "spits"])
            && self.is(i + 1, &["in", "on"])
            && self.is(i + 2, POSSESSIVES)
            && self.is(i + 3, &["face", "grave"])
        {
            return Some(i + 4);
        }
        // `I'm going to put your head through a wall` (not `put your name through to the
        // final`).
        // `I'd love to hold your head under water until the bubbles stop` (not `hold the
        // sprouts under water`).
        // (`someone should hold the minister's head under the flood water until he stops
        // lying`: anyone's head, any water.)
        let under_water = |k: usize| {
            self.at(k) == "under"
                && (k + 1..k + 4)
                    .find(|&w| self.at(w) == "water")
                    .is_some_and(|w| {
                        (k + 1..w).all(|m| self.is(m, &["the", "flood", "dirty", "cold", "river"]))
                    })
        };
        let whose = if self.is(i + 1, POSSESSIVES) {
            1
        } else {
            self.person(i + 1)
        };
        if w == "hold" && whose > 0 && self.at(i + 1 + whose) == "head" {
            let under = i + 2 + whose;
            if under_water(under) {
                return (under + 1..under + 4)
                    .find(|&w| self.at(w) == "water")
                    .map(|w| w + 1);
            }
        }
        // `someone should feed her to the lions` (not `feed the scraps to the dogs`).
        if w == "feed" && object > 0 && self.seq(i + 1 + object, &["to", "the"]) {
            let beasts = [
                "lions",
                "sharks",
                "pigs",
                "dogs",
                "wolves",
                "crocodiles",
                "piranhas",
            ];
            if self.is(i + 3 + object, &beasts) {
                return Some(i + 4 + object);
            }
        }
        // `somebody drop a stage light on the lead actor` (not `drop a line to the actor`).
        if w == "drop" && self.is(i + 1, &["a", "the"]) {
            let on = (i + 2..i + 5).find(|&k| self.at(k) == "on");
            let heavy = on.is_some_and(|k| {
                self.any_in(
                    i + 2..k,
                    &["light", "piano", "anvil", "safe", "brick", "weight"],
                )
            });
            if let Some(k) = on.filter(|&k| heavy && self.person(k + 1) > 0) {
                return Some(k + 1 + self.person(k + 1));
            }
        }
        // `I'm opening my car door on him`, said of a cyclist (not `I opened my car door on
        // the quiet street`).
        if self.is(i, &["open", "opening"])
            && self.seq(i + 1, &["my", "car", "door"])
            && self.at(i + 4) == "on"
            && self.person(i + 5) > 0
        {
            return Some(i + 5 + self.person(i + 5));
        }
        // `I'll take the engineer's head off his shoulders`, `... knock your head off` (not
        // `take the lid off`).
        if self.is(i, &["take", "knock", "rip", "tear"]) {
            let head = (i + 1..i + 4).find(|&k| self.at(k) == "head" && self.at(k + 1) == "off");
            if let Some(k) =
                head.filter(|&k| self.is(k - 1, POSSESSIVES) || self.person_in(i + 1..k))
            {
                return Some(k + 2);
            }
        }
        // `Someone needs to teach this smug geek what a real fist feels like` (not `... what a
        // real deadline feels like`).
        if w == "teach" && self.person_in(i + 1..i + 5) {
            let what = (i + 2..i + 6).find(|&k| self.seq(k, &["what", "a"]));
            let blow = what.map(|k| k + 2 + usize::from(self.is(k + 2, &["real", "proper"])));
            let felt = blow.filter(|&b| {
                self.is(
                    b,
                    &[
                        "fist", "punch", "beating", "kicking", "knife", "bullet", "slap",
                    ],
                ) && self.seq(b + 1, &["feels", "like"])
            });
            if let Some(b) = felt {
                return Some(b + 3);
            }
        }
        // (`I'd put you through the window`: the person whole.)
        let head = self.is(i + 1, POSSESSIVES) && self.is(i + 2, &["head", "face"]);
        let whole = self.is(i + 1, &["you", "him", "her", "them"]);
        if w == "put" && (head || whole) {
            let through = i + if head { 3 } else { 2 };
            let into = through + 1 + usize::from(self.is(through + 1, &["a", "the"]));
            if self.at(through) == "through"
                && self.is(into, &["wall", "window", "windscreen", "door"])
            {
                return Some(into + 1);
            }
        }
        // `I'll rearrange your face`, `... his teeth for him` (not `... your furniture`).
        if self.is(i, &["rearrange", "rearranges"])
            && self.is(i + 1, POSSESSIVES)
            && self.is(i + 2, &["face", "teeth", "features"])
        {
            return Some(i + 3);
        }
        if intent
            && self.is(i, &["bring", "bringing", "have", "got", "carrying"])
            && self.any_in(i + 1..i + 4, &WEAPON)
        {
            return Some(i + 4);
        }
        // `I'll come back with a shotgun and sort the lot of them` (not `I'll come back with a
        // cake`).
        if intent
            && self.is(i, &["come", "turn", "show"])
            && self.is(i + 1, &["back", "up"])
            && self.at(i + 2) == "with"
            && self.any_in(i + 3..i + 5, &WEAPON)
        {
            return Some(i + 5);
        }
        None
    }

    /// The end of what a past participle of harm starts at `k` (`shot`, `wiped out`), if it
    /// is one (not `eliminated from the cup`), and whether it is also said of things (`the
    /// weeds should be wiped out`).
    pub(super) fn harmed(&self, k: usize) -> Option<(usize, bool)> {
        match self.at(k) {
            "wiped" => self.is(k + 1, &["out", "off"]).then_some((k + 2, true)),
            "stamped" => (self.at(k + 1) == "out").then_some((k + 2, true)),
            "hunted" => (self.at(k + 1) == "down").then_some((k + 2, false)),
            // `... should be kicked senseless` (not `kicked out of the union`).
            "kicked" => {
                let beaten = [
                    &["senseless"][..],
                    &["unconscious"],
                    &["to", "death"],
                    &["to", "a", "pulp"],
                ];
                beaten
                    .iter()
                    .find(|b| self.seq(k + 1, b))
                    .map(|b| (k + 1 + b.len(), false))
            }
            "gang" => (self.at(k + 1) == "raped").then_some((k + 2, false)),
            // `... should be deep-fried in his own chip fat`, `... boiled alive`, `... boiled in
            // oil` (not `boiled in salted water`, said of pasta, nor `fried` alone).
            "deep" => (self.at(k + 1) == "fried").then_some((k + 2, false)),
            // `... should be nailed to his own church door` (not `nailed it`).
            "nailed" => (self.at(k + 1) == "to").then_some((k + 2, false)),
            // `... should be flooded out themselves` (not `flooded with letters`).
            "flooded" => (self.at(k + 1) == "out").then_some((k + 2, false)),
            "boiled" | "fried" | "roasted" | "cooked" | "grilled" => {
                let alive = self.at(k + 1) == "alive";
                let oil = self.seq(k + 1, &["in", "oil"]) || self.seq(k + 1, &["in", "his"]);
                (alive || oil).then_some((k + 2, false))
            }
            "machine" => (self.at(k + 1) == "gunned").then_some((k + 2, false)),
            // `those protesters should be run over` (not `run over budget`).
            "run" => (self.at(k + 1) == "over" && !self.is(k + 2, &["budget", "time", "schedule"]))
                .then_some((k + 2, false)),
            "eliminated" => (!self.is(k + 1, &["from", "in", "at", "by"])).then_some((k + 1, true)),
            _ if self.is(k, &ERADICATED) => Some((k + 1, true)),
            // Not a photograph: `he should be shot by a better photographer`.
            "shot" if self.is(k + 1, &["by", "with"]) && self.any_in(k + 2..k + 6, &CAMERAS) => {
                None
            }
            _ => self.is(k, &HARMED).then_some((k + 1, false)),
        }
    }

    /// The harm verbs of this clause whose object is a thing, the writer or a favour, as
    /// ((), verb, verb + 1).
    /// Whether the harm at `i` is a contest: a game named after it (`destroy them on the
    /// pitch`, `in the final`, `at chess`).
    pub(super) fn in_a_game(&self, i: usize) -> bool {
        (i + 1..self.len()).any(|k| {
            let game = k + 1 + usize::from(self.is(k + 1, &["the", "a"]));
            CONTESTS
                .iter()
                .any(|(at, games)| self.at(k) == *at && self.is(game, *games))
        })
    }

    /// Whether the harm verb at `i` is a word of an idiom that harms no one: `hang on`, `hang
    /// in there`, `a stab in the dark`, `choke hold`, `poison pill`, `strangled by red tape`,
    /// `drowning in debt`.
    fn idiom(&self, i: usize) -> bool {
        let hang = self.is(i, &["hang", "hanging"])
            && (self.is(i + 1, &["on", "out", "around", "about", "tough", "loose"])
                || self.seq(i + 1, &["in", "there"]))
            && self.person(i + 2) == 0;
        // (`a stab in the dark`, `a kill shot`: a noun after an article.)
        let noun = i > 0 && self.is(i - 1, &["a", "an"]) && self.person(i + 1) == 0;
        // A thing does it, or it is done in a thing: `strangled by red tape`, `drowning in
        // debt` (not `killed by his neighbour`, `stabbed in the neck`... which name a
        // person or a body: left to read).
        let by_a_thing = (self.at(i + 1) == "by"
            || self.at(i + 1) == "in" && self.at(i).ends_with("ing"))
            && i + 2 < self.len()
            && self.person(i + 2) == 0
            && !self.is(i + 2, &PRONOUNS)
            && !(i + 2..(i + 5).min(self.len())).any(|k| self.is(k, &BODY));
        hang || noun
            || by_a_thing
            || self.is(i + 1, &HARM_COMPOUNDS)
            || self.seq(i + 1, &["in", "the", "dark"])
    }

    /// `is to die for`, `a ... to die for`, closing its clause or before `honestly`,
    /// `seriously`, `really`: praise (see [`super::delights_in`]).
    pub(super) fn to_die_for(&self, out: &mut Vec<((), usize, usize)>) {
        for i in 1..self.len() {
            let closes = i + 2 == self.len()
                || i + 3 == self.len() && self.is(i + 2, &["honestly", "seriously", "really"]);
            let praised = self.seq(i - 1, &["to", "die", "for"])
                && closes
                && i >= 2
                && !self.is(
                    i - 2,
                    &["deserve", "deserves", "ought", "going", "want", "wants"],
                )
                && !self.any_in(0..i - 1, &["you", "he", "she", "they", "u", "i", "we"]);
            if praised {
                out.push(((), i, i + 1));
            }
        }
    }

    pub(super) fn harmless(&self, out: &mut Vec<((), usize, usize)>) {
        for i in 0..self.len() {
            if !self.harm_verb(i) {
                continue;
            }
            // A threat someone else made, quoted: `the attacker shouted "I will kill you"`.
            if self.quoted_from_others(i) {
                out.push(((), i, i + 1));
                continue;
            }
            // A harm someone else threatened or is charged with, reported: `the defendant
            // threatened to kill his wife`, `he was charged with murdering`; not `I threatened
            // to kill him`.
            let threatened = i >= 2
                && self.at(i - 1) == "to"
                && self.is(i - 2, &["threatened", "threatening", "threatens"])
                && !(i >= 3 && self.is(i - 3, &["i", "we"]));
            let charged =
                i >= 2 && self.is(i - 1, &["with", "of", "for"]) && self.is(i - 2, &CHARGED);
            // Someone else's words reported: `the suspect told police he wanted to kill as
            // many people as possible` (not `I said I would kill him`).
            let reported = self.reported(i) && !self.any_in(0..i, &["i", "we"]);
            // An accident the reader is warned of: `careful, you'll cut yourself`.
            let warned = (self.is(i, &CHORES) || self.is(i, &DESTROY))
                && self.at(i + 1) == "yourself"
                && i >= 2
                && self.at(i - 2) == "you"
                && self.is(i - 1, &["will", "might", "could", "may"]);
            // Food gone down the wrong way: `don't choke on the fish bones` (not `choke on your
            // own lies`).
            let food = [
                "bone", "bones", "food", "crumbs", "crumb", "peanut", "peanuts", "sweet", "sweets",
                "water", "tea", "coffee", "popcorn", "cake", "fishbone",
            ];
            // (Not wished: `hope you choke on your morning coffee`.)
            let swallowed = self.is(i, &["choke", "choked", "choking"])
                && self.at(i + 1) == "on"
                && self.any_in(i + 2..i + 5, &food)
                && !self.any_in(i.saturating_sub(3)..i, &["hope", "wish"]);
            // A team beaten on match day: `beat them on Saturday!` (`beat`, not `kill`: the
            // word sport and harm share).
            let days = [
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ];
            // A minced oath: `Shoot, I forgot.` (`shoot` alone in its phrase, opening it).
            let oath = i == 0 && self.at(i) == "shoot" && self.phrase_ends_before(1);
            // A harm averted: `the lifeguard pulled the child out before she could drown`,
            // `police stopped him before he could hurt anyone`.
            let averted = i >= 3
                && self.at(i - 3) == "before"
                && self.is(i - 2, &["he", "she", "they", "it", "anyone", "anybody"])
                && self.at(i - 1) == "could";
            // A rescue: `the fire brigade had to cut the driver out of the wreck` (not `cut the
            // driver's throat`).
            let rescued = self.at(i) == "cut"
                && self.person(i + 1) > 0
                && self.seq(i + 1 + self.person(i + 1), &["out", "of"])
                && self.any_in(
                    i + 3 + self.person(i + 1)..i + 6 + self.person(i + 1),
                    &[
                        "wreck", "wreckage", "car", "vehicle", "cab", "rubble", "lorry", "van",
                    ],
                );
            let match_day = self.at(i) == "beat"
                && self.is(i + 1, &["them", "em"])
                && self.at(i + 2) == "on"
                && self.is(i + 3, &days);
            // A result, the score closing the clause: `We slaughtered them 6-0!`, `We got
            // butchered 5-0.` (the score is read `60`, `50`; not `we shot them 6 times`).
            let score = |k: usize| {
                let w = self.at(k);
                k + 1 == self.len()
                    && (2..=3).contains(&w.len())
                    && w.bytes().all(|b| b.is_ascii_digit())
            };
            let result = self.is(i + 1, &["them", "em", "us"]) && score(i + 2)
                || i >= 1 && self.is(i - 1, &["got", "get", "were", "was"]) && score(i + 1);
            if threatened
                || charged
                || reported
                || warned
                || swallowed
                || match_day
                || result
                || rescued
                || oath
                || averted
                || self.idiom(i)
                || self.in_a_game(i)
            {
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
            // (`hang your coat on the hook`: the reader's thing, not the reader's people, and
            // not promised by the writer: `I will kill your dog`.)
            let yours = self.at(i + 1) == "your"
                && self.person(i + 1) == 0
                && !self.any_in(0..i, &["i", "we"]);
            // (`kill all the weeds`: people would have been read above.)
            let all_the = self.at(i + 1) == "all" && self.is(i + 2, &["the", "those", "these"]);
            let thing = self.is(
                i + 1,
                &["the", "a", "an", "this", "that", "it", "my", "our"],
            ) || yours
                || all_the;
            let writer = self.is(i + 1, &["me", "myself", "us"]);
            let favour = self.is(i + 1, &PRONOUNS) && self.is(i + 2, GIVEN);
            // (`cut costs`, `burn calories`: a chore's bare object, no person and no
            // particle.)
            let chore = self.is(i, &CHORES)
                && i + 1 < self.len()
                && !self.is(i + 1, &PRONOUNS)
                && !self.is(i + 1, POSSESSIVES)
                && !self.is(
                    i + 1,
                    &["up", "down", "off", "out", "back", "through", "into", "in"],
                );
            if thing || writer || favour || chore || by_a_thing || object == "for" {
                out.push(((), i, i + 1));
            }
        }
    }
}
