//! The commonest Russian and Turkish threats: first-person future harm verbs with a person
//! as their object (`убью тебя`, `seni öldüreceğim`), calls (`их надо расстрелять`, `asmak
//! lazım`), curses wished on someone (`чтоб ты сдох`) and menaces (`тебе не жить`).

use std::sync::LazyLock;

use super::ThreatKind;
use crate::rules::clauses::{Clause, Lexicon, Vocabulary};

/// Russian first-person future harm verbs, as normalization leaves them (`ё` read as `е`).
pub(super) static RU_HARM: Lexicon = Lexicon::new(
    "убью убьем прибью зарежу прирежу застрелю пристрелю задушу придушу закопаю урою сожгу \
     повешу изобью покалечу искалечу прикончу размажу уничтожу зарежем расстреляю перережу \
     переломаю оторву удавлю порву замочу грохну порешу утоплю раздавлю изуродую вздерну \
     четвертую кастрирую переломаем",
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
    Lexicon::new("переломают сломают оторвут открутят отрежут отобьют пробьют");

/// Russian third-person plural killings, foretold to the reader (`тебя найдут и закопают`,
/// "they'll find you and bury you"): a menace.
pub(super) static RU_KILL_THEY: Lexicon = Lexicon::new(
    "закопают убьют зарежут пристрелят прикончат повесят утопят сожгут замочат порешат \
     грохнут",
);

/// Turkish for "(has) no right to live": `senin gibilerin yaşamaya hakkı yok`.
pub(super) const TR_NO_RIGHT_TO_LIVE: &[&[&str]] = &[
    &["yasamaya", "hakki", "yok"],
    &["yasamaya", "haklari", "yok"],
    &["yasama", "hakki", "yok"],
    &["yasama", "haklari", "yok"],
];

/// "A pity", which opens a regret that someone was not killed (`жаль, что тебя в детстве не
/// утопили`: "a pity they didn't drown you as a child").
static RU_PITY: Lexicon = Lexicon::new("жаль");

/// Russian past plurals of killing, in that regret.
static RU_KILLED: Lexicon =
    Lexicon::new("утопили убили задушили прибили абортировали пристрелили придушили");

/// Games a Russian writer means to crush the reader at: `урою тебя в шахматах`.
static RU_GAMES: Lexicon = Lexicon::new(
    "шахматах шахматы игре игра карты картах футболе матче споре дебатах викторине турнире",
);

/// Turkish body parts a harm is called on (`dilini koparmak lazım`: "his tongue must be torn
/// out").
static TR_BODY: Lexicon = Lexicon::new(
    "dilini kafasini ellerini kollarini bacaklarini gozlerini dislerini boynunu parmaklarini",
);

/// The reader, to whom a harm is foretold.
static RU_TO_YOU: Lexicon = Lexicon::new("тебе вам тебя вас");

/// Vermin people are crushed like, in a Russian call (`давить, как тараканов`).
pub(super) static RU_VERMIN: Lexicon = Lexicon::new("тараканов клопов вшей крыс блох");

/// Crushing or poisoning, what is done to vermin (`давить`, `травить`).
static RU_CRUSH: Lexicon = Lexicon::new("давить раздавить травить потравить морить");

/// Lampposts people are hanged from (`всех либералов на фонари`).
pub(super) static RU_LAMPPOST: Lexicon =
    Lexicon::new("фонари фонарь фонарях столбы лесоповал мыло");

/// Turkish for "you won't live" (`bir daha yazarsan yaşamazsın`) and "you know what I'll
/// do" (`seni görürsem ne yapacağımı biliyorsun`), menaces after a condition.
pub(super) static TR_MENACE_AFTER_IF: Lexicon =
    Lexicon::new("yasamazsin yasamazsiniz biliyorsun biliyorsunuz bilirim bilirsin");

/// Where a Russian reader is told they will go: `поедешь в больницу`.
pub(super) static RU_CARRIED_TO: Lexicon = Lexicon::new("больницу реанимацию морг травматологию");

/// Weapons a Russian writer comes with (`с битой`, "with a bat").
pub(super) static RU_WEAPON_WITH: Lexicon =
    Lexicon::new("битой ножом топором пистолетом ружьем арматурой кастетом монтировкой");

/// The writer coming, in Russian (`приеду в гости с битой`).
pub(super) static RU_COMING: Lexicon = Lexicon::new("приеду приду заеду зайду приедем придем");

/// "Will destroy", after `yok` (`yok edeceğim`).
pub(super) static TR_DESTROY: Lexicon = Lexicon::new("edecegim ederim edecegiz");

/// A bullet, in a Russian call (`с пулей в голове`).
pub(super) static RU_BULLET: Lexicon = Lexicon::new("пулей");

/// Turkish infinitives of harm the writer wants to do (`dövmek istiyorum`).
pub(super) static TR_WANT_TO_HARM: Lexicon = Lexicon::new("dovmek oldurmek gebertmek bogmak");

/// People by their role, as the object of a Turkish verb (`yazarı`, "the writer").
static TR_ROLES_OBJECT: Lexicon =
    Lexicon::new("yazari yazarlari gazeteciyi gazetecileri muhabiri editoru bakani vekili hakemi");

/// Turkish for "nobody will be sad", after "if something happens to you": a menace.
pub(super) static TR_NOBODY_CARES: Lexicon =
    Lexicon::new("uzulmez aglamaz umursamaz uzulmeyecek aglamayacak");

/// Whom something is broken on: `тебе`, `ему`.
static RU_TO_SOMEONE: Lexicon = Lexicon::new("тебе вам ему ей им тебя вас журналистке");

/// Russian body parts a harm is done to (`руки оторвать`).
static RU_BODY: Lexicon = Lexicon::new(
    "руки ноги голову башку язык яйца шею челюсть зубы кости хребет позвоночник ребра рот пальцы \
     пальцев",
);

/// Those a harm is done to, named by their role (`автору руки оторвать`).
static RU_ROLE_TO: Lexicon =
    Lexicon::new("автору журналисту депутату министру судье редактору таким тому тем");

/// Russian past forms of harm, a threat with `бы` ("would"): `я бы ему руки отрубил`.
pub(super) static RU_HARM_WOULD: Lexicon =
    Lexicon::new("отрубал отрубил оторвал отрывал переломал сломал задушил придушил");

/// Russian infinitives of harm, for calls (`их надо расстрелять`).
pub(super) static RU_HARM_INF: Lexicon = Lexicon::new(
    "убить расстрелять перестрелять повесить перевешать сжечь вырезать истребить зарезать \
     пристрелить уничтожить оторвать прибить отрубить открутить переломать утопить вешать \
     расстреливать задушить удавить замочить грохнуть порешить вздернуть четвертовать кастрировать \
     сжигать топить душить отрубать отрезать изнасиловать отыметь отлупить избить зашить \
     выпороть высечь",
);

/// What says a harm must or ought to be done (`надо убить`, `тебе бы голову оторвать`).
pub(super) static RU_MUST: Lexicon = Lexicon::new("надо нужно следует должны пора бы");

/// Burying, a harm only when alive (`закапывать живьём`).
pub(super) static RU_BURY: Lexicon = Lexicon::new("закапывать закопать зарыть");

/// "The wall" someone is stood against to be shot: `к стенке ставить` ("put against the
/// wall"), with [`RU_STAND`].
pub(super) static RU_WALL: Lexicon = Lexicon::new("стенке стенку");
static RU_STAND: Lexicon =
    Lexicon::new("ставить поставить поставлю поставим ставили поставили ставят поставят");

/// "Those", "all of them", "such people": whom the wall is for.
static RU_THOSE: Lexicon = Lexicon::new("этих всех таких предателей");

/// People by their role, as the object of a Russian call (`автора надо утопить`).
static RU_ROLE_OBJECT: Lexicon = Lexicon::new(
    "автора авторов журналиста журналистов журналистку журналисток редактора депутата \
     министра судью чиновников воров сотрудниками журналистами",
);

/// Russian persons as objects, and their bones (`переломаю кости` is "I'll break bones").
static RU_PERSON: Lexicon =
    Lexicon::new("тебя тебе тя вас вам его ее их всех вы ты они кости башку таких этих тобой");

/// Russian and Turkish menaces without a violent verb: `тебе не жить`, `ты труп` (not `тебе
/// конец`, which is as often "you're in trouble"), and "I know where you live" as in English
/// (`знаю, где ты живёшь`, `nerede oturduğunu biliyorum`).
pub(super) const RU_MENACE: &[&[&str]] = &[
    &["тебе", "не", "жить"],
    // "(Soon you'll learn) what happens to such chatterboxes"; "don't sleep easy, we're near".
    &["что", "бывает", "с", "такими", "болтливыми"],
    // "We know which school your son goes to"; "your children will be sorry (if you go on)".
    &["знаем", "в", "какую", "школу", "ходит"],
    &["знаю", "в", "какую", "школу", "ходит"],
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
    &["seni", "de", "bir", "cukura", "gomerler"],
    &["seni", "bir", "cukura", "gomerler"],
    &["seni", "gomeriz"],
    &["seni", "gomecegiz"],
    &["dislerini", "sokerim"],
    &["disini", "sokerim"],
    &["сыну", "лучше", "не", "ходить", "одному"],
    &["дочери", "лучше", "не", "ходить", "одной"],
    &["детям", "лучше", "не", "ходить", "одним"],
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
    // "Get your coffin ready".
    &["готовь", "гроб"],
    &["готовь", "себе", "гроб"],
    // "I'll find you", "I'll make you regret it", as they are spoken (`bulcam`, `edicem`).
    &["seni", "bulcam"],
    &["seni", "bulucam"],
    &["pisman", "edicem"],
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
    // "We'll find your family".
    &["найдем", "твою", "семью"],
    &["найдем", "вашу", "семью"],
    // "You'll regret you were born".
    &["пожалеешь", "что", "родился"],
    &["пожалеешь", "что", "родилась"],
    &["пожалеете", "что", "родились"],
    &["знаю", "где", "ты", "живешь"],
    &["знаю", "где", "вы", "живете"],
    &["знаем", "где", "ты", "живешь"],
    &["знаем", "где", "вы", "живете"],
    &["знаю", "где", "ты", "работаешь"],
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
    &["gorursun", "gununu"],
    &["gununu", "gorursun"],
    &["gosteririm", "gununu"],
    &["gununu", "gosteririm"],
    &["gununu", "gosterecegim"],
    &["seni", "parca", "parca"],
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
    &["я", "тебя", "найду"],
    &["я", "вас", "найду"],
    &["найду", "тебя"],
    &["ты", "пожалеешь"],
    &["вы", "пожалеете"],
    // (`ещё раз увижу тебя у редакции — пожалеешь`: the reader left unsaid.)
    &["пожалеешь"],
    &["ты", "об", "этом", "пожалеешь"],
    &["ты", "еще", "пожалеешь"],
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
    // "We know your child's school".
    &["cocugunun", "okulunu", "biliyoruz"],
    &["yoksa", "ben", "kapatirim"],
    &["pisman", "edecegim"],
    &["pisman", "ederim"],
    &["evinin", "nerede", "oldugunu", "biliyorum"],
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
];

/// What may follow a [`CLOSING_MENACE`] in its clause: "and", "of it" after "you'll regret"
/// (`ты пожалеешь об этом`), "at night", "get ready" (`приедут за тобой ночью, готовься`), or
/// a warning (`жди гостей`, "expect guests"; `dikkatli ol`, "be careful").
const AFTER_CLOSING_MENACE: &[&str] = &[
    "и",
    "ve",
    "об",
    "этом",
    "ночью",
    "готовься",
    "готовьтесь",
    "жди",
    // "... then we'll talk" (`arabanı yakarız, ondan sonra konuşuruz`).
    "ondan",
    "sonra",
    "konusuruz",
    "ждите",
    // "... expect guests", "... be careful", "... watch yourself".
    "гостей",
    "в",
    "гости",
    "dikkatli",
    // "... just so you know", "... wait (for it)", "... I promise".
    "haberin",
    "olsun",
    "dikkat",
    "et",
    "bekle",
    "обещаю",
    // The reader addressed: `тебе осталось недолго, журналистка`.
    "журналистка",
    "журналист",
    "писака",
    "ol",
    "olun",
    "kendine",
    "dikkat",
    "et",
];

/// "Death", called on a group: `Kürtlere ölüm`, `смерть евреям`.
pub(super) static DEATH_TO: Lexicon = Lexicon::new("olum смерть");

/// Russian wishes (`чтоб ты сдох`, "may you croak") open with `чтоб` (or `хоть бы`, "if
/// only"), and curse with one of [`RU_CURSE`].
static RU_WISH: Lexicon = Lexicon::new("чтоб чтобы");

pub(super) static RU_CURSE: Lexicon = Lexicon::new(
    "сдох сдохла сдохли сдохнешь заболел заболела заболели заболеешь подавился подавилась \
     сгорел сгорела сгорели разбился разбилась подох подохла",
);

static RU_YOU: Lexicon = Lexicon::new("ты вы он она они");

/// What is wished to befall someone named as its object (`чтоб тебя машина сбила`, "may a car
/// hit you").
pub(super) static RU_CURSE_ON: Lexicon = Lexicon::new(
    "сбила сбил переехала переехал разорвало парализовало убило придавило зарезали убили \
     пристрелили",
);

/// Someone's home or car, as the object of a Turkish verb (`evini`, "your/his house").
static TR_HOMES: Lexicon = Lexicon::new("evini evinizi evlerini arabani arabanizi arabasini");

/// Someone's limbs or head, in Turkish (`elleri`, "his hands"), to be broken or cut.
static TR_LIMBS: Lexicon =
    Lexicon::new("elleri kollari bacaklari parmaklari kafasi dizleri dili dilleri");

/// The same as objects (`parmaklarını`, "his fingers"), for `... kırmalı` ("should break").
static TR_LIMBS_OF: Lexicon =
    Lexicon::new("ellerini kollarini bacaklarini parmaklarini kafasini dizlerini dilini");

/// People in the Turkish genitive, whose limbs those are (`yazarın`, "the writer's").
static TR_WHOSE: Lexicon = Lexicon::new(
    "yazarin gazetecinin adamin bakanin hakemin senin onun gazetecilerin yazarlarin yazanin",
);

/// Turkish first-person harm verbs (future and aorist), as normalization folds them.
pub(super) static TR_HARM: Lexicon = Lexicon::new(
    "oldurecegim oldururum olduracegim oldurecegiz gebertecegim gebertirim keserim kesecegim \
     vururum vuracagim bogacagim bogarim dograyacagim dograrim yakacagim yakacagiz yakarim \
     asacagim asarim parcalarim parcalayacagim doverim dovecegim sikacagim sikarim kirarim \
     kiracagim dagitacagim dagitirim dizecegiz dizecegim ezerim ezecegim bogazlarim bogazlayacagim \
     tokatlarim tokatlayacagim tekmelerim gomerim gomecegim koparirim koparacagim kopartirim \
     kopartacagim sokerim sokecegim kirariz kiracagiz geciririm gecirecegim",
);

/// Turkish calls: `hepsi kurşuna dizilmeli` ("should be shot"), `asılmalı` ("hanged"),
/// `öldürün` ("kill them!"), `kahrolsun` ("damn them", of people: not `kahrolsun faşizm`).
pub(super) static TR_CALL: Lexicon = Lexicon::new(
    "olmeli oldurulmeli asilmali dizilmeli yakilmali gebermeli oldurmeli kesilmeli olduresim \
     oldurun gebertin kahrolsun asacaksin asacaksiniz olmeliydi dovulmeli taslanmali \
     taslanmalidir sallandirmali sallandirilmali",
);

/// Turkish infinitives of harm, called for with `lazım` ("is needed").
pub(super) static TR_HARM_INF: Lexicon = Lexicon::new(
    "asmak oldurmek gebertmek vurmak yakmak kesmek bogazlamak dizmek sikmak taslamak koparmak \
     dovmek yakalamak batirmak bogmak",
);

/// Turkish persons as objects, and their bodies (`kemiklerini kırarım`: "I'll break your
/// bones").
static TR_PERSON: Lexicon = Lexicon::new(
    "seni sizi onu onlari hepinizi hepsini hepsi onlar \
     bunlar bunlari kafani kafanizi kafana kafaniza kafasina kafasini boynunu evini aileni \
     kemiklerini bacaklarini kollarini dislerini senin ellerini parmaklarini gazetenizi gazeteni \
     sizin adamlar insanlar suratini yuzunu agzini adamlari kizini oglunu esini cocuklarini",
);

/// Urges to self-harm in Russian and Turkish, as one word or two: `повесься` ("hang yourself"),
/// `убей себя`, `kendini as`.
pub(super) static RU_SELF_HARM: Lexicon =
    Lexicon::new("повесься удавись застрелись утопись выпились убейся сдохни");

pub(super) const FOREIGN_SELF_HARM: &[&[&str]] = &[
    &["kendini", "as"],
    &["kendini", "oldur"],
    &["git", "geber"],
    &["ol", "de", "kurtulalim"],
    &["geber", "de", "kurtulalim"],
    &["убей", "себя"],
    // "Drink poison".
    &["выпей", "яду"],
];

/// The Russian and Turkish words a threat starts at: the lexicons' words, and
/// [`FOREIGN_WORD_STARTS`].
pub(super) fn foreign_start_words() -> impl Iterator<Item = &'static str> {
    Lexicon::all_of(&FOREIGN_START_LEXICONS)
}

static FOREIGN_START_LEXICONS: [&Lexicon; 28] = [
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
/// Turkish for cancer, wished on someone, "you'll see", "you're finished", "if only"...
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
     taniyamaz tanimaz topragin разговор когда достану достанем харкать cezasi закатать",
);

/// A Russian or Turkish word a threat starts at: Cyrillic, or Turkish ending as its harm
/// verbs and calls do (`-ceğim`, `-rım`, `-meli`), before the set is looked up; or the
/// Turkish for cancer, wished on someone, or an infinitive of harm (`asmak lazım`).
pub(super) fn foreign_start(word: &str) -> bool {
    let shaped = !word.is_ascii()
        || word.len() >= 5 && matches!(word.as_bytes().last(), Some(b'm' | b'i' | b'z'));
    shaped && FOREIGN_STARTS.contains(word)
        || FOREIGN_WORD_STARTS.contains(word)
        || (word.ends_with("mak") || word.ends_with("mek")) && TR_HARM_INF.contains(word)
}

fn starts_with_any(word: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| word.starts_with(p))
}

impl Clause<'_> {
    /// Whether word `k` is a person as a Turkish object: the reader, someone by role
    /// (`gazeteciyi`), or a group.
    fn tr_person_object(&self, k: usize) -> bool {
        self.is(k, &TR_PERSON) || self.is(k, &TR_ROLES_OBJECT) || self.is_people(k)
    }

    /// Whether the writer's condition before `i` is the reader seen, caught or found
    /// (`seni sokakta görürsem`, `yakalarsam`, `bulsam`), or promised to be (`seni bir yerde
    /// yakalayacağım, o zaman görürsün`).
    fn caught_before(&self, i: usize) -> bool {
        (0..i).any(|k| {
            let w = self.at(k);
            starts_with_any(w, &["gor", "yakala", "bul", "gecir"])
                && (w.ends_with("sem") || w.ends_with("sam") || w.ends_with("cagim"))
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

    /// [`Clause::threat_ru_tr`] in Russian: `сверну тебе шею`, `найду и придушу`, `таких надо
    /// давить, как тараканов`, `всех либералов на фонари`, `чтоб ты заболел раком`.
    fn threat_ru(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        self.intent_ru(i)
            .or_else(|| self.call_ru(i))
            .or_else(|| self.menace_ru(i))
    }

    /// The writer's own harm promised, in Russian: `найду и придушу` ("I'll find and strangle"),
    /// `сожгу твой дом вместе с тобой` ("I'll burn your house with you in it").
    fn intent_ru(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Intent;
        let near = |set: &Lexicon| self.any_in(i.saturating_sub(3)..i + 4, set);
        // Turning is a harm only with a body part: `сверну тебе шею`, `голову тебе откручу`
        // (not `откручу тебе кран`, the tap).
        // So is counting: `все кости пересчитаю` ("I'll count all your bones").
        let body = !starts_with_any(self.at(i), &["свер", "откру", "пересчит"]) || near(&RU_BODY);
        // `найду и придушу` ("I'll find and strangle"), `встречу — покалечу` ("if I meet you,
        // I'll cripple you"): the reader left unsaid.
        if self.is(i, &RU_HARM) && i >= 2 && self.seq(i - 2, &["найду", "и"]) {
            return Some((Intent, i - 2, i + 1));
        }
        if self.is(i, &RU_HARM) && i >= 1 && self.is(i - 1, &["встречу", "увижу", "поймаю"])
        {
            return Some((Intent, i - 1, i + 1));
        }
        // Not a game won: `я тебя урою в шахматах` ("I'll bury you at chess").
        let game = self.any_in(i + 1..self.len(), &RU_GAMES);
        if (self.is(i, &RU_HARM) && near(&RU_PERSON)
            || self.is(i, &RU_BREAK) && near(&RU_TO_SOMEONE) && body)
            && !game
        {
            return Some((Intent, i, i + 1));
        }
        // `ещё раз такое напишешь — ноги переломаю` ("write that once more and I'll break
        // your legs"): a body part broken after what the reader must not do again; not `на
        // этой лестнице я себе ноги переломаю` (the writer's own legs, on the stairs).
        // (Or `сиди тихо, а то ноги переломаем`, "keep quiet, or else we'll break your legs".)
        let or_else = (0..i).any(|k| self.seq(k, &["а", "то"])) || self.any_in(0..i, &["иначе"]);
        if self.is(i, &RU_HARM)
            && (self.any_in(0..i, &["ещё", "еще"]) && self.any_in(0..i, &["раз"]) || or_else)
            && near(&RU_BODY)
            && !self.any_in(0..self.len(), &["себе", "себя"])
        {
            return Some((Intent, i, i + 1));
        }
        // `сожгу твой дом вместе с тобой` ("I'll burn your house with you in it"): a home
        // burnt with the reader inside (not `сожгу старые письма вместе с тобой`, old letters
        // burnt together).
        let home = [
            "дом",
            "квартиру",
            "машину",
            "офис",
            "редакцию",
            "дачу",
            "хату",
        ];
        if self.is(i, &["сожгу", "спалю", "подожгу"])
            && self.any_in(i + 1..i + 4, &home)
            && (i + 1..(i + 8).min(self.len()))
                .any(|k| self.at(k) == "с" && self.is(k + 1, &["тобой", "вами"]))
        {
            return Some((Intent, i, i + 1));
        }
        // `сожгу твою тачку вместе с тобой` ("I'll burn your car with you in it").
        // (The reader's own: not `сожгу старые письма вместе с тобой`, "I'll burn the old
        // letters together with you".)
        if self.is(i, &["сожгу", "подожгу", "взорву"])
            && self.is(i + 1, &["твою", "твой", "твое", "вашу", "ваш", "ваше"])
            && (i + 1..self.len())
                .any(|k| self.seq(k, &["вместе", "с"]) && self.is(k + 2, &["тобой", "вами"]))
        {
            return Some((Intent, i, self.len()));
        }
        // `приеду в гости с битой` ("I'll come visiting with a bat").
        if self.is(i, &RU_COMING) {
            // (`приду к тебе домой и поговорим по-мужски, с монтировкой`: anywhere after.)
            let with = (i + 1..self.len()).find(|&k| self.at(k) == "с");
            // Not `с ножом для торта` ("with a cake knife").
            if let Some(k) =
                with.filter(|&k| self.is(k + 1, &RU_WEAPON_WITH) && self.at(k + 2) != "для")
            {
                return Some((Intent, i, k + 2));
            }
            // `я приеду к тебе домой и поговорю по-мужски` ("I'll come to your home and have
            // a man's talk with you"): the reader's home, and a talk that is no talk.
            let talk = (i + 1..self.len()).find(|&k| {
                self.is(k, &["поговорю", "поговорим"]) && self.seq(k + 1, &["по", "мужски"])
            });
            if let Some(k) = talk.filter(|&k| self.any_in(i + 1..k, &["тебе", "вам"])) {
                return Some((Intent, i, k + 3));
            }
        }
        // `таким журналистам руки отрубал бы` ("I'd chop such journalists' hands off"): the
        // conditional of a harm to a body part, done to someone named.
        // `я бы этого редактора своими руками задушил` ("I'd strangle this editor with my own
        // hands").
        let strangled = self.is(i, &["задушил", "придушил"])
            && self.any_in(i.saturating_sub(3)..i, &["руками"])
            && self.any_in(0..i, &["бы"])
            && (i.saturating_sub(5)..i)
                .any(|k| self.is(k, &RU_ROLE_OBJECT) || self.is(k, &RU_PERSON));
        if strangled {
            return Some((Intent, i, i + 1));
        }
        if self.is(i, &RU_HARM_WOULD)
            && self.any_in(0..self.len(), &["бы"])
            && (i.saturating_sub(3)..i + 3).any(|k| self.is(k, &RU_BODY))
            && (i.saturating_sub(5)..i)
                .any(|k| self.is(k, &RU_TO_SOMEONE) || self.is(k, &RU_ROLE_TO))
        {
            return Some((Intent, i, i + 1));
        }
        // `я вашу редакцию сожгу` ("I'll burn your newsroom"), `мы тебе машину сожжём` ("we'll
        // burn your car", the reader's by the dative): a place of the reader's burnt is its
        // people harmed.
        if self.is(
            i,
            &[
                "сожгу",
                "сожжем",
                "подожгу",
                "подожжем",
                "взорву",
                "взорвем",
            ],
        ) && self.any_in(
            i.saturating_sub(3)..i,
            &["вашу", "твою", "ваш", "твой", "тебе", "вам"],
        ) && self.any_in(
            i.saturating_sub(2)..i,
            &["редакцию", "дом", "квартиру", "офис", "машину"],
        ) {
            return Some((Intent, i.saturating_sub(2), i + 1));
        }
        None
    }

    /// A harm called for or wished, in Russian: `таких надо давить` ("such people should be
    /// crushed"), `всех либералов на фонари`, `чтоб ты заболел раком` ("may you get cancer").
    fn call_ru(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Call;
        let near = |set: &Lexicon| self.any_in(i.saturating_sub(3)..i + 4, set);
        // `тебя надо закатать в асфальт` ("you should be rolled into the asphalt"): a person
        // (not `яму надо закатать в асфальт`, a pothole).
        if self.at(i) == "закатать"
            && self.seq(i + 1, &["в", "асфальт"])
            && self.any_in(0..i, &["тебя", "вас", "его", "ее", "таких", "их"])
        {
            return Some((Call, i, i + 3));
        }
        // `тебе бы язык укоротить` ("your tongue should be shortened").
        if self.is(i, &["укоротить", "отрезать", "вырвать", "оторвать"])
            && self.any_in(i.saturating_sub(3)..i, &["бы"])
            && self.any_in(i.saturating_sub(3)..i, &["тебе", "вам", "ему", "таким"])
            && near(&RU_BODY)
        {
            return Some((Call, i.saturating_sub(3), i + 1));
        }
        // `такие как ты не заслуживают жить` ("such as you don't deserve to live").
        if self.is(
            i,
            &["заслуживают", "заслуживаешь", "заслуживает", "заслуживаете"],
        ) && i > 0
            && self.at(i - 1) == "не"
            && self.at(i + 1) == "жить"
        {
            return Some((Call, i - 1, i + 2));
        }
        // `автору статьи место на кладбище` ("the author's place is in the cemetery"), `тебе
        // место в могиле`: a person's (not `старому дивану место на свалке`).
        if self.is(i, &["кладбище", "могиле", "гробу", "канаве"])
            && i >= 2
            && self.at(i - 2) == "место"
            && self.is(i - 1, &["на", "в"])
            && (self.any_in(i.saturating_sub(5)..i - 2, &RU_ROLE_TO)
                || self.any_in(
                    i.saturating_sub(5)..i - 2,
                    &["тебе", "вам", "ему", "ей", "им"],
                ))
        {
            return Some((Call, i - 2, i + 1));
        }
        // `всех мигрантов надо в газовую камеру` ("all migrants must go to the gas
        // chamber"): a call (not `нацисты отправляли людей в газовые камеры`, history).
        if self.is(i, &["газовую", "газовые"])
            && self.is(i + 1, &["камеру", "камеры"])
            && i > 0
            && self.at(i - 1) == "в"
            && (self.any_in(i.saturating_sub(3)..i - 1, &RU_MUST)
                // (`таджиков — в газовую камеру`: a group sent, the verb left out.)
                || i >= 2 && self.is_people(i - 2))
        {
            return Some((Call, i - 1, i + 2));
        }
        // `такую журналистку надо пустить по кругу` (a gang rape called for): a woman named
        // (not `чашу пустили по кругу`, a cup passed round).
        if self.at(i) == "кругу"
            && i >= 2
            && self.at(i - 1) == "по"
            && self.is(i - 2, &["пустить", "пустили", "пустим", "пущу"])
            && self.any_in(
                i.saturating_sub(6)..i - 2,
                &["такую", "эту", "ее", "тебя", "таких", "этих"],
            )
        {
            return Some((Call, i - 2, i + 1));
        }
        // `жаль, что тебя в детстве не утопили`; not `жаль, что меня не научили плавать`.
        if self.at(i) == "жаль" {
            let you = (i + 1..i + 5).find(|&k| self.is(k, &["тебя", "вас"]));
            let killed = you.and_then(|y| (y + 1..y + 5).find(|&k| self.is(k, &RU_KILLED)));
            if let Some(k) = killed.filter(|&k| self.at(k - 1) == "не") {
                return Some((Call, i, k + 1));
            }
        }
        // `таких надо давить, как тараканов` ("such people should be crushed like
        // cockroaches"): people named before it, not `тараканов надо травить, как клопов`
        // (the cockroaches themselves).
        let people_before = || {
            (i.saturating_sub(4)..i)
                .any(|k| self.is(k, &RU_THOSE) || self.is(k, &RU_PERSON) || self.is_people(k))
        };
        if self.is(i, &RU_MUST) && self.any_in(i + 1..i + 3, &RU_CRUSH) && people_before() {
            let like = (i + 2..i + 5).find(|&k| self.at(k) == "как");
            if let Some(k) = like.filter(|&k| self.is(k + 1, &RU_VERMIN)) {
                return Some((Call, i, k + 2));
            }
        }
        // `давить таких журналистов надо, как тараканов`: the verb first.
        if self.is(i, &RU_CRUSH)
            && self.any_in(i + 1..i + 4, &RU_THOSE)
            && self.any_in(i + 1..i + 5, &RU_MUST)
        {
            let like = (i + 2..i + 7).find(|&k| self.at(k) == "как");
            if let Some(k) = like.filter(|&k| self.is(k + 1, &RU_VERMIN)) {
                return Some((Call, i, k + 2));
            }
        }
        // `всех либералов на фонари` ("all the liberals onto the lampposts"); not `фонари на
        // нашей улице не горят`.
        if self.is(i, &RU_LAMPPOST)
            && i >= 2
            && self.at(i - 1) == "на"
            && self.any_in(i.saturating_sub(4)..i - 1, &RU_THOSE)
        {
            return Some((Call, i.saturating_sub(3), i + 1));
        }
        // `таких как ты надо сажать в клетку` ("people like you should be put in a cage"):
        // people caged as animals are (not `преступников надо сажать в тюрьму`).
        if self.is(i, &RU_MUST)
            && self.any_in(
                i + 1..i + 3,
                &["сажать", "посадить", "запереть", "запирать", "держать"],
            )
            && self.any_in(i + 2..i + 5, &["клетку", "клетке", "клетки"])
            && (self.any_in(
                i.saturating_sub(5)..i + 3,
                &["ты", "вы", "тебя", "вас", "таких"],
            ) || (i.saturating_sub(3)..i).any(|k| self.is_people(k)))
        {
            return Some((Call, i, i + 3));
        }
        // `таких как ты вешать надо` ("people like you should be hanged"): the call after its
        // verb; and `вешать таких надо на площади` ("such people should be hanged in the
        // square"), the verb first.
        if self.is(i, &RU_HARM_INF)
            && self.is(i + 1, &RU_MUST)
            && self.any_in(i.saturating_sub(4)..i, &RU_THOSE)
        {
            return Some((Call, i, i + 2));
        }
        if self.is(i, &RU_HARM_INF) && self.is(i + 1, &RU_THOSE) && self.is(i + 2, &RU_MUST) {
            return Some((Call, i, i + 3));
        }
        // `таким журналистам место в канаве с пулей в голове` ("such journalists belong in a
        // ditch with a bullet in the head"); not a news story's `жил с пулей в голове`.
        if self.at(i) == "пулей"
            && i > 0
            && self.at(i - 1) == "с"
            && self.seq(i + 1, &["в"])
            && self.is(i + 2, &["голове", "башке", "лбу", "затылке"])
            && self.any_in(0..i, &["место"])
        {
            return Some((Call, 0, i + 3));
        }
        // (`всех журналистов этого издания пора повесить`: the people four words back;
        // `тебя надо закопать`, "you should be buried", a person the object, not bulbs.)
        let harm_inf = |k: usize| {
            self.is(k, &RU_HARM_INF)
                || self.is(k, &RU_BURY)
                    && self.any_in(i.saturating_sub(3)..i + 4, &["тебя", "вас", "его", "их"])
        };
        if self.is(i, &RU_MUST)
            && (i + 1..i + 3).any(harm_inf)
            && (near(&RU_PERSON)
                || near(&RU_ROLE_OBJECT)
                || near(&RU_ROLE_TO)
                || self.any_in(i.saturating_sub(5)..i, &RU_THOSE)
                || (i.saturating_sub(3)..i + 4).any(|k| self.is_people(k)))
        {
            return Some((Call, i, i + 3));
        }
        // `автору руки оторвать` ("the author's hands should be torn off"): a person's body
        // part and an infinitive of harm, the call's `надо` left out.
        if self.is(i, &RU_HARM_INF)
            && (i.saturating_sub(3)..i).any(|k| self.is(k, &RU_BODY))
            && (i.saturating_sub(4)..i)
                .any(|k| self.is(k, &RU_TO_SOMEONE) || self.is(k, &RU_ROLE_TO))
        {
            return Some((Call, i.saturating_sub(2), i + 1));
        }
        // `таких надо закапывать живьём` ("such people should be buried alive"): not `яму
        // надо закопать` ("the hole must be filled in").
        if self.is(i, &["закапывать", "закопать", "зарыть"])
            && self.any_in(i.saturating_sub(2)..i + 3, &["живьем", "заживо"])
        {
            return Some((Call, i, i + 1));
        }
        // `тебя бы закопать где-нибудь в лесу` ("you should be buried somewhere in the woods").
        if self.is(i, &["закопать", "зарыть"])
            && i >= 2
            && self.at(i - 1) == "бы"
            && self.is(i - 2, &["тебя", "вас", "его", "ее", "их", "таких"])
        {
            return Some((Call, i - 2, i + 1));
        }
        // `этих журналюг к стенке ставить` ("put these hacks against the wall"): people
        // stood there, not a wardrobe (`шкаф поставить к стенке`).
        if self.is(i, &RU_WALL) && i > 0 && self.at(i - 1) == "к" {
            let stood = (i.saturating_sub(4)..i + 3).find(|&k| self.is(k, &RU_STAND));
            let whom = (i.saturating_sub(6)..i + 3)
                .any(|k| self.is(k, &RU_THOSE) || self.is(k, &RU_PERSON) || self.is_people(k));
            if let Some(k) = stood.filter(|_| whom) {
                return Some((Call, (i - 1).min(k), (i + 1).max(k + 1)));
            }
            // (`всех журналистов этой газеты к стенке`: the verb left out, the clause closed.)
            if whom && i + 1 == self.len() && self.any_in(0..i, &["всех"]) {
                return Some((Call, 0, i + 1));
            }
        }
        if self.at(i) == "смерть" && self.is_people(i + 1) {
            return Some((Call, i, i + 2));
        }
        // `пусть твоя семья сгорит в аду` ("may your family burn in hell"), said of people
        // (not `пусть этот закон сгорит в аду`, a law).
        if self.at(i) == "пусть" {
            let burns = (i + 1..i + 5).find(|&k| self.is(k, &["сгорит", "сгорят", "сгоришь"]));
            let yours = ["ты", "вы", "твоя", "твои", "твой", "он", "она", "они"];
            if let Some(k) = burns.filter(|&k| self.seq(k + 1, &["в", "аду"])) {
                if self.any_in(i + 1..k, &yours) || (i + 1..k).any(|p| self.is_people(p)) {
                    return Some((Call, i, k + 3));
                }
            }
        }
        // `надеюсь, твой дом сгорит вместе с тобой` ("I hope your house burns down with you
        // in it"), `чтоб твоя редакция сгорела к чертям вместе с тобой` ("may your newsroom
        // burn to hell with you in it"); not `надеюсь, твой дом не сгорит`, `чтоб твоя
        // редакция сгорела от стыда` (with shame).
        if self.is(i, &["надеюсь", "чтоб", "чтобы", "пусть"]) {
            let burnt = [
                "сгорит",
                "взорвется",
                "рухнет",
                "сгоришь",
                "сгорел",
                "сгорела",
                "сгорело",
                "сгорели",
                "взорвалась",
                "взорвался",
                "рухнула",
                "рухнул",
            ];
            let burns = (i + 1..i + 6).find(|&k| self.is(k, &burnt) && self.at(k - 1) != "не");
            if let Some(k) = burns {
                let with_you = (k + 1..k + 4)
                    .find(|&j| self.seq(j, &["вместе", "с"]) && self.is(j + 2, &["тобой", "вами"]));
                if self.at(k) == "сгоришь" || with_you.is_some() {
                    return Some((Call, i, with_you.map_or(k + 1, |j| j + 3)));
                }
            }
        }
        // `таких, как ты, надо в печь` ("people like you belong in the furnace"); not `печь в
        // деревне топят дровами`.
        if self.is(i, &["печь", "печку", "топку"])
            && i >= 2
            && self.at(i - 1) == "в"
            && self.is(i - 2, &RU_MUST)
            && self.any_in(0..i - 2, &RU_THOSE)
        {
            return Some((Call, i - 2, i + 1));
        }
        // `журналюг надо давить` ("hack journalists must be crushed"); not `надо давить на
        // правительство` (pressed).
        if self.is(i, &RU_CRUSH)
            && self.at(i + 1) != "на"
            && self.any_in(i.saturating_sub(2)..i, &RU_MUST)
            && self.any_in(
                i.saturating_sub(4)..i,
                &["журналюг", "журналюги", "таких", "их"],
            )
        {
            return Some((Call, i.saturating_sub(2), i + 1));
        }
        // `кто такое пишет, тот должен гореть` ("whoever writes this must burn"), `... гореть
        // в аду`; not `... гореть желанием учиться` ("burn with the wish to learn").
        let burns = i + 1 == self.len()
            || self.phrase_ends_before(i + 1)
            || self.seq(i + 1, &["в", "аду"])
            || self.at(i + 1) == "заживо";
        if self.at(i) == "гореть"
            && burns
            && i > 0
            && self.is(i - 1, &["должен", "должны", "должна"])
            && self.any_in(0..i, &["кто", "таких", "такие"])
        {
            return Some((Call, i - 1, i + 1));
        }
        // `чтоб ты заболел раком` ("may you get cancer"), `чтоб тебя машина сбила`, `хоть бы
        // ты сгорел` ("if only you burnt").
        let wish = if self.at(i) == "хоть" {
            (self.at(i + 1) == "бы").then_some(i + 1)
        } else {
            self.is(i, &RU_WISH).then_some(i)
        };
        if let Some(w) = wish.filter(|&w| self.is(w + 1, &RU_YOU)) {
            if let Some(k) = (w + 2..w + 4).find(|&k| self.is(k, &RU_CURSE)) {
                return Some((Call, i, k + 1));
            }
        }
        // `вот бы автора этой статьи переехал трамвай` ("if only a tram ran over the author
        // of this article"): someone by their role (not `вот бы трамвай переехал на новую
        // линию`).
        // (`вот бы этого министра машина переехала`: "this minister".)
        let this = usize::from(self.is(i + 2, &["этого", "эту", "этих"]));
        if self.seq(i, &["вот", "бы"])
            && (self.is(i + 2 + this, &RU_ROLE_OBJECT) || self.is(i + 2, &["тебя", "вас"]))
        {
            if let Some(k) = (i + 3..i + 7).find(|&k| self.is(k, &RU_CURSE_ON)) {
                return Some((Call, i, k + 1));
            }
        }
        if self.is(i, &RU_WISH) && self.is(i + 1, &["тебя", "вас", "его", "ее", "их"])
        {
            if let Some(k) = (i + 2..i + 5).find(|&k| self.is(k, &RU_CURSE_ON)) {
                return Some((Call, i, k + 1));
            }
        }
        None
    }

    /// A harm foretold to the reader, in Russian: `тебе переломают ноги` ("they'll break your
    /// legs"), `мы придём ночью, когда ты будешь спать` ("we'll come at night, while you sleep").
    fn menace_ru(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Menace;
        let near = |set: &Lexicon| self.any_in(i.saturating_sub(3)..i + 4, set);
        // `тебе переломают ноги` ("they'll break your legs"), foretold to the reader.
        if self.is(i, &RU_HARM_THEY) && near(&RU_TO_YOU) && near(&RU_BODY) {
            return Some((Menace, i, i + 1));
        }
        // `ты у меня кровью харкать будешь` ("you'll be coughing up blood"): the reader hurt,
        // foretold (not `он кровью харкал неделю`, an illness).
        if self.at(i) == "харкать"
            && self.any_in(i.saturating_sub(2)..i + 2, &["кровью"])
            && self.any_in(i.saturating_sub(3)..i + 3, &["будешь", "будете", "станешь"])
        {
            return Some((Menace, i.saturating_sub(1), i + 2));
        }
        // `я тебя, тварь, из-под земли достану` ("I'll get you, scum, from under the ground"):
        // the reader found wherever they hide (not `я из-под земли достану этот диск`, a
        // record hunted down).
        if self.is(i, &["достану", "достанем"])
            && i >= 3
            && self.seq(i - 3, &["из", "под", "земли"])
            && self.any_in(0..i - 3, &["тебя", "вас"])
        {
            return Some((Menace, i - 3, i + 1));
        }
        // `тебя найдут и закопают в лесу` ("they'll find you and bury you in the woods").
        if self.is(i, &RU_KILL_THEY) && self.any_in(i.saturating_sub(4)..i + 2, &["тебя", "вас"])
        {
            return Some((Menace, i.saturating_sub(3), i + 1));
        }
        // `твой дом сгорит` ("your house will burn"), not as a warning (`если не починишь
        // проводку, твой дом сгорит`, "if you don't fix the wiring ...").
        if self.is(i, &["твой", "твоя", "ваш", "ваша"])
            && self.is(i + 1, &["дом", "квартира", "машина", "офис", "редакция"])
            && self.is(i + 2, &["сгорит", "сгорят"])
            && !self.any_in(0..self.len(), &["если"])
        {
            return Some((Menace, i, i + 3));
        }
        // `я знаю твою машину, будь осторожна на дороге` ("I know your car, be careful on
        // the road"): what the writer knows of the reader's, and a warning (not `я знаю твою
        // машину, красная такая`).
        if self.seq(i, &["знаю", "твою"]) || self.seq(i, &["знаю", "твой"]) {
            let yours = ["машину", "квартиру", "дом", "подъезд", "адрес", "работу"];
            let careful = ["осторожна", "осторожен", "осторожнее", "осторожны"];
            if self.is(i + 2, &yours) && self.any_in(i + 3..self.len(), &careful) {
                return Some((Menace, i, self.len()));
            }
        }
        // `народ сам разберётся с этим предателем` ("the people will deal with this traitor
        // themselves"): a mob's justice, for a person (not `народ сам разберётся, за кого
        // голосовать`).
        if self.is(i, &["разберется", "разберемся", "разберутся"])
            && self.any_in(i.saturating_sub(2)..i, &["сам", "сами"])
            && self.at(i + 1) == "с"
            && self.is(
                i + 2,
                &["этим", "ним", "тобой", "вами", "ними", "этой", "ней"],
            )
        {
            return Some((Menace, i.saturating_sub(2), i + 3));
        }
        // `ещё слово — и поедешь в больницу` ("one more word and you'll go to hospital"); not
        // `ещё одна остановка — и поедешь в центр`.
        if self.is(i, &RU_CARRIED_TO)
            && i >= 2
            && self.at(i - 1) == "в"
            && self.is(
                i - 2,
                &[
                    "поедешь",
                    "поедете",
                    "отправишься",
                    "окажешься",
                    "уедешь",
                    "ляжешь",
                ],
            )
            && self.any_in(0..i - 2, &["слово"])
        {
            return Some((Menace, 0, i + 1));
        }
        // `мы придём ночью, когда ты будешь спать` ("we'll come at night, while you sleep").
        if self.seq(i, &["когда", "ты", "будешь", "спать"])
            && self.any_in(0..i, &["придем", "придут", "приедем", "приедут"])
        {
            return Some((Menace, 0, i + 4));
        }
        // `мы ещё встретимся, и разговор будет коротким` ("we'll meet again, and the talk will
        // be short").
        if self.seq(i, &["разговор", "будет", "коротким"]) && self.any_in(0..i, &["встретимся"])
        {
            return Some((Menace, 0, i + 3));
        }
        // `приедем к тебе ночью, поговорим по-мужски` ("we'll come to you at night, we'll
        // talk man to man"): a visit, then a fight promised (not `... поезд задерживается`).
        if self.seq(i, &["поговорим", "по", "мужски"])
            && self.any_in(0..i, &["приедем", "придем", "приеду", "приду", "зайдем"])
        {
            return Some((Menace, 0, i + 3));
        }
        // `попадёшься мне в тёмном переулке — не обрадуешься` ("cross my path in a dark
        // alley and you won't be glad").
        if self.is(i, &["обрадуешься", "обрадуетесь"])
            && i > 0
            && self.at(i - 1) == "не"
            && self.any_in(0..i, &["попадешься", "попадетесь"])
        {
            return Some((Menace, i - 1, i + 1));
        }
        // `ещё одна такая статья, и тебя найдут в лесу` ("one more article like this and
        // you'll be found in the forest"); not `если заблудишься, тебя найдут в лесу`.
        if self.seq(i, &["найдут", "в", "лесу"])
            && i > 0
            && self.is(i - 1, &["тебя", "вас"])
            && self.any_in(0..i, &["ещё", "еще"])
        {
            return Some((Menace, i - 1, i + 3));
        }
        // `пиши дальше, пока тебе пальцы не переломали` ("keep writing, until they break your
        // fingers"); not `ему переломали ноги в драке` (a report).
        if self.is(i, &["переломали", "сломали", "оторвали"])
            && i > 0
            && self.at(i - 1) == "не"
            && self.any_in(0..i, &["пока"])
            && self.any_in(0..i, &["тебе", "вам"])
        {
            return Some((Menace, i - 1, i + 1));
        }
        None
    }

    /// [`Clause::threat_ru_tr`] in Turkish: `seni hastanelik ederim`, `bu gazeteciyi linç etmek
    /// lazım`, `yazarın evini yakın`, `Kürtleri denize dökmek lazım`, `keşke bir kaza geçirsen`.
    fn threat_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        self.intent_tr(i)
            .or_else(|| self.call_tr(i))
            .or_else(|| self.menace_tr(i))
    }

    /// The writer's own harm promised, in Turkish: `seni hastanelik ederim` ("I'll put you in
    /// hospital"), `seni ve aileni yok edeceğim` ("I'll destroy you and your family").
    fn intent_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Intent;
        let near = |set: &Lexicon| self.any_in(i.saturating_sub(3)..i + 4, set);
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
        // Not the writer's own self: `yoksa kendimi öldürürüm` ("or I'll kill myself").
        let oneself = i > 0 && self.is(i - 1, &["kendimi", "kendimizi"]);
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
            if (kills || near(&TR_PERSON) || if_i_saw || their_home || head_before || with_family)
                && at_a_head
            {
                return Some((Intent, i, i + 1));
            }
        }
        // `seni öldürene kadar peşini bırakmayacağım` ("I won't leave you alone until I kill
        // you").
        if self.seq(i, &["oldurene", "kadar"])
            && self.any_in(i.saturating_sub(3)..i, &["seni", "sizi"])
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
        if self.at(i) == "yeminliyim" && i > 0 && self.any_in(0..i, &["seni", "sizi"]) {
            let sworn = self.at(i - 1);
            let to_harm = ["oldurmeye", "gebertmeye", "vurmaya", "bogmaya", "yakmaya"];
            if to_harm.contains(&sworn) {
                return Some((Intent, i - 1, i + 1));
            }
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
        // `yazara bir tane patlatmak lazım` ("someone should smack the writer one").
        if self.at(i) == "patlatmak"
            && i >= 2
            && self.seq(i - 2, &["bir", "tane"])
            && self.is(i + 1, &["lazim", "gerek", "lazimdir"])
        {
            return Some((Call, i - 2, i + 2));
        }
        // `senin gibi kadınlar dövülmeyi hak ediyor` ("women like you deserve a beating").
        if self.is(i, &["dovulmeyi", "olmeyi", "asilmayi", "vurulmayi"])
            && self.at(i + 1) == "hak"
            && self.at(i + 2).starts_with("ed")
            && self.any_in(
                i.saturating_sub(4)..i,
                &["senin", "sizin", "sen", "siz", "onlar"],
            )
        {
            return Some((Call, i, i + 3));
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
        if self.seq(i, &["gibilerin", "yeri"])
            && self.any_in(i + 2..i + 6, &["mezar", "mezarlik", "mezardir"])
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
            && self.is(i + 1, &["dokmek", "dokulmeli", "atmak", "atilmali"])
            && (i.saturating_sub(2)..i).any(|k| self.tr_person_object(k))
        {
            return Some((Call, i.saturating_sub(1), i + 2));
        }
        // `Erdoğan'ı asmak lazım` ("Erdoğan must be hanged"); not `zamanı öldürmek lazım`.
        // Some infinitives harm only what they are done to: `kafasına sıkmak lazım` ("...
        // must be shot in the head"; not `limonu sıkmak lazım`, "the lemon must be
        // squeezed"), `eşcinselleri taşlamak lazım` ("gays must be stoned"; not `binaları`,
        // buildings), `dilini koparmak lazım` (a tongue torn out; not flowers).
        let done_to = i.checked_sub(1);
        let harms = match self.at(i) {
            "sikmak" => done_to.is_some_and(|k| self.at(k).starts_with("kafa")),
            "taslamak" => done_to.is_some_and(|k| self.tr_person_object(k)),
            "koparmak" => done_to.is_some_and(|k| self.is(k, &TR_BODY)),
            // `bu gazeteciyi bulup dövmek lazım` (not `halıyı dövmek lazım`, the carpet).
            "dovmek" => (i.saturating_sub(3)..i).any(|k| self.tr_person_object(k)),
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
        // (`bu yazarı meydanda sallandırmalı`: someone by role, as the object.)
        if self.is(i, &TR_CALL)
            && (near(&TR_PERSON)
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

    /// A harm foretold to the reader, in Turkish: `sonun iyi olmayacak` ("your end won't be
    /// good"), `bir daha böyle yazarsan yaşamazsın` ("write like this again and you won't live").
    fn menace_tr(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Menace;
        // `sonun iyi olmayacak` ("your end won't be good"); `senin gibi hainlerin sonu iyi
        // olmaz` ("traitors like you come to no good end"), not `bu işin sonu iyi olmaz`
        // ("this won't end well").
        let like_you =
            || (0..i).any(|k| self.seq(k, &["senin", "gibi"]) || self.seq(k, &["sizin", "gibi"]));
        let ill_end = self.seq(i + 1, &["iyi", "olmayacak"])
            || self.seq(i + 1, &["kotu", "olacak"])
            || self.seq(i + 1, &["iyi", "olmaz"]);
        if ill_end && (self.is(i, &["sonun", "sonunuz"]) || self.at(i) == "sonu" && like_you()) {
            return Some((Menace, i, i + 3));
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
        // `sana bir gün bunu ödeteceğim` ("one day I'll make you pay for this").
        if self.is(i, &["odetecegim", "odetecegiz"])
            && self.any_in(i.saturating_sub(5)..i, &["sana", "size"])
        {
            return Some((Menace, i.saturating_sub(4), i + 1));
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
        // `kafana bir tane sıkarlar yakında, görürsün` ("they'll put one in your head soon,
        // you'll see"): a shot foretold by others.
        if self.is(i, &["sikarlar", "sikacaklar", "vururlar", "vuracaklar"])
            && (i.saturating_sub(3)..i).any(|k| self.at(k).starts_with("kafa"))
        {
            return Some((Menace, i.saturating_sub(3), i + 1));
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
            && (0..i).any(|k| {
                let w = self.at(k);
                w.chars().count() >= 5 && (w.ends_with("rsan") || w.ends_with("rsen"))
            })
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
