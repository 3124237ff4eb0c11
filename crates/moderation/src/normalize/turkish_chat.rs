//! Turkish as chat writes it: the future's `-acağım` cut to `-cam` (`kırcam`, `öldürücem`,
//! `gidicez`, `olucak`) and the present's `-yor` without its `r` (`biliyom`, `geliyo`,
//! `utanıyodur`). In a Turkish text such words are read in full (`kıracağım`, `biliyorum`,
//! folded: `kiracagim`), so that the sentence rules and the classifier see the forms they were
//! made for. The characters, and so the spans of a verdict, stay the reader's own.
//!
//! Words arrive folded (`ı` as `i`, `ö` as `o`, `ğ` as `g`), so the future takes its vowel
//! harmony from the chat ending itself: `-cam` is back (`-acağım`), `-cem` front (`-eceğim`).
//! What stands before the ending tells the verb:
//! - a consonant: the verb (`kır-cam`, `gel-cem`, `öldür-cem`; `git` is `gid-`);
//! - `ı`, `i`, `u` or `ü` after a consonant: a vowel chat puts between the verb and the ending
//!   (`yap-ı-cam`, `ed-i-cem`, `öl-ü-cem`), unless the consonants before it cannot end a
//!   Turkish verb (`izl-i-cem`, `gitm-i-cem`) or end in the negative's `-me`/`-ma`
//!   (`iste-m-i-cem`): then it is the verb's own `e` or `a`, raised (`izleyeceğim`,
//!   `gitmeyeceğim`, `istemeyeceğim`);
//! - such a vowel and a `y` (`ağlı-y-cam`, `söyli-y-cem`): the verb's `a` or `e`, raised;
//! - `de` and `ye` as chat writes them (`di-cem`, `yi-cem`), and the few verbs that end in
//!   such a vowel (`oku-`, `uyu-`, `taşı-`): the verb, with the `y` it takes before the ending.
//!
//! The endings that nouns share are read only where no noun takes them: the third person's
//! `-cak` (`gerçek`, `alçak`, `bıçak`, `sıcak` are no verbs) needs a vowel put between
//! (`olucak`; but `olcak`, the commonest, is read too); the second person's short `-can` a
//! raised vowel and its `y` (`vermiycen`; not `fincan`, `patlıcan`, `solucan`, "worm", nor names
//! such as `Özcan`, `Alican`), though its front `-cen` after a consonant is read (`vercen`);
//! and a one-letter stem is none but `de` or `ye` (`ricam`, `çiçeğim` are "my request" and "my
//! flower").

/// How a text's words are read as Turkish function words and English ones: what tells the
/// language of a text written in Latin letters. The classifier's own copy of a language's
/// features ([`crate::classifier`]) is decided by the same words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FunctionWord {
    English,
    Turkish,
}

/// Whether `word` (folded, lowercase) is one of the commonest function words of English or of
/// Turkish.
#[rustfmt::skip]
#[inline]
pub(crate) fn function_word(word: &[u8]) -> Option<FunctionWord> {
    match word {
        b"the" | b"and" | b"is" | b"you" | b"to" | b"of" | b"a" | b"i" | b"that" | b"it"
        | b"in" | b"for" | b"not" | b"this" | b"are" | b"be" | b"have" | b"was" | b"on"
        | b"with" | b"my" | b"your" | b"me" | b"he" | b"she" | b"they" | b"we"
        | b"what" => Some(FunctionWord::English),
        b"ve" | b"bir" | b"bu" | b"icin" | b"cok" | b"ama" | b"gibi" | b"daha" | b"kadar"
        | b"degil" | b"yok" | b"diye" | b"sey" | b"olan" | b"ile" | b"mi" | b"mu" | b"ki"
        | b"sen" | b"ben" | b"beni" | b"seni" | b"bi" | b"misin" | b"musun" | b"bunu"
        | b"sana" | b"bana" | b"onun" | b"neden" | b"nasil" | b"simdi" | b"hic" | b"hep"
        | b"artik" | b"bile" | b"zaten" | b"sadece" | b"olarak" | b"olsun" | b"oldu" | b"iyi"
        | b"var" => Some(FunctionWord::Turkish),
        _ => None,
    }
}

/// Whether words, as read, are Turkish: more Turkish function words and words chat cut
/// (`biliyom`) than English function words, or a letter only Turkish writes (`ı`, `ş`, `ğ`) and
/// no fewer. An English text is told within its first few words, and the words chat cut are
/// only looked for where the function words leave the question open.
pub(super) fn reads_as_turkish<'a>(
    words: impl Iterator<Item = &'a str> + Clone,
    turkish_letters: bool,
) -> bool {
    let (mut english, mut turkish) = (0u32, 0u32);
    for word in words.clone() {
        match function_word(word.as_bytes()) {
            Some(FunctionWord::English) => {
                english += 1;
                if english >= 3 && english > 2 * turkish {
                    return false;
                }
            }
            Some(FunctionWord::Turkish) => turkish += 1,
            None => {}
        }
    }
    let turkish_by = |turkish: u32| turkish > english || turkish_letters && turkish >= english;
    if turkish_by(turkish) {
        return true;
    }
    let mut scratch = Vec::new();
    let cut = words
        .filter(|word| {
            scratch.clear();
            write_full(word, &mut scratch)
        })
        .count();
    turkish_by(turkish + cut as u32)
}

/// Appends `word` (folded lowercase letters) in full if chat cut it, and says whether it did;
/// a word in other letters than Latin ones is none.
pub(super) fn write_full(word: &str, out: &mut Vec<u8>) -> bool {
    word.is_ascii() && (write_future(word, out) || write_present(word, out))
}

/// Which person a future's ending is, as far as it tells the verb from a noun.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Person {
    /// `-cam`, `-caz`: no noun ends so after a verb's consonant.
    First,
    /// `-caksın`, `-caksınız`, as the full form spells them.
    Second,
    /// `-can`, `-canız`: also names (`Özcan`) and nouns (`fincan`).
    SecondShort,
    /// `-cak`, `-caklar`: also nouns (`gerçek`, `alçak`, `bıçak`).
    Third,
}

/// The future's endings as chat writes them, after `c` and the harmony's vowel, and what follows
/// that vowel in the full form (folded; `V` is the vowel): `-cam` is `-acağım` (`a`, `c`, `a`,
/// then `gim`). Longest first.
const FUTURE: &[(&str, &str, Person)] = &[
    ("ksiniz", "ksiniz", Person::Second),
    ("ksin", "ksin", Person::Second),
    ("klVr", "klVr", Person::Third),
    ("gim", "gim", Person::First),
    ("giz", "giz", Person::First),
    ("niz", "ksiniz", Person::SecondShort),
    ("m", "gim", Person::First),
    ("z", "giz", Person::First),
    ("n", "ksin", Person::SecondShort),
    ("k", "k", Person::Third),
];

/// Words whose ending looks like the future's and which are nouns (`düşüncem`, "my thought";
/// `amcam`, "my uncle"; `tabancam`, "my pistol"; `çabucak`, "quickly").
const NOT_VERBS: &[&str] = &[
    "dusunce",
    "amca",
    "tabanca",
    "bahce",
    "eglence",
    "fenerbahce",
    "cabucak",
    "yavrucak",
    "gercek",
];

/// Verbs that end in `ı`, `i`, `u` or `ü` of their own (`okuyacağım`, `taşıyacak`), which chat
/// writes as it writes a vowel put between (`okucam`, `taşıycak`).
const OWN_VOWEL: &[&str] = &[
    "oku", "uyu", "yuru", "suru", "buyu", "curu", "kuru", "tasi", "tani", "aci", "kazi", "koru",
];

/// Verbs that end in `y` (`giyeceğim`, `koyacağız`), not a vowel's `y` (`ağlıycam`).
const Y_VERBS: &[&str] = &["giy", "koy", "duy", "doy", "soy", "uy", "say"];

/// Two consonants a Turkish verb may end in (`kalk-`, `ölç-`, `yırt-`, `gebert-`); before a
/// vowel chat puts between, any other two (`izl-`, `gitm-`) are the verb's raised `e` or `a`.
const VERB_CLUSTERS: &[&str] = &["rt", "rk", "rp", "rs", "rc", "lk", "lc", "lt", "nt", "nk"];

/// Verbs whose last `t` is a `d` before a vowel (`gideceğim`, `edeceğim`), as chat leaves it
/// (`gitcem`).
const SOFTENED: &[(&str, &str)] = &[
    ("git", "gid"),
    ("et", "ed"),
    ("kaybet", "kaybed"),
    ("terket", "terked"),
    ("affet", "affed"),
    ("hallet", "halled"),
    ("reddet", "redded"),
    ("hisset", "hissed"),
    ("seyret", "seyred"),
];

/// The verb before a future's ending.
enum Verb<'a> {
    /// Ending in a consonant: the ending follows (`kır` + `acağım`).
    Consonant(&'a str),
    /// Ending in a vowel, this one raised by chat to `ı`/`i`/`u`/`ü` and given back: a `y`
    /// comes between (`izle` + `y` + `eceğim`).
    Raised(&'a str),
    /// Ending in a vowel of its own (`oku`, `di` for `de`).
    Vowel(&'a str),
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn is_high_vowel(b: u8) -> bool {
    matches!(b, b'i' | b'u')
}

/// The verb before a future's ending (`before`: what precedes `c` and the harmony's `vowel`),
/// if it is one.
fn verb_before(before: &str, person: Person, vowel: u8) -> Option<Verb<'_>> {
    let b = before.as_bytes();
    let n = b.len();
    if n < 2 {
        return None;
    }
    if Y_VERBS.contains(&before) {
        return (person != Person::Third && person != Person::SecondShort)
            .then_some(Verb::Consonant(before));
    }
    if b[n - 1] == b'y' && is_high_vowel(b[n - 2]) {
        // (`diycem`, `okuycam`; `ağlıycam`.)
        let vowel = &before[..n - 1];
        return Some(
            if matches!(vowel, "di" | "yi") || OWN_VOWEL.contains(&vowel) {
                Verb::Vowel(vowel)
            } else {
                Verb::Raised(&before[..n - 2])
            },
        );
    }
    if OWN_VOWEL.contains(&before) {
        return Some(Verb::Vowel(before));
    }
    if is_high_vowel(b[n - 1]) && !is_vowel(b[n - 2]) {
        let stem = &before[..n - 1];
        if matches!(stem, "d" | "y") {
            return matches!(person, Person::First | Person::SecondShort)
                .then_some(Verb::Vowel(before));
        }
        if stem.len() < 2 || person == Person::SecondShort {
            return None;
        }
        let s = stem.as_bytes();
        let (last, second) = (s[s.len() - 1], s[s.len() - 2]);
        let cluster = !is_vowel(second) && !VERB_CLUSTERS.contains(&&stem[stem.len() - 2..]);
        let negative = last == b'm' && matches!(second, b'a' | b'e');
        if cluster || negative {
            return Some(Verb::Raised(stem));
        }
        return Some(Verb::Consonant(stem));
    }
    if !is_vowel(b[n - 1]) {
        let cluster = !is_vowel(b[n - 2]) && !VERB_CLUSTERS.contains(&&before[n - 2..]);
        // (The third person only for `ol`, `olcak`, the commonest, which no noun ends as; the
        // short second person only front: `vercen`, `görcen`; `-can` is `fincan`, `Özcan`.)
        let noun_like = person == Person::Third && before != "ol"
            || person == Person::SecondShort && vowel == b'a';
        if cluster || noun_like {
            return None;
        }
        return Some(Verb::Consonant(before));
    }
    None
}

/// [`write_full`] for the future: the ending is the word's last `c`, the harmony's vowel and
/// one of [`FUTURE`]'s tails (none of which holds a `c`).
fn write_future(word: &str, out: &mut Vec<u8>) -> bool {
    let Some(c) = word.rfind('c') else {
        return false;
    };
    let (before, ending) = word.split_at(c);
    let vowel = match ending.as_bytes().get(1) {
        Some(&vowel @ (b'a' | b'e')) => vowel,
        _ => return false,
    };
    let rest = &ending.as_bytes()[2..];
    let Some(&(_, full, person)) = FUTURE.iter().find(|(tail, ..)| {
        tail.len() == rest.len()
            && tail
                .bytes()
                .zip(rest)
                .all(|(t, &r)| if t == b'V' { r == vowel } else { t == r })
    }) else {
        return false;
    };
    if NOT_VERBS.iter().any(|noun| word.starts_with(noun)) {
        return false;
    }
    let Some(verb) = verb_before(before, person, vowel) else {
        return false;
    };
    match verb {
        Verb::Consonant(stem) => {
            let stem = SOFTENED
                .iter()
                .find(|(plain, _)| *plain == stem)
                .map_or(stem, |(_, soft)| soft);
            out.extend_from_slice(stem.as_bytes());
        }
        Verb::Raised(stem) => {
            out.extend_from_slice(stem.as_bytes());
            out.extend_from_slice(&[vowel, b'y']);
        }
        Verb::Vowel(stem) => {
            out.extend_from_slice(stem.as_bytes());
            out.push(b'y');
        }
    }
    out.extend_from_slice(&[vowel, b'c', vowel]);
    out.extend(full.bytes().map(|b| if b == b'V' { vowel } else { b }));
    true
}

/// The present's endings after `yo` as chat writes them (`-yom`, `-yosun`), and after `yor` in
/// full (`-yorum`, `-yorsun`). Not the second person's `-yon` (`şampiyon`, `aksiyon`).
const PRESENT: &[(&str, &str)] = &[
    ("sunuz", "sunuz"),
    ("nuz", "sunuz"),
    ("sun", "sun"),
    ("lar", "lar"),
    ("dur", "dur"),
    ("dum", "dum"),
    ("dun", "dun"),
    ("duk", "duk"),
    ("mus", "mus"),
    ("du", "du"),
    ("sa", "sa"),
    ("m", "um"),
    ("z", "uz"),
    ("", ""),
];

/// [`write_full`] for the present: `-yo` after `ı`, `i`, `u` or `ü` (`biliyom`, `geliyo`), its
/// `y` the word's last (no tail of [`PRESENT`] holds one).
fn write_present(word: &str, out: &mut Vec<u8>) -> bool {
    let Some(y) = word.rfind('y') else {
        return false;
    };
    let (before, ending) = word.split_at(y);
    let Some(tail) = ending.strip_prefix("yo") else {
        return false;
    };
    let Some(&(_, full)) = PRESENT.iter().find(|(t, _)| *t == tail) else {
        return false;
    };
    if before.len() < 2 || !is_high_vowel(before.as_bytes()[before.len() - 1]) {
        return false;
    }
    out.extend_from_slice(before.as_bytes());
    out.extend_from_slice(b"yor");
    out.extend_from_slice(full.as_bytes());
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(word: &str) -> Option<String> {
        let mut out = Vec::new();
        write_full(word, &mut out).then(|| String::from_utf8(out).expect("ASCII"))
    }

    #[test]
    fn the_future_as_chat_cuts_it_is_read_in_full() {
        for (chat, read) in [
            ("kircam", "kiracagim"),
            ("oldurcem", "oldurecegim"),
            ("oldurucem", "oldurecegim"),
            ("gelcem", "gelecegim"),
            ("bulcam", "bulacagim"),
            ("yapicam", "yapacagim"),
            ("edicem", "edecegim"),
            ("gidicez", "gidecegiz"),
            ("gitcem", "gidecegim"),
            ("olucak", "olacak"),
            ("olcak", "olacak"),
            ("olcaklar", "olacaklar"),
            ("gelicek", "gelecek"),
            ("vermiycen", "vermeyeceksin"),
            ("vercen", "vereceksin"),
            ("gorcen", "goreceksin"),
            ("olcaksin", "olacaksin"),
            ("vercez", "verecegiz"),
            ("dagitcam", "dagitacagim"),
            ("gebertcem", "gebertecegim"),
            // A verb's own vowel, raised: `izle`, `ağla`, the negative's `-me`.
            ("izlicem", "izleyecegim"),
            ("aglicam", "aglayacagim"),
            ("agliycam", "aglayacagim"),
            ("gitmicem", "gitmeyecegim"),
            ("istemicem", "istemeyecegim"),
            ("olmicak", "olmayacak"),
            // `de`, `ye` and the verbs that end in such a vowel.
            ("dicem", "diyecegim"),
            ("yiycem", "yiyecegim"),
            ("okuycam", "okuyacagim"),
            ("uyucam", "uyuyacagim"),
            ("giycem", "giyecegim"),
            ("koycaz", "koyacagiz"),
        ] {
            assert_eq!(full(chat).as_deref(), Some(read), "{chat}");
        }
    }

    #[test]
    fn the_present_without_its_r_is_read_in_full() {
        for (chat, read) in [
            ("geliyo", "geliyor"),
            ("biliyom", "biliyorum"),
            ("biliyoz", "biliyoruz"),
            ("yapiyosun", "yapiyorsun"),
            ("diyonuz", "diyorsunuz"),
            ("utaniyodur", "utaniyordur"),
            ("yapiyolar", "yapiyorlar"),
            ("oluyo", "oluyor"),
        ] {
            assert_eq!(full(chat).as_deref(), Some(read), "{chat}");
        }
    }

    #[test]
    fn words_in_full_nouns_and_names_are_left_as_they_are() {
        for word in [
            // Already in full.
            "kiracagim",
            "oldurecegim",
            "geliyor",
            "biliyorum",
            "yapacaksin",
            // Nouns and names that end like the future or the present.
            "gercek",
            "gerceksin",
            "alcak",
            "bicak",
            "sicak",
            "kucak",
            "oyuncak",
            "fincan",
            "patlican",
            "ozcan",
            "mertcan",
            "heyecan",
            "solucan",
            "yapican",
            "hocam",
            "kocam",
            "amcam",
            "tabancam",
            "bahcem",
            "eglencem",
            "ricam",
            "cicegim",
            "dusuncem",
            "sampiyon",
            "aksiyon",
            "radyo",
            "studyo",
            // English.
            "because",
            "once",
            "yo",
        ] {
            assert_eq!(full(word), None, "{word}");
        }
    }

    #[test]
    fn only_turkish_texts_are_read_so() {
        let turkish = |t: &str, letters| reads_as_turkish(t.split_whitespace(), letters);
        assert!(turkish("seni bulcam", false));
        assert!(turkish("kafani kircam", true));
        assert!(turkish("bu adam ne diyo ya", false));
        assert!(turkish("evini biliyom geliyom", false));
        assert!(!turkish("my webcam is broken", false));
        assert!(!turkish("the mayor said he is coming", false));
        assert!(!turkish(
            "you and your boss are a disgrace to this city",
            true
        ));
        assert!(!turkish("ozcan", false));
    }
}
