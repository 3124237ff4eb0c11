//! Russian written in Latin letters (`ty urod`, `zhurnalistov nado veshat`), as chat and phones
//! without a Cyrillic keyboard spell it: such a text is read in Cyrillic, so that the
//! classifier's Russian features and the Russian shapes of the sentence rules see the words
//! they were made for. The characters and their spans are not touched: a verdict still points
//! at the reader's own letters.
//!
//! A text is read so only when it has no Cyrillic letter of its own, at least one word that
//! only transliterated Russian writes (`tebya`, `nado`, `tvoya`: none of them an English,
//! Turkish or common Latin word) or shapes (`-iy`, `-ykh` at the end) and, for every two such words, no more than one word that
//! English or Turkish writes often (`the`, `you`, `bir`, `ve`). English comments meet an English
//! function word within their first few words, and stop being looked at there.

/// Words that only Russian written in Latin letters has, as chat spells them.
#[rustfmt::skip]
fn russian_only(word: &str) -> bool {
    matches!(
        word,
        "avtor" | "blya" | "blyat" | "budesh" | "budet" | "byl" | "bylo" | "chelovek" | "chto"
        | "davay" | "dazhe" | "delat" | "dumayu" | "emu" | "eshche" | "eshe" | "esli" | "eto"
        | "etot" | "gde" | "ikh" | "ili" | "kak" | "khochu" | "khorosho" | "kogda" | "kotorye"
        | "kotoryy" | "luchshe" | "lyudi" | "menya" | "mne" | "mnogo" | "moy" | "moya" | "mozhet"
        | "mozhno" | "nado" | "nahuy" | "nakhuy" | "nash" | "nashi" | "nelzya" | "nichego"
        | "nikogda" | "nikto" | "nuzhno" | "ochen" | "pishesh" | "pizdets" | "ploho" | "plokho"
        | "pochemu" | "prosto" | "sdelat" | "sebya" | "seychas" | "shto" | "skazal" | "spasibo"
        | "statya" | "statyu" | "suka" | "svoi" | "svoy" | "takie" | "takoy" | "tebe" | "tebya"
        | "toboy" | "tolko" | "tozhe" | "tvoi" | "tvoikh" | "tvoy" | "tvoya" | "tvoyo" | "tvoyu"
        | "ty" | "uzhe" | "vam" | "vash" | "vashi" | "voobshche" | "vot" | "vse" | "vsegda"
        | "vsekh" | "yesli" | "zachem" | "zhurnalist" | "zhurnalistov" | "zhurnalisty" | "znayu"
        | "naydu" | "ubyu" | "ubit" | "zatknis" | "tupaya" | "tupoy" | "urod" | "mraz" | "tvar"
        | "pridurok" | "migranty" | "zhivotnye" | "vsem" | "dlya" | "dolzhny" | "dolzhen"
        | "dolzhna" | "zhal" | "sluchitsya" | "zakroy" | "zakroi" | "umnik" | "vypey" | "vypei"
        | "vypej" | "shlyukha" | "shlyuha" | "razdevaysya" | "razdensya" | "pokazhi" | "chtoby"
        | "slishkom" | "etoy" | "etu" | "eti" | "etikh" | "etogo" | "zhenshchiny" | "evrei"
        | "deneg" | "pustaya" | "invalidy" | "musulmane"
    )
}

/// Words shaped as only Russian in Latin letters shapes them: an adjective's or a plural's
/// ending (`russkiy`, `drugikh`, `novykh`), a reflexive verb's (`rozhdayutsya`), a plural
/// verb's after a vowel (`vladeyut`, `znayut`). Not `kh` or `zh` inside (Turkish `Gökhan`,
/// `Akhisar`, `Özhaseki`) nor `-yy` (English stretched, `partyy`).
fn russian_shaped(word: &str) -> bool {
    word.len() >= 4 && (word.ends_with("iy") || word.ends_with("ykh") || word.ends_with("ikh"))
        || word.len() >= 7 && word.ends_with("tsya")
        || word.len() >= 6 && word.ends_with("yut") && is_vowel(word.as_bytes()[word.len() - 4])
}

/// Words that English or Turkish writes often, which Russian in Latin letters does not.
#[rustfmt::skip]
fn english_or_turkish(word: &str) -> bool {
    matches!(
        word,
        "ama" | "and" | "are" | "be" | "ben" | "bir" | "bu" | "cok" | "da" | "daha" | "de" | "for"
        | "gibi" | "have" | "i" | "icin" | "ile" | "in" | "is" | "it" | "ki" | "mi" | "of" | "sen"
        | "that" | "the" | "this" | "to" | "ve" | "was" | "what" | "with" | "you" | "your"
    )
}

/// Whether words, as read, are Russian written in Latin letters (see the module's comment).
pub(super) fn reads_as_russian<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let (mut russian, mut other) = (0u32, 0u32);
    for word in words {
        if russian_only(word) || russian_shaped(word) {
            russian += 1;
        } else if english_or_turkish(word) {
            other += 1;
            if other >= 2 && other * 2 > russian {
                return false;
            }
        }
    }
    russian > 0 && other * 2 <= russian
}

/// Latin letters, and the Cyrillic they are read as, longest first: `shch` is `щ`, not `шч`.
const LETTERS: &[(&str, &str)] = &[
    // (`sluchitsya`, `nravitsya`: the reflexive ending chat writes for `-тся` and `-ться`
    // alike, read as the first, not `-ця`.)
    ("tsya", "тся"),
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "е"),
    ("ye", "е"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("w", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("j", "й"),
    ("k", "к"),
    ("q", "к"),
    ("c", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
    ("x", "кс"),
];

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Appends a word of a transliterated text as it is read: in Cyrillic when it is all Latin
/// letters, as it is otherwise (a number, a masked word).
pub(super) fn write_read(word: &str, out: &mut Vec<u8>) {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()) {
        write_cyrillic(word, out);
    } else {
        out.extend_from_slice(word.as_bytes());
    }
}

/// Words chat spells past the rules of [`write_cyrillic`]: `zhal` is `жаль` ("a pity":
/// `Budet zhal, esli...`) and `smert` is `смерть`, their soft sign left out; `babi` is `бабы`
/// ("women", as scorn says it: `Babi dolzhny molchat`), its `ы` written `i`; and common words
/// whose `-et` is no infinitive's, without the soft sign those take: `budet` is `будет`
/// ("will be"), `zhivet` `живет` ("lives"), `privet` `привет` ("hi").
const CHAT_SPELLED: &[(&str, &str)] = &[
    ("zhal", "жаль"),
    ("smert", "смерть"),
    ("babi", "бабы"),
    ("budet", "будет"),
    ("zhivet", "живет"),
    ("privet", "привет"),
    ("otvet", "ответ"),
    ("sovet", "совет"),
    ("bilet", "билет"),
    ("predmet", "предмет"),
    ("internet", "интернет"),
    // (`est` is `есть`, "there is", far more often than `ест`, "eats"; `semya` `семья`,
    // "family", than `семя`, "seed"; `detstve` is not the `ц` of `ts`.)
    ("est", "есть"),
    ("semya", "семья"),
    ("semyu", "семью"),
    ("detstve", "детстве"),
    ("detstva", "детства"),
    ("detstvo", "детство"),
    // (The soft sign before `я`, `ю` inside these words, where others have none: `statya`
    // is `статья`, `nochyu` `ночью`, `druzya` `друзья`, `pyany` `пьяный`, `musulmane`
    // `мусульмане`; but `pulya` is `пуля`, `nedelyu` `неделю`.)
    ("statya", "статья"),
    ("statyu", "статью"),
    ("stati", "статьи"),
    ("statey", "статей"),
    ("nochyu", "ночью"),
    ("druzya", "друзья"),
    ("druzyami", "друзьями"),
    ("druzey", "друзей"),
    ("pyany", "пьяный"),
    ("pyanyy", "пьяный"),
    ("pyanyi", "пьяный"),
    ("pyanaya", "пьяная"),
    ("musulmane", "мусульмане"),
    ("musulman", "мусульман"),
    ("musulmanin", "мусульманин"),
    // (`evrei` is `евреи`, not a short `й`'s `еврей`; `tolko` `только` and `bolnitsa`
    // `больница`, whose soft sign before a consonant chat leaves out.)
    ("evrei", "евреи"),
    ("tolko", "только"),
    ("bolnitsa", "больница"),
    ("bolnitse", "больнице"),
    ("bolnitsu", "больницу"),
    ("bolnichnoy", "больничной"),
    ("bolnichnuyu", "больничную"),
    // (`IQ`, as English writes it, not `ик`.)
    ("iq", "iq"),
];

/// Appends `word` (lowercase ASCII letters) read in Cyrillic, with what chat leaves out put
/// back:
/// - `tebya` as `тебя`, `tupoy` as `тупой`: a `y` after a vowel is `й`, elsewhere `ы`;
/// - `veshat` as `вешать`, `zhivesh` as `живешь`: a long word's `-at`, `-it`, `-et` (the
///   infinitive's; not `-et` after a vowel or in `-zhet`, `-chet`, `-shet`, the third
///   person's: `rabotaet`, `mozhet`) and `-esh`, `-ish` (the second person's) take their
///   soft sign;
/// - `etoy` as `этой`, `elektrichke` as `электричке`: a first `e` before `t` and a vowel,
///   before `k`, or in `elektr-`, is `э`;
/// - `ubyu` as `убью`: a `b` or `p` inside a word before `yu` or `yo` takes the soft sign
///   (`бить`, `пить` and `компьютер`; not `byuro`, `бюро`, at the start), and so does any
///   consonant before `ye` inside a word (`sobyet` as `собьет`; a word's last `ye` after a
///   consonant is a plural's `ые`, `novye`);
/// - `podavilas` as `подавилась`, `nadeyus` as `надеюсь`, `zhizn` as `жизнь`: a reflexive
///   past's `-las`, `-los`, `-lis`, a first person's `-yus` and a word's last `-zn` take
///   their soft sign;
/// - `vypei` as `выпей`: an `i` ending a word after `a`, `e` or `u` is `й`, which Russian
///   hardly ends a word with otherwise (`davai`, `ubei`, `nahui`), and after `o` too but in
///   the plural pronouns `tvoi`, `svoi`, `moi`;
/// - the words of [`CHAT_SPELLED`] as chat spells them.
fn write_cyrillic(word: &str, out: &mut Vec<u8>) {
    if let Some((_, read)) = CHAT_SPELLED.iter().find(|(latin, _)| *latin == word) {
        out.extend_from_slice(read.as_bytes());
        return;
    }
    let bytes = word.as_bytes();
    let short_i = bytes.len() >= 3
        && bytes.ends_with(b"i")
        && match bytes[bytes.len() - 2] {
            b'a' | b'e' | b'u' => true,
            b'o' => !matches!(word, "tvoi" | "svoi" | "moi"),
            _ => false,
        };
    // (`eto`, `etoy`, `ekonomika`, `elektrichka`: a word's first `e` before `t` and a vowel,
    // before `k`, or in `elektr-`, is `э`; `esli`, `emu`, `eshche` keep `е`.)
    let mut i = 0;
    let e_first = bytes.first() == Some(&b'e')
        && (bytes.get(1) == Some(&b't') && bytes.get(2).is_some_and(|&b| is_vowel(b))
            || bytes.get(1) == Some(&b'k')
            || word.starts_with("elektr"));
    if e_first {
        out.extend_from_slice("э".as_bytes());
        i = 1;
    }
    while i < bytes.len() {
        let rest = &word[i..];
        // (`zhivotnye`, `novye`: `ye` after a consonant ending a word is a plural's `ые`, not
        // `е`; inside a word, `sobyet`, `ье`.)
        let ye_after_consonant =
            bytes[i] == b'y' && bytes.get(i + 1) == Some(&b'e') && i > 0 && !is_vowel(bytes[i - 1]);
        let plural_ye = ye_after_consonant && i + 2 == bytes.len();
        let soft = bytes[i] == b'y'
            && i >= 2
            && (matches!(bytes[i - 1], b'b' | b'p')
                && matches!(bytes.get(i + 1), Some(b'u' | b'o'))
                || ye_after_consonant && !plural_ye);
        if soft {
            out.extend_from_slice("ь".as_bytes());
        }
        if plural_ye
            || bytes[i] == b'y' && !matches!(bytes.get(i + 1), Some(b'a' | b'u' | b'o' | b'e'))
        {
            let after_vowel = i > 0 && is_vowel(bytes[i - 1]);
            out.extend_from_slice(if after_vowel { "й" } else { "ы" }.as_bytes());
            i += 1;
            continue;
        }
        if short_i && i == bytes.len() - 1 {
            out.extend_from_slice("й".as_bytes());
            break;
        }
        match LETTERS.iter().find(|(latin, _)| rest.starts_with(latin)) {
            Some((latin, cyrillic)) => {
                out.extend_from_slice(cyrillic.as_bytes());
                i += latin.len();
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    // (Not a vowel's `-et`, the third person's: `rabotaet` is `работает`, `umeet` `умеет`;
    // nor `-zhet`, `-chet`, `-shet`, the third person's too: `mozhet` is `может`, `khochet`
    // `хочет`, `pishet` `пишет`.)
    let third_person_et =
        word.ends_with("zhet") || word.ends_with("chet") || word.ends_with("shet");
    let infinitive = bytes.len() >= 5
        && (word.ends_with("at")
            || word.ends_with("it")
            || word.ends_with("et") && !is_vowel(bytes[bytes.len() - 3]) && !third_person_et);
    let second_person = word.len() >= 5 && (word.ends_with("esh") || word.ends_with("ish"));
    let reflexive = word.len() >= 6
        && (word.ends_with("las") || word.ends_with("los") || word.ends_with("lis"))
        || word.len() >= 5 && word.ends_with("yus");
    let final_zn = word.len() >= 4 && word.ends_with("zn");
    if infinitive || second_person || reflexive || final_zn {
        out.extend_from_slice("ь".as_bytes());
    }
}

/// A text's Cyrillic letters written in Latin ones, as chat without a Cyrillic keyboard writes
/// them (`ты урод` as `ty urod`, `журналистов` as `zhurnalistov`; the soft and hard signs
/// left out, `й` and `ы` both `y`): the way back of `write_cyrillic`, which `tribune eval
/// --latin` takes to measure how Russian so written is read.
pub fn in_latin_letters(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let latin = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ё' => "yo",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' | 'ы' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                out.push(c);
                continue;
            }
        };
        let mut letters = latin.chars();
        if lower != c {
            // A capital: the first Latin letter of it is one too.
            out.extend(letters.next().map(|l| l.to_ascii_uppercase()));
        }
        out.extend(letters);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cyrillic(word: &str) -> String {
        let mut out = Vec::new();
        write_cyrillic(word, &mut out);
        String::from_utf8(out).expect("Cyrillic is written as UTF-8")
    }

    #[test]
    fn chat_spellings_are_read_in_cyrillic() {
        for (latin, read) in [
            ("tebya", "тебя"),
            ("etoy", "этой"),
            ("elektrichke", "электричке"),
            ("ekonomika", "экономика"),
            ("esli", "если"),
            ("emu", "ему"),
            ("mozhet", "может"),
            ("khochet", "хочет"),
            ("nochyu", "ночью"),
            ("tupoy", "тупой"),
            ("shlyukha", "шлюха"),
            ("zhurnalistov", "журналистов"),
            ("zhivotnye", "животные"),
            ("veshat", "вешать"),
            ("eshche", "еще"),
            ("yesli", "если"),
            ("ubey", "убей"),
            ("ubyu", "убью"),
            ("pribyom", "прибьем"),
            ("kompyuter", "компьютер"),
            ("byuro", "бюро"),
            ("urod", "урод"),
            ("ty", "ты"),
            ("sluchitsya", "случится"),
            ("zhal", "жаль"),
            ("babi", "бабы"),
            ("zhivesh", "живешь"),
            ("pozhaleesh", "пожалеешь"),
            ("vypei", "выпей"),
            ("davai", "давай"),
            ("zakroi", "закрой"),
            ("nahui", "нахуй"),
            ("tvoi", "твои"),
            ("ili", "или"),
            ("rabotaet", "работает"),
            ("umeet", "умеет"),
            ("smotret", "смотреть"),
            ("budet", "будет"),
            ("zhivet", "живет"),
            ("privet", "привет"),
            ("sobyet", "собьет"),
            ("novye", "новые"),
            ("podavilas", "подавилась"),
            ("rodilis", "родились"),
            ("nadeyus", "надеюсь"),
            ("zhizn", "жизнь"),
            ("est", "есть"),
            ("semya", "семья"),
        ] {
            assert_eq!(cyrillic(latin), read, "{latin}");
        }
    }

    #[test]
    fn cyrillic_is_written_as_chat_writes_it_and_read_back() {
        assert_eq!(
            in_latin_letters("Ты урод, журналист!"),
            "Ty urod, zhurnalist!"
        );
        assert_eq!(in_latin_letters("Щука и ёж"), "Shchuka i yozh");
        assert_eq!(in_latin_letters("Привет, world"), "Privet, world");
        for word in [
            "журналистов",
            "надо",
            "вешать",
            "тебя",
            "шлюха",
            "тупой",
            "если",
        ] {
            assert_eq!(cyrillic(&in_latin_letters(word)), word);
        }
    }

    #[test]
    fn only_russian_texts_are_read_so() {
        let russian = |t: &str| reads_as_russian(t.split_whitespace());
        assert!(russian("ty urod i mat tvoya"));
        assert!(russian("zhurnalistov nado veshat"));
        assert!(russian("ya tebya lyublyu spasibo za statyu"));
        // (Words shaped as only such Russian shapes them.)
        assert!(russian("glupyy russkiy zhurnalist"));
        assert!(russian("tsygane rozhdayutsya vorami"));
        assert!(!russian("the sky is grey over gokhan's farm"));
        assert!(!russian("the minister said the plan is dead"));
        assert!(!russian("you know what to do with it"));
        assert!(!russian("nado is a river in the north"));
        assert!(!russian("bu yazar cok iyi bir insan"));
        assert!(!russian("hello kitty"));
    }
}
