//! The commonest Russian and Turkish threats: first-person future harm verbs with a person
//! as their object (`убью тебя`, `seni öldüreceğim`), calls (`их надо расстрелять`, `asmak
//! lazım`), curses wished on someone (`чтоб ты сдох`) and menaces (`тебе не жить`).
//!
//! Here: the words the rest of the threat rule shares (the cues, the menaces that close a
//! clause) and `Clause::threat_ru_tr`, which tries the Russian shapes (`ru.rs`), then the
//! Turkish ones (`tr.rs`).

use std::sync::LazyLock;

use super::ThreatKind;
use crate::rules::clauses::{Clause, Lexicon, Vocabulary};

mod ru;
mod tr;

use ru::{RU_CRUSH, RU_WISH};
use tr::{TR_LIMBS, TR_LIMBS_OF};

/// Russian first-person future harm verbs, as normalization leaves them (`ё` read as `е`).
pub(super) static RU_HARM: Lexicon = Lexicon::new(
    "убью убьем прибью зарежу прирежу застрелю пристрелю задушу придушу закопаю урою сожгу \
     повешу изобью покалечу искалечу прикончу размажу уничтожу зарежем расстреляю перережу \
     переломаю оторву удавлю порву замочу грохну порешу утоплю раздавлю изуродую вздерну \
     четвертую кастрирую переломаем изнасилую изнасилуем прибьем изобьем повесим пристрелим \
     застрелим расстреляем сожжем задушим закопаем покалечим утопим наврежу навредим",
);

/// Russian first-person verbs of breaking or cutting, a harm only when done to someone
/// (`сломаю тебе челюсть`, `шею тебе сверну`, `отрежу тебе язык`; not `сломаю все ногти`,
/// "I'll break all my nails", `сверну налево`, "I'll turn left", `я его отрежу`, "I'll cut it
/// off").
pub(super) static RU_BREAK: Lexicon = Lexicon::new(
    "сломаю разобью сверну свернем проломлю вырву выдерну отрежу выколю откручу выбью \
     пересчитаю сломаем разобьем",
);

/// Russian third-person plural harms, foretold to the reader with a body part (`тебе
/// переломают ноги`, "they'll break your legs"): a menace.
pub(super) static RU_HARM_THEY: Lexicon =
    Lexicon::new("переломают сломают оторвут открутят отрежут отобьют пробьют свотнут");

/// Russian third-person plural killings, foretold to the reader (`тебя найдут и закопают`,
/// "they'll find you and bury you"): a menace.
pub(super) static RU_KILL_THEY: Lexicon = Lexicon::new(
    "закопают убьют зарежут пристрелят прикончат повесят утопят сожгут замочат порешат \
     грохнут",
);

/// "A pity", which opens a regret that someone was not killed (`жаль, что тебя в детстве не
/// утопили`: "a pity they didn't drown you as a child").
static RU_PITY: Lexicon = Lexicon::new("жаль");

/// Vermin people are crushed like, in a Russian call (`давить, как тараканов`).
pub(super) static RU_VERMIN: Lexicon = Lexicon::new("тараканов клопов вшей крыс блох");

/// Lampposts people are hanged from (`всех либералов на фонари`).
pub(super) static RU_LAMPPOST: Lexicon =
    Lexicon::new("фонари фонарь фонарях столбы лесоповал мыло вилы");

/// Turkish for "you won't live" (`bir daha yazarsan yaşamazsın`) and "you know what I'll
/// do" (`seni görürsem ne yapacağımı biliyorsun`), menaces after a condition.
pub(super) static TR_MENACE_AFTER_IF: Lexicon =
    Lexicon::new("yasamazsin yasamazsiniz biliyorsun biliyorsunuz bilirim bilirsin");

/// Where a Russian reader is told they will go: `поедешь в больницу`.
pub(super) static RU_CARRIED_TO: Lexicon = Lexicon::new("больницу реанимацию морг травматологию");

/// Weapons a Russian writer comes with (`с битой`, "with a bat").
pub(super) static RU_WEAPON_WITH: Lexicon =
    Lexicon::new("битой ножом топором пистолетом ружьем арматурой кастетом монтировкой");

/// Blows, in the instrumental (`кулаками`, "with fists"): what a call says people are to be
/// taught or met with.
pub(super) static RU_BLOWS_WITH: Lexicon =
    Lexicon::new("кулаками кулаком палками палкой дубинкой дубинками");

/// Beating, a Russian infinitive of harm with senses of its own (`бить тревогу`, "sound the
/// alarm").
pub(super) static RU_BEAT: Lexicon = Lexicon::new("бить избивать колотить лупить мутузить");

/// The writer coming, in Russian (`приеду в гости с битой`).
pub(super) static RU_COMING: Lexicon = Lexicon::new("приеду приду заеду зайду приедем придем");

/// "Will destroy", after `yok` (`yok edeceğim`).
pub(super) static TR_DESTROY: Lexicon = Lexicon::new("edecegim ederim edecegiz");

/// A bullet, in a Russian call (`с пулей в голове`).
pub(super) static RU_BULLET: Lexicon = Lexicon::new("пулей");

/// Turkish infinitives of harm the writer wants to do (`dövmek istiyorum`).
pub(super) static TR_WANT_TO_HARM: Lexicon = Lexicon::new("dovmek oldurmek gebertmek bogmak");

/// Turkish for "nobody will be sad", after "if something happens to you": a menace.
pub(super) static TR_NOBODY_CARES: Lexicon =
    Lexicon::new("uzulmez aglamaz umursamaz uzulmeyecek aglamayacak");

/// Russian past forms of harm, a threat with `бы` ("would"): `я бы ему руки отрубил`.
pub(super) static RU_HARM_WOULD: Lexicon = Lexicon::new(
    "отрубал отрубил оторвал отрывал переломал сломал задушил придушил отрезал открутил вскрыл",
);

/// Russian infinitives of harm, for calls (`их надо расстрелять`).
pub(super) static RU_HARM_INF: Lexicon = Lexicon::new(
    "застрелить убить сварить закатать выпороть заколоть жечь расстрелять перестрелять повесить \
     перевешать сжечь вырезать истребить зарезать пристрелить уничтожить оторвать вырвать прибить \
     отрубить открутить переломать утопить вешать расстреливать задушить удавить замочить грохнуть \
     порешить вздернуть четвертовать кастрировать сжигать топить душить отрубать отрезать \
     изнасиловать отыметь отлупить избить зашить выпороть высечь вырвать пороть пересажать",
);

/// What says a harm must or ought to be done (`надо убить`, `тебе бы голову оторвать`).
pub(super) static RU_MUST: Lexicon = Lexicon::new("надо нужно следует должны пора бы");

/// Burying, a harm only when alive (`закапывать живьём`).
pub(super) static RU_BURY: Lexicon = Lexicon::new("закапывать закопать зарыть");

/// "The wall" someone is stood against to be shot: `к стенке ставить` ("put against the
/// wall"), with [`RU_STAND`].
pub(super) static RU_WALL: Lexicon = Lexicon::new("стенке стенку");

/// Russian and Turkish menaces without a violent verb: `тебе не жить`, `ты труп` (not `тебе
/// конец`, which is as often "you're in trouble"), and "I know where you live" as in English
/// (`знаю, где ты живёшь`, `nerede oturduğunu biliyorum`).
pub(super) const RU_MENACE: &[&[&str]] = &[
    &["тебе", "не", "жить"],
    // "Your address isn't hard to find (, keep it in mind)".
    &["твой", "адрес", "найти", "несложно"],
    &["твой", "адрес", "легко", "найти"],
    // "(Soon you'll learn) what happens to such chatterboxes"; "don't sleep easy, we're near".
    &["что", "бывает", "с", "такими", "болтливыми"],
    // "We know which school your son goes to"; "your children will be sorry (if you go on)".
    &["знаем", "в", "какую", "школу", "ходит"],
    &["знаю", "в", "какую", "школу", "ходит"],
    // "I know which school (your daughter) goes to", in Turkish.
    &["hangi", "okula", "gittigini", "biliyorum"],
    &["hangi", "okula", "gittigini", "biliyoruz"],
    // "Look over your shoulder on the way home"; "watch your back on the way home" (not
    // `Oglyadyvaysya, kogda perekhodish' dorogu`, "look both ways when you cross").
    &["оглядывайся", "по", "дороге", "домой"],
    &["оглядывайся", "по", "пути", "домой"],
    &["eve", "giderken", "arkana", "dikkat", "et"],
    &["eve", "giderken", "arkani", "kolla"],
    &["твоим", "детям", "не", "поздоровится"],
    &["тебе", "не", "поздоровится"],
    &["что", "бывает", "с", "такими", "как", "ты"],
    &["не", "спи", "спокойно", "мы", "рядом"],
    // "Look both ways when you leave the house"; "(bite your tongue) before it's cut off";
    // "no police will help (you)"; "you'd better drop dead"; "(one day) we'll settle accounts
    // with you"; "do you want me to (come to your house and) beat you?".
    &[
        "смотри",
        "по",
        "сторонам",
        "когда",
        "выходишь",
        "из",
        "дома",
    ],
    &["пока", "его", "не", "отрезали"],
    &["пока", "тебе", "его", "не", "отрезали"],
    &["никакая", "полиция", "не", "поможет"],
    &["ты", "бы", "сдох"],
    &["сдох", "бы", "ты"],
    &["seninle", "bir", "gun", "hesaplasacagiz"],
    &["seninle", "hesaplasacagiz"],
    &["seninle", "hesaplasacagim"],
    &["seni", "dovmemi", "ister", "misin"],
    // "(we'd) take you to the forest and leave you there"; "(one day) they'll bury you (too) in
    // a pit"; "(shut your mouth) or I'll pull your teeth out"; "your son had better not walk
    // alone"; "I'll part your head from your body".
    &["в", "лес", "отвезти", "и", "оставить"],
    &["отвезти", "в", "лес", "и", "оставить"],
    // "take (the referee) out to the forest and leave (him) there"; "you'll soon be silenced";
    // "we'll chase (them) off with sticks"; "we know where (your children) go to school".
    &["вывезти", "в", "лес", "и", "там", "оставить"],
    &["вывезти", "в", "лес", "и", "оставить"],
    &["вывезти", "в", "лес", "и", "закопать"],
    &["отвезти", "в", "лес", "и", "закопать"],
    // "your house is easy to find".
    &["твой", "дом", "легко", "найти"],
    &["твою", "квартиру", "легко", "найти"],
    &["susturulacaksin"],
    &["susturulacaksiniz"],
    &["sopayla", "kovacagiz"],
    &["sopalarla", "kovacagiz"],
    &["nerede", "okuduklarini", "biliyoruz"],
    &["nerede", "okudugunu", "biliyoruz"],
    &["seni", "de", "bir", "cukura", "gomerler"],
    &["seni", "bir", "cukura", "gomerler"],
    &["seni", "gomeriz"],
    &["seni", "gomecegiz"],
    // "(This scribbler) should be taught a lesson he'll remember forever" (not `проучить их
    // на выборах, чтобы запомнили`, "... at the election").
    &["проучить", "чтобы", "навсегда", "запомнил"],
    &["проучить", "чтоб", "навсегда", "запомнил"],
    &["проучить", "чтобы", "навсегда", "запомнила"],
    &["проучить", "чтобы", "на", "всю", "жизнь", "запомнил"],
    // "You'll answer for what you wrote in the street".
    &["hesabini", "sokakta", "vereceksin"],
    &["hesabini", "sokakta", "verirsin"],
    &["hesabini", "sokakta", "vereceksiniz"],
    &["dislerini", "sokerim"],
    &["disini", "sokerim"],
    &["сыну", "лучше", "не", "ходить", "одному"],
    &["дочери", "лучше", "не", "ходить", "одной"],
    &["детям", "лучше", "не", "ходить", "одним"],
    // (And "your little daughter had better not go out walking alone".)
    &["твоей", "дочке", "лучше", "не", "ходить", "одной"],
    &["твоей", "дочке", "лучше", "не", "гулять", "одной"],
    &["твоей", "дочери", "лучше", "не", "гулять", "одной"],
    &["твоей", "жене", "лучше", "не", "гулять", "одной"],
    &["твоей", "жене", "лучше", "не", "ходить", "одной"],
    &["твоему", "сыну", "лучше", "не", "гулять", "одному"],
    &["твоим", "детям", "лучше", "не", "гулять", "одним"],
    &["kafani", "govdenden", "ayiracagim"],
    // "(if I catch you) you'll go to the grave"; "cutting (your car's) brakes is easy".
    &["mezara", "gidersin"],
    &["frenini", "kesmek", "kolay"],
    &["frenlerini", "kesmek", "kolay"],
    // "Your end will come": the end foretold to the reader (`тебе конец` alone is as often
    // "you're in trouble").
    &["тебе", "настанет", "конец"],
    &["тебе", "придет", "конец"],
    &["приду", "за", "тобой", "ночью"],
    // "You'd better not leave the house": not `лучше не выходить из дома в жару`, said to no
    // one.
    &["тебе", "лучше", "не", "выходить", "из", "дома"],
    &["вам", "не", "жить"],
    &["ты", "труп"],
    // "I'll get you out from under the ground": wherever you hide (and `тебя из-под земли
    // достану`, [`Clause::menace_ru`]).
    &["достану", "тебя", "из", "под", "земли"],
    &["ты", "покойник"],
    // "You'll find out what happens to those who ...".
    &["узнаешь", "что", "бывает", "с", "теми"],
    &["узнаете", "что", "бывает", "с", "теми"],
    // "Your children will be left orphans": not `тысячи детей останутся сиротами`, news.
    &["твои", "дети", "останутся", "сиротами"],
    &["ваши", "дети", "останутся", "сиротами"],
    &["твой", "ребенок", "останется", "сиротой"],
    // "We know where your mother lives".
    &["знаем", "где", "живет", "твоя"],
    &["знаю", "где", "живет", "твоя"],
    &["знаем", "где", "живут", "твои"],
    &["знаю", "где", "живут", "твои"],
    // "May God destroy you": a curse on the reader (`Allah kahretsin` alone is "damn it").
    &["allah", "seni", "kahretsin"],
    &["allah", "sizi", "kahretsin"],
    // "You'll be looking over your shoulder all your life".
    &["будешь", "всю", "жизнь", "оглядываться"],
    &["всю", "жизнь", "будешь", "оглядываться"],
    &["hayatin", "boyunca", "omzunun", "ustunden", "bakacaksin"],
    &["omzunun", "ustunden", "bakacaksin", "hayatin", "boyunca"],
    // "Get your coffin ready".
    &["готовь", "гроб"],
    &["готовь", "себе", "гроб"],
    // "I'll make you regret it" (and as it is spoken, `pişman edicem`, read in full).
    &["pisman", "edecegim"],
    // "I'll give you such a beating ...".
    &["dayak", "atacagim"],
    &["dayak", "atarim"],
    &["dayak", "atacagiz"],
    // "May a train run you over".
    &["пусть", "тебя", "переедет"],
    &["чтоб", "тебя", "переехал"],
    // "They'll get to you" (`мы до тебя доберёмся к обеду`, "we'll reach you by lunch", is a
    // journey).
    &["до", "тебя", "доберутся"],
    &["доберутся", "до", "тебя"],
    // "Pray we don't find you".
    &["молись", "чтобы", "мы", "тебя", "не", "нашли"],
    &["молись", "чтоб", "мы", "тебя", "не", "нашли"],
    // "We're waiting in front of your house".
    &["evinin", "onunde", "bekliyoruz"],
    &["kapinin", "onunde", "bekliyoruz"],
    // "They'll find you and show you (how to write)", "... and teach you".
    &["тебя", "найдут", "и", "покажут"],
    &["тебя", "найдут", "и", "научат"],
    &["тебя", "найдут", "и", "объяснят"],
    &["тебя", "найдут", "и", "проучат"],
    // "One day we'll knock on your door, be ready"; "share his home address" (to find him).
    &["kapini", "calacagiz", "hazir"],
    &["evinin", "adresini", "paylasin"],
    &["ev", "adresini", "paylasin"],
    // "Chatterboxes like you get their tongues cut out"; "one more article and you're
    // disabled".
    &["вроде", "тебя", "языки", "отрезают"],
    &["как", "ты", "языки", "отрезают"],
    &["и", "ты", "инвалид"],
    &["и", "ты", "калека"],
    // "Shut up before your teeth get knocked out"; "I'll make your life hell" (`canına
    // okurum`).
    &["пока", "тебе", "зубы", "не", "выбили"],
    &["пока", "тебе", "зубы", "не", "выбьют"],
    &["canina", "okurum"],
    &["canina", "okuyacagim"],
    &["canina", "okuruz"],
    // "Your days are numbered" (not `hükümetin günleri sayılı`, "the government's days ...").
    &["gunlerin", "sayili"],
    // "I'll make your life hell".
    &["превращу", "твою", "жизнь", "в", "ад"],
    &["превратим", "твою", "жизнь", "в", "ад"],
    &["превращу", "вашу", "жизнь", "в", "ад"],
    &["hayatini", "cehenneme", "cevirecegim"],
    // "The author should be paid a visit and have everything explained to him" (a beating);
    // not `автору надо бы сказать спасибо`.
    &["нанести", "визит", "и", "все", "объяснить"],
    &[
        "ziyaret", "edip", "ona", "her", "seyi", "guzelce", "anlatmak",
    ],
    // "Make her (his) life hell", called for.
    &["устройте", "ей", "ад"],
    &["устройте", "ему", "ад"],
    &["устроим", "ей", "ад"],
    &["устроим", "ему", "ад"],
    &["hayatini", "cehenneme", "cevirin"],
    &["hayatini", "cehenneme", "cevirelim"],
    &["hayatini", "cehenneme", "cevirecegiz"],
    &["hayatini", "zindan", "edecegim"],
    &["hayatini", "zindan", "edecegiz"],
    &["твои", "дни", "сочтены"],
    &["ваши", "дни", "сочтены"],
    &["дни", "твои", "сочтены"],
    // "We'll find you and make you pay".
    &["найдем", "тебя", "и", "заставим", "заплатить"],
    &["найду", "тебя", "и", "заставлю", "заплатить"],
    &["заставим", "тебя", "заплатить", "за", "это"],
    &["заставлю", "тебя", "заплатить", "за", "это"],
    // "We'll find your family", "... your children" (`bulacağız` in Turkish).
    &["найдем", "твою", "семью"],
    &["найдем", "вашу", "семью"],
    &["найдем", "твоих", "детей"],
    &["найду", "твоих", "детей"],
    &["найдем", "ваших", "детей"],
    &["cocuklarini", "bulacagiz"],
    &["cocuklarini", "bulacagim"],
    &["aileni", "bulacagiz"],
    &["aileni", "bulacagim"],
    // "You'll regret writing this" (not `... что не купил`, "not buying").
    &["пожалеешь", "что", "это", "написал"],
    &["пожалеешь", "что", "это", "написала"],
    &["пожалеешь", "что", "написал"],
    &["пожалеешь", "что", "написала"],
    &["yazdigina", "pisman", "olacaksin"],
    &["yazdiklarina", "pisman", "olacaksin"],
    &["soylediklerine", "pisman", "olacaksin"],
    // "Burn his house down", "... should burn his house".
    &["сжечь", "его", "дом"],
    &["сжечь", "ее", "дом"],
    &["сжечь", "твой", "дом"],
    &["evini", "yakmali"],
    // "You'll regret you were born".
    &["пожалеешь", "что", "родился"],
    &["пожалеешь", "что", "родилась"],
    &["пожалеете", "что", "родились"],
    &["знаю", "где", "ты", "живешь"],
    &["знаю", "где", "вы", "живете"],
    &["знаем", "где", "ты", "живешь"],
    &["знаем", "где", "вы", "живете"],
    &["знаю", "где", "ты", "работаешь"],
    // "I know which exit you leave the theatre by".
    &["знаю", "через", "какой", "выход"],
    // "It would be a pity, if anything (happened)".
    &["жаль", "будет", "если", "что"],
    // "Everyone knows where you live"; "this piece may be your last".
    &["senin", "nerede", "oturdugunu", "biliyor"],
    &["son", "yazin", "olabilir"],
    // "I know where (your, this correspondent's) car is parked".
    &["знаю", "где", "стоит", "машина"],
    &["знаю", "где", "стоит", "твоя", "машина"],
    // "I know where you dine (lunch, drink)".
    &["знаю", "где", "ты", "ужинаешь"],
    &["знаю", "где", "ты", "обедаешь"],
    &["знаю", "где", "ты", "бываешь"],
    &["знаю", "где", "ты", "паркуешься"],
    &["устрою", "веселую", "жизнь"],
    &["устрою", "сладкую", "жизнь"],
    // "You'll be carried out feet first" (dead); not of an official who will never leave
    // his office alive (`его вынесут только ногами вперед`).
    &["тебя", "вынесут", "ногами", "вперед"],
    &["вынесут", "тебя", "ногами", "вперед"],
    // "For articles like that, fingers get broken".
    &["за", "такие", "статьи", "ломают"],
    &["за", "такое", "ломают"],
    // "(Women like that) should be taught with a belt".
    &["надо", "учить", "ремнем"],
    // "(They all) deserved the genocide".
    &["soykirimi", "hak", "etti"],
    &["soykirimi", "hak", "ediyor"],
    &["soykirimi", "hak", "ediyorlar"],
    // "We know where your daughter (son, children) studies".
    &["знаем", "где", "твоя", "дочь"],
    &["знаем", "где", "твой", "сын"],
    &["знаем", "где", "твои", "дети"],
    // "You'll be found in the boot"; "we'll get to your children (family)".
    &["тебя", "найдут", "в", "багажнике"],
    &["доберемся", "до", "твоих", "детей"],
    &["доберемся", "до", "твоей", "семьи"],
    // "You'll be lucky if you live till (Friday)"; "one bullet is enough (for him)".
    &["повезет", "если", "доживешь"],
    &["bir", "kursun", "yeter"],
    // "The fate of the previous editor awaits you".
    &["тебя", "ждет", "участь"],
    &["вас", "ждет", "участь"],
    // "You'll regret you were ever born".
    &["пожалеешь", "что", "на", "свет", "родился"],
    &["пожалеешь", "что", "на", "свет", "родилась"],
    // "You'll go home in a coffin".
    &["домой", "в", "гробу"],
    // "You're a goner".
    &["ты", "не", "жилец"],
    &["вы", "не", "жильцы"],
    // "You need to be crushed", "... to croak", "... to be hanged".
    &["ezilmen", "lazim"],
    &["gebermen", "lazim"],
    &["asilman", "lazim"],
    // "I'm waiting for you to croak (die)".
    &["gebermeni", "bekliyorum"],
    &["olmeni", "bekliyorum"],
    // "You'll be picking your teeth up (off the floor)".
    &["зубы", "будешь", "собирать"],
    &["будешь", "зубы", "собирать"],
    &["кровью", "умоешься"],
    &["кровью", "умоетесь"],
    &["nerede", "oturdugunu", "biliyorum"],
    &["nerede", "yasadigini", "biliyorum"],
    &["nerede", "calistigini", "biliyorum"],
    &["evini", "biliyorum"],
    &["evini", "biliyoruz"],
    // "We know the street you live on", "... the place you live".
    &["yasadigin", "sokagi", "biliyoruz"],
    &["yasadigin", "yeri", "biliyoruz"],
    &["yasadigin", "yeri", "biliyorum"],
    &["oturdugun", "yeri", "biliyoruz"],
    &["oturdugun", "yeri", "biliyorum"],
    &["nerede", "yasadigini", "biliyoruz"],
    &["nerede", "oturdugunu", "biliyoruz"],
    // "We know which school your son goes to"; "we'll find (you) and explain otherwise".
    &["в", "какой", "школе", "учится", "твой"],
    &["в", "какой", "школе", "учится", "твоя"],
    &["в", "какой", "школе", "учатся", "твои"],
    &["найдем", "и", "объясним"],
    &["oturdugun", "sokagi", "biliyoruz"],
    // "(Journalists like you) don't live long".
    &["тебя", "долго", "не", "живут"],
    &["как", "ты", "долго", "не", "живут"],
    // "You into the oven (like your ancestors)"; "(shut up) while your teeth are whole".
    &["тебя", "бы", "в", "печку"],
    &["таких", "бы", "в", "печку"],
    &["их", "бы", "в", "печку"],
    &["пока", "зубы", "целы"],
    &["пока", "ноги", "целы"],
    // "(In your place I'd) order myself a coffin (already)".
    &["заказал", "себе", "гроб"],
    &["заказывай", "себе", "гроб"],
    &["заказывай", "гроб"],
    &["gorursun", "gununu"],
    &["gununu", "gorursun"],
    &["gununu", "goreceksin"],
    &["gununu", "goreceksiniz"],
    &["gosteririm", "gununu"],
    &["gununu", "gosteririm"],
    &["gununu", "gosterecegim"],
    &["seni", "parca", "parca"],
    // "(They used to) impale (such people), and they did well" (not history told: `Osmanlılar
    // suçluları kazığa oturturlardı`).
    &["kaziga", "oturturlardi", "iyi", "de", "yaparlardi"],
    &["kaziga", "oturturlardi", "iyi", "yaparlardi"],
];

/// Russian and Turkish menaces only where they close their clause, or an `и` / `ve` ("and")
/// goes on to what comes next: `я тебя найду` ("I'll find you"), `ты пожалеешь` ("you'll
/// regret it"), `seni bulacağım`, `pişman edeceğim` ("I'll make you regret it": the writer
/// does it; `pişman olacaksın`, "you'll regret it", is as often a film recommended); not `я тебя
/// найду в толпе` ("I'll find you in the crowd"), `ты пожалеешь, что не купил` ("you'll regret
/// not buying"), `ты не пожалеешь` ("you won't regret it"), `seni havalimanında bulacağım`;
/// and `evinin nerede olduğunu biliyorum` ("I know where your house is"), not followed by
/// `güzel bir mahalle` ("a nice neighbourhood").
pub(super) const CLOSING_MENACE: &[&[&str]] = &[
    // "You won't leave on your own feet".
    &["ayaklarinin", "ustunde", "cikamazsin"],
    &["kendi", "ayaklarinla", "cikamazsin"],
    // "I'll ruin you" (not `seni satrançta mahvedeceğim`, "... at chess").
    &["seni", "mahvedecegim"],
    &["seni", "mahvedecegiz"],
    &["я", "тебя", "найду"],
    &["я", "вас", "найду"],
    &["найду", "тебя"],
    &["ты", "пожалеешь"],
    &["вы", "пожалеете"],
    // "We'll make you regret (this article)" (not `..., что ты не пришёл на праздник`,
    // missing a party).
    &["заставим", "тебя", "пожалеть"],
    &["заставлю", "тебя", "пожалеть"],
    // (`ещё раз увижу тебя у редакции — пожалеешь`: the reader left unsaid.)
    &["пожалеешь"],
    &["ты", "об", "этом", "пожалеешь"],
    &["ты", "еще", "пожалеешь"],
    // "You'll answer for this", "you'll pay for every word", "we'll get even with you", "you'll
    // get what you deserve" (not `ты ответишь на вопросы`, `ты заплатишь за билет`, `ты
    // ответишь за всю кухню`, "you'll be in charge of the whole kitchen").
    &["ответишь", "за", "это"],
    &["за", "это", "ответишь"],
    &["ответишь", "за", "каждое", "слово"],
    &["ответишь", "за", "свои", "слова"],
    &["заплатишь", "за", "это"],
    &["за", "это", "заплатишь"],
    &["заплатишь", "за", "каждое", "слово"],
    &["еще", "поквитаемся"],
    &["поквитаемся", "с", "тобой"],
    // "We'll still settle up with you", "we'll settle scores with you" (not `мы с вами
    // рассчитаемся после ремонта`, "we'll pay you after the repairs", nor `команды сведут
    // счёты в финале`, two teams).
    &["с", "тобой", "еще", "рассчитаемся"],
    &["рассчитаемся", "с", "тобой"],
    &["сведем", "с", "тобой", "счеты"],
    &["сведем", "счеты", "с", "тобой"],
    &["с", "тобой", "счеты", "сведем"],
    // "You'll answer (pay) for this article".
    &["ответишь", "за", "эту", "статью"],
    &["заплатишь", "за", "эту", "статью"],
    &["получишь", "по", "заслугам"],
    &["получишь", "то", "что", "заслужил"],
    &["получишь", "то", "что", "заслужила"],
    &["получишь", "что", "заслужил"],
    // "You won't get away with this" (not `министру это с рук не сойдёт`, said of a minister).
    &["тебе", "это", "с", "рук", "не", "сойдет"],
    &["это", "тебе", "с", "рук", "не", "сойдет"],
    // "You'll account for this", "you'll pay the price of every word (of this, of what you
    // wrote)" (not `bunun hesabını seçimde verecekler`, "they'll account for it at the
    // election", nor `biletin bedelini ödeyeceksin`, "you'll pay for the ticket").
    &["bunun", "hesabini", "vereceksin"],
    &["bunun", "hesabini", "vereceksiniz"],
    &["yazdiklarinin", "hesabini", "vereceksin"],
    &["kelimenin", "bedelini", "odeyeceksin"],
    &["bunun", "bedelini", "odeyeceksin"],
    &["yazdiklarinin", "bedelini", "odeyeceksin"],
    // "You'll pay (account) for this article, this report".
    &["yazinin", "bedelini", "odeyeceksin"],
    &["haberin", "bedelini", "odeyeceksin"],
    &["yazinin", "hesabini", "vereceksin"],
    &["haberin", "hesabini", "vereceksin"],
    // "We'll punish you (for this)" (not `seni cezalandıracağım, odanı toplamazsan`, a parent's
    // condition after).
    &["seni", "cezalandiracagiz"],
    &["seni", "cezalandiracagim"],
    &["seni", "bunun", "icin", "cezalandiracagiz"],
    &["seni", "bunun", "icin", "cezalandiracagim"],
    &["я", "тебе", "устрою"],
    &["до", "тебя", "доберемся"],
    &["к", "тебе", "придут"],
    &["за", "тобой", "придут"],
    &["до", "тебя", "доберусь"],
    &["доберемся", "до", "тебя"],
    &["доберусь", "до", "тебя"],
    &["приедут", "за", "тобой"],
    &["за", "тобой", "приедут"],
    &["yoksa", "karismam"],
    &["seni", "bulacagim"],
    &["sizi", "bulacagim"],
    // "We'll find you" (not `seni havalimanında bulacağız`).
    &["seni", "bulacagiz"],
    &["sizi", "bulacagiz"],
    &["seni", "bulurum"],
    // "We'll burn your house".
    &["evini", "yakariz"],
    &["evini", "yakarim"],
    &["evini", "yakacagiz"],
    &["evini", "yakacagim"],
    // "We'll find out where you live"; "soon it will hurt you (a lot)".
    &["узнаем", "где", "ты", "живешь"],
    &["узнаю", "где", "ты", "живешь"],
    &["скоро", "тебе", "будет", "больно"],
    &["скоро", "тебе", "станет", "больно"],
    &["скоро", "тебе", "будет", "очень", "больно"],
    &["скоро", "тебе", "станет", "очень", "больно"],
    // "You don't have long left"; "(one day on the road) that day will be your last";
    // "shut your mouth, or else I will".
    &["тебе", "осталось", "недолго"],
    &["son", "gunun", "olur"],
    &["son", "gunun", "olacak"],
    // "We know your child's school".
    &["cocugunun", "okulunu", "biliyoruz"],
    &["yoksa", "ben", "kapatirim"],
    &["pisman", "edecegim"],
    &["pisman", "ederim"],
    &["pisman", "edecegiz"],
    &["pisman", "ederiz"],
    &["evinin", "nerede", "oldugunu", "biliyorum"],
    // "I'll do all I can so that you can never be a journalist again".
    &[
        "gazetecilik",
        "yapamaman",
        "icin",
        "elimden",
        "geleni",
        "yapacagim",
    ],
    // "I know which school your children go to".
    &["знаю", "в", "какую", "школу", "ходят", "твои", "дети"],
    &["знаем", "в", "какую", "школу", "ходят", "твои", "дети"],
    &["cocuklarinin", "hangi", "okula", "gittigini", "biliyorum"],
    &["cocuklarinin", "hangi", "okula", "gittigini", "biliyoruz"],
    // "I'll make sure you can never be a journalist again".
    &["gazetecilik", "yapamayacagindan", "emin", "olacagim"],
    &["gazetecilik", "yapamayacagindan", "emin", "olacagiz"],
    // "I know which car you drive".
    &["hangi", "arabayi", "kullandigini", "biliyorum"],
    &["hangi", "arabayi", "kullandigini", "biliyoruz"],
    // "We know your address (already)"; not `мы знаем твой адрес электронной почты`.
    &["мы", "знаем", "твой", "адрес"],
    &["твой", "адрес", "мы", "знаем"],
    &["твой", "адрес", "мы", "уже", "знаем"],
    &["adresini", "biliyoruz"],
    &["я", "знаю", "твой", "адрес"],
    // "If I catch (find) you, oh ...", left unsaid (`var ya`: `ya` is read `you`, as
    // English chat writes it).
    &["yakalarsam", "var", "you"],
    // "We'll take care of you (too)"; "Let me not see you around here again, or else".
    &["seni", "de", "hallederiz"],
    &["seni", "hallederiz"],
    &["seni", "halledecegiz"],
    &["gormeyeyim", "yoksa"],
    &["bulursam", "var", "you"],
    // "(One day we'll meet on the road,) that day nobody can save you"; "tomorrow we'll be
    // waiting for you after work".
    &["kimse", "seni", "kurtaramaz"],
    &["seni", "is", "cikisinda", "bekliyor", "olacagiz"],
    &["seni", "is", "cikisinda", "bekleyecegiz"],
    // "We'll be waiting for you in front of your house".
    &["seni", "evinin", "onunde", "bekliyor", "olacagiz"],
    &["seni", "evinin", "onunde", "bekleyecegiz"],
    // "if you value your life"; "your end will be bad"; "we know when your son leaves school".
    &["если", "жизнь", "дорога"],
    // "We know where you park your car".
    &["мы", "знаем", "где", "ты", "паркуешь", "машину"],
    // "I know your car's number (plate)".
    &["знаю", "номер", "твоей", "машины"],
    &["знаем", "номер", "твоей", "машины"],
    // "I have your car's number"; "your car's plate is with me".
    &["меня", "есть", "номер", "твоей", "машины"],
    &["arabanin", "plakasi", "bende"],
    &["plakan", "bende"],
    // "Watch your back on your way home (tonight)" (not `geri giderken arkana bak`, "look
    // behind you when reversing": the way home).
    &["eve", "donerken", "arkana", "iyi", "bak"],
    &["eve", "donerken", "arkana", "bak"],
    &["sonun", "kotu", "olur"],
    &["oglunun", "okul", "cikisini", "biliyoruz"],
    &["kizinin", "okul", "cikisini", "biliyoruz"],
    // "We'll get you from under the ground"; "we'll burn your car".
    &["достанем", "тебя", "из", "под", "земли"],
    &["arabani", "yakariz"],
    &["arabani", "yakacagiz"],
    // "We'll burn (the neighbour's) car (, let him know)"; "you haven't got long left".
    &["yakinda", "kapindayim"],
    &["yakinda", "kapindayiz"],
    // "(If the witness talks,) he'll be found in the stream (the river, a ditch)".
    &["derede", "bulunur"],
    &["nehirde", "bulunur"],
    &["cukurda", "bulunur"],
    // "May (she) burn in hell".
    &["cehennemde", "yansin"],
    &["cehennemde", "yan"],
    // "May it blow up while he's inside" (`laboratuvarı içindeyken havaya uçsun`).
    &["icindeyken", "havaya", "ucsun"],
    // "Let her be food for the lions (the dogs, the fish)".
    &["aslanlara", "yem", "olsun"],
    &["kopeklere", "yem", "olsun"],
    &["baliklara", "yem", "olsun"],
    // "I'll find where you live".
    &["nerede", "oturdugunu", "bulacagim"],
    &["nerede", "oturdugunu", "bulacagiz"],
    &["arabasini", "yakariz"],
    &["arabasini", "yakacagiz"],
    &["тебе", "недолго", "осталось"],
    &["недолго", "тебе", "осталось"],
    // "(One night) we'll knock on your door".
    &["kapini", "calariz"],
    &["kapini", "calacagiz"],
    // "We'll make the world narrow for (this journalist)": make their life unbearable.
    &["dunyayi", "dar", "edecegiz"],
    &["dunyayi", "dar", "edecegim"],
    &["dunyayi", "dar", "ederiz"],
    &["dunyayi", "dar", "ederim"],
    // "Think what will befall you (if you keep writing like this)"; "(on your way home in
    // the evening) you'd better have someone with you".
    &["basina", "gelecekleri", "dusun"],
    // "(The minister should resign,) or he'll see what befalls him"; "... you'll see".
    &["basina", "gelecekleri", "gorur"],
    &["basina", "gelecekleri", "gorursun"],
    &["basina", "gelecekleri", "goreceksin"],
    &["yaninda", "birini", "bulundursan", "iyi", "olur"],
    // "(Don't open your mouth, or) I'll knock your teeth out".
    &["dislerini", "dokerim"],
    &["dislerini", "dokeriz"],
    // "(If I see you in the street) I'll split your head open"; "(after what you wrote) don't
    // be surprised if something befalls you".
    // "(If you write like this again,) think of your end"; "(if I see you in the street) I'll
    // know you, act accordingly".
    &["sonunu", "dusun"],
    // "(With a tongue like yours) people don't live to old age"; "(write that about our club
    // again and) you'll be left without teeth".
    &["до", "старости", "не", "доживают"],
    &["без", "зубов", "останешься"],
    // "One day we'll meet in a dark street"; "one day you'll pay for what you wrote".
    &["karanlik", "bir", "sokakta", "karsilasacagiz"],
    &["hesabini", "bir", "gun", "odeyeceksin"],
    &["hesabini", "odeyeceksin"],
    // "Your address isn't hard to find (, just so you know)".
    &["adresini", "bulmak", "zor", "degil"],
    // "(Shut your jaw) or we'll shut it"; "we'll visit you at home (, wait for us)".
    &["yoksa", "kapatiriz"],
    &["yoksa", "kapatirim"],
    &["seni", "evinde", "ziyaret", "edecegiz"],
    &["tanirim", "seni", "ona", "gore"],
    &["seni", "tanirim", "ona", "gore"],
    &["kafani", "gozunu", "yararim"],
    &["kafani", "gozunu", "yaracagim"],
    &["basina", "bir", "is", "gelirse", "sasirma"],
    // "Watch your back" (not `arkanı kolla, top geliyor`, "... the ball's coming", nor
    // `береги спину при подъёме тяжестей`, "... when lifting weights").
    &["arkani", "kolla"],
    &["arkani", "kollasan", "iyi", "olur"],
    &["береги", "спину"],
    &["берегите", "спину"],
    // "Your daughter (son, family) is next" (not `... следующая в очереди`, in the queue).
    &["твоя", "дочь", "следующая"],
    &["твой", "сын", "следующий"],
    &["твоя", "семья", "следующая"],
    &["siradaki", "kizin"],
    &["siradaki", "oglun"],
    &["siradaki", "ailen"],
    // "We know which (local) train you take home" (not `..., подвезём в следующий раз`, "...,
    // we'll give you a lift").
    &["знаем", "на", "какой", "электричке", "ты", "ездишь"],
    &["знаю", "на", "какой", "электричке", "ты", "ездишь"],
    &["знаем", "на", "каком", "автобусе", "ты", "ездишь"],
    &["знаю", "на", "каком", "автобусе", "ты", "ездишь"],
    &["hangi", "trenle", "eve", "dondugunu", "biliyoruz"],
    &["hangi", "trenle", "eve", "dondugunu", "biliyorum"],
    &["hangi", "otobusle", "eve", "dondugunu", "biliyoruz"],
    &["hangi", "otobusle", "eve", "dondugunu", "biliyorum"],
    // "Keep your doors locked tonight(, journalist)" (not `..., в районе были кражи`, "...,
    // there were burglaries in the area").
    &["держи", "двери", "на", "замке", "этой", "ночью"],
    &["держите", "двери", "на", "замке", "этой", "ночью"],
    &["bu", "gece", "kapini", "iyi", "kilitle"],
    &["bu", "gece", "kapini", "kilitle"],
    // "(One more article like this, and) you'll need new teeth".
    &["тебе", "понадобятся", "новые", "зубы"],
    &["yeni", "dislere", "ihtiyacin", "olur"],
    &["yeni", "dislere", "ihtiyacin", "olacak"],
    // "I hope your brakes are in order" (not `надеюсь, тормоза у машины в порядке после
    // поездки`, a car's, "after the trip").
    &["надеюсь", "тормоза", "у", "тебя", "в", "порядке"],
    &["надеюсь", "у", "тебя", "тормоза", "в", "порядке"],
    &["umarim", "frenlerin", "saglamdir"],
    &["umarim", "frenlerin", "tutuyordur"],
    // "You'd look good in a wooden box (a coffin)".
    &["смотрелся", "в", "деревянном", "ящике"],
    &["смотрелась", "в", "деревянном", "ящике"],
    &["смотрелся", "в", "гробу"],
    &["смотрелась", "в", "гробу"],
    &["sandikta", "cok", "guzel", "gorunurdun"],
    &["sandikta", "guzel", "gorunurdun"],
    &["tabutta", "cok", "guzel", "gorunurdun"],
    &["tabutta", "guzel", "gorunurdun"],
];

/// What may follow a [`CLOSING_MENACE`] in its clause: "and", "of it" after "you'll regret"
/// (`ты пожалеешь об этом`), "at night", "get ready" (`приедут за тобой ночью, готовься`), or
/// a warning (`жди гостей`, "expect guests"; `dikkatli ol`, "be careful").
const AFTER_CLOSING_MENACE: &[&str] = &[
    "и",
    "ve",
    // "I promise", "soon".
    "обещаю",
    "soz",
    "veriyorum",
    "yakinda",
    // The reader, said last: `pişman edeceğiz seni`.
    "seni",
    "sizi",
    // "God willing".
    "insallah",
    "об",
    "этом",
    "этой",
    "статье",
    "статьи",
    "ночью",
    "готовься",
    "готовьтесь",
    "жди",
    // "... then we'll talk" (`arabanı yakarız, ondan sonra konuşuruz`).
    "ondan",
    "sonra",
    "konusuruz",
    // "... don't doubt it" (`за тобой придут, не сомневайся`).
    "не",
    "сомневайся",
    "сомневайтесь",
    // "... wait for us"; "... just so you know".
    "bekle",
    "bizi",
    "haberin",
    "haberi",
    "olsun",
    "ждите",
    // "... you can't escape", "... you have nowhere to run".
    "kacamazsin",
    "kacacak",
    "yerin",
    "yeriniz",
    "yok",
    // "... expect guests", "... be careful", "... watch yourself".
    "гостей",
    "в",
    "гости",
    "dikkatli",
    // "... be ready".
    "hazir",
    // "... just so you know", "... wait (for it)", "... I promise".
    "haberin",
    "olsun",
    "dikkat",
    "et",
    "bekle",
    "обещаю",
    // "... have a good trip home" (`номер твоей машины у меня есть, счастливого пути
    // домой`, `plakan bende, eve iyi yolculuklar`).
    "счастливого",
    "пути",
    "домой",
    "eve",
    "iyi",
    "yolculuklar",
    // The reader addressed: `тебе осталось недолго, журналистка`.
    "журналистка",
    "журналист",
    "писака",
    "gazeteci",
    "ol",
    "olun",
    "kendine",
    "dikkat",
    "et",
];

/// "Death", called on a group: `Kürtlere ölüm`, `смерть евреям`.
pub(super) static DEATH_TO: Lexicon = Lexicon::new("olum смерть");

pub(super) static RU_CURSE: Lexicon = Lexicon::new(
    "сдох сдохла сдохли сдохнешь заболел заболела заболели заболеешь подавился подавилась подавились \
     сгорел сгорела сгорели разбился разбилась подох подохла",
);

/// What is wished to befall someone named as its object (`чтоб тебя машина сбила`, "may a car
/// hit you").
pub(super) static RU_CURSE_ON: Lexicon = Lexicon::new(
    "сбила сбил переехала переехал разорвало парализовало убило придавило зарезали убили \
     пристрелили",
);

/// Turkish first-person harm verbs (future and aorist), as normalization folds them.
pub(super) static TR_HARM: Lexicon = Lexicon::new(
    "oldurecegim oldururum olduracegim oldurecegiz gebertecegim gebertecegiz gebertirim keserim \
     kesecegim kesecegiz vururum vuracagim vuracagiz bogacagim bogacagiz bogarim dograyacagim \
     dograrim yakacagim yakacagiz yakarim asacagim asacagiz asarim dovecegiz parcalarim \
     parcalayacagim doverim dovecegim sikacagim sikarim kirarim kiracagim dagitacagim dagitirim \
     dizecegiz dizecegim ezerim ezecegim bogazlarim bogazlayacagim tokatlarim tokatlayacagim \
     tekmelerim gomerim gomecegim koparirim koparacagim kopartirim kopartacagim sokerim \
     sokecegim kirariz kiracagiz geciririm gecirecegim oldururdum gebertirdim vururdum asardim",
);

/// Turkish calls: `hepsi kurşuna dizilmeli` ("should be shot"), `asılmalı` ("hanged"),
/// `öldürün` ("kill them!"), `kahrolsun` ("damn them", of people: not `kahrolsun faşizm`).
pub(super) static TR_CALL: Lexicon = Lexicon::new(
    "vurmali asmali bogmali olmeli oldurulmeli asilmali dizilmeli yakilmali gebermeli oldurmeli \
     kesilmeli olduresim oldurun gebertin kahrolsun asacaksin asacaksiniz olmeliydi dovulmeli \
     taslanmali taslanmalidir sallandirmali sallandirilmali dovulmeliler dovulmelidir \
     uyutulmali uyutulmalidir uyutulsun kursunlanmali kursunlanmalidir vurulmali vurulmalidir",
);

/// Turkish infinitives of harm, called for with `lazım` ("is needed").
pub(super) static TR_HARM_INF: Lexicon = Lexicon::new(
    "asmak oldurmek gebertmek vurmak yakmak kesmek bogazlamak dizmek sikmak taslamak koparmak \
     dovmek yakalamak batirmak bogmak kirmak indirmek ezmek zehirlemek kilitlemek",
);

/// Urges to self-harm in Russian and Turkish, as one word or two: `повесься` ("hang yourself"),
/// `убей себя`, `kendini as`.
pub(super) static RU_SELF_HARM: Lexicon =
    Lexicon::new("повесься удавись застрелись утопись выпились убейся сдохни");

pub(super) const FOREIGN_SELF_HARM: &[&[&str]] = &[
    &["kendini", "as"],
    &["kendini", "oldur"],
    // "You should kill (hang) yourself".
    &["kendini", "oldurmelisin"],
    &["kendini", "asmalisin"],
    &["git", "geber"],
    &["ol", "de", "kurtulalim"],
    &["geber", "de", "kurtulalim"],
    &["убей", "себя"],
    // "Die already" (`умри` alone praises too: `умри, лучше не скажешь`).
    &["умри", "уже"],
    // "Drink poison" ("bleach").
    &["выпей", "яду"],
    &["выпей", "хлорки"],
    &["выпей", "отбеливателя"],
    &["camasir", "suyu", "ic"],
];

/// Russian and Turkish urges to self-harm whose words are civil elsewhere ("jump off a bridge"
/// on a bungee rope, "swallow the pills" the doctor gave): urges only where they close their
/// phrase ([`Clause::self_harm_urged`]); [`FOREIGN_SELF_HARM`]'s are read anywhere.
pub(super) const FOREIGN_SELF_HARM_CLOSING: &[&[&str]] = &[
    &["прыгни", "с", "моста"],
    &["прыгни", "с", "крыши"],
    &["наглотайся", "таблеток"],
    &["kopruden", "atla"],
    &["catidan", "atla"],
    &["kendini", "kopruden", "at"],
];

/// The Russian and Turkish words a threat starts at: the lexicons' words, and
/// [`FOREIGN_WORD_STARTS`].
pub(super) fn foreign_start_words() -> impl Iterator<Item = &'static str> {
    Lexicon::all_of(&FOREIGN_START_LEXICONS)
}

static FOREIGN_START_LEXICONS: [&Lexicon; 30] = [
    &TR_LIMBS,
    &TR_LIMBS_OF,
    &RU_HARM,
    &RU_BREAK,
    &RU_MUST,
    &RU_HARM_INF,
    &RU_WISH,
    &DEATH_TO,
    &RU_SELF_HARM,
    &RU_WALL,
    &RU_BURY,
    &RU_HARM_WOULD,
    &TR_HARM,
    &TR_HARM_INF,
    &TR_CALL,
    &RU_HARM_THEY,
    &RU_LAMPPOST,
    &TR_NOBODY_CARES,
    &TR_MENACE_AFTER_IF,
    &RU_CARRIED_TO,
    &TR_WANT_TO_HARM,
    &RU_BULLET,
    &RU_COMING,
    &TR_DESTROY,
    &RU_KILL_THEY,
    &RU_PITY,
    &RU_CRUSH,
    &FOREIGN_WORD_STARTS,
    &FOREIGN_CUE_STARTS,
    &TR_TO_HARM,
];

static FOREIGN_STARTS: LazyLock<Vocabulary> = LazyLock::new(|| foreign_start_words().collect());

/// The first words of [`CLOSING_MENACE`]'s menaces.
static CLOSING_STARTS: LazyLock<Vocabulary> = LazyLock::new(|| {
    CLOSING_MENACE
        .iter()
        .filter_map(|m| m.first().copied())
        .collect()
});

/// Russian and Turkish words a threat starts at that are not in a lexicon of its shapes: the
/// Turkish for cancer, wished on someone, "you'll see", "you're finished", "if only",
/// "harm"...
static FOREIGN_WORD_STARTS: Lexicon = Lexicon::new(
    "kansere kanser oldurun gebertin gibilerin твой твоя ваш ваша sikarlar sikacaklar neler знаю \
     знаем vururlar vuracaklar выпей разберется разберемся разберутся cole yok \
     kahrolsun olum gorursun gorursunuz olseydin olseydiniz gebereydin yasamazsin dovmek bittin \
     yandin biliyorsun bilirsin linc daga karsilasiriz gorusuruz bulusuruz oldurene asacaksin \
     asacaksiniz хоть заслуживают заслуживаешь заслуживает заслуживаете yasamaya yasama denize \
     кладбище могиле гробу hastanelik вот temizlemek кругу goremeyeceksin patlatmak ezmek yakin \
     basalim yakalim yapacagimizi yapacagimi odetecegim odetecegiz dovulmeyi olmeyi asilmayi \
     vurulmayi karismam газовую газовые sonu sonun sonunuz надеюсь yeminliyim yasatmam канаве \
     yoksa обрадуешься обрадуетесь гореть найдут переломали сломали оторвали подожгу подожжем \
     взорву взорвем сожжем укоротить печь печку топку tokat boynunu kaza dili пусть поговорим \
     taniyamaz tanimaz topragin разговор когда достану достанем харкать cezasi закатать ezip \
     расход haberin сломать kafasini doverek dayak подвал разбить проломить сожгу подожгу спалю \
     набить isi isin сгорит сгорят твое ваше подсыпать подмешать yakilmasi asilmasi dovulmesi \
     oldurulmesi atmak birakmak сбросить скинуть dovulmeliler запереть солнце zehirlemek \
     kilitlemek пинками zarar",
);

/// The starts [`foreign_start`] looks up whatever a word's shape: one lookup for the lexicons
/// whose words end as no Turkish verb of harm does.
static UNSHAPED_STARTS: LazyLock<Vocabulary> = LazyLock::new(|| {
    Lexicon::all_of(&[&FOREIGN_WORD_STARTS, &FOREIGN_CUE_STARTS, &TR_TO_HARM]).collect()
});

/// Harm as what one sets out to do, in Turkish (`öldürmeye`, "to kill"): sworn to, or come
/// for.
pub(super) static TR_TO_HARM: Lexicon =
    Lexicon::new("oldurmeye gebertmeye vurmaya bogmaya yakmaya kesmeye dovmeye asmaya bogazlamaya");

/// Russian and Turkish words a threat starts at that are its rarest words too, and so cues
/// ([`super::CUES`]): `заживо` ("alive"), `kursuna` ("to the bullet"), `umarim` ("I hope").
pub(super) static FOREIGN_CUE_STARTS: Lexicon = Lexicon::new(
    "umarim спалим бомба прыгни наглотайся kopruden catidan столбе sallanirken ugramayi \
     camasir сделаю позабочусь добьюсь наслаждайся наслаждайтесь заканчивают кончают \
     оказываются находятся стереть бьют избивают sopasiyla sopayla copla coplarla dovuldugunu \
     olduruldugunu asildigini ozgurlugunun hendekte хлорки отбеливателя \
     ozlemez ozlemeyecek kursuna kursunla kursunu бомбу bomba tecavuz odasina \
     odalarina заживо yanarken доживешь доживете goremezsin goremezsiniz kokunu kokunuzu \
     ziyarete uzulmez adresini слейте слить выложите опубликуйте заплачет ustunden кровью kanla \
     проучить unutamayacagi кислотой asit yakmaliyiz etmeli edilmeli койки hastane пожалеет \
     пожалеют pisman",
);

/// A Russian or Turkish word a threat starts at: Cyrillic, or Turkish ending as its harm
/// verbs and calls do (`-ceğim`, `-rım`, `-meli`), before the set is looked up; or the
/// Turkish for cancer, wished on someone, or an infinitive of harm (`asmak lazım`).
pub(super) fn foreign_start(word: &str) -> bool {
    let shaped = !word.is_ascii()
        || word.len() >= 5 && matches!(word.as_bytes().last(), Some(b'm' | b'i' | b'z'));
    shaped && FOREIGN_STARTS.contains(word)
        || UNSHAPED_STARTS.contains(word)
        || (word.ends_with("mak") || word.ends_with("mek")) && TR_HARM_INF.contains(word)
}

fn starts_with_any(word: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| word.starts_with(p))
}

impl Clause<'_> {
    /// Whether the writer's condition before `i` is the reader seen, caught or found
    /// (`seni sokakta görürsem`, `yakalarsam`, `bulsam`), or promised to be (`seni bir yerde
    /// yakalayacağım, o zaman görürsün`).
    fn caught_before(&self, i: usize) -> bool {
        (0..i).any(|k| {
            let w = self.at(k);
            // (`görürsem`, "if I see"; `yakalarsak`, "if we catch".)
            let conditional = ["sem", "sam", "sek", "sak", "cagim"];
            starts_with_any(w, &["gor", "yakala", "bul", "gecir"])
                && conditional.iter().any(|e| w.ends_with(e))
        })
    }

    /// Whether others are foretold before `i` to catch a person one night or in the street:
    /// `bu gazeteciyi bir gece sokakta yakalarlar` ("they'll catch this journalist one night
    /// in the street"); not `polis hırsızı yakalar` ("the police catch the thief").
    fn caught_by_others_before(&self, i: usize) -> bool {
        let caught = ["yakalarlar", "yakalayacaklar", "bulurlar", "bulacaklar"];
        let Some(k) = self.first_in(0..i, &caught) else {
            return false;
        };
        let person = [
            "gazeteciyi",
            "yazari",
            "seni",
            "sizi",
            "onu",
            "yazarlari",
            "gazetecileri",
        ];
        self.any_in(0..k, &person) && self.any_in(0..k, &["gece", "sokakta", "karanlikta"])
    }

    /// The end of a [`CLOSING_MENACE`] at `i`, when nothing but [`AFTER_CLOSING_MENACE`]
    /// follows it in the clause.
    pub(super) fn closing_menace(&self, i: usize) -> Option<usize> {
        // (Most words start none: one lookup before a look at each.)
        if !self.is(i, &*CLOSING_STARTS) {
            return None;
        }
        let menace = CLOSING_MENACE.iter().find(|m| self.seq(i, m))?;
        let end = i + menace.len();
        let closes = (end..self.len()).all(|k| self.is(k, AFTER_CLOSING_MENACE))
            || self.is(end, &["и", "ve"]);
        (closes && !self.missing_out_before(i)).then_some(end)
    }

    pub(super) fn threat_ru_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        self.threat_ru(i).or_else(|| self.threat_tr(i))
    }
}
