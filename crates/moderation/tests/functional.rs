//! The shipped model on Tribune's functional suite (`fixtures/functional.csv`, written by
//! `scripts/functional-suite.py`): floors a few points under the figures of
//! docs/benchmarks.md, so that a retrained model that loses what the suite measures fails
//! here before it ships. These are regression guards, not the goals. The rules that
//! read the shape of a sentence are also held to their figures on `fixtures/threats.txt`,
//! `fixtures/group-attacks.txt`, `fixtures/stereotypes.txt` and
//! `fixtures/incitement-exclusion.txt`, sentences written before the rules that read them.

use std::collections::HashMap;

use moderation::{Decision, Policy, RuleId, Verdict};

/// Share of cases decided right, per (functionality or language part, label).
fn scores() -> HashMap<(String, bool), (usize, usize)> {
    let policy = Policy::default_rules().expect("default policy");
    let mut reader = csv::Reader::from_reader(include_str!("fixtures/functional.csv").as_bytes());
    let mut scores: HashMap<(String, bool), (usize, usize)> = HashMap::new();
    for record in reader.records() {
        let record = record.expect("a CSV row");
        let (functionality, lang, label, text) = (&record[0], &record[1], &record[2], &record[3]);
        let hateful = label == "1";
        let flagged = policy.evaluate(text).decision != Decision::Allow;
        for key in [
            format!("{lang} {functionality}"),
            format!("{lang} all"),
            "all".to_owned(),
        ] {
            let entry = scores.entry((key, hateful)).or_default();
            entry.0 += usize::from(flagged == hateful);
            entry.1 += 1;
        }
    }
    scores
}

#[test]
fn r14_the_shipped_model_keeps_its_functional_suite_figures() {
    let scores = scores();
    let share = |key: &str, hateful: bool| {
        let (right, all) = scores[&(key.to_owned(), hateful)];
        right as f64 / all as f64
    };
    let floors = [
        ("all", true, 0.95),
        ("all", false, 0.98),
        ("en all", true, 0.95),
        ("ru all", true, 0.90),
        ("tr all", true, 0.90),
        ("en threat_targeted", true, 0.85),
        ("en threat_against_group", true, 0.95),
        ("en threat_words_civil", false, 0.97),
        ("en dehumanisation", true, 0.97),
        ("en identity_attack", true, 0.95),
        ("en heated_politics", false, 0.99),
        ("en counter_speech", false, 0.97),
        ("en negated_hate", false, 0.97),
        ("en neutral_identity", false, 0.97),
        ("ru all", false, 0.97),
        ("tr all", false, 0.97),
    ];
    let below: Vec<String> = floors
        .iter()
        .filter(|(key, hateful, floor)| share(key, *hateful) < *floor)
        .map(|(key, hateful, floor)| {
            format!(
                "{key} ({}): {:.3} < {floor}",
                if *hateful { "hateful" } else { "non-hateful" },
                share(key, *hateful)
            )
        })
        .collect();
    assert!(below.is_empty(), "below the floor: {below:#?}");
}

#[test]
fn r14_swearing_at_nobody_is_not_refused_and_groups_are_read_alike() {
    let policy = Policy::default_rules().expect("default policy");
    let decision = |text: &str| policy.evaluate(text).decision;
    assert_ne!(
        decision("Shit, I missed the deadline again."),
        Decision::Refuse
    );
    assert_eq!(
        decision("Holy crap, the turnout figures are huge."),
        Decision::Allow
    );
    for group in ["Kurds", "Armenians", "Muslims", "Poles"] {
        assert_ne!(
            decision(&format!("{group} are vermin.")),
            Decision::Allow,
            "{group}"
        );
        assert_eq!(
            decision(&format!("I am proud to stand with the {group}.")),
            Decision::Allow,
            "{group}"
        );
    }
}

/// The lines of a `label|text` fixture: (attack, text).
fn fixture(text: &'static str) -> impl Iterator<Item = (bool, &'static str)> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('|'))
        .map(|(label, text)| (label == "1", text))
}

/// A fixture read by the shipped house rules: (attacks, attacks held or refused, the civil
/// lines whose verdict `misread` says misreads them).
fn read_fixture(
    text: &'static str,
    misread: impl Fn(&Verdict) -> bool,
) -> (usize, usize, Vec<&'static str>) {
    let policy = Policy::default_rules().expect("default policy");
    let (mut attacks, mut held, mut misread_lines) = (0, 0, Vec::new());
    for (attack, text) in fixture(text) {
        let verdict = policy.evaluate(text);
        if attack {
            attacks += 1;
            held += usize::from(held_or_refused(&verdict));
        } else if misread(&verdict) {
            misread_lines.push(text);
        }
    }
    (attacks, held, misread_lines)
}

/// Reads a fixture every attack of which must be held or refused, whichever rule says so:
/// checks that it has `attacks` of them and that each is held or refused, and gives the
/// civil lines held or refused.
fn civil_held_when_every_attack_is_held(text: &'static str, attacks: usize) -> Vec<&'static str> {
    civil_held_when_attacks_are_held(text, attacks, attacks)
}

/// Reads a fixture whose attacks must be held or refused, whichever rule says so: checks that
/// it has `attacks` of them and that at least `at_least` are held or refused, and gives the
/// civil lines held or refused.
fn civil_held_when_attacks_are_held(
    text: &'static str,
    attacks: usize,
    at_least: usize,
) -> Vec<&'static str> {
    let (read, held, civil_held) = read_fixture(text, held_or_refused);
    assert_eq!(read, attacks, "the fixture's attacks");
    assert!(
        held >= at_least,
        "{held} of {attacks} attacks held or refused"
    );
    civil_held
}

/// Whether a verdict holds or refuses the text, whichever rule says so.
fn held_or_refused(verdict: &Verdict) -> bool {
    verdict.decision != Decision::Allow
}

/// Whether a verdict names `rule`.
fn names(rule: RuleId) -> impl Fn(&Verdict) -> bool {
    move |verdict| verdict.reasons.iter().any(|r| r.rule == rule)
}

#[test]
fn r14_a_comment_that_only_names_a_group_is_published() {
    // Each of these scored 0.97 and was refused until the classifier was trained with contrast
    // cases that name a group and say nothing of it (session 43); none of these groups is
    // among those cases.
    let policy = Policy::default_rules().expect("default policy");
    for text in [
        "Armenians",
        "women",
        "Jews?",
        "Muslims.",
        "Ermeniler",
        "Kürtler",
        "евреи",
    ] {
        let verdict = policy.evaluate(text);
        assert_eq!(verdict.decision, Decision::Allow, "{text}: {verdict:?}");
    }
}

#[test]
fn r14_threats_written_after_the_rule_are_held_and_their_look_alikes_are_not_read_as_threats() {
    let (threats, held, false_alarms) =
        read_fixture(include_str!("fixtures/threats.txt"), names(RuleId::Threat));
    assert_eq!(threats, 60, "the fixture's threats");
    // 53 of 60 on 2026-12-01 (22 without the threat rule).
    assert!(held >= 51, "{held} of {threats} threats held or refused");
    assert!(
        false_alarms.is_empty(),
        "read as threats: {false_alarms:#?}"
    );
}

#[test]
fn r14_attacks_on_groups_written_before_the_rule_are_held_and_their_look_alikes_are_not() {
    let (attacks, held, false_alarms) = read_fixture(
        include_str!("fixtures/group-attacks.txt"),
        names(RuleId::IdentityAttack),
    );
    assert_eq!(attacks, 30, "the fixture's attacks");
    // 29 of 30 on 2026-12-01 (15 without the identity-attack rule).
    assert!(held >= 27, "{held} of {attacks} attacks held or refused");
    assert!(
        false_alarms.is_empty(),
        "read as attacks on a group: {false_alarms:#?}"
    );
}

#[test]
fn r14_stereotypes_calls_to_wipe_out_and_wished_diseases_are_held_and_their_look_alikes_are_not_read_so(
) {
    let (attacks, held, false_alarms) =
        read_fixture(include_str!("fixtures/stereotypes.txt"), |verdict| {
            names(RuleId::IdentityAttack)(verdict) || names(RuleId::Threat)(verdict)
        });
    assert_eq!(attacks, 40, "the fixture's attacks");
    // 40 of 40 on 2026-12-02 (13 before the rules that read them).
    assert!(held >= 38, "{held} of {attacks} attacks held or refused");
    assert!(
        false_alarms.is_empty(),
        "read as an attack or a threat: {false_alarms:#?}"
    );
}

#[test]
fn r14_urged_self_harm_exclusion_and_veiled_menaces_are_held_and_their_look_alikes_are_not_read_so()
{
    let (attacks, held, false_alarms) = read_fixture(
        include_str!("fixtures/incitement-exclusion.txt"),
        |verdict| names(RuleId::IdentityAttack)(verdict) || names(RuleId::Threat)(verdict),
    );
    assert_eq!(attacks, 40, "the fixture's attacks");
    // 38 of 40 on 2026-12-02 (2 before the rules that read them).
    assert!(held >= 36, "{held} of {attacks} attacks held or refused");
    assert!(
        false_alarms.is_empty(),
        "read as an attack or a threat: {false_alarms:#?}"
    );
}

#[test]
fn r14_ideas_criticised_with_the_words_of_insults_are_published_and_people_insulted_are_not() {
    let (insults, held, held_criticism) = read_fixture(
        include_str!("fixtures/ideas-criticised.txt"),
        held_or_refused,
    );
    assert_eq!(insults, 24, "the fixture's insults");
    // 23 of 24 on 2026-12-02, as before criticism of ideas was read apart.
    assert!(held >= 23, "{held} of {insults} insults held or refused");
    // 17 of 24 held or refused before.
    assert!(
        held_criticism.is_empty(),
        "criticism of ideas held: {held_criticism:#?}"
    );
}

#[test]
fn r14_names_that_are_also_rude_words_are_published_and_the_words_are_not() {
    // 20 of 20 on 2026-12-02, before and after names were read apart.
    let names_held = civil_held_when_every_attack_is_held(include_str!("fixtures/names.txt"), 20);
    // 22 of 30 held or refused before.
    assert!(names_held.is_empty(), "names held: {names_held:#?}");
}

#[test]
fn r14_contractions_are_read_as_the_words_they_stand_for() {
    // 6 of the 40 civil sentences held or refused before the pieces of a contraction were
    // left unread by the classifier ("She's lovely.", obscene 0.90); 10 of 10 attacks both
    // before and after.
    let held = civil_held_when_every_attack_is_held(include_str!("fixtures/contractions.txt"), 10);
    assert!(held.is_empty(), "contractions held: {held:#?}");
}

#[test]
fn r14_rude_words_in_their_plain_sense_are_published_and_at_a_person_are_not() {
    // 19 of 20 at its first reading, before and after plain senses were read apart ("Nice
    // tits, show us more" was allowed); 20 once remarks on a body were read as harassment.
    let plain_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/plain-senses.txt"), 20);
    // 23 of 30 held or refused before, 3 at the first reading of the rule.
    assert!(plain_held.is_empty(), "plain senses held: {plain_held:#?}");
}

#[test]
fn r14_swearing_at_nobody_is_published_and_at_someone_is_not() {
    // 20 of 20 before swearing at nobody was read apart, 19 at the rule's first reading
    // ("My neighbour is a shitty drunk"), 20 after; the 4 added with `sucks`, 4 of 4.
    let at_nobody_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/swearing.txt"), 24);
    // 18 of 30 held or refused before, 5 at the rule's first reading; of the 6 added with
    // `sucks`, 6 before it was read, 1 at its first reading ("It sucks that ...").
    assert!(
        at_nobody_held.is_empty(),
        "swearing at nobody held: {at_nobody_held:#?}"
    );
}

#[test]
fn r14_everyday_comments_are_published_and_the_same_verbs_at_someone_are_not() {
    // English: 13 of 13 attacks at the first reading. Of the 248 civil comments, 32 held at the first
    // reading (3 of 40 imperatives, 29 of the rest) with the build that had just learnt `cut`
    // and `burn` as chores ("Cut the cake." was refused at 0.97 before); 12 once idioms
    // (`hang on`, `strangled by red tape`), contests (`on the pitch`), verdicts alone in their
    // clause ("Rubbish.", "Absolutely ridiculous.") and more swearing at nobody (`what the
    // hell is going on?`, `suck it up`) were read: words the classifier learnt from insults
    // ("Clown show.", "Ugly building."), and sport with no game named ("We'll murder them on
    // Sunday."). Russian and Turkish, read after: 2 of 106 civil held ("Дурацкое правило.",
    // "Aptalca bir kural.": a rule was no idea to `rules/ideas.rs`), none since; 7 of their
    // 8 attacks held, 8 since ("Сожгу твой дом вместе с тобой."). Session 57: 10, once a harm
    // verb before a score that closes its clause is read as a result ("We got butchered 5-0.").
    let everyday_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/everyday.txt"), 21);
    assert!(
        everyday_held.len() <= 10,
        "everyday comments held: {everyday_held:#?}"
    );
}

#[test]
fn r14_names_readers_call_themselves_are_published_and_the_same_names_at_others_are_not() {
    // 20 of 20 before the rule and at its first reading.
    let oneself_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/oneself.txt"), 20);
    // 24 of 30 held or refused before the rule, 2 at its first reading ("I'm the biggest
    // idiot in the street", "... gerizekalıyım resmen").
    assert!(
        oneself_held.is_empty(),
        "names said of oneself held: {oneself_held:#?}"
    );
}

#[test]
fn r14_names_denied_of_someone_are_published_and_the_same_names_thrown_are_not() {
    // 19 of 25 held or refused before the rule, 1 at its first reading: "Young people aren't
    // lazy or stupid": `lazy` is no name, and is read.
    let denied_held = civil_held_when_every_attack_is_held(include_str!("fixtures/denied.txt"), 15);
    assert!(
        denied_held.len() <= 1,
        "names denied of someone held: {denied_held:#?}"
    );
}

#[test]
fn r14_sentences_from_outside_the_rules_stay_as_right_as_they_are() {
    // The first five sets: 45 of 85 attacks held, 8 of 78 civil sentences held by the build
    // before them, 79 and none after. The next twelve (session 40): 90 of 192 attacks and 4
    // of 182 civil sentences by the build before them, 184 and 2 after; and 30 civil
    // look-alikes of the session's new shapes, 1 held (by the classifier, as before them).
    // The six of session 41: 45 of 80 attacks and 4 of 80 civil sentences by the build before
    // them (the second three read after the first three's mends), 65 and 3 after; 25 civil
    // look-alikes of its new shapes, 1 held at first ("Gays need to be cured of nothing"), 0
    // after; its seventh, read with the session's last shapes: 6 of 20 attacks and none of
    // 20 civil sentences, 13 and none after. Session 42's thirty-first set (three of its
    // attacks and two of its civil sentences already here): 25 of 40 attacks and none of 40
    // civil sentences, 40 after; with it, 9 more of the earlier sets' attacks; 38 civil
    // look-alikes of its new shapes, none held. Its thirty-second, read after the first's
    // mends: 25 of 40 attacks and 1 of 40 civil sentences ("Get back in the kitchen? My
    // husband cooks better than me anyway"), 39 and none after; 20 civil look-alikes, one held
    // by the classifier as before the session (`хохол`, a tuft of hair, read as the slur). Its
    // thirty-third, read after both: 25 of 40 attacks and 1 of 40 civil sentences (the
    // classifier's "Мой старый телефон сдох уже"), 40 and 1 after; 14 civil look-alikes, none
    // held. Both of the classifier's (a phone that `сдох`, a `хохол` of hair) are read in
    // their plain sense since (rules/senses.rs). Its thirty-fourth, read after the three:
    // 24 of 40 attacks and none of 40 civil sentences, 40 after; 18 civil look-alikes, 2 held
    // by the classifier as before the shapes ("Polish trash collection", "drink antifreeze").
    // Its thirty-fifth, read after the four: 23 of 40 attacks and 3 of 40 civil sentences (the
    // classifier's "Hang your coat on the nearest hook", a sow that `свинья`, hands that
    // `отсохли` with cold), 38 and none after; 13 civil look-alikes, none held. Its
    // thirty-sixth, read after the five: 19 of 40 attacks and 1 of 40 civil sentences (the
    // classifier's "Ты конченый оптимист"), 34 and 1 after; 12 civil look-alikes, none held.
    // Session 43's thirty-seventh: 26 of 40 attacks and 3 of 40 civil sentences (two friendly
    // visits after "I know where you live" in Russian and Turkish, the classifier's
    // "Ermeniler de bu ülkenin vatandaşıdır"), 40 and the same 3 after; 30 civil look-alikes,
    // 1 held by the classifier ("Illegal immigrants should be deported, the minister said").
    // Its thirty-eighth, read after the thirty-seventh's mends: 20 of 40 attacks and 1 of 40
    // civil sentences (`раздевайся, в бане жарко`), 40 and none after; 30 civil look-alikes,
    // 1 held by the classifier ("I'm too dumb to do my own taxes"). Its thirty-ninth, read
    // after the thirty-eighth's: 18 of 40 attacks and 1 of 40 civil sentences (the
    // classifier's "Bu kadın gazeteciler çok cesur"), 40 and the same 1 after; 30 civil
    // look-alikes, none held. Then 9 of the 33 attacks still allowed were read by shapes of
    // their own (7 civil look-alikes, none held). Its fortieth, read after: 20 of 40 attacks
    // and 1 of 40 civil sentences (`я тебя урою в шахматах`), 39 and none after; 20 civil
    // look-alikes, 1 held by the classifier ("The dumb waiter in the old hotel"). The
    // classifier trained again with bare names of groups (issue #14, session 43): 2 civil
    // sentences no longer held, 3 more held, 1 attack fewer ("Feminists are ugly hags"); then
    // harm verbs in someone else's reported words left unread by the classifier: 1 fewer.
    // Its forty-first, read after all that: 18 of 40 attacks and none of 40 civil sentences,
    // 33 and none after ("... you're going home in pieces" read, then left: `pieces` as a
    // cue word had a typical comment read clause by clause); 12 civil look-alikes, none held.
    // Session 44's classifier, trained again with buckets of their own for Russian and
    // Turkish weights, moved scores near 0.6 both ways (7 attacks lost at 0.56-0.60, 1 civil
    // sentence freed, 2 held); its forty-second and forty-third sets (three attacks already
    // here): 33 and 30 of 40 attacks and 1 and 0 of 40 civil sentences by the build before
    // them ("The fire killed three people in the apartment block": the collision the new
    // buckets end), 39 and 39 and none after; 70 look-alikes (47 civil, 1 held: "Cut all
    // the grass"). Its forty-fourth, read after all that: 20 of 40 attacks and none of 40
    // civil sentences, 30 and none after; 20 look-alikes, none held. Its forty-fifth (two
    // attacks and two civil sentences already here): 23 of 40 attacks and none of 40 civil
    // sentences, 32 and none after; 14 look-alikes, none held. Session 45's forty-sixth to
    // forty-ninth, each read after the mends of the one before: 23, 28, 23 and 19 of 40
    // attacks and 0, 1, 0 and 1 of 40 or 41 civil sentences ("Cut the onions and fry them
    // gently": `cut` is read only when it cuts someone since), 40, 39, 38 and 37 after, civil
    // 0, 1, 0, 0; 71 look-alikes, 2 held ("Careful with that knife, you'll cut yourself",
    // read as a warning since; the classifier's "You know the stupidest person in the film
    // is the hero, right?"). Its fiftieth, read after the idioms and the everyday comments:
    // 25 of 40 attacks and 1 of 40 civil sentences ("This phone is a worthless piece of
    // garbage"), 38 and none after; 4 look-alikes, none held. Session 46's fifty-first and
    // fifty-second (four and two sentences already here, replaced before reading): 30 and 23
    // of 40 attacks and 0 and 4 of 40 civil sentences ("My neighbour's dog shit on my lawn
    // again", "Тварь дрожащая или право имею", "Баран на вертеле", "Salak saçma kurallar":
    // rude words in their plain sense since), 40 and 40 and none after; 64 look-alikes, 2
    // held by the classifier ("I'm kicking your butt at poker tonight", "I am punching your
    // ticket now, sir"). Its fifty-third (five already here, replaced before reading): 22 of
    // 40 attacks and 3 of 40 civil sentences ("The new tax will end my business", "Курица
    // снесла три яйца", "Ничтожество власти перед стихией"), 37 and none after; 23
    // look-alikes, none held. Its fifty-fourth (five already here, replaced before reading):
    // 17 of 40 attacks and 1 of 40 civil sentences ("We know what car the minister drives: a
    // 2009 hatchback"), 36 and none after; 29 look-alikes (two more were already here), none
    // held once the shapes were narrowed ("Your home address and a lighter were all the hotel
    // asked for", "Does your daughter walk home alone?", "Go back to the jungle scenes" were
    // held at first). Its fifty-fifth (three already here, replaced before reading): 17 of 40
    // attacks and none of 40 civil sentences, 34 after; 25 look-alikes, none held once
    // `гореть` was read only when it burns someone ("... должен гореть желанием учиться").
    // Its fifty-sixth, attacks set inside civil comments ("Great match report. If I ever see
    // that referee again I'm going to cave his skull in."): 20 of 40 attacks and none of 40
    // civil sentences, 36 after; 29 look-alikes (one more was already here, and is now held),
    // none held. Its fifty-seventh (one already here, replaced before reading): 17 of 40
    // attacks and none of 40 civil sentences, 36 after and still none once "the last
    // journalist who ... had a nasty fall" asks what the last one did (its first form held
    // the civil "... who covered this beat had a nasty fall at the office party"); 26
    // look-alikes, none held. Its fifty-eighth: 27 of 40 attacks and 2 of 40 civil sentences
    // ("A bullet point list would make this clearer", "Кол для помидоров поставили в саду":
    // plain senses since), 38 and none after; 18 look-alikes, none held. Session 47's nine,
    // the fifty-ninth to the sixty-seventh (nine sentences already here, replaced before
    // reading), each read with the mends of the one before: 24, 25, 24, 27, 18, 22, 18, 22
    // and 24 of 40 attacks (204 of 360) and 1, 0, 0, 4, 1, 1, 2, 0 and 2 of 40 civil
    // sentences at first; 322 attacks and 7 civil sentences after ("my cat is a fat useless
    // slob and i love him", "The traffic was useless this morning, a total sack of crap",
    // "это чмо из сериала смешное", "şerefsiz politikacılar yine kazandı diyorlar", "Orospu
    // kelimesi bir hakarettir", a slur named, "Ничтожество этих аргументов очевидно"). Its
    // sixty-eighth, read with their mends (five sentences already here, replaced before
    // reading): 21 of 40 attacks and 1 of 40 civil sentences ("Şerefsiz kelimesi hakaret
    // sayılır", the classifier's), 28 and the same 1 after. Its sixty-ninth (four already
    // here, replaced before reading): 19 of 40 attacks and 1 of 40 civil sentences ("Мразь —
    // грубое слово", the word named), 29 and the same 1 after. Session 48's eight, the
    // seventieth to the seventy-seventh (eight sentences already here, replaced after reading
    // with sentences read by the same build; the seventy-fifth written as chat, the
    // seventy-sixth with attacks after a civil sentence), each read with the mends of the one
    // before: 27, 22, 17, 18, 18, 28, 19 and 16 of 40 attacks (165 of 320) and 0, 0, 0, 2, 1,
    // 1, 0 and 0 of 40 civil sentences at first ("The village idiot is a stock character in old
    // comedies", "You have to admit the minister is a gifted liar", "I've got a crowbar in
    // the shed if you need to lift the floorboards", "я чуть не сдох от смеха"); 309 attacks
    // and 1 civil sentence after (the crowbar, the classifier's); and session 47's "We'll be
    // waiting outside the studio for you tonight. Come alone." since the writer waiting and
    // the next sentence are read together. Session 49's three, the seventy-eighth to the
    // eightieth (twelve sentences already here, replaced before reading), read with the
    // classifier trained on this file as it stood before them: 24, 25 and 24 of 40 attacks
    // (68 of 120 with the classifier trained without it) and 0, 1 and 1 of 40 civil
    // sentences ("@paul_h I found out where you work from your profile, small world...",
    // "The treasury is run by clowns who can't add up"); 104 of 120 and none after, with
    // the classifier trained on them too. Its eighty-first and eighty-second (seven already
    // here, replaced before reading), read with the classifier trained on the three before:
    // 23 and 20 of 40 attacks (22 and 17 with the classifier trained without this file) and
    // no civil sentence; 30 and 29 after the mends, 31 and 30 with the classifier trained on
    // them too, 31 and 31 once `STD` was a cue word of the insults ("a walking STD"). Since
    // session 49 the classifier learns from this file: the figures below are the whole house
    // rules on sentences it was trained on, kept from getting worse. Its eighty-third: 23 of
    // 40 attacks at first (21 with the classifier trained without this file), no civil
    // sentence; 30 after the mends, 31 with the classifier trained on it too. Then "Muslims
    // can't be trusted, they lie for their religion" (`lie` a verb, not the attack called a
    // lie). Session 50's eighty-fourth to eighty-sixth (eighteen sentences already here,
    // replaced before reading), read with the session's first build: 29, 26 and 22 of 40
    // attacks and 2, 1 and 0 of 40 civil sentences (the classifier's "Your mother must be so
    // proud every time she reads your byline", a twin of an attack it was trained on, "The
    // dumbest thing I ever did was sell that car", read as the writer's deed since, and "Ты
    // идиота в романе Достоевского читал?", the novel's title); 40, 39 and 40 after, with the
    // byline and the novel still held. Its eighty-seventh to eighty-ninth (seven already
    // here, replaced before reading), read with the classifier trained on the three before:
    // 22, 26 and 18 of 40 attacks and 3, 0 and 1 of 40 civil sentences ("Don't choke on the
    // fish bones", "Руки отсохли держать сумки", "Клоун в цирке был очень смешной", "Овца
    // паслась у реки": plain senses since); 39, 37 and 35 after the mends, 39, 38 and 35
    // with the classifier trained on them too, none held; that classifier holds "Keep your
    // mouth shut at the border, the lawyer said" (0.61). Its ninetieth to ninety-second (six
    // already here, replaced before reading), read with the classifier trained on the six
    // before: 21, 21 and 26 of 40 attacks and 1, 0 and 1 of 40 civil sentences ("Гниды у
    // ребенка", nits, a plain sense since; "Урод — это персонаж сказки, а не оскорбление",
    // the word named); 37, 40 and 39 after, the same with the classifier trained on them
    // too, which frees the lawyer's sentence and holds "Bet she'd be a good leader, she's
    // smart and fair" as obscene (0.60, on the contraction's `d` and `s`): freed since the
    // classifier leaves a contraction's pieces unread, which lost "She's only on telly
    // because she's easy on the eyes and easier in the sheets" until the harassment rule
    // read it. Its ninety-third (two already here, replaced before reading), read with all
    // that: 21 of 40 attacks and no civil sentence; 36 after the mends, 37 with the
    // classifier trained on it too. Session 51's ninety-fourth to ninety-sixth (fifteen already
    // here, replaced before reading), each read with the build before it: 33, 30 and 27 of 40
    // attacks and 0, 3 and 1 of 40 civil sentences ("The columnist's argument is garbage, but
    // she writes well", "Мой кот — тупая скотина, опять уронил вазу", a record hunted down
    // "из-под земли", a Turkish writer's own head banged on a wall); 40, 40 and 39 after, none
    // held, the same with the classifier trained on them too. Then 26 -> 18 civil sentences
    // held: a word named rather than used in Russian and Turkish ("Мразь — грубое слово",
    // "Şerefsiz kelimesi ..."), an idiot savant, "I'm too dumb to do my own taxes", a
    // series' чмо and the emptiness of arguments left unread. Its ninety-seventh (four already
    // here, replaced before reading): 26 of 40 attacks and 1 of 40 civil sentences ("I know
    // what car you drive now — the red one ...", an answer given); 40 and none after, and the
    // classifier trained on it too holds "Your kids would be proud of a mother like you"
    // (0.60), a twin of the attacks on a reader's children it learnt from. Session 52's
    // ninety-eighth (four already here, replaced before reading), read with that classifier:
    // 29 of 40 attacks and no civil sentence; 40 and none after, and one attack more of the
    // file's own. Its ninety-ninth (six already here, replaced before reading), read with
    // those mends: 30 of 40 attacks and no civil sentence; 40 and none after. Its hundredth
    // (five already here, replaced before reading): 23 of 40 and no civil sentence; 38 and
    // none after ("Remember the journalists who disappeared in the nineties? History
    // repeats." and "Your opinion matters as much as a fly on a cow pat" left). Its
    // hundred-and-first (two already here, replaced before reading): 30 of 40 and no civil
    // sentence; 40 and none after. Its hundred-and-second (three already here, replaced
    // before reading), read with the classifier trained on the ninety-eighth to the
    // hundred-and-first: 26 of 40 and 1 of 40 civil sentences ("If stupidity were a crime,
    // the referee would get life for that decision", the classifier's 0.86, said of no
    // reader); 40 after, the referee still held. Its hundred-and-third (two already here,
    // replaced before reading): 28 of 40 and no civil sentence; 39 and none after
    // ("Ukrainians are Nazis, the lot of them, wipe them out" left). With the classifier
    // trained on the six, 3,275 of 3,454 attacks and 20 civil sentences, a pet's shape and
    // habits ("my cat is a fat useless slob and i love him", held at 0.61 by that classifier)
    // left unread since. Its hundred-and-fourth (read with that classifier): 20 of 40 attacks
    // and no civil sentence; 40 and none after, and one attack more of the file's own; the
    // same 3,316 of 3,494 and 20 civil with the classifier trained on all seven; 3,317 once a
    // people ordered wiped out is read ("... the lot of them, wipe them out"). Session 53's
    // hundred-and-fifth and sixth (seven already here, replaced before reading), read with
    // the session's first build: 31 and 33 of 40 attacks and 2 and 0 of 40 civil sentences
    // (the classifier's "The lifeguard at the pool pulled a child out before she could
    // drown", a harm averted, unread since, and "The film's villain puts a bullet in the
    // hero's car tyre and drives off"); 38 and 38 after the mends, 38 and 39 with the
    // classifier trained on them too. Its hundred-and-seventh and eighth, read with that
    // classifier: 27 and 24 of 40 attacks and 2 and 1 of 40 civil sentences (bullets again:
    // a striker's goal, a soldier hit; "The days of cheap energy are numbered, analysts
    // say"); 32 and 33 after. Its hundred-and-ninth and tenth, read with the same: 24 and 28
    // of 40 attacks and 0 and 1 civil sentence ("Хачапури с сыром ...", the classifier's);
    // 33 and 35 after. With the classifier trained on the six: 38, 39, 34, 34, 34 and 35,
    // and 1, 0, 1, 0, 0 and 0 civil; 3,531 of 3,734 attacks and 23 civil sentences in all
    // (it lets "Those savages should be bombed back to the stone age" through, 0.60, and
    // holds "Go crawl back to your desk, I'm joking, take a break!"). Its hundred-and-eleventh
    // and twelfth (six already here, replaced before reading), read with that classifier: 15
    // and 26 of 40 attacks and 1 and 0 civil sentences ("Руки отсохли, пока таскал сумки с
    // рынка", the classifier's); 26 and 34 after. With the classifier trained on all eight:
    // 3,599 of 3,814 attacks and 25 civil sentences in all (it holds "I read to the end. Your
    // family must be proud of this work", a twin of attacks it learnt from, and the soldier
    // "hit by a bullet"). 3,600 once a group called "the plague of Europe" is read (a multitude
    // word is what the group is called when no name follows its `of`). Session 54's five
    // (the hundred-and-thirteenth to the seventeenth, the sixteenth written to be subtle),
    // each read with the build before its mends: 29, 36, 31, 10 and 25 of 40 attacks and 2, 0,
    // 0, 0 and 0 civil sentences; 40, 40, 39, 35 and 39 after. With the classifier trained on
    // them: 3,800 of 4,014 attacks and 27 civil sentences in all (it now holds "Women who write
    // like this need a good editor" and "Sen ve senin gibiler bu ülkenin umudu", twins of two
    // attacks it learnt from, and allows "I wouldn't trust a Romanian to hold my wallet ...":
    // the rule that read it was dropped, `trust` costing civil comments a reading of the
    // clause). The hundred-and-eighteenth and nineteenth: 23 and 21 of 40 attacks at first,
    // civil 0 and 1; 38 and 35 after. With the classifier trained on all seven: 3,875 of 4,094
    // attacks and 28 civil sentences (it also holds "Тряпками надо мыть полы, а не шваброй").
    // Session 55's four (the hundred-and-twentieth to the twenty-third), each read with the
    // build before its mends: 23, 27, 27 and 19 of 40 attacks and 0, 2, 0 and 0 civil
    // sentences; 39, 40, 40 and 39 after. With the classifier trained on them: 4,037 of 4,254
    // attacks and 28 civil sentences in all (it no longer holds "Sen ve senin gibiler bu
    // ülkenin umudu"; it holds "Plastic is a waste of oxygen to make and a waste of space to
    // bury", which the insult rule now leaves alone). The hundred-and-twenty-fourth (written
    // to be subtle) and twenty-fifth (written in disguises): 5 and 34 of 40 attacks at first,
    // civil 1 and 3; 27 and 38 after, civil 0 and 2 (a question about `kys`, read as the urge,
    // and `siktir` named, which the Turkish policy rule reads however it is used). With the
    // classifier trained on all six: 4,104 of 4,334 attacks and 31 civil sentences (it also
    // holds "Этих чиновников надо гнать поганой метлой ...", a twin of "этих чиновников надо
    // пороть"). The hundred-and-twenty-sixth, read with that classifier: 23 of 40 attacks at
    // first, civil 0; 37 after. With the classifier trained on all seven: 4,144 of 4,374
    // attacks and 31 civil sentences in all. Session 56's first three (the
    // hundred-and-twenty-seventh to the twenty-ninth), read with that build: 28, 31 and 25 of
    // 40 attacks at first, civil 1, 1 and 1; 38, 40 and 39 after. Its hundred-and-thirtieth and
    // thirty-first (the second written in disguises), read with the classifier trained on the
    // first three: 26 and 35 at first, civil 2 and 2; 40 and 40 after. With the classifier
    // trained on all five: 4,345 of 4,574 attacks and 35 civil sentences in all (it holds a
    // councillor who "called the protester a bitch", a suspect "shot by police after putting a
    // bullet through a shop window", "Keep your mouth shut at the dentist ..." and "Статья
    // дебильная, но фотографии красивые"; the identity rule holds "Black r animals on the farm,
    // white ones in the field lol"; it no longer holds the soldier "hit by a bullet"). The
    // hundred-and-thirty-second (written to be subtle) and thirty-third (comments under
    // football reports), read with that classifier: 15 and 21 of 40 attacks at first, civil 0
    // and 0; 32 and 32 after, with the classifier trained on all seven: 4,410 of 4,654
    // attacks and 35 civil sentences in all. The hundred-and-thirty-fourth (comments under
    // court reports), read with that classifier: 28 of 40 at first, civil 2; 38 after, civil 2
    // ("Hang the lot of them on the wall: the burglar's sketches ..." and "Ты, журналистка,
    // дождёшься, что тебе дадут премию", the classifier's). With the classifier trained on all
    // eight: 4,450 of 4,694 attacks and 37 civil sentences in all. Session 57's first five (the
    // hundred-and-thirty-fifth to the thirty-ninth: comments under health, climate, business,
    // celebrity and school stories), each read with the build before its mends: 20, 17, 19, 12
    // and 22 of 40 attacks at first, civil 0, 1, 1, 0 and 0; 37, 36, 37, 35 and 39 after. With
    // the classifier trained on them: 4,633 of 4,894 attacks and 40 civil sentences in all (the
    // two sets' civil ones it held, "Gluing yourself to a painting is a stupid tactic ..." and
    // "I'd happily strangle whoever invented self-checkout machines", and "Senin gibi kadınları
    // desteklemek lazım", "women like you must be supported"). Its next four (the 140th to
    // the 143rd; the 141st written to be subtle), read with that classifier: 21, 4, 22 and 19
    // at first; the classifier trained again on them, then its last five (the 144th, in
    // disguises, to the 148th): 37, 16, 13, 23 and 15 at first. With the classifier trained on
    // all fourteen: 4,973 of 5,254 attacks and 46 civil sentences in all (it also holds "We
    // slaughtered them 6-0!", "Хохлома — красивая роспись", "Повесить картину надо ровно",
    // "Women who write like this deserve a bigger audience", "Disabled people are a drain on
    // nobody, and the project should have been aborted", and "Sen ve senin gibiler bu ülkenin
    // umudu" again). Five more mends after it (nurses called lazy cows in Russian and Turkish,
    // a burden "the rest of us pay for", "позор страны", boxers "knocked out cold"): 4,978;
    // and a score read as a result: 45 civil ("We slaughtered them 6-0!" published). Session
    // 58's twelve sets (the 149th to the 160th, the last in disguises; 3 sentences already
    // here): 25, 17, 21, 21, 12, 19, 19, 25, 14, 20, 22 and 33 of 40 attacks held at first (248
    // of 480), 3 civil; with their mends and the classifier trained on them: 5,428 of 5,733
    // attacks and 47 civil sentences in all (the new "This pie is to die for, honestly." and
    // "This columnist writes like a dream.", the classifier's); 5,427 once `follow` was no
    // longer a cue (a typical comment's "follow-up" had every clause holding it read). Its two
    // last sets (the 161st; the 162nd, written to be subtle): 24 and 4 of 40 at first, 1 civil;
    // trained again on them: 5,493 of 5,813 and 49 civil ("Any boss who cuts wages like this
    // deserves to lose his staff." and "These thugs who looted the shops should be locked up
    // for years.", both at 0.60); 5,495 with Cyrillic words' digits between consonants read
    // as vowels (`в3ш4ть`) and the model trained again. Session 60's set (the 163rd: 158
    // attacks from four probes of the same attacks in three languages, 136 civil twins and
    // Russian words holding mat's letters): 104 of 158 held at first, 140 after its first
    // mends, 155 after the last; 42 civil, 41 of them the look-alikes (`пиджак`, `Херсон`,
    // `пиде`, `спидометр`), and 9 once the model was trained on the set (`скипидар`, `херес`,
    // `сучок`, `Пидгин`, `пиде`, `Сукно для пиджака`). In all: 5,651 of 5,969, and 60 civil, two of
    // the older ones pushed just over the line by that training ("Nobody would miss that ugly
    // car park ..." and "Sen ve senin gibiler bu ülkenin umudu", 0.60). Session 61's set (the
    // 164th: session 60's last four probes and session 61's two, 140 attacks new to the file
    // and 80 civil twins): 124 of 140 held with the first of the session's mends, 137 after
    // the last, 1 civil ("Great tits, blue tits and robins visit my feeder.", the
    // classifier's); with the model trained on it, 137 and none. In all: 5,792 of 6,109, and
    // 59 civil. Session 62's set (the 165th: session 61's last four probes, session 62's three,
    // the last in disguises, 179 attacks new to the file and 147 civil sentences): 129 of 179
    // held with the session's first build (which had session 61's mends), 173 after its
    // mends, 1 civil ("Our striker is going to murder them on Sunday, mark my words.", the
    // classifier's); with the model trained on it, 174 and that one. In all: 5,967 of 6,288,
    // and 61 civil (the new one, and "Someone should take this columnist to a pub quiz, he'd
    // win." pushed from 0.60 to 0.61). The session's last probe's mends: 5,969 (an older set's
    // "Enjoy your last few weeks of freedom, we've got your plates.", and the set's Russian
    // journalist's trade ended). Its last set (the 166th, one probe: 26 attacks new to the
    // file, 28 civil twins): 14 held with the build before its mends, 25 after, 2 civil ("I'll
    // make sure you never work weekends again, I promise.", mended, and "Locusts are a plague
    // on this country's farms.", the classifier's); with the model trained on it, 26 and that
    // one. In all: 5,996 of 6,314, and 62 civil. Then 450 contrast cases of violence words
    // said of a game ("our keeper will annihilate the holders in the derby") and pests a
    // plague on farms, and the model trained again: 5,998, and 58 civil (the striker, the
    // locusts, "The striker's goal was a bullet into the top corner." and "What a vile, ugly
    // building, demolish it." published; "Never mix bleach with ammonia; the fumes can kill
    // you." held, at 0.63). Session 63's set (the 167th: one probe, 25 attacks new to the
    // file, 45 civil twins, and an attack and four civil sentences written after its mends):
    // 18 of 25 held with the build before its mends, 24 after them (not "Babi dolzhny
    // molchat.", mended last), no civil sentence; with the model trained on it, all 26 and
    // none. In all: 6,030 of 6,340, and 58 civil; 6,031 once `much` sent the harassment
    // rule a night's price asked ("How much for a night with you?"). Session 64's set (the
    // 168th: one probe in four parts, 104 attacks new to the file, 145 civil sentences, 36 of
    // them heated politics): 73 of 104 held with the session's first build, 104 after its
    // mends, which also held two older attacks; 6 civil held, all by the classifier; with the
    // model trained on it, 2 ("Kürtlerin hepsi terörist değil, bu genelleme yanlış." and
    // "Yazdıklarının hesabını okuyucuya vereceksin, bu gazetecilik."). In all: 6,137 of 6,444,
    // and 60 civil. Its second set (the 169th: a second probe in two parts, 52 attacks new to
    // the file, 63 civil sentences): 27 of 52 held with the build after the first set's
    // retrain, 49 after the mends (not three `someone should deal with him for good`), 2 civil,
    // the classifier's ("Malaria is a disease and Africa needs the cure." and "You'd better
    // hope we never meet in a chess final, I'm unbeatable."); with the model trained on it,
    // 49 and none. In all: 6,186 of 6,496, and 59 civil. Session 65's sets (the 170th and
    // 171st: two probes, 185 attacks new to the file, 222 civil sentences): 47 of 80 and 38 of
    // 80 of their first parts held with the session's first build, all but 9 after the mends
    // (veiled menaces with no menacing word, "We'll make sure your kids hear what kind of man
    // their father is, up close.", and "Şişko inek, ..."); with the model trained on them, 2
    // of their civil sentences held by the classifier ("Nice shop you've got there, be a shame
    // if the windows got dirty, we'll clean them." and "Someone should hire that reporter at a
    // bigger paper."). The model the session's last build trains (Russian in Latin letters
    // read with more soft signs, which some training rows are) put two older attacks just
    // under the line ("Nobody would shed a tear if your paper burned down with you in it.",
    // "Sl1t h1s thr04t and be done with it."), which the rules now read. In all: 6,366 of
    // 6,681, and 61 civil. Its third set (the 172nd: the first two's Russian and Turkish in
    // Latin letters and 30 new English attacks, with their twins; 55 attacks new to the file):
    // 44 of 61 held with the build before its mends, 56 after, 57 with the model trained on
    // it, none of its civil sentences held ("Any boss who cuts wages like this deserves to
    // lose his staff." came back). In all: 6,418 of 6,736, and 62 civil. Session 66's sets
    // (the 173rd to 175th: three probes, 223 attacks new to the file, 203 civil sentences):
    // 210 of the 223 held with the session's last build before the retrain, 4 civil held, all
    // by the classifier ("Those legs of the race were the hardest.", "Nice legs of the race,
    // shame about the weather. ...", "Bu gece kapını iyi kilitle, mahallede hırsızlık oldu.",
    // "Your daughter goes to Oakfield, right? Shame if she had to leave the choir."). With the
    // model trained on them, the same 6,628 attacks; civil 68: five sentences held by the
    // classifier at 0.60-0.62 where they were at 0.54-0.60 (the twin "Bir dahinin zekasına
    // sahipsin." of two attacks a word from it, "This pie is to die for, honestly."), three
    // published at 0.55-0.60 where they were held (one of them this session's "Nice legs of
    // the race, ..."). In all: 6,628 of 6,959, and 68 civil. Then older sets' misses read at
    // last (a helmet for thinking, people pointed at sent to caves, people foretold hanged, a
    // fat cow in Turkish, "I'd give her one"), and the 176th set (21 sentences, 8 of them
    // attacks, all held) trained on: 6,641, the retrain putting "Gay marriage is an
    // abomination and so are the people in it." at 0.598, which the rules now read; 67 civil.
    // In all: 6,642 of 6,967, and 67 civil. Session 67's set (the 177th: Turkish threats
    // written in full and as chat cuts them, with their Russian and English counterparts; 47
    // attacks new to the file, 45 civil sentences): 15 of the 47 held by the build before it,
    // 41 after its mends (Turkish as chat cuts it read in full, the rules mended), none of its
    // civil sentences held, and the same with the model trained on it (and on the training
    // rows' chat words read in full). In all: 6,686 of 7,014, and 66 civil. Its second set
    // (the 178th: rudeness in Turkish chat with its Russian and English counterparts; 34
    // attacks and 44 civil sentences new to the file): 24 of the 34 held by the build before
    // it, 31 after its mends; civil 1 before (the classifier's "Kürtlerin hepsi terörist
    // değil."), 3 after (and the English arm's "Women don't understand anything about
    // politics? Nonsense." and "... according to my uncle, which is nonsense.", a stereotype
    // quoted and refused). With the model trained on it (Turkish `değil` denying the word
    // before it): 32 of its 34 ("All these newcomers are thieves." held), the same 3 civil; in
    // all, 6,718 of 7,048, and 68 civil ("Kürtlerin hepsi terörist değil, bu genelleme
    // yanlış." published now). Then its reader held fit for the dishes read ("Sen anca
    // bulaşık yıkarsın, yazı yazmak ne."): 6,719 of 7,048, and 68 civil. Then a stereotype
    // asked or given to someone, only to be called nonsense right after, left alone: 66 civil.
    // Session 68's two probes (the 179th set: sexual harassment in three languages; the
    // 180th: insults asked as questions, and stereotypes called nonsense or upheld, written
    // after that mend; 47 attacks and 62 civil sentences new to the file): 29 of the 47 held
    // by the session's first build, 47 after its mends; civil 73 by that build, 69 after
    // (three of the new civil sentences held by the classifier: "Я дрочу английский ...",
    // "Цыгане воры? Это миф.", "Göçmenler hırsız mı? Bu tam bir yalan."). With the model
    // trained on them: 6,766 of 7,095, and 68 civil. Its third probe (the 181st set: a
    // people said to replace the country's own, in three languages; 17 attacks and 18 civil
    // sentences new to the file): 6 of the 17 held by the build before its mends, 13 after,
    // no civil sentence held. With the model trained on it: 6,778 of 7,112, and 66 civil.
    // Session 69's first three probes (the 182nd set: menaces to pets, homes and children;
    // groups distrusted or said to have no morals; insults to the paper's people; 87 attacks
    // and 108 civil sentences new to the file): 37 of the 87 held by the session's first
    // build, 77 after its mends; civil 4 before, 2 after. With the model trained on them:
    // 6,859 of 7,199, and 72 civil (four sentences the classifier held at 0.57-0.60 moved to
    // 0.60-0.62: "I could strangle whoever designed this website's menu.", "I'd happily
    // strangle whoever invented self-checkout machines.", "The dumb waiter in the old hotel
    // still works.", "Мусульманам нельзя есть свинину."). Its fourth probe (the 183rd: a
    // crowd set on a person, in three languages; 18 attacks and 24 civil sentences new to the
    // file): 1 of the 18 held before its mends, 18 after, no civil sentence held. With the
    // model trained on it: 6,879 of 7,217, and 72 civil. Then three of the probes' misses
    // read (a visit called for "to explain things properly", in three languages; a group told
    // to stop voting): 6,883 of 7,217. Then an older set's `Seni mahvedeceğim` ("I'll ruin
    // you"), closing its clause: 6,885. Session 70's two probes (the 184th set: where a group
    // lives called a den of crime; the 185th: the reader pictured in the news as a victim; in
    // three languages, 25 attacks and 32 civil sentences new to the file): 5 of the 25 held by
    // the session's first build, 21 after its mends, no civil sentence held. With the model
    // trained on them: 22 of the 25, and in all 6,908 of 7,242, and 72 civil. Its third probe
    // (the 186th: a disaster wished on a people, in three languages; 12 attacks and 28 civil
    // sentences, eleven of them groups called people like you and me, written after that
    // retrain held "Refugees are people like you and me." at 0.60): none of the 12 held
    // before its mend, 12 after. With the model trained on it: 6,922 of 7,254, and 72 civil.
    // Its fourth probe (the 187th: a group a trade is told to refuse, in three languages; 10
    // attacks and 12 civil sentences): 2 of the 10 held before its mend, 10 after, no civil
    // sentence held. With the model trained on it: 6,931 of 7,264, and 73 civil (an older
    // set's "Somebody should put this columnist in charge of the budget." moved from 0.598 to
    // 0.603). Session 71's retribution promised to the reader (`you'll answer for this`,
    // `ты за это ответишь`, `bunun hesabını vereceksin`): its rules alone took the 187 sets to
    // 6,935; the 188th (its probe: 19 attacks, one already here, and 19 civil twins): 5 of the
    // 20 held before its mends, 14 after, no civil twin held (2 of 18 before). With the model
    // trained on it: 6,947 of 7,283, and 72 civil. Session 72's probe (the 189th set: a group
    // said to spread like an illness, the reader's mind asked after; 31 attacks and 40 civil
    // sentences new to the file): 17 of its first 24 attacks held before its mends, 23 after,
    // no civil twin held. With the model trained on it: 6,979 of 7,314, and 74 civil ("Women
    // like her belong in parliament, and more of them should run." and an older set's
    // "Somebody should put this columnist in charge of the budget." moved to 0.60); with twelve
    // civil sentences of those shapes written after it, trained again: 72 of 7,767. Its
    // second probe's rules (punishment promised to the reader): 6,980. The 190th set (that
    // probe: 17 attacks and 22 civil sentences new to the file), trained on: 6,992 of 7,331,
    // and 75 civil ("This pie is to die for, honestly." and two more at 0.60); with nine civil
    // sentences of those shapes written after it, trained again: the three allowed, and three
    // of the nine still held ("Her lasagne is to die for." 0.66, "This chocolate cake is to
    // die for, seriously." 0.62, "The whole piece is partisan garbage written for clicks, and
    // the editor should know better." 0.70): 75 of 7,798. With a dish's `is to die for` left
    // unread by the classifier (`threat::delights_in`): 73. Session 73's probe (the 191st
    // set: a reckoning promised to the reader without a violent word, a group called a
    // tumour; 38 attacks and 55 civil sentences new to the file, seven of its first 28
    // already here): 13 of those 28 held before its mends, 26 after, one civil twin held by
    // the classifier ("The club will pay dearly for this transfer." 0.65). With its rules:
    // 7,036 of 7,369; with the model trained on it, the same, and 73 civil of 7,853 (the
    // club allowed). Its second probe (the 192nd set: the reader's wits doubted in a
    // question; 35 attacks and 40 civil sentences new to the file): 7 of its first 20
    // attacks held before its mends, 20 after, one civil twin held by the classifier ("Seni
    // çocukken denize mi götürdüler?" 0.67, the shape of "... kafanın üstüne mi
    // düşürdüler?"). With the model trained on it: 7,072 of 7,404, and 74 civil of 7,893 (the
    // twin still held, at 0.66). Its third probe (the 193rd set: the replacement conspiracy
    // in its phrasings; 28 attacks and 31 civil sentences, and six civil questions of the
    // seaside's shape): none of its first 18 attacks held before its mends, 17 after, no
    // civil twin held. With its rules: 7,073 of 7,404; with the model trained on it: 7,101
    // of 7,432, and 73 civil of 7,930 (the seaside question allowed). Its fourth probe (the
    // 194th set: calls for violence in code; 24 attacks and 25 civil sentences): none of its
    // first 14 attacks held before its mends, 14 after, no civil twin held. With the model
    // trained on it: 7,124 of 7,456, and 73 civil of 7,955. Its fifth probe (the 195th set:
    // harassment by innuendo; 19 attacks and 21 civil sentences): 5 of its first 13 attacks
    // held before its mends, 13 after, no civil twin held. With the model trained on it:
    // 7,142 of 7,475, and 73 civil of 7,976, but the functional suite's "Someone should give
    // that journalist a medal." at 0.604; with six civil sentences of that shape, trained
    // again: the medal at 0.55, 7,143 of 7,475, and 74 civil of 7,982 (one of the six,
    // "Somebody should give that columnist a pay rise.", 0.69 before, still held at 0.62).
    // Session 74's first probe (the 196th set: hate in code; 73 attacks and 67 civil
    // sentences): 5 of its first 28 attacks held before its mends, 22 after, no civil twin
    // held; with the model trained on it, 7,211 of 7,548 and 75 civil of 8,049 (an older
    // set's "The treasury is run by clowns who can't add up." held at 0.63). Its second (the
    // 197th: the reader's mind called ill; 57 attacks and 58 civil sentences, with eight
    // civil sentences that say who runs what): 5 of its first 23 attacks held before its
    // mends, 23 after, no civil twin held; with the model trained on it, 7,263 of 7,605 and
    // 75 civil of 8,107 (the treasury allowed, "Somebody needs to take a baseball bat to the
    // piñata at the party." held). Its third (the 198th: gay and trans people called ill, a
    // danger or told to hide; 32 attacks and 37 civil sentences, with five civil sentences
    // of the piñata's shape): 10 of its first 20 attacks held before its mends, 18 after, one
    // civil twin held by the classifier ("Eşcinseller de bu ülkenin vatandaşı." 0.62); with
    // the model trained on it: 7,295 of 7,637, and 73 civil of 8,144. Its fourth (the 199th:
    // sexual violence wished, promised or deserved, and menaces of its shape; 38 attacks and
    // 46 civil sentences, with eight civil sentences of praise): 8 of its first 24 attacks held
    // before its mends, 20 after, one civil twin held by the classifier ("Таких журналисток
    // надо награждать." 0.66); with the model trained on it, 7,330 of 7,675 and 75 civil of
    // 8,182 (the twin, and an older set's "Sen ve senin gibiler bu ülkenin umudu."); trained
    // again with the eight of praise: 7,331 of 7,675, and 75 civil of 8,190 (the twin still
    // held, and one of the eight, "Senin gibiler bu ülkenin gururu.": 0.9% of the civil
    // sentences, as before). With the Russian and Turkish papers' people addressed together
    // (`..., журналисты`) and `скоро встретимся` read with the reader named: 7,332. Its fifth
    // (the 200th: a people said to serve another land; 19 attacks and 19 civil sentences): 2
    // of its first 12 attacks held before its mends, 8 after, one civil twin held by the
    // classifier ("Kürtlerin çoğu PKK'ya karşı." 0.62); with the model trained on it: 7,344
    // of 7,694, and 75 civil of 8,209 (the same 75 sentences). Session 75's three probes (the
    // 201st to the 203rd: deaths and atrocities welcomed; people told they may not have
    // children and the reader reported where it hurts; women reduced to a use, a person called
    // a thing, looks mocked; 109 attacks and 117 civil sentences): 6 of 25, 7 of 19 and 3 of 18
    // first attacks held before their mends, 25, 19 and 17 after; three civil twins held by the
    // classifier alone ("Pit bulls shouldn't be allowed to breed." 0.73, "Dogs like yours ...",
    // "Dolandırıcıları polise ihbar edeceğim." 0.63), still held with the model trained on the
    // sets (7,452 of 7,803, 78 civil of 8,326); trained again with eight civil twins of
    // breeding animals and criminals reported: 7,449 of 7,803, and 76 civil of 8,334 (the 75,
    // and one of the eight, "Hırsızları polise ihbar ettik, yakalandılar.", 0.82 before). Its
    // fourth and fifth (the 204th and 205th: a weapon shown, killers wished on the reader, a
    // generation's death hoped for; a disability made an insult, a religion called a cancer,
    // trans people called ill; 57 attacks and 68 civil sentences): 3 of 20 and 5 of 17 first
    // attacks held before their mends, 20 and 17 after; with the model trained on them, 7,509
    // of 7,860 and 78 civil of 8,394 (the 76, and the fifth's "Only a fool would believe this,
    // my granny used to say." 0.64 and "Corruption is a cancer on the world." 0.61); trained
    // again with eight civil twins: 7,509 of 7,860, and 78 civil of 8,402 (the two and an
    // older set's "Only a fool would buy a house ..." allowed, three of the twins' "Only a fool
    // would ..." held: the classifier weighs `fool` before what it is said of). Session 76's
    // four probes (the 206th to the 209th: the reader told they are watched; people told to
    // speak the country's language or leave; the reader's absence wished; rights and offices
    // refused a group; 82 attacks and 84 civil sentences, with those written after the mends):
    // 3 of 18, 2 of 12, 3 of 12 and 6 of 12 first attacks held before their mends, all after;
    // 7,513 of the 7,860 before; with the model trained on them, 7,594 of 7,942 and 79 civil of
    // 8,486 (the 78, and the fourth's "Teröristlere asla vatandaşlık verilmemeli." 0.62; one
    // older attack no longer held, "The columnist is a Kremlin bootlicker who should be sent to
    // the front line with a spoon.").
    let civil_held =
        civil_held_when_attacks_are_held(include_str!("fixtures/outside-sets.txt"), 7942, 7594);
    assert!(
        civil_held.len() <= 79,
        "civil sentences held: {civil_held:#?}"
    );
}

#[test]
fn r14_abuse_without_a_rude_word_is_held_and_the_same_words_in_civil_sentences_are_published() {
    // 4 of 20 before the shapes that read them, 19 at their first reading ("Nobody will ever
    // respect you"), 20 after; the 8 Russian and Turkish ones added later: none before their
    // shapes, 8 at their first reading; the 6 calls on public figures and vile names added
    // last: none before, 4 at their first reading ("Somebody should stab the foreign
    // secretary", "Bakanı kurşuna dizmek lazım"), 6 after; the 5 attacks on groups added
    // last: none before, 4 at their first reading ("Pensioners should hurry up and die":
    // pensioners were no role), 5 after.
    let civil_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/subtle-abuse.txt"), 39);
    // 1 of 20 held before ("The word moron was once a clinical term"), 0 at the first reading.
    assert!(
        civil_held.is_empty(),
        "civil sentences held: {civil_held:#?}"
    );
}

#[test]
fn r14_abuse_with_its_letters_spaced_out_is_held_and_single_letters_in_civil_text_are_not() {
    // 3 of 20 before spaced letters were joined into words, 19 at the first reading (the one
    // left, "Get lost, p r i c k.", was published written plainly too), 20 once a name alone
    // after a comma was a name called.
    let civil_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/spaced-letters.txt"), 20);
    // None of 20 held before or at the first reading.
    assert!(
        civil_held.is_empty(),
        "civil sentences held: {civil_held:#?}"
    );
}

#[test]
fn r14_masked_insults_are_held_and_masked_swearing_at_nobody_is_published() {
    // 7 of 20 before masks were filled in, 19 at the first reading (the one left, "Get lost,
    // you pr*ck.", was published written plainly too), 20 once `prick` was a name called.
    let civil_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/masked-words.txt"), 20);
    // "The c*unt of the votes finished at midnight" held before and after: a mask that fills
    // no word is dropped (`cu*nt` is `cunt`), and so is this one.
    assert_eq!(
        civil_held,
        ["The c*unt of the votes finished at midnight."],
        "civil sentences held"
    );
}

#[test]
fn r14_a_double_l_written_as_strokes_is_read_and_numbers_and_numerals_are_not() {
    // 2 of 10 before two strokes were read as `ll`, 10 at the first reading; no civil line
    // held before or after.
    let civil_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/double-l.txt"), 10);
    assert!(
        civil_held.is_empty(),
        "civil sentences held: {civil_held:#?}"
    );
}

#[test]
fn r14_groups_kept_at_home_or_called_a_burden_are_held_and_advice_and_reports_are_not() {
    // None of 10 before the shapes that read them, 9 at the first reading: "Old people are a
    // burden." (age is not among the groups of `data/identities.txt`); 10 since the identity
    // rule reads the aged (`old people`, `the elderly`) as a group.
    let civil_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/kept-home.txt"), 10);
    // None of 10 held before or at the first reading.
    assert!(
        civil_held.is_empty(),
        "civil sentences held: {civil_held:#?}"
    );
}

#[test]
fn r14_words_given_to_a_speaker_before_a_colon_are_the_speaker_s_and_other_labels_are_not() {
    // 9 of 10 held before and at the first reading: "Women: know your place and stay in the
    // kitchen." was published (a group told, which no shape read); 10 since.
    let civil_held =
        civil_held_when_every_attack_is_held(include_str!("fixtures/speakers.txt"), 10);
    // All 10 held before; 2 at the first reading: "Some guy on the bus: refugees are
    // cockroaches. ... told him to shut up." (the classifier's words) and "Every troll under
    // this article: ..." (`trolls` was among the speakers, `troll` was not: 1 since); 2 since
    // session 60's model, which scores "Every troll ..." 0.61, just over the line (0.60 before).
    assert!(
        civil_held.len() <= 2,
        "civil sentences held: {civil_held:#?}"
    );
}

#[test]
fn r14_insults_cut_apart_or_written_with_a_capital_i_are_read_and_compounds_and_names_are_not() {
    // 7 of 20 before halves were joined, 18 at the first reading: "What a mor on." (`mor` and
    // `on` are both words of the vocabulary) and "a worthless sIag and a Iiar" (`slag` and
    // `liar` are not among the words readers mask) are published.
    let civil_held =
        civil_held_when_attacks_are_held(include_str!("fixtures/split-words.txt"), 20, 18);
    // None held before; "Mo Ron and his band played the town hall." at the first reading,
    // none once a half in title case (a name) was left alone.
    assert!(
        civil_held.is_empty(),
        "civil sentences held: {civil_held:#?}"
    );
}

#[test]
fn r14_stock_insults_are_held_and_their_words_in_civil_sentences_are_not_read_so() {
    let (insults, held, misread) = read_fixture(
        include_str!("fixtures/stock-insults.txt"),
        names(RuleId::Insult),
    );
    assert_eq!(insults, 40, "the fixture's insults");
    // 2 of 30 before the rule (by the classifier), 29 at its first reading ("This writer has
    // the intelligence of a brick"), 30 after. The 10 names and orders added later: 2 before
    // their shapes, 10 at their first reading (which held one civil twin: "Go back to the
    // kitchen drawer ...").
    assert_eq!(held, 40, "{held} of {insults} held or refused");
    assert!(
        misread.is_empty(),
        "civil sentences read as insults: {misread:#?}"
    );
}

#[test]
fn r14_sexual_harassment_is_held_and_its_words_in_civil_sentences_are_not_read_so() {
    let (harassment, held, misread) = read_fixture(
        include_str!("fixtures/sexual-harassment.txt"),
        names(RuleId::SexualHarassment),
    );
    assert_eq!(harassment, 40, "the fixture's harassment");
    // 28 of 30 at its first reading (4 before the rule, by the classifier), 30 after; the
    // 10 remarks on a body added later: 4 before their shape, 9 at its first reading, 10.
    assert_eq!(held, 40, "{held} of {harassment} held or refused");
    assert!(
        misread.is_empty(),
        "civil sentences read as harassment: {misread:#?}"
    );
}

#[test]
fn r14_harm_words_that_harm_no_one_are_not_read_as_abuse() {
    let policy = Policy::default_rules().expect("default policy");
    for text in [
        "Kill the bill before it kills the high street.",
        "This heat is going to kill me.",
        "I'm going to shoot the wedding next week.",
        "I'll shoot you a message when I land.",
    ] {
        assert_eq!(policy.evaluate(text).decision, Decision::Allow, "{text}");
    }
    for text in ["I will kill you.", "Go kill yourself."] {
        assert_ne!(policy.evaluate(text).decision, Decision::Allow, "{text}");
    }
}

#[test]
fn r14_criticism_of_those_in_office_is_allowed_and_abuse_with_its_words_is_not() {
    let (abuse, held_abuse, held_criticism) = read_fixture(
        include_str!("fixtures/office-criticism.txt"),
        held_or_refused,
    );
    assert_eq!(abuse, 12, "the fixture's abusive lines");
    // 11 of 12 on 2026-12-01, as before criticism of an office was read apart.
    assert!(
        held_abuse >= 11,
        "{held_abuse} of {abuse} abusive lines held or refused"
    );
    assert!(
        held_criticism.is_empty(),
        "criticism held: {held_criticism:#?}"
    );
}
