//! Menaces veiled as remarks in Russian and Turkish, read from a word of them: people who
//! vanished for less, a small world, a kindergarten checked, a door knocked on one night,
//! not long left, children who are mortal too, a turn that will come, a meeting soon (the
//! same in English: `veiled.rs`).

use crate::rules::clauses::Clause;

impl Clause<'_> {
    /// [`Clause::veiled_by_word`]'s menaces in Russian and Turkish: `люди и за меньшее
    /// пропадали`, `мир тесен`, `хороший садик, я проверил`, `yalnız gel`, `kapını çalarsak
    /// şaşırma`.
    pub(super) fn veiled_ru_tr_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `Тебе недолго осталось, поверь` ("you haven't long left"); not `... до пенсии`.
            "недолго" if i > 0 && self.is(i - 1, &["тебе", "вам"]) => {
                let left = self.at(i + 1) == "осталось";
                let rest = (i + 2..self.len()).all(|k| self.is(k, &["поверь", "поверьте"]))
                    || self.named_last(i + 2);
                (left && rest).then_some(i + 2)
            }
            // `Твои дети тоже смертны` ("your children are mortal too").
            "смертны" | "смертен" | "смертна" => {
                let yours = self.any_in(0..i, &["твои", "ваши", "ты", "вы", "твоя", "твой"]);
                (yours && self.any_in(0..i, &["тоже", "также"])).then_some(i + 1)
            }
            // `Sıran gelecek, bekle.` ("your turn will come, wait"), closing the text.
            "siran" if self.at(i + 1) == "gelecek" => {
                let rest = (i + 2..self.len()).all(|k| self.is(k, &["bekle", "gazeteci"]));
                (rest && self.ends_text(self.len() - 1)).then_some(i + 2)
            }
            // `люди и за меньшее пропадали` ("people have vanished for less").
            // (`Есть люди, которые исчезали и за меньшее`: the verb first.)
            "меньшее" => {
                let vanished = ["пропадали", "исчезали", "пропадают", "исчезают"];
                (i >= 1
                    && self.at(i - 1) == "за"
                    && (self.any_in(i + 1..i + 3, &vanished)
                        || i + 1 == self.len() && self.any_in(i.saturating_sub(4)..i, &vanished)))
                .then(|| (i + 2).min(self.len()))
            }
            // `с такими, как ты, раньше разговор был короткий` ("with people like you the talk
            // used to be short").
            "короткий" | "коротким" => (self
                .any_in(i.saturating_sub(3)..i, &["разговор"])
                && (0..i).any(|k| self.seq(k, &["такими", "как", "ты"])))
            .then_some(i + 1),
            // `некоторым журналистам давно пора замолчать навсегда` ("some journalists should
            // long since have fallen silent for ever").
            "навсегда"
                if i >= 1
                    && self.is(i - 1, &["замолчать", "заткнуться", "замолкнуть"])
                    && self.any_in(i.saturating_sub(4)..i, &["пора", "надо", "нужно"]) =>
            {
                Some(i + 1)
            }
            // `Вот бы тебя кто-нибудь заткнул раз и навсегда` ("if only someone shut you up once
            // and for all"): a person silenced for ever, wished, called for or promised (not
            // `заткнуть дыру в заборе навсегда`, a hole; nor `его заткнули навсегда`, reported).
            "навсегда" => {
                let past = ["заткнул", "заткнула", "заткнули"];
                let to_come = ["заткнуть", "заткну", "заткнем", "заткнут"];
                let silenced = (i.saturating_sub(5)..i)
                    .find(|&k| self.is(k, &past) || self.is(k, &to_come))?;
                let wished = !self.is(silenced, &past) || self.any_in(0..silenced, &["бы"]);
                let whom = ["тебя", "вас", "его", "ее", "их"];
                (wished && self.any_in(i.saturating_sub(7)..i, &whom)).then_some(i + 1)
            }
            // `Biri de şu ağzını sonsuza kadar kapatsa keşke` ("if only someone shut that mouth
            // of yours for ever"): the reader's mouth (not `dükkanı sonsuza kadar kapattılar`,
            // a shop).
            "sonsuza" => (self.is(i + 1, &["kadar", "dek"])
                && self.at(i + 2).starts_with("kapat")
                && self.any_in(i.saturating_sub(3)..i, &["agzini", "agzinizi"]))
            .then_some(i + 3),
            // `ты бы лучше подумал о своей семье, прежде чем такое писать` ("you'd better think
            // of your family before writing such things").
            // (Read from the verb: a clause's report verb, `подумал` starts no report here.)
            // (`о`, "about", may be read as a Latin look-alike: not looked at.)
            "подумал" | "подумай" | "подумала" | "подумайте" => {
                let yours =
                    self.is(i + 2, &["своей", "своих"]) && self.is(i + 3, &["семье", "детях"]);
                let before = |w: &str| matches!(w, "прежде" | "перед");
                let writing = self.any_in(i + 4..i + 6, &["прежде", "перед"])
                    || self.words_after().take(2).any(before);
                // (To the clause's end: `... такое писать` is the deed, not a report.)
                (yours && writing).then(|| self.len())
            }
            // `смотри, как бы с твоей машиной чего не случилось` ("mind nothing happens to
            // your car"), closing the clause; not `чтобы с тобой ничего не случилось`, a care.
            "случилось" => {
                // `Помнишь, что случилось с прошлым журналистом?` ("remember what happened to
                // the last journalist?"), the text's last words.
                if self.seq(i + 1, &["с", "прошлым"]) {
                    let role = self.is(
                        i + 3,
                        &["журналистом", "редактором", "автором", "корреспондентом"],
                    );
                    let asked = self.said_back(i, 4, &["помнишь", "знаешь", "помните"]);
                    // (Left there: not `... с прошлым редактором? Он ушёл на пенсию`.)
                    return (role && asked && self.ends_text(i + 3)).then_some(i + 4);
                }
                if i < 5 || i + 1 != self.len() || !self.seq(i - 2, &["чего", "не"]) {
                    return None;
                }
                let lest = (i.saturating_sub(8)..i - 2).any(|k| self.seq(k, &["как", "бы"]));
                let yours = self.any_in(
                    i.saturating_sub(7)..i - 2,
                    &["твоей", "твоим", "твоими", "тобой", "твоего", "твоему"],
                );
                (lest && yours).then_some(i + 1)
            }
            // `Давайте все вместе сходим к нему домой и покажем, что мы думаем` ("let's all go
            // to his place together and show him what we think"): a crowd at a person's home
            // (not `... сходим в мэрию и покажем ...`, the town hall).
            "домой"
                if i >= 2 && self.at(i - 2) == "к" && self.is(i - 1, &["нему", "ней", "ним"]) =>
            {
                let crowd = self.said_back(i, 6, &["давайте", "вместе", "все"]);
                let went = self.said_back(i, 4, &["сходим", "пойдем", "поедем", "придем"]);
                let shown = self.first_in(i + 1..i + 4, &["покажем", "объясним"]);
                shown.filter(|_| crowd && went).map(|k| k + 1)
            }
            // `Hep beraber evine gidip ona ne düşündüğümüzü gösterelim` (the same in Turkish; not
            // `Hep beraber belediyeye gidip ...`).
            "gosterelim" => {
                let home = self.said_back(i, 8, &["evine", "evlerine"]);
                let went = self.said_back(i, 8, &["gidip", "gidelim"]);
                let crowd = self.said_back(i, 10, &["beraber", "birlikte", "hepimiz", "toplanip"]);
                (home && went && crowd).then_some(i + 1)
            }
            // `узнаю, где живёт автор, приеду разберусь лично` ("I'll find out where the author
            // lives, I'll come and sort it out in person"; not `приеду разберусь с документами`).
            "разберусь" | "разберемся" => {
                let lives = self.said_back(i, 8, &["живет", "живешь", "живут"]);
                let come = i >= 1 && self.is(i - 1, &["приеду", "приедем", "приду", "придем"]);
                let with_what = self.is(i + 1, &["с", "c", "со"]);
                (lives && come && !with_what).then(|| (i + 2).min(self.len()))
            }
            // `хорошая у тебя квартира, на первом этаже, окна без решёток` ("nice flat you
            // have, ground floor, windows without bars"; not `окна без решёток — по закону`).
            "решеток" => {
                let bare = i >= 2 && self.seq(i - 2, &["окна", "без"]) && i + 1 == self.len();
                let yours = self.said_back(i, 12, &["тебя", "твоя", "твой", "твоей", "твоем"]);
                (bare && yours).then_some(i + 1)
            }
            // `ты бы лучше за дочкой следил, а не статьи писал` ("you'd better watch your
            // daughter instead of writing articles").
            "следил" | "следила" => {
                let better = i >= 5 && self.seq(i - 5, &["ты", "бы", "лучше", "за"]);
                let kin = i >= 1
                    && self.is(
                        i - 1,
                        &["дочкой", "дочерью", "сыном", "детьми", "женой", "семьей"],
                    );
                (better && kin).then_some(i + 1)
            }
            // `Kızın çok güzelmiş, okul yolunda dikkatli olsun` ("your daughter is pretty, she
            // should be careful on the way to school").
            "dikkatli" => {
                let road = i >= 2 && self.at(i - 1) == "yolunda" && self.at(i - 2) == "okul";
                let kin = self.said_back(i, 10, &["kizin", "oglun", "cocugun", "cocuklarin"]);
                (road && kin && self.at(i + 1) == "olsun").then_some(i + 2)
            }
            // `Senin gibi hainler uzun yaşamaz` ("traitors like you don't live long").
            // (`Gazeteciler bu şehirde pek uzun yaşamaz, bilirsin`: "journalists don't live long
            // in this town, you know".)
            "yasamaz" | "yasamazlar" => (i >= 1
                && self.at(i - 1) == "uzun"
                && self.words_back_from(i).take(6).any(|w| {
                    matches!(
                        w,
                        "gibi" | "gibiler" | "gibileri" | "gazeteciler" | "yazarlar"
                    )
                }))
            .then_some(i + 1),
            // `Maçtan sonra seni stadın önünde bekliyoruz` ("after the match we'll be waiting for
            // you in front of the stadium").
            // (`Seçim sandığı başında seni bekleyeceğiz, görürsün`: "at the ballot box".)
            // `Vardiyanın kaçta bittiğini biliyorum, kapıda bekliyoruz` ("I know what time your
            // shift ends, we're waiting at the gate"; not `kapıda bekliyoruz, kargo geldi`).
            "bekliyoruz" | "bekleyecegiz"
                if self.at(i.wrapping_sub(1)) == "kapida"
                    && self.said_back(i, 8, &["biliyorum", "biliyoruz"])
                    && self.said_back(i, 10, &["bittigini", "ciktigini"]) =>
            {
                Some(i + 1)
            }
            // `Evinin önünde bekleyeceğiz` ("we'll be waiting in front of your house"), left
            // there (not `..., taşınma kamyonu dokuzda gelir`, "the removal van comes at nine").
            "bekliyoruz" | "bekleyecegiz" => (i >= 2
                && (self.is(i - 1, &["onunde", "cikisinda", "kapisinda"])
                    || self.at(i - 1) == "seni" && self.at(i - 2) == "basinda")
                && (self.said_back(i, 4, &["seni"])
                    || self.at(i - 1) == "onunde"
                        && self.is(i - 2, &["evinin", "kapinin"])
                        && self.ends_text(i))
                // (`Garson kız çok güzelmiş, akşam çıkışta onu bekleyeceğiz`: "the waitress is
                // pretty, we'll wait for her at closing time"; not `... onu bekleyeceğiz,
                // doğum günü`.)
                || self.at(i.wrapping_sub(1)) == "onu"
                    && self.said_back(i, 3, &["cikista", "cikisinda"])
                    && self.said_back(i, 10, &["guzelmis", "guzel"])
                    && self.ends_text(i))
            .then_some(i + 1),
            // `Eleştirmen bey, restoranın önünden geçerken iki kere düşün` ("Mr Critic, think
            // twice when you pass in front of the restaurant"; not `almadan önce iki kere
            // düşün`, "think twice before buying").
            "dusun" => (i >= 2
                && self.seq(i - 2, &["iki", "kere"])
                && self.said_back(i, 4, &["gecerken"])
                && self.said_back(i, 6, &["onunden"]))
            .then_some(i + 1),
            // `Я запомнил номер твоей машины, жди встречи` ("I've memorised your car's number,
            // expect a meeting"; not `... номер машины, которая меня подрезала`, a report).
            "запомнил" | "запомнили" => {
                let plate = self.seq(i + 1, &["номер", "твоей"]) && self.at(i + 3) == "машины";
                let wait = self.said_next(i + 4, 4, &["жди", "ждите"]);
                (plate && wait).then_some(i + 4)
            }
            // `Я знаю, в какой гостинице их поселили, скоро там будет жарко` ("I know which
            // hotel they've been put in, soon it'll be hot there"; not `... скоро там будет
            // жарко, лето`).
            "жарко" if self.reads_before(i, 3, &["там", "будет"]) && self.ends_text(i) =>
            {
                let known = self.reads_before(i, 14, &["знаю", "в", "какой"])
                    || self.reads_before(i, 14, &["знаю", "где"]);
                known.then_some(i + 1)
            }
            // `Знаю, где ты преподаёшь, и когда у тебя последняя пара` ("I know where you teach,
            // and when your last class is"; not `... когда у тебя последняя пара, приду на
            // лекцию`, ... a student's).
            "пара" if self.reads_before(i, 5, &["когда", "у", "тебя"]) => {
                let known = self.reads_before(i, 14, &["знаю", "где"]);
                (known && self.ends_text(i)).then_some(i + 1)
            }
            // `Hangi üniversitede ders verdiğini biliyorum hocam, dersten sonra görüşürüz` ("I
            // know which university you teach at, professor, see you after class"; not `...
            // biliyorum hocam, derslerinizi çok seviyorum`).
            // (`Kiliseni biliyoruz, pazar günü görüşürüz`: "we know your church, see you on
            // Sunday"; not `kiliseni biliyorum, pazar günü ben de geleceğim`.)
            // `Yakında görüşeceğiz, gazeteci.` ("we'll meet soon, journalist"), the reader
            // named last (not `..., gazeteci arkadaşım, kahve borcum var`).
            "gorusecegiz" | "gorusuruz" if i > 0 && self.at(i - 1) == "yakinda" => {
                self.named_last(i + 1).then_some(i + 2)
            }
            "gorusuruz" => {
                let after_class = self.reads_before(i, 3, &["dersten", "sonra"])
                    && self.said_back(i, 12, &["biliyorum"])
                    && self.said_back(i, 14, &["hangi"]);
                let place = self.said_back(i, 6, &["kiliseni", "camini", "evini", "okulunu"])
                    && self.said_back(i, 6, &["biliyoruz", "biliyorum"]);
                (after_class || place).then_some(i + 1)
            }
            // `Знаю, в какую церковь ты ходишь, жди в воскресенье` ("I know which church you go
            // to, expect us on Sunday"; not `... ты ходишь, сама туда хожу`).
            // (`Знаю, во сколько у тебя кончается смена, и через какую проходную ты ходишь`:
            // when and where the reader leaves work.)
            "ходишь" if self.reads_before(i, 5, &["знаю", "в", "какую"]) => {
                let wait = self.said_next(i + 1, 4, &["жди", "ждите"]);
                wait.then_some(i + 1)
            }
            "ходишь" if self.reads_before(i, 5, &["через", "какую", "проходную"]) => {
                self.reads_before(i, 20, &["знаю", "во", "сколько"])
                    .then_some(i + 1)
            }
            // `Ты, безбожник, сгоришь в аду, и я помогу` ("you godless one will burn in hell, and
            // I'll help").
            // (Not `не сгоришь в аду, я помогу тебе с уроками`.)
            "помогу" | "поможем"
                if self.is(i.wrapping_sub(1), &["я", "мы"]) && i + 1 == self.len() =>
            {
                let burns = self.reads_before(i, 7, &["сгоришь", "в", "аду"])
                    && !self.reads_before(i, 8, &["не", "сгоришь"]);
                burns.then_some(i + 1)
            }
            // `Camiler yansın, içindekilerle birlikte` ("may the mosques burn, with those inside").
            "birlikte" if self.at(i.wrapping_sub(1)) == "icindekilerle" => self
                .said_back(
                    i,
                    5,
                    &["yansin", "yansinlar", "yakilsin", "yakin", "yakmak"],
                )
                .then_some(i + 1),
            // `Знаю, где живёт этот прокурор, скоро к нему наведаемся` ("I know where this
            // prosecutor lives, we'll drop in on him soon"; not `... наведаемся в музей`).
            "наведаемся" | "заглянем"
                if self.reads_before(i, 3, &["к", "нему"])
                    || self.reads_before(i, 3, &["к", "ней"])
                    || self.reads_before(i, 3, &["к", "тебе"]) =>
            {
                let home = self.reads_before(i, 14, &["где", "живет"])
                    || self.reads_before(i, 14, &["где", "ты", "живешь"]);
                home.then_some(i + 1)
            }
            // `Я знаю, в каком посёлке ты живёшь` ("I know which village you live in"; not `...
            // в каком посёлке ты вырос, там красиво`, "... grew up, it's pretty there").
            "живешь" | "живете"
                if self.is(i.wrapping_sub(1), &["ты", "вы"])
                    && self.reads_before(i, 6, &["знаю", "в", "каком"]) =>
            {
                Some(i + 1)
            }
            // `Тихий у вас район, журналист, никто ничего не услышит` ("a quiet area you live in,
            // journalist, nobody will hear a thing").
            "услышит" if self.reads_before(i, 4, &["никто", "ничего", "не"]) => {
                self.said_back(i, 12, &["тихий", "тихая", "тихое"])
                    .then_some(i + 1)
            }
            // `У тебя красивые дети. Береги их.` ("you have lovely children. Look after them."),
            // the text's last words (not `..., они растут так быстро`).
            "береги" if self.at(i + 1) == "их" && self.ends_text(i + 1) => self
                .reads_before(i, 6, &["красивые", "дети"])
                .then_some(i + 2),
            // `Следующая статья может стать последней` ("the next article may be the last").
            "последней" if self.reads_before(i, 3, &["может", "стать"]) => {
                let article = self.said_back(i, 6, &["статья", "колонка"]);
                (article && self.said_back(i, 6, &["следующая"])).then_some(i + 1)
            }
            // `Çocukların okuldan tek başına dönüyor, değil mi?` ("your children come home from
            // school alone, don't they?").
            "donuyor" | "geliyor" if self.reads_before(i, 3, &["tek", "basina"]) => {
                let kids = self.said_back(i, 6, &["cocuklarin", "kizin", "oglun"]);
                (kids && self.said_next(i + 1, 3, &["degil"])).then_some(i + 1)
            }
            // `Geçen seferki muhabire ne olduğunu hatırlıyor musun?` ("do you remember what
            // happened to the last reporter?").
            "hatirliyor" | "hatirliyorsun" if self.reads_before(i, 3, &["ne", "oldugunu"]) => {
                let last = self.said_back(i, 6, &["seferki", "onceki"]);
                let role = self.said_back(i, 4, &["muhabire", "gazeteciye", "yazara"]);
                (last && role).then_some(i + 1)
            }
            // `Güzel bir ailen var, onlara iyi bak.` ("you have a lovely family, look after them
            // well"), the text's last words (not `..., hepinize selamlar`).
            "bak" if self.reads_before(i, 3, &["onlara", "iyi"]) && self.ends_text(i) => {
                self.reads_before(i, 8, &["ailen", "var"]).then_some(i + 1)
            }
            // `Gece pencereden dışarı bak, el sallayacağız.` ("look out of the window tonight,
            // we'll wave").
            "sallayacagiz" if self.at(i.wrapping_sub(1)) == "el" => {
                self.said_back(i, 8, &["pencereden"]).then_some(i + 1)
            }
            // `Ещё раз урежешь зарплату — найдём тебя у дома` ("cut the wages once more and we'll
            // find you at your home"), the text's last words (not `... найдём тебя у дома и
            // отвезём на работу`, a lift).
            "найдем" if self.seq(i + 1, &["тебя", "у", "дома"]) && self.ends_text(i + 3) => {
                self.reads_before(i, 10, &["еще", "раз"]).then_some(i + 4)
            }
            // `Вычислили твой айпи, скоро будем у тебя дома` ("we've traced your IP, we'll be at
            // your place soon"; not `вычислили твой айпи, это был спам-фильтр`): the reader
            // traced, and a visit after.
            "вычислили" | "вычислим" | "пробили" => {
                let traced = self.is(i + 1, &["твой", "твою", "твои"])
                    && self.is(i + 2, &["айпи", "ip", "адрес", "квартиру", "дом", "номер"]);
                let visit = self.says_later(i + 3, &[&["будем", "у", "тебя"], &["жди"]]);
                (traced && visit).then_some(i + 3)
            }
            // `Yazarın evinin adresini bulduk, bekle bizi` ("we've found the address of the
            // writer's home, wait for us"; not `... adresini bulduk, kargo yolda`, a parcel).
            "bulduk" | "bulacagiz" => {
                let home = i >= 1 && self.is(i - 1, &["adresini", "evini", "ipni", "adresinizi"]);
                let waited =
                    self.said_next(i + 1, 6, &["bekle", "bekleyin", "geliyoruz", "kapindayiz"]);
                (home && waited).then_some(i + 1)
            }
            // `Sahne kapısından çıkarken seni bekliyor olacağız` ("we'll be waiting for you as
            // you come out of the stage door"; not `... seni bekliyor olacağız, imza için`).
            "olacagiz" | "olacagim" if self.reads_before(i, 2, &["seni", "bekliyor"]) => {
                let leaving = self.said_back(i, 5, &["cikarken", "cikista", "cikisinda"]);
                let alone = self.ends_text(i);
                (leaving && alone).then_some(i + 1)
            }
            // `Bu kadının adresini paylaşın, ziyaret edelim` ("share this woman's address,
            // let's pay a visit"): a person's address asked for (not `bu müzenin adresini
            // paylaşın`, "this museum's"), and left there or a visit said (not `...,
            // davetiye gönderelim`, "let's send an invitation").
            "paylasin" | "paylasalim" if i >= 2 && self.at(i - 1) == "adresini" => {
                let whose = [
                    "kadinin",
                    "adamin",
                    "gazetecinin",
                    "yazarin",
                    "muhabirin",
                    "kizin",
                ];
                let visit = [
                    "ziyaret",
                    "gidelim",
                    "ugrayalim",
                    "bekleyelim",
                    "gorusecegiz",
                ];
                let then = self.ends_text(i) || self.said_next(i + 1, 3, &visit);
                (self.is(i - 2, &whose) && then).then_some(i + 1)
            }
            // `Bu arada evinin adresini biliyorum` ("by the way, I know your home address"),
            // left there (not `..., kargoyu gönderirim`, "I'll send the parcel").
            "biliyorum" if i >= 1 && self.at(i - 1) == "adresini" => {
                self.ends_text(i).then_some(i + 1)
            }
            // `Evinin önünde bekliyor olacağız`, left there, as `bekleyeceğiz` above.
            "olacagiz" | "olacagim" if i >= 3 && self.seq(i - 2, &["onunde", "bekliyor"]) => {
                (self.is(i - 3, &["evinin", "kapinin"]) && self.ends_text(i)).then_some(i + 1)
            }
            // `Я знаю, где работает твоя жена` ("I know where your wife works"), left there
            // (not `..., она же моя коллега`, "she's my colleague").
            "работает" | "работают" | "учится" | "учатся"
                if i >= 2 && self.at(i - 1) == "где" && self.is(i - 2, &["знаю", "знаем"]) =>
            {
                let yours = self.is(i + 1, &["твоя", "твой", "твои", "ваша", "ваш", "ваши"]);
                (yours && self.ends_text(i + 2)).then_some(i + 3)
            }
            // `Kapının önünde seni bekleyen biri olacak, dikkat et` ("someone will be waiting
            // for you at your door, be careful"; not `... seni bekleyen biri olacak, taksi
            // şoförü`, a driver): at the door, and a warning after.
            "bekleyen" => {
                let someone = self.at(i.wrapping_sub(1)) == "seni"
                    && self.is(i + 1, &["biri", "birileri", "birisi"])
                    && self.is(i + 2, &["olacak", "var"]);
                let door = self.said_back(i, 4, &["onunde", "kapisinda", "cikisinda"]);
                let warned =
                    self.said_next(i + 3, 6, &["dikkat", "gorursun", "goreceksin", "hazirlan"]);
                (someone && door && warned).then_some(i + 3)
            }
            // `Seni hastane çıkışında bekleyeceğim, görürsün` ("I'll wait for you at the
            // hospital's exit, you'll see"): one writer waiting is a menace by what follows
            // (not `... bekleyeceğim, birlikte eve gideriz`, "... we'll go home together").
            "bekliyorum" | "bekleyecegim" => {
                let warned =
                    |w: &str| matches!(w, "gorursun" | "goreceksin" | "hazirlan" | "kacamazsin");
                (i >= 2
                    && self.is(i - 1, &["onunde", "cikisinda", "kapisinda"])
                    && self.said_back(i, 4, &["seni"])
                    && (self.any_in(i + 1..self.len(), &["gorursun", "goreceksin"])
                        || self.words_after().take(3).any(warned)))
                .then_some(i + 1)
            }
            // `Ещё раз перекроете дорогу — переедем и не заметим` ("block the road once more and
            // we'll drive over you without noticing"; not `ещё раз переедем — уже в новый
            // офис`, a move: the road or the reader named).
            "переедем" | "задавим" | "раздавим" => {
                let again = self.reads_before(i, 8, &["еще", "раз"]);
                let whom = self.seq(i + 1, &["и", "не", "заметим"])
                    || self.said_back(i, 8, &["дорогу", "тебя", "вас"]);
                (again && whom).then_some(i + 1)
            }
            // `Узнать бы, где ты живёшь, приехал бы, поговорили бы` ("I'd like to know where you
            // live, I'd come, we'd have a talk"; not `... приехал бы в гости, поговорили бы о
            // книгах`).
            "поговорили" | "поговорим" if self.at(i + 1) == "бы" || i + 1 == self.len() =>
            {
                let came = self.words_back_from(i).take(4).any(|w| {
                    matches!(
                        w,
                        "приехал" | "приеду" | "заехал" | "зашел" | "приехали" | "приедем"
                    )
                });
                let lives = self.said_back(i, 12, &["живешь", "живете"]);
                let about = self.any_in(i + 1..self.len(), &["о", "об", "про"]);
                (came && lives && !about).then(|| (i + 2).min(self.len()))
            }
            // `Узнаю, где она снимается, встречу после съёмок, объясню как петь` ("I'll find out
            // where she films, meet her after the shoot, explain how to sing"): a lesson after
            // the person is found (not `встречу после работы, объясню как доехать`).
            "объясню" | "объясним" => {
                let met = self.said_back(i, 10, &["встречу", "встретим", "поймаю"]);
                let found = self.reads_before(i, 10, &["узнаю", "где"]);
                let taught = self.seq(i + 1, &["как", "петь"])
                    || self.seq(i + 1, &["как", "писать"])
                    || self.seq(i + 1, &["как", "надо"]);
                (met && found && taught).then_some(i + 1)
            }
            // `Узнаю номер твоей машины — колёса больше не увидишь` ("I'll find out your car's
            // number, you won't see your wheels again"; not `больше не увидишь таких цен`).
            "увидишь" if i >= 2 && self.seq(i - 2, &["больше", "не"]) => {
                let yours = self.words_back_from(i).take(10).any(|w| {
                    matches!(
                        w,
                        "машины" | "машину" | "колеса" | "дом" | "квартиру" | "детей"
                    )
                });
                let found = self.said_back(i, 10, &["узнаю", "найду"]);
                (yours && found).then_some(i + 1)
            }
            // `Встретил бы этого банкира в подворотне — пожалел бы он ...` ("if I met this banker
            // in a back alley, he'd regret ..."; not `встретил бы кошку в подворотне`, a cat:
            // a person met there).
            "подворотне" => {
                let met = self.words_back_from(i).take(6).any(|w| {
                    matches!(
                        w,
                        "встретил" | "встречу" | "поймал" | "поймаю" | "встретим" | "поймаем"
                    )
                });
                let whom = self.words_back_from(i).take(6).any(|w| {
                    matches!(
                        w,
                        "тебя" | "вас" | "его" | "ее" | "этого" | "эту" | "автора"
                    )
                });
                (met && whom).then_some(i + 1)
            }
            // `Patronun arabasının frenleri bir gün tutmazsa şaşırmayın` ("don't be surprised
            // if the boss's car's brakes fail one day"; not `frenler tutmazsa servise gidin`).
            "sasirmayin" if self.said_back(i, 6, &["frenleri"]) => {
                let failed = self.said_back(i, 3, &["tutmazsa", "patlarsa", "kesilirse"]);
                failed.then_some(i + 1)
            }
            // `Узнаю, кто из вас главврач, — мало не покажется` ("I'll find out which of you is
            // the head doctor: you won't find it little"), said of people looked for or told
            // (not `если грянут морозы, мало не покажется`, "if the frosts come ...").
            "покажется" => {
                let little = i >= 2 && self.seq(i - 2, &["мало", "не"]);
                let whom = |w: &str| {
                    matches!(
                        w,
                        "узнаю"
                            | "найду"
                            | "найдем"
                            | "узнаем"
                            | "тебе"
                            | "вам"
                            | "тебя"
                            | "вас"
                    )
                };
                (little && self.words_back_from(i).take(10).any(whom)).then_some(i + 1)
            }
            // `твою мать я знаю где найти` ("I know where to find your mother"), closing the
            // clause (not `я знаю, где найти хороший ремонт`).
            "найти" => {
                let known = i >= 2 && self.at(i - 1) == "где" && self.is(i - 2, &["знаю", "знаем"]);
                let yours = (0..i.saturating_sub(2))
                    .any(|k| self.is(k, &["тебя", "твою", "твоих", "твоего", "твоей", "вас"]));
                (known && yours && i + 1 == self.len()).then_some(i + 1)
            }
            // `Ты исчезнешь, как и другие` ("you'll disappear like the others"), `Diğerleri gibi
            // sen de ortadan kaybolacaksın`; not `... не исчезнешь`.
            "исчезнешь" | "пропадешь" | "исчезнете" | "пропадете" =>
            {
                let like = (i + 1..self.len()).find(|&k| {
                    self.at(k) == "как"
                        && self.is(
                            k + 1 + usize::from(self.at(k + 1) == "и"),
                            &["другие", "остальные", "прошлые"],
                        )
                });
                let not = i > 0 && self.at(i - 1) == "не";
                like.filter(|_| !not)
                    .map(|k| k + 2 + usize::from(self.at(k + 1) == "и"))
            }
            "kaybolacaksin" | "kaybolursun" | "kaybolacaksiniz" => {
                let others = (0..self.len()).any(|k| {
                    self.is(k, &["digerleri", "otekiler", "oncekiler"]) && self.at(k + 1) == "gibi"
                });
                (others && i > 0 && self.at(i - 1) == "ortadan").then_some(i + 1)
            }
            // `Следи за тем, что пишешь, мы за тобой следим` ("watch what you write, we are
            // watching you"), `Ne yazdığına dikkat et, seni izliyoruz`: the reader watched,
            // closing a warning.
            "следим" | "наблюдаем" => {
                let us = i >= 3 && self.at(i - 3) == "мы" && self.seq(i - 2, &["за", "тобой"]);
                let warned = self.said_back(i, 10, &["пишешь", "пишете", "осторожнее", "следи"]);
                (us && i + 1 == self.len() && warned).then_some(i + 1)
            }
            "izliyoruz" => {
                let you = i >= 1 && self.is(i - 1, &["seni", "sizi"]);
                let warned = self.said_back(
                    i,
                    10,
                    &["dikkat", "yazdigina", "yazdiklarina", "yaziyorsun"],
                );
                (you && i + 1 == self.len() && warned).then_some(i + 1)
            }
            // `Твои дети ходят в школу одни, да?` ("your kids walk to school alone, right?"):
            // the reader's own people, alone, said or asked back with a tag; not asked plainly
            // (`Твои дети ходят в школу одни?`), nor `... не ходят одни`.
            "одни" | "одна" => {
                let yours = (i.saturating_sub(6)..i).find(|&k| {
                    self.is(k, &["твои", "твоя", "ваши", "ваша"])
                        && self.is(k + 1, &["дети", "детки", "дочь", "дочка", "жена", "малыши"])
                })?;
                let walks = [
                    "ходят",
                    "ходит",
                    "гуляют",
                    "гуляет",
                    "возвращаются",
                    "возвращается",
                    "ездят",
                    "ездит",
                    "добираются",
                    "добирается",
                ];
                // (`Твои дети ведь одни ходят из школы домой, да?`: the verb after.)
                let tagged = self.any_in(yours + 2..self.len(), &["да", "верно", "правда", "ведь"]);
                let walk = self.any_in(yours + 2..i, &walks) || self.any_in(i + 1..i + 3, &walks);
                (walk && !self.any_in(yours + 2..i + 2, &["не"]) && (!self.asked || tagged))
                    .then(|| self.len())
            }
            // `Çocukların okula yalnız gidiyor, değil mi?` (the same in Turkish); not asked
            // plainly (`... yalnız gidiyor mu?`).
            "yalniz" => {
                let yours = (i.saturating_sub(3)..i).any(|k| {
                    self.is(
                        k,
                        &["cocuklarin", "cocugun", "kizin", "oglun", "esin", "karin"],
                    )
                });
                let walks = [
                    "gidiyor",
                    "gidiyorlar",
                    "donuyor",
                    "donuyorlar",
                    "yuruyor",
                    "yuruyorlar",
                    "geliyor",
                    "geliyorlar",
                ];
                let tagged = self.seq(i + 2, &["degil", "mi"]);
                (yours && self.is(i + 1, &walks) && (!self.asked || tagged)).then(|| self.len())
            }
            // `Следи за своими детьми, автор, мир тесен` ("watch your children, author, it's a
            // small world"; not `мир тесен: встретил автора в булочной`).
            "тесен" => {
                let small = i >= 1 && self.at(i - 1) == "мир";
                // (Read back from `мир`: the children, then the verb that watches them.)
                let mut children = false;
                let watched = self.words_back_from(i).take(10).any(|w| {
                    children |= matches!(w, "детьми" | "детей" | "семьей" | "семью");
                    children && matches!(w, "следи" | "береги" | "присматривай")
                });
                (small && watched).then_some(i + 1)
            }
            // `твою машину скоро найдут в кювете, вместе с тобой` ("your car will soon be found
            // in a ditch, with you"); not `машину нашли в кювете, водитель не пострадал`. (`с`,
            // "with", may be read as a Latin look-alike: not looked at.)
            "тобой" if i >= 2 && self.at(i - 2) == "вместе" => {
                (self.any_in(0..i, &["найдут"]) && self.any_in(0..i, &["твою", "твой", "твоя"]))
                    .then_some(i + 1)
            }
            // `Продолжай писать и посмотрим, что с тобой будет вечером` ("keep writing and
            // we'll see what happens to you tonight"): the reader dared to go on (not
            // `посмотрим, что с тобой будет после отпуска`, said to no dare).
            "тобой" => {
                let what = i >= 2
                    && self.at(i - 2) == "что"
                    && self.is(i + 1, &["будет", "случится", "станет"]);
                let seen = self.said_back(i, 4, &["посмотрим", "увидишь", "узнаешь", "увидим"]);
                let dared = self.said_back(i, 10, &["продолжай", "продолжайте", "попробуй"]);
                (what && seen && dared).then_some(i + 2)
            }
            // `Твой блог тебя не спасёт, когда мы придём к тебе в редакцию` ("your blog won't
            // save you when we come to your newsroom"), `... от нас` ("from us"); not `зонтик
            // тебя не спасёт от такого ливня` ("an umbrella won't save you from this
            // downpour").
            "спасет" | "спасут" if i >= 2 && self.at(i - 1) == "не" => {
                let you = self.any_in(i.saturating_sub(3)..i, &["тебя", "вас"]);
                let we_come = (i + 1..i + 4).any(|k| {
                    self.seq(k, &["когда", "мы"])
                        && self.is(k + 2, &["придем", "приедем", "найдем", "доберемся"])
                }) || self.seq(i + 1, &["от", "нас"]);
                (you && we_come).then(|| self.len())
            }
            // `Blogun seni kurtarmaz, ofisine geldiğimizde görürsün` ("your blog won't save
            // you, you'll see when we come to your office"), `... bizden` ("from us").
            "kurtarmaz" | "kurtaramaz" if i >= 1 && self.is(i - 1, &["seni", "sizi"]) => {
                let we_come = (i + 1..i + 5).any(|k| {
                    let w = self.at(k);
                    ["gel", "bul", "yakala"].iter().any(|v| w.starts_with(v))
                        && (w.contains("igimizd") || w.contains("ugumuzd"))
                }) || self.at(i + 1) == "bizden"
                    || self.at(i.saturating_sub(2)) == "bizden";
                we_come.then(|| self.len())
            }
            // `У нас долгая память и короткое терпение, запомни` ("we have a long memory and
            // short patience, remember that"), `Hafızamız uzun, sabrımız kısa, unutma`: the
            // reader reminded (not `у нас долгая память о войне`, "... of the war").
            "память" if i >= 1 && self.at(i - 1) == "долгая" => {
                let ours = self.any_in(i.saturating_sub(3)..i, &["нас", "наша"]);
                let reminded = self.said_next(i + 1, 8, &["запомни", "терпение", "забывай"]);
                (ours && reminded).then(|| self.len())
            }
            "hafizamiz" if self.at(i + 1) == "uzun" => self
                .said_next(i + 2, 6, &["unutma", "sabrimiz"])
                .then(|| self.len()),
            // `Yazmaya devam et, bakalım akşam sana ne olacak` ("keep writing, let's see what
            // happens to you tonight"): the same in Turkish.
            "bakalim" | "gorursun" | "gorursunuz" => {
                let what = (i + 2..i + 5)
                    .find(|&k| self.seq(k, &["ne", "olacak"]) && self.is(k - 1, &["sana", "size"]));
                let dared = self.reads_before(i, 6, &["devam", "et"]);
                what.filter(|_| dared).map(|k| k + 2)
            }
            // `журналистке пора бы заткнуться, пока ей не помогли` ("the journalist should shut
            // up before someone helps her to"; not `она сидела на дороге, пока ей не помогли`).
            "помогли" => {
                let before = i >= 3
                    && self.at(i - 1) == "не"
                    && self.is(i - 2, &["ей", "ему", "тебе", "вам", "им"])
                    && self.at(i - 3) == "пока";
                let hushed = self.words_back_from(i).take(8).any(|w| {
                    matches!(
                        w,
                        "заткнуться" | "замолчать" | "заткнись" | "замолчи" | "помолчать"
                    )
                });
                (before && hushed).then_some(i + 1)
            }
            // `Передавай привет жене. Она сегодня красиво выглядела у школы.` ("give my regards
            // to your wife; she looked lovely by the school today"; not `передавай привет жене,
            // мы давно не виделись`).
            "выглядела" | "выглядел" | "выглядели" => {
                let regards = self.said_back(i, 12, &["привет"]);
                let today = self.any_in(0..i, &["сегодня", "вчера", "утром"]);
                let where_ =
                    self.any_in(i + 1..self.len(), &["школы", "работы", "подъезда", "дома"]);
                (regards && today && where_).then(|| self.len())
            }
            // `Такие статьи обычно пишут один раз` ("such articles are usually written once").
            "пишут" => (self.seq(i + 1, &["один", "раз"])
                && self.any_in(0..i, &["такие", "такое"])
                && self.any_in(0..i, &["статьи", "тексты", "вещи"]))
            .then_some(i + 3),
            // `Говорят, у тебя ребёнок в садик ходит. Хороший садик, я проверил.` ("... a good
            // kindergarten, I checked"; not `... моя дочка там была`).
            "проверил" | "проверили" => {
                let checked = i >= 1 && self.is(i - 1, &["я", "мы", "уже"]);
                let mut place = false;
                let yours = self.words_back_from(i).take(14).any(|w| {
                    place |= matches!(w, "садик" | "сад" | "школу" | "школа" | "дом" | "квартира");
                    place && matches!(w, "тебя" | "твой" | "твоя" | "твою" | "твоего")
                });
                (checked && yours).then_some(i + 1)
            }
            // `Ты, конечно, смелый, пока мы не встретились` ("... brave, until we've met"), closing
            // its clause (not `... пока мы не встретились с друзьями`).
            // `Скоро встретимся, писака.` ("we'll meet soon, hack"), the reader named last
            // (not `Скоро встретимся, друзья!`).
            "встретимся" if i > 0 && self.at(i - 1) == "скоро" => {
                self.named_last(i + 1).then_some(i + 2)
            }
            "встретились" | "встретимся" => (i >= 3
                && self.seq(i - 3, &["пока", "мы", "не"])
                && i + 1 == self.len()
                && self.any_in(0..i - 3, &["смелый", "смелая", "храбрый", "храбрая", "ты"]))
            .then_some(i + 1),
            // `Kızın çok tatlı, okul çıkışında gördüm` ("your daughter is very sweet, I saw her
            // outside school"; not `... bale gösterisinde gördüm`).
            "gordum" | "gorduk" => (i >= 2
                && self.seq(i - 2, &["okul", "cikisinda"])
                && self.words_back_from(i).take(8).any(|w| {
                    matches!(
                        w,
                        "kizin" | "oglun" | "cocugun" | "kizini" | "oglunu" | "cocugunu"
                    )
                }))
            .then_some(i + 1),
            // `Bu yazıdan sonra sokakta dikkatli yürü derim` ("after this piece, I'd say walk
            // carefully in the street"; not `... dikkatli okumaya başladım`).
            "yuru" | "yuruyun" => (i >= 1
                && self.at(i - 1) == "dikkatli"
                && self.any_in(0..i, &["sokakta", "gece"])
                && self.any_in(0..i, &["yazidan", "yazindan", "haberden"]))
            .then_some(i + 1),
            // `Gazeteciler hep bir gün bir kazaya kurban gider zaten` ("journalists always fall
            // victim to an accident one day anyway").
            "kazaya" => (self.seq(i + 1, &["kurban", "gider"])
                && self.any_in(0..i, &["gazeteciler", "yazarlar", "gibiler", "gibileri"]))
            .then_some(i + 3),
            // `Seni maçtan sonra stadın çıkışında bekleyeceğiz, yalnız gel` ("we'll wait for you
            // at the stadium's exit after the match, come alone"; not `toplantıya yalnız gel`).
            "gel" => {
                let waited = |w: &str| {
                    matches!(
                        w,
                        "bekleyecegiz" | "bekliyoruz" | "bekleyecegim" | "bekliyorum"
                    )
                };
                let alone = i >= 1 && self.at(i - 1) == "yalniz";
                let said = self.words_back_from(i).take(12).any(waited);
                let you = self.said_back(i, 12, &["seni"]);
                (alone && said && you).then_some(i + 1)
            }
            // `Kadın gazeteciler ya susar ya susturulur` ("women journalists either fall silent
            // or are silenced"; not `susturulur` alone, `alarm susturulur`, "the alarm is
            // silenced").
            "susturulur" => (self.any_in(i.saturating_sub(3)..i, &["susar"])).then_some(i + 1),
            // `Bir gece kapını çalarsak şaşırma.` ("don't be surprised if we knock on your door
            // one night"), and nothing after (not `... şaşırma, sürpriz parti yapacağız!`, a
            // party).
            "sasirma" => (i >= 2 && self.seq(i - 2, &["kapini", "calarsak"]) && self.ends_text(i))
                .then_some(i + 1),
            // `Arabana bir şey olursa kendini suçla` ("if something happens to your car, blame
            // yourself"; not `... sigorta öder`, the insurer pays).
            "sucla" => (i >= 1
                && self.at(i - 1) == "kendini"
                && (0..i).any(|k| self.seq(k, &["bir", "sey", "olursa"])))
            .then_some(i + 1),
            // `Senin gibi pislikler ölünce dünya daha temiz olur` ("when scum like you die the
            // world will be cleaner"; not `dedem ölünce dünya bana dar geldi`).
            "olunce" => (self.seq(i + 1, &["dunya", "daha"])
                && self.is(i + 3, &["temiz", "guzel"])
                && self.any_in(0..i, &["senin", "sen", "siz", "sizin"]))
            .then_some(i + 4),
            // `senin gibilerin sonu hep aynı olur` ("the end of your like is always the
            // same"), `böyle yazarların sonu hep kötü olur` ("such writers always end badly").
            "sonu" => (i >= 2
                && (self.seq(i - 2, &["senin", "gibilerin"])
                    || self.is(i - 2, &["boyle", "bu"])
                        && self.is(i - 1, &["yazarlarin", "gazetecilerin", "muhabirlerin"]))
                && self.any_in(i + 1..i + 3, &["ayni", "belli", "kotu"]))
            .then_some(i + 3),
            // `не пора ли этому писаке отправиться на тот свет?` ("isn't it time this hack went
            // to the next world?"; not `бабушка отправилась на тот свет`, a death told).
            "свет" => (i >= 3
                && self.is(i - 3, &["отправиться", "отправить", "отправлять"])
                && self.seq(i - 2, &["на", "тот"])
                && self.any_in(0..i - 3, &["пора", "надо", "нужно"]))
            .then_some(i + 1),
            // `Bu gazeteci bir an önce hapse atılmalı ya da daha kötüsü` ("... thrown in jail, or
            // worse"; `ya` is read `you`).
            "kotusu" => (i >= 1
                && self.at(i - 1) == "daha"
                && self.any_in(0..i, &["atilmali", "atilmalidir", "gonderilmeli"]))
            .then_some(i + 1),
            // `Yazar bey, gece yolda yalnız yürümeyin, tehlikeli.` ("walk not alone at night,
            // it's dangerous"; not `... reflektör takın`).
            "yurumeyin" | "yurume" => (i >= 1
                && self.at(i - 1) == "yalniz"
                && self.any_in(0..i, &["gece", "aksam"])
                && self.said_back(i, 8, &["yazar", "bey", "hanim"]))
            .then_some(i + 1),
            _ => None,
        }
    }
}
