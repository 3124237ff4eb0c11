//! Threats in Russian: the writer's intent (`я тебя найду и убью`), calls (`таких надо
//! расстреливать`) and menaces (`тебе не жить`).

use super::{
    starts_with_any, RU_BEAT, RU_BLOWS_WITH, RU_BREAK, RU_BURY, RU_CARRIED_TO, RU_COMING, RU_CURSE,
    RU_CURSE_ON, RU_HARM, RU_HARM_INF, RU_HARM_THEY, RU_HARM_WOULD, RU_KILL_THEY, RU_LAMPPOST,
    RU_MUST, RU_VERMIN, RU_WALL, RU_WEAPON_WITH,
};
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::threat::ThreatKind;

/// Russian past plurals of killing, in that regret.
static RU_KILLED: Lexicon =
    Lexicon::new("утопили убили задушили прибили абортировали пристрелили придушили");

/// Games a Russian writer means to crush the reader at: `урою тебя в шахматах`.
static RU_GAMES: Lexicon = Lexicon::new(
    "шахматах шахматы игре игра карты картах футболе матче споре дебатах викторине турнире",
);

/// The reader, to whom a harm is foretold.
static RU_TO_YOU: Lexicon = Lexicon::new("тебе вам тебя вас");

/// Crushing or poisoning, what is done to vermin (`давить`, `травить`).
pub(super) static RU_CRUSH: Lexicon = Lexicon::new("давить раздавить травить потравить морить");

/// Whom something is broken on: `тебе`, `ему`.
static RU_TO_SOMEONE: Lexicon = Lexicon::new("тебе вам ему ей им тебя вас журналистке");

/// Russian body parts a harm is done to (`руки оторвать`).
static RU_BODY: Lexicon = Lexicon::new(
    "руки ноги голову башку язык яйца шею челюсть зубы кости хребет позвоночник ребра рот пальцы \
     пальцев морду череп",
);

/// Those a harm is done to, named by their role (`автору руки оторвать`).
static RU_ROLE_TO: Lexicon = Lexicon::new(
    "автору журналисту депутату министру судье редактору адвокату директору учителю \
     профессору чиновнику мэру комментатору тренеру критику ведущему режиссеру певцу таким тому \
     тем застройщику риелтору арендодателю хозяину блогеру политику гендиректору айтишнику \
     программисту машинисту водителю таксисту главе следователю прокурору",
);

/// Places of someone's, burnt or bombed, as objects (`твой дом`, "your house"; `в их
/// редакцию`, "into their newsroom"): their people harmed.
static RU_PLACES: Lexicon = Lexicon::new(
    "дом квартиру машину офис редакцию дачу хату мечеть церковь синагогу магазин школу",
);

static RU_STAND: Lexicon =
    Lexicon::new("ставить поставить поставлю поставим ставили поставили ставят поставят");

/// "Those", "all of them", "such people": whom the wall is for.
static RU_THOSE: Lexicon = Lexicon::new("этих всех таких предателей");

/// People by their role, as the object of a Russian call (`автора надо утопить`).
static RU_ROLE_OBJECT: Lexicon = Lexicon::new(
    "мэра автора авторов журналиста журналистов журналистку журналисток редактора депутата \
     министра судью адвоката чиновников воров сотрудниками журналистами главу директора \
     гаишника мента ментов полицейского застройщика риелтора арендодателей чиновника \
     повара поваров критика айтишника программиста блогера режиссера писателя художника певицу \
     балерину синоптика ученого ученых монархистов герцогиню принцессу корреспондента сектантов \
     протестующих митингующих демонстрантов феминисток феминистов",
);

/// People by their role, as the subject of a Russian verb (`автор заслуживает ...`).
static RU_ROLE_SUBJECT: Lexicon = Lexicon::new(
    "автор авторы журналист журналисты журналистка редактор депутат министр судья блогер \
     корреспондент писака",
);

/// Russian persons as objects, and their bones (`переломаю кости` is "I'll break bones").
static RU_PERSON: Lexicon = Lexicon::new(
    "тебя тебе тя вас вам его ее их всех вы ты они кости башку таких этих тобой семью семье детей \
     детям",
);

/// What the reader's trade is, ended in a menace: `... никогда не будешь работать
/// журналистом` ("... never work as a journalist").
const RU_TRADE_ENDED: &[&str] = &[
    "журналистом",
    "журналисткой",
    "журналистике",
    "журналистикой",
    "профессии",
    "редакции",
];

/// Russian wishes (`чтоб ты сдох`, "may you croak") open with `чтоб` (or `хоть бы`, "if
/// only"), and curse with one of [`RU_CURSE`].
pub(super) static RU_WISH: Lexicon = Lexicon::new("чтоб чтобы");

static RU_YOU: Lexicon = Lexicon::new("ты вы он она они");

impl Clause<'_> {
    /// Whether word `k` is a person as a Russian object: someone by role (`журналиста`), the
    /// reader or those named (`тебя`, `таких`).
    fn ru_person_object(&self, k: usize) -> bool {
        self.is(k, &RU_ROLE_OBJECT) || self.is(k, &RU_PERSON)
    }

    /// [`Clause::threat_ru_tr`] in Russian: `сверну тебе шею`, `найду и придушу`, `таких надо
    /// давить, как тараканов`, `всех либералов на фонари`, `чтоб ты заболел раком`.
    pub(super) fn threat_ru(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
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
        // `Встречу — ноги переломаю` ("if I meet you, I'll break your legs"): a body part
        // before the harm, the meeting the clause before (not `на лестнице ноги переломаю`).
        if self.is(i, &RU_HARM)
            && i >= 1
            && self.is(i - 1, &RU_BODY)
            && self.said_back(i - 1, 2, &["встречу", "увижу", "поймаю"])
        {
            return Some((Intent, i - 1, i + 1));
        }
        // Not a game won: `я тебя урою в шахматах` ("I'll bury you at chess").
        let game = self.any_in(i + 1..self.len(), &RU_GAMES);
        // (`я пристрелю этого автора`, "I'll shoot this author": someone by role too.)
        let someone = (i.saturating_sub(3)..i + 4).any(|k| self.ru_person_object(k));
        if (self.is(i, &RU_HARM) && someone
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
        if self.is(i, &["сожгу", "спалю", "подожгу"])
            && self.any_in(i + 1..i + 4, &RU_PLACES)
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
            // `Напиши свой адрес, и я приду к тебе сегодня ночью` ("write your address, and
            // I'll come to you tonight"): the reader's address asked for, and a visit at
            // night (not `..., и я приду к тебе в субботу`, on Saturday).
            let to_you = self.at(i + 1) == "к" && self.is(i + 2, &["тебе", "вам"]);
            let at_night = self.any_in(i + 3..self.len(), &["ночью"]);
            if to_you && at_night && self.said_back(i, 12, &["адрес"]) {
                return Some((Intent, i, self.len()));
            }
        }
        // `таким журналистам руки отрубал бы` ("I'd chop such journalists' hands off"): the
        // conditional of a harm to a body part, done to someone named.
        // `я бы этого редактора своими руками задушил` ("I'd strangle this editor with my own
        // hands").
        let strangled = self.is(i, &["задушил", "придушил"])
            && self.any_in(i.saturating_sub(3)..i, &["руками"])
            && self.any_in(0..i, &["бы"])
            && (i.saturating_sub(5)..i).any(|k| self.ru_person_object(k));
        if strangled {
            return Some((Intent, i, i + 1));
        }
        // `министру транспорта тормоза бы подрезать` ("the transport minister's brakes should
        // be cut"): a car's brakes, of someone named (not `ветки бы подрезать`, branches).
        if self.is(i, &["подрезать", "перерезать", "подпилить"])
            && self.any_in(i.saturating_sub(3)..i, &["тормоза", "тормозной", "шланги"])
            && (0..i).any(|k| self.is(k, &RU_TO_SOMEONE) || self.is(k, &RU_ROLE_TO))
        {
            return Some((ThreatKind::Menace, 0, i + 1));
        }
        // `чиновников, укравших деньги на дамбу, надо сбросить в реку` ("the officials who stole
        // the dam money should be thrown into the river"; not `... сбросить с шеи`, "thrown off
        // our necks").
        // (`профсоюзный босс — жирная пиявка, скинуть его с крыши завода`: the infinitive
        // alone, its object a pronoun after it.)
        let whom = i + 1 + usize::from(self.is(i + 1, &["его", "ее", "их"]));
        if self.is(i, &["сбросить", "скинуть"])
            && (self.seq(whom, &["в", "реку"])
                || self.seq(whom, &["с", "моста"])
                || self.seq(whom, &["с", "крыши"])
                || self.seq(whom, &["в", "море"]))
            && (self.any_in(i.saturating_sub(3)..i, &RU_MUST)
                && (0..i).any(|k| self.ru_person_object(k))
                || whom > i + 1)
        {
            return Some((ThreatKind::Call, 0, whom + 2));
        }
        // `судью, который его отпустил, надо посадить в одну камеру с убийцей` ("the judge who
        // let him go should be put in one cell with the murderer"; not `... в одну камеру с
        // соседом по делу`).
        if self.is(i, &["камеру", "камере"])
            && self.reads_before(i, 3, &["в", "одну"])
            && self.is(i + 1, &["с", "со"])
            && self.is(
                i + 2,
                &["убийцей", "насильником", "маньяком", "убийцами", "зеками"],
            )
            && (0..i).any(|k| self.ru_person_object(k))
        {
            return Some((ThreatKind::Call, 0, i + 3));
        }
        // `адвокатишка этот — лживая змея, таких давить надо` ("... such people must be
        // crushed"): the infinitive before `надо`.
        if self.is(i, &RU_MUST)
            && i >= 2
            && self.is(
                i - 1,
                &["давить", "душить", "мочить", "стрелять", "вешать", "бить"],
            )
            && self.is(i - 2, &["таких", "этих", "всех"])
        {
            return Some((ThreatKind::Call, i - 2, i + 1));
        }
        // `антиваксеров надо запереть в больнице с заразными` ("anti-vaxxers should be locked
        // in a hospital with the contagious"; not `запереть дверь на ночь`).
        if self.at(i) == "запереть"
            && self.any_in(i.saturating_sub(3)..i, &RU_MUST)
            && (i + 1..i + 5).any(|k| {
                self.at(k) == "с"
                    && self.is(k + 1, &["заразными", "больными", "убийцами", "психами"])
            })
        {
            return Some((ThreatKind::Call, 0, self.len()));
        }
        // `космонавтов-предателей надо отправить на Солнце` ("traitor cosmonauts should be
        // sent to the Sun"; not `зонд отправят на Солнце`).
        if self.at(i) == "солнце"
            && self.reads_before(i, 2, &["отправить", "на"])
            && self.any_in(i.saturating_sub(4)..i, &RU_MUST)
            && (0..i).any(|k| self.is(k, &RU_THOSE) || self.is(k, &RU_ROLE_OBJECT))
        {
            return Some((ThreatKind::Call, 0, i + 1));
        }
        // `царскую семью правильно расстреляли, и этих надо так же` ("the royal family were
        // rightly shot, and these must be too"): an execution approved, then called for again.
        if self.is(i, &RU_MUST)
            && self.seq(i + 1, &["так", "же"])
            && self.any_in(i.saturating_sub(3)..i, &RU_THOSE)
            && self.said_back(i, 12, &["расстреляли", "повесили", "казнили"])
        {
            return Some((ThreatKind::Call, 0, i + 3));
        }
        // `эту герцогиню надо выгнать из страны пинками` ("this duchess should be kicked out of
        // the country"): someone driven out with kicks (not `мяч пинками гонять`).
        if self.at(i) == "пинками"
            && self.any_in(0..i, &RU_MUST)
            && (0..i).any(|k| self.ru_person_object(k))
        {
            return Some((ThreatKind::Call, 0, i + 1));
        }
        // `критику этому в суп крысиного яду подсыпать` ("slip rat poison into this critic's
        // soup"): poison for someone named (not `в суп соли подсыпать`).
        if self.is(i, &["подсыпать", "подмешать"])
            && self.any_in(i.saturating_sub(4)..i, &["яду", "яд", "отравы", "отраву"])
            && (0..i).any(|k| self.is(k, &RU_TO_SOMEONE) || self.is(k, &RU_ROLE_TO))
        {
            return Some((ThreatKind::Call, 0, i + 1));
        }
        // `гендиректору этому голову открутить` ("this CEO's head should be twisted off"): the
        // infinitive of a harm to a body part, done to someone named, as a call.
        if self.is(i, &RU_HARM_INF)
            && (i.saturating_sub(3)..i).any(|k| self.is(k, &RU_BODY))
            && (i.saturating_sub(8)..i).any(|k| self.is(k, &RU_ROLE_TO))
            && !self.any_in(0..i, &["не"])
        {
            return Some((ThreatKind::Call, 0, i + 1));
        }
        if self.is(i, &RU_HARM_WOULD)
            && self.any_in(0..self.len(), &["бы"])
            && (i.saturating_sub(3)..i + 3).any(|k| self.is(k, &RU_BODY))
            && (i.saturating_sub(9)..i)
                .any(|k| self.is(k, &RU_TO_SOMEONE) || self.is(k, &RU_ROLE_TO))
        {
            return Some((Intent, i, i + 1));
        }
        // `я вашу редакцию сожгу` ("I'll burn your newsroom"), `мы тебе машину сожжём` ("we'll
        // burn your car", the reader's by the dative), `Мы сожжём вашу мечеть` ("we'll burn
        // your mosque"): a place of the reader's burnt is its people harmed (not `сожгу твой
        // ужин`, "I'll burn your dinner").
        let burns = [
            "сожгу",
            "сожжем",
            "подожгу",
            "подожжем",
            "спалю",
            "спалим",
            "взорву",
            "взорвем",
        ];
        let yours = ["вашу", "твою", "ваш", "твой", "тебе", "вам"];
        if self.is(i, &burns) {
            let place = (i.saturating_sub(2)..i + 3).find(|&k| k != i && self.is(k, &RU_PLACES));
            let whose = (i.saturating_sub(3)..i + 2).find(|&k| self.is(k, &yours));
            if let (Some(place), Some(whose)) = (place, whose) {
                return Some((Intent, i.min(place).min(whose), i.max(place) + 1));
            }
        }
        None
    }

    /// A harm called for or wished, in Russian: `таких надо давить` ("such people should be
    /// crushed"), `всех либералов на фонари`, `чтоб ты заболел раком` ("may you get cancer").
    fn call_ru(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        self.called_on_you(i)
            .or_else(|| self.crushed_or_hanged(i))
            .or_else(|| self.harm_ordered(i))
            .or_else(|| self.burning_wished(i))
    }

    /// Violence called on the reader or a person: `тебя надо закатать в асфальт`, `тебе бы язык
    /// укоротить`, `такие как ты не заслуживают жить`, `автору статьи место на кладбище`, the
    /// gas chamber, a gang rape.
    fn called_on_you(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
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
        // `Ты заслуживаешь, чтобы тебя изнасиловали` ("you deserve to be raped"), `...
        // быть изнасилованной`: the reader (not `..., чтобы тебя услышали`, "to be heard").
        if self.is(i, &["заслуживаешь", "заслуживаете"]) {
            let done = [
                "изнасиловали",
                "убили",
                "избили",
                "повесили",
                "расстреляли",
                "зарезали",
            ];
            let been = [
                "изнасилованной",
                "изнасилованным",
                "убитой",
                "убитым",
                "избитой",
                "избитым",
            ];
            let wished = (i + 1..(i + 5).min(self.len())).find(|&k| {
                self.is(k, &done) && self.any_in(i + 1..k, &["тебя", "вас"])
                    || self.is(k, &been) && self.at(k - 1) == "быть"
            });
            if let Some(k) = wished {
                return Some((Call, i, k + 1));
            }
        }
        // `Кто-нибудь должен застрелить мэра` ("someone should shoot the mayor"): someone asked
        // to harm a person by role, or him (not `... должен убить этот законопроект`).
        if self.is(i, &RU_HARM_INF)
            && i >= 2
            && self.is(i - 1, &["должен", "должны", "бы"])
            && self.is(i - 2, &["нибудь", "то"])
            && (self.is(i + 1, &RU_ROLE_OBJECT)
                || self.is(i + 1, &["его", "ее", "их", "тебя", "вас"]))
        {
            return Some((Call, i - 2, i + 2));
        }
        // `Кто-нибудь, плесните ей кислотой в лицо` ("someone, throw acid in her face"): a
        // person's face (not `плесните кислотой в раствор`, into a solution).
        if self.at(i) == "кислотой" {
            let thrown = self.said_back(i, 3, &["плесните", "плеснуть", "облейте", "облить"]);
            let whom = self.said_back(i, 3, &["ей", "ему", "тебе", "им"]);
            if thrown && whom && self.seq(i + 1, &["в", "лицо"]) {
                return Some((Call, i.saturating_sub(2), i + 3));
            }
        }
        // `Кто-нибудь должен подложить бомбу в их редакцию` ("someone should put a bomb in
        // their newsroom"): a bomb called for in a place (not `... бомбу обезвредить`, defused).
        if self.at(i) == "бомбу"
            && i > 0
            && self.is(
                i - 1,
                &["подложить", "заложить", "подбросить", "кинуть", "бросить"],
            )
            && self.any_in(i + 1..i + 4, &RU_PLACES)
            && self.any_in(
                0..i - 1,
                &["должен", "должны", "надо", "нужно", "бы", "пора"],
            )
        {
            return Some((Call, i - 1, i + 3));
        }
        // `Вас всех надо стереть с лица земли` ("you must all be wiped off the face of the
        // earth"): people (not `город стерли с лица земли`, a report of a town).
        if self.at(i) == "стереть"
            && self.seq(i + 1, &["с", "лица", "земли"])
            && self.any_in(i.saturating_sub(3)..i, &RU_MUST)
            && (0..i).any(|k| self.ru_person_object(k))
        {
            return Some((Call, 0, i + 4));
        }
        // `Заплатил бы, чтобы посмотреть, как этого редактора бьют на улице` ("I'd pay to watch
        // this editor beaten in the street"; not `... посмотреть на этого редактора на сцене`).
        if self.is(i, &["бьют", "избивают", "вешают", "убивают", "режут"])
            && self.said_back(i, 8, &["посмотреть", "увидеть"])
            && self.said_back(i, 10, &["заплатил", "заплатила", "отдал"])
            && (i.saturating_sub(3)..i).any(|k| self.ru_person_object(k))
        {
            return Some((Call, 0, i + 1));
        }
        // `Хотел бы увидеть этого журналиста на фонарном столбе` ("I'd like to see this
        // journalist on a lamppost"): someone named, hanged in a wish (not `... увидеть афишу
        // на фонарном столбе`, a poster).
        if self.at(i) == "столбе" && i >= 3 && self.at(i - 1) == "фонарном" {
            let wished = self.said_back(i, 8, &["хотел", "хочу", "хотела", "хотелось"])
                && self.said_back(i, 6, &["увидеть", "посмотреть"]);
            if wished && (i - 4..i - 2).any(|k| self.ru_person_object(k)) {
                return Some((Call, 0, i + 1));
            }
        }
        // `Кто-нибудь, позвоните в редакцию и скажите, что там бомба` ("someone call the
        // newsroom and say there's a bomb there"): a hoax asked for (not `... позвонил в школу
        // и сказал, что там бомба`, a report).
        if self.at(i) == "бомба"
            && self.reads_before(i, 2, &["что", "там"])
            && self.said_back(
                i,
                8,
                &["скажите", "сообщите", "позвоните", "скажи", "сообщи"],
            )
        {
            return Some((Call, 0, i + 1));
        }
        // `Хотел бы я посмотреть, как ты горишь заживо` ("I'd like to watch you burn alive").
        if self.at(i) == "заживо"
            && i > 0
            && self.is(i - 1, &["горишь", "горите", "сгоришь", "сгорите"])
            && self.said_back(i, 8, &["посмотреть", "увидеть", "смотреть", "видеть"])
        {
            return Some((Call, i - 1, i + 1));
        }
        // `Если опубликуешь это, до следующей не доживёшь` ("publish that and you won't live to
        // see the next one"): the reader's writing the condition (not `если будешь курить, до
        // старости не доживёшь`, a doctor's warning).
        if self.is(i, &["доживешь", "доживете"]) && i > 0 && self.at(i - 1) == "не"
        {
            let writes = [
                "опубликуешь",
                "опубликуете",
                "напишешь",
                "напишете",
                "продолжишь",
                "продолжите",
            ];
            if self.said_back(i, 10, &writes) {
                return Some((Call, i - 1, i + 1));
            }
        }
        // `Такие, как ты, заслуживают смерти` ("people like you deserve to die"), said to the
        // reader or their kind; `такие как ты не заслуживают жить` ("such as you don't deserve
        // to live").
        if self.is(
            i,
            &["заслуживают", "заслуживаешь", "заслуживает", "заслуживаете"],
        ) {
            let you = ["ты", "вы"];
            // (`Автор этой статьи заслуживает пулю` ("the author of this article deserves a
            // bullet"): someone by role; not `автор заслуживает премии`.)
            let role = self.any_in(0..i, &RU_ROLE_SUBJECT);
            let to_die = self.is(i + 1, &["смерти", "пули", "пулю", "петли", "расстрела"])
                && (self.any_in(0..i, &you) && self.any_in(0..i, &RU_THOSE)
                    || self.is(i.wrapping_sub(1), &you)
                    || role);
            if to_die {
                return Some((Call, 0, i + 2));
            }
            if i > 0 && self.at(i - 1) == "не" && self.at(i + 1) == "жить" {
                return Some((Call, i - 1, i + 2));
            }
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
        None
    }

    /// People to be drowned, crushed, hanged or caged: `жаль, что тебя в детстве не утопили`,
    /// `таких надо давить, как тараканов`, `всех либералов на фонари`, `таких как ты вешать
    /// надо`, a bullet in the head in a ditch.
    fn crushed_or_hanged(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Call;
        // `жаль, что тебя в детстве не утопили`; not `жаль, что меня не научили плавать`.
        if self.at(i) == "жаль" {
            let you = (i + 1..i + 5).find(|&k| self.is(k, &["тебя", "вас"]));
            let killed = you.and_then(|y| (y + 1..y + 5).find(|&k| self.is(k, &RU_KILLED)));
            if let Some(k) = killed.filter(|&k| self.at(k - 1) == "не") {
                return Some((Call, i, k + 1));
            }
            // `Жаль, что этот рэпер до сих пор жив` ("a pity this rapper is still alive"); not
            // `жаль, что он не дожил`, a death regretted.
            let alive = (i + 2..i + 10).find(|&k| self.is(k, &["жив", "жива", "живы", "живой"]));
            let still = alive.filter(|&k| {
                self.seq(k.saturating_sub(3), &["до", "сих", "пор"]) || self.at(k - 1) == "еще"
            });
            if let Some(k) = still.filter(|&k| !self.any_in(i + 1..k, &["не"])) {
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
        // `Протестующих надо давить машинами` ("protesters should be run over by cars"):
        // people named before, crushed under vehicles (not `виноград надо давить прессом`).
        let run_over = self.is(
            i + 2,
            &["машинами", "машиной", "танками", "катком", "грузовиками"],
        );
        if self.is(i, &RU_MUST)
            && self.is(i + 1, &RU_CRUSH)
            && run_over
            && (people_before() || (i.saturating_sub(3)..i).any(|k| self.is(k, &RU_ROLE_OBJECT)))
        {
            return Some((Call, i.saturating_sub(1), i + 3));
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
        // (`Ты бы лучше смотрелся с пулей в голове`: "you'd look better with a bullet in your
        // head".)
        let looks = [
            "смотрелся",
            "смотрелась",
            "смотрелись",
            "выглядел",
            "выглядела",
        ];
        if self.at(i) == "пулей"
            && i > 0
            && self.at(i - 1) == "с"
            && self.seq(i + 1, &["в"])
            && self.is(i + 2, &["голове", "башке", "лбу", "затылке"])
            && (self.any_in(0..i, &["место"])
                || self.any_in(0..i, &looks) && self.any_in(0..i, &["бы"]))
        {
            return Some((Call, 0, i + 3));
        }
        None
    }

    /// A harm ordered on people by an infinitive: `всех журналистов этого издания пора повесить`,
    /// `автору руки оторвать`, `таких надо закапывать живьём`, `этих журналюг к стенке ставить`.
    fn harm_ordered(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Call;
        let near = |set: &Lexicon| self.any_in(i.saturating_sub(3)..i + 4, set);
        // (`всех журналистов этого издания пора повесить`: the people four words back;
        // `тебя надо закопать`, "you should be buried", a person the object, not bulbs.)
        let harm_inf = |k: usize| {
            self.is(k, &RU_HARM_INF)
                || self.is(k, &RU_BURY)
                    && self.any_in(
                        i.saturating_sub(3)..i + 4,
                        &["тебя", "вас", "его", "их", "этого", "эту", "этих"],
                    )
        };
        // (`Главу администрации бы на фонаре повесить`: where, between.)
        let hanged_on = |k: usize| {
            self.at(k) == "на"
                && self.is(k + 1, &["фонаре", "фонарь", "столбе", "суку", "березе"])
                && harm_inf(k + 2)
        };
        // (`таких надо бить`, "such people should be beaten"; not `надо бить тревогу`,
        // "the alarm must be sounded".)
        let beat = |k: usize| {
            self.is(k, &RU_BEAT)
                && !self.is(
                    k + 1,
                    &[
                        "тревогу",
                        "рекорд",
                        "рекорды",
                        "челом",
                        "ключом",
                        "баклуши",
                        "в",
                    ],
                )
        };
        // (`повара этого надо в котле сварить`: where, before the verb.)
        let reach = i + 3 + usize::from(self.is(i + 1, &["в", "на"]));
        // (`Этого судью надо вытащить из зала и избить`: "... dragged out of court and
        // beaten", the harm the second of two orders.)
        let then_harmed = (i + 3..i + 7).any(|k| self.at(k - 1) == "и" && (harm_inf(k) || beat(k)));
        if self.is(i, &RU_MUST)
            && ((i + 1..reach).any(|k| harm_inf(k) || beat(k)) || hanged_on(i + 1) || then_harmed)
            && (near(&RU_PERSON)
                || near(&RU_ROLE_OBJECT)
                // (`чиновников, укравших деньги на дамбу, надо сбросить в реку`: the object
                // opening the clause, what they did between.)
                || self.is(0, &RU_ROLE_OBJECT)
                || near(&RU_ROLE_TO)
                || self.any_in(i.saturating_sub(5)..i, &RU_THOSE)
                || (i.saturating_sub(3)..i + 4).any(|k| self.is_people(k)))
        {
            return Some((Call, i, i + 3));
        }
        // `таких журналистов надо ловить в подъезде и учить уму-разуму кулаками` ("such
        // journalists should be caught on the stairs and taught sense with fists"): whatever
        // is asked, asked with fists or a weapon, of such people or the reader (not `детей
        // надо учить играть в футбол ногами`).
        if self.is(i, &RU_MUST)
            && (i + 1..i + 9).any(|k| self.is(k, &RU_BLOWS_WITH) || self.is(k, &RU_WEAPON_WITH))
            && (self.any_in(i.saturating_sub(4)..i, &RU_THOSE)
                || self.any_in(
                    i.saturating_sub(3)..i + 4,
                    &["тебя", "тебе", "вас", "вам", "таких", "таким"],
                ))
        {
            return Some((Call, i, i + 1));
        }
        // `эко-активистов надо приклеить к рельсам и пустить поезд` ("eco activists should be
        // glued to the rails and a train let through"), `таких как ты надо вывозить в лес и
        // оставлять там` ("people like you should be driven into the woods and left there"):
        // people bound to the rails, or taken to the woods (not `надо вывезти мусор в лес`,
        // "rubbish to the woods", said of no one).
        if self.is(i, &RU_MUST) {
            let bound = (i + 1..i + 3).any(|k| {
                self.is(k, &["приклеить", "привязать", "приковать", "положить"])
                    && self.seq(k + 1, &["к", "рельсам"])
            });
            let woods = (i + 1..i + 3).any(|k| {
                self.is(k, &["вывозить", "вывезти", "отвезти", "увезти", "отвозить"])
                    && self.seq(k + 1, &["в", "лес"])
            }) && (self.any_in(i.saturating_sub(5)..i, &RU_THOSE)
                || self.any_in(i.saturating_sub(3)..i, &["тебя", "вас", "их", "его", "ее"]));
            if bound || woods {
                return Some((Call, i, i + 4));
            }
        }
        // `антиваксеров надо изолировать навсегда, как крыс` ("anti-vaxxers should be isolated
        // for ever, like rats"): whatever is asked, asked to be done to people as to vermin
        // (not `надо работать как проклятые`, `их надо ловить как рыбу`).
        if self.is(i, &RU_MUST) && i >= 1 {
            let vermin = [
                "крыс",
                "тараканов",
                "клопов",
                "вшей",
                "собак",
                "скот",
                "скотину",
                "паразитов",
            ];
            let like =
                (i + 2..self.len()).find(|&k| self.at(k) == "как" && self.is(k + 1, &vermin));
            // (The verb's object before `надо`, not the vermin themselves: `крыс надо травить`.)
            let object = self.at(i - 1);
            if let Some(k) = like.filter(|&k| object != self.at(k + 1) && !self.is(i - 1, &vermin))
            {
                return Some((Call, i - 1, k + 2));
            }
        }
        // `автору руки оторвать` ("the author's hands should be torn off"), `Критику этому
        // пальцы бы сломать` ("this critic's fingers should be broken"), `Мэру бы голову
        // разбить кирпичом`: a person's body part and an infinitive of harm, the call's `надо`
        // left out (breaking and smashing harm only a body: not in [`RU_HARM_INF`]).
        let harms_a_body =
            self.is(i, &RU_HARM_INF) || self.is(i, &["сломать", "разбить", "проломить", "набить"]);
        if harms_a_body
            && (i.saturating_sub(3)..i).any(|k| self.is(k, &RU_BODY))
            && (i.saturating_sub(5)..i)
                .any(|k| self.is(k, &RU_TO_SOMEONE) || self.is(k, &RU_ROLE_TO))
        {
            return Some((Call, i.saturating_sub(3), i + 1));
        }
        // `этого судью надо самого посадить, а лучше закопать`, `судью на мыло, а лучше в
        // гроб` ("..., or better, bury him / into the coffin"): the person named before sent
        // to the grave, closing the text (not `лучше закопать луковицы осенью`, bulbs).
        let to_the_grave = self.is(i, &RU_BURY) || i >= 1 && self.seq(i - 1, &["в", "гроб"]);
        let better = (i.saturating_sub(2)..i).find(|&k| self.at(k) == "лучше");
        if let Some(k) = better.filter(|_| to_the_grave && i + 1 == self.len()) {
            if (0..k).any(|p| self.is(p, &RU_ROLE_OBJECT) || self.is(p, &RU_PERSON)) {
                return Some((Call, k, i + 1));
            }
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
            let whom = (i.saturating_sub(6)..i + 3).any(|k| {
                self.is(k, &RU_THOSE)
                    || self.is(k, &RU_PERSON)
                    || self.is(k, &RU_ROLE_OBJECT)
                    || self.is_people(k)
            });
            if let Some(k) = stood.filter(|_| whom) {
                return Some((Call, (i - 1).min(k), (i + 1).max(k + 1)));
            }
            // (`всех журналистов этой газеты к стенке`: the verb left out, the clause closed;
            // `Разрабов этих надо к стенке, за такой патч`: asked for.)
            let asked = self.any_in(i.saturating_sub(3)..i, &["надо", "пора", "нужно"]);
            // (`Хоккеистов-предателей, уехавших в НХЛ, к стенке`: traitors named.)
            let closed = i + 1 == self.len()
                && (self.any_in(0..i, &["всех"]) || self.any_in(0..i, &["предателей"]));
            if whom && (closed || asked) {
                return Some((Call, 0, i + 1));
            }
        }
        // `Пенсионеров этих давно пора на кладбище` ("these pensioners belong in the cemetery by
        // now"); `Психов надо держать на цепи` ("madmen should be kept on a chain").
        if self.is(i, &["пора", "надо"]) {
            let grave = self.seq(i + 1, &["на", "кладбище"]) || self.seq(i + 1, &["в", "могилу"]);
            let kept = self.is(i + 1, &["держать", "посадить"]) && self.at(i + 2) == "на";
            let chained = kept && self.is(i + 3, &["цепи", "цепь"]);
            let whom = self.any_in(i.saturating_sub(4)..i, &RU_THOSE)
                || self.any_in(i.saturating_sub(4)..i, &RU_ROLE_OBJECT)
                || (i.saturating_sub(4)..i)
                    .any(|k| self.is_people(k) || self.is(k, &["психов", "бомжей", "пенсионеров"]));
            if (grave || chained) && whom {
                return Some((Call, i.saturating_sub(2), (i + 4).min(self.len())));
            }
        }
        // `Эту дуру бы в подвал посадить на месяц` ("this fool should be locked in a basement
        // for a month"): a person shut away (not `картошку бы в подвал убрать`).
        if self.at(i) == "подвал" && i >= 1 && self.at(i - 1) == "в" {
            let shut = self.any_in(
                i + 1..i + 3,
                &["посадить", "запереть", "закрыть", "бросить"],
            ) || self.any_in(i.saturating_sub(3)..i - 1, &["посадить", "запереть"]);
            let whom = (0..i - 1).any(|k| {
                self.is(k, &["эту", "этого", "тебя", "его", "ее", "дуру", "таких"])
                    || self.is(k, &RU_ROLE_OBJECT)
            });
            if shut && whom {
                return Some((Call, 0, i + 2));
            }
        }
        // `Всех банкиров — в расход, и дело с концом` ("all the bankers to be shot, and that's
        // that"): people written off (not `записать в расход`, an expense).
        if self.at(i) == "расход" && i >= 1 && self.at(i - 1) == "в" {
            // (`всех банкиров — в расход`: the people before the dash.)
            let whom = self.said_back(i - 1, 4, &["всех", "таких", "их", "его", "тебя", "вас"])
                || (0..i - 1).any(|k| self.ru_person_object(k));
            if whom && !self.any_in(0..i - 1, &["записать", "списать", "пустить"])
            {
                return Some((Call, 0, i + 1));
            }
        }
        if self.at(i) == "смерть" && self.is_people(i + 1) {
            return Some((Call, i, i + 2));
        }
        None
    }

    /// Burning and death wished: `пусть твоя семья сгорит в аду`, `надеюсь, твой дом сгорит
    /// вместе с тобой`, `таких, как ты, надо в печь`, `журналюг надо давить`, `кто такое пишет, тот
    /// должен гореть`, cancer and a tram wished.
    fn burning_wished(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        use ThreatKind::Call;
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
                "взлетела",
                "взлетел",
                "взлетит",
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
        // `Надеюсь, вся твоя семья заболеет раком` ("I hope your whole family gets cancer"),
        // `надеюсь, ты сдохнешь`: the reader or the reader's own (not `надеюсь, ты не
        // заболеешь`, nor `надеюсь, бабушка не заболеет`).
        if self.at(i) == "надеюсь" {
            let dies = [
                "сдохнешь",
                "сдохнете",
                "сдохнет",
                "сдохнут",
                "умрешь",
                "умрете",
            ];
            let sick = ["заболеет", "заболеешь", "заболеют", "заболеете"];
            let yours = ["ты", "вы", "твоя", "твои", "твой", "ваша", "ваши", "ваш"];
            let wished = (i + 1..i + 7).find(|&k| {
                (self.is(k, &dies) || self.is(k, &sick) && self.at(k + 1) == "раком")
                    && self.at(k - 1) != "не"
            });
            if let Some(k) = wished.filter(|&k| self.any_in(i + 1..k, &yours)) {
                return Some((Call, i, k + 1 + usize::from(self.at(k + 1) == "раком")));
            }
            // `Надеюсь, твой самолёт разобьётся` ("I hope your plane crashes"): the reader's
            // (not `надеюсь, твой самолёт не опоздает`, "... isn't late").
            let plane = i + 1 + usize::from(self.is(i + 1, &["твой", "ваш"]));
            let crashes = ["разобьется", "упадет", "рухнет", "взорвется"];
            if plane > i + 1
                && self.is(plane, &["самолет", "вертолет"])
                && self.is(plane + 1, &crashes)
            {
                return Some((Call, i, plane + 2));
            }
            // `Надеюсь, завтра по дороге на работу тебя собьёт автобус` ("I hope a bus hits you
            // on your way to work tomorrow"): the reader run down (not `надеюсь, тебя не
            // собьёт`, nor `надеюсь, автобус тебя подберёт`, "... picks you up").
            let run_down = ["собьет", "переедет", "задавит", "раздавит"];
            let hit = (i + 1..i + 10).find(|&k| self.is(k, &run_down) && self.at(k - 1) != "не");
            if let Some(k) =
                hit.filter(|&k| self.any_in(k.saturating_sub(2)..k + 3, &["тебя", "вас"]))
            {
                return Some((Call, i, k + 1));
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
        // (`Чтоб вся твоя семья подавилась ужином`: "may your whole family choke on their
        // dinner", the reader's own.)
        let whose = wish.map(|w| w + 1 + usize::from(self.at(w + 1) == "вся"));
        if let Some(w) = whose.filter(|&w| self.is(w, &["твоя", "твои", "ваша", "ваши"]))
        {
            let kin = ["семья", "дети", "мать", "жена", "родня"];
            if self.is(w + 1, &kin) {
                if let Some(k) = (w + 2..w + 4).find(|&k| self.is(k, &RU_CURSE)) {
                    return Some((Call, i, k + 1));
                }
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
        // `Я сделаю так, что ты больше никогда не будешь работать журналистом` ("I'll make it
        // so that you never work as a journalist again"): the reader's trade ended (not `...
        // никогда не будешь работать по выходным`, weekends).
        if self.is(i, &["сделаю", "позабочусь", "добьюсь"])
            && self.said_next(i + 1, 6, &["никогда"])
            && self.said_next(i + 1, 4, &["ты", "вы"])
            && self.said_next(i + 1, 12, RU_TRADE_ENDED)
        {
            return Some((Menace, i, self.len()));
        }
        // `Если увижу этого депутата в городе, он пожалеет о каждом своём голосовании` ("if I
        // see this deputy in town, he'll regret every vote of his"): regret, when the writer
        // meets someone (not `если не увидишь этот фильм, пожалеешь`, a film missed).
        if self.is(i, &["пожалеет", "пожалеешь", "пожалеют"])
            && self.said_back(i, 12, &["увижу", "встречу", "поймаю"])
            && self.said_back(i, 14, &["если"])
        {
            return Some((Menace, i, self.len()));
        }
        // `В следующий раз будешь писать свои статьи с больничной койки` ("next time you'll be
        // writing your articles from a hospital bed"), closing the clause: the reader's future
        // (not `дед пишет мемуары с больничной койки`, "grandad writes his memoirs from ...").
        // (The menace read from `будешь`: the writing it names is not a report of it.)
        if self.at(i) == "койки"
            && i >= 2
            && self.seq(i - 2, &["с", "больничной"])
            && i + 1 == self.len()
        {
            let will = (i.saturating_sub(8)..i).find(|&k| self.is(k, &["будешь", "будете"]));
            if let Some(k) = will {
                return Some((Menace, k, i + 1));
            }
        }
        // `Наслаждайся последними днями на свободе, мы идём` ("enjoy your last days of freedom,
        // we're coming"): the reader's freedom foretold to end (not `... последними днями
        // лета`, of summer).
        if self.is(i, &["наслаждайся", "наслаждайтесь"])
            && self.at(i + 1) == "последними"
            && self.is(i + 2, &["днями", "неделями", "часами"])
            && self.seq(i + 3, &["на", "свободе"])
        {
            return Some((Menace, i, i + 5));
        }
        // `Такие, как ты, заканчивают в канаве` ("people like you end up in a ditch"), as in
        // English (not `такие машины, как твоя, заканчивают на свалке`).
        // (And `такие как ты потом в канавах находятся`, "... are found in ditches later":
        // the place before the verb.)
        let places = ["канаве", "канавах", "лесу", "реке", "кладбище", "морге"];
        let ends_up = ["заканчивают", "кончают", "оказываются", "находятся"];
        if self.is(i, &ends_up) {
            let after = self.is(i + 1, &["в", "на"]) && self.is(i + 2, &places);
            let before = i >= 2 && self.is(i - 2, &["в", "на"]) && self.is(i - 1, &places)
                || i >= 3 && self.is(i - 3, &["в", "на"]) && self.is(i - 2, &places);
            if (after || before)
                && self.reads_before(i, 7, &["как", "ты"])
                && self.said_back(i, 7, &["такие"])
            {
                return Some((Menace, i, if after { i + 3 } else { i + 1 }));
            }
        }
        // `Редактор заплатит за это кровью` ("the editor will pay for this with blood"); not
        // `страна заплатила за победу кровью`, a war's price.
        if self.at(i) == "кровью" {
            let pays = [
                "заплатит",
                "заплатишь",
                "заплатят",
                "заплатите",
                "ответит",
                "ответишь",
            ];
            if let Some(k) = (i.saturating_sub(4)..i).find(|&k| self.is(k, &pays)) {
                return Some((Menace, k, i + 1));
            }
        }
        // `Этого журналиста надо проучить так, чтобы запомнил` ("this journalist must be
        // taught a lesson he'll remember"): someone by role (not `собаку надо проучить`), and
        // not at the polls or by the purse (`Чиновников надо проучить на выборах`, "... at
        // the election", `... рублём`, "with the rouble").
        let civil = self.seq(i + 1, &["на", "выборах"])
            || self.is(i + 1, &["рублем", "голосованием", "бойкотом"]);
        if self.at(i) == "проучить"
            && self.any_in(i.saturating_sub(2)..i, &RU_MUST)
            && (i.saturating_sub(4)..i).any(|k| self.ru_person_object(k))
            && !civil
        {
            return Some((Menace, i.saturating_sub(3), i + 1));
        }
        // `Никто не заплачет, если ты прыгнешь с моста` ("nobody will cry if you jump off a
        // bridge"): the reader's death made light of (not `..., если ты уйдёшь с работы`).
        if self.at(i) == "заплачет" && i >= 2 && self.seq(i - 2, &["никто", "не"]) {
            let died = ["прыгнешь", "умрешь", "сдохнешь", "повесишься", "исчезнешь"];
            // (`... если ты наглотаешься таблеток`, pills; not `... пыли`, dust.)
            let poisoned = self.said_next(i + 1, 5, &["наглотаешься"])
                && self.said_next(i + 1, 7, &["таблеток", "снотворного", "яду"]);
            if self.said_next(i + 1, 5, &died) || poisoned {
                return Some((Menace, i - 2, i + 1));
            }
        }
        // `Кто-нибудь, слейте домашний адрес этой журналистки` ("someone, leak this
        // journalist's home address"): a person's home address ordered out (not `выложите
        // адрес приюта`, a shelter's).
        if self.is(i, &["слейте", "слить", "выложите", "опубликуйте"])
        {
            let address = i + 1 + usize::from(self.at(i + 1) == "домашний");
            let whose = address + 1 + usize::from(self.is(address + 1, &["этой", "этого"]));
            // (A man's genitive is his accusative: `журналиста`; a woman's is not.)
            let hers = ["журналистки", "авторши", "блогерши", "писаки", "судьи"];
            let someones = self.is(whose, &RU_ROLE_OBJECT) || self.is(whose, &hers);
            if self.at(address) == "адрес" && someones {
                return Some((Menace, i, whose + 1));
            }
            // (`Кто-нибудь, слейте уже его адрес`: "... leak his address already".)
            let his = i + 1 + usize::from(self.is(i + 1, &["уже", "наконец"]));
            if self.is(his, &["его", "ее", "их"]) && self.at(his + 1) == "адрес" {
                return Some((Menace, i, his + 2));
            }
        }
        // `тебе переломают ноги` ("they'll break your legs"), foretold to the reader.
        // `Надеюсь, тебя свотнут прямо на стриме` ("I hope they swat you right on stream").
        if self.at(i) == "свотнут" && near(&RU_TO_YOU) {
            return Some((Menace, i.saturating_sub(1), i + 1));
        }
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
        // `если ещё раз увижу твою статью, тебе конец` ("see your article once more and
        // you're finished"): the end promised if the reader keeps on (`тебе конец` alone is as
        // often "you're in trouble").
        if self.seq(i, &["тебе", "конец"])
            && (0..i).any(|k| self.at(k) == "если" && self.seq(k + 1, &["еще", "раз"]))
        {
            return Some((Menace, 0, i + 2));
        }
        // `твой дом сгорит` ("your house will burn"), not as a warning (`если не починишь
        // проводку, твой дом сгорит`, "if you don't fix the wiring ...").
        if self.is(i, &["твой", "твоя", "твое", "ваш", "ваша", "ваше"])
            && self.is(
                i + 1,
                &[
                    "дом",
                    "квартира",
                    "машина",
                    "офис",
                    "редакция",
                    "кафе",
                    "ресторан",
                    "магазин",
                ],
            )
            && self.is(i + 2, &["сгорит", "сгорят"])
            && !self.any_in(0..self.len(), &["если"])
        {
            return Some((Menace, i, i + 3));
        }
        // `ещё одна такая статья — и твой дом первым уйдёт под воду` ("one more article like
        // that and your house will be the first to go under water"): the reader's home lost,
        // if they keep on (not `твой дом уйдёт под воду, если не построят дамбу`).
        if self.is(i, &["твой", "ваш"])
            && self.at(i + 1) == "дом"
            && (i + 2..i + 4).any(|k| self.seq(k, &["уйдет", "под", "воду"]))
            && self.reads_before(i, 8, &["еще", "одна"])
            && !self.any_in(0..self.len(), &["если"])
        {
            return Some((Menace, i, i + 5));
        }
        // `узнаю, где живёт этот риелтор, и его квартира сгорит первой` ("I'll find out where
        // this realtor lives, and his flat will burn first"): someone's home found, then burnt
        // (not `его квартира сгорит, если не починить проводку`).
        if self.is(i, &["сгорит", "сгорят"])
            && i >= 2
            && self.is(i - 2, &["его", "ее", "их"])
            && self.is(i - 1, &["дом", "квартира", "машина", "офис"])
            && !self.any_in(0..self.len(), &["если"])
            && (self.reads_before(i, 14, &["где", "живет"])
                || self.reads_before(i, 14, &["где", "живут"]))
        {
            return Some((Menace, i - 2, i + 1));
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
        // `Автору бы в реанимацию попасть, может поумнеет` ("the author should land in
        // intensive care, maybe he'd wise up"): a stay in hospital wished on someone else (not
        // `мне бы в больницу попасть`, the writer's own wish).
        if self.is(i, &RU_CARRIED_TO)
            && i >= 2
            && self.at(i - 1) == "в"
            && self.any_in(i.saturating_sub(3)..i - 1, &["бы"])
            && self.is(i + 1, &["попасть", "загреметь", "угодить", "слечь"])
        {
            let whom = [
                "тебе",
                "вам",
                "ему",
                "ей",
                "им",
                "автору",
                "журналисту",
                "редактору",
                "депутату",
                "министру",
            ];
            if let Some(k) = (0..i - 1).find(|&k| self.is(k, &whom)) {
                return Some((ThreatKind::Call, k, i + 2));
            }
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
        // `Узнаю, где живёт председатель избиркома, — сожгу дом` ("I'll find out where the
        // election chief lives and burn his house").
        if self.is(i, &["сожгу", "подожгу", "спалю"])
            && self.is(i + 1, &["дом", "квартиру", "машину", "дачу"])
            && self.reads_before(i, 10, &["узнаю", "где"])
        {
            return Some((Menace, i, i + 2));
        }
        // `Узнаю твой айпи и приеду в гости` ("I'll find out your IP and come to visit"): the
        // reader's whereabouts found out, and a visit (not `узнаю твой адрес и пришлю
        // открытку`).
        if self.at(i) == "гости"
            && i >= 2
            && self.at(i - 1) == "в"
            && self.is(i - 2, &["приеду", "приедем", "заеду", "зайду", "нагряну"])
            && (0..i).any(|k| self.seq(k, &["узнаю", "твой"]) || self.seq(k, &["узнаю", "где"]))
        {
            return Some((Menace, 0, i + 1));
        }
        // `Приеду на стадион — найду тебя на трибуне, поговорим` ("I'll come to the stadium,
        // find you in the stands, we'll talk"), the talk closing it (not `найду тебя на
        // трибуне, у меня твой шарф`).
        if self.at(i) == "поговорим"
            && i + 1 == self.len()
            && self.reads_before(i, 10, &["найду", "тебя"])
            && self.said_back(i, 12, &["приеду", "приедем"])
        {
            return Some((Menace, i.saturating_sub(4), i + 1));
        }
        // `Найду этого профессора после лекции, поговорим по душам` ("I'll find this professor
        // after the lecture, we'll have a heart-to-heart"): someone named with distance,
        // sought out (not `найду тебя после работы, поговорим по душам`, a friend).
        if self.seq(i, &["поговорим", "по", "душам"])
            && self.any_in(0..i, &["найду", "поймаю", "подкараулю"])
            && self.any_in(0..i, &["этого", "эту", "этих"])
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
}
