use super::*;

fn at(minutes: i64) -> i64 {
    1_800_000_000_000 + minutes * 60_000
}

fn event(kind: Kind, account: &str, ip: &str, minute: i64) -> Event {
    Event {
        site: "news".into(),
        url: "https://news.example/story".into(),
        ..Event::new(at(minute), kind, account, ip)
    }
}

fn comment(account: &str, ip: &str, minute: i64, id: &str, url: &str, text: &str) -> Event {
    Event {
        comment_id: Some(id.into()),
        url: url.into(),
        text: Some(text.into()),
        ..event(Kind::Comment, account, ip, minute)
    }
}

fn vote(account: &str, minute: i64, target: &str, value: i8) -> Event {
    Event {
        target: Some(target.into()),
        value: Some(value),
        ..event(Kind::Vote, account, "198.51.100.7", minute)
    }
}

fn run(events: &[Event]) -> Vec<Campaign> {
    let mut d = Detector::new(Config::default());
    for e in events {
        d.observe(e);
    }
    d.campaigns()
}

const TALKING_POINT: &str = "The sanctions hurt ordinary families far more than the regime, and everyone in Brussels knows it.";

#[test]
fn copy_paste_accounts_form_a_campaign_with_the_texts_as_evidence() {
    let mut events = Vec::new();
    for (i, name) in ["amy", "bob", "cat", "dan"].iter().enumerate() {
        for (j, url) in ["a", "b"].iter().enumerate() {
            let text = format!("{TALKING_POINT} {}", ["Wake up.", "Think about it!"][j]);
            events.push(comment(
                name,
                &format!("203.0.113.{i}"),
                (i * 7 + j * 50) as i64,
                &format!("{name}{j}"),
                url,
                &text,
            ));
        }
    }
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].accounts, ["amy", "bob", "cat", "dan"]);
    assert!(found[0]
        .evidence
        .iter()
        .any(|e| matches!(e, Evidence::SameText { .. })));
    assert!(found[0].detected_at >= found[0].first_action);
}

#[test]
fn paraphrases_and_disguises_still_match() {
    let variants = [
        "The sanctions hurt ordinary families far more than the regime, and everyone in Brussels knows it.",
        "These sanctions hurt ordinary families much more than the regime and all of Brussels knows it",
        "Th3 sanct1ons hurt 0rdinary families far more than the regime, everyone in Brussels knows it!!",
        "Sanctions hurt ordinary families far more than they hurt the regime, and everyone in Brussels knows.",
    ];
    let mut events = Vec::new();
    for round in 0..2 {
        for (i, text) in variants.iter().enumerate() {
            events.push(comment(
                &format!("acct{i}"),
                "192.0.2.1",
                (round * 60 + i as i64) * 3,
                &format!("c{round}{i}"),
                &format!("page{round}"),
                text,
            ));
        }
    }
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].accounts.len(), 4);
}

#[test]
fn organic_readers_of_breaking_news_are_left_alone() {
    // Forty readers comment on the same story within minutes, from one office address, and
    // up-vote the same top comment: different texts, no sign-up burst.
    let texts = [
        "This is a big escalation and the ministry has been silent all morning.",
        "I wonder what the markets will make of this by the end of the week.",
        "My cousin lives near the border and says the roads are already closed.",
        "Good reporting, but I would like to hear from the opposition too.",
        "Nobody could have predicted the talks would collapse this quickly.",
    ];
    let mut events = Vec::new();
    events.push(comment(
        "reporter",
        "198.51.100.7",
        0,
        "top",
        "breaking",
        "Live updates will follow here as we confirm each report from the region.",
    ));
    for i in 0..40 {
        let text = format!("{} (reader {i})", texts[i % texts.len()]);
        events.push(comment(
            &format!("reader{i}"),
            "198.51.100.7",
            1 + i as i64 / 10,
            &format!("r{i}"),
            "breaking",
            &format!("{text} {}", "x".repeat(i)),
        ));
        events.push(vote(&format!("reader{i}"), 2 + i as i64 / 5, "top", 1));
    }
    // Same texts would link readers quoting each other only when near-identical: these differ.
    let found = run(&events);
    let swept: usize = found.iter().map(|c| c.accounts.len()).sum();
    assert!(swept <= 5, "too many organic readers flagged: {found:#?}");
}

#[test]
fn a_vote_brigade_and_its_ring_are_found() {
    let mut events = Vec::new();
    // Sign-up burst from one /24, then up-voting each other's comments and the same targets
    // within seconds.
    let ring = ["v1", "v2", "v3", "v4", "v5"];
    for (i, name) in ring.iter().enumerate() {
        events.push(event(
            Kind::Signup,
            name,
            &format!("203.0.113.{}", 10 + i),
            i as i64,
        ));
    }
    for (i, name) in ring.iter().enumerate() {
        events.push(comment(
            name,
            "203.0.113.20",
            10 + i as i64,
            &format!("{name}c"),
            "p",
            &format!("Comment number {i} with enough words to be a real comment here."),
        ));
    }
    for (minute, voter) in (20..).zip(ring) {
        for author in ring {
            if voter != author {
                events.push(vote(voter, minute, &format!("{author}c"), 1));
            }
        }
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].accounts.len(), 5);
    assert!(found[0]
        .evidence
        .iter()
        .any(|e| matches!(e, Evidence::VoteRing { .. })));
}

#[test]
fn one_browser_links_accounts() {
    let mut events = Vec::new();
    for (i, name) in ["old", "new1", "new2"].iter().enumerate() {
        let mut e = event(
            Kind::Signup,
            name,
            &format!("192.0.2.{}", 50 * i),
            i as i64 * 600,
        );
        e.device = Some("dev-1".into());
        events.push(e);
    }
    let found = run(&events);
    assert_eq!(found.len(), 1);
    assert!(found[0]
        .evidence
        .iter()
        .all(|e| matches!(e, Evidence::SameDevice { .. })));
}

#[test]
fn memory_is_bounded_by_the_window() {
    let mut d = Detector::new(Config {
        window_ms: 60_000,
        ..Config::default()
    });
    for i in 0..12_000 {
        d.observe(&comment(
            &format!("a{}", i % 500),
            "192.0.2.1",
            i / 100,
            &format!("c{i}"),
            &format!("p{}", i % 50),
            &format!("An ordinary remark number {i} about the news of the day, nothing more."),
        ));
    }
    // At most a window's worth (100 comments) plus one pruning interval (4096 events), not
    // everything seen.
    assert!(
        d.text_meta.len() < 4_300,
        "{} texts kept",
        d.text_meta.len()
    );
    assert!(d.comment_author.len() < 4_300);
    assert_eq!(d.events(), 12_000);
}

#[test]
fn new_accounts_repeating_each_other_are_found_at_their_first_comments() {
    // Each account posts the talking point once: for established accounts one matching pair
    // of comments is half a link, for accounts that signed up minutes ago it is a whole one.
    let once = |signups: bool| {
        let mut events = Vec::new();
        for (i, name) in ["amy", "bob", "cat"].iter().enumerate() {
            if signups {
                events.push(event(
                    Kind::Signup,
                    name,
                    &format!("198.51.{i}.9"),
                    i as i64,
                ));
            }
        }
        for (i, name) in ["amy", "bob", "cat"].iter().enumerate() {
            events.push(comment(
                name,
                &format!("198.51.{i}.9"),
                10 + i as i64,
                &format!("{name}0"),
                "a",
                TALKING_POINT,
            ));
        }
        run(&events)
    };
    let found = once(true);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].detected_at, at(12));
    assert!(
        once(false).is_empty(),
        "accounts whose sign-up was not seen are not new"
    );
}

#[test]
fn a_banned_member_coming_back_joins_the_campaign() {
    let mut events = Vec::new();
    for (i, name) in ["amy", "bob", "cat"].iter().enumerate() {
        events.push(event(
            Kind::Signup,
            name,
            &format!("198.51.{i}.9"),
            i as i64,
        ));
        events.push(comment(
            name,
            &format!("198.51.{i}.9"),
            10 + i as i64,
            &format!("{name}0"),
            "a",
            TALKING_POINT,
        ));
    }
    // Days later, under a new name, held by the enforcement checks as bob's return.
    events.push(Event {
        evasion_of: Some("bob".into()),
        ..comment(
            "dora",
            "198.51.1.9",
            600,
            "dora0",
            "b",
            "Something else entirely, about trains.",
        )
    });
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].accounts, ["amy", "bob", "cat", "dora"]);
    assert!(found[0]
        .evidence
        .iter()
        .any(|e| matches!(e, Evidence::BanEvasion { .. })));
}

/// A farm's core (three accounts sharing a talking point), its comments on several stories,
/// and `voter` up-voting each within minutes of its posting.
fn farm_with_a_voter(voter: &str, also: &[Event]) -> Vec<Event> {
    let mut events = Vec::new();
    for round in 0..4 {
        for (i, name) in ["amy", "bob", "cat"].iter().enumerate() {
            let minute = round * 120 + i as i64 * 9;
            let id = format!("{name}{round}");
            events.push(comment(
                name,
                &format!("203.0.113.{i}"),
                minute,
                &id,
                &format!("https://news.example/{round}"),
                &format!("{TALKING_POINT} Round {round}."),
            ));
            events.push(vote(voter, minute + 3, &id, 1));
        }
    }
    events.extend_from_slice(also);
    events.sort_by_key(|e| e.at);
    events
}

#[test]
fn an_account_that_mostly_boosts_the_farm_joins_it_with_its_votes_as_evidence() {
    let found = run(&farm_with_a_voter("quiet", &[]));
    assert_eq!(found.len(), 1, "{found:?}");
    let c = &found[0];
    assert_eq!(c.accounts, ["amy", "bob", "cat", "quiet"]);
    let quiet = c
        .members
        .iter()
        .find(|m| m.account == "quiet")
        .expect("the quiet member is listed");
    assert!(
        matches!(
            quiet.evidence[0],
            MemberEvidence::Boosts {
                votes: 12,
                of: 12,
                members: 3,
                quiet: true,
                ..
            }
        ),
        "{quiet:?}"
    );
    assert!(
        quiet
            .summary
            .starts_with("up-voted 12 of the campaign's comments within 3 minutes"),
        "{}",
        quiet.summary
    );
    assert!(c.summary.starts_with("4 accounts: "), "{}", c.summary);
    assert!(
        c.summary.contains("1 boost the others' comments"),
        "{}",
        c.summary
    );
}

#[test]
fn a_reader_who_also_up_votes_much_else_does_not_join() {
    // The same 12 boosts, and 12 more up-votes on other readers' comments: half its votes.
    let mut others = Vec::new();
    for k in 0..12 {
        let id = format!("other{k}");
        let author = format!("reader{k}");
        others.push(comment(
            &author,
            &format!("192.0.2.{k}"),
            k * 40 + 1,
            &id,
            "https://news.example/elsewhere",
            "A long and thoughtful comment about the budget of the city council this year.",
        ));
        others.push(vote("regular", k * 40 + 5, &id, 1));
    }
    let found = run(&farm_with_a_voter("regular", &others));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].accounts, ["amy", "bob", "cat"]);
}

#[test]
fn fans_of_one_commenter_voting_together_are_not_a_ring() {
    // Four fans up-vote every comment of one prolific reader within the same minute.
    let mut events = Vec::new();
    for k in 0..30 {
        let id = format!("col{k}");
        events.push(comment(
            "columnist",
            "192.0.2.1",
            k * 60,
            &id,
            &format!("https://news.example/{k}"),
            &format!("Column number {k}: the council's budget, read line by line, again."),
        ));
        for (f, fan) in ["fan1", "fan2", "fan3", "fan4"].iter().enumerate() {
            events.push(vote(fan, k * 60 + 1 + f as i64 / 2, &id, 1));
        }
    }
    events.sort_by_key(|e| e.at);
    assert_eq!(run(&events), []);
}

#[test]
fn a_talking_point_transliterated_into_cyrillic_still_matches() {
    let point = "Hillary lied about the emails and the media covers for her every single day.";
    let transliterated =
        "хиллары лиед абоут зе имаилс анд зе медиа коверс фор хер еверй сингле дай.";
    let look_alike = "Ніllаry liеd аbоut thе еmаils аnd thе mеdiа соvеrs fоr hеr еvеry singlе dаy.";
    assert!(
        super::fold(transliterated).contains("lied about ze"),
        "{}",
        super::fold(transliterated)
    );
    let mut events = Vec::new();
    for round in 0..2 {
        for (i, (name, text)) in [("amy", point), ("bob", transliterated), ("cat", look_alike)]
            .iter()
            .enumerate()
        {
            events.push(comment(
                name,
                &format!("203.0.113.{i}"),
                round * 300 + i as i64 * 11,
                &format!("{name}{round}"),
                &format!("https://news.example/{round}"),
                text,
            ));
        }
    }
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].accounts, ["amy", "bob", "cat"]);
}

#[test]
fn aged_accounts_on_a_new_address_for_every_action_are_still_found() {
    // No sign-up in the window (the accounts were made months before) and every comment and
    // vote from another address: the texts and the boosts carry it.
    let mut events = farm_with_a_voter("quiet", &[]);
    for (k, e) in events.iter_mut().enumerate() {
        e.ip = format!("192.0.2.{}", k % 250 + 1);
    }
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].accounts, ["amy", "bob", "cat", "quiet"]);
}

#[test]
fn a_slow_drip_of_one_talking_point_is_found_within_its_first_day() {
    // Two comments a day each, for two weeks, worded a little differently every time.
    let endings = [
        "Think about it.",
        "Share this.",
        "Wake up.",
        "Ask yourself why.",
    ];
    let mut events = Vec::new();
    for day in 0..14 {
        for (i, name) in ["amy", "bob", "cat"].iter().enumerate() {
            for half in 0..2 {
                let minute = day * 1440 + half * 600 + i as i64 * 97;
                events.push(comment(
                    name,
                    &format!("203.0.113.{}", day * 3 + i as i64),
                    minute,
                    &format!("{name}{day}-{half}"),
                    &format!("https://news.example/{day}-{half}"),
                    &format!(
                        "{TALKING_POINT} {}",
                        endings[(day as usize + half as usize + i) % 4]
                    ),
                ));
            }
        }
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].accounts, ["amy", "bob", "cat"]);
    assert!(
        found[0].detected_at - found[0].first_action < 24 * 3_600_000,
        "found after {} h",
        (found[0].detected_at - found[0].first_action) / 3_600_000
    );
}
