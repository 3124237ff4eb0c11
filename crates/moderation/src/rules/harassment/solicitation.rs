//! Solicitation: the reader asked for nudes, to show their body or to undress, in a request
//! that opens its clause (`send nudes`, `show me your boobs`, `take your clothes off for me`,
//! `скинь нюдсы`, `çıplak fotoğraf at`), and nothing before it but politeness or pressure.

use super::{CLOTHES, PARTS, PET_NAMES, ROLES, UNDERWEAR};
use crate::rules::clauses::{Clause, Lexicon};

/// Asking for something to be sent or shown.
static ASK: Lexicon = Lexicon::new(
    "send show post dm pm text flash give share upload snap sent shows sends \
     скинь скиньте пришли пришлите покажи покажите",
);

/// The same in Russian, which asks without a possessive (`покажи сиськи`).
static ASK_RU: Lexicon = Lexicon::new("скинь скиньте пришли пришлите покажи покажите");

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

/// What may come before a request that opens its clause: politeness and pressure.
static BEFORE_ASKING: Lexicon = Lexicon::new(
    "please pls plz can could will would you just go now come on hey why do not i want need \
     to so then and ну давай давайте а hadi lutfen bana su",
);

/// What is asked for, whoever's it is.
pub(super) static NUDES: Lexicon = Lexicon::new("nudes nude nudies nudez noods noodz нюдсы нюдс");

/// Asking in Turkish, after what is asked for (`çıplak fotoğraf at`, `memelerini göster`).
static TR_ASK: Lexicon = Lexicon::new("at atsana gonder gondersene goster gostersene");

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

/// What a Turkish request names before its verb: `çıplak` (naked), the reader's breasts.
pub(super) static BEFORE_TR_ASK: Lexicon = Lexicon::new(
    "ciplak memelerini memelerinin memeni goguslerini goguslerinin gogsunu gogusunu camasirli \
     dusta",
);

/// Pictures, for `naked pics`.
static PICTURES: Lexicon = Lexicon::new(
    "pic pics picture pictures photo photos selfie selfies video videos фото фотки фотку \
     фоточку фотографию fotograf \
     fotografini foto",
);

/// Russian clothes, in the instrumental after `под` ("under"): `под кофточкой`.
pub(super) static RU_CLOTHES_UNDER: Lexicon =
    Lexicon::new("кофточкой блузкой юбкой футболкой майкой платьем халатом маечкой");

/// Russian clothes taken off, in the accusative: `сними кофточку`.
pub(super) static RU_CLOTHES_OFF: Lexicon =
    Lexicon::new("кофточку блузку юбку футболку майку платье трусы трусики лифчик маечку");

/// Turkish clothes taken off, in the accusative: `bluzu çıkar`, `eteğini çıkar`.
pub(super) static TR_CLOTHES_OFF: Lexicon =
    Lexicon::new("bluzu bluzunu etegini tisortunu elbiseni sutyenini kulotunu atletini");

/// Turkish clothes, the reader's, in the genitive: `bluzunun` ("of your blouse").
pub(super) static TR_CLOTHES_OF: Lexicon =
    Lexicon::new("bluzunun eteginin tisortunun elbisenin gomleginin atletinin");

impl Clause<'_> {
    /// Whether a request at `i` opens its clause: nothing before it but politeness and
    /// pressure (`please send`, `why don't you show`).
    pub(super) fn opens_request(&self, i: usize) -> bool {
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
    pub(super) fn solicitation(&self, i: usize) -> Option<usize> {
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
}
