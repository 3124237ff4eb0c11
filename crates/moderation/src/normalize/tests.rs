use super::words::MASKED_WORDS;
use super::*;

fn words(text: &str) -> Vec<String> {
    let n = Normalized::new(text);
    n.words()
        .iter()
        .map(|w| n.slice(w.chars.clone()).iter().map(|c| c.ch).collect())
        .collect()
}

#[test]
fn folds_case_lookalikes_and_invisibles() {
    assert_eq!(words("Héllo WORLD"), ["hello", "world"]);
    assert_eq!(words("f\u{200b}u\u{00ad}c\u{2060}k"), ["fuck"]);
    assert_eq!(words("ｆｕｃｋ"), ["fuck"]);
    assert_eq!(words("𝐟𝐮𝐜𝐤"), ["fuck"]);
    assert_eq!(words("fսсk"), ["fuck"], "Armenian u and Cyrillic c");
}

#[test]
fn undoes_leet_only_inside_words() {
    assert_eq!(
        words("h4t3 sh!t $100 2020"),
        ["hate", "shit", "$100", "2020"]
    );
    assert_eq!(words("wow!!"), ["wow"]);
}

#[test]
fn joins_spelled_out_words_and_splits_punctuation() {
    assert_eq!(words("f.u.c.k"), ["fuck"]);
    assert_eq!(words("f_u_c_k off"), ["fuck", "off"]);
    assert_eq!(words("well-known, really"), ["well", "known", "really"]);
    assert_eq!(words("you b.i.t.c.h!"), ["you", "bitch"]);
    assert_eq!(words("c.u.n.t!!"), ["cunt"]);
    assert_eq!(words("a.s.s wow!"), ["ass", "wow"]);
    // Brackets around each letter; a bracket that holds more, or a smiley, is leet `c`.
    assert_eq!(words("you (c)(u)(n)(t)"), ["you", "cunt"]);
    assert_eq!(words("(b)(i)(t)(c)(h)!"), ["bitch"]);
    assert_eq!(words("see (a), (b) and (c)"), ["see", "a", "b", "and", "c"]);
    assert_eq!(words("(ock"), ["cock"]);
}

#[test]
fn reads_two_strokes_in_a_row_as_a_double_l() {
    assert_eq!(words("I will ki11 you"), ["i", "will", "kill", "you"]);
    assert_eq!(
        words("ki||ed them, kiII them"),
        ["killed", "them", "kill", "them"]
    );
    assert_eq!(
        words("sh1t b1tch WWII III iPhone 1111"),
        ["shit", "bitch", "wwii", "iii", "iphone", "1111"]
    );
}

#[test]
fn fills_masks_that_hide_one_masked_word() {
    assert_eq!(words("you st*pid c*nt"), ["you", "stupid", "cunt"]);
    assert_eq!(words("b***h a**hole sh!t"), ["bitch", "asshole", "shit"]);
    assert_eq!(words("Holy sh*t"), ["holy", "shit"]);
    assert_eq!(words("are you st*pid??"), ["are", "you", "stupid**"]);
    // Two words fit, too many masks, the F word, a mask first, or no word fits.
    assert_eq!(
        words("s**t f*** f*ck *ss wh*t?"),
        ["s**t", "f***", "f*ck", "ss", "wh*t*"]
    );
}

proptest::proptest! {
    #[test]
    fn whitespace_chunks_cut_where_split_inclusive_cuts(
        text in "([a-z ]|\\s|\\PC|[\u{85}\u{a0}\u{2000}-\u{200b}\u{3000}]){0,40}"
    ) {
        let ours: Vec<&str> = whitespace_chunks(&text).collect();
        let std: Vec<&str> = text.split_inclusive(char::is_whitespace).collect();
        proptest::prop_assert_eq!(ours, std);
    }
}

#[test]
fn reads_cyrillic_digits_between_consonants_as_vowels() {
    assert_eq!(
        words("Журн4л1стов н4д0 в3ш4ть"),
        ["журналистов", "надо", "вешать"]
    );
    assert_eq!(words("ты ч3рвь, мр4зь"), ["ты", "червь", "мразь"]);
    // Cyrillic leetspeak's own, a consonant on one side only: `4то` is `что`, `3десь` is
    // `здесь`.
    assert_eq!(words("4то 3десь"), ["что", "здесь"]);
}

#[test]
fn joins_a_masked_word_cut_apart_by_punctuation() {
    assert_eq!(words("you are st-u-pid"), ["you", "are", "stupid"]);
    assert_eq!(words("an id.iot, a b_itch"), ["an", "idiot", "a", "bitch"]);
    assert_eq!(words("what a dumb-ass"), ["what", "a", "dumbass"]);
    assert_eq!(words("fa:)g:)got"), ["faggot"]);
    // (Turkish too, and a burning masked: `h4y.v4n`, `b*rn d*wn`.)
    assert_eq!(words("Suriyeliler h4y.v4n"), ["suriyeliler", "hayvan"]);
    assert_eq!(
        words("b*rn d*wn that newsroom"),
        ["burn", "down", "that", "newsroom"]
    );
    // An apostrophe, a number, a gap too wide, or letters that make no such word.
    assert_eq!(words("he'll"), ["he", "ll"]);
    assert_eq!(words("prick`s"), ["prick", "s"]);
    assert_eq!(words("71,75"), ["71", "75"]);
    assert_eq!(words("st----upid"), ["st", "upid"]);
    assert_eq!(words("well-known"), ["well", "known"]);
    assert_eq!(
        MASKED_WORDS.split_whitespace().map(str::len).max(),
        Some(LONGEST_MASKED_WORD)
    );
}

#[test]
fn joins_a_masked_word_cut_in_two_by_a_space() {
    assert_eq!(words("you are stu pid"), ["you", "are", "stupid"]);
    assert_eq!(words("an id iot"), ["an", "idiot"]);
    assert_eq!(words("i will ki ll you"), ["i", "will", "kill", "you"]);
    assert_eq!(words("what a dum bass"), ["what", "a", "dumbass"]);
    // Both halves words of their own (a contraction's tail too), one letter, or more than
    // one space.
    assert_eq!(
        words("the pen is mightier"),
        ["the", "pen", "is", "mightier"]
    );
    assert_eq!(words("dumb ass"), ["dumb", "ass"]);
    assert_eq!(words("as s"), ["as", "s"]);
    assert_eq!(words("he ll be there"), ["he", "ll", "be", "there"]);
    assert_eq!(words("stu  pid"), ["stu", "pid"]);
    assert_eq!(words("Mo Ron played"), ["mo", "ron", "played"]);
    // The joined word is read as one, for the classifier too.
    let n = Normalized::new("you stu pid");
    assert_eq!(n.text_for_classifier(), "you stupid");
}

#[test]
fn reads_a_stroke_as_l_where_it_makes_a_masked_word() {
    assert_eq!(words("you are a sIut"), ["you", "are", "a", "slut"]);
    assert_eq!(words("what a Ioser!"), ["what", "a", "loser"]);
    // A 1 or a | as well.
    assert_eq!(words("The Ho1ocaust"), ["the", "holocaust"]);
    assert_eq!(words("a |oser"), ["a", "loser"]);
    // Words that are words with an i, or make none with an l.
    assert_eq!(
        words("Instead bItch sIt k1ll b1tch"),
        ["instead", "bitch", "sit", "kill", "bitch"]
    );
    assert_eq!(words("SIUT"), ["siut"]);
}

#[test]
fn joins_single_letters_spaced_alike() {
    assert_eq!(
        words("You b e l o n g in a zoo"),
        ["you", "belong", "in", "a", "zoo"]
    );
    assert_eq!(words("K I L L  Y O U"), ["kill", "you"]);
    // A lone letter between wider gaps is a word; two letters between wider gaps are one.
    assert_eq!(
        words("Y O U  A R E  A  D I S G R A C E  T O  U S"),
        ["you", "are", "a", "disgrace", "to", "us"]
    );
    assert_eq!(words("I  L O V E  I T"), ["i", "love", "it"]);
    assert_eq!(words("go d i e!"), ["go", "die"]);
    assert_eq!(words("Y o u suck"), ["you", "suck"]);
    assert_eq!(words("с у к а"), ["сука"]);
    // Standalone words before the spelled-out one stay words.
    assert_eq!(words("you are a c u n t"), ["you", "are", "a", "cunt"]);
    assert_eq!(words("u r a c u n t"), ["u", "r", "a", "cunt"]);
    assert_eq!(words("u r a idiot"), ["u", "r", "a", "idiot"]);
    assert_eq!(words("a s s"), ["ass"]);
    assert_eq!(words("you a s s"), ["you", "ass"]);
    assert_eq!(words("i d i o t"), ["idiot"]);
    // Not spaced alike, not one case, not whole chunks, or too few.
    assert_eq!(words("a, b, c"), ["a", "b", "c"]);
    assert_eq!(words("a b\nc"), ["a", "b", "c"]);
    assert_eq!(
        words("I got a B a while ago"),
        ["i", "got", "a", "b", "a", "while", "ago"]
    );
    assert_eq!(words("that's a b"), ["that", "s", "a", "b"]);
    assert_eq!(words("J K Rowling"), ["j", "k", "rowling"]);
}

#[test]
fn reads_interleaved_symbols_as_separators() {
    assert_eq!(words("f!u!c!k"), ["fuck"]);
    assert_eq!(words("f|u|c|k f+u+c+k f#u#c#k"), ["fuck", "fuck", "fuck"]);
    assert_eq!(words("a$$ f*ck"), ["ass", "f*ck"]);
}

#[test]
fn r14_a_stretched_letter_is_read_once_for_the_classifier() {
    let unstretched = |text: &str| {
        let n = Normalized::new(text);
        let mut out = Vec::new();
        n.unstretched_word(0, &mut out)
            .then(|| String::from_utf8(out).expect("utf-8"))
    };
    assert_eq!(unstretched("Moooron").as_deref(), Some("moron"));
    assert_eq!(
        unstretched("FAAAGGOT").as_deref(),
        Some("faggot"),
        "a double stays"
    );
    assert_eq!(unstretched("урооод").as_deref(), Some("урод"));
    assert_eq!(unstretched("moron"), None);
    assert_eq!(unstretched("too"), None);
}

#[test]
fn reads_turned_letters() {
    assert_eq!(words("ɟuck ʇhis"), ["fuck", "this"]);
}

#[test]
fn reads_text_written_upside_down_backwards() {
    // What upside-down text generators write for "fuck you today!": each word turned
    // and reversed (the words' order too, which the rules do not need).
    assert_eq!(words("¡ʎɐpoʇ noʎ ʞɔnɟ"), ["today", "you", "fuck"]);
    // The span of a word read backwards is still the bytes it came from.
    let n = Normalized::new("so ʞɔnɟ it");
    let fuck = n.words()[1].chars.clone();
    assert_eq!(n.source_span(fuck), (3, 3 + "ʞɔnɟ".len()));
    // A turned letter in a word written the right way up, and words with only letters
    // that read the same both ways, are read as they stand.
    assert_eq!(words("ɟuck pod sıkıntı"), ["fuck", "pod", "sikinti"]);
}

#[test]
fn keeps_cyrillic_words_cyrillic() {
    assert_eq!(words("Пошёл ты"), ["пошел", "ты"]);
    assert_eq!(
        words("сука"),
        ["сука"],
        "all look-alikes, in a Cyrillic text"
    );
    assert_eq!(
        words("xyй"),
        ["хуй"],
        "Latin look-alikes inside a Cyrillic word"
    );
    assert_eq!(words("3ачем"), ["зачем"], "leet digits read as Cyrillic");
    assert_eq!(
        words("Прыгни с мoста"),
        ["прыгни", "с", "моста"],
        "a Latin look-alike slipped into a Cyrillic word of a Cyrillic text"
    );
    assert_eq!(
        words("нравится твоя сock"),
        ["нравится", "твоя", "cock"],
        "a word mostly Latin stays Latin"
    );
    assert_eq!(
        words("what the fuсk, сара"),
        ["what", "the", "fuck", "capa"],
        "Cyrillic look-alikes in an English text"
    );
}

#[test]
fn folds_turkish_letters() {
    assert_eq!(words("Sıkıntı ŞİŞLİ"), ["sikinti", "sisli"]);
}

#[test]
fn keeps_masks() {
    assert_eq!(words("f*ck **bold**"), ["f*ck", "bold**"]);
}

#[test]
fn maps_back_to_original_bytes() {
    let text = "oh fü\u{200b}ck!";
    let n = Normalized::new(text);
    let w = &n.words()[1];
    let (s, e) = n.source_span(w.chars.clone());
    assert_eq!(&text[s..e], "fü\u{200b}ck");
}

#[test]
fn classifier_text_cuts_repeats() {
    let n = Normalized::new("Sooooo STUPIDDDD!!!");
    assert_eq!(n.text_for_classifier(), "soo stupidd");
}

/// The shortcut for plain ASCII words gives what the full steps give, on texts built at
/// random from letters, the punctuation around words, leet, masks, spaces of every kind
/// and Cyrillic.
#[test]
fn plain_words_read_as_the_full_steps_read_them() {
    const PARTS: &[&str] = &[
        "a",
        "B",
        "word",
        "Fuck",
        "f",
        "u",
        "c",
        "k",
        ".",
        ",",
        ";",
        ":",
        "!",
        "?",
        "*",
        "@",
        "4",
        "0",
        "$",
        "-",
        "'",
        "\"",
        " ",
        "  ",
        "\n",
        "\t",
        "\u{0b}",
        "\u{85}",
        "\u{a0}",
        "\u{200b}",
        "хуй",
        "с",
        "ı",
        "é",
        "U.S.A.",
        "f u c k",
        "b.i.t.c.h!",
    ];
    let mut random = crate::test_random::XorShift(0x2545_f491_4f6c_dd1d);
    for _ in 0..20_000 {
        let text: String = (0..random.below(12))
            .map(|_| PARTS[random.below(PARTS.len())])
            .collect();
        let (quick, full) = (
            Normalized::build(&text, true),
            Normalized::build(&text, false),
        );
        assert_eq!(quick.chars(), full.chars(), "{text:?}");
        assert_eq!(quick.words(), full.words(), "{text:?}");
    }
}

#[test]
fn is_letter_agrees_with_unicode() {
    for c in (0..0x3000).filter_map(char::from_u32) {
        assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
    }
}

#[test]
fn collapse_counts_runs() {
    let n = Normalized::new("fuuuckk");
    let c = collapse(n.chars().iter().enumerate());
    assert_eq!(c.text, "fuck");
    assert_eq!(c.counts, [1, 3, 1, 2]);
    assert_eq!(c.char_range(1..4), 1..7);
}

proptest::proptest! {
    #[test]
    fn spans_are_ordered_char_boundaries(text in "\\PC{0,80}") {
        let n = Normalized::new(&text);
        // Only a chunk written upside down is read backwards.
        let turned = text.chars().any(|c| matches!(c, '\u{250}'..='\u{2af}' | 'ᴉ' | 'ƃ'));
        let mut last_start = 0;
        for c in n.chars() {
            let (s, e) = (c.start as usize, c.end as usize);
            proptest::prop_assert!(s < e && e <= text.len());
            proptest::prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            proptest::prop_assert!(s >= last_start || turned);
            last_start = s;
        }
        for w in n.words() {
            let chars = n.slice(w.chars.clone());
            let forward = chars.windows(2).all(|p| p[0].start <= p[1].start);
            let backward = chars.windows(2).all(|p| p[0].start >= p[1].start);
            proptest::prop_assert!(forward || backward);
            let (s, e) = n.source_span(w.chars.clone());
            proptest::prop_assert!(s < e && e <= text.len());
            proptest::prop_assert!(chars
                .iter()
                .all(|c| s <= c.start as usize && c.end as usize <= e));
        }
    }

    #[test]
    fn invisible_characters_change_nothing(words in proptest::collection::vec("[a-z]{1,8}", 1..6), at in 0usize..40) {
        let text = words.join(" ");
        let mut disguised = String::new();
        for (i, c) in text.chars().enumerate() {
            disguised.push(c);
            if i % (at % 5 + 1) == 0 && c != ' ' {
                disguised.push('\u{200b}');
            }
        }
        proptest::prop_assert_eq!(
            Normalized::new(&text).text_for_classifier(),
            Normalized::new(&disguised).text_for_classifier()
        );
    }
}

#[test]
fn keeps_a_contraction_of_two_letters_apart() {
    // `I'd` is "I would", not the word `id`; a word spelled out with more letters is one.
    assert_eq!(words("I'd run"), ["i", "d", "run"]);
    assert_eq!(words("I’m here"), ["i", "m", "here"]);
    assert_eq!(words("U.S. troops"), ["us", "troops"]);
    assert_eq!(words("f'u'c'k"), ["fuck"]);
}

#[test]
fn russian_in_latin_letters_is_read_in_cyrillic_and_points_at_its_own_letters() {
    let text = "Ty urod, i mat tvoya shlyukha.";
    let n = Normalized::new(text);
    let read: Vec<&str> = (0..n.words().len()).map(|i| n.word_as_read(i)).collect();
    assert_eq!(read, ["ты", "урод", "и", "мат", "твоя", "шлюха"]);
    // The chars, and so every span, are the reader's own letters.
    assert_eq!(words(text), ["ty", "urod", "i", "mat", "tvoya", "shlyukha"]);
    let last = n.words()[5].chars.clone();
    let (start, end) = n.source_span(last);
    assert_eq!(&text[start..end], "shlyukha");
    // English, Turkish and Russian in Cyrillic are read as written.
    for text in [
        "You are a fool, nado or not.",
        "Bu yazar idi, ama çok iyi.",
        "Siz niye ona oy veriyorsunuz",
        "Ты урод",
    ] {
        let n = Normalized::new(text);
        let read: Vec<String> = (0..n.words().len())
            .map(|i| n.word_as_read(i).to_owned())
            .collect();
        assert_eq!(read, words(text), "{text}");
    }
}

#[test]
fn turkish_as_chat_cuts_it_is_read_in_full_and_points_at_its_own_letters() {
    let read = |text: &str| -> Vec<String> {
        let n = Normalized::new(text);
        (0..n.words().len())
            .map(|i| n.word_as_read(i).to_owned())
            .collect()
    };
    let text = "Kafanı kırcam, evini biliyom.";
    assert_eq!(read(text), ["kafani", "kiracagim", "evini", "biliyorum"]);
    assert_eq!(words(text), ["kafani", "kircam", "evini", "biliyom"]);
    let n = Normalized::new(text);
    let (start, end) = n.source_span(n.words()[1].chars.clone());
    assert_eq!(&text[start..end], "kırcam");
    // A stretched word too, as its letters once read it.
    let n = Normalized::new("seni öldürcemmm");
    let mut once = Vec::new();
    assert!(n.unstretched_word(1, &mut once));
    assert_eq!(String::from_utf8(once).expect("ASCII"), "oldurecegim");
    // Not in an English text, nor nouns and names in a Turkish one.
    assert_eq!(
        read("The yapican is what they call it"),
        words("The yapican is what they call it")
    );
    assert_eq!(
        read("Özcan bu fincanı sıcak içti"),
        words("Özcan bu fincanı sıcak içti")
    );
}
