//! Groups told they do not belong, in Russian and Turkish: `мигрантам здесь не место`.

use super::{HateKind, BLIGHT_OF_TR, DEHUMANISING_TR, STEREOTYPE_RU, STEREOTYPE_TR};
use crate::rules::clauses::{turkish_ablative, turkish_genitive, Clause, Lexicon};

/// The Turkish for "(its) enemy", after a genitive: `bu ülkenin düşmanı`.
pub(super) static TR_ENEMY: Lexicon = Lexicon::new("dusmani dusmanidir dusmanlari dusmanlaridir");

/// Russian for "must be driven out", after `надо`: `цыган надо гнать`.
pub(super) static RU_DRIVE_OUT: Lexicon = Lexicon::new(
    "гнать выгнать выгонять вышвырнуть выселить согнать загнать изолировать депортировать \
     выслать высылать",
);

/// Russian for "must be sterilised", after `надо`: `цыган надо стерилизовать`.
pub(super) static RU_STERILISE: Lexicon =
    Lexicon::new("стерилизовать кастрировать стерилизовывать");

/// Turkish for "should be sterilised", said of a group: `Çingeneler kısırlaştırılmalı`.
pub(super) static TR_STERILISED: Lexicon =
    Lexicon::new("kisirlastirilmali kisirlastirilmalidir kisirlastirilsin kisirlastirilsinlar");

/// Russian for "go back", "leave", after "must" or "let them": `беженцы должны вернуться
/// туда, откуда приехали`.
pub(super) static RU_GO_BACK: Lexicon = Lexicon::new(
    "вернуться возвращаться возвращаются уехать уезжать уезжают едут валят убираются убираться",
);

/// Turkish for "let them go back", "they should go": `geldikleri yere dönmeli`, `geri dönsün`.
pub(super) static TR_TOLD_BACK: Lexicon =
    Lexicon::new("donsun donsunler donmeli donmelidir gitsin gitsinler gitmeli gitmelidir");

/// Turkish for "should be thrown out", after the land (`ülkeden atılmalı`).
static TR_DRIVEN_OUT: Lexicon = Lexicon::new(
    "atilmali atilmalidir kovulmali kovulmalidir surulmeli surulmelidir temizlenmeli \
     cikarilmali silinmeli kovulsun kovulsunlar atilsin atilsinlar",
);

/// Rights and offices refused a group in Turkish: `oy hakkı`, `vatandaşlık`, `görev`.
static RIGHTS_TR: Lexicon =
    Lexicon::new("oy hakki hak haklari vatandaslik gorev is kadro ehliyet pasaport ikamet");

/// Offices a group is barred from in Turkish: `öğretmen`, `memur`, `milletvekili`.
static OFFICES_TR: Lexicon = Lexicon::new(
    "ogretmen memur doktor asker subay hakim savci polis milletvekili bakan vali yonetici",
);

impl Clause<'_> {
    /// What Turkish says of a group named before it, its verb in the third person plural: an
    /// order (`Suriyeli şoförler yollarda katliam yapıyor, sınır dışı edilsinler`, "Syrian
    /// drivers are massacring people on the roads, let them be deported"; `..., evde
    /// otursunlar`, "let them sit at home"; not `sınır dışı edilsinler mi?`, asked) or a hidden
    /// hand (`Yahudiler bayramı mahvetti, her şeyi kontrol ediyorlar`, "... they control
    /// everything").
    pub(super) fn said_in_plural_of_a_group(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        let deported = self.seq(i, &["sinir", "disi"])
            && self.is(i + 2, &["edilsinler", "edilmeliler", "edilsin"]);
        let home = self.at(i) == "evde" && self.is(i + 1, &["otursunlar", "kalsinlar"]);
        let controls =
            self.seq(i, &["her", "seyi", "kontrol"]) && self.at(i + 3).starts_with("ediyor");
        if !(deported || home || controls) {
            return None;
        }
        let named = (0..i).any(|k| self.is_group(k)) || self.group_named_before();
        if controls {
            return (named && i + 4 == self.len()).then_some((HateKind::Conspiracy, i, i + 4));
        }
        let end = i + 2 + usize::from(deported);
        let closes = end == self.len() && self.words_after().next() != Some("mi");
        (closes && named).then_some((HateKind::Exclusion, i, end))
    }

    /// [`Clause::excluded_or_blamed`] in Russian and Turkish: `мигрантам здесь не место`,
    /// `евреи правят миром`, `бабы должны сидеть дома`, `Suriyeliler ülkelerine geri dönsün`,
    /// `Kürtleri bu ülkeden atmak lazım`, `Yahudiler dünyayı yönetiyor`, `kadınların yeri
    /// mutfaktır`.
    pub(super) fn excluded_ru_tr(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        self.group_blighted_or_kitchen_bound(i, end)
            .or_else(|| self.group_said_to_cheat_or_buy_all(i, end))
            .or_else(|| self.group_sent_back_or_vermin(i, end))
            .or_else(|| self.group_cured_or_driven_out(i, end))
            .or_else(|| self.group_ruling_the_world_ru(i, end))
            .or_else(|| self.group_enemy_or_occupier_tr(i, end))
            .or_else(|| self.group_kept_home_or_unwanted(i, end))
            .or_else(|| self.group_denied_or_a_burden(i, end))
            .or_else(|| self.group_spreading_disease_or_fit_for_sex(i, end))
    }

    /// [`Clause::excluded_ru_tr`]'s group said to spread disease, to endanger children, or fit
    /// only for sex
    /// (`Геи распространяют болезни`, `Kadınlar sadece seks için iyidir`).
    fn group_spreading_disease_or_fit_for_sex(
        &self,
        i: usize,
        end: usize,
    ) -> Option<(HateKind, usize, usize)> {
        use HateKind::Stereotype;
        // `Геи распространяют болезни` ("gays spread disease"), `Eşcinseller hastalık
        // yayıyor`: the group itself a contagion (not `... распространяют листовки`, leaflets,
        // nor `... hastalık yayıyor mu?`, asked).
        let diseases = ["болезни", "заразу", "спид", "вич", "инфекции"];
        if self.at(end) == "распространяют" && self.is(end + 1, &diseases) {
            return Some((Stereotype, i, end + 2));
        }
        let spreads = ["yayiyor", "yayiyorlar", "yayar", "yayarlar"];
        if self.is(end, &["hastalik", "mikrop", "aids"])
            && self.is(end + 1, &spreads)
            && !self.asked
        {
            return Some((Stereotype, i, end + 2));
        }
        // `Геи опасны для детей` ("gays are dangerous to children"), `Eşcinseller çocuklar
        // için tehlike` (the same in Turkish); not `... не опасны для детей`, which `не`
        // stands before, nor `... tehlike değil`.
        let ru = self.at(end) == "опасны" && self.seq(end + 1, &["для", "детей"]);
        let tr = self.seq(end, &["cocuklar", "icin"])
            && self.is(end + 2, &["tehlike", "tehlikeli", "tehdit", "tehlikedir"])
            && !self.is(end + 3, &["degil", "degildir", "degiller"]);
        if ru || tr {
            return Some((Stereotype, i, end + 3));
        }
        // `Kadınlar sadece seks için iyidir` ("women are only good for sex"), `... yatak için
        // yaratılmış` ("... made for the bed").
        let fit = ["iyidir", "iyi", "yaratilmis", "yaratilmistir", "vardir"];
        let only_for = self.at(end) == "sadece"
            && self.is(end + 1, &["seks", "yatak", "sevisme"])
            && self.at(end + 2) == "icin"
            && self.is(end + 3, &fit);
        only_for.then_some((Stereotype, i, end + 4))
    }

    /// [`Clause::excluded_ru_tr`]'s group denied what others may do, or called a burden on
    /// society (`Женщинам нельзя разрешать водить машину`, `Engelliler topluma yük`).
    fn group_denied_or_a_burden(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        // `Женщинам нельзя разрешать водить машину` ("women must not be allowed to drive"):
        // the group's leave refused (not `Мусульманам нельзя есть свинину`, "Muslims may not
        // eat pork", a rule of their own faith).
        if self.at(end) == "нельзя" && self.is(end + 1, &["разрешать", "позволять", "давать"])
        {
            return Some((HateKind::Exclusion, i, end + 2));
        }
        // `Kadınların araba kullanmasına izin verilmemeli` ("women should not be allowed to
        // drive"): a deed of the group's (`-masına`, `-mesine`) refused leave.
        let deed = (end..end + 4).find(|&k| {
            let w = self.at(k);
            w.ends_with("masina") || w.ends_with("mesine")
        });
        if let Some(k) = deed {
            let refused = ["verilmemeli", "verilmemelidir", "verilmesin"];
            if self.at(k + 1) == "izin" && self.is(k + 2, &refused) {
                return Some((HateKind::Exclusion, i, k + 3));
            }
        }
        // `Kadınlara oy hakkı verilmemeli` ("women should not be given the vote"), `Suriyelilere
        // asla vatandaşlık verilmemeli` ("... citizenship"), `Alevilere devlette görev
        // verilmemeli` ("... a post in the state"): a right or an office refused a group named
        // in the dative (not `Teröristlere ...`, no group).
        let given = end + usize::from(self.is(end, &["asla", "hicbir", "kesinlikle"]));
        let refused = ["verilmemeli", "verilmemelidir", "verilmesin", "verilmez"];
        if let Some(k) = (given..given + 4).find(|&k| self.is(k, &refused)) {
            if self.any_in(given..k, &RIGHTS_TR) {
                return Some((HateKind::Exclusion, i, k + 1));
            }
        }
        // `Eşcinseller öğretmen olamamalı` ("gays must not be teachers"): an office barred.
        if self.is(end, &OFFICES_TR)
            && self.is(end + 1, &["olamamali", "olmamali", "olamaz", "olmamalidir"])
        {
            return Some((HateKind::Exclusion, i, end + 2));
        }
        // `Мусульмане все одинаковые, будущие террористы` ("Muslims are all the same, future
        // terrorists"): the whole group one vice, closing the clause (not `мусульмане все
        // одинаково рады празднику`).
        if self.seq(end, &["все", "одинаковые"]) {
            let k = end + 2 + usize::from(self.is(end + 2, &["будущие", "потенциальные"]));
            if self.is(k, &STEREOTYPE_RU) && k + 1 == self.len() {
                return Some((HateKind::Stereotype, i, k + 1));
            }
        }
        // `Инвалиды — пустая трата денег налогоплательщиков` ("the disabled are a waste of
        // the taxpayers' money"), `Engelliler vergi mükelleflerinin parasını boşa harcatıyor`
        // ("... make the taxpayers' money wasted"), `... para israfı`: a people counted as a
        // loss (not `... жалуются на пустую трату денег`, "complain of money wasted").
        // (`Инвалиды — это пустая трата ...`: "are" said.)
        let waste = end + usize::from(self.at(end) == "это");
        if self.seq(waste, &["пустая", "трата"]) || self.seq(waste, &["трата", "денег"])
        {
            return Some((HateKind::Stereotype, i, waste + 2));
        }
        if let Some(k) = (end..end + 4).find(|&k| self.is(k, &["parasini", "paramizi", "para"])) {
            let wasted = self.seq(k + 1, &["bosa", "harcatiyor"])
                || self.seq(k + 1, &["bosa", "harcatiyorlar"])
                || self.at(k) == "para" && self.is(k + 1, &["israfi", "israfidir"]);
            if wasted {
                return Some((HateKind::Stereotype, i, k + 3));
            }
        }
        // `Engelliler topluma yük` ("the disabled are a burden on society"), closing its
        // phrase (not `... topluma yük değil`, "not a burden", nor `... yük olmak istemiyor`).
        let burden = self.is(end, &["topluma", "devlete", "ulkeye", "ekonomiye"])
            && self.is(end + 1, &["yuk", "yuktur"])
            && (end + 2 == self.len() || self.phrase_ends_before(end + 2));
        burden.then_some((HateKind::Stereotype, i, end + 2))
    }

    /// [`Clause::excluded_ru_tr`]'s group called a land's blight or enemy, sent to the kitchen,
    /// said to lack a mind or to descend from apes (`Suriyeliler bu ülkenin kanseri`,
    /// `Kadınlar mutfağa`, `Kadınlar siyasetten anlamaz`).
    fn group_blighted_or_kitchen_bound(
        &self,
        i: usize,
        end: usize,
    ) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Dehumanisation, Exclusion, Stereotype};
        // `Suriyeliler bu ülkenin kanseri` ("Syrians are this country's cancer"): what a
        // group is called, as something of a land's.
        let land = end + usize::from(self.is(end, &["bu", "bizim"]));
        // The genitive: `ülkenin`, `toplumun`, `milletin` (`-ın`, `-ün` folded to `-in`, `-un`).
        let genitive = self.at(land);
        let of_a_land = genitive.len() >= 5 && turkish_genitive(genitive);
        // (`Eşcinseller toplumun kanseridir`: "... society's cancer", no `bu` before.)
        if of_a_land && self.is(land + 1, &BLIGHT_OF_TR) {
            return Some((Dehumanisation, i, land + 2));
        }
        // (`Mülteciler Avrupa'nın vebası`: "... Europe's plague", a name's genitive after an
        // apostrophe, read as a word of its own.)
        if self.is(land + 1, &["nin", "nun", "in", "un"]) && self.is(land + 2, &BLIGHT_OF_TR) {
            return Some((Dehumanisation, i, land + 3));
        }
        // `Ermeniler bu toprakların düşmanıdır` ("Armenians are the enemy of these lands").
        if of_a_land
            && self.is(
                land + 1,
                &["dusmanidir", "dusmani", "dusmanlaridir", "dusmanlari"],
            )
        {
            return Some((Stereotype, i, land + 2));
        }
        // `Ermeniler bu milletin sırtındaki kamburdur` ("... the hump on this nation's back").
        if of_a_land && self.at(land + 1) == "sirtindaki" && self.at(land + 2).starts_with("kambur")
        {
            return Some((Dehumanisation, i, land + 3));
        }
        // `Kürtler bu milletin bağrındaki ur` ("Kurds are the tumour in this nation's
        // breast"): a growth in the land's body (`ur` is read `your`, as English chat writes
        // it).
        if of_a_land
            && self.is(land + 1, &["bagrindaki", "bedenindeki", "govdesindeki"])
            && self.is(
                land + 2,
                &["your", "urdur", "urlar", "urlardir", "kanser", "kanserdir"],
            )
        {
            return Some((Dehumanisation, i, land + 3));
        }
        // `Eşcinseller toplumun çürük elmalarıdır` ("... society's rotten apples").
        if of_a_land && self.at(land + 1) == "curuk" && self.at(land + 2).starts_with("elma") {
            return Some((Dehumanisation, i, land + 3));
        }
        // `Suriyeliler bu ülkenin başına bela oldu` ("Syrians became a curse on this
        // country's head").
        if let Some(k) = self.first_in(end..end + 4, &["basina", "basimiza"]) {
            if self.is(k + 1, &["bela", "belasi"]) {
                return Some((Dehumanisation, i, k + 2));
            }
        }
        // `Çingeneler yerleştikleri her şehrin belasıdır` ("Gypsies are the curse of every
        // town they settle in"): a group called a curse of somewhere named a few words on.
        if let Some(k) = self.first_in(end + 1..end + 5, &["belasidir", "belasi", "belasidirlar"]) {
            let of = self.at(k - 1);
            if of.len() >= 4 && turkish_genitive(of) {
                return Some((Dehumanisation, i, k + 1));
            }
        }
        // `Engelliler yük, ölüme terk edilmeli` ("the disabled are a burden, they should be
        // left to die").
        if let Some(k) = self.first_in(end..end + 4, &["olume"]) {
            if self.at(k + 1) == "terk"
                && self.is(k + 2, &["edilmeli", "edilmeliler", "edilsin", "edilsinler"])
            {
                return Some((Exclusion, i, k + 3));
            }
        }
        // `Kadınlar hiçbir şeye güvenilemeyecek kadar aptal` ("women are too stupid to be
        // trusted with anything"), the flaw closing the clause (not `kadınlar da erkekler
        // kadar aptal olabilir`, "women can be as stupid as men").
        if let Some(k) = self.first_in(end..end + 6, &["kadar"]) {
            // (`Kadınlar oy kullanamayacak kadar duygusal`, "women are too emotional to be able
            // to vote": what they cannot do, before; not `kadınlar erkekler kadar duygusal`,
            // "as emotional as men".)
            let unable = k > end && {
                let before = self.at(k - 1);
                before.ends_with("amayacak") || before.ends_with("emeyecek")
            };
            let emotional = unable && self.is(k + 1, &["duygusal", "duygusaldir"]);
            if (self.is(k + 1, &STEREOTYPE_TR) || emotional) && self.phrase_ends_before(k + 2) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `Бабы в политике ничего не понимают` ("women understand nothing of politics"),
        // `Kadınlar siyasetten hiçbir şey anlamaz` (chat's `bi şey anlamıyo` read so): a mind
        // denied to a group, the verb closing its phrase (not children: `Дети ничего не
        // понимают в налогах`).
        let young = self.any_in(i..end, &["дети", "детей", "cocuklar", "cocuk"]);
        let understand = [
            "понимают",
            "anlamaz",
            "anlamazlar",
            "anlamiyor",
            "anlamiyorlar",
        ];
        // (Two words before the verb say "nothing": `ничего не`, `hiçbir şey`.)
        if let Some(k) = self.first_in(end + 2..end + 6, &understand) {
            let nothing = self.seq(k - 2, &["ничего", "не"])
                || self.at(k - 1) == "sey" && self.is(k - 2, &["hicbir", "bir", "bi"]);
            // (Or what of, after it, closing the clause: `... anlamıyor siyasetten`, `...
            // понимают в политике`.)
            let of_after = k + 2 == self.len()
                && ["dan", "den", "tan", "ten"]
                    .iter()
                    .any(|e| self.at(k + 1).ends_with(e))
                || k + 3 == self.len() && self.at(k + 1) == "в";
            let closes = self.phrase_ends_before(k + 1) || of_after;
            if nothing && closes && !young {
                return Some((Stereotype, i, k + 1));
            }
        }
        // `Araplar sadece sopadan anlar` ("Arabs only understand the stick").
        if self.is(end, &["sadece", "yalnizca", "ancak"])
            && self.is(
                end + 1,
                &["sopadan", "dayaktan", "kotekten", "zordan", "siddetten"],
            )
            && self.is(end + 2, &["anlar", "anlarlar"])
        {
            return Some((Stereotype, i, end + 3));
        }
        // `Kadınlar mutfağa` ("women to the kitchen"), closing its phrase, or `... mutfağa
        // dönsün` ("... back to the kitchen").
        // (`Deliler hastaneye kapatılsın, sokaklar temizlensin`: "madmen should be shut in
        // hospitals, the streets cleaned".)
        if self.is(end, &["hastaneye", "hastanelere", "timarhaneye"])
            && self.is(end + 1, &["kapatilsin", "kapatilmali", "tikilsin"])
        {
            return Some((Exclusion, i, end + 2));
        }
        // (`Kadınlar mutfakta kalsın, yorum yapmasın`: "women should stay in the kitchen, not
        // comment".)
        if self.at(end) == "mutfakta" && self.is(end + 1, &["kalsin", "kalsinlar", "kalmali"]) {
            return Some((Exclusion, i, end + 2));
        }
        // (`Kadınlar mutfaktan çıkmasın`: "women should not leave the kitchen".)
        if self.at(end) == "mutfaktan"
            && self.is(end + 1, &["cikmasin", "cikmasinlar", "cikmamali"])
        {
            return Some((Exclusion, i, end + 2));
        }
        if self.at(end) == "mutfaga" {
            let back =
                usize::from(self.is(end + 1, &["donsun", "donsunler", "gitsin", "gitsinler"]));
            if self.phrase_ends_before(end + 1 + back) {
                return Some((Exclusion, i, end + 1 + back));
            }
        }
        // (`Kadınlar oyun oynamasın, mutfağa dönsün`: "... back to the kitchen", after what
        // they are told not to do.)
        if let Some(k) = self.first_in(end + 1..end + 6, &["mutfaga"]) {
            if self.is(k + 1, &["donsun", "donsunler", "gitsin", "gitsinler"]) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Kadınlar siyasetten anlamaz` ("women don't understand politics"): a group said to
        // lack the mind for something, named in the ablative (`-dan`, `-den`, `-tan`, `-ten`).
        let subject = self.at(end);
        let ablative = subject.chars().count() > 4 && turkish_ablative(subject);
        if ablative
            && self.is(
                end + 1,
                &["anlamaz", "anlamazlar", "anlamiyor", "anlamiyorlar"],
            )
        {
            return Some((Stereotype, i, end + 2));
        }
        // `Kadınlar sadece doğurmak için var` ("women exist only to give birth").
        // (`kadınlar sadece çocuk doğurmak için var`: two words before `için`.)
        if self.at(end) == "sadece" {
            if let Some(k) = (end + 2..end + 4).find(|&k| self.at(k) == "icin") {
                if self.is(k + 1, &["var", "vardir", "yaratilmis", "yaratilmistir"]) {
                    return Some((Stereotype, i, k + 2));
                }
            }
        }
        // `Siyahlar maymundan türemiş` ("Blacks descend from apes").
        if self.is(end, &["maymundan", "maymunlardan"]) && self.at(end + 1).starts_with("tur") {
            return Some((Dehumanisation, i, end + 2));
        }
        None
    }

    /// [`Clause::excluded_ru_tr`]'s group said to cheat, steal, spoil or buy everything (`цыгане
    /// воруют детей`, `евреи опять всё купили`).
    fn group_said_to_cheat_or_buy_all(
        &self,
        i: usize,
        end: usize,
    ) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Conspiracy, Stereotype};
        // `азербайджанцы только и умеют, что торговать и обманывать` ("... only know how to
        // trade and cheat").
        if self.seq(end, &["только", "и", "умеют"]) {
            // (Trading alone is no vice: `... только и умеют, что торговать` is left alone.)
            let vices = ["обманывать", "воровать", "красть", "грабить", "пить"];
            if self.any_in(end + 3..end + 8, &vices) {
                return Some((Stereotype, i, end + 3));
            }
        }
        // `Цыгане только воровать и плясать умеют` ("Gypsies only know how to steal and
        // dance"): the same, the verb last.
        if self.at(end) == "только" {
            let can = self.first_in(end + 2..end + 6, &["умеют"]);
            let vices = ["обманывать", "воровать", "красть", "грабить", "пить"];
            if let Some(k) = can.filter(|&k| self.any_in(end + 1..k, &vices)) {
                return Some((Stereotype, i, k + 1));
            }
        }
        // `Цыгане рождаются ворами` ("Gypsies are born thieves"): a vice by birth.
        if self.is(end, &["рождаются", "родятся", "рождены"]) {
            let born = [
                "ворами",
                "преступниками",
                "бандитами",
                "убийцами",
                "насильниками",
                "террористами",
                "лжецами",
                "мошенниками",
            ];
            if self.is(end + 1, &born) {
                return Some((Stereotype, i, end + 2));
            }
        }
        // `Кавказцы скупают голоса, это все знают` ("Caucasians buy up votes, everyone knows").
        if self.is(end, &["скупают", "покупают", "скупили", "купили"])
            && self.is(end + 1, &["голоса", "выборы", "депутатов", "судей"])
        {
            return Some((Conspiracy, i, end + 2));
        }
        // `Евреи всегда найдут, как устроиться за чужой счёт` ("Jews will always find a way to
        // live at others' expense").
        if let Some(k) = self.first_in(end..end + 8, &["чужой"]) {
            if self.at(k - 1) == "за" && self.is(k + 1, &["счет", "спиной"]) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `Мигранты отнимают нашу работу и насилуют наших женщин`, `Göçmenler ... kadınlarımıza
        // tecavüz ediyor` ("... rape our women"): the old libel of strangers.
        if let Some(k) = self.first_in(end..end + 8, &["насилуют"]) {
            if self.seq(k + 1, &["наших", "женщин"]) {
                return Some((Stereotype, i, k + 3));
            }
        }
        if let Some(k) = self.first_in(end..end + 8, &["kadinlarimiza", "kizlarimiza"]) {
            if self.at(k + 1) == "tecavuz" && self.at(k + 2).starts_with("ed") {
                return Some((Stereotype, i, k + 3));
            }
        }
        // `азиаты все на одно лицо и все воруют` ("Asians all look alike and all steal").
        // (And `цыгане воруют детей` ("Gypsies steal children"): the old libel.)
        // (`евреи всегда всё портят`, "the Jews always spoil everything".)
        let always = end + usize::from(self.at(end) == "всегда");
        if self.at(always) == "все" && self.is(always + 1, &["портят", "разрушают", "губят"])
        {
            return Some((Stereotype, i, always + 2));
        }
        if let Some(k) = self.first_in(end..end + 8, &["воруют", "крадут"]) {
            if self.at(k - 1) == "все" {
                return Some((Stereotype, i, k + 1));
            }
            if k == end && self.is(k + 1, &["детей", "младенцев"]) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `Цыгане воруют, это все знают`, `Мигранты крадут всё, что плохо лежит` ("Gypsies
        // steal, everyone knows it", "... steal anything not nailed down"): a group said to
        // steal, nothing stolen named but all (not `... воруют сердца зрителей`, "steal the
        // audience's hearts"), as `Gypsies steal` in English.
        if self.is(end, &["воруют", "крадут", "грабят"])
            && (self.at(end + 1) == "все" || self.phrase_ends_before(end + 1))
        {
            return Some((Stereotype, i, end + 1));
        }
        // `Suriyeliler hırsızlık yapar` ("Syrians commit theft"; `çalar` is also "play" and
        // "ring", and is left alone).
        let commit = ["yapar", "yaparlar", "yapiyor", "yapiyorlar"];
        if self.at(end) == "hirsizlik" && self.is(end + 1, &commit) {
            return Some((Stereotype, i, end + 2));
        }
        // `Евреи опять всё купили, и газету эту тоже` ("the Jews have bought everything
        // again, this paper too"), `Jews own everything`: a group said to own all (not
        // `туристы скупили все билеты`, "tourists bought all the tickets": what was bought
        // named).
        let again = end + usize::from(self.is(end, &["опять", "снова", "уже", "again"]));
        // (`Евреи скупили весь футбол`: "... bought up all of football".)
        let all_bought = self.at(again) == "все" && self.is(again + 1, &["купили", "скупили"])
            || self.is(again, &["купили", "скупили"])
                && self.is(again + 1, &["все", "весь", "всю"])
            || self.is(again, &["own", "bought", "control"]) && self.at(again + 1) == "everything";
        if all_bought && self.phrase_ends_before(again + 2) {
            return Some((Conspiracy, i, again + 2));
        }
        // `Евреи опять всё украли, как всегда`, `Jews stole everything again, as always`: a
        // group said to steal all, as is its habit (not `the British stole everything from the
        // museum`, a deed named, nor `the Dutch stole the show again`).
        let habit = ["опять", "снова", "всегда", "again", "always"];
        let stole = ["украли", "своровали", "разворовали", "stole", "steal"];
        let verb = end + usize::from(self.is(end, &habit));
        let all_stolen = self.at(verb) == "все" && self.is(verb + 1, &stole)
            || self.is(verb, &stole) && self.is(verb + 1, &["все", "everything"]);
        let closed = verb + 2 + usize::from(self.is(verb + 2, &habit));
        if all_stolen && self.any_in(end..self.len(), &habit) && self.phrase_ends_before(closed) {
            return Some((Stereotype, i, closed));
        }
        // (`Евреи купили всю прессу`, "... have bought all the press".)
        let the_press = ["прессу", "сми", "газеты", "телевидение", "власть"];
        if self.is(again, &["купили", "скупили"])
            && self.at(again + 1) == "всю"
            && self.is(again + 2, &the_press)
            || self.is(again, &["купили", "скупили"]) && self.seq(again + 1, &["все", "сми"])
        {
            return Some((Conspiracy, i, again + 3));
        }
        None
    }

    /// [`Clause::excluded_ru_tr`]'s group told it has no business here, sent back or out, likened
    /// to vermin (`Suriyeliler kanalizasyon fareleri gibi`, `Kürtleri bu ülkeden atmak lazım`).
    fn group_sent_back_or_vermin(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Dehumanisation, Exclusion, Stereotype};
        // `Kürtler medeniyetsiz dağ adamları, şehirde işleri yok` ("... they have no business
        // in the city"), `burada işleri yok`: a group told it has no place.
        if let Some(k) = self.first_in(end..end + 8, &["isleri", "isi"]) {
            let place = [
                "sehirde",
                "burada",
                "ulkede",
                "ulkemizde",
                "avrupada",
                "istanbulda",
            ];
            if k > 0 && self.is(k - 1, &place) && self.at(k + 1) == "yok" {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Suriyeli dilenciler ülkeyi mahvetti, geri gönderin hepsini` ("... send them all
        // back"): the whole group sent back.
        if let Some(k) = self.first_in(end..end + 8, &["geri"]) {
            let sent = ["gonderin", "gonderilmeli", "gondermek", "gonderilsin"];
            if self.is(k + 1, &sent)
                && self.any_in(k.saturating_sub(2)..k + 4, &["hepsini", "hepsi"])
            {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Kürtler zaten doğayı da ülkeyi de mahvetti` ("the Kurds have ruined nature and the
        // country anyway"): the land's ruin blamed on a people (not `Suriyeliler ülkeyi
        // mahvetti diyenler yanılıyor`, "those who say ... are wrong": said by others).
        if let Some(k) = self.first_in(
            end..end + 7,
            &["mahvetti", "mahvettiler", "batirdi", "batirdilar"],
        ) {
            let land = [
                "ulkeyi",
                "ulkemizi",
                "memleketi",
                "sehri",
                "sehrimizi",
                "dogayi",
                "mahalleyi",
            ];
            let others = self.is(k + 1, &["diyenler", "diyen", "demek", "sanmak", "iddiasi"]);
            if self.any_in(end..k, &land) && !others {
                return Some((HateKind::Stereotype, i, k + 1));
            }
        }
        // `Suriyeliler kanalizasyon fareleri gibi` ("Syrians are like sewer rats").
        // (`bu göçmenler sıçan gibi çoğalıyor`: "... breed like rats".)
        let vermin = [
            "fareleri",
            "fareler",
            "fare",
            "sican",
            "sicanlar",
            "hamamboceklerine",
            "hamambocekleri",
            "hamambocegi",
            "bocekler",
            // (`hamam böceği`, "cockroach", in two words.)
            "bocegi",
            "bocekleri",
            "cekirge",
            "cekirgeler",
        ];
        if let Some(k) = self.first_in(end..end + 3, &vermin) {
            // (`Suriyeliler çekirge sürüsü gibi her yeri sardı`: "... like a swarm of locusts".)
            let like = k + 1 + usize::from(self.at(k + 1) == "surusu");
            if self.at(like) == "gibi" {
                return Some((Dehumanisation, i, like + 1));
            }
        }
        // `Kadınlar eksik etek` (an idiom calling women lesser), `Kürt oyuncular takıma ihanet
        // eder` ("... betray the team"): a group called lesser or false by nature.
        if self.seq(end, &["eksik", "etek"]) {
            return Some((Stereotype, i, end + 2));
        }
        if let Some(k) = self.first_in(end..end + 3, &["ihanet"]) {
            if self.is(k + 1, &["eder", "ederler", "ediyor", "ediyorlar"]) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `Kadınlar sesini çıkarmasın` ("women should not make a sound").
        if let Some(k) = self.first_in(end..end + 4, &["sesini", "seslerini"]) {
            if self.is(k + 1, &["cikarmasin", "cikarmasinlar"]) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Kadın yorumcular futbolu bilmez, susup otursunlar` ("... should shut up and sit
        // down"): a group told to keep silent.
        if let Some(k) = self.first_in(end..end + 6, &["susup", "sussunlar"]) {
            if self.at(k) == "sussunlar" || self.is(k + 1, &["otursunlar", "otursun"]) {
                return Some((Exclusion, i, k + 1 + usize::from(self.at(k) == "susup")));
            }
        }
        // `Suriyeliler hayvandan farksız` ("Syrians are no different from animals").
        if self.is(end, &["hayvandan", "hayvanlardan"]) && self.at(end + 1) == "farksiz" {
            return Some((Dehumanisation, i, end + 2));
        }
        // `таджики хуже животных` ("Tajiks are worse than animals").
        let worse = end + usize::from(self.is(end, &["просто", "все", "вообще"]));
        if self.at(worse) == "хуже" {
            let beasts = [
                "животных",
                "скота",
                "скотов",
                "зверей",
                "свиней",
                "собак",
                "крыс",
                "обезьян",
                "тараканов",
            ];
            if self.is(worse + 1, &beasts) {
                return Some((Dehumanisation, i, worse + 2));
            }
        }
        // `Suriyelileri toplayıp sınır dışı etmek lazım` ("round up the Syrians and deport
        // them").
        if let Some(k) = (end..end + 4).find(|&k| self.seq(k, &["sinir", "disi"])) {
            // (`Ermenilerin sonuncusuna kadar sınır dışı edilmesi lazım`, "the Armenians must
            // be deported to the last one".)
            let done = self.is(k + 2, &["etmek", "edilmesi"])
                && self.is(k + 3, &["lazim", "gerek"])
                || self.is(k + 2, &["edilmeli", "edilmelidir", "edilsin", "edilsinler"]);
            if done {
                return Some((Exclusion, i, k + 4));
            }
        }
        // `Kürtleri bu ülkeden atmak lazım` ("the Kurds must be thrown out of this country"),
        // `Ermenilerin hepsi ülkeden sürülmeli` ("... should be driven out").
        // (`Rumlar bu adadan temizlenmeli`: "... cleansed from this island".)
        let out = self.first_in(
            end..end + 3,
            &[
                "ulkeden",
                "ulkemizden",
                "topraklardan",
                "adadan",
                "sehirden",
                "ekrandan",
                "ekranlardan",
                "televizyondan",
                "sahneden",
                "sahnelerden",
                // (`Eşcinseller hapse atılmalı`: "... thrown into prison".)
                "hapse",
            ],
        );
        if let Some(k) = out {
            if self.is(
                k + 1,
                &["atmak", "kovmak", "surmek", "temizlemek", "silmek"],
            ) && self.is(k + 2, &["lazim", "gerek", "lazimdir", "gerekir"])
            {
                return Some((Exclusion, i, k + 3));
            }
            if self.is(k + 1, &TR_DRIVEN_OUT) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Suriyeliler oy kullanırsa hepsini sınır dışı edin` ("... deport them all").
        if let Some(k) = self.first_in(end..end + 6, &["hepsini"]) {
            if self.seq(k + 1, &["sinir", "disi"])
                && self.is(k + 3, &["edin", "edilmeli", "etmeli", "etmek"])
            {
                return Some((Exclusion, i, k + 4));
            }
        }
        // `Suriyelileri gemilere doldurup geri yollamak lazım` ("load the Syrians onto ships
        // and send them back"): people stuffed in like cargo.
        if let Some(k) = self.first_in(end..end + 3, &["doldurup", "doldurmak"]) {
            let cargo = ["gemilere", "kamyonlara", "otobuslere", "vagonlara"];
            if k > end && self.any_in(end..k, &cargo) {
                return Some((Exclusion, i, k + 1));
            }
        }
        // `kadınların aklı yok` ("women have no brains").
        if let Some(k) = (end..end + 2).find(|&k| self.seq(k, &["akli", "yok"])) {
            return Some((Stereotype, i, k + 2));
        }
        None
    }

    /// [`Clause::excluded_ru_tr`]'s group blamed for every trouble, told to go home, to be cured or
    /// driven out (`от них одни беды`, `геев надо лечить`, `цыган надо гнать из города`).
    fn group_cured_or_driven_out(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Exclusion, Stereotype};
        // `евреи опять всё скупили, от них одни беды` ("... nothing but trouble from them"):
        // a group blamed for every ill.
        if let Some(k) = (end..end + 6).find(|&k| self.seq(k, &["от", "них", "одни"])) {
            if self.is(k + 3, &["беды", "проблемы", "несчастья"]) {
                return Some((Stereotype, i, k + 4));
            }
        }
        // `Kürtler ölsün` ("let the Kurds die"), `Yaşlılar artık ölsün` ("... die now"),
        // `... bir an önce gebersin`: the group's death called for, closing its clause.
        // (`ölsün` read as written: folded, it is `olsun`, "let it be": `Kürtler de olsun`.)
        let last = self.len().saturating_sub(1);
        let filler = ["artik", "de", "da", "hepsi", "bir", "an", "once", "hemen"];
        if last >= end && last < end + 5 && (end..last).all(|k| self.is(k, &filler)) {
            let died = self.is(last, &["gebersin", "gebersinler"])
                || self.is(last, &["olsun", "olsunler"]) && self.written_starts_with(last, "öl");
            if died {
                return Some((Exclusion, i, last + 1));
            }
        }
        // `Kürtler devletin sırtından geçinen parazitler` ("Kurds are parasites living off the
        // state"), `Eşcinseller toplumu içten çürüten bir hastalık` ("... a disease rotting
        // society from within"): the group called a name that a participle describes, closing
        // the clause (not `Kürtler parazitlerle savaşan çiftçiler`, "farmers fighting pests").
        let noun = self.len().saturating_sub(1);
        if noun > end + 1 && noun < end + 7 && self.is(noun, &DEHUMANISING_TR) {
            let participle = noun - 1 - usize::from(self.at(noun - 1) == "bir");
            let w = self.at(participle);
            if participle > end && (w.ends_with("en") || w.ends_with("an")) {
                return Some((HateKind::Dehumanisation, i, noun + 1));
            }
        }
        // `Kürtler bu ülkeye ihanet etti, hepsi sürülmeli` ("... all of them should be driven
        // out"): the whole group, named again.
        // (`Ermenilerin hepsi dışarı atılmalı`: "... thrown outside".)
        if let Some(k) = self.first_in(end..end + 8, &["hepsi"]) {
            let out = k + 1 + usize::from(self.at(k + 1) == "disari");
            if self.is(out, &TR_DRIVEN_OUT) {
                return Some((Exclusion, i, out + 1));
            }
            // (`Suriyeliler hastaneleri istila etti, hepsi mikrop`: "... all of them germs",
            // the name closing the clause.)
            if self.is(k + 1, &DEHUMANISING_TR) && k + 2 == self.len() {
                return Some((HateKind::Dehumanisation, i, k + 2));
            }
            // (`İsrailliler bebek katili, hepsi cehennemde yansın`: "... may they all burn in
            // hell"; `hepsi gebersin`, "... may they all croak".)
            // (`Kürtler oylarını satar, hepsi satılmış`: "... all of them sold out".)
            if self.is(
                k + 1,
                &["satilmis", "hain", "hirsiz", "haindir", "satilmistir"],
            ) && k + 2 == self.len()
            {
                return Some((Stereotype, i, k + 2));
            }
            // (`Engelliler topluma yük, hepsi evde otursun`: "... all of them should stay at
            // home".)
            if self.seq(k + 1, &["evde", "otursun"]) || self.seq(k + 1, &["evden", "cikmasin"]) {
                return Some((Exclusion, i, k + 3));
            }
            let in_hell = self.seq(k + 1, &["cehennemde", "yansin"]);
            if in_hell || self.at(k + 1) == "gebersin" {
                return Some((HateKind::Dehumanisation, i, k + 2 + usize::from(in_hell)));
            }
        }
        // `Ermenilere yapılanı bir daha yapmak lazım` ("what was done to the Armenians must be
        // done again").
        if self.at(end).starts_with("yapilan") {
            let again = self.seq(end + 1, &["bir", "daha"]) || self.at(end + 1) == "tekrar";
            let done = (end + 2..end + 5)
                .find(|&k| self.at(k) == "yapmak" && self.is(k + 1, &["lazim", "gerek"]));
            if let Some(k) = done.filter(|_| again) {
                return Some((HateKind::Exclusion, i, k + 2));
            }
        }
        // `мигранты пусть едут домой` ("let the migrants go home"), `таджики понаехали и
        // отняли у нас работу, пусть катятся обратно` ("..., let them roll back").
        if let Some(k) = self.first_in(end..end + 8, &["пусть"]) {
            if self.is(
                k + 1,
                &[
                    "едут",
                    "валят",
                    "убираются",
                    "уезжают",
                    "возвращаются",
                    "катятся",
                ],
            ) && self.any_in(k + 2..k + 4, &["домой", "обратно", "родину", "себе"])
            {
                return Some((Exclusion, i, k + 4));
            }
        }
        // `геев надо лечить` ("gays must be treated"), `eşcinseller zorla tedavi edilmeli`
        // ("... should be treated by force"): a group called ill; not `мигрантов надо лечить
        // бесплатно` ("migrants must be treated free of charge"), `... ücretsiz tedavi
        // edilmeli`.
        let free = |k: usize| self.any_in(end..k + 3, &["бесплатно", "ucretsiz", "ucretsizce"]);
        if let Some(k) = (end..end + 3).find(|&k| self.is(k, &["надо", "нужно", "следует"]))
        {
            if self.at(k + 1) == "лечить" && !free(k) {
                return Some((Stereotype, i, k + 2));
            }
            // (`геев лечить надо`: the verb first.)
            if k > end && self.at(k - 1) == "лечить" && !free(k) {
                return Some((Stereotype, i, k + 1));
            }
        }
        if let Some(k) = (end..end + 3).find(|&k| self.seq(k, &["tedavi", "edilmeli"])) {
            if !free(k) {
                return Some((Stereotype, i, k + 2));
            }
        }
        // `Eşcinseller hasta` ("gays are sick"), closing the clause: not `Suriyeliler hasta
        // oldu` ("the Syrians fell ill").
        if self.is(end, &["hasta", "hastalar"]) && end + 1 == self.len() {
            return Some((Stereotype, i, end + 1));
        }
        // `Çingeneler kısırlaştırılmalı` ("Gypsies should be sterilised").
        if let Some(k) = (end..end + 3).find(|&k| self.is(k, &TR_STERILISED)) {
            return Some((HateKind::Dehumanisation, i, k + 1));
        }
        // `цыган надо гнать из города` ("the Gypsies must be driven out of the city"),
        // `чеченцев надо всех выслать` ("... all deported").
        // (`таджики хуже животных, их надо вышвырнуть`: the group named again, `их`.)
        let again = |k: usize| k < end + 3 || k < end + 8 && self.at(k - 1) == "их";
        if let Some(k) =
            (end..end + 8).find(|&k| self.is(k, &["надо", "нужно", "пора"]) && again(k))
        {
            let verb = k + 1 + usize::from(self.is(k + 1, &["всех", "их"]));
            if self.is(verb, &RU_DRIVE_OUT) {
                return Some((Exclusion, i, verb + 1));
            }
            // (`Цыгане опять весь район загадили, выгнать их надо`: the verb first.)
            if self.is(k - 1, &["их"]) && self.is(k - 2, &RU_DRIVE_OUT) {
                return Some((Exclusion, i, k + 1));
            }
            // (`Геев надо сажать в тюрьму`: "gays must be put in prison"; `сажать` alone is
            // as often to plant.)
            let jailed = self.is(verb, &["сажать", "посадить", "пересажать"])
                && (self.seq(verb + 1, &["в", "тюрьму"]) || self.seq(verb + 1, &["за", "решетку"]));
            if jailed {
                return Some((Exclusion, i, verb + 3));
            }
            // (`Цыган надо стерилизовать`: "Gypsies must be sterilised", a people treated as
            // strays are.)
            if self.is(verb, &RU_STERILISE) {
                return Some((HateKind::Dehumanisation, i, verb + 1));
            }
            // (`Геев на телевидении надо запретить, а лучше изолировать`: "... banned, or
            // better, isolated".)
            if self.at(verb) == "запретить"
                && self.seq(verb + 1, &["а", "лучше"])
                && self.is(verb + 3, &RU_DRIVE_OUT)
            {
                return Some((Exclusion, i, verb + 4));
            }
        }
        None
    }

    /// [`Clause::excluded_ru_tr`]'s group said to rule the world, start its wars or sell the
    /// country, in Russian (`евреи правят миром`).
    fn group_ruling_the_world_ru(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::Conspiracy;
        // `евреи правят миром` ("the Jews rule the world"), `... контролируют СМИ`.
        // (`евреи захватили всё телевидение`, "... have seized all the television".)
        // (`евреи всё скупили и управляют нами`: "... bought up everything and rule us".)
        let verb = (end..(end + 4).min(self.len()))
            .find(|&k| self.is(k, &["правят", "управляют", "контролируют"]))
            .filter(|&k| k == end || self.at(k - 1) == "и")
            .unwrap_or(end);
        let all = verb + 1 + usize::from(self.is(verb + 1, &["все", "всё", "всеми", "всей"]));
        if self.is(
            verb,
            &[
                "правят",
                "управляют",
                "контролируют",
                "владеют",
                "захватили",
            ],
        ) && self.is(
            all,
            &[
                "миром",
                "мир",
                "сми",
                "банками",
                "банки",
                "правительством",
                "телевидение",
                "телевидением",
                "нами",
                "страной",
                "газетами",
                "прессой",
            ],
        ) {
            return Some((Conspiracy, i, all + 1));
        }
        // `евреи опять всем заправляют` ("the Jews run everything again").
        let run = (end..(end + 3).min(self.len())).find(|&k| self.at(k) == "заправляют");
        if let Some(k) = run {
            let between = ["опять", "снова", "всем", "везде", "всегда", "тут", "здесь"];
            let everything = self.any_in(end..k, &["всем", "везде"])
                || self.is(k + 1, &["всем", "миром", "страной"]);
            if (end..k).all(|j| self.is(j, &between)) && everything {
                return Some((
                    Conspiracy,
                    i,
                    k + 1
                        + usize::from(
                            k + 1 < self.len() && self.is(k + 1, &["всем", "миром", "страной"]),
                        ),
                ));
            }
        }
        // `евреи развязали все войны` ("the Jews started all the wars"; not `немцы развязали
        // войну в 1939 году`, history).
        if self.is(end, &["развязали", "развязывают"]) && self.seq(end + 1, &["все", "войны"])
        {
            return Some((Conspiracy, i, end + 3));
        }
        // `евреи продали нашу страну` ("the Jews sold our country"); not `страна продала газ`.
        if self.is(end, &["продали", "продают", "продадут"])
            && self.any_in(end + 1..end + 3, &["страну", "родину", "россию"])
        {
            return Some((Conspiracy, i, end + 3));
        }
        None
    }

    /// [`Clause::excluded_ru_tr`]'s group called the country's enemy, its ruler or occupier, or
    /// denied the vote, in Turkish (`Yahudiler dünyayı yönetiyor`).
    fn group_enemy_or_occupier_tr(&self, i: usize, end: usize) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Conspiracy, Exclusion, Stereotype};
        // `Ermeniler bu ülkenin düşmanı` ("Armenians are this country's enemy"): the enemy of
        // what the genitive before it names.
        if let Some(k) = (end + 1..end + 4).find(|&k| self.is(k, &TR_ENEMY)) {
            let of = self.at(k - 1);
            if of.ends_with("nin") || of.ends_with("nun") {
                return Some((Stereotype, i, k + 1));
            }
        }
        // `Yahudiler dünyayı yönetiyor` ("the Jews rule the world"), `... medyayı kontrol
        // ediyor`.
        // (`Yahudiler dünyayı parayla yönetiyor`, "... with money": a word between.)
        // (Not denied: `... kontrol etmiyor`, `... yönetmiyor`, "do not control", "do not rule".)
        // (`Yahudiler medyayı ve bankaları kontrol ediyor`: two things ruled.)
        // (`Yahudiler bütün bankaları kontrol ediyor`: "... all the banks".)
        let ruled_things = [
            "dunyayi",
            "medyayi",
            "bankalari",
            "hukumeti",
            "savaslari",
            "ekonomiyi",
        ];
        let thing = end + usize::from(self.is(end, &["butun", "tum"]));
        if self.is(thing, &ruled_things) {
            let last = if self.at(thing + 1) == "ve" && self.is(thing + 2, &ruled_things) {
                thing + 2
            } else {
                thing
            };
            let not_ruling = ["yonetmiyor", "yonetmez", "yonetmed", "yonetem"];
            let ruled = (last + 1..(last + 3).min(self.len())).find(|&k| {
                let word = self.at(k);
                word.starts_with("yonet") && !not_ruling.iter().any(|n| word.starts_with(n))
                    || word == "kontrol" && self.at(k + 1).starts_with("ed")
            });
            if let Some(k) = ruled {
                return Some((Conspiracy, i, k + 1));
            }
        }
        // `Yahudiler bu ülkedeki bütün gazetelerin sahibi` ("the Jews own all the newspapers
        // in this country"): the owner of what the country reads or banks with (not
        // `Yahudiler bu gazetenin sahibini tanıyor`, "... know the paper's owner").
        let owned = ["gazetelerin", "medyanin", "bankalarin", "televizyonlarin"];
        if let Some(k) = (end..end + 5).find(|&k| self.is(k, &owned)) {
            if self.is(k + 1, &["sahibi", "sahipleri", "sahibidir", "sahipleridir"])
                && k + 2 == self.len()
            {
                return Some((Conspiracy, i, k + 2));
            }
        }
        // `Göçmenler ülkemizi işgal ediyor` ("migrants are occupying our country").
        // (`Mülteciler ülkemizi istila ediyor`: "... invading our country".)
        // (Said of them, not of what they fled: `... ülkemizi istila eden savaştan kaçtı`, "fled
        // the war that invaded our country".)
        if let Some(k) = (end..end + 3).find(|&k| self.is(k, &["isgal", "istila"])) {
            let does = [
                "ediyor",
                "ediyorlar",
                "etti",
                "ettiler",
                "eder",
                "ederler",
                "edecek",
                "edecekler",
            ];
            if self.is(k + 1, &does) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Kadınlar oy kullanmamalı` ("women should not vote").
        if self.at(end) == "oy" && self.is(end + 1, &["kullanmamali", "vermemeli"]) {
            return Some((Exclusion, i, end + 2));
        }
        None
    }

    /// [`Clause::excluded_ru_tr`]'s group kept at home or told it has no place here (`kadınların
    /// yeri mutfaktır`, `мигрантам здесь не место`, `Suriyeliler ülkelerine geri dönsün`).
    fn group_kept_home_or_unwanted(
        &self,
        i: usize,
        end: usize,
    ) -> Option<(HateKind, usize, usize)> {
        use HateKind::{Conspiracy, Exclusion, Stereotype};
        // `Ermenilere bu ülkede rahat yok` ("no peace for Armenians in this country"): a
        // group, in the dative, told it will not be left alone (not `bu ülkede rahat yok`,
        // said of no one).
        if self.seq(end, &["bu", "ulkede", "rahat", "yok"]) {
            return Some((Exclusion, i, end + 4));
        }
        // `Kadınlar siyasetten anlamaz, evde otursunlar` ("... let them sit at home").
        // (`Kadın mutfakta oturup çenesini kapamalı`: "... in the kitchen, and shut her
        // mouth".)
        let home = ["evde", "evlerinde", "mutfakta"];
        if let Some(k) = (end..end + 6).find(|&k| self.is(k, &home)) {
            // (`Kadınlar evde oturmalı`, "women should sit at home".)
            // (`Kadınlar akıllı olsaydı evde otururlardı`, "if women were clever they would
            // sit at home".)
            let would = self.is(k + 1, &["otururlardi", "kalirlardi"])
                && self.any_in(end..k, &["olsaydi", "olsalardi"]);
            if would
                || self.at(k + 1).starts_with("otursun")
                || self.is(k + 1, &["oturmali", "oturmalilar", "kalmali", "kalmalilar"])
            {
                return Some((Exclusion, i, k + 2));
            }
            // `Kadınlar evde oturup çocuk baksın` ("let women sit at home and mind the
            // children"): what they are told to do there, in the third person's imperative or
            // as what they must (`kapamalı`).
            let told = |w: &str| {
                [
                    "sin", "sun", "sinler", "sinlar", "sunler", "sunlar", "mali", "meli",
                ]
                .iter()
                .any(|e| w.ends_with(e))
            };
            if self.at(k + 1) == "oturup" {
                if let Some(verb) = (k + 2..k + 5).find(|&v| told(self.at(v))) {
                    return Some((Exclusion, i, verb + 1));
                }
            }
            // (`Kadınlar haber yapamaz, evde bulaşık yıkasınlar`: "... let them wash the dishes
            // at home".)
            if self.at(k + 1) == "bulasik" && told(self.at(k + 2)) {
                return Some((Exclusion, i, k + 3));
            }
        }
        // `kadınların yeri mutfaktır` ("a woman's place is the kitchen"), `... evidir` ("...
        // the home").
        if self.at(end) == "yeri"
            && self.is(
                end + 1,
                &["mutfak", "mutfaktir", "mutfaktadir", "evdir", "evidir"],
            )
        {
            return Some((Exclusion, i, end + 2));
        }
        // `bu ülkede Suriyelilere yer yok` ("there is no place for Syrians in this country").
        if let Some(k) = (end..end + 3).find(|&k| self.seq(k, &["yer", "yok"])) {
            return Some((Exclusion, i, k + 2));
        }
        // `мигрантам здесь не место` ("migrants have no place here").
        if let Some(k) = (end..end + 3).find(|&k| self.seq(k, &["не", "место"])) {
            return Some((Exclusion, i, k + 2));
        }
        // `Kadın dediğin evinde oturur` ("a woman, so called, sits at home"; not `... evde de
        // işte de güçlüdür`, "strong at home and at work").
        if self.seq(i, &["kadin", "dedigin"]) {
            let home = (i + 2..i + 4).find(|&k| self.is(k, &["evinde", "evde", "mutfakta"]));
            let sits = ["oturur", "oturmali", "oturmalidir", "kalir", "kalmali"];
            if let Some(k) = home.filter(|&k| self.is(k + 1, &sits)) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Kadınların aklı bir karış` ("women's minds are a span long").
        if self.seq(end, &["akli", "bir", "karis"]) {
            return Some((Stereotype, i, end + 3));
        }
        // `бабы должны сидеть дома и молчать` ("women must sit at home and keep quiet"),
        // `все эти нерусские должны убраться из нашей страны` ("... must get out of our
        // country").
        if let Some(k) = (end..end + 2).find(|&k| self.is(k, &["должны", "должна", "обязаны"]))
        {
            if self.seq(k + 1, &["сидеть", "дома"]) || self.at(k + 1) == "молчать"
            {
                return Some((
                    Exclusion,
                    i,
                    k + 2 + usize::from(self.at(k + 1) == "сидеть"),
                ));
            }
            if self.is(
                k + 1,
                &["убраться", "убираться", "уехать", "свалить", "валить"],
            ) {
                return Some((Exclusion, i, k + 2));
            }
        }
        // `Беженцы должны вернуться туда, откуда приехали` ("refugees should go back where
        // they came from"), `пусть едут туда, откуда пришли`; not `... должны вернуться к
        // работе` ("back to work"), nor `хотят вернуться домой` ("want to go home").
        // `Сирийцы должны вернуться в Сирию` ("Syrians must go back to Syria"), the land
        // closing the clause (not `... хотят вернуться в Сирию`, "want to", nor `...,
        // когда война закончится`, "when the war ends").
        let told = (end..end + 2).find(|&k| self.is(k, &["должны", "обязаны", "пусть"]));
        // (`Сирийцы должны убираться обратно в Сирию`: "... clear off back to Syria".)
        if let Some(k) = told.filter(|&k| self.is(k + 1, &RU_GO_BACK)) {
            let back = k + 2 + usize::from(self.at(k + 2) == "обратно");
            let to_a_land = self.at(back) == "в" && back + 2 == self.len();
            if self.seq(back, &["туда", "откуда"]) || to_a_land {
                return Some((Exclusion, i, back + 2));
            }
        }
        // `Женщины слишком глупы, чтобы голосовать` ("women are too stupid to vote").
        // (`Женщины слишком эмоциональны, чтобы им давали голосовать`: "... too emotional to
        // be let vote".)
        if self.at(end) == "слишком"
            && self.is(
                end + 1,
                &[
                    "глупы",
                    "тупы",
                    "глупые",
                    "тупые",
                    "эмоциональны",
                    "истеричны",
                    "примитивны",
                ],
            )
            && self.at(end + 2) == "чтобы"
        {
            return Some((Stereotype, i, end + 3));
        }
        // `женщинам место на кухне` ("women's place is in the kitchen"), `... у плиты`.
        if let Some(k) = (end..end + 2).find(|&k| self.at(k) == "место") {
            if self.at_the_stove(k + 1) {
                return Some((Exclusion, i, k + 3));
            }
        }
        // `Yahudiler her şeyin arkasında` ("the Jews are behind everything"), `... her savaşın
        // arkasında` ("behind every war"); not `... her şeyin arkasında duruyor` ("stand
        // behind it all": support).
        let behind_every = |k: usize| {
            let of = self.at(k + 1);
            self.at(k) == "her" && turkish_genitive(of) && self.at(k + 2) == "arkasinda"
        };
        if let Some(k) = (end..end + 2).find(|&k| behind_every(k)) {
            if !self.at(k + 3).starts_with("dur") {
                return Some((Conspiracy, i, k + 3));
            }
        }
        // `Евреи стоят за каждой войной` ("the Jews are behind every war"); not `... стоят за
        // свои права` ("stand up for their rights").
        if self.seq(end, &["стоят", "за"])
            && self.is(end + 2, &["каждой", "каждым", "всеми", "всем", "любой"])
        {
            return Some((Conspiracy, i, end + 4));
        }
        // `Беженцы захватывают нашу страну` ("refugees are taking over our country"); not
        // `... захватывают внимание прессы` ("capture the press's attention").
        if self.is(end, &["захватывают", "оккупируют", "захватят"]) {
            let ours = end + 1 + usize::from(self.is(end + 1, &["нашу", "наши"]));
            if self.is(ours, &["страну", "европу", "россию", "города", "землю"])
            {
                return Some((Exclusion, i, ours + 1));
            }
        }
        // `Mülteciler geldikleri yere dönmeli` ("... should go back where they came from");
        // not `... dönmek istiyor` ("want to go back").
        let came_from = (end..end + 4)
            .find(|&k| self.seq(k, &["geldikleri", "yere"]) && self.is(k + 2, &TR_TOLD_BACK));
        if let Some(k) = came_from {
            return Some((Exclusion, i, k + 3));
        }
        // `Suriyeliler Suriye'ye geri dönmeli` ("Syrians should go back to Syria"), closing
        // the clause (not `... geri dönmek istiyor`).
        let back = (end..end + 4).find(|&k| {
            self.at(k) == "geri" && self.is(k + 1, &TR_TOLD_BACK) && k + 2 == self.len()
        });
        if let Some(k) = back {
            return Some((Exclusion, i, k + 2));
        }
        // `Suriyeliler ülkelerine geri dönsün` ("let them go back to their country"),
        // `burada istenmiyorlar` ("they are not wanted here"), `defolsunlar`.
        // (`Çingeneler bu mahalleyi pisletti, hepsi defolsun`: "... all of them, get out".)
        let out = ["defolsun", "defolsunlar", "istenmiyorlar", "istenmiyor"];
        let all_out = (end..self.len()).find(|&k| self.at(k - 1) == "hepsi" && self.is(k, &out));
        let sent_back = (end..end + 4)
            .find(|&k| {
                self.at(k) == "ulkelerine"
                    && (k + 1..k + 3).any(|d| self.at(d).starts_with("donsun"))
                    || self.is(k, &out)
            })
            .or(all_out)
            // (`Ermeni sporcular bizi temsil edemez, defolsunlar`: told to go, last.)
            .or_else(|| {
                let last = self.len() - 1;
                (last > end && self.is(last, &["defolsun", "defolsunlar"])).then_some(last)
            });
        sent_back.map(|k| (Exclusion, i, k + 1))
    }
}
