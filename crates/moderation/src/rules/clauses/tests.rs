use super::*;

fn clauses(text: &str) -> Vec<String> {
    let n = Normalized::new(text);
    let reading = Reading::new(text, &n);
    reading
        .clauses()
        .map(|c| (0..c.len()).map(|i| c.at(i)).collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn contractions_are_expanded_and_clauses_cut() {
    assert_eq!(
        clauses("I'll go. You won't, but we're here!\nI'd love to"),
        [
            "i will go",
            "you will not",
            "we are here",
            "i would love to"
        ]
    );
    assert_eq!(clauses("my ID card"), ["my id card"]);
}

#[test]
fn stretched_words_read_as_the_words_they_stretch() {
    let harm: Vocabulary = ["kill", "as"].into_iter().collect();
    assert!(harm.reads(Keys::of("kiill", true)), "kiiiill, cut to kiill");
    assert!(!harm.reads(Keys::of("kiill", false)));
    // A word with a double letter is not a stretched one: `ass` is not `as`.
    assert!(!harm.reads(Keys::of("ass", false)));
}

#[test]
fn tagged_words_carry_every_tag_they_were_given_stretched_or_not() {
    let tagged = Tagged::new([("kill", 0), ("you", 1), ("kill", 2)]);
    assert_eq!(tagged.of(Keys::of("kill", false)), 0b101);
    assert_eq!(
        tagged.of(Keys::of("kiill", true)),
        0b101,
        "kiiiill, cut to kiill"
    );
    assert_eq!(tagged.of(Keys::of("you", false)), 0b010);
    assert_eq!(tagged.of(Keys::of("dog", false)), 0);
}

#[test]
fn quoted_words_are_marked() {
    let text = "he wrote \"I will go\" today";
    let n = Normalized::new(text);
    let reading = Reading::new(text, &n);
    let clause = reading.clauses().next().expect("a clause");
    let quoted: Vec<bool> = (0..clause.len()).map(|i| clause.tokens[i].quoted).collect();
    assert_eq!(quoted, [false, false, true, true, true, false]);
}

/// Whether each clause of `text` is given to a speaker named before a colon.
fn voiced(text: &str) -> Vec<bool> {
    voices(text)
        .into_iter()
        .map(|v| v == Voice::Speaker)
        .collect()
}

fn voices(text: &str) -> Vec<Voice> {
    let n = Normalized::new(text);
    let reading = Reading::new(text, &n);
    reading.clauses().map(|c| c.voice).collect()
}

#[test]
fn words_after_a_speaker_and_a_colon_are_the_speaker_s() {
    assert_eq!(
        voiced("Average 40yr old man: um women should stay in the kitchen. Sure."),
        [false, true, false]
    );
    assert_eq!(
        voiced("My uncle at dinner: they are all criminals"),
        [false, true]
    );
    // The writer, a label that is no one, a group told (or caricatured), a long clause.
    assert_eq!(voiced("Me: you are an idiot"), [false, false]);
    assert_eq!(voiced("Fact: they are all criminals"), [false, false]);
    assert_eq!(voiced("Hey, troll: you are a liar"), [false, false]);
    assert_eq!(voiced("Dear boomers: you ruined it"), [false, false]);
    assert_eq!(voiced("Muslim men: go home"), [false, false]);
    assert_eq!(
        voiced("I told the man who runs the shop next door: you are a thief"),
        [false, false]
    );
    assert_eq!(voiced("The man left. Then: nothing"), [false, false, false]);
    // Told to a group named alone before a colon.
    use Voice::{ToGroup, Writer};
    assert_eq!(voices("Women: know your place"), [Writer, ToGroup]);
    assert_eq!(voices("Hey Muslims: go home"), [Writer, ToGroup]);
    assert_eq!(voices("Muslim women in sport: a report"), [Writer, Writer]);
}

#[test]
fn tags_are_a_hundred_and_twenty_eight_at_most() {
    let tagged = Tagged::new([("alpha", 0), ("omega", 127)]);
    assert_eq!(tagged.of(Keys::of("omega", false)), 1 << 127);
    assert_eq!(tagged.of(Keys::of("alpha", false)), 1);
    // Refused by its own check, in every build (a debug build's shift would panic anyway, a
    // release build's would wrap to the first bit).
    let too_many = std::panic::catch_unwind(|| Tagged::new([("one", 128)]));
    let message = too_many.err().and_then(|e| e.downcast::<String>().ok());
    assert!(message.is_some_and(|m| m.contains("128 tags at most")));
}

/// Each clause's `asked`, in order.
fn asked(text: &str) -> Vec<bool> {
    let n = Normalized::new(text);
    Reading::new(text, &n).clauses().map(|c| c.asked).collect()
}

#[test]
fn a_question_mark_closing_the_text_asks_its_last_clause() {
    // Normalization keeps a `?` in the word before it (it may mask a letter, `f?ck`); after
    // the last letter it closes a question, at the text's end as between clauses.
    assert_eq!(asked("Your kids walk to school alone?"), [true]);
    assert_eq!(asked("Твои дети ходят в школу одни?"), [true]);
    assert_eq!(asked("Do they? They do."), [true, false]);
    assert_eq!(asked("They do. Do they ?"), [false, true]);
    assert_eq!(asked("They walk alone."), [false]);
}
