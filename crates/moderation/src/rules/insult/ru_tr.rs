//! Stock insults in Russian and Turkish.

use super::names::PAPER_PEOPLE_TR;
use super::RU_TR_CUES;
use crate::rules::clauses::{Clause, Lexicon};
use crate::rules::hate::{BLIGHT_OF_TR, DEHUMANISING_RU, DEHUMANISING_TR};

/// What nobody does to the reader, in Russian and Turkish (`никто тебя не любит`, `kimse
/// seni sevmiyor`).
static NOBODY_DOES_RU: Lexicon = Lexicon::new("любит уважает ждет слушает полюбит");

static NOBODY_DOES_TR: Lexicon =
    Lexicon::new("sevmiyor sevmez sevmeyecek istemiyor umursamiyor saymiyor dinlemiyor");

/// Dropped as a child, or better aborted: `тебя мама роняла`, `тебя не абортировали`.
pub(super) static DROPPED_RU: Lexicon =
    Lexicon::new("роняла роняли уронила уронили абортировали абортировать");

/// Dropped on the head: `annen seni kafanın üstüne mi düşürdü?`.
pub(super) static DROPPED_TR: Lexicon = Lexicon::new("dusurdu dusurmus");

/// What the reader is asked if they are, in Turkish: `bu kadar aptal mısın`, `bu kadar
/// kafasız biri nasıl ...`.
pub(super) const STUPID_TR: &[&str] = &["aptal", "salak", "gerizekali", "beyinsiz", "kafasiz"];

/// Words that say by themselves who is worth nothing: `keşke hiç doğmasaydın` ("if only you
/// had never been born"). (`ничтожество`, "a nobody", only when said to the reader.)
pub(super) static NEVER_BORN: Lexicon = Lexicon::new("dogmasaydin dogmasaydiniz");

/// Where the reader belongs, in Russian and Turkish: `место в психушке`, `yeri tımarhane`.
pub(super) static ASYLUM_RU_TR: Lexicon = Lexicon::new(
    "психушке дурке дурдоме психушку дурку дурдом помойке свалке timarhane timarhanedir \
     timarhanede kodes",
);

/// What people like the reader should not do, in Russian: `такие как ты не должны
/// размножаться` ("people like you should not breed").
pub(super) static BREED_RU: Lexicon = Lexicon::new("размножаться плодиться рожать");

/// Beasts a person is called, in Turkish: `şişko bir domuz` ("a fat pig").
pub(super) static BEASTS_TR: Lexicon =
    Lexicon::new("domuz hayvan kopek esek okuz yilan sican sapik inek suluk");

/// Who the reader's writing is said to be by, in Russian and Turkish: `будто писал пьяный
/// детсадовец`, `maymun yazmış gibi`.
pub(super) static CHILDISH_WRITERS: Lexicon =
    Lexicon::new("детсадовец первоклассник обезьяна шимпанзе хомяк cocugu maymun sempanze bebek");

/// Beasts whose brains a person's are said to match, in Russian (`мозги как у курицы`) and, as
/// the start of the Turkish genitive, in Turkish (`beyni bir tavuğunki kadar`).
static BIRD_BRAINS_RU: Lexicon =
    Lexicon::new("рыбки курицы хомяка амебы комара таракана воробья инфузории");

const BIRD_BRAINS_TR: &[&str] = &["balig", "tavug", "kusun", "sinegin", "hamsterin", "amibin"];

/// Who a Russian brain is said to be of, after `у` (`у тебя`, `у автора`).
static WHOSE_RU: Lexicon =
    Lexicon::new("тебя вас него нее того автора редактора журналиста этого блогера");

/// What the paper's people are called in Turkish after `bir` ("a"), closing the phrase: `Editör
/// omurgasız bir korkak` ("the editor is a spineless coward").
pub(super) static CALLED_TR: Lexicon =
    Lexicon::new("solucan korkak kukla ezik pislik hayvan salak gerizekali serefsiz soytari");

/// People pointed at, in Russian and Turkish (after `эти`, `bu`, `şu`, `o`).
pub(super) static PEOPLE_RU_TR: Lexicon = Lexicon::new("люди insanlar adamlar tipler herifler");

/// People named by their work, in Turkish, as a sentence's subject (`eleştirmeni` is "the
/// critic" after `yemek`).
static WORKERS_TR: Lexicon = Lexicon::new(
    "yazar yazari gazeteci elestirmen elestirmeni sef asci yorumcu hakem muhabir spiker \
     vekil bakan baskani doktor ogretmen yonetmen oyuncu sarkici sen",
);

impl Clause<'_> {
    /// The same insults in Russian and Turkish: nobody loves the reader (`никто тебя не
    /// любит`, `kimse seni sevmiyor`), dropped as a child (`тебя мама в детстве роняла?`,
    /// `annen seni kafanın üstüne mi düşürdü?`), better aborted (`жаль, что тебя не
    /// абортировали`), never born (`keşke hiç doğmasaydın`), nothing (`sen bir hiçsin`).
    pub(super) fn ru_tr(&self, i: usize) -> Option<usize> {
        // Each starts at one of its cues: most words are none.
        if !self.is(i, &*RU_TR_CUES) {
            return None;
        }
        let nobody = self.seq(i, &["никто", "тебя", "не"]) && self.is(i + 3, &NOBODY_DOES_RU)
            || self.seq(i, &["kimse", "seni"]) && self.is(i + 2, &NOBODY_DOES_TR);
        if nobody {
            return Some(i + 3 + usize::from(self.at(i) == "никто"));
        }
        // `Bu insanlar insanlık dışı pislikler` ("these people are inhuman scum"), `эти люди
        // нелюди`: people pointed at, called vermin or filth, and nothing after (not `bu
        // insanlar hayvan sever`, "these people love animals", nor `... pislik içinde
        // yaşıyor`, "live in filth").
        let pointed =
            i >= 1 && self.is(i - 1, &["эти", "bu", "su", "o"]) && self.is(i, &PEOPLE_RU_TR);
        if pointed {
            let reach = (i + 4).min(self.len());
            let vermin = (i + 1..reach)
                .find(|&k| self.is(k, &DEHUMANISING_TR) || self.is(k, &DEHUMANISING_RU));
            if let Some(k) = vermin.filter(|&k| self.phrase_ends_before(k + 1)) {
                return Some(k + 1);
            }
        }
        let you_ru = || self.any_in(i.saturating_sub(4)..i + 4, &["тебя", "тебе", "вас"]);
        // `kafanın üstüne düşürdü`: on the reader's head.
        let on_your_head = || self.any_in(i.saturating_sub(4)..i, &["kafanin"]);
        // `sen bir hiçsin`, said to the reader (not a song's `... bi hiçsin bebeyim`).
        let to_you_tr = || self.any_in(i.saturating_sub(3)..i, &["sen"]);
        // `такие как ты не должны размножаться`.
        // `такие как ты` ("people like you"), `таким, как ты` (the same, in the dative).
        let like_you = (i.saturating_sub(6)..i).any(|k| {
            self.is(k, &["такие", "таким"])
                && self.at(k + 1) == "как"
                && self.is(k + 2, &["ты", "вы"])
        });
        let not_to = self.any_in(i.saturating_sub(3)..i, &["не"]);
        // `ты никто, и звать тебя никак` ("you are nobody, and your name is nothing"); `таким,
        // как ты, место в психушке`; `senin gibilerin yeri tımarhane`; `seni doğururken
        // boğmalıydılar` ("they should have strangled you at birth").
        // Opening its clause: not a saying's second half (`я начальник, ты никто`).
        // `ты ноль, пустое место` ("you're a zero, an empty space"); `ты пустое место`.
        let closes = |end: usize| self.phrase_ends_before(end) || self.at(end) == "и";
        let nobody_ru = i == 1
            && self.at(0) == "ты"
            && (self.is(i, &["никто", "ноль"]) && closes(i + 1)
                || self.seq(i, &["пустое", "место"]) && closes(i + 2));
        // `тебя надо в психушку сдать` ("you should be handed in to the madhouse").
        let sent_ru = || {
            self.at(i.wrapping_sub(1)) == "в"
                && you_ru()
                && self.any_in(i.saturating_sub(3)..i, &["надо", "нужно", "пора"])
        };
        let asylum = self.is(i, &ASYLUM_RU_TR)
            && ((self.seq(i.wrapping_sub(2), &["место", "в"])
                || self.seq(i.wrapping_sub(2), &["место", "на"]))
                && (you_ru() || like_you)
                || sent_ru()
                || self.is(i.wrapping_sub(1), &["yeri", "yerin"])
                    && self.any_in(i.saturating_sub(4)..i, &["senin", "sizin"]));
        // (`seni doğuracağına taş doğursaydı anan`: "your mother should have borne a stone
        // instead of you".)
        let stone = self.at(i) == "dogursaydi" && self.at(i.wrapping_sub(1)) == "tas";
        let strangled = (self.is(i, &["bogmaliydilar", "bogmaliydi", "dogurmasaydi"]) || stone)
            && self.any_in(i.saturating_sub(3)..i, &["seni"]);
        // `annen seni doğurduğuna pişmandır` ("your mother regrets giving birth to you").
        // (`senin gibileri annesi doğurduğuna pişmandır`, "the mothers of your like regret
        // it": not `annem beni doğurduğuna hiç pişman değil`.)
        let regretted = self.at(i) == "dogurduguna"
            && (self.any_in(i.saturating_sub(3)..i, &["seni"])
                && self.any_in(i.saturating_sub(3)..i, &["annen", "anan"])
                || self.any_in(i.saturating_sub(3)..i, &["gibileri", "gibilerini"])
                    && self.any_in(i.saturating_sub(3)..i, &["annesi", "anneleri"]))
            && ["pisman", "pismandir", "pismandi", "pismanmis"].contains(&self.at(i + 1));
        // `лучше бы твоя мать сделала аборт` ("your mother had better had an abortion");
        // `senin gibi hainlerin kökü kazınmalı` ("the roots of traitors like you must be
        // scraped out").
        // `твоей матери должно быть стыдно, что родила такое` ("your mother should be ashamed
        // she gave birth to such a thing").
        // `лучше бы ты не рождался` ("you'd better not have been born").
        // `ты тупее пробки` ("you're thicker than a cork").
        let thicker = self.at(i) == "тупее" && self.at(i.wrapping_sub(1)) == "ты";
        let unborn = self.is(i, &["рождался", "рождалась", "родился", "родилась"])
            && self.at(i.wrapping_sub(1)) == "не"
            && self.any_in(i.saturating_sub(4)..i, &["лучше"])
            && self.any_in(i.saturating_sub(4)..i, &["ты"]);
        let ashamed = self.at(i) == "стыдно"
            && self.any_in(i.saturating_sub(5)..i, &["твоей", "твоим"])
            && self.any_in(i.saturating_sub(5)..i, &["матери", "маме", "родителям"])
            && self.any_in(i + 1..i + 4, &["родила", "родили", "вырастила"]);
        // (`Твоей матери надо было сделать аборт`: "your mother should have had an
        // abortion"; `Annen seni aldırmalıydı`, "your mother should have aborted you", not
        // `Annen seni okuldan aldırmalıydı`, "... taken you out of school".)
        let aborted = self.at(i) == "аборт"
            && self.any_in(i.saturating_sub(5)..i, &["твоя", "твоей"])
            && self.any_in(
                i.saturating_sub(5)..i,
                &["мать", "мама", "мамаша", "матери", "маме"],
            )
            || self.is(i, &["aldirmaliydi", "yutmaliydi"])
                && i >= 2
                && self.at(i - 1) == "seni"
                && self.is(i - 2, &["annen", "anan"])
            // (`Лучше бы твоя мать тебя проглотила`: "... swallowed you".)
            || self.at(i) == "проглотила"
                && self.any_in(i.saturating_sub(4)..i, &["мать", "мама", "мамаша"])
                && self.any_in(i.saturating_sub(2)..i + 2, &["тебя"]);
        // `Sen değersiz bir çöp parçasısın` ("you're a worthless piece of trash").
        let trash = self.is(i, &["parcasisin", "parcasisiniz"])
            && i > 0
            && self.is(i - 1, &["cop", "bok", "pislik"]);
        // `sen ve senin gibiler bu toprakların mikrobu` ("you and your like are this land's
        // germ").
        let germ = self.is(i, &BLIGHT_OF_TR)
            && (i.saturating_sub(6)..i).any(|k| self.seq(k, &["senin", "gibiler"]));
        let uprooted = self.at(i) == "kazinmali"
            && self.at(i.wrapping_sub(1)) == "koku"
            && self.any_in(i.saturating_sub(5)..i, &["senin", "sizin"]);
        // `журналистку эту надо отправить на панель` ("this journalist should be sent to the
        // street corner"), `её место на панели`: a woman sent to sell herself (not `вывести на
        // панель приборов`, "... onto the dashboard").
        let street_corner = self.is(i, &["панель", "панели"])
            && self.at(i.wrapping_sub(1)) == "на"
            && self.any_in(
                i.saturating_sub(4)..i - 1,
                &["отправить", "отправлять", "иди", "идти", "место", "пора"],
            )
            && self.at(i + 1) != "приборов";
        // `zekan bir tavuğunkinden bile az` ("your brain is less than even a chicken's"): the
        // reader's mind less than a thing's (not `... az değil`, "not less").
        let lesser_mind = self.at(i) == "zekan"
            && (i + 1..i + 4).any(|k| {
                let w = self.at(k);
                w.ends_with("den") || w.ends_with("dan") || w.ends_with("ten") || w.ends_with("tan")
            })
            && (i + 2..i + 6).any(|k| self.at(k) == "az" && self.at(k + 1) != "degil");
        // `твоя мамаша должна стыдиться такого сына` ("your mother should be ashamed of
        // such a son").
        let ashamed_of_you = self.is(i, &["стыдиться", "стыдится"])
            && self.any_in(i.saturating_sub(4)..i, &["твоя", "твои"])
            && self.any_in(i + 1..i + 3, &["такого", "такой", "такое"])
            && self.any_in(i + 2..i + 4, &["сына", "дочери", "ребенка", "отпрыска"]);
        // `ты такая страшная, что даже зеркало от тебя отворачивается` ("you're so ugly even
        // the mirror turns away from you").
        let mirror = self.at(i) == "зеркало"
            && self.any_in(
                i + 1..i + 4,
                &["отворачивается", "трескается", "разбивается"],
            )
            && self.any_in(i + 1..i + 4, &["тебя", "тебе"]);
        // `Грета — больная на голову малолетка` ("Greta is a kid sick in the head"), `ты
        // больной на голову` (not `больная на голову жаловалась` ... a patient: only said of
        // someone named or the reader, closing a name).
        let sick_in_the_head = self.is(i, &["больная", "больной", "больные"])
            && self.seq(i + 1, &["на", "голову"])
            && !self.any_in(
                i + 3..i + 5,
                &["жаловалась", "жаловался", "жалуется", "жалуются"],
            );
        // `Yazar kafayı yemiş, akıl hastanesine kapatılmalı` ("the writer has lost it, should be
        // shut in a mental hospital").
        let shut_in = self.seq(i, &["akil", "hastanesine"])
            && self.is(
                i + 2,
                &[
                    "kapatilmali",
                    "kapatilsin",
                    "yatirilmali",
                    "yatirilsin",
                    "tikilmali",
                ],
            );
        // `Ты, экономист недоделанный, сначала школу закончи` ("you, half-baked economist,
        // finish school first"): the reader called half-made (not `недоделанный ремонт`).
        let half_made = self.is(i, &["недоделанный", "недоделанная", "недоделанные"])
            && self.any_in(i.saturating_sub(4)..i, &["ты", "вы"]);
        // `Автор — продажная шкура` ("the author is a venal hide").
        let venal =
            self.at(i) == "шкура" && self.is(i.wrapping_sub(1), &["продажная", "продажной"]);
        // `Все медсёстры в этой больнице — ленивые коровы` ("all the nurses in this hospital
        // are lazy cows"), `Hemşireler tembel inekler`: women of a trade called beasts, with
        // scorn (not `коровы на ферме ленивые`, the cows themselves).
        let beasts = self.is(
            i,
            &[
                "коровы",
                "курицы",
                "свиньи",
                "inekler",
                "tavuklar",
                "domuzlar",
            ],
        ) && self.is(
            i.wrapping_sub(1),
            &[
                "ленивые",
                "жирные",
                "тупые",
                "глупые",
                "tembel",
                "aptal",
                "sisko",
                "pis",
            ],
        ) && self.any_in(
            0..i.saturating_sub(1),
            &[
                "медсестры",
                "учительницы",
                "продавщицы",
                "бабы",
                "женщины",
                "hemsireler",
                "ogretmenler",
                "kadinlar",
            ],
        );
        // `Bu yemek eleştirmeni şişko bir domuz` ("this food critic is a fat pig"), `yazar bir
        // hayvan`: someone named by their work called a beast, closing the phrase (not `çiftçi
        // bir domuz aldı`, "the farmer bought a pig").
        // (`Sen yeteneksiz bir inek değil misin?`: "aren't you a talentless cow?", asked.)
        let asked = self.seq(i + 1, &["degil", "misin"]);
        let beast_tr = self.is(i, &BEASTS_TR)
            && (self.phrase_ends_before(i + 1) || asked)
            && (i.saturating_sub(3)..i).any(|k| self.at(k) == "bir")
            && (i.saturating_sub(5)..i).any(|k| self.is(k, &WORKERS_TR));
        // `Балерина эта — скелет, её бы в зоопарк сдать` ("this ballerina is a skeleton, she
        // should be handed in to a zoo"; not `её бы в зоопарк сводить`, taken to see it).
        let zoo = self.at(i) == "зоопарк"
            && self.at(i.wrapping_sub(1)) == "в"
            && self.reads_before(i, 4, &["бы"])
            && self.said_back(i, 4, &["ее", "его", "их", "тебя", "вас"])
            && self.is(i + 1, &["сдать", "отправить", "посадить", "запереть"]);
        // `Эту статью будто писал пьяный детсадовец` ("this article reads as if a drunk
        // kindergartener wrote it"), `Bu yazıyı sarhoş bir anaokulu çocuğu yazmış gibi`: the
        // writer likened to a child or a beast (not `будто писал опытный мастер`, "a master").
        let wrote_like_a_child = self.is(i, &CHILDISH_WRITERS)
            && (self.said_back(i, 3, &["писал", "написал"])
                && self.said_back(i, 5, &["будто", "словно"])
                || self.seq(i + 1, &["yazmis", "gibi"]));
        // `Твоя мать наверняка стыдится того, кого вырастила` ("your mother must be ashamed of
        // whom she raised"), `Annen kimi büyüttüğünden utanıyordur`.
        let raised = self.is(i, &["стыдится", "стыдиться"])
            && self.any_in(i.saturating_sub(4)..i, &["мать", "мама"])
            && self.any_in(i.saturating_sub(4)..i, &["твоя"])
            && self.seq(i + 1, &["того", "кого"])
            && self.is(i + 3, &["вырастила", "родила", "воспитала"])
            || self.is(i, &["utaniyordur", "utaniyor", "utanir"])
                && self.any_in(i.saturating_sub(3)..i, &["buyuttugunden", "dogurdugundan"])
                && self.any_in(i.saturating_sub(3)..i, &["annen", "anan"]);
        // `Bir bahçe cücesinin zekasına sahipsin` ("you have a garden gnome's intellect"),
        // `У тебя интеллект садового гнома` (not `bir dahinin zekasına sahipsin`, a genius's).
        let lowly_tr = [
            "cucesinin",
            "tavugun",
            "tavugunun",
            "baligin",
            "esegin",
            "patatesin",
            "tasin",
            "odunun",
            "amipin",
        ];
        // (`Любой, кто голосует за них, имеет IQ комнатного растения`, "anyone who votes for
        // them has a houseplant's IQ"; `Bunlara oy veren herkesin zekası bir saksı bitkisi
        // kadar`, "... a pot plant's".)
        let lowly_ru = [
            "гнома",
            "курицы",
            "табуретки",
            "амебы",
            "хомяка",
            "валенка",
            "пня",
            "растения",
        ];
        let lowly_mind = self.at(i) == "zekasina"
            && self.is(i.wrapping_sub(1), &lowly_tr)
            && self.is(i + 1, &["sahipsin", "sahipsiniz"])
            || self.is(i, &["интеллект", "мозги", "ум", "iq"])
                && (self.is(i + 1, &lowly_ru) || self.is(i + 2, &lowly_ru))
                && (self.reads_before(i, 3, &["у", "тебя"])
                    || self.at(i.wrapping_sub(1)) == "имеет"
                        && self.said_back(i, 8, &["любой", "каждый"]))
            || self.at(i) == "zekasi"
                && self.any_in(i.saturating_sub(4)..i, &["herkesin", "senin"])
                && self.closes_with(i + 1, &["kadar"])
                && (i + 1..i + 5).contains(&(self.len() - 2))
                && self.is(
                    self.len() - 2,
                    &["bitkisi", "tavuk", "tavugun", "patates", "patatesin", "tas"],
                );
        // `Hep bu kadar aptal mısın yoksa bugün özel bir gün mü?` ("are you always this
        // stupid, or is today special?"): asked of the reader.
        let asked_if_stupid = self.is(i, STUPID_TR)
            && self.is(i + 1, &["misin", "misiniz"])
            && self.any_in(i.saturating_sub(3)..i, &["kadar", "hep", "hala"]);
        // `Şişko inek, sus artık` ("fat cow, shut up now"): the reader called a beast with
        // scorn, opening the clause as a phrase of its own (not `Şişko inek yemden sonra
        // uyudu`, "the fat cow slept after feeding").
        let called_a_beast = i == 1
            && self.is(i, &BEASTS_TR)
            && self.is(0, &["sisko", "pis", "aptal", "salak", "cirkin"])
            && self.phrase_ends_before(i + 1)
            && i + 1 < self.len();
        let found = nobody_ru
            || called_a_beast
            || wrote_like_a_child
            || raised
            || lowly_mind
            || asked_if_stupid
            || zoo
            || beasts
            || beast_tr
            || half_made
            || venal
            || sick_in_the_head
            || shut_in
            || mirror
            || street_corner
            || ashamed_of_you
            || lesser_mind
            || thicker
            || unborn
            || ashamed
            || regretted
            || germ
            || asylum
            || strangled
            || aborted
            || trash
            || uprooted
            || self.is(i, &BREED_RU) && like_you && not_to
            || self.is(i, &DROPPED_RU) && you_ru()
            || self.is(i, &DROPPED_TR) && on_your_head()
            || self.is(i, &["hicsin"]) && (to_you_tr() || i > 0 && self.at(i - 1) == "bir")
            || self.is(i, &NEVER_BORN)
            // (`ты ничтожество`, `Ничтожество!`; not `ничтожество власти`, "the authorities'
            // helplessness".)
            || self.at(i) == "ничтожество"
                && (self.phrase_ends_before(i + 1)
                    || self.any_in(i.saturating_sub(2)..i, &["ты", "вы"]))
            // (`ты ходячее недоразумение`, "you walking mistake"; not `это недоразумение`, "it's
            // a misunderstanding".)
            || self.at(i) == "недоразумение" && self.mistake_called(i);
        found.then_some(i + 1 + 2 * usize::from(sick_in_the_head || shut_in))
    }

    /// `у того мозги как у золотой рыбки` ("that one has a goldfish's brains"), `Bunu yazanın
    /// beyni bir japon balığınınki kadar` ("the brain of whoever wrote this is a goldfish's
    /// size"): a person's mind likened to a small beast's (not `у рыб мозги как у ...`, no
    /// person, nor `balığın beyni küçük`).
    pub(super) fn brain_of_a_beast_ru_tr(&self, i: usize) -> Option<usize> {
        if self.is(i, &["мозги", "мозгов"]) {
            let whose = i >= 2 && self.at(i - 2) == "у" && self.is(i - 1, &WHOSE_RU)
                || self.is(i + 1, &["у"]) && self.is(i + 2, &WHOSE_RU);
            let like = (i + 1..i + 4).find(|&k| self.seq(k, &["как", "у"]))?;
            let beast = (like + 2..like + 4).find(|&k| self.is(k, &BIRD_BRAINS_RU))?;
            return whose.then_some(beast + 1);
        }
        let whose = i >= 1
            && (self.is(i - 1, &["senin", "sizin", "yazanin"])
                || PAPER_PEOPLE_TR.contains(&self.at(i - 1)));
        let beast = (i + 1..i + 5).find(|&k| {
            let w = self.at(k);
            w.ends_with("ki") && BIRD_BRAINS_TR.iter().any(|b| w.starts_with(b))
        })?;
        (whose && self.at(beast + 1) == "kadar").then_some(beast + 2)
    }

    /// `Автору пора заползти обратно под свой камень` ("the author should crawl back under his
    /// rock"), `Yazar geldiği taşın altına geri dönmeli`: `back under your rock`, as in English
    /// (not `камень лежит под мостом`, nor `taşın altına bir not bıraktım`).
    pub(super) fn back_under_the_rock_ru_tr(&self, i: usize) -> Option<usize> {
        if self.at(i) == "камень" {
            let under = i >= 2 && self.at(i - 1) == "свой" && self.at(i - 2) == "под"
                || i >= 1 && self.at(i - 1) == "под";
            let crawl = [
                "заползти",
                "заползи",
                "заползай",
                "залезь",
                "залезть",
                "уползай",
                "уползти",
            ];
            let back = self.said_back(i, 4, &["обратно", "назад"]);
            return (under && back && self.said_back(i, 5, &crawl)).then_some(i + 1);
        }
        let back = self.seq(i + 1, &["altina", "geri"]) && self.at(i + 3).starts_with("don");
        let whose = i >= 1 && self.is(i - 1, &["geldigin", "geldigi", "cikdigin", "ciktigi"]);
        (back && whose).then_some(i + 4)
    }

    /// `Editör omurgasız bir korkak`, `Bu sözde gazeteci acınası bir solucan` ("this so-called
    /// journalist is a pitiful worm"): one of the paper's people called a name after `bir`,
    /// closing the phrase (not `Yazar korkak bir kediyi kurtardı`, "... saved a frightened
    /// cat").
    pub(super) fn paper_person_called_tr(&self, i: usize) -> Option<usize> {
        let named = i >= 1
            && self.at(i - 1) == "bir"
            && self.phrase_ends_before(i + 1)
            && (i.saturating_sub(5)..i - 1).any(|k| PAPER_PEOPLE_TR.contains(&self.at(k)));
        named.then_some(i + 1)
    }
}
