//! A group said to be vermin, criminal or lesser by nature: `X breed like rats`, `X steal
//! everything`, `X are a burden on society`, `X had it coming`.

use super::{HateKind, DEHUMANISING_EN};
use crate::rules::clauses::{Clause, Lexicon};

/// Vices a group is said to be prone to by nature (`prone to violence`).
static VICES: Lexicon =
    Lexicon::new("violence crime criminality theft stealing lying rape terrorism");

/// What a group is said to do to every place it moves to (and the reader's kind to anything).
pub(super) static RUINS: Lexicon = Lexicon::new(
    "ruin ruins destroy destroys wreck wrecks infest infests pollute pollutes spoil spoils",
);

/// Where a group is said to ruin every one it moves to: `every neighbourhood`.
static PLACES_RUINED: Lexicon =
    Lexicon::new("neighbourhood neighborhood country city town place area school street");

/// Where a group is said to live, called a den of crime: `Black neighbourhoods are nothing but
/// crime`.
static GROUP_PLACES: Lexicon = Lexicon::new(
    "neighbourhoods neighborhoods neighbourhood neighborhood areas area districts district \
     estates estate towns town villages village camps camp ghettos ghetto quarters quarter \
     suburbs streets",
);

/// The same in Turkish, folded (`mahalleleri` after a group: `Göçmen mahalleleri`).
static GROUP_PLACES_TR: Lexicon = Lexicon::new(
    "mahalleler mahalleleri semtler semtleri sokaklar sokaklari yerler yerleri mahalle semt",
);

/// What a group's places are said to be full of: crime, or criminals.
pub(super) static CRIME_EN: Lexicon = Lexicon::new(
    "crime crimes criminals criminality drugs dealers junkies gangs gangsters thieves robbers \
     muggers pickpockets beggars terrorists rapists thugs violence filth",
);

/// The same in Russian: `сплошной криминал`, `одни воры`.
pub(super) static CRIME_RU: Lexicon = Lexicon::new(
    "криминал преступность преступники наркотики наркоманы наркота воры ворье бандиты \
     грабители притоны грязь",
);

/// The same in Turkish, folded: `suç ve uyuşturucu yuvası`, `hırsız dolu`.
pub(super) static CRIME_TR: Lexicon = Lexicon::new(
    "suc suclu suclular uyusturucu uyusturucucu hirsiz hirsizlar hirsizlik teror terorist \
     teroristler dilenci dilenciler cete ceteler pislik",
);

/// What a place full of it is called, in Turkish, after what it is full of: `suç yuvası`,
/// `hırsız dolu`.
static DEN_TR: Lexicon = Lexicon::new("yuvasi yuvasidir yatagi yatagidir dolu doludur kayniyor");

/// Menial work a group is said to be good for and nothing else: `only good for cleaning`.
pub(super) static MENIAL: Lexicon =
    Lexicon::new("cleaning scrubbing washing digging sweeping breeding slaving picking cooking");

/// The same work after `to`: `only fit to scrub toilets`.
pub(super) static MENIAL_TO: Lexicon =
    Lexicon::new("clean scrub wash dig sweep breed slave pick serve");

/// What a group is said to bring with it: `nothing but crime and disease`.
pub(super) static BROUGHT_HARM: Lexicon =
    Lexicon::new("crime disease diseases drugs rape terror terrorism violence filth theft");

/// Whose minds a group is said to have: `the brains of children`.
static LESSER_MINDS: Lexicon = Lexicon::new(
    "children child toddlers toddler animals animal apes ape monkeys monkey dogs dog \
     chimps chimp goldfish rats rat livestock cattle sheep",
);

/// What a group is said to waste: `a waste of money`, `... of the NHS budget`.
static SPENT_ON_THEM: Lexicon =
    Lexicon::new("money space oxygen air resources budget food taxes taxpayers");

/// What a group is said to be good for alone besides menial work: `Poles are only good for
/// stealing cars`.
pub(super) static VICES_ING: Lexicon =
    Lexicon::new("stealing begging robbing breeding drinking crime");

/// Words before a group's name that make it spoken of rather than doing what follows
/// (`rumours about migrants spread like a virus`, `слухи о мигрантах ...`).
static SPOKEN_OF: Lexicon =
    Lexicon::new("about of against on for to with among by о об про против для среди у от");
/// ... and after it, in Turkish (`Göçmenler hakkındaki yalanlar ...`).
static SPOKEN_OF_TR: Lexicon = Lexicon::new("hakkinda hakkindaki icin ile karsi yalanlar haberler");
/// How a group is said to breed or spread like vermin: `breed`, `spread`, `crawl`, `grow`.
static SPREAD: Lexicon = Lexicon::new(
    "spread spreads spreading multiply multiplies multiplying swarm swarms swarming crawl \
     crawls crawling creep creeps creeping grow grows growing grown breed breeds breeding",
);
static SPREAD_RU: Lexicon = Lexicon::new(
    "расползаются распространяются расплодились плодятся размножаются ползут лезут кишат \
     расползлись",
);
static SPREAD_TR: Lexicon = Lexicon::new(
    "yayiliyor yayiliyorlar yayildi yayildilar sariyor sardi cogaliyor cogaliyorlar uruyor \
     uruyorlar",
);
/// The vermin or illness a group is likened to as it breeds or spreads.
static VERMIN: Lexicon = Lexicon::new(
    "disease plague virus cancer infection pestilence locusts rabbits rats cockroaches roaches \
     mice flies insects vermin animals bacteria germs lice termites tumour",
);
static VERMIN_RU: Lexicon =
    Lexicon::new("зараза чума вирус саранча тараканы рак вши крысы кролики мухи болезнь");
static VERMIN_TR: Lexicon =
    Lexicon::new("veba virus mikrop kanser hastalik tavsan fare sican hamambocegi bocek");

impl Clause<'_> {
    /// A group named at `i..end` likened to vermin or beasts: `X spread diseases`, `X breed
    /// like rats`, `Polish trash`, `X are still living in trees`.
    pub(super) fn likened_to_vermin(
        &self,
        i: usize,
        end: usize,
    ) -> Option<(HateKind, usize, usize)> {
        use HateKind::Dehumanisation;
        let after = self.past_copula(end);
        // `the Chinese eat dogs and spread diseases`: a group said to carry disease.
        let spread = self.first_in(
            end..end + 6,
            &["spread", "spreads", "carry", "carries", "bring", "brings"],
        );
        // (`... carry filth wherever they go`.)
        let ills = [
            "diseases", "disease", "germs", "plagues", "plague", "viruses", "filth", "lice",
        ];
        if let Some(k) = spread.filter(|&k| self.is(k + 1, &ills)) {
            return Some((Dehumanisation, i, k + 2));
        }
        if let Some(end) = self.spread_like_vermin(i, end) {
            return Some((Dehumanisation, i, end));
        }
        // `Polish trash`, `Muslim scum`: a group's name before what it is called (not `the
        // Polish trash collection`).
        if self.is(
            end,
            &[
                "trash",
                "scum",
                "filth",
                "vermin",
                "leech",
                "leeches",
                "parasites",
            ],
        ) && end > i
            && !self.is(
                end + 1,
                &[
                    "can",
                    "cans",
                    "bin",
                    "bins",
                    "collection",
                    "collectors",
                    "day",
                ],
            )
        {
            return Some((Dehumanisation, i, end + 1));
        }
        // `Africans are still living in trees`, `... swinging from trees`.
        let living = self.first_in(end..end + 4, &["living", "live", "swinging"]);
        if let Some(k) = living.filter(|&k| self.is(k + 1, &["in", "from"])) {
            if self.is(k + 2, &["trees", "caves", "huts"]) {
                return Some((Dehumanisation, i, k + 3));
            }
        }
        // `Muslims don't integrate, they infest`, `migrants are infesting our towns`: people
        // said to infest a place as vermin do.
        let infests = self.first_in(end..end + 6, &["infest", "infests", "infesting"]);
        if let Some(k) = infests.filter(|&k| k == after || self.at(k - 1) == "they") {
            return Some((Dehumanisation, i, k + 1));
        }
        // `Black people are closer to apes than to humans`.
        if self.seq(end, &["are", "closer", "to"]) && self.is(end + 3, &DEHUMANISING_EN) {
            return Some((Dehumanisation, i, end + 4));
        }
        None
    }

    /// The end of `breed like rabbits`, `spread through our cities like a disease`
    /// (`приезжие воруют, гадят и плодятся как кролики`, `расползаются по городам как
    /// зараза`, `Suriyeliler tavşan gibi ürüyor`, `şehirlerimize veba gibi yayılıyor`) said at
    /// `end` of the group named at `i`: people likened to vermin or an illness by how they
    /// breed or spread (not `the flu spread through the schools like wildfire`, said of no
    /// people, nor `rumours about migrants spread like a virus`, where the group is not what
    /// spreads).
    pub(super) fn spread_like_vermin(&self, i: usize, end: usize) -> Option<usize> {
        if i > 0 && self.is(i - 1, &SPOKEN_OF) {
            return None;
        }
        if let Some(verb) = self.first_in(end..end + 3, &SPREAD) {
            let like = self.first_in(verb + 1..verb + 7, &["like"])?;
            let ill = like + 1 + usize::from(self.is(like + 1, &["a", "an", "the"]));
            return self.is(ill, &VERMIN).then_some(ill + 1);
        }
        // (Further on in Russian: `..., гадят и плодятся как кролики`.)
        if let Some(verb) = self.first_in(end..end + 6, &SPREAD_RU) {
            let like = self.first_in(verb + 1..verb + 6, &["как"])?;
            return self.is(like + 1, &VERMIN_RU).then_some(like + 2);
        }
        // (`Suriyeliler şehirlerimize veba gibi yayılıyor`: a place between at most; not
        // `Göçmenler hakkındaki yalanlar virüs gibi yayılıyor`, lies about them.)
        let like = self.first_in(end..end + 3, &["gibi"])?;
        (like > end
            && self.is(like - 1, &VERMIN_TR)
            && self.is(like + 1, &SPREAD_TR)
            && !self.any_in(end..like, &SPOKEN_OF_TR))
        .then_some(like + 2)
    }

    /// A group named at `i..end` disparaged: said to lack a mind (`X have lower IQs`), to be
    /// vicious or worthless by nature (`X steal everything`, `X are a burden on society`), or
    /// scorned (`X had it coming`).
    /// Where a group lives called a den of crime: `Where the Roma live, there is only crime`, `Районы, где живут мигранты, — это сплошной криминал`, `Там, где
    /// живут кавказцы, одна преступность`, `Göçmen mahalleleri hırsız dolu`, `Suriyelilerin
    /// oturduğu mahalleler suç yuvası` (not `... are full of restaurants`, nor `Poor
    /// neighbourhoods suffer most from crime`, no group; nor `... saw crime fall`).
    pub(super) fn places_given_to_crime(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Stereotype;
        // `Where the Roma live, there is only crime`.
        if self.at(i) == "where" {
            let end = self.group(i + 1).filter(|&end| end > i + 1)?;
            if !self.is(end, &["live", "lives", "settle", "settled", "move"]) {
                return None;
            }
            let den = (end + 1..end + 6).find_map(|k| self.den_of_crime(k))?;
            return Some((Stereotype, i, den));
        }
        // `... где живут мигранты, — это сплошной криминал`.
        if self.seq(i, &["где", "живут"]) && self.is_group(i + 2) {
            let only = (i + 3..i + 8).find(|&k| {
                self.is(
                    k,
                    &[
                        "сплошной",
                        "сплошная",
                        "сплошные",
                        "одни",
                        "одна",
                        "один",
                        "только",
                    ],
                ) && self.is(k + 1, &CRIME_RU)
                    // (Not `... это не сплошной криминал`.)
                    && self.at(k - 1) != "не"
            })?;
            return Some((Stereotype, i, only + 2));
        }
        if !self.is_group(i) {
            return None;
        }
        // `Suriyelilerin oturduğu mahalleler suç ve uyuşturucu yuvası`, `Göçmen mahalleleri
        // hırsız dolu`.
        let place = i + 1 + usize::from(self.is(i + 1, &["oturdugu", "yasadigi"]));
        if self.is(place, &GROUP_PLACES_TR) {
            let crime = (place + 1..place + 3).find(|&k| self.is(k, &CRIME_TR))?;
            let den = (crime + 1..crime + 4).find(|&k| self.is(k, &DEN_TR))?;
            // (Not `... hırsız dolu değil`.)
            if self.is(den + 1, &["degil", "degildir"]) {
                return None;
            }
            return Some((Stereotype, i, den + 1));
        }
        None
    }

    /// The group named at `i..end` followed by its places called a den of crime: `Black
    /// neighbourhoods are nothing but crime`, `Every Mexican neighbourhood is a crime scene`
    /// (read from the group's name [`Clause::what_the_group_is_called`] found).
    pub(super) fn place_called_a_den(
        &self,
        i: usize,
        end: usize,
    ) -> Option<(HateKind, usize, usize)> {
        if !self.is(end, &GROUP_PLACES) {
            return None;
        }
        let called = self.past_copula(end + 1);
        if called == end + 1 {
            return None;
        }
        if self.seq(called, &["a", "crime", "scene"]) {
            return Some((HateKind::Stereotype, i, called + 3));
        }
        let den = self.den_of_crime(called)?;
        Some((HateKind::Stereotype, i, den))
    }

    /// The end of `nothing but crime`, `full of criminals`, `only crime`, `nests of
    /// terrorists` standing at `k`.
    fn den_of_crime(&self, k: usize) -> Option<usize> {
        let what = if self.seq(k, &["nothing", "but"]) || self.seq(k, &["full", "of"]) {
            k + 2
        } else if self.is(k, &["only", "just"]) {
            k + 1
        } else if self.is(k, &["nests", "dens", "hotbeds", "nest", "den", "hotbed"])
            && self.at(k + 1) == "of"
        {
            k + 2
        } else {
            return None;
        };
        // (Not `full of crime victims`, `... drug treatment centres`: a word the next one
        // names.)
        let named = [
            "victims",
            "victim",
            "prevention",
            "rates",
            "rate",
            "figures",
            "statistics",
            "watch",
            "novels",
            "fiction",
            "writers",
            "stories",
            "dramas",
            "treatment",
            "rehab",
            "counselling",
            "counseling",
            "awareness",
            "reform",
            "policy",
        ];
        (self.is(what, &CRIME_EN) && !self.is(what + 1, &named)).then_some(what + 1)
    }

    pub(super) fn disparaged(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        self.vicious_by_nature(i, end)
            .or_else(|| self.unfit_or_untrusted(i, end))
            .or_else(|| self.good_for_one_thing(i, end))
            .or_else(|| self.lacking_by_nature(i, end))
            .or_else(|| self.ruin_and_minds(i, end))
            .or_else(|| self.worth_denied(i, end))
    }

    /// A group said to be vicious by nature: `Romanians come here for one thing: to rob us
    /// blind`, `... they always stab us in the back`, `Blacks commit all the crime`.
    fn vicious_by_nature(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Stereotype;
        // `Wherever Somalis go, crime follows`: a people the cause of crime wherever it goes
        // (not `wherever tourists go, prices follow`).
        if i >= 1 && self.at(i - 1) == "wherever" && self.is(end, &["go", "goes", "move"]) {
            let follows = (end + 1..end + 4)
                .find(|&k| self.is(k, &BROUGHT_HARM) && self.is(k + 1, &["follows", "follow"]));
            if let Some(k) = follows {
                return Some((Stereotype, i - 1, k + 2));
            }
        }
        // `Jews will never be loyal to this country` (not `... loyal fans`), `... are
        // disloyal`.
        let never = (end..end + 3).find(|&k| self.seq(k, &["never", "be"]));
        if never.is_some_and(|k| self.at(k + 2) == "loyal")
            || self.at(self.past_copula(end)) == "disloyal"
        {
            return Some((Stereotype, i, end + 4));
        }
        // `Pakistanis run every grooming gang in the north, it's in their culture`: a crime
        // said to be in a people's blood (not `Italians love food, it's in their culture`).
        let nature = (end..self.len()).find(|&k| {
            self.seq(k, &["in", "their"])
                && self.is(k + 2, &["culture", "blood", "genes", "dna", "nature"])
        });
        let crime = [
            "grooming", "gang", "gangs", "crime", "crimes", "rape", "steal", "stealing", "drugs",
            "terror", "violence", "fraud",
        ];
        if let Some(k) = nature.filter(|&k| self.any_in(end..k, &crime)) {
            return Some((Stereotype, i, k + 3));
        }
        // `Muslim men see women as meat` (not `... see women as equals`).
        if self.is(end, &["see", "treat", "view"])
            && self.is(end + 1, &["women", "girls"])
            && self.at(end + 2) == "as"
            && self.is(
                end + 3,
                &["meat", "property", "objects", "slaves", "cattle"],
            )
        {
            return Some((Stereotype, i, end + 4));
        }
        // `every woman who complains about harassment is a lying attention seeker`: what the
        // group does, then what it is called (not `... is a brave person`).
        if self.at(end) == "who" {
            let called = (end + 2..end + 9).find(|&k| self.is(k, &["is", "are"]));
            if let Some(k) = called {
                let name = k + 1 + usize::from(self.is(k + 1, &["a", "an", "all"]));
                let name = name + usize::from(self.at(name) == "lying");
                let seeker = self.at(name) == "attention"
                    && self.is(name + 1, &["seeker", "seekers", "whore", "whores"]);
                if seeker || self.is(name, &["liar", "liars"]) {
                    return Some((Stereotype, i, name + 1 + usize::from(seeker)));
                }
            }
        }
        // `Romanians come here for one thing: to rob us blind` (not `... to work in our
        // hospitals`).
        if self.is(end, &["come", "came", "coming"]) && self.at(end + 1) == "here" {
            if let Some(k) = self.first_in(end + 2..end + 9, &["rob", "steal", "scrounge", "rape"])
            {
                return Some((Stereotype, i, k + 1));
            }
        }
        // `Blacks have done nothing for civilisation except crime` (not `... nothing wrong`).
        let done = end + usize::from(self.is(end, &["have", "has"]));
        if self.is(done, &["done", "contributed", "given", "added"])
            && self.at(done + 1) == "nothing"
            && self.is(done + 2, &["for", "to"])
            && self.is(
                done + 3,
                &[
                    "civilisation",
                    "civilization",
                    "society",
                    "humanity",
                    "mankind",
                    "science",
                ],
            )
        {
            return Some((Stereotype, i, done + 4));
        }
        // `... a Jew wrote this, they always stab us in the back`: a group said to betray.
        let always = end + usize::from(self.is(end, &["always", "will", "would"]));
        if self.seq(always, &["stab", "us", "in", "the", "back"]) {
            return Some((Stereotype, i, always + 5));
        }
        // `Gay people are a danger to children`, `... a threat to our kids`: a group said to
        // prey on children (not `... are not a danger to children`, nor `... no danger`).
        let danger = self.past_copula(end);
        let danger = danger + usize::from(self.is(danger, &["a", "an"]));
        if self.is(danger, &["danger", "threat", "menace", "dangerous"])
            && self.at(danger + 1) == "to"
        {
            let whose = danger + 2 + usize::from(self.is(danger + 2, &["our", "your", "the"]));
            if self.is(whose, &["children", "kids", "child"]) {
                return Some((Stereotype, i, whose + 1));
            }
        }
        // `Blacks commit all the crime`, `... most of the crime`: a group made the source of
        // crime (not `teenagers commit most of their crimes online`, a report of how).
        if self.is(end, &["commit", "commits", "do"]) && self.is(end + 1, &["all", "most"]) {
            let the = end + 2 + usize::from(self.at(end + 2) == "of");
            if self.at(the) == "the"
                && self.is(the + 1, &["crime", "crimes", "raping", "stabbings"])
            {
                return Some((Stereotype, i, the + 2));
            }
        }
        None
    }

    /// A group said to be unfit or untrustworthy: `Muslims are incapable of living in a
    /// civilised society`, `Muslims can't be trusted`, `Arabs only understand force`, `immigrants
    /// bring nothing but crime and disease`.
    fn unfit_or_untrusted(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Stereotype;
        // `Muslims are incapable of living in a civilised society`: a people said to be unfit
        // for others' company (not `... incapable of being one voting bloc`).
        // (`... are genetically incapable of ...`.)
        // (`... simply aren't capable of ...`: `aren't` is read `are not`.)
        let adverb = ["genetically", "naturally", "simply"];
        let copula = end + usize::from(self.is(end, &adverb));
        let copular = copula + usize::from(self.is(copula, &["are", "is"]));
        let copular =
            copular + usize::from(copular > copula && self.is(copular, &adverb) && copula == end);
        let incapable = if self.seq(copular, &["not", "capable", "of"]) {
            copular + 1
        } else if self.seq(copular, &["incapable", "of"]) {
            copular
        } else {
            0
        };
        if copular > copula && incapable > 0 {
            let copular = incapable;
            let fit = [
                "living",
                "thinking",
                "integrating",
                "reason",
                "reasoning",
                "governing",
                "holding",
                "working",
                "learning",
                "running",
                "ruling",
            ];
            if self.is(copular + 2, &fit) {
                return Some((Stereotype, i, copular + 3));
            }
        }
        // `Muslim men see our daughters as meat`: women said to be prey to a group's men.
        if self.is(end, &["see", "treat", "view"]) {
            let whom = end + 1 + usize::from(self.is(end + 1, &["our", "white", "western"]));
            if self.is(whom, &["daughters", "women", "girls", "wives", "sisters"])
                && self.at(whom + 1) == "as"
                && self.is(whom + 2, &["meat", "prey", "property", "objects", "cattle"])
            {
                return Some((Stereotype, i, whom + 3));
            }
        }
        // `Africans have the intellect of a child`: a people's mind called a child's or a
        // beast's (not `the mind of a child` said of wonder, with no group).
        if self.is(end, &["have", "has"]) && self.at(end + 1) == "the" {
            let minds = [
                "intellect",
                "brains",
                "brain",
                "mind",
                "minds",
                "iq",
                "intelligence",
            ];
            let lesser = [
                "child", "toddler", "monkey", "ape", "animal", "dog", "goldfish",
            ];
            if self.is(end + 2, &minds)
                && self.seq(end + 3, &["of", "a"])
                && self.is(end + 5, &lesser)
            {
                return Some((Stereotype, i, end + 6));
            }
        }
        // `Muslims can't be trusted` (`cannot`, `cant` and `can't` are all read `can not`),
        // `... are not to be trusted`: a people called false by nature (not `the polls can't be
        // trusted`, no people).
        let untrusted = [
            &["can", "not", "be", "trusted"][..],
            &["are", "not", "to", "be", "trusted"],
        ];
        if let Some(words) = untrusted.iter().find(|w| self.seq(end, w)) {
            return Some((Stereotype, i, end + words.len()));
        }
        // `армяне — хитрые торгаши, им нельзя доверять` ("... they can't be trusted"),
        // `Мусульманам нельзя доверять ни в чём` (the group in the dative).
        let trust_ru = (end..end + 6).find(|&k| self.seq(k, &["им", "нельзя", "доверять"]));
        if let Some(k) = trust_ru {
            return Some((Stereotype, i, k + 3));
        }
        if self.seq(end, &["нельзя", "доверять"]) {
            return Some((Stereotype, i, end + 2));
        }
        // `Hiçbir Suriyeliye güvenilmez` ("no Syrian can be trusted"), `Araplara asla
        // güvenilmez`: the group in the dative (`Erkekler güvenilmez` is read with the other
        // names a group is called).
        let never = end + usize::from(self.is(end, &["asla", "hic", "kesinlikle"]));
        let dative = self.at(end - 1).ends_with(['a', 'e']);
        let untrusted = ["guvenilmez", "guvenilmemeli", "guvenmeyin", "guvenme"];
        if dative && self.is(never, &untrusted) {
            let none = usize::from(i > 0 && self.at(i - 1) == "hicbir");
            return Some((Stereotype, i - none, never + 1));
        }
        // `You can't trust a Muslim with anything`, `never trust an Arab`: one of a group, as
        // any of them (not `you can trust a Muslim neighbour`).
        if i >= 3 && self.is(i - 1, &["a", "an", "any"]) && self.at(i - 2) == "trust" {
            let denied = self.at(i - 3) == "never"
                || i >= 4 && self.seq(i - 4, &["can", "not"])
                || i >= 4 && self.seq(i - 4, &["do", "not"]);
            if denied {
                return Some((Stereotype, i - 3, end));
            }
        }
        // `Arabs only understand one language: force`, `... only understand violence`: a
        // people said to be reached by nothing else (not `tourists only understand one
        // language: English`).
        if self.seq(end, &["only", "understand"]) || self.seq(end, &["only", "understands"]) {
            let by_force = [
                &["force"][..],
                &["violence"],
                &["the", "stick"],
                &["fists"],
                &["bullets"],
                &["the", "boot"],
                &["a", "boot"],
                &["the", "whip"],
            ];
            let forced = |k: usize| by_force.iter().any(|f| self.seq(k, f));
            let one_language = self.seq(end + 2, &["one", "language"]);
            // (`... one language and it's a boot`: the clause drops the `s` of `it's`.)
            let it = end + 6 + usize::from(self.at(end + 6) == "is");
            if one_language && self.seq(end + 4, &["and", "it"]) && forced(it) {
                return Some((Stereotype, i, self.len()));
            }
            let said = forced(end + 2)
                || one_language && end + 4 == self.len() && self.followed_by(&by_force);
            if said {
                return Some((Stereotype, i, (end + 4).min(self.len())));
            }
        }
        // `immigrants bring nothing but crime and disease`; not `... bring new skills`, `...
        // bring crime rates down`.
        if self.is(end, &["bring", "brings", "brought"]) {
            // (`... bring nothing to this town but theft`.)
            let to_place = (end + 2..end + 6)
                .find(|&k| self.at(k) == "but")
                .filter(|_| self.seq(end + 1, &["nothing", "to"]));
            let only = if self.seq(end + 1, &["nothing", "but"]) {
                end + 3
            } else if let Some(but) = to_place {
                but + 1
            } else {
                end + 1 + usize::from(self.is(end + 1, &["only", "just"]))
            };
            let harms = |k: usize| self.is(k, &BROUGHT_HARM);
            let and_more = self.at(only + 1) == "and" && harms(only + 2);
            let closes = only + 1 == self.len() || and_more;
            if harms(only) && (only > end + 1 || closes) {
                return Some((Stereotype, i, only + 1 + 2 * usize::from(and_more)));
            }
        }
        None
    }

    /// A group denied its sex, told it deserved violence, or said to be good for one thing:
    /// `trans women are men in dresses`, `the Jews had it coming`, `Poles are only good for
    /// cleaning toilets`.
    fn good_for_one_thing(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Contempt, Stereotype};
        let after = self.past_copula(end);
        // `trans women are men in dresses`: a group's own sex denied.
        if after > end && self.seq(after, &["men", "in", "dresses"]) {
            return Some((Stereotype, i, after + 3));
        }
        // `the Jews had it coming`: violence against a group said to be deserved.
        if self.is(end, &["had", "have"]) && self.seq(end + 1, &["it", "coming"]) {
            return Some((Contempt, i, end + 3));
        }
        // `Gypsies deserve everything that happens to them`, `... what they get`.
        let deserved = [
            &["deserve", "everything", "that", "happens", "to", "them"][..],
            &["deserve", "everything", "they", "get"],
            &["deserve", "what", "they", "get"],
            &["deserve", "all", "they", "get"],
        ];
        if let Some(d) = deserved.iter().find(|d| self.seq(end, d)) {
            return Some((Contempt, i, end + d.len()));
        }
        // `lesbians are just women no man would touch`: a group called unwanted for what it is
        // (not `lesbians are women, no man would dispute that`).
        let called = after + usize::from(after > end && self.is(after, &["just", "only"]));
        let unwanted_by = if self.at(called + 1) == "nobody" {
            called + 2
        } else if self.at(called + 1) == "no" && self.is(called + 2, &["man", "woman", "one"]) {
            called + 3
        } else {
            0
        };
        if after > end
            && unwanted_by > 0
            && self.is(called, &["women", "men", "people"])
            && self.is(unwanted_by, &["would", "will", "wants", "could"])
            && self.is(unwanted_by + 1, &["touch", "want", "date", "marry"])
            && unwanted_by + 2 == self.len()
        {
            return Some((Stereotype, i, unwanted_by + 2));
        }
        // `Muslims make me sick`, `... disgust me`: the writer's disgust at a group, closing
        // its clause (not `women make me sick with worry when they drive at night`, `peanuts
        // make me sick`, no group).
        let sick = if self.seq(end, &["make", "me", "sick"]) {
            end + 3
        } else if self.seq(end, &["disgust", "me"]) {
            end + 2
        } else {
            0
        };
        if sick > 0 && sick == self.len() {
            return Some((Contempt, i, sick));
        }
        // `women are only good in bed`, `... good for one thing`; `bu kadınlar sadece yatakta
        // işe yarar`.
        let only = after + usize::from(self.is(after, &["only", "just"]));
        let for_sex = self.seq(only, &["good", "in", "bed"])
            || self.seq(only, &["good", "for", "one", "thing"])
            || self.seq(only, &["good", "for", "sex"]);
        if after > end && self.is(after, &["only", "just"]) && for_sex {
            return Some((Stereotype, i, only + 3));
        }
        // (`Women are good for one thing (only).`)
        if after > end && self.seq(after, &["good", "for", "one", "thing"]) {
            return Some((Stereotype, i, after + 4));
        }
        // `Poles are only good for cleaning toilets`, `Filipinos are only fit to scrub
        // toilets`: a group fit for menial work alone (not `Poles are good for the economy`).
        if after > end && self.is(after, &["only", "just"]) && self.is(only, &["good", "fit"]) {
            // (`Black people are only good for sport and crime`, `women are only good for
            // cooking and sex`: the vice second.)
            let vice =
                |k: usize| self.is(k, &MENIAL) || self.is(k, &VICES_ING) || self.at(k) == "sex";
            let work = match self.at(only + 1) {
                "for" => vice(only + 2) || self.at(only + 3) == "and" && vice(only + 4),
                "to" => self.is(only + 2, &MENIAL_TO),
                _ => false,
            };
            if work {
                return Some((Stereotype, i, only + 3));
            }
        }
        // (And `kadınlar sadece mutfakta işe yarar`, "... only good in the kitchen"; `Kadınlar
        // tek bir işe yarar`, "... good for one thing".)
        if let Some(k) = (end..end + 3).find(|&k| self.is(k, &["yatakta", "mutfakta"])) {
            if self.seq(k + 1, &["ise", "yarar"]) {
                return Some((Stereotype, i, k + 3));
            }
        }
        if self.seq(end, &["tek", "bir", "ise", "yarar"]) {
            return Some((Stereotype, i, end + 4));
        }
        // `Kadınlar sadece yemek ve yatak için var` ("women exist only for cooking and bed"),
        // closing its clause (not `Bu tava sadece yumurta için var`, no group).
        if self.at(end) == "sadece" && self.seq(self.len().saturating_sub(2), &["icin", "var"]) {
            let bed = self.any_in(
                end + 1..self.len() - 2,
                &["yatak", "seks", "yemek", "mutfak"],
            );
            if bed && self.len() <= end + 8 {
                return Some((Stereotype, i, self.len()));
            }
        }
        // `senin gibi kadınlar ancak sokakta iş bulur` ("women like you only find work on the
        // street"); not `... sokakta çalışan kadınlar`, a report of street vendors.
        if let Some(k) = (end..end + 3).find(|&k| self.at(k) == "sokakta") {
            let only = k > 0 && self.is(k - 1, &["ancak", "sadece"]);
            if only && (self.seq(k + 1, &["is", "bulur"]) || self.is(k + 1, &["calisir"])) {
                return Some((Stereotype, i, k + 2 + usize::from(self.at(k + 1) == "is")));
            }
        }
        if after > end {
            // `X are a burden on society`, `... a burden to us all`, `... a burden.`, `... a
            // drain`; not `X are not a burden`, nor what X carry (`... a burden on the health
            // service's budget`).
            if self.at(after) == "a" && self.is(after + 1, &["burden", "drain"]) {
                let on = after + 2;
                // Where the burden falls, when it falls on all: its last word.
                let all = if !self.is(on, &["on", "to"]) {
                    None
                } else if self.is(on + 1, &["society", "us", "everyone", "everybody"]) {
                    Some(on + 1)
                } else if self.is(on + 1, &["the", "this", "our"])
                    && self.is(on + 2, &["country", "nation", "society"])
                {
                    Some(on + 2)
                } else {
                    None
                };
                // (`... a drain and the state should stop keeping them alive`.)
                match all {
                    Some(last) => return Some((Stereotype, i, last + 1)),
                    // (`... a burden we carry out of pity`.)
                    // (`deaf people are a burden who drain the NHS`.)
                    // (`Deaf people are a burden the rest of us pay for`.)
                    None if on == self.len()
                        || self.is(on, &["and", "we", "who"])
                        || self.seq(on, &["the", "rest", "of", "us"]) =>
                    {
                        return Some((Stereotype, i, on))
                    }
                    None => {}
                }
            }
            // `disabled kids are a waste of the NHS budget`, `... a waste of space`: people
            // counted as a loss (not `X are a waste of talent`, said of what is lost).
            if self.seq(after, &["a", "waste", "of"])
                && self.any_in(after + 3..after + 7, &SPENT_ON_THEM)
            {
                return Some((Stereotype, i, after + 7));
            }
        }
        None
    }

    /// A group said to lack a skill or a mind by nature: `Asians can't drive`, `Lesbians just
    /// need a real man`, `Women who dress like that are asking to be raped`, `... genetically less
    /// intelligent`.
    fn lacking_by_nature(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Stereotype;
        let after = self.past_copula(end);
        // `Asians can't drive`: a skill denied to a group (not to children).
        let young = self.any_in(i..end, &["children", "kids", "teenagers", "minors"]);
        if self.seq(end, &["can", "not"])
            && self.is(end + 2, &["drive", "think", "lead", "cook"])
            && !young
        {
            return Some((Stereotype, i, end + 3));
        }
        // `Women don't understand anything about politics`, `... understand nothing of ...`: a
        // mind denied to a group (not to children).
        let understands_nothing = self.seq(end, &["do", "not", "understand", "anything"])
            || self.seq(end, &["understand", "nothing"]);
        if understands_nothing && !young {
            let to = end + if self.at(end) == "do" { 4 } else { 2 };
            return Some((Stereotype, i, to));
        }
        // `Lesbians just haven't met the right man yet`.
        if let Some(k) = self.first_in(end..end + 5, &["met"]) {
            if self.seq(k + 1, &["the", "right", "man"]) {
                return Some((Stereotype, i, k + 4));
            }
        }
        // `Lesbians just need a real man`: a group told a man would mend what it is.
        // (`any woman who writes like this clearly needs a good seeing-to`: after what she
        // does.)
        let verb = if self.at(end) == "who" {
            self.first_in(end + 1..end + 8, &["need", "needs"])
                .unwrap_or(end)
        } else {
            end
        };
        let need =
            verb + usize::from(self.is(verb, &["just", "only", "all", "clearly", "obviously"]));
        // (`... a good hard shag`: one word more between.)
        let hard = usize::from(self.is(need + 3, &["hard", "long", "rough"]));
        if self.is(need, &["need", "needs"])
            && self.at(need + 1) == "a"
            && self.is(need + 2, &["real", "good", "proper"])
            && self.is(need + 3 + hard, &["man", "dick", "cock", "shag", "seeing"])
        {
            return Some((Stereotype, i, need + 4 + hard));
        }
        // `Women who dress like that are asking to be raped`: a group blamed for violence
        // done to it.
        if let Some(k) = self.first_in(end..end + 8, &["asking", "deserve", "deserves"]) {
            if self.seq(k + 1, &["to", "be"]) && self.is(k + 3, &["raped", "assaulted", "attacked"])
            {
                return Some((Stereotype, i, k + 4));
            }
        }
        // `Black people are genetically less intelligent`, `... naturally inferior`.
        if after > end {
            let nature = ["genetically", "naturally", "inherently", "biologically"];
            let how = after + usize::from(self.is(after, &nature));
            if self.seq(how, &["less", "intelligent"]) || how > after && self.at(how) == "inferior"
            {
                return Some((Stereotype, i, how + 1 + usize::from(self.at(how) == "less")));
            }
            // `Black people are genetically prone to violence`, `... naturally violent`: a
            // vice said to be in a group's nature.
            // `Roma are genetically programmed to steal`, `... wired to steal`.
            let wired = ["programmed", "wired", "predisposed", "inclined", "designed"];
            let does = ["steal", "lie", "cheat", "kill", "rape", "rob"];
            if self.is(how, &wired) && self.at(how + 1) == "to" && self.is(how + 2, &does) {
                return Some((Stereotype, i, how + 3));
            }
            if how > after {
                if self.seq(how, &["prone", "to"]) && self.is(how + 2, &VICES) {
                    return Some((Stereotype, i, how + 3));
                }
                if self.is(how, &["violent", "criminal", "lazy", "dishonest", "savage"]) {
                    return Some((Stereotype, i, how + 1));
                }
            }
        }
        None
    }

    /// A group said to ruin, steal or think less: `Black people ruin every neighbourhood they
    /// move into`, `Gypsies steal everything`, `... the brains of children`, `a woman's opinion is
    /// worth half a man's`, `Blacks can't run a country`.
    fn ruin_and_minds(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Stereotype;
        // `Black people ruin every neighbourhood they move into` (not `... ruin the surprise`).
        if self.is(end, &RUINS)
            && self.is(end + 1, &["every", "any", "each"])
            && self.is(end + 2, &PLACES_RUINED)
        {
            return Some((Stereotype, i, end + 3));
        }
        // `Gypsies steal everything that isn't nailed down`, `Gypsies steal, everyone knows
        // it`; not `... steal the show`.
        // (And `Muslims rape, it's in their religion`.)
        if self.is(end, &["steal", "steals", "rob", "robs", "rape", "rapes"])
            && (self.is(end + 1, &["everything", "anything", "all", "whatever"])
                || end + 1 == self.len()
                || self.phrase_ends_before(end + 1))
        {
            return Some((Stereotype, i, end + 1));
        }
        // `the gays are grooming our children`: the groomer libel (not `... grooming the
        // dog`).
        let grooms = self.past_copula(end);
        if self.is(grooms, &["groom", "grooms", "grooming"]) {
            let whose = grooms + 1 + usize::from(self.is(grooms + 1, &["our", "your", "the"]));
            let young = ["children", "kids", "sons", "daughters", "boys", "girls"];
            if self.is(whose, &young) {
                return Some((Stereotype, i, whose + 1));
            }
        }
        // `Africans have the brains of children`; not `... the brains of the operation`.
        if self.is(end, &["have", "has"]) && self.at(end + 1) == "the" {
            let of = end + 3;
            let whose = of + 1 + usize::from(self.is(of + 1, &["a", "an"]));
            if self.is(
                end + 2,
                &["brains", "brain", "mind", "minds", "intelligence"],
            ) && self.at(of) == "of"
                && self.is(whose, &LESSER_MINDS)
            {
                return Some((Stereotype, i, whose + 1));
            }
        }
        // `Black people have lower IQs`; not `... have lower incomes`.
        if self.is(end, &["have", "has"])
            && self.is(end + 1, &["lower", "low", "no"])
            && self.is(end + 2, &["iq", "iqs", "intelligence"])
        {
            return Some((Stereotype, i, end + 3));
        }
        // `a woman's opinion is worth half a man's` (the possessive's `s` is no word); not
        // `... counted as much as a man's`.
        let worth = self.first_in(end..end + 3, &["worth"]);
        if let Some(k) = worth.filter(|&k| k > end && self.is(k - 1, &["is", "are"])) {
            let said_of = [
                "opinion",
                "opinions",
                "vote",
                "votes",
                "word",
                "testimony",
                "life",
            ];
            if self.any_in(end..k, &said_of) && self.is(k + 1, &["half", "less", "nothing"]) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `Blacks can't run a country`, `... cannot govern themselves`: a group said to be
        // unfit to rule itself (not `Blacks can't run for office in that state`).
        let cannot =
            (end..end + 3).find(|&k| self.seq(k, &["can", "not"]) || self.at(k) == "cannot");
        if let Some(k) = cannot {
            let verb = k + if self.at(k) == "cannot" { 1 } else { 2 };
            let ruled = verb + 1 + usize::from(self.is(verb + 1, &["a", "their", "any", "own"]));
            if self.is(verb, &["run", "govern", "rule"])
                && self.is(
                    ruled,
                    &["country", "countries", "nation", "state", "themselves"],
                )
            {
                return Some((Stereotype, i, ruled + 1));
            }
        }
        None
    }

    /// A group's worth denied or its body mocked: `Jews killed Jesus`, `Africans have
    /// contributed nothing to human history`, `Polish people smell`, `Black lives don't matter`.
    fn worth_denied(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Contempt, Stereotype};
        // `Jews killed Jesus`: the deicide charge (not `the Romans killed Jesus`, no group's
        // name).
        if self.is(end, &["killed", "murdered", "crucified"])
            && self.is(end + 1, &["jesus", "christ"])
        {
            return Some((Stereotype, i, end + 2));
        }
        // `I'd rather see my daughter dead than married to a Muslim`: a group worse than death
        // (not `... dead than married to a gambler`, no group's name).
        if let Some(k) =
            (i.saturating_sub(5)..i).find(|&k| self.seq(k.saturating_sub(1), &["dead", "than"]))
        {
            if self.any_in(
                k + 1..i,
                &["married", "marry", "marrying", "dating", "date", "with"],
            ) {
                return Some((Contempt, k.saturating_sub(1), end));
            }
        }
        // `Africans were better off when they were ruled by us`: a people said to have gained
        // from being ruled, colonised or enslaved (not `Africans were better off when their
        // harvests were good`).
        let copula = self.past_copula(end);
        if copula > end && self.seq(copula, &["better", "off"]) {
            let ruled = [
                "ruled",
                "colonised",
                "colonized",
                "enslaved",
                "slaves",
                "governed",
            ];
            if let Some(k) = self.first_in(copula + 2..copula + 8, &ruled) {
                return Some((Stereotype, i, k + 1));
            }
        }
        // `Africans have contributed nothing to human history`: a people's worth denied (not
        // `Africans have contributed nothing to the crisis`, blame denied).
        let have = end + usize::from(self.is(end, &["have", "has"]));
        if have > end && self.seq(have, &["contributed", "nothing"]) {
            let to = have + 2;
            let history = (to..to + 5).any(|k| {
                self.is(
                    k,
                    &[
                        "history",
                        "civilisation",
                        "civilization",
                        "humanity",
                        "science",
                    ],
                )
            });
            if to == self.len() || self.phrase_ends_before(to) || history {
                return Some((Stereotype, i, to));
            }
        }
        // `Africans have never invented anything and never will`: a group said to have done
        // nothing (not `Africans have never had a fair share of the vaccines`).
        let deeds = ["invented", "achieved", "contributed", "built", "created"];
        if self.seq(end, &["have", "never"]) && self.is(end + 2, &deeds) {
            let nothing = self.is(end + 3, &["anything", "a", "one"]);
            if nothing {
                return Some((Stereotype, i, end + 4));
            }
        }
        // `Jews have big noses and bigger wallets`.
        if self.seq(end, &["have", "big", "noses"]) || self.seq(end, &["have", "hooked", "noses"]) {
            return Some((Stereotype, i, end + 3));
        }
        // `Polish people smell, everyone knows it` (not `... smell the coffee`).
        if self.is(end, &["smell", "stink", "reek"]) && self.phrase_ends_before(end + 1) {
            return Some((Stereotype, i, end + 1));
        }
        // `Black lives don't matter`.
        if self.seq(end, &["lives", "do", "not", "matter"]) {
            return Some((Contempt, i, end + 4));
        }
        None
    }
}
