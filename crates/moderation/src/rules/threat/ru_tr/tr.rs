//! Threats in Turkish: the writer's intent (`seni öldüreceğim`), calls (`hepsi asılmalı`) and
//! menaces (`gününü göreceksin`).

use super::{
    starts_with_any, TR_CALL, TR_DESTROY, TR_HARM, TR_HARM_INF, TR_MENACE_AFTER_IF,
    TR_NOBODY_CARES, TR_TO_HARM, TR_WANT_TO_HARM,
};
use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};
use crate::rules::threat::ThreatKind;

/// Turkish for "(has) no right to live": `senin gibilerin yaşamaya hakkı yok`.
pub(super) const TR_NO_RIGHT_TO_LIVE: &[&[&str]] = &[
    &["yasamaya", "hakki", "yok"],
    &["yasamaya", "haklari", "yok"],
    &["yasama", "hakki", "yok"],
    &["yasama", "haklari", "yok"],
];

/// Turkish body parts a harm is called on (`dilini koparmak lazım`: "his tongue must be torn
/// out").
static TR_BODY: Lexicon = Lexicon::new(
    "dilini kafasini ellerini kollarini bacaklarini gozlerini dislerini boynunu parmaklarini \
     ayaklarini dizlerini elini kolunu bacagini ayagini burnunu cenesini bogazini",
);

/// People by their role, as the subject of a passive: `bu yazar kurşunlanmalı` ("this writer
/// should be shot").
static TR_ROLES_SUBJECT: Lexicon =
    Lexicon::new("yazar gazeteci muhabir hain yazarlar gazeteciler hainler");

/// People by their role, as the object of a Turkish verb (`yazarı`, "the writer").
static TR_ROLES_OBJECT: Lexicon = Lexicon::new(
    "yazari yazarlari gazeteciyi gazetecileri muhabiri editoru bakani vekili hakemi yonetmenini \
     yonetmeni sunucuyu sarkiciyi elestirmeni ogretmeni ogretmenleri muduru hocayi papazi imami \
     zabitalari polisleri soforu polisler hakimler savcilar avukati avukatlari insanini \
     karsitlarini baskanini baskani feministler feministleri hakimi hakimleri savciyi",
);

/// Someone's home or car, as the object of a Turkish verb (`evini`, "your/his house").
static TR_HOMES: Lexicon = Lexicon::new(
    "evini evinizi evlerini arabani arabanizi arabasini camini caminizi dukkanini dukkaninizi \
     ofisini ofisinizi kiliseni kilisenizi sinagogunu sinagogunuzu",
);

/// Someone's limbs or head, in Turkish (`elleri`, "his hands"), to be broken or cut.
pub(super) static TR_LIMBS: Lexicon =
    Lexicon::new("elleri kollari bacaklari parmaklari kafasi dizleri dili dilleri");

/// The same as objects (`parmaklarını`, "his fingers"), for `... kırmalı` ("should break").
pub(super) static TR_LIMBS_OF: Lexicon =
    Lexicon::new("ellerini kollarini bacaklarini parmaklarini kafasini dizlerini dilini");

/// People in the Turkish genitive, whose limbs those are (`yazarın`, "the writer's").
static TR_WHOSE: Lexicon = Lexicon::new(
    "yazarin gazetecinin adamin bakanin hakemin senin onun gazetecilerin yazarlarin yazanin",
);

/// The reader and their own, harm done to whom (`ailene`, "to your family").
static TR_TO_SOMEONE: Lexicon =
    Lexicon::new("sana size ailene ailenize cocuklarina cocuklariniza esine annene kizina ogluna");

/// Turkish persons as objects, and their bodies (`kemiklerini kırarım`: "I'll break your
/// bones").
static TR_PERSON: Lexicon = Lexicon::new(
    "seni sizi onu onlari hepinizi hepsini hepsi onlar \
     bunlar bunlari kafani kafanizi kafana kafaniza kafasina kafasini boynunu evini aileni \
     kemiklerini bacaklarini kollarini dislerini senin ellerini parmaklarini gazetenizi gazeteni \
     sizin adamlar insanlar suratini yuzunu agzini adamlari kizini oglunu esini cocuklarini",
);

impl Clause<'_> {
    /// Whether word `k` is a person as a Turkish object: the reader, someone by role
    /// (`gazeteciyi`), or a group.
    fn tr_person_object(&self, k: usize) -> bool {
        self.is(k, &TR_PERSON) || self.is(k, &TR_ROLES_OBJECT) || self.is_people(k)
    }

    /// Whether word `k` is people by their trade, as an object or a genitive
    /// (`bisikletçileri`, "cyclists"; `protestocuların`, "protesters'").
    fn tr_people_of_a_trade(&self, k: usize) -> bool {
        let endings = [
            "cileri", "cilari", "culari", "culeri", "cilerin", "cilarin", "cularin", "culerin",
        ];
        endings.iter().any(|e| self.at(k).ends_with(e))
    }

    /// Whether a word before `i` is a Turkish condition in the second person (`yazarsan`, "if
    /// you write"; `yayınlarsanız`): the reader's own deed.
    fn tr_if_you_before(&self, i: usize) -> bool {
        (0..i).any(|k| {
            let w = self.at(k);
            w.chars().count() >= 5
                && ["rsan", "rsen", "rsaniz", "rseniz"]
                    .iter()
                    .any(|e| w.ends_with(e))
        })
    }

    /// [`Clause::threat_ru_tr`] in Turkish: `seni hastanelik ederim`, `bu gazeteciyi linç etmek
    /// lazım`, `yazarın evini yakın`, `Kürtleri denize dökmek lazım`, `keşke bir kaza geçirsen`.
    pub(super) fn threat_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        self.intent_tr(i)
            .or_else(|| self.call_tr(i))
            .or_else(|| self.menace_tr(i))
    }

    /// The writer's own harm promised, in Turkish: `seni hastanelik ederim` ("I'll put you in
    /// hospital"), `seni ve aileni yok edeceğim` ("I'll destroy you and your family").
    fn intent_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Intent;
        // `seni hastanelik ederim` ("I'll put you in hospital"), `... edeceğim`.
        if self.at(i) == "hastanelik"
            && self.is(i + 1, &["ederim", "edecegim", "ederiz", "edecegiz"])
            && self.any_in(i.saturating_sub(3)..i, &TR_PERSON)
        {
            return Some((Intent, i, i + 2));
        }
        // `bu yazarı dövmek istiyorum` ("I want to beat this writer"), `senin gibi kadınları
        // dövmek lazım`: a person the object (not `halıyı dövmek istiyorum`, the carpet).
        // (`seni öldürmek için sabırsızlanıyorum`, "I can't wait to kill you".)
        if self.is(i, &TR_WANT_TO_HARM)
            && (self.is(i + 1, &["istiyorum", "isterim", "lazim", "gerek"])
                || self.seq(i + 1, &["icin", "sabirsizlaniyorum"]))
            && i > 0
            && self.tr_person_object(i - 1)
        {
            return Some((Intent, i - 1, i + 2));
        }
        // `seni ve aileni yok edeceğim` ("I'll destroy you and your family").
        if self.is(i, &TR_DESTROY)
            && i > 0
            && self.at(i - 1) == "yok"
            && self.any_in(i.saturating_sub(4)..i, &TR_PERSON)
        {
            return Some((Intent, i - 1, i + 1));
        }
        // Not the writer's own self: `yoksa kendimi öldürürüm` ("or I'll kill myself"),
        // `kendimi kesicem şimdi geberticem` ("I'll cut myself, I'll do myself in").
        let oneself = self.any_in(i.saturating_sub(3)..i, &["kendimi", "kendimizi"]);
        if self.is(i, &TR_HARM) && !oneself {
            // "Kill" needs no person named (`bu gazeteciyi öldüreceğim`: the object's case
            // endings are too many to list), except in "killing time" (`zamanı öldüreceğim`).
            let kills = starts_with_any(self.at(i), &["oldur", "gebert"])
                && !(i > 0 && starts_with_any(self.at(i - 1), &["zaman", "vakit"]));
            // `sokakta görsem döverim` ("if I saw him in the street I'd beat him"): the
            // conditional says the writer means someone.
            // (And `seni sokakta gördüğüm yerde döverim`, "wherever I see you in the street".)
            let if_i_saw = (i.saturating_sub(3)..i).any(|k| {
                let w = self.at(k);
                w.chars().count() >= 5 && (w.ends_with("sem") || w.ends_with("sam"))
            }) || self.at(i.wrapping_sub(1)) == "yerde"
                && self.any_in(0..i, &["seni", "sizi"]);
            // Shooting (`sıkmak`, also "to squeeze") only at a head: `kafana sıkarım`, not
            // `senin için limon sıkacağım` ("I'll squeeze a lemon for you").
            let at_a_head = !self.at(i).starts_with("sik")
                || (i.saturating_sub(3)..i + 3).any(|k| self.at(k).starts_with("kafa"));
            // `evini yakacağız` ("we'll burn your house"): a home burnt is its people harmed.
            let their_home = self.at(i).starts_with("yak")
                && (i.saturating_sub(2)..i).any(|k| self.is(k, &TR_HOMES));
            // (`kafanı duvara vura vura kırarım`: the head a few words before; not the writer's
            // own, `kafamı duvara vuracağım`.)
            let own = ["kafami", "kafama", "kafamizi", "kafamiza"];
            let head_before = (i.saturating_sub(5)..i)
                .any(|k| self.at(k).starts_with("kafa") && !self.is(k, &own));
            // (`seni de ailenle beraber yakacağız`, "we'll burn you along with your family".)
            let with_family = self.any_in(i.saturating_sub(5)..i, &["seni", "sizi"])
                && self.any_in(
                    i.saturating_sub(3)..i,
                    &["ailenle", "ailenizle", "cocuklarinla"],
                );
            // (`dilini keseceğim`, "I'll cut your tongue": the reader's body just before.)
            let body_before = (i.saturating_sub(2)..i).any(|k| self.is(k, &TR_BODY));
            // (`bu yazarı vuracağım`, "I'll shoot this writer": someone by role too.)
            let person =
                (i.saturating_sub(3)..i + 4).any(|k| self.tr_person_object(k)) || body_before;
            if (kills || person || if_i_saw || their_home || head_before || with_family)
                && at_a_head
            {
                return Some((Intent, i, i + 1));
            }
        }
        // `Ailene zarar vereceğiz` ("we'll harm your family"): harm done to the reader or their
        // own (not `ekonomiye zarar vereceğiz`, "... the economy").
        if self.at(i) == "zarar"
            && self.is(i + 1, &["verecegim", "verecegiz", "veririm", "veririz"])
            && self.any_in(i.saturating_sub(3)..i, &TR_TO_SOMEONE)
        {
            return Some((Intent, i.saturating_sub(1), i + 2));
        }
        // `Seni öldürmeye geliyoruz` ("we're coming to kill you"; not `seni izlemeye
        // geliyoruz`, "... to watch you").
        if self.is(i, &TR_TO_HARM)
            && self.at(i + 1).starts_with("gel")
            && self.any_in(i.saturating_sub(3)..i, &TR_PERSON)
        {
            return Some((Intent, i, i + 2));
        }
        // `seni öldürene kadar peşini bırakmayacağım` ("I won't leave you alone until I kill
        // you").
        if self.seq(i, &["oldurene", "kadar"])
            && self.any_in(i.saturating_sub(3)..i, &["seni", "sizi"])
        {
            return Some((Intent, i.saturating_sub(1), i + 2));
        }
        // `Hepinizin kökünü kazıyacağız` ("we'll root out every one of you"): people rooted
        // out (not `yolsuzluğun kökünü kazıyacağız`, "... corruption", a politician's promise).
        if self.is(i, &["kokunu", "kokunuzu"])
            && self.is(i + 1, &["kaziyacagiz", "kaziyacagim", "kaziriz", "kazirim"])
            && i > 0
            && (self.is(
                i - 1,
                &["hepinizin", "sizin", "senin", "onlarin", "hepsinin"],
            ) || self.is_people(i - 1))
        {
            return Some((Intent, i - 1, i + 2));
        }
        // `Sana tecavüz edeceğim` ("I'll rape you"): said to the reader.
        if self.at(i) == "tecavuz"
            && self.is(i + 1, &["edecegim", "ederim", "edecegiz", "ederiz"])
            && self.any_in(i.saturating_sub(3)..i, &["sana", "size", "seni", "sizi"])
        {
            return Some((Intent, i.saturating_sub(1), i + 2));
        }
        // `sana bir tokat atsam dünyayı unutursun` ("if I slapped you, you'd forget the
        // world"): a blow promised to the reader (not `maçta bir tokat gibi gol attık`).
        if self.at(i) == "tokat"
            && self.is(
                i + 1,
                &["atsam", "atarim", "atacagim", "atariz", "atacagiz", "atsak"],
            )
            && self.any_in(i.saturating_sub(3)..i, &["sana", "size"])
        {
            return Some((Intent, i, i + 2));
        }
        // `senin o ince boynunu bir kırsam` ("if I could break that thin neck of yours").
        if self.at(i) == "boynunu" {
            let broken = (i + 1..(i + 3).min(self.len())).find(|&k| {
                let w = self.at(k);
                w.starts_with("kir")
                    && ["sam", "arim", "acagim", "ariz", "acagiz"]
                        .iter()
                        .any(|e| w.ends_with(e))
            });
            if let Some(k) = broken {
                return Some((Intent, i, k + 1));
            }
        }
        // `Seni öldürmeye yeminliyim` ("I've sworn to kill you").
        if self.at(i) == "yeminliyim"
            && i > 0
            && self.is(i - 1, &TR_TO_HARM)
            && self.any_in(0..i, &["seni", "sizi"])
        {
            return Some((Intent, i - 1, i + 1));
        }
        None
    }

    /// A harm called for or wished, in Turkish: `bu gazeteciyi linç etmek lazım` ("this
    /// journalist must be lynched"), `keşke bir kaza geçirsen` ("I wish you had an accident").
    fn call_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::{Call, Intent};
        let near = |set: &Lexicon| self.any_in(i.saturating_sub(3)..i + 4, set);
        // `senin gibi pislikleri temizlemek lazım` ("scum like you must be cleaned away"),
        // `... sokakta ezmek lazım` ("... crushed in the street"): people like the reader (not
        // `evi temizlemek lazım`, the house, nor `sarımsakları ezmek lazım`, the garlic).
        if self.is(i, &["temizlemek", "ezmek"])
            && self.is(i + 1, &["lazim", "gerek", "sart"])
            && (i.saturating_sub(4)..i)
                .any(|k| self.seq(k, &["senin", "gibi"]) || self.seq(k, &["sizin", "gibi"]))
        {
            return Some((Call, i, i + 2));
        }
        // `Bu kadını döverek adam etmek lazım` ("this woman must be beaten into shape"); `Senin
        // gibi kadın dayak yer` ("a woman like you gets beaten").
        if self.at(i) == "doverek"
            && (i.saturating_sub(3)..i)
                .any(|k| self.tr_person_object(k) || self.is(k, &["kadini", "kizi"]))
        {
            return Some((Call, i.saturating_sub(2), i + 1));
        }
        if self.seq(i, &["dayak", "yer"])
            && (i.saturating_sub(4)..i).any(|k| self.seq(k, &["senin", "gibi"]))
        {
            return Some((Call, i.saturating_sub(4), i + 2));
        }
        // `Bu şoförün ehliyetini değil kafasını almak lazım` ("not this driver's licence but
        // his head must be taken").
        if self.seq(i, &["kafasini", "almak"]) && self.is(i + 2, &["lazim", "gerek", "lazimdir"]) {
            return Some((Call, i, i + 3));
        }
        // `Bu çevreci soytarıları yolun ortasında ezip geçmek lazım` ("these eco clowns must
        // be run over in the middle of the road"): people run over (not `engelleri ezip
        // geçmek lazım`, "obstacles must be crushed through", said of no one).
        if self.seq(i, &["ezip", "gecmek"]) && self.is(i + 2, &["lazim", "gerek", "lazimdir"]) {
            let people = (i.saturating_sub(6)..i).any(|k| {
                self.is(k, &["seni", "sizi", "onlari", "bunlari", "hepsini"])
                    || self.any_in(k.saturating_sub(2)..k, &["bu", "su", "o"])
                        && (self.at(k).ends_with("lari") || self.at(k).ends_with("leri"))
            });
            if people {
                return Some((Call, i, i + 3));
            }
        }
        // `yazarın evini yakın` ("burn the writer's house"): `yakın` ordered, after what is
        // burnt (not `eve yakın bir park`, "a park near the house").
        if self.is(i, &["yakin", "basalim", "yakalim"])
            && i > 0
            && self.is(
                i - 1,
                &[
                    "evini",
                    "evlerini",
                    "arabasini",
                    "gazetesini",
                    "gazeteyi",
                    "burosunu",
                ],
            )
        {
            return Some((Call, i - 1, i + 1));
        }
        // `Biri onların haber merkezine bomba koymalı` ("someone should put a bomb in their
        // newsroom"): a bomb for a place.
        let places = [
            "merkezine",
            "binasina",
            "evine",
            "ofisine",
            "camiye",
            "kiliseye",
            "okuluna",
            "gazetesine",
            "gazeteye",
        ];
        if self.at(i) == "bomba"
            && self.is(
                i + 1,
                &["koymali", "koyun", "koyalim", "atmali", "atin", "atalim"],
            )
            && self.any_in(i.saturating_sub(3)..i, &places)
        {
            return Some((Call, i.saturating_sub(1), i + 2));
        }
        // `Bu muhabire beyzbol sopasıyla ders vermek lazım` ("this reporter must be taught a
        // lesson with a baseball bat"; not `Excel dersi vermek lazım`).
        if self.is(i, &["sopasiyla", "sopayla", "copla", "coplarla"])
            && self.is(i + 1, &["ders", "dayak"])
            && self.any_in(i + 2..i + 4, &["lazim", "gerek", "verilmeli", "atmali"])
        {
            return Some((Call, 0, i + 4));
        }
        // `O editörün sokakta dövüldüğünü görmek için para verirdim` ("I'd pay to see that
        // editor beaten in the street"; not `o editörü sahnede görmek için ...`).
        if self.is(i, &["dovuldugunu", "olduruldugunu", "asildigini", "linc"])
            && self.seq(i + 1, &["gormek", "icin"])
            && self.said_next(i + 3, 3, &["verirdim", "veririm", "verirdik"])
        {
            return Some((Call, 0, i + 3));
        }
        // `O gazeteciyi bir direkte sallanırken görmek isterim` ("I'd like to see that
        // journalist swinging from a pole"): someone named, hanged in a wish (not `bayrağı
        // direkte sallanırken görmek isterim`, a flag).
        if self.at(i) == "sallanirken"
            && self.is(i + 1, &["gormek", "gorsem"])
            && (i.saturating_sub(4)..i).any(|k| self.tr_person_object(k))
        {
            return Some((Call, 0, (i + 3).min(self.len())));
        }
        // `Biri o gazeteyi arayıp bomba ihbarı yapsın` ("someone call that paper and report a
        // bomb"): a hoax asked for (not `biri okulu arayıp bomba ihbarı yaptı`, a report).
        if self.seq(i, &["bomba", "ihbari"])
            && self.is(
                i + 2,
                &["yapsin", "yapin", "yapalim", "yapmali", "yapmaliyiz"],
            )
        {
            return Some((Call, i, i + 3));
        }
        // `Yahudiler gaz odasına gönderilmeli` ("the Jews should be sent to the gas chamber").
        if self.is(i, &["odasina", "odalarina"])
            && i > 0
            && self.at(i - 1) == "gaz"
            && self.is(
                i + 1,
                &[
                    "gonderilmeli",
                    "atilmali",
                    "sokulmali",
                    "tikilmali",
                    "gonderilsin",
                ],
            )
            && ((0..i - 1).any(|k| self.is_people(k) || self.tr_person_object(k))
                || self.group_named_before())
        {
            return Some((Call, i - 1, i + 2));
        }
        // `Seni diri diri yanarken görmek isterim` ("I'd like to see you burn alive").
        if self.is(i, &["yanarken", "yakilirken"])
            && i >= 2
            && self.seq(i - 2, &["diri", "diri"])
            && self.at(i + 1) == "gormek"
            && self.is(i + 2, &["isterim", "istiyorum"])
        {
            return Some((Call, i - 2, i + 3));
        }
        // `Hepsini kurşuna dizin` ("shoot them all"), an order said of people.
        if self.at(i) == "kursuna"
            && self.is(i + 1, &["dizin", "dizelim", "dizsinler", "dizmek"])
            && (i.saturating_sub(3)..i)
                .any(|k| self.tr_person_object(k) || self.is(k, &["hepsini", "hepinizi"]))
        {
            return Some((Call, i, i + 2));
        }
        // `Kafana bir kurşunla daha iyi görünürdün` ("you'd look better with a bullet in your
        // head").
        if self.at(i) == "kursunla"
            && self.any_in(
                i.saturating_sub(3)..i,
                &["kafana", "kafanda", "alninda", "alnina"],
            )
            && self.any_in(i + 1..i + 5, &["gorunurdun", "gorunurdunuz", "gorunursun"])
        {
            return Some((Call, i.saturating_sub(2), i + 1));
        }
        // `yazara bir tane patlatmak lazım` ("someone should smack the writer one").
        if self.at(i) == "patlatmak"
            && i >= 2
            && self.seq(i - 2, &["bir", "tane"])
            && self.is(i + 1, &["lazim", "gerek", "lazimdir"])
        {
            return Some((Call, i - 2, i + 2));
        }
        // `senin gibi kadınlar dövülmeyi hak ediyor` ("women like you deserve a beating");
        // `Tecavüze uğramayı hak ediyorsun` ("you deserve to be raped"), the reader by the
        // verb's person.
        let raped = self.at(i) == "ugramayi" && i > 0 && self.at(i - 1) == "tecavuze";
        if (self.is(i, &["dovulmeyi", "olmeyi", "asilmayi", "vurulmayi"]) || raped)
            && self.at(i + 1) == "hak"
            && self.at(i + 2).starts_with("ed")
            && (self.any_in(
                i.saturating_sub(4)..i,
                &["senin", "sizin", "sen", "siz", "onlar"],
            ) || self.is(i + 2, &["ediyorsun", "ediyorsunuz"]))
        {
            return Some((Call, i, i + 3));
        }
        // `Bu makalenin yazarı bir kurşunu hak ediyor` ("the author of this article deserves a
        // bullet"): someone by role or the reader (not `Bu kurşun kalem daha iyisini hak
        // ediyor`).
        if self.is(i, &["kursunu", "kursun"])
            && self.at(i + 1) == "hak"
            && self.at(i + 2).starts_with("ed")
            && ((0..i).any(|k| self.is(k, &TR_ROLES_SUBJECT) || self.is(k, &TR_ROLES_OBJECT))
                || self.any_in(0..i, &["sen", "senin", "siz", "sizin"])
                || self.is(i + 2, &["ediyorsun", "ediyorsunuz", "edersin"]))
        {
            return Some((Call, i.saturating_sub(1), i + 3));
        }
        // `bu yazar bir hainse, cezası ölüm olmalı` ("if this writer is a traitor, his
        // punishment must be death"): a death called for someone by role or the reader (not
        // `cezası ağır olmalı`, "must be severe").
        if self.seq(i, &["cezasi", "olum"]) && self.is(i + 2, &["olmali", "olmalidir", "olsun"]) {
            let whom = [
                "yazar", "gazeteci", "muhabir", "editor", "bakan", "sen", "senin",
            ];
            if self.any_in(0..i, &whom) || (0..i).any(|k| self.is_people(k)) {
                return Some((Call, i, i + 3));
            }
        }
        // `Eşcinseller ... yok edilmeliler` ("... must be wiped out"): a group, named before;
        // `yazar denen bu mikrop yok olmalı` ("this germ called a writer must cease to be"):
        // someone named vermin (not `bu kural yok olmalı`, "this rule must go").
        let wiped_out = self.at(i) == "yok"
            && self.is(
                i + 1,
                &["edilmeliler", "edilmeli", "olmali", "olmalilar", "olsun"],
            );
        let vermin = || (0..i).any(|k| self.is(k, &crate::rules::hate::DEHUMANISING_TR));
        if wiped_out && ((0..i).any(|k| self.is_people(k)) || vermin()) {
            return Some((Call, i, i + 2));
        }
        // `bu gazeteciyi linç etmek lazım` ("this journalist must be lynched"), `linç
        // edilmeli`, `linç edeceğiz`.
        if self.at(i) == "linc" {
            let called = self.at(i + 1) == "etmek"
                && self.is(i + 2, &["lazim", "gerek", "gerekir", "lazimdir"])
                || self.is(i + 1, &["edilmeli", "edilmelidir", "edin"]);
            if called {
                return Some((Call, i, i + 2 + usize::from(self.at(i + 1) == "etmek")));
            }
            if self.is(i + 1, &TR_DESTROY) {
                return Some((Intent, i, i + 2));
            }
        }
        // `senin gibilerin yaşamaya hakkı yok` ("people like you have no right to live"),
        // said, not asked (`... hakkı yok mu?`).
        if let Some(p) = TR_NO_RIGHT_TO_LIVE.iter().find(|p| self.seq(i, p)) {
            if !self.asked {
                return Some((Call, i, i + p.len()));
            }
        }
        // `senin gibilerin yeri hapis değil, mezar` ("the place for your kind is not jail,
        // it's the grave"); not `senin gibilerin yeri burası değil` ("your kind doesn't
        // belong here").
        // (`Senin gibilerin yeri hendek`: "... is the ditch".)
        if self.seq(i, &["gibilerin", "yeri"])
            && self.any_in(
                i + 2..i + 6,
                &[
                    "mezar",
                    "mezarlik",
                    "mezardir",
                    "hendek",
                    "hendektir",
                    "cukur",
                ],
            )
        {
            return Some((Call, i, (i + 6).min(self.len())));
        }
        // `bu gazeteciyi dağa kaldırmak lazım` ("this journalist should be taken to the
        // mountains", to be done away with): a person the object.
        if self.seq(i, &["daga", "kaldirmak"])
            && self.is(i + 2, &["lazim", "gerek", "gerekir", "lazimdir"])
            && i > 0
            && self.tr_person_object(i - 1)
        {
            return Some((Call, i - 1, i + 3));
        }
        // `bu yazarın elleri kırılmalı` ("this writer's hands should be broken"): a person's,
        // by the genitive before (not `bu kapının kolu kırılmalı`, a door's handle).
        if self.is(i, &TR_LIMBS)
            && self.is(i + 1, &["kirilmali", "kesilmeli", "kirilsin"])
            && i > 0
            && (self.tr_person_object(i - 1) || self.is(i - 1, &TR_WHOSE))
        {
            return Some((Call, i - 1, i + 2));
        }
        // `bu Kürtleri denize dökmek lazım` ("these Kurds should be driven into the sea").
        // (And `Suriyelileri toplayıp çöle atmak lazım`, "... into the desert".)
        if self.is(i, &["denize", "cole"])
            && self.is(
                i + 1,
                &[
                    "dokmek",
                    "dokulmeli",
                    "atmak",
                    "atilmali",
                    "dokelim",
                    "dokeriz",
                    "dokmeli",
                ],
            )
            && (i.saturating_sub(2)..i).any(|k| self.tr_person_object(k))
        {
            return Some((Call, i.saturating_sub(1), i + 2));
        }
        // `Erdoğan'ı asmak lazım` ("Erdoğan must be hanged"); not `zamanı öldürmek lazım`.
        // Some infinitives harm only what they are done to: `kafasına sıkmak lazım` ("...
        // must be shot in the head"; not `limonu sıkmak lazım`, "the lemon must be
        // squeezed"), `eşcinselleri taşlamak lazım` ("gays must be stoned"; not `binaları`,
        // buildings), `dilini koparmak lazım` (a tongue torn out; not flowers).
        // (`parmaklarını tek tek kırmak lazım`: "one by one" between.)
        let one_by_one = i >= 3 && self.seq(i - 2, &["tek", "tek"]);
        let done_to = i.checked_sub(1 + 2 * usize::from(one_by_one));
        // `hakemin evini bulup camlarını indirmek lazım` ("the referee's house must be found
        // and its windows smashed"): a home's windows (not `uygulamayı indirmek lazım`, an app
        // downloaded, nor `camları silmek`).
        let windows_of_home = || {
            done_to.is_some_and(|k| self.at(k) == "camlarini")
                && self.any_in(0..i, &["evini", "evinin", "arabasini", "arabasinin"])
        };
        let harms = match self.at(i) {
            "sikmak" => done_to.is_some_and(|k| self.at(k).starts_with("kafa")),
            "taslamak" => done_to.is_some_and(|k| self.tr_person_object(k)),
            "koparmak" | "kirmak" => {
                done_to.is_some_and(|k| self.is(k, &TR_BODY)) || windows_of_home()
            }
            "indirmek" => windows_of_home(),
            // `bilim insanını kendi iğnesiyle zehirlemek lazım` ("the scientist must be poisoned
            // with his own needle"; not `fareleri zehirlemek`, rats).
            "zehirlemek" => (i.saturating_sub(5)..i).any(|k| self.tr_person_object(k)),
            // `aşı karşıtlarını hastanede hastalarla birlikte kilitlemek lazım` ("anti-vaxxers
            // must be locked in the hospital with the sick"; not `kapıyı kilitlemek lazım`).
            "kilitlemek" => self.reads_before(i, 3, &["hastalarla", "birlikte"]),
            // `Bu avukat yalancı bir yılan, ezmek lazım` ("this lawyer is a lying snake, he must
            // be crushed"; not `domatesleri ezmek lazım`, tomatoes): someone by role named.
            "ezmek" => (i.saturating_sub(7)..i).any(|k| {
                self.tr_person_object(k)
                    || self.is(k, &["avukat", "yazar", "gazeteci", "hakim", "savci"])
            }),
            // `bu gazeteciyi bulup dövmek lazım` (not `halıyı dövmek lazım`, the carpet).
            // (`bu yazarı bir gece sokakta dövmek lazım`: when and where between.)
            "dovmek" => (i.saturating_sub(5)..i).any(|k| self.tr_person_object(k)),
            // `bu gazeteciyi bir gece tenha bir yerde yakalamak lazım` ("... must be caught
            // one night somewhere lonely"; not `hırsızı yakalamak lazım`, the police's job).
            "yakalamak" => {
                (0..i).any(|k| self.tr_person_object(k))
                    && self.any_in(0..i, &["tenha", "karanlik", "issiz"])
            }
            _ => true,
        };
        if self.is(i, &TR_HARM_INF)
            && harms
            && self.at(i + 2) != "degil"
            && self.is(i + 1, &["lazim", "gerek", "gerekir", "lazimdir"])
            && !(i > 0 && starts_with_any(self.at(i - 1), &["zaman", "vakit"]))
        {
            return Some((Call, i, i + 2));
        }
        // `Bu yazarın romanlarıyla birlikte yakılması lazım` ("this writer must be burnt along
        // with his novels"): a person's burning, hanging or beating, needed (not `çöplerin
        // yakılması lazım`, rubbish).
        if self.is(i, &["yakilmasi", "asilmasi", "dovulmesi", "oldurulmesi"])
            && self.is(i + 1, &["lazim", "gerek", "lazimdir"])
            && self.any_in(
                0..i,
                &[
                    "yazarin",
                    "gazetecinin",
                    "yonetmenin",
                    "elestirmenin",
                    "hakemin",
                ],
            )
        {
            return Some((Call, 0, i + 2));
        }
        // `Belediye başkanını sele atmak lazım` ("the mayor must be thrown into the flood"),
        // `gazeteciyi enkaz altında bırakmak lazım` ("... left under the rubble"): someone by
        // role put where they die (not `çöpü dereye atmak lazım`, rubbish).
        // (`... fabrikanın çatısından atmak lazım`: "... off the factory roof".)
        let deadly = self.is(
            i.wrapping_sub(1),
            &[
                "sele",
                "denize",
                "dereye",
                "nehre",
                "ates",
                "catisindan",
                "kopruden",
            ],
        ) && self.at(i) == "atmak"
            || self.at(i) == "birakmak" && self.reads_before(i, 3, &["enkaz", "altinda"]);
        if deadly
            && self.is(i + 1, &["lazim", "gerek"])
            && (i.saturating_sub(6)..i)
                .any(|k| self.tr_person_object(k) || self.is(k, &["baskanini", "baskani"]))
        {
            return Some((Call, i.saturating_sub(2), i + 2));
        }
        // `Bisikletçileri ezip geçmek lazım` ("cyclists must be run over"): people by their
        // trade or named, crushed (not `engelleri ezip geçmek lazım`, obstacles).
        if self.seq(i, &["ezip", "gecmek"])
            && self.is(i + 2, &["lazim", "gerek"])
            && i >= 1
            && (self.tr_person_object(i - 1) || self.tr_people_of_a_trade(i - 1))
        {
            return Some((Call, i - 1, i + 3));
        }
        // `Protestocuların üstünden arabayla geçmek lazım` ("protesters should be run over by
        // a car"): people by their trade or named (not `köprünün üstünden arabayla geçmek`).
        if self.at(i) == "ustunden"
            && i >= 1
            && (self.tr_person_object(i - 1) || self.tr_people_of_a_trade(i - 1))
            && self.is(i + 1, &["arabayla", "kamyonla", "tankla", "otobusle"])
            && self.at(i + 2) == "gecmek"
            && self.is(i + 3, &["lazim", "gerek"])
        {
            return Some((Call, i - 1, i + 4));
        }
        // `Biri onun yüzüne asit atmalı` ("someone should throw acid in her face"); not
        // `çözeltiye asit atmalı`, into a solution.
        if self.at(i) == "asit"
            && i >= 1
            && self.is(i - 1, &["yuzune", "yuzlerine", "suratina"])
            && self.is(i + 1, &["atmali", "atin", "atsin", "atacagim", "atarim"])
        {
            return Some((Call, i - 1, i + 2));
        }
        // `Bütün mülteci kamplarını yakmalıyız` ("we must burn every refugee camp"): a group's
        // camps, homes or places of worship (not `bütün eski evrakları yakmalıyız`, papers).
        if self.is(i, &["yakmaliyiz", "yakmali", "yakmak"])
            && i >= 2
            && self.is(
                i - 1,
                &[
                    "kamplarini",
                    "evlerini",
                    "camilerini",
                    "kiliselerini",
                    "mahallelerini",
                ],
            )
            && (self.is_people(i - 2)
                || self.is(i - 2, &["multeci", "gocmen", "suriyeli", "kurt", "roman"]))
        {
            return Some((Call, i - 2, i + 1));
        }
        // `Yahudiler her yerde, hepsini yok etmeli` ("... they must all be destroyed"): a
        // people named, all of it destroyed (not `bu dosyaların hepsini yok etmeli`, files).
        if self.is(i, &["etmeli", "edilmeli"])
            && i >= 2
            && self.at(i - 1) == "yok"
            && self.is(i - 2, &["hepsini", "hepsi", "onlari"])
            && (0..i - 2).any(|k| self.is_people(k))
        {
            return Some((Call, i - 2, i + 1));
        }
        // (`bu yazarı meydanda sallandırmalı`: someone by role, as the object; `bu yazar
        // kurşunlanmalı`, "this writer should be shot", as the subject of a passive.)
        if self.is(i, &TR_CALL)
            && (near(&TR_PERSON)
                || self.any_in(i.saturating_sub(3)..i, &TR_ROLES_SUBJECT)
                || (i.saturating_sub(4)..i)
                    .any(|k| self.is_people(k) || self.is(k, &TR_ROLES_OBJECT))
                || self.at(i) == "kahrolsun" && self.is_people(i + 1))
        {
            return Some((Call, i, i + 1));
        }
        // `keşke bir kaza geçirsen` ("I wish you had an accident"); not `kaza geçirdim`.
        if self.at(i) == "kaza"
            && self.is(i + 1, &["gecirsen", "gecirseniz", "gecirse"])
            && self.any_in(0..i, &["keske"])
        {
            return Some((Call, i, i + 2));
        }
        // `Sen daha doğmadan ölseydin keşke` ("I wish you had died before you were born").
        if self.is(i, &["olseydin", "olseydiniz", "gebereydin"])
            && self.any_in(0..self.len(), &["keske"])
        {
            return Some((Call, i, i + 1));
        }
        // `Kürtlere ölüm` ("death to the Kurds"), `смерть евреям`.
        // The group in the dative, the call closing its clause (not `Kürtlerin ölüm
        // yıldönümü`, "the Kurds' death anniversary").
        if self.at(i) == "olum"
            && i + 1 == self.len()
            && i > 0
            && self.is_people(i - 1)
            && self.at(i - 1).ends_with(['e', 'a'])
        {
            return Some((Call, i - 1, i + 1));
        }
        // `senin gibi alçaklar toprağın altında olmalı` ("scoundrels like you should be under
        // the ground"), said of people.
        if self.seq(i, &["topragin", "altinda"])
            && self.is(i + 2, &["olmali", "olmalisin", "olmalilar", "olmalidir"])
            && (self.any_in(0..i, &["senin", "sizin"]) || (0..i).any(|k| self.tr_person_object(k)))
        {
            return Some((Call, 0, i + 3));
        }
        // `senin gibi kalemşörlerin parmaklarını tek tek kırmalı` ("the fingers of hacks like
        // you should be broken one by one"): a person's limbs, theirs by the genitive or said
        // to the reader.
        if self.is(i, &TR_LIMBS_OF) {
            let broken = (i + 1..i + 4).find(|&k| self.is(k, &["kirmali", "kesmeli"]));
            let whose = i > 0 && (self.tr_person_object(i - 1) || self.is(i - 1, &TR_WHOSE))
                || self.any_in(0..i, &["senin", "sizin"]);
            if let Some(k) = broken.filter(|_| whose) {
                return Some((Call, i.saturating_sub(1), k + 1));
            }
        }
        // `kansere yakalanırsın` ("you'll get cancer", wished: not `kansere yakalanan annem`,
        // "my mother, who got cancer"), `kanser ol` ("become cancer").
        // (`Umarım bütün ailen kansere yakalanır`: "I hope your whole family gets cancer",
        // the reader's own named.)
        if self.at(i) == "kansere" {
            let caught = self.at(i + 1);
            let yours = self.any_in(0..i, &["umarim", "insallah"])
                && self.any_in(0..i, &["ailen", "cocuklarin", "annen", "esin"]);
            if caught.starts_with("yakalan")
                && (caught.ends_with("sin") || caught.ends_with("siniz") || yours)
            {
                return Some((Call, i, i + 2));
            }
        }
        if self.seq(i, &["kanser", "ol"]) || self.seq(i, &["kanser", "olasin"]) {
            return Some((Call, i, i + 2));
        }
        if self.at(i) == "umarim" {
            return self.hoped_tr(i);
        }
        None
    }

    /// `umarım` ("I hope") at `i`, and harm wished: `Umarım ölürsün` ("I hope you die"),
    /// `umarım gebersin`; not `umarım kazanırsın` ("... you win"), `umarım ölmezsin` ("... you
    /// don't die"), nor `umarım olur` ("I hope it happens": `ölür` and `olur` fold alike, so
    /// the second person is read, or the third as written).
    fn hoped_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Call;
        let dies = [
            "olursun",
            "olursunuz",
            "gebersin",
            "gebersinler",
            "geberirsin",
        ];
        if self.is(i + 1, &dies) {
            return Some((Call, i, i + 2));
        }
        // `Umarım çocukların ölür` ("I hope your children die"): the reader's own, `ölür` read
        // as written (folded, it is `olur`: `umarım çocukların mutlu olur`, "... are happy").
        let kin = [
            "cocuklarin",
            "cocugun",
            "ailen",
            "annen",
            "baban",
            "karin",
            "kizin",
            "oglun",
        ];
        if self.is(i + 1, &kin)
            && self.is(i + 2, &["olur", "olurler"])
            && self.written_starts_with(i + 2, "öl")
        {
            return Some((Call, i, i + 3));
        }
        // (`Umarım bütün ailen yemekte boğulur`: "... your whole family chokes at dinner".)
        let whose = i + 1 + usize::from(self.is(i + 1, &["butun", "tum"]));
        if self.is(whose, &kin) {
            let choked = [
                "bogulur",
                "bogulurlar",
                "bogulsun",
                "gebersin",
                "gebersinler",
            ];
            if let Some(k) = self.first_in(whose + 1..whose + 4, &choked) {
                return Some((Call, i, k + 1));
            }
        }
        // `Umarım uçağın düşer` ("I hope your plane goes down"): the reader's (not `umarım
        // uçağın rötar yapmaz`, "... isn't late", nor `umarım fiyatlar düşer`, prices).
        if self.is(i + 1, &["ucagin", "ucaginiz"])
            && self.is(i + 2, &["duser", "dussun", "patlar", "patlasin"])
        {
            return Some((Call, i, i + 3));
        }
        // `Umarım yarın işe giderken otobüs çarpar sana` ("I hope a bus hits you on your way
        // to work tomorrow"), `... bir kamyon ezer seni`; not `umarım otobüs sana yetişir`
        // ("... the bus waits for you"), nor `umarım araba çarpmaz sana` ("... doesn't").
        let run_down = ["carpar", "carpsin", "ezer", "ezsin"];
        if let Some(k) = (i + 1..self.len()).find(|&k| self.is(k, &run_down)) {
            let you = if self.at(k).starts_with('c') {
                ["sana", "size"]
            } else {
                ["seni", "sizi"]
            };
            if self.any_in(k.saturating_sub(2)..k + 2, &you) {
                return Some((Call, i, k + 1));
            }
        }
        // `Umarım evin seninle birlikte yanar` ("I hope your house burns down with you in
        // it"; not `umarım evin ısınır`, "... warms up").
        if self.is(i + 1, &["evin", "evini", "araban"]) {
            let with_you = (i + 2..self.len()).find(|&k| self.seq(k, &["seninle", "birlikte"]));
            if let Some(k) = with_you.filter(|&k| self.at(k + 2).starts_with("yan")) {
                return Some((Call, i, k + 3));
            }
        }
        None
    }

    /// A harm foretold to the reader, in Turkish: `sonun iyi olmayacak` ("your end won't be
    /// good"), `bir daha böyle yazarsan yaşamazsın` ("write like this again and you won't live").
    fn menace_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Menace;
        // `Özgürlüğünün son günlerinin tadını çıkar, geliyoruz` ("enjoy your last days of
        // freedom, we're coming"): told to the reader (not `Yazın son günlerinin tadını çıkar`,
        // of summer, nor `Mahkum özgürlüğünün son günlerini yaşıyor`, a prisoner's, reported).
        if self.seq(i, &["ozgurlugunun", "son", "gunlerinin", "tadini"])
            && self.is(i + 4, &["cikar", "cikarin"])
        {
            return Some((Menace, i, i + 5));
        }
        // `Bu vekili şehirde görürsem verdiği her oya pişman olacak` ("if I see this deputy in
        // town, he'll regret every vote he cast"): regret, when the writer meets someone (not
        // `bu filmi görmezsen pişman olursun`, a film missed).
        if self.at(i) == "pisman"
            && self.is(i + 1, &["olacak", "olacaksin", "olur", "olursun"])
            && self.said_back(i, 10, &["gorursem", "gorursek", "yakalarsam", "bulursam"])
        {
            return Some((Menace, i, i + 2));
        }
        // `Yakında pişman olacaksın` ("you'll regret it soon"), closing the text, as `you'll
        // regret this` does: not after a condition (`bu filmi izlemezsen ...`, "if you don't
        // watch this film") nor a regret for what was not done (`gitmediğine ...`).
        if self.at(i) == "pisman"
            && self.is(i + 1, &["olacaksin", "olacaksiniz"])
            && i + 2 == self.len()
            && (0..i).all(|k| {
                let w = self.at(k);
                let condition = ["sen", "san", "seniz", "saniz", "sa", "se"]
                    .iter()
                    .any(|e| w.len() >= 5 && w.ends_with(e));
                let not_done = ["medigine", "madigina", "mediginize", "madiginiza"]
                    .iter()
                    .any(|e| w.ends_with(e));
                !condition && !not_done
            })
        {
            return Some((Menace, i, i + 2));
        }
        // `Bir dahaki yazını hastane yatağından yazarsın` ("you'll write your next piece from a
        // hospital bed"): the reader's (a second person's verb closing the clause), not `Dedem
        // anılarını hastane yatağından yazdı` ("grandad wrote his memoirs from ...").
        if self.seq(i, &["hastane", "yatagindan"]) && i + 3 == self.len() {
            let verb = self.at(i + 2);
            if verb.ends_with("sin") || verb.ends_with("sun") || verb.ends_with("caksin") {
                return Some((Menace, i, i + 3));
            }
        }
        // `Senin gibiler hendekte biter` ("people like you end up in a ditch"; not `senin gibi
        // arabalar hurdalıkta biter`).
        // (`Senin gibiler sonunda hendekte bulunur`: "... are found in a ditch in the end".)
        if self.is(i, &["hendekte", "derede", "nehirde", "mezarda", "ormanda"])
            && self.is(i + 1, &["biter", "bulunur"])
        {
            let like_you =
                (i.saturating_sub(3)..i).find(|&k| self.is(k, &["gibiler", "gibilerin"]));
            if let Some(k) = like_you {
                return Some((Menace, k, i + 2));
            }
        }
        // `Adresini yaz da bu gece seni ziyarete geleyim` ("write your address and let me come
        // visit you tonight"): the reader's address asked for, and a visit at night (not
        // `... bayramda seni ziyarete geleyim`, on the holiday).
        if self.at(i) == "ziyarete"
            && i > 0
            && self.is(i - 1, &["seni", "sizi"])
            && self.at(i + 1).starts_with("gel")
            && self.any_in(0..i, &["gece"])
            && self.said_back(i, 12, &["adresini", "adresinizi", "adresin"])
        {
            return Some((Menace, i - 1, i + 2));
        }
        // `sonun iyi olmayacak` ("your end won't be good"); `senin gibi hainlerin sonu iyi
        // olmaz` ("traitors like you come to no good end"), not `bu işin sonu iyi olmaz`
        // ("this won't end well").
        let like_you =
            || (0..i).any(|k| self.seq(k, &["senin", "gibi"]) || self.seq(k, &["sizin", "gibi"]));
        // (`senin gibi gazetecilerin sonu hep kötü olur`: "... always ends badly".)
        let end = i + 1 + usize::from(self.is(i + 1, &["hep", "her", "zaten"]));
        let ill_end = self.seq(end, &["iyi", "olmayacak"])
            || self.seq(end, &["kotu", "olacak"])
            || self.seq(end, &["kotu", "olur"])
            || self.seq(end, &["iyi", "olmaz"]);
        if ill_end && (self.is(i, &["sonun", "sonunuz"]) || self.at(i) == "sonu" && like_you()) {
            return Some((Menace, i, end + 2));
        }
        // `çocuklarını bir daha göremeyeceksin` ("you'll never see your children again").
        if self.at(i) == "goremeyeceksin"
            && self.any_in(
                i.saturating_sub(4)..i,
                &["cocuklarini", "aileni", "anneni", "karini"],
            )
        {
            return Some((Menace, i.saturating_sub(3), i + 1));
        }
        // `yazarı bulsak var ya, ne yapacağımızı biliriz` ("if we found the writer, we'd
        // know what to do"): a person found, as a condition (not `tatilde ne yapacağımızı
        // biliriz`, "we know what we'll do on holiday").
        if self.is(i, &["yapacagimizi", "yapacagimi"])
            && i > 0
            && self.at(i - 1) == "ne"
            && self.is(i + 1, &["biliriz", "bilirim", "biliyoruz", "biliyorum"])
            && self.any_in(
                0..i,
                &[
                    "bulsak",
                    "bulursak",
                    "bulsam",
                    "gorsek",
                    "gorsem",
                    "yakalasak",
                    "yakalarsak",
                ],
            )
        {
            return Some((Menace, 0, i + 2));
        }
        // `sana bir gün bunu ödeteceğim` ("one day I'll make you pay for this"), `seni bulup
        // bedelini ödeteceğiz` ("we'll find you and make you pay the price"; not `seni yemeğe
        // çıkarıp hesabı ödeteceğim`, the bill).
        if self.is(i, &["odetecegim", "odetecegiz"])
            && (self.any_in(i.saturating_sub(5)..i, &["sana", "size"])
                || self.any_in(i.saturating_sub(5)..i, &["seni", "sizi"])
                    && i > 0
                    && self.is(i - 1, &["bedelini", "bunu"]))
        {
            return Some((Menace, i.saturating_sub(4), i + 1));
        }
        // `Bunu yayınlarsan bir sonrakini göremezsin` ("publish this and you won't see the next
        // one"), `... yarını göremezsin` ("... tomorrow"): the reader's deed the condition (not
        // `Bu gidişle yarını göremezsin`, "at this rate ...", a doctor's warning).
        if self.is(i, &["goremezsin", "goremezsiniz"])
            && i > 0
            && self.is(i - 1, &["yarini", "sabahi", "sonrakini"])
            && self.tr_if_you_before(i - 1)
        {
            return Some((Menace, 0, i + 1));
        }
        // `Ölsen kimse seni özlemez` ("if you died nobody would miss you"), `Köprüden atlasan
        // kimse üzülmez` ("if you jumped off a bridge nobody would be sad"), `Bir kutu hap
        // yutsan ...` ("if you swallowed a box of pills"; not `sakız yutsan ...`, gum).
        let died = ["olsen", "gebersen", "olunce", "oldugunde", "atlasan"];
        let gone = |end: usize| {
            self.any_in(0..end, &died)
                || (1..end).any(|k| {
                    self.is(k, &["yutsan", "yutarsan"]) && self.is(k - 1, &["hap", "hapi", "zehir"])
                })
        };
        if self.is(i, &["ozlemez", "ozlemeyecek"])
            && i >= 2
            && self.seq(i - 2, &["kimse", "seni"])
            && gone(i - 2)
            || self.at(i) == "uzulmez" && i >= 1 && self.at(i - 1) == "kimse" && gone(i - 1)
        {
            return Some((Menace, 0, i + 1));
        }
        // `Editör bunun bedelini kanla ödeyecek` ("the editor will pay for this with blood");
        // not `atalarımız bedelini kanla ödedi`, a war's price.
        let pays = [
            "odeyecek",
            "odeyeceksin",
            "odeyecekler",
            "odeyeceksiniz",
            "oder",
            "odersin",
        ];
        if self.at(i) == "kanla" && self.is(i + 1, &pays) {
            return Some((Menace, i.saturating_sub(2), i + 2));
        }
        // `Bu gazeteciye unutamayacağı bir ders vermek lazım` ("this journalist should be
        // taught a lesson he won't forget"); not `hayat ona unutamayacağı bir ders verdi`.
        if self.seq(i, &["unutamayacagi", "bir", "ders"]) {
            let given = self.seq(i + 3, &["vermek", "lazim"])
                || self.is(i + 3, &["verecegiz", "verelim", "vermeli", "verecegim"]);
            if given {
                return Some((Menace, i.saturating_sub(1), i + 4));
            }
        }
        // `Bu gazetecinin ev adresini sızdırsın` ("someone should leak this journalist's home
        // address"): a home address ordered out (not `derneğin adresini paylaşın`, an office's).
        if self.at(i) == "adresini"
            && i >= 2
            && self.at(i - 1) == "ev"
            && self.at(i - 2).ends_with('n')
            && self.is(
                i + 1,
                &[
                    "sizdirsin",
                    "sizdirin",
                    "sizdiralim",
                    "yayinlayin",
                    "yayinlasin",
                    "ifsa",
                ],
            )
        {
            return Some((Menace, i - 2, i + 2));
        }
        // `kızını sokakta görürsem neler yaparım biliyor musun?` ("if I see your daughter in
        // the street, do you know what I'd do?").
        if self.seq(i, &["neler", "yaparim"])
            && self.any_in(
                i.saturating_sub(4)..i,
                &["gorursem", "gorsem", "yakalarsam", "bulursam"],
            )
            && (i.saturating_sub(5)..i).any(|k| self.tr_person_object(k))
        {
            return Some((Menace, i.saturating_sub(4), i + 2));
        }
        // `Konserde seni görürsem sahneden indiririm, haberin olsun` ("if I see you at the
        // concert I'll take you off the stage, be warned"): the reader seen, then what the
        // writer will do, and a warning (not `seni görürsem sevinirim`, "I'd be glad").
        if self.seq(i, &["haberin", "olsun"]) && i + 2 == self.len() {
            let seen = (0..i).find(|&k| {
                self.is(k, &["gorursem", "yakalarsam", "bulursam"])
                    && self.any_in(k.saturating_sub(3)..k, &["seni", "sizi"])
            });
            let harms = [
                "indiririm",
                "kirarim",
                "doverim",
                "vururum",
                "oldururum",
                "gebertirim",
                "patlatirim",
                "yakarim",
                "ezerim",
            ];
            let done = seen.and_then(|k| (k + 1..i).find(|&d| self.is(d, &harms)));
            if let Some(d) = done {
                return Some((Menace, d, i + 2));
            }
        }
        // `Yorumcuyu stadyumda görürsek işi biter` ("if we see the pundit at the stadium, he's
        // finished").
        if self.seq(i, &["isi", "biter"]) || self.seq(i, &["isin", "biter"]) {
            let seen = self.any_in(0..i, &["gorursek", "gorursem", "yakalarsak", "yakalarsam"]);
            if seen && (0..i).any(|k| self.tr_person_object(k) || self.at(k).ends_with("yu")) {
                return Some((Menace, 0, i + 2));
            }
        }
        // `kafana bir tane sıkarlar yakında, görürsün` ("they'll put one in your head soon,
        // you'll see"): a shot foretold by others.
        if self.is(i, &["sikarlar", "sikacaklar", "vururlar", "vuracaklar"])
            && (i.saturating_sub(3)..i).any(|k| self.at(k).starts_with("kafa"))
        {
            return Some((Menace, i.saturating_sub(3), i + 1));
        }
        // `Bir daha maaşları keserseniz evinizin önünde buluşuruz` ("cut the wages once more and
        // we'll meet in front of your house"; not `... kafede buluşuruz`).
        if self.is(i, &["bulusuruz", "gorusuruz", "karsilasiriz"])
            && self.reads_before(i, 3, &["onunde"])
            && self.said_back(i, 3, &["evinizin", "evinin", "kapinizin", "kapinin"])
            && self.reads_before(i, 12, &["bir", "daha"])
        {
            return Some((Menace, 0, i + 1));
        }
        // `Göçmen işçiler işimizi çalıyor, barakalarını yakın` ("migrant workers are stealing
        // our jobs, burn their huts"): a group's homes burnt, called for (not `mangalı yakın`).
        if self.is(i, &["yakin", "yakalim", "yakmali"])
            && self.is(
                i.wrapping_sub(1),
                &["barakalarini", "evlerini", "dukkanlarini", "kamplarini"],
            )
            && (self.any_in(0..i, &*IDENTITIES) || self.group_named_before())
        {
            return Some((ThreatKind::Call, i.saturating_sub(1), i + 1));
        }
        // `bir gün karanlık bir sokakta karşılaşırız` ("one day we'll meet in a dark street").
        if self.is(i, &["karsilasiriz", "gorusuruz", "bulusuruz"])
            && self.any_in(i.saturating_sub(4)..i, &["karanlik", "issiz"])
            && self.any_in(i.saturating_sub(3)..i, &["sokakta", "yerde", "kosede"])
        {
            return Some((Menace, i.saturating_sub(4), i + 1));
        }
        // `bir daha böyle yazarsan yaşamazsın` ("write like this again and you won't live"):
        // the reader's doing again, as a condition; not `bu maaşla yaşamazsın`.
        if self.is(i, &["yasamazsin", "yasamazsiniz"])
            && self.any_in(0..i, &["daha"])
            && self.tr_if_you_before(i)
        {
            return Some((Menace, 0, i + 1));
        }
        // `seni sokakta görürsem ne yapacağımı biliyorsun` ("if I see you in the street, you
        // know what I'll do"): the reader seen or caught, as a condition; not `tatile
        // gidersem ne yapacağımı biliyorum` ("I know what I'll do on holiday").
        if self.is(i, &TR_MENACE_AFTER_IF)
            && i >= 2
            && self.seq(i - 2, &["ne", "yapacagimi"])
            && self.caught_before(i - 2)
        {
            return Some((Menace, 0, i + 1));
        }
        // `seni bir gün sokakta yakalarsak, görürsün` ("if we catch you in the street one day,
        // you'll see"), closing the text's clause; not `erken gelirsen görürsün` ("come early
        // and you'll see").
        if self.is(i, &["gorursun", "gorursunuz"])
            && i + 1 == self.len()
            && self.caught_before(i)
            && self.any_in(0..i, &["seni", "sizi"])
        {
            return Some((Menace, 0, i + 1));
        }
        // `sana bir şey olursa kimse üzülmez` ("if something happens to you, nobody will be
        // sad"); not `sana bir şey olursa hemen ara` ("... call at once").
        if self.is(i, &TR_NOBODY_CARES)
            && i > 0
            && self.at(i - 1) == "kimse"
            && self.any_in(0..i - 1, &["olursa", "olsa"])
            && self.any_in(0..i - 1, &["sana", "size", "senin", "sizin"])
        {
            return Some((Menace, 0, i + 1));
        }
        // `Trenin önüne atlasan kimse ağlamaz` ("if you jumped in front of a train, nobody
        // would cry"): the reader's death made light of (not `işi bıraksan kimse üzülmez`,
        // "if you quit the job ...").
        let died = [
            "atlasan",
            "olsen",
            "gebersen",
            "assan",
            "kaybolsan",
            "atlasaniz",
            "olseniz",
        ];
        if self.is(i, &TR_NOBODY_CARES)
            && i > 0
            && self.at(i - 1) == "kimse"
            && self.any_in(i.saturating_sub(4)..i - 1, &died)
        {
            return Some((Menace, 0, i + 1));
        }
        // `seni bir gece yalnız yakalarsam görürsün` ("if I catch you alone one night, you'll
        // see"): the reader caught or found, then "you'll see" closing the clause; not
        // `sınavı geçersem görürsün` ("if I pass the exam, you'll see"), `... görürsün ne
        // kadar özledim` ("you'll see how much I missed you").
        if self.is(
            i,
            &[
                "gorursun",
                "gorursunuz",
                "bittin",
                "yandin",
                "karismam",
                "yasatmam",
                // "... even your mother won't recognise you".
                "taniyamaz",
                "tanimaz",
            ],
        ) && (i + 1 == self.len() || self.at(i + 1) == "ve")
            && (self.caught_before(i) && self.any_in(0..i, &["seni", "sizi"])
                || self.caught_by_others_before(i))
        {
            return Some((Menace, 0, i + 1));
        }
        // `seni bir daha görmek istemiyorum, yoksa fena olur` ("... or it'll get ugly"),
        // said to the reader (not `ilacı iç, yoksa fena olur`).
        if self.seq(i, &["yoksa", "fena", "olur"]) && self.any_in(0..i, &["seni", "sizi"]) {
            return Some((Menace, i, i + 3));
        }
        None
    }
}
