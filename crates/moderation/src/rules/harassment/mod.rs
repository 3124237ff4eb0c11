//! Sexual harassment of a reader or a person, read from how a clause is built: asked for
//! nudes or to show their body (**solicitation**: `send nudes`, `show me your boobs`, `take
//! your clothes off for me`, `скинь нюдсы`, `çıplak fotoğraf at`), or told what the writer
//! wants to do to them (**advance**: `I'd bang her`, `I want to see you naked`, `wanna sleep
//! with me?`, `sit on my face`), or their body remarked on (**remark**: `nice tits`, `nice
//! rack, lady`, `she has a great ass`, `hey sexy`). Every word of these is civil somewhere (`send the pictures of
//! your garden`, `show me your work`, `the photos show the minister naked`, `I want to see
//! the evidence`), and the classifier, which reads words, let all of them through.
//!
//! A request counts when it opens its clause, after a polite or pressing word at most
//! (`please`, `can you`, `why don't you`); an advance needs the writer's want or will
//! (`I want to`, `I'd`, `let me`) and a person as its object; a remark opens its clause
//! and ends it, or turns to its person (`nice tits, show us more`), or says whose body it is
//! (`you have`, `she's got`, `your ... are`). Innuendo (`I'd love to see what you look like
//! without that blouse`, `your mouth is made for something better than journalism`) is read
//! in `innuendo.rs`. Negated, quoted and reported ones are left to the classifier.

use std::sync::LazyLock;

use super::clauses::{Clause, Lexicon, Reading, Vocabulary, HINTED};
use super::Hit;
use crate::normalize::Normalized;

mod innuendo;

/// Which kind of harassment was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HarassmentKind {
    /// Asked for nudes, to show their body or to undress.
    Solicitation,
    /// What the writer wants to do to them sexually.
    Advance,
    /// Their body remarked on.
    Remark,
}

/// The reader's people whose nights a writer boasts of: `your wife`, `твоя жена`.
static PARTNERS: Lexicon = Lexicon::new(
    "wife girlfriend mum mom mother sister daughter жена девушка мама мать сестра дочь",
);

/// Asking for something to be sent or shown.
static ASK: Lexicon = Lexicon::new(
    "send show post dm pm text flash give share upload snap sent shows sends \
     скинь скиньте пришли пришлите покажи покажите",
);

/// The same in Russian, which asks without a possessive (`покажи сиськи`).
static ASK_RU: Lexicon = Lexicon::new("скинь скиньте пришли пришлите покажи покажите");

/// What is worn under or instead of clothes, for `a selfie in your bikini`.
static UNDERWEAR: Lexicon = Lexicon::new("bikini underwear lingerie panties bra knickers");

/// Where a person is undressed, or what they wear instead: asked for in a picture (`a
/// photo of you in the shower`, `фотки в купальнике`, "pics in a swimsuit"; not the room
/// alone in Russian, `фото в ванной`, which is as often the plumbing).
static UNDRESSED_IN: Lexicon =
    Lexicon::new("shower bath bathtub jacuzzi купальнике купальничке белье трусиках лифчике");

/// Where or why one undresses for no one's pleasure: `раздевайся, в бане жарко` ("undress,
/// it's hot in the sauna"), `раздевайся в прихожей, на улице грязь` ("take your things off in
/// the hall, it's muddy out"), `soyun, doktor bekliyor`.
static UNDRESS_FOR: Lexicon = Lexicon::new(
    "бане баня сауне сауна бассейн бассейне врач врачу доктор пляж пляже жарко душ осмотр \
     прихожей прихожая коридоре грязь холодно мокрый мокрая \
     hamam hamamda sauna doktor plaj havuz sicak muayene",
);

/// A person by what they are, after `that` (`I'd bang that reporter`).
static ROLES: Lexicon = Lexicon::new(
    "reporter journalist anchor anchorwoman presenter columnist newsreader woman girl lady chick \
     babe blonde \
     brunette redhead",
);

/// What may come before a request that opens its clause: politeness and pressure.
static BEFORE_ASKING: Lexicon = Lexicon::new(
    "please pls plz can could will would you just go now come on hey why do not i want need \
     to so then and ну давай давайте а hadi lutfen bana su",
);

/// What is asked for, whoever's it is.
static NUDES: Lexicon = Lexicon::new("nudes nude nudies nudez noods noodz нюдсы нюдс");

/// Asking in Turkish, after what is asked for (`çıplak fotoğraf at`, `memelerini göster`).
static TR_ASK: Lexicon = Lexicon::new("at atsana gonder gondersene goster gostersene");

/// Who has a child sit on their lap, and what they do there: `sit on my lap, sweetie,
/// Grandpa will read you a story`.
static FAMILY_LAPS: Lexicon =
    Lexicon::new("grandpa grandad granddad grandma granny nana nan daddy mummy mommy story");

/// Who looks after feet, and what they look at: a picture of the reader's feet asked for
/// them is no solicitation.
const FEET_CARE: &[&str] = &[
    "physio",
    "physiotherapist",
    "doctor",
    "gp",
    "nurse",
    "podiatrist",
    "chiropodist",
    "blisters",
    "blister",
    "bunion",
    "swelling",
    "injury",
    "rash",
];

/// Parts of the body asked for when they are the reader's (`your tits`).
static PARTS: Lexicon = Lexicon::new(
    "tits titties boobs boobies breasts nipples ass butt booty pussy cock dick feet \
     сиськи грудь жопу попу сисек",
);

/// What a Turkish request names before its verb: `çıplak` (naked), the reader's breasts.
static BEFORE_TR_ASK: Lexicon = Lexicon::new(
    "ciplak memelerini memelerinin memeni goguslerini goguslerinin gogsunu gogusunu camasirli \
     dusta",
);

/// Parts of the body remarked on (`nice rack`).
static BODY: Lexicon = Lexicon::new(
    "tits titties boobs boobies rack ass butt booty melons jugs knockers cleavage сиськи сиси \
     буфера memeler задница попка kalca popo",
);

/// What is said of them (`nice`, `great`).
static ADMIRING: Lexicon = Lexicon::new(
    "nice great sexy hot lovely big huge juicy perfect fine phat amazing gorgeous tasty \
     классные клевые шикарные аппетитные большие классная клевая шикарная аппетитная guzel \
     harika muhtesem buyuk",
);

/// What may open a remark's clause before it: `hey`, `wow`, `mmm`.
static BEFORE_REMARK: Lexicon = Lexicon::new("hey hi hello yo oh ooh wow damn mmm mm what such");

/// What follows a remark turned to its person: how they are called (`lady`), or what they
/// are asked or told next (`show us more`, `can i`).
static AFTER_REMARK: Lexicon = Lexicon::new(
    "lady ladies girl girls baby babe honey sweetie sweetheart darling love miss doll hun \
     mama sexy show send let can could wanna dm i you shame покажи покажите скинь biraz goster \
     gostersene",
);

/// Where a person is got alone: `alone in a hotel room`.
static ROOMS: Lexicon = Lexicon::new("room hotel bedroom car van bed lift elevator");

/// What a reader is called before a price is asked of them (`hey sweetheart, how much ...`),
/// or at the end of a menace said sweetly (`careful walking to your car tonight, sweetheart`).
pub(super) static PET_NAMES: Lexicon = Lexicon::new(
    "sweetheart sweetie babe baby honey darling love doll hun sexy girl lady princess sugar \
     gorgeous",
);

/// What Russian and Turkish call a woman they harass: `милая`, `детка`, `tatlım`, `bebeğim`.
static FOREIGN_PET_NAMES: Lexicon = Lexicon::new(
    "милая дорогая красотка детка малышка киса зайка крошка красавица tatlim bebegim guzelim \
     cicim hayatim",
);

/// Pictures, for `naked pics`.
static PICTURES: Lexicon = Lexicon::new(
    "pic pics picture pictures photo photos selfie selfies video videos фото фотки фотку \
     фоточку фотографию fotograf \
     fotografini foto",
);

/// Russian clothes, in the instrumental after `под` ("under"): `под кофточкой`.
static RU_CLOTHES_UNDER: Lexicon =
    Lexicon::new("кофточкой блузкой юбкой футболкой майкой платьем халатом маечкой");

/// Russian clothes taken off, in the accusative: `сними кофточку`.
static RU_CLOTHES_OFF: Lexicon =
    Lexicon::new("кофточку блузку юбку футболку майку платье трусы трусики лифчик маечку");

/// Turkish clothes taken off, in the accusative: `bluzu çıkar`, `eteğini çıkar`.
static TR_CLOTHES_OFF: Lexicon =
    Lexicon::new("bluzu bluzunu etegini tisortunu elbiseni sutyenini kulotunu atletini");

/// Turkish clothes, the reader's, in the genitive: `bluzunun` ("of your blouse").
static TR_CLOTHES_OF: Lexicon =
    Lexicon::new("bluzunun eteginin tisortunun elbisenin gomleginin atletinin");

/// Clothes taken off.
static CLOTHES: Lexicon = Lexicon::new(
    "clothes top shirt bra panties pants knickers dress underwear bikini blouse skirt skirts",
);

/// Verbs of sex with a person as their object (`bang her`).
static SEX: Lexicon = Lexicon::new(
    "bang shag screw smash bone hump ride grope fondle molest lick suck finger rape \
     трахнуть выебать отодрать",
);

/// Russian verbs of sex and undressing done to someone (`раздеть`, "to undress").
static SEX_RU: Lexicon = Lexicon::new(
    "раздеть отыметь трахнуть поиметь выебать отодрать облапать оттрахать облизать вылизать",
);

/// Those of them that also mean beating, cheating or a lift (`we will smash you at the
/// polls`, `screw them over`, `ride you to the station`): sexual when their object ends the
/// clause or is followed by how (`I would smash that`, `I would ride her all night`).
static SEX_OR_NOT: Lexicon = Lexicon::new("screw smash ride");

/// How, after an ambiguous verb's person: `so hard`, `all night`.
static MANNER: Lexicon = Lexicon::new("so hard all night senseless silly raw good");

/// The writer's want or will, as word sequences after `i`.
const WANTS: &[&[&str]] = &[
    &["want", "to"],
    &["would", "love", "to"],
    &["would", "like", "to"],
    &["would"],
    &["will"],
    &["am", "going", "to"],
    &["could"],
    &["need", "to"],
    &["wish", "i", "could"],
    &["can", "not", "wait", "to"],
];

/// Persons as objects.
static PERSONS: Lexicon = Lexicon::new("you her him ya");

impl Clause<'_> {
    /// The harassment of this clause: (kind, first token, end token).
    fn harassment(&self, out: &mut Vec<(HarassmentKind, usize, usize)>) {
        for i in 0..self.len() {
            let found = self
                .solicitation(i)
                .map(|end| (HarassmentKind::Solicitation, i, end))
                .or_else(|| self.advance(i).map(|end| (HarassmentKind::Advance, i, end)))
                .or_else(|| self.remark(i).map(|end| (HarassmentKind::Remark, i, end)))
                .or_else(|| self.innuendo(i).map(|(kind, end)| (kind, i, end)));
            if let Some(found) = found {
                if !self.reported(found.1) && !self.reported_after(found.2) {
                    out.push(found);
                    return;
                }
            }
        }
    }

    /// Whether a request at `i` opens its clause: nothing before it but politeness and
    /// pressure (`please send`, `why don't you show`).
    fn opens_request(&self, i: usize) -> bool {
        // `don't send nudes to strangers` is advice; `why don't you send...` is not.
        let negated = (0..i).find(|&k| self.is(k, &["not"]));
        // (`hey gorgeous reporter, send me ...`: the reader called by a pet name first.)
        let pet_name = |k: usize| {
            self.is(k, &PET_NAMES) || k > 0 && self.is(k - 1, &PET_NAMES) && self.is(k, &ROLES)
        };
        (0..i).all(|k| self.is(k, &BEFORE_ASKING) || pet_name(k))
            && negated.is_none_or(|not| self.any_in(0..not, &["why"]))
    }

    /// `send nudes`, `show me your boobs`, `post naked pics`, `take your clothes off`, `strip
    /// for me`, `скинь нюдсы`: the end of the request at `i`.
    fn solicitation(&self, i: usize) -> Option<usize> {
        // Turkish asks last: `çıplak fotoğraf at`, `memelerini göster`.
        if self.is(i, &BEFORE_TR_ASK) {
            let reach = (i + 4).min(self.len());
            // (`Bana duşta bir fotoğrafını gönder` asks for the reader "in the shower", a
            // picture of them; not `duştaki fayansların fotoğrafını gönder`, the tiles.)
            let shower = self.at(i) == "dusta";
            let pictured = !shower || self.any_in(i + 1..reach, &["fotografini", "videonu"]);
            if let Some(k) = (i + 1..reach)
                .find(|&k| self.is(k, &TR_ASK))
                .filter(|_| pictured)
            {
                return Some(k + 1);
            }
            // `Seni çıplak görmek istiyorum` ("I want to see you naked").
            if self.at(i) == "ciplak"
                && self.seq(i + 1, &["gormek", "istiyorum"])
                && i > 0
                && self.is(i - 1, &["seni", "sizi"])
            {
                return Some(i + 3);
            }
        }
        // `Şu bluzu çıkar da siyaset konuşalım` ("take that blouse off and we'll talk
        // politics"), `Сними кофточку, тогда поговорим` (not `şu bluzu askıdan al`, "take the
        // blouse off the hanger", nor `сними кофточку с вешалки`).
        let off_tr = self.is(i, &TR_CLOTHES_OFF) && self.is(i + 1, &["cikar", "cikarsana"]);
        let off_ru = self.is(i, &["сними", "снимай", "снимите"])
            && self.is(i + 1, &RU_CLOTHES_OFF)
            && !self.is(i + 2, &["с", "c", "со"]);
        if (off_tr || off_ru) && self.opens_request(i) {
            return Some(i + 2);
        }
        // `Bluzunun altında ne var göster bakalım, güzelim` ("show what's under your blouse,
        // beautiful"; not `çantanda ne var göster`, "show what's in your bag").
        if self.is(i, &TR_CLOTHES_OF)
            && self.seq(i + 1, &["altinda", "ne", "var"])
            && self.is(i + 4, &TR_ASK)
        {
            return Some(i + 5);
        }
        if let Some(end) = self.undressed_to_please(i) {
            return Some(end);
        }
        // `Benim için soyun, bebeğim` ("strip for me, baby").
        if self.seq(i, &["benim", "icin"]) && self.is(i + 2, &["soyun", "soyunsana"]) {
            return Some(i + 3);
        }
        if !self.opens_request(i) {
            return None;
        }
        if self.is(i, &ASK) {
            // `send me a pic of you in a bikini`: nine words.
            let reach = (i + 9).min(self.len());
            // (`Скинь фотки, тогда поговорим, красотка`: pictures asked with a pet name.)
            let sweet = ["красотка", "детка", "малышка", "киса", "зайка", "красавица"];
            if self.is(i, &ASK_RU)
                && self.any_in(i + 1..reach, &PICTURES)
                && self.any_in(0..self.len(), &sweet)
            {
                return Some(i + 2);
            }
            for k in i + 1..reach {
                if self.is(k, &NUDES) {
                    return Some(k + 1);
                }
                let yours = (k.saturating_sub(2)..k)
                    .any(|j| self.is(j, &["your", "ur", "твою", "твои", "свои"]));
                // Russian leaves the possessive out: `покажи сиськи`.
                let russian = self.is(i, &ASK_RU);
                // (`send me a pic of your feet after the marathon, the physio wants to see the
                // blisters`: feet asked for their care.)
                let cared_for = self.at(k) == "feet" && self.said_next(k + 1, 12, FEET_CARE);
                if self.is(k, &PARTS)
                    && (yours || russian || self.is(k + 1, &PICTURES))
                    && !cared_for
                {
                    return Some(k + 1);
                }
                // `send me pics of your body`; not `... of your body of work`.
                let body = self.at(k) == "body" && self.at(k + 1) != "of";
                if body && yours && self.any_in(i + 1..k, &PICTURES) {
                    return Some(k + 1);
                }
                // `post a selfie in your bikini`, `post some pics in a bikini`.
                let worn = yours || self.seq(k.saturating_sub(2), &["in", "a"]);
                if worn && self.is(k, &UNDERWEAR) && self.any_in(i + 1..k, &PICTURES) {
                    return Some(k + 1);
                }
                // `send me a photo of you in the shower`, `скинь фотки в купальнике`.
                // (`Пришли фото в нижнем белье`: "... in underwear".)
                let in_the = self.is(k - 1, &["the", "your", "a", "in", "в", "нижнем"])
                    && self.any_in(k.saturating_sub(2)..k, &["in", "в"]);
                if in_the
                    && self.is(k, &UNDRESSED_IN)
                    && self.any_in(i + 1..k, &PICTURES)
                    && (russian || self.any_in(i + 1..k, &["you", "yourself"]))
                {
                    return Some(k + 1);
                }
                // `send me a pic of you in that skirt, babe`: the reader in their clothes, asked
                // for with a pet name (not `send me a photo of you in that dress, Mum wants
                // one`).
                // (And `post more photos in that skirt, it's the only reason I read your
                // column`: the clothes are all the reader is read for.)
                let dressed = self.is(k - 1, &["that", "your", "ur", "those", "a"])
                    && self.at(k.saturating_sub(2)) == "in"
                    && (self.any_in(i + 1..k, &["you", "yourself"]) || self.at(k - 1) == "that");
                let only_reason = ["the", "only", "reason", "i", "read"];
                let why = self.any_in(0..self.len(), &PET_NAMES)
                    || (k + 1..self.len()).any(|j| self.seq(j, &only_reason))
                    || self.followed_by(&[&only_reason]);
                if dressed && self.is(k, &CLOTHES) && self.any_in(i + 1..k, &PICTURES) && why {
                    return Some(k + 1);
                }
                // `send me a video of you undressing`.
                if self.is(k, &["undressing", "stripping", "changing", "showering"])
                    && self.is(k - 1, &["you", "yourself"])
                    && self.any_in(i + 1..k, &PICTURES)
                {
                    return Some(k + 1);
                }
                // `Покажи, что у тебя под кофточкой, красотка` ("show what you've got under
                // your blouse, beauty"; not `покажи, что у тебя под кроватью`, "under the bed").
                if self.at(k) == "под"
                    && self.any_in(i + 1..k, &["что"])
                    && self.is(k + 1, &RU_CLOTHES_UNDER)
                {
                    return Some(k + 2);
                }
                // `send me a photo of what's under that blouse`.
                if self.at(k) == "under"
                    && self.any_in(k.saturating_sub(2)..k, &["what"])
                    && self.is(k + 1, &["your", "ur", "that", "those"])
                    && self.is(k + 2, &CLOTHES)
                {
                    return Some(k + 3);
                }
                // (`Скинь мне голые фото`, "send me naked photos"; not `фото голых деревьев`,
                // "of bare trees".)
                if self.is(
                    k,
                    &["naked", "topless", "голой", "голую", "голые", "обнаженные"],
                ) && (self.any_in(k.saturating_sub(2)..(k + 3).min(self.len()), &PICTURES)
                    || self.is(k - 1, &["yourself", "you"]))
                {
                    return Some(k + 1);
                }
            }
            return None;
        }
        // `take your clothes off`, `take off your top`.
        if self.is(i, &["take"]) {
            let reach = (i + 5).min(self.len());
            if let Some(k) = (i + 1..reach).find(|&k| self.is(k, &CLOTHES)) {
                let off = self.any_in(i + 1..(k + 2).min(self.len()), &["off"]);
                let yours = self.any_in(i + 1..k, &["your", "ur", "those", "that"]);
                // (Not `take that top off the pile`: off something.)
                let off_a_thing = self.at(k + 1) == "off" && self.is(k + 2, &["the", "a", "that"]);
                if off && yours && !off_a_thing {
                    return Some(k + 1 + usize::from(self.is(k + 1, &["off"])));
                }
            }
        }
        // `rip her clothes off`, `tear her top off`: a person stripped by force (not `rip the
        // old wallpaper off`).
        if self.is(i, &["rip", "tear", "pull"])
            && self.is(i + 1, &["her", "his", "their", "your", "ur"])
            && self.is(i + 2, &CLOTHES)
            && self.at(i + 3) == "off"
        {
            return Some(i + 4);
        }
        // `strip for me`, `get naked for me`, `разденься`, `soyun`.
        if self.seq(i, &["strip", "for"]) && self.is(i + 2, &["me", "us"]) {
            return Some(i + 3);
        }
        if self.seq(i, &["get", "naked"]) {
            return Some(i + 2);
        }
        // (Not `раздевайся, в бане жарко`: a reason to undress that is no one's pleasure.)
        // `раздвинь ноги` ("spread your legs").
        if self.seq(i, &["раздвинь", "ноги"]) {
            return Some(i + 2);
        }
        if self.is(i, &["разденься", "раздевайся", "soyun", "soyunsana"])
            && !self.any_in(i + 1..self.len(), &UNDRESS_FOR)
        {
            return Some(i + 1);
        }
        None
    }

    /// `you'd be prettier if you took your top off`: undressing asked as a condition of
    /// looks; not `if you take your top off in this sun you'll burn`.
    fn undressed_to_please(&self, i: usize) -> Option<usize> {
        let looks = ["prettier", "hotter", "sexier", "cuter", "nicer", "better"];
        // `bet you'd look better with that blouse off, darling` (not `the house would look
        // better with that extension off`, no garment).
        if self.at(i) == "with"
            && i >= 3
            && self.is(i - 1, &looks)
            && self.is(i - 2, &["look", "be"])
            && self.any_in(i.saturating_sub(4)..i - 2, &["you", "u"])
            && self.is(i + 1, &["your", "ur", "that", "those"])
            && self.is(i + 2, &CLOTHES)
            && self.at(i + 3) == "off"
        {
            return Some(i + 4);
        }
        if !self.seq(i, &["if", "you"]) || !self.any_in(0..i, &looks) {
            return None;
        }
        let reach = (i + 12).min(self.len());
        let took = (i + 2..reach).find(|&k| self.is(k, &["took", "take"]))?;
        let k = (took + 1..(took + 4).min(self.len())).find(|&k| self.is(k, &CLOTHES))?;
        let yours = self.any_in(k.saturating_sub(2)..k, &["your", "ur"]);
        (yours && self.is(k + 1, &["off"])).then_some(k + 2)
    }

    /// `хочу тебя раздеть`, `хочу отыметь тебя`: the writer's want, a Russian verb of sex or
    /// undressing, and the reader or a woman as its object.
    fn advance_ru(&self, i: usize) -> Option<usize> {
        if !self.is(i, &["хочу", "хочется", "хотел", "мечтаю"]) {
            return None;
        }
        // `Хочу увидеть тебя голой` ("I want to see you naked").
        let see = i + 1 + usize::from(self.at(i + 1) == "бы");
        if self.is(see, &["увидеть", "видеть"])
            && self.is(see + 1, &["тебя", "вас"])
            && self.is(
                see + 2,
                &["голой", "голым", "голыми", "обнаженной", "раздетой"],
            )
        {
            return Some(see + 3);
        }
        let reach = (i + 4).min(self.len());
        let k = (i + 1..reach).find(|&k| self.is(k, &SEX_RU))?;
        self.any_in(i + 1..(k + 2).min(self.len()), &["тебя", "ее", "вас"])
            .then_some(k + 1)
    }

    /// The word after the person a verb at `k` is done to: `her`, `you`, `that reporter`
    /// (one of [`ROLES`] after `that`, `this` or `the`); `None` if no person follows.
    fn someone_after(&self, k: usize) -> Option<usize> {
        if self.is(k + 1, &PERSONS) {
            Some(k + 2)
        } else if self.is(k + 1, &["that", "this", "the"]) && self.is(k + 2, &ROLES) {
            Some(k + 3)
        } else {
            None
        }
    }

    /// `I'd bang her`, `I want to see you naked`, `wanna sleep with me?`, `sit on my face`,
    /// `I'd love to get you in bed`: the end of the advance at `i`.
    fn advance(&self, i: usize) -> Option<usize> {
        self.naked_in_my_bed(i)
            .or_else(|| self.better_undressed(i))
            .or_else(|| self.career_in_my_room(i))
            .or_else(|| self.given_one(i))
            .or_else(|| self.body_pictured(i))
            .or_else(|| self.mouth_and_clothes(i))
            .or_else(|| self.told_to_submit(i))
            .or_else(|| self.boasted(i))
            .or_else(|| self.night_with_yours_boasted(i))
            .or_else(|| self.pleasure_told(i))
            .or_else(|| self.sex_asked_or_done(i))
    }

    /// `What a pair on that newsreader, I'd give her one.`: sex offered, after a remark on a
    /// woman's body (not `I'd give her one more chance`).
    fn given_one(&self, i: usize) -> Option<usize> {
        let offered = self.seq(i, &["i", "would", "give", "her", "one"])
            && i + 5 == self.len()
            && (0..i).any(|k| self.seq(k, &["what", "a", "pair"]) || self.is(k, &BODY));
        offered.then_some(i + 5)
    }

    /// `Come to my hotel room and we'll talk about your career.`: the reader's work traded for
    /// a visit to the writer's room (not `Come to my office and we'll talk about your
    /// career`).
    fn career_in_my_room(&self, i: usize) -> Option<usize> {
        if !self.seq(i, &["come", "to", "my"]) {
            return None;
        }
        let hotel = self.at(i + 3) == "hotel";
        let room = i + 3 + usize::from(hotel);
        let private = hotel && self.is(room, &["room", "suite"]) || self.at(room) == "bedroom";
        let career = (room + 1..self.len()).find(|&k| {
            self.seq(k, &["talk", "about", "your"])
                && self.is(k + 3, &["career", "promotion", "contract", "job", "future"])
        })?;
        private.then_some(career + 4)
    }

    /// `Bet you look even better with nothing on.`, `Спорим, без одежды ты выглядишь ещё
    /// лучше.`, `Bahse girerim çıplakken daha da güzelsin.`: the reader pictured undressed,
    /// and the better for it (not `you look better with nothing on your mind`, nor `без
    /// одежды ты замёрзнешь`, "you'll freeze without clothes").
    fn better_undressed(&self, i: usize) -> Option<usize> {
        if self.seq(i, &["with", "nothing", "on"]) && self.phrase_ends_before(i + 3) {
            let look = (i.saturating_sub(5)..i)
                .find(|&k| self.seq(k, &["you", "look"]))
                .or_else(|| {
                    (i.saturating_sub(5)..i).find(|&k| self.seq(k, &["you", "would", "look"]))
                });
            if look.is_some_and(|k| self.any_in(k..i, &["better", "good", "great", "hot", "sexy"]))
            {
                return Some(i + 3);
            }
        }
        if self.seq(i, &["без", "одежды"]) {
            let looks = ["выглядишь", "выглядела", "смотришься", "смотрелась"];
            let near = self.first_in(i.saturating_sub(4)..i + 6, &looks);
            if near.is_some_and(|k| self.any_in(k.saturating_sub(2)..k + 4, &["лучше", "красивее"]))
            {
                return Some(i + 2);
            }
        }
        if self.is(i, &["ciplakken", "ciplak"]) {
            let finer = ["guzelsin", "guzelsindir", "seksisin", "seksisindir"];
            if let Some(k) = self.first_in(i + 1..i + 4, &finer) {
                return Some(k + 1);
            }
        }
        None
    }

    /// `you'd look better naked in my bed`, `ты бы лучше смотрелась голой в моей постели`,
    /// `yatağımda çıplak daha güzel görünürdün`: the reader pictured naked in the writer's
    /// bed (not `I sleep naked in my bed`, `yatağımda çıplak uyurum`, the writer).
    fn naked_in_my_bed(&self, i: usize) -> Option<usize> {
        if self.at(i) == "naked" && self.is(i + 1, &["in", "on"]) && self.at(i + 2) == "my" {
            let you = (i.saturating_sub(5)..i).find(|&k| self.is(k, &["you", "u"]));
            let writer_between = you.is_some_and(|k| self.any_in(k + 1..i, &["i", "me"]));
            if self.is(i + 3, &["bed", "bedroom"]) && you.is_some() && !writer_between {
                return Some(i + 4);
            }
        }
        let naked_ru = [
            "голой",
            "голым",
            "голая",
            "голенькой",
            "обнаженной",
            "раздетой",
        ];
        if self.is(i, &naked_ru)
            && self.is(i + 1, &["в", "на"])
            && self.at(i + 2) == "моей"
            && self.is(i + 3, &["постели", "кровати", "спальне"])
            && self.any_in(0..self.len(), &["ты", "тебя", "вас"])
        {
            return Some(i + 4);
        }
        // (Turkish says who by the verb's ending: `görünürdün`, `olsan`, `yatsan`; not `dün`,
        // "yesterday".)
        let yours = |k: usize| {
            let w = self.at(k);
            w.len() > 4
                && ["dun", "din", "san", "sen", "sin", "sun"]
                    .iter()
                    .any(|end| w.ends_with(end))
        };
        if self.at(i) == "yatagimda"
            && self.any_in(i + 1..(i + 3).min(self.len()), &["ciplak"])
            && (i + 1..self.len()).any(|k| self.is(k, &["sen", "seni"]) || yours(k))
        {
            return Some(self.len());
        }
        None
    }

    /// The reader's body pictured or asked after: `I'll show her what her mouth is really for`,
    /// `bet you'd look fit tied to my bed`, `do you moan like that in bed too`, `on your knees in
    /// front of me`, `what's your bra size, love?`.
    fn body_pictured(&self, i: usize) -> Option<usize> {
        // `I'll show her what her mouth is really for`, `... what your mouth is good for`.
        if self.at(i) == "show"
            && self.is(i + 1, &["you", "her", "him", "u"])
            && self.at(i + 2) == "what"
            && self.is(i + 3, &["your", "her", "his", "ur"])
            && self.seq(i + 4, &["mouth", "is"])
        {
            let made = i + 6 + usize::from(self.is(i + 6, &["really", "actually", "good", "made"]));
            if self.at(made) == "for" {
                return Some(made + 1);
            }
        }
        // `bet you'd look fit tied to my bed, sweetheart`: the reader pictured bound in the
        // writer's bed (not `the boat was tied to my dock`).
        if self.at(i) == "tied"
            && self.seq(i + 1, &["to", "my"])
            && self.is(i + 3, &["bed", "bedpost", "headboard"])
            && self.any_in(i.saturating_sub(6)..i, &PERSONS)
        {
            return Some(i + 4);
        }
        // `do you moan like that in bed too, sweetheart?`; `bet you moan loud when your boss
        // bends you over the desk` (not `you moan when your boss sets the rota`).
        if self.at(i) == "you" && self.is(i + 1, &["moan", "scream"]) {
            let bed = (i + 2..i + 6).find(|&k| self.seq(k, &["in", "bed"]));
            if let Some(k) = bed {
                return Some(k + 2);
            }
            let bent = (i + 2..i + 9).find(|&k| {
                self.is(k, &["bends", "bend", "bent"])
                    && self.is(k + 1, &["you", "u"])
                    && self.at(k + 2) == "over"
            });
            if let Some(k) = bent {
                return Some(k + 3);
            }
        }
        // `I'd pay good money to see you on your knees in front of me` (not `you'll be on your
        // knees in front of the altar`).
        if self.seq(i, &["on", "your", "knees"])
            && (self.seq(i + 3, &["in", "front", "of", "me"]) || self.seq(i + 3, &["before", "me"]))
        {
            return Some(i + 3 + if self.at(i + 3) == "in" { 4 } else { 2 });
        }
        // `you should be on your knees, not behind a keyboard` (not `you should be on your
        // knees weeding, not behind a desk all day`: what the knees are for, said).
        if self.seq(i, &["on", "your", "knees"])
            && i >= 2
            && self.seq(i - 2, &["should", "be"])
            && self.at(i + 3) == "not"
            && self.is(i + 4, &["behind", "at"])
        {
            let desk = i + 5 + usize::from(self.is(i + 5, &["a", "the", "your"]));
            if self.is(
                desk,
                &["keyboard", "desk", "laptop", "computer", "microphone"],
            ) {
                return Some(desk + 1);
            }
        }
        // `I'd bend the weather presenter over the desk` (not `bend the pipe over the edge`):
        // a person bent over, by the writer.
        if self.at(i) == "bend" && i >= 2 && self.seq(i - 2, &["i", "would"]) {
            let person = i + 1 + usize::from(self.is(i + 1, &["the", "that", "this"]));
            let over = (person..person + 4).find(|&k| self.at(k) == "over");
            let bent = over.filter(|&k| {
                (person..k).any(|p| self.is(p, &ROLES) || self.is(p, &["her", "you", "him"]))
            });
            if let Some(k) = bent {
                let desk = k + 1 + usize::from(self.is(k + 1, &["the", "my", "a", "her", "your"]));
                if self.is(desk, &["desk", "table", "knee", "bonnet", "sofa", "bed"]) {
                    return Some(desk + 1);
                }
            }
        }
        // `that skirt in your byline photo says you want it`: what a woman wears read as
        // consent (not `that skirt says you want it warm, wear tights`).
        if self.seq(i, &["says", "you", "want", "it"])
            && i + 4 == self.len()
            && self.any_in(
                i.saturating_sub(8)..i,
                &["skirt", "dress", "outfit", "lipstick", "top"],
            )
        {
            return Some(i + 4);
        }
        // `send me your number, sweetie, I'll review more than your article`: a pet name, then
        // more than the reader's work (not `I'll review more than your article: the whole
        // series`, said to no pet name).
        if self.seq(i, &["more", "than", "your"])
            && self.is(
                i + 3,
                &["article", "column", "piece", "work", "writing", "story"],
            )
            && self.any_in(0..i, &["i", "we"])
            && (self.any_in(0..i, &PET_NAMES)
                || self.words_before().take(4).any(|w| PET_NAMES.contains(w)))
        {
            return Some(i + 4);
        }
        // `what's your bra size, love?`: the reader's underwear asked after (`what's` is read
        // `what`, the possessive's `s` dropped).
        let your = i + 1 + usize::from(self.at(i + 1) == "is");
        if self.at(i) == "what"
            && self.at(your) == "your"
            && self.is(your + 1, &["bra", "cup", "knicker", "panty"])
            && self.at(your + 2) == "size"
        {
            return Some(your + 3);
        }
        None
    }

    /// Innuendo on the reader's mouth and clothes: `a proper interview, if you know what I mean`,
    /// `ur mouth would be better used for something else`, `what else she can do with her mouth`,
    /// `bet you look better without the clothes`, a gag.
    fn mouth_and_clothes(&self, i: usize) -> Option<usize> {
        // `come round mine and I'll give you a proper interview, if you know what I mean`: an
        // invitation home, hinted at (not `come round to the studio on Friday`).
        if i == 0
            && self.closes_with(i + 3, HINTED)
            && (self.seq(i, &["come", "round", "mine"])
                || self.seq(i, &["come", "to", "my", "place"]))
        {
            return Some(self.len());
        }
        // `ur mouth would be better used for something else luv`.
        if self.at(i) == "mouth"
            && i > 0
            && self.is(i - 1, &["your", "her"])
            && (self.seq(i + 1, &["would", "be", "better", "used", "for"])
                || self.seq(i + 1, &["is", "better", "used", "for"]))
        {
            let used = i + if self.at(i + 1) == "would" { 6 } else { 5 };
            // (`Your mouth is better used for something other than talking.`)
            if self.seq(used, &["something", "else"]) {
                return Some(used + 2);
            }
            if self.seq(used, &["something", "other", "than"]) {
                return Some(used + 3);
            }
        }
        // `I'd like to see what else she can do with her mouth` (not `... what else the
        // choir can do with its voices`).
        if self.at(i) == "mouth" && i >= 7 && self.is(i - 1, &["your", "her", "his"]) {
            let what = i - 7;
            if self.seq(what, &["what", "else"])
                && self.is(what + 2, &["she", "you", "he", "u"])
                && self.is(what + 3, &["can", "could"])
                && self.seq(what + 4, &["do", "with"])
            {
                return Some(i + 1);
            }
        }
        // `that reporter's mouth is good for one thing only`.
        if self.at(i) == "mouth"
            && (self.seq(i + 1, &["is", "good", "for", "one", "thing"])
                || self.seq(i + 1, &["is", "only", "good", "for", "one", "thing"]))
        {
            return Some(i + 6);
        }
        // `bet you look better without the clothes`.
        if self.seq(i, &["look", "better", "without"])
            && i > 0
            && self.is(i - 1, &["you", "u", "she", "her"])
        {
            let clothes = i + 3 + usize::from(self.is(i + 3, &["the", "your", "her", "those"]));
            if self.is(clothes, &["clothes", "clothing", "bikini", "bra", "dress"]) {
                return Some(clothes + 1);
            }
        }
        if self.seq(i, &["sit", "on", "my", "face"]) && self.opens_request(i) {
            return Some(i + 4);
        }
        // `Сядь мне на лицо, потом обсудим политику`, `Yüzüme otur da siyaset konuşalım`.
        if self.is(i, &["сядь", "садись", "присядь"])
            && self.opens_request(i)
            && (self.seq(i + 1, &["мне", "на", "лицо"]) || self.seq(i + 1, &["на", "мое", "лицо"]))
        {
            return Some(i + 4);
        }
        if self.at(i) == "yuzume"
            && self.is(i + 1, &["otur", "otursana", "oturur", "otursan"])
            && self.opens_request(i)
        {
            return Some(i + 2);
        }
        // `bet she'd be a lot less mouthy with a gag in` (not `a running gag in the show`).
        if self.seq(i, &["with", "a", "gag"])
            && (i + 3 == self.len() || self.at(i + 3) == "in" && i + 4 == self.len())
            && self.any_in(0..i, &["she", "you", "her"])
        {
            return Some(self.len());
        }
        None
    }

    /// The reader told to come to bed, sit or bend over, called by a pet name, priced: `wanna
    /// come round and interview me in my bedroom?`, `bend over for the editor`, `what colour
    /// knickers are you wearing`, `how much for an hour?`.
    fn told_to_submit(&self, i: usize) -> Option<usize> {
        // `wanna come round and interview me in my bedroom?`: an interview asked in bed.
        if self.seq(i, &["in", "my"]) && self.is(i + 2, &["bedroom", "bed"]) {
            let asked = self.any_in(0..i, &["interview", "come", "round", "over"])
                && self.any_in(0..i, &["me", "wanna", "want"]);
            if asked {
                return Some(i + 3);
            }
        }
        // `sit on it and spin, love`.
        if self.seq(i, &["sit", "on", "it", "and", "spin"]) && self.opens_request(i) {
            return Some(i + 5);
        }
        // `bend over for the editor like you always do`: the reader told to submit to a man
        // of the paper (not `bend over backwards for the editor`, `bend over for the photo`).
        if self.seq(i, &["bend", "over", "for"]) && self.opens_request(i) {
            let him = i + 3 + usize::from(self.is(i + 3, &["the", "your"]));
            let men = ["editor", "boss", "owner", "producer", "me", "us", "him"];
            if self.is(him, &men) {
                return Some(him + 1);
            }
        }
        // `hey beautiful, what colour knickers are you wearing while you type this?`.
        if self.at(i) == "what" {
            let worn = (i + 1..i + 4).find(|&k| self.is(k, &UNDERWEAR));
            if let Some(k) = worn.filter(|&k| self.seq(k + 1, &["are", "you", "wearing"])) {
                return Some(k + 4);
            }
        }
        // `hey sexy, sit on my lap`: the reader called by a pet name (not a grandchild); `sit
        // on my lap and I'll tell you what I think of your article`: the reader's work (not
        // `... and Grandpa will read you a story`).
        // (`Nice article, sweetheart. Now come sit on my knee ...`: the pet name just before.)
        if self.seq(i, &["sit", "on", "my"])
            && self.is(i + 3, &["lap", "knee", "knees"])
            && (self.any_in(0..i, &PET_NAMES)
                || self.words_before().take(3).any(|w| PET_NAMES.contains(w))
                || self.any_in(0..i, &["hottie"])
                || self.any_in(i + 4..self.len(), &["article", "column", "piece", "story"])
                    && self.any_in(i + 4..self.len(), &["your", "ur"])
                // (`come sit on my lap and tell me about the budget, sweetie`: the pet name
                // after, where no grandparent reads a story.)
                || self.any_in(i + 4..self.len(), &PET_NAMES)
                    && !self.any_in(0..self.len(), &FAMILY_LAPS)
                    && !self.words_after().take(6).any(|w| FAMILY_LAPS.contains(w)))
        {
            return Some(i + 4);
        }
        // `hey sweetheart, how much for an hour?`: a price asked of the reader (not `how much
        // for a night at the hotel?`); `сколько стоит ночь с тобой`.
        let priced = self.seq(i, &["how", "much", "for"])
            && (self.seq(i + 3, &["an", "hour"]) || self.is(i + 4, &["night"]))
            && (self.any_in(0..i, &PET_NAMES)
                || self.any_in(i + 3..i + 7, &["you"])
                || self.is(i + 5, &PET_NAMES));
        let priced_ru = self.seq(i, &["сколько", "стоит"])
            && self.is(i + 2, &["ночь", "час"])
            && self.seq(i + 3, &["с", "тобой"]);
        if priced || priced_ru {
            return Some(i + 5);
        }
        // `Seninle bir gece kaça?` ("how much for a night with you?").
        if self.seq(i, &["seninle", "bir"])
            && self.is(i + 2, &["gece", "saat", "geceligine"])
            && self.is(i + 3, &["kaca", "kac"])
        {
            return Some(i + 4);
        }
        // `Сколько за ночь, милая?`, `Bir gecesi kaç para, tatlım?` ("how much for a night,
        // sweetie?"): a night's price asked with a pet name, before it or right after (not
        // `сколько за ночь в этой гостинице?`, `otelde bir gecesi kaç para?`, a hotel's).
        let night = self.seq(i, &["сколько", "за"]) && self.is(i + 2, &["ночь", "час"])
            || self.is(i, &["gecesi", "gecen", "saati", "saatin"])
                && self.seq(i + 1, &["kac", "para"]);
        let sweet =
            |end: usize| self.is(end, &FOREIGN_PET_NAMES) || self.any_in(0..i, &FOREIGN_PET_NAMES);
        if night && sweet(i + 3) {
            return Some(i + 3);
        }
        if let Some(end) = self.advance_ru(i) {
            return Some(end);
        }
        None
    }

    /// The writer's boasts and hints: `I'd ruin that little newsreader if I got her alone`,
    /// `bet you'd do anything for a promotion, and I mean anything`, `your lips would look better
    /// wrapped around something of mine`, `scream my name`.
    fn boasted(&self, i: usize) -> Option<usize> {
        // `I'd ruin that little newsreader if I got her alone in a lift`, `I'd ruin that
        // pretty reporter if I got her alone.`: what the writer would do to a woman, got alone
        // somewhere or ruined (not `I'd finish the report if I got an hour alone in the
        // office`, `I'd tell her the truth if I got her alone`).
        if self.seq(i, &["if", "i"]) && self.seq(0, &["i", "would"]) {
            let got = i + 2 + usize::from(self.at(i + 2) == "ever");
            let ruined = || self.any_in(0..i, &["ruin", "wreck", "destroy"]);
            if self.is(got, &["got", "get"])
                && self.is(got + 1, &PERSONS)
                && self.at(got + 2) == "alone"
                && (self.any_in(got + 3..got + 7, &ROOMS) || ruined())
            {
                return Some(got + 3);
            }
        }
        // `bet you'd do anything for a promotion, and I mean anything`: a favour hinted at
        // (not `I'd do anything for a promotion, honestly`).
        if self.seq(i, &["do", "anything", "for", "a"])
            && self.is(
                i + 4,
                &["promotion", "job", "story", "byline", "scoop", "raise"],
            )
            && self.any_in(i.saturating_sub(3)..i, &["you", "she", "u"])
        {
            let meant = ["and", "i", "mean", "anything"];
            if self.seq(i + 5, &meant) || self.followed_by(&[&meant]) {
                return Some(self.len());
            }
        }
        // `your lips would look better wrapped around something of mine` (not `... wrapped
        // around a pint glass`).
        if self.seq(i, &["wrapped", "around"])
            && self.any_in(i.saturating_sub(6)..i, &["lips", "mouth"])
            && (self.seq(i + 2, &["something", "of", "mine"]) || self.seq(i + 2, &["my"]))
        {
            return Some(i + 2 + if self.at(i + 2) == "my" { 2 } else { 3 });
        }
        // `I want to hear you scream my name, sweetheart`, `I'll make you moan my name` (not
        // `I want to hear you sing my song`).
        if self.is(i, &["hear", "make"]) && self.is(i + 1, &["you", "u", "her"]) {
            let moans = ["moan", "scream", "beg"];
            if self.is(i + 2, &moans) && self.seq(i + 3, &["my", "name"]) {
                return Some(i + 5);
            }
        }
        // `I bet she'd moan my name`, `you would be screaming my name`: the writer's boast of
        // sex with a person (not `the crowd would scream my name`).
        if self.is(i, &["she", "you", "he", "u"]) && self.at(i + 1) == "would" {
            let verb = i + 2 + usize::from(self.at(i + 2) == "be");
            let moans = ["moan", "moaning", "scream", "screaming"];
            if self.is(verb, &moans) && self.seq(verb + 1, &["my", "name"]) {
                return Some(verb + 3);
            }
        }
        None
    }

    /// `Your wife was great in bed last night, ask her`, `Твоя жена вчера была отлична в
    /// постели`, `Karın dün gece yatakta harikaydı`: the writer's boast of a night with the
    /// reader's people.
    fn night_with_yours_boasted(&self, i: usize) -> Option<usize> {
        // `Bet you're wild in bed, reporter girl`, `Спорим, ты в постели дикая`, `Eminim
        // yatakta vahşisindir`: the reader's nights guessed at (not `bet you're busy at the
        // paper`, nor `the baby is wild in bed at night`, said of no reader).
        if self.seq(i, &["in", "bed"]) && i >= 3 {
            let guessed = self.is(
                i - 1,
                &["wild", "good", "great", "amazing", "filthy", "dirty"],
            ) && self.seq(i - 3, &["you", "are"])
                && self.any_in(0..i - 3, &["bet", "betting", "imagine", "guess"]);
            // (Not `bet you're good in bed by ten, early shift tomorrow`.)
            let closes = self.phrase_ends_before(i + 2) || self.is(i + 2, &PET_NAMES);
            if guessed && closes {
                return Some(i + 2);
            }
        }
        let wild_ru = ["дикая", "горячая", "огонь", "ненасытная"];
        if self.seq(i, &["в", "постели"])
            && self.any_in(i.saturating_sub(2)..i + 3, &wild_ru)
            && self.any_in(i.saturating_sub(3)..i, &["ты"])
            && self.any_in(0..i, &["спорим", "наверняка", "небось"])
        {
            return Some(i + 2);
        }
        if self.at(i) == "yatakta"
            && self.is(i + 1, &["vahsisindir", "vahsisin", "atessin", "atessindir"])
            && (0..i).any(|k| self.is(k, &["eminim", "bahse", "kesin"]))
        {
            return Some(i + 2);
        }
        // `Your lips would look better wrapped around something else`.
        if self.is(i, &["lips", "mouth"])
            && self.is(i.wrapping_sub(1), &["your", "ur", "her"])
            && (i + 1..i + 6).any(|k| self.seq(k, &["wrapped", "around"]))
        {
            return Some((i + 7).min(self.len()));
        }
        // (Not `my wife was great in bed last night`, the writer's own, nor `your wife was
        // great in the play`.)
        if self.seq(i, &["in", "bed"]) && i >= 4 {
            let praised = self.is(i - 1, &["great", "good", "amazing", "fantastic", "wild"])
                && self.is(i - 2, &["was", "were"]);
            let whose = self.seq(i - 4, &["your"]) && self.is(i - 3, &PARTNERS);
            if praised && whose {
                return Some(i + 2);
            }
        }
        let praised_ru = ["отлична", "хороша", "горяча", "огонь", "великолепна"];
        if self.seq(i, &["в", "постели"])
            && self.any_in(i.saturating_sub(3)..i + 3, &praised_ru)
            && (0..i).any(|k| self.at(k) == "твоя" && self.is(k + 1, &PARTNERS))
        {
            return Some(i + 2);
        }
        // (Turkish says whose by the ending, `karın`; not `iyiydi`, "was good" and "was well"
        // alike: `annen dün gece yatakta iyiydi, ateşi düştü`.)
        let praised_tr = ["harikaydi", "mukemmeldi", "muthisti"];
        if self.at(i) == "yatakta"
            && self.is(i + 1, &praised_tr)
            && self.any_in(0..i, &["karin", "annen", "sevgilin", "kardesin"])
        {
            return Some(i + 2);
        }
        None
    }

    /// The writer's pleasure told to the reader, or the reader's guessed at: `I'm touching
    /// myself reading your column`, `Yazını okurken kendimi okşuyorum`, `Читаю твою колонку и
    /// дрочу`; `Bet you moan like a pornstar`, `Спорим, ты стонешь как порноактриса`, `Porno
    /// yıldızı gibi inliyorsundur`; `Seni baştan aşağı yalamak istiyorum`; `Bu gazeteciye sert
    /// bir sik lazım` ("this journalist needs a hard dick"). Not `I keep touching myself to
    /// check for lumps`, `kedimi okşuyorum`, `you moan like a teenager about the referee`,
    /// `sık bir orman lazım`.
    fn pleasure_told(&self, i: usize) -> Option<usize> {
        // (The reader's work or person, in the clause, and the writer reading or looking
        // at it: not `the doctor said to keep touching myself for lumps, and your article
        // reminded me`.)
        let yours = |words: &[&str]| self.any_in(0..self.len(), words);
        let looking = [
            "reading",
            "read",
            "looking",
            "watching",
            "thinking",
            "picturing",
            "imagining",
            "to",
        ];
        let pleasure = self.seq(i, &["touching", "myself"])
            || self.seq(i, &["playing", "with", "myself"])
            || self.seq(i, &["jerking", "off"])
            || self.is(i, &["wanking", "masturbating"]);
        let at_you = || {
            (i.saturating_sub(5)..i + 6).any(|k| {
                self.is(k, &looking)
                    && self.any_in(k + 1..k + 4, &["your", "you", "ur", "u", "her"])
            })
        };
        if pleasure && at_you() {
            return Some(i + 1 + usize::from(self.at(i + 1) != "to"));
        }
        // (`дрочу` closing its clause, or `на` someone: not `дрочу английский`, "I cram".)
        if self.is(i, &["дрочу", "дрочил", "передернул", "подрочил"])
            && (i + 1 == self.len() || self.at(i + 1) == "на")
            && yours(&["твою", "твои", "твое", "твоей", "тебя", "тебе", "твоих"])
        {
            return Some(i + 1);
        }
        // (While reading or looking: not `bu işle kendimi tatmin ediyorum, sana da tavsiye
        // ederim`, "this work satisfies me, I recommend it to you too".)
        let pleased_tr = self.at(i) == "kendimi"
            && (self.is(i + 1, &["oksuyorum", "oksadim", "oksarim"])
                || self.seq(i + 1, &["tatmin", "ediyorum"]));
        let looking_tr = ["okurken", "bakarken", "izlerken", "dusunurken", "dinlerken"];
        let yours_tr = [
            "yazini",
            "seni",
            "sana",
            "fotografini",
            "fotografina",
            "sesini",
            "videonu",
        ];
        if pleased_tr && yours(&looking_tr) && yours(&yours_tr) {
            return Some(i + 2);
        }
        // Moaning like a porn star.
        // (The reader's: not `in the film she moans like a porn star`.)
        if self.is(i, &["moan", "scream", "стонешь"])
            && self.any_in(i.saturating_sub(2)..i, &["you", "u", "ты"])
        {
            let star = match (self.at(i + 1), self.at(i + 2)) {
                ("like", "a") => i + 3,
                ("like" | "как", _) => i + 2,
                _ => return None,
            };
            if self.is(star, &["pornstar", "порноактриса", "порнозвезда"]) {
                return Some(star + 1);
            }
            return self.seq(star, &["porn", "star"]).then_some(star + 2);
        }
        // (`inliyorsun`, `inliyorsundur`: the reader's, by the ending; not `inliyor`.)
        if self.seq(i, &["porno", "yildizi", "gibi"]) && self.written_starts_with(i + 3, "inli") {
            let yours_by_ending = ["sun", "sundur", "sin", "sindir"]
                .iter()
                .any(|end| self.at(i + 3).ends_with(end));
            return yours_by_ending.then_some(i + 4);
        }
        // `Seni baştan aşağı yalamak istiyorum` ("I want to lick you all over").
        if self.is(i, &["yalamak", "becermek", "sikmek"])
            && self.is(i + 1, &["istiyorum", "isterim"])
            && self.any_in(i.saturating_sub(4)..i, &["seni", "sizi"])
        {
            return Some(i + 2);
        }
        // A dick the person needs: `sik` as written (not `sık`, "dense"), after `bir`.
        let a_dick = self.at(i) == "sik"
            && self.is(i + 1, &["lazim", "gerek"])
            && self.written_starts_with(i, "sik")
            && self.any_in(i.saturating_sub(2)..i, &["bir"]);
        let to_whom = [
            "sana",
            "ona",
            "buna",
            "suna",
            "gazeteciye",
            "muhabire",
            "yazara",
            "kadina",
            "kiza",
            "kadinlara",
            "karilara",
            "feministlere",
        ];
        if a_dick && self.any_in(0..i, &to_whom) {
            return Some(i + 2);
        }
        None
    }

    /// Sex asked for or promised by its verb: `wanna sleep with me?`, `see you naked`, `get you
    /// in bed`, `tie you up`, `bend her over the desk`, `touch you all over`.
    fn sex_asked_or_done(&self, i: usize) -> Option<usize> {
        // `Я бы нагнул тебя над этим столом` ("I'd bend you over this desk"), `Seni o masanın
        // üstüne eğerdim` (the same in Turkish); not `нагнул ветку над столом`, a branch.
        // (`Я бы тебя нагнул прямо на этом столе`: the person before the verb.)
        let bent = |k: usize| self.is(k, &["тебя", "ее", "вас"]);
        if self.is(i, &["нагнул", "нагну", "нагнуть"])
            && (bent(i + 1) || i >= 1 && bent(i - 1))
            && self.said_next(i + 1, 5, &["столом", "столе", "стол"])
        {
            return Some(i + 1 + usize::from(bent(i + 1)));
        }
        if self.is(i, &["egerdim", "egerim", "egecegim"])
            && self.any_in(i.saturating_sub(5)..i, &["seni", "sizi", "onu"])
            && self.any_in(i.saturating_sub(4)..i, &["masanin", "masaya", "masa"])
        {
            return Some(i + 1);
        }
        // `wanna sleep with me?`, `do you want to have sex with me`.
        let asked = self.is(i, &["want"])
            && self.is(i + 1, &["to"])
            && (i == 0 || self.is(i - 1, &["you", "u"]));
        let from = if asked {
            i + 2
        } else if self.is(i, &["i", "we"]) {
            let want = WANTS.iter().find(|w| self.seq(i + 1, w))?;
            let from = i + 1 + want.len();
            if self.is(from, &["not", "never", "no"]) {
                return None;
            }
            from
        } else {
            return None;
        };
        let k =
            from + usize::from(self.is(from, &["just", "totally", "so", "definitely", "really"]));
        // `bang her`, `smash that` (its last word), `lick your tits`; not `we will smash
        // you at the polls`, `I'd screw them over`.
        let plainly = !self.is(k, &SEX_OR_NOT) || k + 2 >= self.len() || self.is(k + 2, &MANNER);
        if self.is(k, &SEX) && plainly {
            if self.is(k + 1, &PERSONS) && !self.is(k + 2, &["up", "out", "off", "over"]) {
                return Some(k + 2);
            }
            if self.is(k + 1, &["that"]) && k + 2 == self.len() {
                return Some(k + 2);
            }
            if self.is(k + 1, &["that", "this", "the"]) && self.is(k + 2, &ROLES) {
                return Some(k + 3);
            }
            if self.is(k + 1, &["your"]) && self.is(k + 2, &PARTS) {
                return Some(k + 3);
            }
            // `I want to lick every inch of you`.
            if self.seq(k + 1, &["every", "inch", "of"]) && self.is(k + 4, &PERSONS) {
                return Some(k + 5);
            }
        }
        // `I'd bend that anchorwoman over the desk` (not `bend the pipe over the flame`).
        if self.at(k) == "bend" {
            if let Some(after) = self.someone_after(k).filter(|&a| self.at(a) == "over") {
                return Some(after + 1);
            }
        }
        // `see you naked`, `get you naked`.
        if self.is(k, &["see", "get", "have"])
            && self.is(k + 1, &PERSONS)
            && self.is(k + 2, &["naked", "nude", "topless"])
        {
            return Some(k + 3);
        }
        // `get that reporter alone in a hotel room`; `I'd ruin that little newsreader if I got
        // her alone in a lift`.
        if self.is(k, &["get", "have", "got"]) {
            let alone = self
                .someone_after(k)
                .filter(|&a| self.at(a) == "alone" && self.any_in(a + 1..a + 5, &ROOMS));
            if let Some(after) = alone {
                return Some(after + 1);
            }
        }
        // `get you in bed`, `get you into my bed`.
        if self.is(k, &["get", "have"]) && self.is(k + 1, &PERSONS) {
            let reach = (k + 5).min(self.len());
            if let Some(bed) = (k + 2..reach).find(|&b| self.is(b, &["bed"])) {
                return Some(bed + 1);
            }
        }
        // `sleep with you`, `have sex with me`, `hook up with her`.
        let with = if self.seq(k, &["sleep", "with"]) {
            Some(k + 2)
        } else if self.seq(k, &["have", "sex", "with"]) {
            Some(k + 3)
        } else {
            None
        };
        if let Some(w) = with {
            if self.is(w, &PERSONS) || self.is(w, &["me", "us"]) && asked {
                return Some(w + 1);
            }
        }
        // `tie you up and do whatever I want with you`; not `tie up the loose ends`.
        if self.is(k, &["tie"]) && self.is(k + 1, &PERSONS) && self.at(k + 2) == "up" {
            return Some(k + 3);
        }
        // `bend you over`, `bend her over the desk`; not `bend over backwards for you`.
        if self.is(k, &["bend"]) && self.is(k + 1, &PERSONS) && self.is(k + 2, &["over"]) {
            return Some(k + 3);
        }
        // `I'd like to bend this reporter over my desk`; not `bend the rules`.
        if self.is(k, &["bend"])
            && self.is(k + 1, &["that", "this", "the"])
            && self.is(k + 2, &ROLES)
            && self.at(k + 3) == "over"
        {
            return Some(k + 4);
        }
        // `touch you all over`, `touch your tits`.
        if self.is(k, &["touch", "grope", "feel"]) {
            if self.is(k + 1, &PERSONS) && self.seq(k + 2, &["all", "over"]) {
                return Some(k + 4);
            }
            if self.is(k + 1, &["your"]) && self.is(k + 2, &PARTS) {
                return Some(k + 3);
            }
        }
        None
    }

    /// `nice tits`, `nice rack, lady`, `hey sexy`, `she has a great ass`, `your tits are
    /// amazing`: the end of the remark at `i`.
    fn remark(&self, i: usize) -> Option<usize> {
        // `The weather girl should do the forecast naked, ratings would triple`: a woman at
        // work told to do it undressed (not `the anchor should present the naked truth`, nor
        // `... visible to the naked eye`).
        if self.is(i, &["naked", "topless", "nude"])
            && !self.is(
                i + 1,
                &["truth", "eye", "eyes", "ambition", "aggression", "flame"],
            )
        {
            let should = (i.saturating_sub(6)..i).find(|&k| self.is(k, &["should", "ought"]));
            if should.is_some_and(|k| self.any_in(k.saturating_sub(3)..k, &ROLES)) {
                return Some(i + 1);
            }
        }
        // `Feminists like her just need a good seeing-to` (not `the boiler needs a good seeing
        // to`, said of no one).
        if self.seq(i, &["a", "good", "seeing", "to"])
            && i >= 1
            && self.is(i - 1, &["need", "needs", "wants", "want"])
            && (self.any_in(0..i, &PERSONS)
                || self.any_in(0..i, &["she", "he", "feminists", "women"]))
        {
            return Some(i + 4);
        }
        // `Women who wear skirts that short are asking for it`: blame laid on a woman's clothes
        // (not `shops that open on Christmas Day are asking for it`).
        if self.closes_with(i, &["asking", "for", "it"])
            && self.any_in(0..i, &["wear", "wears", "wearing", "dress", "dresses"])
            && self.any_in(0..i, &["women", "girls", "she", "woman", "girl"])
        {
            return Some(i + 3);
        }
        // `You're only on telly because the producer likes what's under your blouse` (not
        // `what's under your bed, the dust?`).
        if self.at(i) == "under"
            && self.any_in(i.saturating_sub(2)..i, &["what"])
            && self.is(i + 1, &["your", "ur", "her"])
            && self.is(i + 2, &CLOTHES)
            && self.any_in(0..i, &["likes", "like", "loves", "love", "wants", "want"])
        {
            return Some(i + 3);
        }
        // `Gamer girls only get followers by showing cleavage` (not `the dress shows a lot of
        // cleavage`).
        if self.seq(i, &["by", "showing"])
            && self.is(i + 2, &["cleavage", "tits", "boobs", "skin", "flesh"])
            && self.any_in(0..i, &["girls", "women", "she", "her", "they"])
            && self.any_in(0..i, &["only", "just"])
        {
            return Some(i + 3);
        }
        // `Tell the author I'm thinking about her tonight, in detail.`
        if self.seq(i, &["thinking", "about"])
            && self.is(i + 2, &["her", "you"])
            && self.closes_with(i + 3, &["in", "detail"])
        {
            return Some(self.len());
        }
        // `Sana bir gece göstereyim gerçek erkek nasıl olur` ("let me show you one night what a
        // real man is").
        if self.seq(i, &["gercek", "erkek"])
            && self.any_in(0..i, &["gostereyim", "gosteririm"])
            && self.any_in(0..i, &["sana", "size"])
        {
            return Some(i + 2);
        }
        // `you'd be prettier with your mouth full, love`; `that presenter has a body made for
        // sin` (not `... a voice made for radio`).
        let looks = ["prettier", "hotter", "cuter", "nicer", "better"];
        if self.seq(i, &["with", "your", "mouth", "full"])
            && self.any_in(i.saturating_sub(3)..i, &looks)
        {
            return Some(i + 4);
        }
        if self.seq(i, &["body", "made", "for"])
            && self.is(i + 3, &["sin", "sex", "bed", "sinning"])
        {
            return Some(i + 4);
        }
        let opens = (0..i).all(|k| self.is(k, &BEFORE_REMARK));
        // Ending its clause or turned to its person: `nice tits`, `hey sexy, DM me`; not
        // `great tits nest in holes`, `a nice rack of lamb`, `hey, sexy headlines sell`.
        // (And `nice tits for a journalist`: said of a woman by her trade.)
        let remark_ends = |end: usize| {
            end == self.len()
                || self.is(end, &AFTER_REMARK)
                || self.at(end) == "for"
                    && self.is(end + 1, &["a", "an"])
                    && self.is(end + 2, &ROLES)
        };
        let called = i > 0 && self.is(i - 1, &["hey", "hi", "hello", "yo"]);
        if opens && called && self.is(i, &["sexy", "hottie"]) && remark_ends(i + 1) {
            return Some(i + 1);
        }
        // `hey sugar tits, smile for me`: a woman called by her body.
        if i >= 2
            && self.seq(i - 1, &["sugar", "tits"])
            && self.is(i - 2, &["hey", "hi", "oi", "yo"])
        {
            return Some(i + 1);
        }
        if opens && self.is(i, &ADMIRING) && self.is(i + 1, &BODY) {
            if remark_ends(i + 2) {
                return Some(i + 2);
            }
            // `Классная задница, приходи ко мне в номер вечером`, `Güzel kalça, bu gece odama
            // gel`: a remark on a body, then the reader asked to the writer's room.
            let to_my_room = (i + 2..self.len()).any(|k| {
                self.seq(k, &["приходи", "ко", "мне"]) || self.is(k, &["odama", "odamiza"])
            });
            if to_my_room {
                return Some(self.len());
            }
        }
        // `you have nice tits`, `she's got a great ass`, `that anchor has a nice rack`; not
        // `the shop has a nice rack of dresses`.
        let has = i + 1 + usize::from(self.is(i + 1, &["ve"]));
        if self.is(has, &["have", "has", "got"]) {
            let mut k = has + 1 + usize::from(self.is(has + 1, &["got"]));
            k += usize::from(self.is(k, &["a", "such", "some", "really", "so"]));
            if self.is(k, &ADMIRING) && self.is(k + 1, &BODY) && !self.is(k + 2, &["of"]) {
                return Some(k + 2);
            }
        }
        // `she's only on telly because she's easy on the eyes and easier in the sheets`.
        if self.seq(i, &["in", "the", "sheets"])
            && i > 0
            && self.is(i - 1, &["easy", "easier", "good", "better", "great"])
            && self.any_in(0..i, &["she", "you", "her"])
        {
            return Some(i + 3);
        }
        // `your tits are amazing`.
        if self.is(i, &["your", "her"]) && self.is(i + 1, &BODY) {
            let k = i + 2;
            if self.is(k, &["are", "is", "look", "looks"]) && self.is(k + 1, &ADMIRING) {
                return Some(k + 2);
            }
        }
        None
    }
}

/// The words every harassment [`Clause::harassment`] reads has one of.
static CUES: LazyLock<Vocabulary> = LazyLock::new(|| {
    Lexicon::all_of(&[
        &NUDES,
        &PARTS,
        &BODY,
        &BEFORE_TR_ASK,
        &RU_CLOTHES_UNDER,
        &TR_CLOTHES_OF,
        &RU_CLOTHES_OFF,
        &TR_CLOTHES_OFF,
        &SEX,
        &CLOTHES,
        &OTHER_CUES,
    ])
    .collect()
});

/// The cues not in one of the lists above (`much`: `how much for a night with you?`).
static OTHER_CUES: Lexicon = Lexicon::new(
    "naked topless strip face mouth bed sleep sex touch sexy hottie bend разденься раздевайся \
     soyun soyunsana lingerie раздеть отыметь поиметь облапать оттрахать shower \
     bath bathtub jacuzzi купальнике купальничке белье трусиках лифчике sweetheart sweetie babe \
     darling ночь alone moan moaning scream screaming undressing stripping tie lap раздвинь \
     princess come body spin gag bedroom sheets knees promotion lips knee sin lipstick outfit \
     seeing detail erkek фотки cleavage голые обнаженные голой голым увидеть gecesi gecen \
     yatagimda seninle задница попка kalca popo постели yatakta нагнул нагну нагнуть egerdim \
     egerim egecegim much одежды ciplakken фото bet career pair myself jerking wanking \
     masturbating облизать вылизать дрочу дрочил передернул подрочил kendimi pornstar porno porn \
     порноактриса порнозвезда лицо yuzume inch yalamak becermek sikmek sik рот губы yakisir uniform \
     отпускал отпустил birakin birak белье бикини",
);

/// Every harassment in the text: the words from its request or its writer to its end.
pub fn find(original: &str, n: &Normalized) -> Vec<Hit<HarassmentKind>> {
    find_in(&Reading::new(original, n))
}

/// [`find`] over a text already read.
pub(crate) fn find_in(reading: &Reading) -> Vec<Hit<HarassmentKind>> {
    reading.find(&CUES, |clause, found| clause.harassment(found))
}

#[cfg(test)]
mod tests {
    use super::*;
    use HarassmentKind::{Advance, Remark, Solicitation};

    fn harassment(text: &str) -> Vec<(HarassmentKind, &str)> {
        crate::rules::written_hits(text, find)
    }

    /// Every one of `harassing` read as harassment, and none of `civil`.
    fn read_all(harassing: &[&str], civil: &[&str]) {
        for text in harassing {
            assert!(!harassment(text).is_empty(), "{text}");
        }
        for text in civil {
            assert!(
                harassment(text).is_empty(),
                "{text}: {:?}",
                harassment(text)
            );
        }
    }

    #[test]
    fn harassment_of_the_eighty_fourth_to_sixth_sets() {
        read_all(
            &[
                "Send me pics of your body, I know you want to.",
                "Bend over for the editor like you always do.",
                "Hey beautiful, what colour knickers are you wearing while you type this?",
                "Sit on it and spin, love.",
                "Bet she'd be a lot less mouthy with a gag in.",
                "Hey newsgirl, wanna come round and interview me in my bedroom?",
                "She's only on telly because she's easy on the eyes and easier in the sheets.",
            ],
            &[
                "Send me the pics of your garden, the roses sound lovely.",
                "Send me pics of your body of work for the portfolio.",
                "Bend over and touch your toes, the physio told me.",
                "She bent over backwards for the editor.",
                "What colour paint are you using on the fence?",
                "Sit on the bench and enjoy the view, love.",
                "The sketch ends with a gag in the final scene.",
                "Come round and see the new wallpaper in my bedroom.",
                "The hotel was easy to find and the sheets were clean.",
            ],
        );
    }

    #[test]
    fn asked_for_nudes_or_to_undress() {
        assert_eq!(
            harassment("Send me pics of your tits"),
            [(Solicitation, "Send me pics of your tits")]
        );
        assert_eq!(harassment("send nudes"), [(Solicitation, "send nudes")]);
        assert_eq!(
            harassment("Send me a photo of what's under that blouse, sweetheart."),
            [(Solicitation, "Send me a photo of what's under that blouse")]
        );
        assert_eq!(
            harassment("Hey, why don't you show us your boobs?"),
            [(Solicitation, "show us your boobs?")]
        );
        assert_eq!(
            harassment("Take your clothes off for me"),
            [(Solicitation, "Take your clothes off")]
        );
        for text in [
            "Post naked pics, reporter",
            "Please DM me your nudes",
            "S3nd n00dz",
            "sh0w me ur b00bs",
            "strip for me",
            "Скинь нюдсы",
            "Bana çıplak fotoğraf at",
            "Göğüslerini göster bebeğim",
            "Post some pics in a bikini and maybe people will take you seriously.",
            "You'd be prettier if you kept your opinions to yourself and took your top off.",
        ] {
            assert!(!harassment(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn advances_on_a_person() {
        assert_eq!(harassment("I'd bang her"), [(Advance, "I'd bang her")]);
        assert_eq!(
            harassment("I want to see you naked"),
            [(Advance, "I want to see you naked")]
        );
        assert_eq!(
            harassment("Wanna sleep with me?"),
            [(Advance, "Wanna sleep with me?")]
        );
        for text in [
            "I would smash that",
            "I'd love to get you in bed, sweetie",
            "I want to touch you all over",
            "Sit on my face",
            "I'd lick your tits",
            "I'd bend you over and show you what a real man does",
            "Хочу тебя раздеть и отыметь прямо в редакции.",
            "Send her to me and I'll show her what her mouth is really for.",
            "I'll show you what your mouth is good for.",
            "Send me a pic of you in that skirt, babe, I'll make it worth your while.",
            "Hey sugar, how about you come sit on my lap and we discuss the article.",
        ] {
            assert!(!harassment(text).is_empty(), "{text}");
        }
        for text in [
            "The dentist will show you what your mouth needs.",
            "Show me what your mouth guard is made of.",
            "Send me a photo of you in that dress, Mum wants one for the album.",
            "Come sit on my lap, sweetie, Grandpa will read you a story.",
        ] {
            assert!(
                harassment(text).is_empty(),
                "{text}: {:?}",
                harassment(text)
            );
        }
    }

    #[test]
    fn a_bra_size_asked_a_boss_bending_the_reader_over() {
        read_all(
            &[
                "What's your bra size, love? Asking for research.",
                "Bet you moan loud when your boss bends you over the desk.",
                "I'd pay good money to see you on your knees in front of me.",
            ],
            &[
                "What's your shoe size? I'll bring the spare boots.",
                "You moan every time your boss sets the rota, fair enough.",
                "My boss bent over backwards to help me after the surgery.",
                "You'll be on your knees in front of the altar at the wedding, lucky you.",
            ],
        );
    }

    #[test]
    fn moaning_in_bed_an_interview_at_home_hinted() {
        assert!(!harassment("Do you moan like that in bed too, sweetheart?").is_empty());
        assert!(!harassment(
            "Come round mine and I'll give you a proper interview, if you know what I mean."
        )
        .is_empty());
        assert!(harassment("Do you moan about the weather too? Everyone here does.").is_empty());
        assert!(harassment("Come round to the studio and we'll do a proper interview.").is_empty());
    }

    #[test]
    fn sugar_tits_a_newsreader_got_alone() {
        assert!(!harassment("Hey sugar tits, smile for me next time you're on telly.").is_empty());
        assert!(
            !harassment("I'd ruin that little newsreader if I got her alone in a lift.").is_empty()
        );
        assert!(harassment("Sugar tits are a common bird at feeders in winter.").is_empty());
        assert!(
            harassment("I'd finish the report if I got an hour alone in the office.").is_empty()
        );
    }

    #[test]
    fn what_else_she_can_do_with_her_mouth() {
        read_all(
            &[
                "Send the pretty intern over, I'd like to see what else she can do with her mouth.",
                "I want to hear you scream my name, sweetheart.",
                "Sit on my lap and I'll tell you what I really think of your article.",
                "Bet you'd do anything for a promotion, and I mean anything.",
                "Post more photos in that skirt, it's the only reason I read your column.",
                "Your lips would look better wrapped around something of mine.",
            ],
            &[
                "I'd like to see what else she can do with her voice, the range is amazing.",
                "The dentist showed me what she can do with a mouth mirror.",
                "I want to hear you sing my song at the concert.",
                "My nephew sat on my lap for the whole film.",
                "I'd do anything for a promotion, and I mean anything, even night shifts.",
                "Post more photos in that skirt, the designer deserves the credit.",
                "His lips were wrapped around a pint glass all night.",
            ],
        );
    }

    #[test]
    fn a_mouth_better_used_for_something_else() {
        assert!(!harassment("ur mouth would be better used for something else luv").is_empty());
        assert!(harassment("your mouth would be better used for eating than talking").is_empty());
    }

    #[test]
    fn a_reader_tied_to_a_bed() {
        assert!(!harassment("Bet you'd look fit tied to my bed, sweetheart.").is_empty());
        assert!(harassment("The boat was tied to my dock all winter.").is_empty());
    }

    #[test]
    fn a_remark_said_of_a_woman_by_her_trade() {
        assert!(!harassment("Nice tits for a journalist, shame about the brain.").is_empty());
        assert!(harassment("Great tits for a birdwatcher are a common sight in May.").is_empty());
    }

    #[test]
    fn remarks_on_a_body() {
        assert_eq!(harassment("Nice rack, lady"), [(Remark, "Nice rack")]);
        assert_eq!(
            harassment("Wow, she has great tits"),
            [(Remark, "she has great tits")]
        );
        for text in [
            "Nice tits, show us more.",
            "nice ass",
            "Hey sexy, DM me",
            "You've got a nice butt",
            "That anchor has a nice rack",
            "She's got a huge rack",
            "your tits are amazing",
            "Damn, nice booty baby",
        ] {
            assert!(!harassment(text).is_empty(), "{text}");
        }
        for text in [
            "Great tits nest in holes in old trees",
            "A nice rack of lamb for Sunday lunch",
            "Nice bike rack outside the library",
            "She has great ideas",
            "The shop has a nice rack of dresses",
            "He has a big butt of a cigar in his mouth",
            "The council has a huge budget gap",
            "Hey, sexy headlines sell papers",
            "Your ass is grass, said the coach",
            "Nice try",
        ] {
            assert_eq!(harassment(text), [], "{text}");
        }
    }

    #[test]
    fn the_same_words_in_civil_sentences_are_not_harassment() {
        for text in [
            "The photos show the minister naked at the party",
            "Send me the pictures of your garden",
            "Send me a photo of what is under the bridge",
            "Show me what's under your sink, the plumber asked",
            "Show me your work, not your opinions",
            "Post a photo of the receipt",
            "Post some pics of the shop's new bikini range",
            "You'd feel better if you took your coat off, it's warm in here",
            "If you take your top off in this sun you will burn",
            "Хочу раздеть ёлку до Крещения.",
            "I want to see the evidence",
            "I would smash that record if I could",
            "I'd never sleep with you, said the actress in the interview",
            "Take your coat off and stay a while",
            "I want to sleep with the windows open",
            "I'd ride the bus if it came on time",
            "The show sends its best wishes to your feet and your hands, Doctor",
            "Naked pics of celebrities are not news",
            "He asked her to send nudes and was fired",
            "I would not touch you all over again, sorry",
            "I'm gonna laugh my butt off at how she incites liberals",
            "Reports list the creature as under 12 feet at least",
            "Don't send nudes to strangers",
            "We will smash you at the polls",
            "We will smash them in May",
            "I'd screw them over if I were the council",
            "I will ride you to the station",
            "I would bend over backwards for you",
            "I will bend the rules for you",
            "I will take you to bed and read you a story, the father said",
        ] {
            assert_eq!(harassment(text), [], "{text}");
        }
    }

    #[test]
    fn a_picture_asked_for_of_the_reader_undressed() {
        assert_eq!(
            harassment("Send me a photo of you in the shower and I'll leave you alone."),
            [(Solicitation, "Send me a photo of you in the shower")]
        );
        assert!(!harassment("send me a pic of you in a bikini").is_empty());
        assert!(!harassment("Скинь фотки в купальнике, красотка, не стесняйся.").is_empty());
        for text in [
            "Send me a photo of the bathroom with the new shower.",
            "Send me a photo of you in the office for the staff page.",
            "Пришлите фото ванной после ремонта.",
            "Скинь фото в ванной, где течёт кран.",
            "Скинь фотки с пляжа, мы в купальниках смотрелись смешно.",
        ] {
            assert_eq!(harassment(text), [], "{text}");
        }
    }

    #[test]
    fn a_price_asked_of_the_reader() {
        assert!(!harassment("Hey sweetheart, how much for an hour?").is_empty());
        assert!(!harassment("Сколько стоит ночь с тобой, журналисточка?").is_empty());
        for text in [
            "I asked how much for an hour of parking and they said ten pounds.",
            "Hey, how much for a night at the hotel by the lake?",
            "Сколько стоит ночь в этом отеле?",
        ] {
            assert_eq!(harassment(text), [], "{text}");
        }
    }

    #[test]
    fn a_person_wanted_alone_in_a_room() {
        assert!(!harassment("I'd love to get that reporter alone in a hotel room.").is_empty());
        assert_eq!(
            harassment("I'd love to get that reporter alone for a chat over coffee."),
            []
        );
    }

    #[test]
    fn a_boast_of_a_person_moaning_the_writer_s_name() {
        assert!(!harassment("I bet she'd moan my name if I got her alone.").is_empty());
        assert!(!harassment("You would be screaming my name all night.").is_empty());
        for civil in [
            "She'd moan about the weather all day.",
            "The crowd would scream my name at every concert, she said.",
        ] {
            assert_eq!(harassment(civil), [], "{civil}");
        }
    }

    #[test]
    fn clothes_ripped_off_and_undressing_for_a_reason() {
        assert!(!harassment("Rip her clothes off and see if she still talks so much.").is_empty());
        assert!(!harassment("Раздевайся и покажи, что у тебя под платьем.").is_empty());
        assert!(!harassment("Razdevaysya, shlyukha.").is_empty());
        assert!(
            !harassment("I'd bend that anchorwoman over the desk and show her real news.")
                .is_empty()
        );
        assert_eq!(harassment("Bend the pipe over the flame slowly."), []);
        for civil in [
            "Rip the tag off the new shirt before you wear it.",
            "Раздевайся, в бане жарко.",
            "Раздевайся, врач ждёт.",
            "Раздевайся в прихожей, на улице грязь.",
            "Раздевайся в коридоре, там вешалка.",
        ] {
            assert_eq!(harassment(civil), [], "{civil}");
        }
    }

    #[test]
    fn tied_up_and_filmed_undressing() {
        assert!(!harassment("I want to tie you up and do whatever I want with you.").is_empty());
        assert!(
            !harassment("Send me a video of you undressing, I'll make it worth your while.")
                .is_empty()
        );
        for civil in [
            "I want to tie up the loose ends of this story before we publish.",
            "Send me a video of the kids changing into their costumes for the school play.",
        ] {
            assert_eq!(harassment(civil), [], "{civil}");
        }
    }

    #[test]
    fn a_lap_a_desk_and_a_photo_in_underwear() {
        for text in [
            "Hey sexy, sit on my lap and tell me about your article.",
            "I'd like to bend this reporter over my desk.",
            "Скинь фотку в белье, красотка.",
        ] {
            assert!(!harassment(text).is_empty(), "{text}");
        }
        for civil in [
            "Grandpa said, sit on my lap and I'll read you a story.",
            "I'd like to bend the rules for this reporter's deadline.",
            "Скинь фотку кота, красотка.",
        ] {
            assert_eq!(harassment(civil), [], "{civil}");
        }
    }

    #[test]
    fn a_remark_then_a_shame_a_night_s_price_and_legs_spread() {
        for text in [
            "Nice tits, shame about the brain.",
            "How much for a night, princess?",
            "Раздвинь ноги, тогда и поговорим.",
        ] {
            assert!(!harassment(text).is_empty(), "{text}");
        }
        for civil in [
            "Nice shoes, shame about the rain.",
            "How much for a night at the inn, princess? asked the innkeeper in the play.",
            "Раздвинь шторы, светло же.",
        ] {
            assert_eq!(harassment(civil), [], "{civil}");
        }
    }

    #[test]
    fn better_without_the_clothes() {
        assert!(!harassment(
            "Love your profile pic, bet you look better without the clothes. DM me."
        )
        .is_empty());
        for text in [
            "The room would look better without the clutter.",
            "You look better without the beard, honestly.",
        ] {
            assert!(harassment(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_mouth_good_for_one_thing() {
        assert!(!harassment("That reporter's mouth is good for one thing only.").is_empty());
        assert!(harassment("That reporter's voice is good for radio.").is_empty());
    }

    #[test]
    fn a_request_after_a_pet_name() {
        read_all(
            &[
                "Hey gorgeous reporter, send me some pics in that skirt from the TV segment.",
                "Hey babe, send me some pics in that skirt.",
            ],
            &[
                "Hey love, send me the photos from the wedding.",
                "Gorgeous weather, send me pics of the beach.",
            ],
        );
    }

    #[test]
    fn remarks_of_the_hundred_and_nineteenth_set() {
        read_all(
            &[
                "Nice article, sweetheart. Now come sit on my knee and I'll explain the economy.",
                "You'd be prettier with your mouth full, love.",
                "That presenter has a body made for sin and a brain made for nothing.",
            ],
            &[
                "Come sit on my knee, Grandpa said, and I'll read you a story.",
                "You'd be better with your hands full of shopping bags than your phone.",
                "That presenter has a voice made for radio.",
            ],
        );
    }

    #[test]
    fn advances_of_the_hundred_and_twenty_second_set() {
        read_all(
            &[
                "Hey newsgirl, that skirt in your byline photo says you want it.",
                "I'd bend the weather presenter over the desk and show her a real cold front.",
                "Send me your number, sweetie, I'll review more than your article.",
                "You should be on your knees, not behind a keyboard.",
            ],
            &[
                "That skirt says you want it warm, wear tights.",
                "I'd bend the pipe over the edge of the desk.",
                "I'll review more than your article: the whole series, next week.",
                "You should be on your knees weeding, not behind a desk all day.",
            ],
        );
    }

    #[test]
    fn harassment_of_the_hundred_and_twenty_seventh_set() {
        read_all(
            &["Bet you'd look better with that blouse off, darling."],
            &[
                "The house would look better with that extension off, honestly.",
                "You'd look better with that hat on, it suits you.",
            ],
        );
    }

    #[test]
    fn harassment_of_the_hundred_and_forty_third_set() {
        read_all(
            &[
                "Feminists like her just need a good seeing-to.",
                "Women who wear skirts that short are asking for it.",
                "You're only on telly because the producer likes what's under your blouse.",
                "Tell the author I'm thinking about her tonight, in detail.",
                "Скинь фотки, тогда поговорим, красотка.",
                "Sana bir gece göstereyim gerçek erkek nasıl olur.",
            ],
            &[
                "The boiler needs a good seeing to.",
                "Shops that open on Christmas Day are asking for it.",
                "What's under your bed, the dust of ages?",
                "I'm thinking about her tonight, she has her exam tomorrow.",
                "Скинь фотки с выставки, пожалуйста.",
                "Gerçek erkek kadına saygı duyar.",
            ],
        );
    }

    #[test]
    fn harassment_of_the_hundred_and_forty_fifth_set() {
        read_all(
            &["Gamer girls only get followers by showing cleavage."],
            &["The dress shows a lot of cleavage, the designer said."],
        );
    }

    /// Pictures of the reader's breasts asked for, with the part in the genitive (`фото своих
    /// сисек`, `memelerinin fotoğrafını at`).
    #[test]
    fn breasts_asked_for_in_the_genitive_in_russian_and_turkish() {
        read_all(
            &[
                "Скинь фото своих сисек.",
                "Bana memelerinin fotoğrafını at.",
            ],
            &[
                "Скинь фото своих котов.",
                "Bana kedilerinin fotoğrafını at.",
            ],
        );
    }

    /// Pictures in underwear asked for, the reader wanted naked, in Russian and Turkish.
    #[test]
    fn underwear_pictures_asked_for_the_reader_wanted_naked_in_russian_and_turkish() {
        read_all(
            &[
                "Пришли фото в нижнем белье.",
                "Bana iç çamaşırlı fotoğrafını gönder.",
                "Хочу увидеть тебя голой.",
                "Seni çıplak görmek istiyorum.",
            ],
            &[
                "Пришли фото в нижнем регистре.",
                "Bana mayolu fotoğrafları göster, tatil nasıldı?",
                "Хочу увидеть тебя на концерте.",
                "Seni sahnede görmek istiyorum.",
            ],
        );
    }

    /// What English read and Russian or Turkish did not: naked photos asked for, a body
    /// remarked on with more asked.
    #[test]
    fn naked_photos_asked_for_and_a_body_remarked_on_in_russian_and_turkish() {
        read_all(
            &[
                "Скинь мне голые фото.",
                "Классные сиськи, покажи ещё.",
                "Güzel memeler, biraz daha göster.",
            ],
            &[
                "Скинь мне фото голых деревьев зимой.",
                "Красивые сиськи у статуи в Лувре.",
                "Güzel memeler için spor yapın.",
                "Покажи фото голых стен новой квартиры.",
            ],
        );
    }

    /// A sixteenth probe's harassment in three languages: a night with the reader's wife
    /// boasted of, the reader bent over a desk.
    #[test]
    fn a_wife_boasted_of_and_a_desk_in_three_languages() {
        read_all(
            &[
                "Your wife was great in bed last night, ask her.",
                "Твоя жена вчера была отлична в постели, спроси её.",
                "Karın dün gece yatakta harikaydı, sor istersen.",
                "Я бы нагнул тебя над этим столом.",
                "Seni o masanın üstüne eğerdim.",
            ],
            &[
                "My wife was great in bed last night, I finally slept well.",
                "Your wife was great in the play last night, tell her.",
                "Твоя жена вчера была отлична на концерте.",
                "Бабушка вчера была хороша в постели, наконец выспалась.",
                "Karın dün gece konserde harikaydı.",
                "Annen dün gece yatakta iyiydi, ateşi düştü.",
                "Я нагнул ветку над столом, чтобы сфотографировать цветы.",
                "Masanın üstüne eğerdim lambayı, daha iyi görmek için.",
            ],
        );
    }

    /// A ninth probe's harassment in three languages: undressing asked "for me", a night's
    /// price asked with a pet name, the reader pictured naked in the writer's bed.
    #[test]
    fn undressing_for_me_a_night_s_price_naked_in_my_bed_in_three_languages() {
        read_all(
            &[
                "Benim için soyun, bebeğim.",
                "Сколько за ночь, милая?",
                "Милая, сколько за ночь?",
                "Bir gecesi kaç para, tatlım?",
                "Tatlım, bir gecesi kaç para?",
                "You'd look better naked on my bed.",
                "Ты бы лучше смотрелась голой в моей постели.",
                "Yatağımda çıplak daha güzel görünürdün.",
            ],
            &[
                "Benim için sorun yok, gel.",
                "Benim için soyundu ve fotoğraf çekildi diye yazmışlar, yalan.",
                "Сколько за ночь в этой гостинице?",
                "Otelde bir gecesi kaç para?",
                "Bir gecesi kaç para bu otelin, tatlım bilir mi?",
                "I sleep naked in my bed in summer.",
                "You know I sleep naked in my bed.",
                "Я сплю голым в своей постели.",
                "Yatağımda çıplak uyurum yazın.",
                "Dün yatağımda çıplak uyudum.",
            ],
        );
    }

    /// What session 60's probes left unread: a body remarked on and the reader asked to the
    /// writer's room, a night's price with the reader (in English since session 63, `much`
    /// its cue: `night` is in a quarter of the benchmark's typical comments and made every
    /// verdict 15% slower; `much` is in none of them, and in 6% of Jigsaw's, which it slowed
    /// by no more than the noise), the reader naked on the writer's bed.
    #[test]
    fn a_room_after_a_remark_a_night_with_you_naked_on_my_bed() {
        read_all(
            &[
                "Классная задница, приходи ко мне в номер вечером.",
                "Güzel kalça, bu gece odama gel.",
                "Seninle bir gece kaça?",
                "Ты бы лучше смотрелась голой на моей кровати.",
                "How much for a night with you?",
                "How much for an hour with you, sweetheart?",
            ],
            &[
                "Классная задница у этой статуи, в музее.",
                "Güzel kalça protezi ameliyatı başarılı geçti.",
                "How much for a night at the inn?",
                "How much for a night at the hotel with the kids?",
                "How much for an hour of parking, does anyone know?",
                "Seninle bir gece sohbet etmek isterim.",
                "Я сплю голым на своей кровати.",
            ],
        );
    }

    /// A twenty-third probe: what is under the reader's blouse asked for in Russian and
    /// Turkish, a woman at work told to do it naked; feet asked for their care are no
    /// solicitation.
    #[test]
    fn under_the_blouse_naked_at_work_feet_for_the_physio() {
        read_all(
            &[
                "Покажи, что у тебя под кофточкой, красотка.",
                "Bluzunun altında ne var göster bakalım güzelim.",
                "The weather girl should do the forecast naked, ratings would triple.",
                "That anchorwoman ought to read the news topless.",
                "Send me a pic of your feet and I'll tell you what I'd do to them.",
            ],
            &[
                "Покажи, что у тебя под кроватью, там что-то шуршит.",
                "Çantanda ne var göster bakalım, gümrük memuru soruyor.",
                "The weather girl should do the forecast from a kayak.",
                "The anchor should present the naked truth about the budget.",
                "The comet should be visible to the naked eye, the reporter said.",
                "Send me a pic of your feet after the marathon, the physio wants to see the blisters.",
            ],
        );
    }

    /// A twenty-fourth probe: the reader's nights guessed at, in three languages; lips
    /// wrapped around something; a lap to sit on with a pet name; clothes to take off in
    /// Russian and Turkish, and not a top taken off a pile.
    #[test]
    fn nights_guessed_lips_a_lap_clothes_off() {
        read_all(
            &[
                "Bet you're wild in bed, reporter girl.",
                "Спорим, ты в постели дикая, журналисточка.",
                "Eminim yatakta vahşisindir, muhabir kız.",
                "Your lips would look better wrapped around something else.",
                "Come sit on my lap and tell me about the budget, sweetie.",
                "Сними кофточку, тогда поговорим о политике.",
                "Şu bluzu çıkar da siyaset konuşalım.",
                "Take that top off and then we can talk politics.",
            ],
            &[
                "Bet you're busy at the paper this week, with the election.",
                "Bet you're good in bed by ten, early shift tomorrow.",
                "The baby is wild in bed at night, we never sleep.",
                "Спорим, ты на этой неделе занята выборами.",
                "Eminim bu hafta seçimle çok meşgulsündür.",
                "Your lips look chapped, try some balm in this cold.",
                "Come sit with us and tell us about the budget, sweetie.",
                "Сними кофточку с вешалки, она для ярмарки.",
                "Şu bluzu askıdan al, kermes için.",
                "Take that top off the pile, it's the one for the jumble sale.",
            ],
        );
    }

    /// A twenty-sixth probe: the reader pictured the better for having nothing on, and a
    /// picture from the shower asked for, in three languages.
    #[test]
    fn better_undressed_and_pictured_in_the_shower() {
        read_all(
            &[
                "Bet you look even better with nothing on.",
                "I bet you'd look good with nothing on.",
                "Спорим, без одежды ты выглядишь ещё лучше.",
                "Без одежды ты смотришься лучше.",
                "Bahse girerim çıplakken daha da güzelsin.",
                "Çıplakken çok seksisin.",
                "Пришли мне фото из душа, красавица.",
                "Bana duşta bir fotoğrafını gönder güzelim.",
            ],
            &[
                "Bet you look even better in the new uniform.",
                "You look better with nothing on your mind after a holiday.",
                "Спорим, в новой форме ты выглядишь ещё лучше.",
                "Без одежды ты замёрзнешь, возьми куртку.",
                "Bahse girerim yeni üniformayla daha da güzelsin.",
                "Çıplak gözle görülebilen bir yıldız.",
                "Пришли мне фото плитки в душе, хочу такую же.",
                "Bana duştaki fayansların fotoğrafını gönder, aynısını istiyorum.",
            ],
        );
    }

    /// A twenty-eighth probe: a career talked over in the writer's hotel room, a mouth
    /// better used for something else.
    #[test]
    fn a_hotel_room_and_a_mouth() {
        read_all(
            &[
                "Come to my hotel room and we'll talk about your career.",
                "Your mouth is better used for something other than talking.",
                "Your mouth would be better used for something else, sweetie.",
            ],
            &[
                "Come to my office and we'll talk about your career.",
                "Your mouth is better than mine at tongue twisters.",
                "Your mouth guard is better used for rugby than boxing.",
            ],
        );
    }

    /// An older set's miss: sex offered after a remark on a woman's body.
    #[test]
    fn i_would_give_her_one() {
        read_all(
            &[
                "What a pair on that newsreader, I'd give her one.",
                "Nice rack on the weather girl, I'd give her one.",
            ],
            &[
                "She deserves another go, I'd give her one more chance.",
                "What a pair of boots, I'd give her one if she wants.",
            ],
        );
    }

    /// A thirty-first probe: sexual harassment in three languages, the writer's pleasure told
    /// to the reader, the reader's guessed at, a face sat on, a body licked.
    #[test]
    fn harassment_of_the_thirty_first_probe() {
        read_all(
            &[
                "I'm touching myself reading your column.",
                "Reading your column, I'm touching myself.",
                "Yazını okurken kendimi okşuyorum.",
                "Читаю твою колонку и дрочу.",
                "Bet you moan like a pornstar.",
                "Спорим, ты стонешь как порноактриса.",
                "Bahse girerim porno yıldızı gibi inliyorsundur.",
                "I want to lick every inch of you, reporter girl.",
                "Хочу облизать тебя всю, журналистка.",
                "Seni baştan aşağı yalamak istiyorum muhabir kız.",
                "Я бы тебя нагнул прямо на этом столе.",
                "Сядь мне на лицо, потом обсудим политику.",
                "Yüzüme otur da siyaset konuşalım.",
                "Bu gazeteciye sert bir sik lazım, sakinleşir.",
            ],
            &[
                "The doctor said to keep touching myself for lumps, and your article reminded me.",
                "Bu işle kendimi tatmin ediyorum, sana da tavsiye ederim.",
                "Yazını okurken kedimi okşuyorum.",
                "Я дрочу английский по твоей методике каждый день.",
                "You moan like a teenager about the referee.",
                "In the film she moans like a porn star, which is the point of the satire.",
                "Film boyunca porno yıldızı gibi inliyor, eleştirmenler gülüyor.",
                "I want to read every inch of your report.",
                "Я бы нагнул ветку над столом, чтобы сорвать яблоко.",
                "Сядь мне на хвост, и поедем вместе.",
                "Yüzüme bak da siyaset konuşalım.",
                "Bu bahçeye sık bir çit lazım.",
            ],
        );
    }

    /// The forty-ninth probe: harassment by innuendo, in three languages (`I'd love to see
    /// what you look like without that blouse`, `your mouth is made for something better than
    /// journalism`, `такую журналистку я бы отвёз на дачу и не отпускал`, `bu muhabiri bir gece
    /// bana bırakın`); not a new beard, a warmer coat, a voice made for radio, a dog or a cat.
    #[test]
    fn harassment_by_innuendo() {
        read_all(
            &[
                "I'd love to see what you look like without that blouse, Sarah.",
                "You should wear a shorter skirt for your next interview.",
                "I'd ruin that pretty reporter if I got her alone.",
                "Your mouth is made for something better than journalism.",
                "Давай лучше фотки в купальнике, а не статьи.",
                "Такую журналистку я бы отвёз на дачу и не отпускал.",
                "Твой рот создан не для журналистики.",
                "Sana yazı değil başka şeyler yakışır, güzelim.",
                "Bu muhabiri bir gece bana bırakın.",
                "I can only imagine what you look like without your uniform, officer.",
                "She should be wearing a tighter top on air.",
                "Her lips are made for other things than reading the news.",
                "Если бы я увёз эту ведущую, то запер бы на даче и не отпускал.",
                "Bu spikeri bir gece bana bırak.",
                "Скинь лучше фото в белье, а не статьи.",
            ],
            &[
                "I'd love to see what you make of the new blouse collection, Sarah.",
                "Bet you'd look better in the team photo next year, mate.",
                "Smile more at the camera, the photographer told the players.",
                "You should wear a warmer coat for your next interview outside.",
                "Come sit on the sofa and tell me about politics, grandad.",
                "I'd ruin that pretty cake if I tried to ice it myself.",
                "Send me a photo of your garden and I'll share it with the club.",
                "Your voice is made for radio, honestly.",
                "Давай лучше фотки с отпуска, а не отчёты.",
                "Такую собаку я бы взял на дачу и не отпускал.",
                "Твой голос создан для радио.",
                "Sana bu ceket çok yakışır, güzelim.",
                "Bu kediyi bir gece bana bırakın, bakarım.",
                "Sesin radyo için yaratılmış.",
                "I can only imagine what you look like without your glasses now.",
                "She should be wearing a warmer coat in this weather.",
                "Her lips are made of wax at the museum.",
                "Я бы увёз эту собаку на дачу и не отпускал.",
                "Bu arabayı bir gece bana bırak, yarın getiririm.",
                "Скинь лучше фото с моря, красиво же.",
                "You look like a new person without that beard.",
            ],
        );
    }
}
