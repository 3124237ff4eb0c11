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

/// The member `account` of `campaign`, which must list it.
fn member<'a>(campaign: &'a Campaign, account: &str) -> &'a Member {
    campaign
        .members
        .iter()
        .find(|m| m.account == account)
        .unwrap_or_else(|| panic!("{account} is not listed: {campaign:#?}"))
}

/// Asserts that one campaign was found, and that it holds `member` and not `outsider`.
fn one_campaign_with_but_not(found: &[Campaign], member: &str, outsider: &str) {
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].accounts.iter().any(|a| a == member), "{found:#?}");
    assert!(
        !found[0].accounts.iter().any(|a| a == outsider),
        "{found:#?}"
    );
}

/// Four accounts posting one talking point twice each within the hour, on two pages.
fn copy_paste_farm() -> Vec<Event> {
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
    events
}

#[test]
fn copy_paste_accounts_form_a_campaign_with_the_texts_as_evidence() {
    let found = run(&copy_paste_farm());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].accounts, ["amy", "bob", "cat", "dan"]);
    assert!(found[0]
        .evidence
        .iter()
        .any(|e| matches!(e, Evidence::SameText { .. })));
    assert!(found[0].detected_at >= found[0].first_action);
}

#[test]
fn a_campaign_keeps_its_name_as_accounts_whose_names_sort_first_join_it() {
    // Three accounts post the talking point; an hour later two more join them, the second of
    // them named to sort before every other: the alert sent for the first three, and a
    // moderator's page open on it, must still name the same campaign.
    let mut d = Detector::new(Config::default());
    let post = |d: &mut Detector, name: &str, i: usize, minute: i64| {
        for (j, url) in ["a", "b"].iter().enumerate() {
            let text = format!("{TALKING_POINT} {}", ["Wake up.", "Think about it!"][j]);
            d.observe(&comment(
                name,
                &format!("203.0.113.{i}"),
                minute + j as i64 * 20,
                &format!("{name}{j}"),
                url,
                &text,
            ));
        }
    };
    for (i, name) in ["wren", "xavi", "yara"].iter().enumerate() {
        post(&mut d, name, i, i as i64 * 7);
    }
    let first = d.campaigns();
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(first[0].id, "campaign-wren");
    for (i, name) in ["mona", "abel"].iter().enumerate() {
        post(&mut d, name, 10 + i, 60 + i as i64 * 7);
    }
    let grown = d.campaigns();
    assert_eq!(grown.len(), 1, "{grown:?}");
    assert_eq!(grown[0].accounts, ["abel", "mona", "wren", "xavi", "yara"]);
    assert_eq!(grown[0].id, "campaign-wren");
    assert_eq!(grown[0].detected_at, first[0].detected_at);
}

/// Two trios, each linked by its own talking point, of which the voters in `voting` up-vote
/// three readers' fresh comments within the same minute: the pairs of voters from the two
/// trios each add up 0.6 (one co-vote per reader), never a link.
fn two_trios(voting: &[&str]) -> Vec<Event> {
    let mut events = Vec::new();
    let points = [
        TALKING_POINT,
        "Every pension fund in the country is quietly being emptied to pay for the new stadium.",
    ];
    for (t, trio) in [["ann", "ben", "cal"], ["dee", "eli", "fay"]]
        .iter()
        .enumerate()
    {
        for (i, name) in trio.iter().enumerate() {
            for (j, url) in ["a", "b"].iter().enumerate() {
                events.push(comment(
                    name,
                    &format!("203.0.{t}.{i}"),
                    (t * 30 + i * 3 + j * 50) as i64,
                    &format!("{name}{j}"),
                    url,
                    &format!("{} {}", points[t], ["Wake up.", "Think about it!"][j]),
                ));
            }
        }
    }
    for (k, reader) in ["rose", "sam", "tess"].iter().enumerate() {
        let minute = 200 + k as i64 * 30;
        let id = format!("{reader}-says");
        events.push(comment(
            reader,
            &format!("192.0.2.{k}"),
            minute,
            &id,
            "c",
            &format!("Reader {k} thinks the council should publish the stadium contract in full."),
        ));
        for voter in voting {
            events.push(vote(voter, minute + 1, &id, 1));
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

#[test]
fn a_farm_found_as_two_groups_is_one_campaign_when_each_member_of_one_is_tied_to_the_other() {
    // Every member of the second trio co-votes with the whole first trio: its evidence with
    // them adds up to 1.8 though no pair of them is linked. One campaign, named after the
    // trio found first.
    let found = run(&two_trios(&["ann", "ben", "cal", "dee", "eli", "fay"]));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].accounts,
        ["ann", "ben", "cal", "dee", "eli", "fay"]
    );
    assert_eq!(found[0].id, "campaign-ann");
    // The tie is the members' evidence: co-votes with the other trio's members.
    assert!(
        member(&found[0], "eli")
            .evidence
            .iter()
            .any(|e| matches!(e, MemberEvidence::VotedTogether { members, .. } if *members >= 3)),
        "{:#?}",
        member(&found[0], "eli")
    );

    // Only one of the second trio tied to the first: two campaigns.
    let apart = run(&two_trios(&["ann", "ben", "cal", "dee"]));
    assert_eq!(apart.len(), 2, "{apart:#?}");
    let trios: Vec<&[String]> = apart.iter().map(|c| &c.accounts[..]).collect();
    assert!(
        trios.contains(&&["ann".to_owned(), "ben".into(), "cal".into()][..]),
        "{trios:?}"
    );
    assert!(
        trios.contains(&&["dee".to_owned(), "eli".into(), "fay".into()][..]),
        "{trios:?}"
    );
}

#[test]
fn a_farm_s_writers_found_apart_join_the_voters_that_boost_them() {
    // The first trio up-votes the second trio's comments within minutes: every writer it
    // boosts draws 9 boosts from its 3 members, as a farm boosts its own writers (boosts are
    // no link between two accounts). Boosting two of the three writers only is not enough.
    let boosted = |writers: &[&str]| {
        let mut events = two_trios(&[]);
        for (w, writer) in ["dee", "eli", "fay"].iter().enumerate() {
            for k in 0..3i64 {
                let minute = 300 + w as i64 * 60 + k * 15;
                let id = format!("{writer}-more{k}");
                events.push(comment(
                    writer,
                    &format!("203.0.1.{w}"),
                    minute,
                    &id,
                    "d",
                    &format!("Comment {k} of {writer}: the budget vote is tomorrow at noon."),
                ));
                if writers.contains(writer) {
                    for (v, voter) in ["ann", "ben", "cal"].iter().enumerate() {
                        events.push(vote(voter, minute + 2 + v as i64, &id, 1));
                    }
                }
            }
        }
        events.sort_by_key(|e| e.at);
        run(&events)
    };
    let found = boosted(&["dee", "eli", "fay"]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].accounts,
        ["ann", "ben", "cal", "dee", "eli", "fay"]
    );
    assert_eq!(found[0].id, "campaign-ann");
    assert_eq!(boosted(&["dee", "eli"]).len(), 2);
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

/// Three established readers (no sign-up seen) who each up-vote the other two's comments,
/// `returned` of them each, an hour or more after they were posted (no boosts, no same-moment
/// votes, each on its own page).
fn readers_trading_up_votes(returned: i64) -> Vec<Event> {
    let readers = ["ann", "ben", "cai"];
    let mut events = Vec::new();
    let mut dice = Dice(11);
    for k in 0..returned {
        for (r, name) in (0..).zip(readers) {
            events.push(comment(
                name,
                &format!("198.51.100.{}", 20 + r),
                k * 240 + r * 20,
                &format!("{name}-{k}"),
                &format!("https://news.example/{k}/{r}"),
                &dice.text(),
            ));
        }
        for (r, voter) in (0..).zip(readers) {
            for author in readers.into_iter().filter(|&a| a != voter) {
                events.push(vote(
                    voter,
                    k * 240 + 120 + r * 10,
                    &format!("{author}-{k}"),
                    1,
                ));
            }
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

#[test]
fn regulars_who_return_a_few_up_votes_are_not_a_ring_but_more_are() {
    // Three up-votes returned between established accounts: the first is what neighbours on a
    // busy site do, and two are not a link.
    assert_eq!(run(&readers_trading_up_votes(3)), []);
    let found = run(&readers_trading_up_votes(4));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].accounts, ["ann", "ben", "cai"]);
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
    let quiet = member(c, "quiet");
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

/// The first minute of the farm's day, a day into the detector's watch.
const DAY: i64 = 24 * 60;

/// A writer's three comments on the morning's story, one every half hour, each boosted within
/// ten minutes by `boosters` voters, each of whom boosts two of them; the site's regulars
/// comment through the day before (`watched`), and `fans` of them up-vote each comment too.
fn writer_boosted_by(boosters: &[String], watched: bool, fans: usize) -> Vec<Event> {
    const COMMENTS: [&str; 3] = [
        "The new bypass will cut the commute in half and the council is too timid to build it.",
        "Every town that built a bypass saw its high street come back to life within two years.",
        "Ask the shop owners on Market Street what a decade of through traffic did to them.",
    ];
    let mut events = if watched {
        a_day_of_regulars()
    } else {
        Vec::new()
    };
    for (k, text) in COMMENTS.iter().enumerate() {
        let minute = DAY + 30 * k as i64;
        let id = format!("writer-{k}");
        events.push(comment(
            "writer",
            "203.0.113.9",
            minute,
            &id,
            "https://news.example/bypass",
            text,
        ));
        for (b, booster) in boosters.iter().enumerate() {
            // Booster b boosts comments b % 3 and (b + 1) % 3.
            if k == b % 3 || k == (b + 1) % 3 {
                events.push(vote(booster, minute + 2 + b as i64, &id, 1));
            }
        }
        for f in 0..fans {
            events.push(vote(&format!("regular{f}"), minute + 4 + f as i64, &id, 1));
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

/// The site's regulars commenting through the detector's first day, so that accounts first
/// seen after it are new to the site.
fn a_day_of_regulars() -> Vec<Event> {
    (0..24)
        .map(|hour| {
            comment(
                &format!("regular{}", hour % 8),
                &format!("192.0.2.{}", hour % 8),
                hour * 60,
                &format!("morning-{hour}"),
                "https://news.example/yesterday",
                // Too short to be compared with another's.
                "Good piece, thanks for the detail.",
            )
        })
        .collect()
}

fn newcomers(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("newcomer{i}")).collect()
}

#[test]
fn newcomers_boosting_one_writer_again_and_again_are_a_campaign_at_once() {
    let found = run(&writer_boosted_by(&newcomers(6), true, 0));
    assert_eq!(found.len(), 1, "{found:#?}");
    let c = &found[0];
    for account in newcomers(6).iter().chain([&"writer".to_owned()]) {
        assert!(c.accounts.contains(account), "{account}: {c:#?}");
    }
    assert!(
        c.accounts.iter().all(|a| !a.starts_with("regular")),
        "{c:#?}"
    );
    // Found at the second comment's boosts, when newcomer0 and newcomer3 had boosted the
    // writer twice: with the writer they boost, three accounts.
    assert_eq!(c.detected_at, at(DAY + 30 + 5), "{c:#?}");
    let writer = member(c, "writer");
    assert!(
        writer
            .evidence
            .iter()
            .any(|e| matches!(e, MemberEvidence::BoostedByNewcomers { members: 6 })),
        "{writer:?}"
    );
    assert!(c.evidence.iter().any(|e| matches!(
        e,
        Evidence::BoostedByNewcomers { writer, newcomer }
            if writer == "writer" && newcomer == "newcomer0"
    )));
    let first = member(c, "newcomer0");
    assert!(
        first
            .evidence
            .iter()
            .any(|e| matches!(e, MemberEvidence::NewcomersBoosting { members: 5 })),
        "{first:?}"
    );
    assert!(c.evidence.iter().any(|e| matches!(
        e,
        Evidence::NewcomersBoosting { writer, .. } if writer == "writer"
    )));
    assert!(
        c.summary.contains("arrived together to boost one writer"),
        "{}",
        c.summary
    );

    // Not on a site the detector has only just begun to watch (everyone is new to it).
    assert_eq!(run(&writer_boosted_by(&newcomers(6), false, 0)), []);
    // Not when the writer's up-voters are mostly regulars: a popular writer.
    assert_eq!(run(&writer_boosted_by(&newcomers(6), true, 8)), []);
    // Not four newcomers.
    assert_eq!(run(&writer_boosted_by(&newcomers(4), true, 0)), []);
}

/// A columnist on the site since the day before, whose fans do nothing but up-vote its
/// comments: they are first seen together with its first comment of the day, as new to the
/// detector as a farm, but the writer they boost is not new to the site (a farm's writer first
/// seen with its first comment is: the test above).
#[test]
fn fans_first_seen_boosting_a_columnist_of_the_site_are_not_newcomers_boosting() {
    let mut events = writer_boosted_by(&newcomers(6), true, 0);
    // On the site since the detector's first hour.
    events.push(vote("writer", 30, "morning-0", 1));
    events.sort_by_key(|e| e.at);
    assert_eq!(run(&events), []);
}

#[test]
fn newcomers_who_boosted_the_writer_once_are_not_linked() {
    // Six newcomers, each up-voting one of the writer's comments: readers new to the site
    // whose first up-vote fell on it.
    let mut events = writer_boosted_by(&[], true, 0);
    for (b, newcomer) in newcomers(6).iter().enumerate() {
        let k = b % 3;
        events.push(vote(
            newcomer,
            DAY + 30 * k as i64 + 3,
            &format!("writer-{k}"),
            1,
        ));
    }
    events.sort_by_key(|e| e.at);
    assert_eq!(run(&events), []);
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

/// A small deterministic stream of choices for the crowds below.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }

    /// A comment of its own: twelve words drawn from a few hundred, so that no two comments
    /// are near-duplicates (voting circles do not read the texts; this keeps the text signals
    /// out of the way).
    fn text(&mut self) -> String {
        self.words(12)
    }

    /// `n` made-up words of three syllables.
    fn words(&mut self, n: usize) -> String {
        const ONSETS: [&str; 12] = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t"];
        const VOWELS: [&str; 5] = ["a", "e", "i", "o", "u"];
        let words: Vec<String> = (0..n)
            .map(|_| {
                (0..3)
                    .map(|_| format!("{}{}", ONSETS[self.below(12)], VOWELS[self.below(5)]))
                    .collect()
            })
            .collect();
        words.join(" ")
    }
}

/// A farm slowed to a drip: four writers post one comment a day each, five voters up-vote one
/// of them a day within minutes, spread over the writers, each comment once (so never two
/// members on one comment); beside them 60 readers who comment daily, up-vote three of one
/// another's comments a day, and now and then a farm comment too.
fn dripping_farm_and_crowd() -> Vec<Event> {
    let mut events = Vec::new();
    let mut dice = Dice(7);
    for day in 0..7 {
        for w in 0..4usize {
            let posted = day * 1440 + 60 + 180 * w as i64;
            let id = format!("farm-{day}-{w}");
            let text = dice.text();
            let url = "https://news.example/council";
            events.push(comment(
                &format!("drip-w{w}"),
                &format!("203.0.113.{w}"),
                posted,
                &id,
                url,
                &text,
            ));
            // The voter whose turn it is on this writer today, a few minutes after posting.
            if let Some(v) = (0..5usize).find(|v| (v + day as usize) % 5 == w) {
                events.push(vote(&format!("drip-v{v}"), posted + 3 + v as i64, &id, 1));
            }
        }
        for r in 0..60usize {
            let posted = day * 1440 + 30 + 20 * r as i64;
            let id = format!("org-{day}-{r}");
            let text = dice.text();
            let url = format!("https://news.example/{}", r % 6);
            events.push(comment(
                &format!("reader{r}"),
                &format!("198.51.100.{r}"),
                posted,
                &id,
                &url,
                &text,
            ));
        }
        for r in 0..60usize {
            let at = day * 1440 + 1300 + r as i64;
            for _ in 0..3 {
                let other = dice.below(60);
                if other != r {
                    events.push(vote(
                        &format!("reader{r}"),
                        at,
                        &format!("org-{day}-{other}"),
                        1,
                    ));
                }
            }
            if dice.below(50) == 0 {
                let w = dice.below(4);
                events.push(vote(
                    &format!("reader{r}"),
                    at,
                    &format!("farm-{day}-{w}"),
                    1,
                ));
            }
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

#[test]
fn a_farm_dripping_for_a_week_is_found_as_a_voting_circle() {
    let events = dripping_farm_and_crowd();
    // A day's memory sees too little: the same stream with up-votes forgotten after a day.
    let mut one_day = Detector::new(Config {
        circle_ms: 24 * 3_600_000,
        ..Config::default()
    });
    for e in &events {
        one_day.observe(e);
    }
    assert_eq!(one_day.campaigns(), []);

    // Looked at every hour as a site's patrol would: the circle keeps the date it was first
    // found on, as it grows, however late it is looked at.
    let mut d = Detector::new(Config::default());
    let mut first_shown = None;
    for e in &events {
        d.observe(e);
        if first_shown.is_none() && e.at % 3_600_000 < 60_000 {
            first_shown = d.campaigns().first().map(|c| c.detected_at);
        }
    }
    let found = d.campaigns();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(Some(found[0].detected_at), first_shown);
    assert!(found[0].detected_at < d.now);
    let mut expected: Vec<String> = (0..4)
        .map(|w| format!("drip-w{w}"))
        .chain((0..5).map(|v| format!("drip-v{v}")))
        .collect();
    expected.sort();
    assert_eq!(found[0].accounts, expected);
    let voter = member(&found[0], "drip-v0");
    assert!(
        matches!(
            voter.evidence[0],
            MemberEvidence::Circle {
                members: 4,
                days: 7,
                ..
            }
        ),
        "{:?}",
        voter.evidence
    );
    assert!(
        voter.summary.contains("a voting circle"),
        "{}",
        voter.summary
    );
    let writer = member(&found[0], "drip-w0");
    assert!(
        writer
            .evidence
            .iter()
            .any(|e| matches!(e, MemberEvidence::CircleVotes { .. })),
        "{:?}",
        writer.evidence
    );
}

/// A day on which the farm's comments draw the crowd (each reader gives two up-votes to them,
/// as readers did on election day): three readers who vote only that day, three up-votes each
/// on three of the farm's writers, gave all their up-votes to the circle, as its voters do,
/// but no more than the crowd's share makes likely for someone among the site's voters. The
/// farm's voters, seven up-votes each into the circle, stay in it.
#[test]
fn readers_whose_few_up_votes_all_went_to_a_popular_farm_are_not_its_circle() {
    let mut events = dripping_farm_and_crowd();
    let day = 3i64;
    for r in 0..60usize {
        // Hours after the farm's comments went up, minutes apart: no boost, no same-moment vote.
        let at = day * 1440 + 700 + 10 * r as i64;
        for w in [r % 4, (r + 1) % 4] {
            events.push(vote(
                &format!("reader{r}"),
                at,
                &format!("farm-{day}-{w}"),
                1,
            ));
        }
    }
    for k in 0..3usize {
        for w in 0..3usize {
            let at = day * 1440 + 1345 + 5 * k as i64 + w as i64;
            let target = format!("farm-{day}-{}", (w + k) % 4);
            events.push(vote(&format!("lucky{k}"), at, &target, 1));
        }
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    for v in 0..5 {
        member(&found[0], &format!("drip-v{v}"));
    }
    assert!(
        !found[0].accounts.iter().any(|a| a.starts_with("lucky")),
        "{:?}",
        found[0].accounts
    );
}

/// Reader `r`'s comment `org-{r}`, on one of six pages.
fn reader_comment(r: i64, posted: i64, text: &str) -> Event {
    comment(
        &format!("reader{r}"),
        &format!("198.51.100.{}", r % 250),
        posted,
        &format!("org-{r}"),
        &format!("https://news.example/{}", r % 6),
        text,
    )
}

/// `writers` writers (`{prefix}-w{w}`) each posting a comment of its own every day of a week,
/// at `posted(day, w)`, with the id `{prefix}-{day}-{w}`, on the page `url(day)`.
fn writers_posting_daily(
    dice: &mut Dice,
    prefix: &str,
    writers: i64,
    posted: impl Fn(i64, i64) -> i64,
    url: impl Fn(i64) -> String,
) -> Vec<Event> {
    let mut events = Vec::new();
    for day in 0..7 {
        for w in 0..writers {
            events.push(comment(
                &format!("{prefix}-w{w}"),
                &format!("203.0.113.{w}"),
                posted(day, w),
                &format!("{prefix}-{day}-{w}"),
                &url(day),
                &dice.text(),
            ));
        }
    }
    events
}

/// Five of the site's busiest writers open a thread every day, and the crowd up-votes their
/// comments first (60 readers, one up-vote each, within minutes). Four readers who up-vote
/// little gave their three up-votes of the week to three of those writers each, overlapping:
/// all their up-votes into one group of writers, more than the crowd's share makes likely, but
/// they are a few of those writers' first up-voters, not a circle whose audience they are.
#[test]
fn light_readers_of_the_same_busy_writers_are_not_a_circle() {
    let mut dice = Dice(5);
    let busy = |day: i64, w: i64| format!("busy-{day}-{w}");
    let busy_posted = |day: i64, w: i64| day * 1440 + 60 + 30 * w;
    let mut events = writers_posting_daily(&mut dice, "busy", 5, busy_posted, |day| {
        format!("https://news.example/day{day}")
    });
    for r in 0..200i64 {
        let posted = 30 + 50 * r;
        events.push(reader_comment(r, posted, &dice.text()));
        if r > 0 {
            events.push(vote(
                &format!("reader{r}"),
                posted + 3,
                &format!("org-{}", r - 1),
                1,
            ));
        }
        if r < 60 {
            let (day, w) = (r % 7, r % 5);
            events.push(vote(
                &format!("reader{r}"),
                busy_posted(day, w) + 5 + r % 10,
                &busy(day, w),
                1,
            ));
        }
    }
    // Each of the four up-votes three writers in turn, on days no other of them does.
    for k in 0..4i64 {
        for step in 0..3i64 {
            let (w, day) = ((k + step) % 5, (2 * k + step) % 7);
            events.push(vote(
                &format!("light{k}"),
                busy_posted(day, w) + 12 + k,
                &busy(day, w),
                1,
            ));
        }
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_small_site_whose_regulars_all_up_vote_one_another_is_not_a_circle() {
    // Eight regulars, each up-voting two of the others' comments a day for a week (pairs who
    // return each other's up-votes are a ring, the signal of its own; not a circle).
    let mut events = Vec::new();
    let mut dice = Dice(3);
    for day in 0..7i64 {
        for r in 0..8usize {
            let text = dice.text();
            let url = format!("https://news.example/{day}");
            events.push(comment(
                &format!("regular{r}"),
                &format!("198.51.100.{r}"),
                day * 1440 + 60 * r as i64,
                &format!("c-{day}-{r}"),
                &url,
                &text,
            ));
        }
        for r in 0..8usize {
            for k in 0..2 {
                let other = (r + 1 + dice.below(7)) % 8;
                let at = day * 1440 + 600 + 10 * r as i64 + k;
                events.push(vote(
                    &format!("regular{r}"),
                    at,
                    &format!("c-{day}-{other}"),
                    1,
                ));
            }
        }
    }
    events.sort_by_key(|e| e.at);
    for campaign in run(&events) {
        for member in &campaign.members {
            assert!(
                !member
                    .evidence
                    .iter()
                    .any(|e| matches!(e, MemberEvidence::Circle { .. })),
                "{member:?}"
            );
        }
    }
}

/// The farm and crowd of [`dripping_farm_and_crowd`] with `voters` voters of the test's own
/// instead of the farm's: voter `v` up-votes writer `w`'s comment of day `d` for each `(d, w)`
/// of `ballots(v)`, a few minutes after its posting (`3 * v` minutes: never within 90 s of
/// another voter, and within the half hour that makes an up-vote a boost for ten voters).
/// Unsorted: the caller adds its own events, then sorts.
fn dripping_farm_voted_by(voters: i64, ballots: impl Fn(i64) -> Vec<(i64, i64)>) -> Vec<Event> {
    let mut events: Vec<Event> = dripping_farm_and_crowd()
        .into_iter()
        .filter(|e| !e.account.starts_with("drip-v"))
        .collect();
    for v in 0..voters {
        for (day, w) in ballots(v) {
            // The farm's writers post at day * 1440 + 60 + 180 * w.
            let at = day * 1440 + 60 + 180 * w + 2 + 3 * v;
            events.push(vote(
                &format!("drip-v{v}"),
                at,
                &format!("farm-{day}-{w}"),
                1,
            ));
        }
    }
    events
}

/// The dripping farm of [`dripping_farm_and_crowd`] whose five voters each up-vote the farm's
/// loudest writer (`drip-w0`) every day and each of the three others once in the week, a few
/// minutes after posting (never within 90 s of one another); and six fans of the reader
/// `reader0` who up-vote its comment every day, as well as one comment each of two readers
/// the fans all like (`reader1`, `reader2`) and one of a reader of their own.
fn farm_and_fans_with_a_favourite() -> Vec<Event> {
    let mut events = dripping_farm_voted_by(5, |v| {
        let loudest = (0..7).map(|day| (day, 0));
        loudest
            .chain((1..4).map(|w| ((v + 2 * (w - 1)) % 7, w)))
            .collect()
    });
    // The readers post at day * 1440 + 30 + 20 * r.
    let read_posted = |day: i64, r: i64| day * 1440 + 30 + 20 * r;
    for f in 0..6i64 {
        let fan = format!("fan{f}");
        for day in 0..7 {
            let at = read_posted(day, 0) + 2 + 6 * f;
            events.push(vote(&fan, at, &format!("org-{day}-0"), 1));
        }
        for (k, r) in [1, 2, 10 + f].into_iter().enumerate() {
            let day = (f + k as i64) % 7;
            let at = read_posted(day, r) + 2 + 6 * f;
            events.push(vote(&fan, at, &format!("org-{day}-{r}"), 1));
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

/// A farm's voters that give most of their up-votes to its loudest writer (seven of ten) are
/// still its circle: what is left of their up-votes goes to its other writers. A columnist's
/// fans, seven of ten on it and the rest on two readers they all like and one of their own,
/// are not: beside their favourite, a third of their up-votes go elsewhere.
#[test]
fn farm_voters_with_a_favourite_among_its_writers_are_its_circle_and_fans_are_not() {
    let found = run(&farm_and_fans_with_a_favourite());
    one_circle_of(
        &found,
        (0..5).map(|v| format!("drip-v{v}")),
        &["fan", "reader"],
    );
    member(&found[0], "drip-w0");
}

/// The dripping farm of [`dripping_farm_and_crowd`] on a day its writers draw the crowd too
/// (each reader up-votes one of their comments every third day, as on election day, hours
/// after posting), and six voters who each favour one of its first three writers: voter `v`
/// up-votes writer `v % 3` on three days and the other two once each, a few minutes after
/// posting.
fn farm_voters_each_with_a_favourite_writer() -> Vec<Event> {
    let mut events = dripping_farm_voted_by(6, |v| {
        let favourite = v % 3;
        [0, 2, 4]
            .map(|day| (day, favourite))
            .into_iter()
            .chain([(1, (favourite + 1) % 3), (5, (favourite + 2) % 3)])
            .map(|(day, w)| ((day + v) % 7, w))
            .collect()
    });
    for day in 0..7i64 {
        for r in (0..60i64).filter(|r| r % 3 == day % 3) {
            let at = day * 1440 + 1300 + r;
            events.push(vote(
                &format!("reader{r}"),
                at,
                &format!("farm-{day}-{}", r % 4),
                1,
            ));
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

/// The dripping farm of [`dripping_farm_and_crowd`] with two writers of its four up-voted, by
/// five voters that each up-vote both of them on two days.
fn farm_of_two_writers() -> Vec<Event> {
    let mut events = dripping_farm_voted_by(5, |v| {
        [
            (v % 7, 0),
            ((v + 2) % 7, 0),
            ((v + 1) % 7, 1),
            ((v + 4) % 7, 1),
        ]
        .to_vec()
    });
    events.sort_by_key(|e| e.at);
    events
}

/// A circle's voters may up-vote two members only: a farm's voters that boost its two
/// writers and no one else are its circle (the IRA's RightTroll on its first day: TEN_GOP and
/// Pamela_Moore13).
#[test]
fn voters_of_a_farm_of_two_writers_are_its_circle() {
    let found = run(&farm_of_two_writers());
    one_circle_of(&found, (0..5).map(|v| format!("drip-v{v}")), &["reader"]);
    member(&found[0], "drip-w0");
    member(&found[0], "drip-w1");
}

/// A site whose farm is a fifth of what its readers up-vote: 300 readers with one up-vote each,
/// 60 of them on the farm's comments. The farm's five voters gave its four comments one each
/// within minutes: four up-votes all on the farm happen by chance to one voter in 600 who
/// votes as the crowd does (0.2^4), and only the five voters with four up-votes could have
/// given four, not the 300 readers with one (which would make 0.5 of them likely).
#[test]
fn a_farm_s_voters_are_weighed_against_the_voters_who_gave_as_many_up_votes() {
    let mut events = Vec::new();
    for w in 0..2i64 {
        for k in 0..2i64 {
            let id = format!("farm-{w}-{k}");
            let posted = 60 + 120 * k + 30 * w;
            let text = format!("The council is hiding the true cost, part {w}{k}, ask them why");
            events.push(comment(
                &format!("farm-w{w}"),
                &format!("203.0.113.{w}"),
                posted,
                &id,
                "https://news.example/council",
                &text,
            ));
            for v in 0..5i64 {
                events.push(vote(&format!("farm-v{v}"), posted + 2 + 3 * v, &id, 1));
            }
        }
    }
    let mut dice = Dice(11);
    for r in 0..300i64 {
        let posted = 400 + 2 * r;
        events.push(reader_comment(r, posted, &dice.text()));
        let target = if r % 5 == 0 {
            format!("farm-{}-{}", r % 2, (r / 10) % 2)
        } else {
            format!("org-{}", (r + 1 + dice.below(50) as i64) % 300)
        };
        events.push(vote(&format!("reader{r}"), 1000 + 2 * r, &target, 1));
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    one_circle_of(&found, (0..5).map(|v| format!("farm-v{v}")), &["reader"]);
}

/// A farm's first day: eight voters that each up-voted its two loudest writers' comments
/// within minutes of posting (and nothing else) are its circle, while the same up-votes given four
/// hours after each comment, as readers give the busiest commenters', make none: two up-votes
/// are few, and only a farm's voters give them all while the comments are fresh.
#[test]
fn voters_with_two_up_votes_each_on_the_farm_are_its_circle_when_they_gave_them_fresh() {
    let mut fresh = dripping_farm_voted_by(8, |_| vec![(0, 0), (0, 1)]);
    fresh.retain(|e| e.at < at(1440));
    let mut stale: Vec<Event> = fresh
        .iter()
        .cloned()
        .map(|mut e| {
            if e.account.starts_with("drip-v") {
                e.at += 240 * 60_000;
            }
            e
        })
        .collect();
    stale.sort_by_key(|e| e.at);
    fresh.sort_by_key(|e| e.at);
    one_circle_of(
        &run(&fresh),
        (0..8).map(|v| format!("drip-v{v}")),
        &["reader"],
    );
    let found = run(&stale);
    assert!(
        !found
            .iter()
            .any(|c| c.accounts.iter().any(|a| a.starts_with("drip-v"))),
        "{found:#?}"
    );
}

/// The dripping farm of [`dripping_farm_and_crowd`] whose ten voters each boost all four of
/// its writers twice in the week, and also readers in passing: each voter a reader of its own
/// once (ten readers in all), and `reader7` on one of three days, three or four voters a day,
/// none of them twice.
fn farm_boosting_readers_in_passing() -> Vec<Event> {
    let mut events = dripping_farm_voted_by(10, |v| {
        (0..4)
            .flat_map(|w| [((v + w) % 7, w), ((v + w + 3) % 7, w)])
            .collect()
    });
    // The readers post at day * 1440 + 30 + 20 * r.
    let read_posted = |day: i64, r: i64| day * 1440 + 30 + 20 * r;
    for v in 0..10i64 {
        let voter = format!("drip-v{v}");
        let (day, r) = (v % 7, 10 + v);
        let at = read_posted(day, r) + 2 + 3 * v;
        events.push(vote(&voter, at, &format!("org-{day}-{r}"), 1));
        let day = 1 + v / 4;
        let at = read_posted(day, 7) + 2 + 3 * v;
        events.push(vote(&voter, at, &format!("org-{day}-7"), 1));
    }
    events.sort_by_key(|e| e.at);
    events
}

/// A circle whose voters boost many readers in passing amplifies readers: a reader it boosted
/// on three comments, by ten voters none of whom came back, is not its writer, while the
/// farm's writers, whom its voters come back to, are.
#[test]
fn a_circle_that_boosts_readers_in_passing_takes_only_writers_it_comes_back_to() {
    let found = run(&farm_boosting_readers_in_passing());
    one_circle_of(&found, (0..10).map(|v| format!("drip-v{v}")), &["reader"]);
    for w in 0..4 {
        member(&found[0], &format!("drip-w{w}"));
    }
}

/// A farm's voters that each favour one of its writers (three of five up-votes) and give the
/// other two to the two others are its circle, even when the crowd up-votes the farm's
/// writers often enough that two up-votes beside a favourite could be chance: each favourite
/// is the other voters' choice beside theirs, not one voter's columnist, and counts.
#[test]
fn farm_voters_whose_favourites_are_one_anothers_writers_are_its_circle() {
    let found = run(&farm_voters_each_with_a_favourite_writer());
    one_circle_of(&found, (0..6).map(|v| format!("drip-v{v}")), &["reader"]);
}

/// Asserts that one campaign was found, that each of `voters` is in it as a voting circle's
/// voter, and that no account whose name starts with one of `outsiders` is.
fn one_circle_of(found: &[Campaign], voters: impl Iterator<Item = String>, outsiders: &[&str]) {
    assert_eq!(found.len(), 1, "{found:#?}");
    for name in voters {
        let voter = member(&found[0], &name);
        assert!(
            voter
                .evidence
                .iter()
                .any(|e| matches!(e, MemberEvidence::Circle { .. })),
            "{:?}",
            voter.evidence
        );
    }
    assert!(
        !found[0]
            .accounts
            .iter()
            .any(|a| outsiders.iter().any(|o| a.starts_with(o))),
        "{:?}",
        found[0].accounts
    );
}

/// A farm's voters spread thin: twelve writers post once a day, and twelve voters each
/// up-vote five neighbouring writers once in the week, within minutes of posting (voter `v`
/// the writers `2 * (v / 2)` to `2 * (v / 2) + 4`, modulo 12: two voters to a set, each set
/// sharing three writers with the next); beside them the crowd of [`dripping_farm_and_crowd`]
/// without its farm.
fn farm_spread_thin() -> Vec<Event> {
    let mut events: Vec<Event> = dripping_farm_and_crowd()
        .into_iter()
        .filter(|e| !e.account.starts_with("drip-"))
        .collect();
    let mut dice = Dice(11);
    let posted = |day: i64, w: i64| day * 1440 + 70 + 35 * w;
    events.extend(writers_posting_daily(&mut dice, "thin", 12, posted, |_| {
        "https://news.example/council".to_owned()
    }));
    for v in 0..12i64 {
        for w in (0..5).map(|k| (2 * (v / 2) + k) % 12) {
            let day = (v + w) % 7;
            let at = posted(day, w) + 3 + 2 * v;
            events.push(vote(
                &format!("thin-v{v}"),
                at,
                &format!("thin-{day}-{w}"),
                1,
            ));
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

/// A circle grows while its voters give most of their up-votes to it (some of the members
/// they up-vote are not yet in it), and keeps those who give it 80% once grown: a farm whose
/// voters each up-vote five of its twelve writers, three of them shared with the next pair of
/// voters, is one circle.
#[test]
fn a_farm_whose_voters_each_up_vote_a_few_of_its_writers_is_one_circle() {
    let found = run(&farm_spread_thin());
    one_circle_of(&found, (0..12).map(|v| format!("thin-v{v}")), &["reader"]);
}

/// A headline of a made-up local-news feed: who did what, in made-up words (so that no two
/// are near-duplicates: the feeds' shape is the only thing they share).
fn headline(dice: &mut Dice) -> String {
    const WHO: [&str; 4] = [
        "City council",
        "County sheriff",
        "School board",
        "Transit agency",
    ];
    const DID: [&str; 4] = [
        "votes to delay",
        "unveils",
        "faces questions over",
        "sues over",
    ];
    format!(
        "{} {} {} #news",
        WHO[dice.below(4)],
        DID[dice.below(4)],
        dice.words(6)
    )
}

/// What readers write: a sentence of their own, with someone speaking in it.
fn remark(dice: &mut Dice) -> String {
    const OPENING: [&str; 4] = [
        "I really think",
        "You have to admit",
        "We all know",
        "My view:",
    ];
    format!("{} {}.", OPENING[dice.below(4)], dice.words(8))
}

#[test]
fn accounts_posting_nothing_but_headlines_are_a_feed_network() {
    let mut events = Vec::new();
    let mut dice = Dice(11);
    for hour in 0..48i64 {
        // Three feeds, a headline each every other hour, never the same one at the same time.
        for f in 0..3usize {
            if (hour + f as i64) % 2 == 0 {
                let text = headline(&mut dice);
                events.push(comment(
                    &format!("feed{f}"),
                    &format!("192.0.2.{f}"),
                    hour * 60 + 7 * f as i64,
                    &format!("feed-{hour}-{f}"),
                    &format!("https://news.example/{}", hour / 6),
                    &text,
                ));
            }
        }
        // Twenty readers; now and then one of them shares a headline too.
        for r in 0..20usize {
            if dice.below(3) == 0 {
                let text = if dice.below(4) == 0 {
                    headline(&mut dice)
                } else {
                    remark(&mut dice)
                };
                events.push(comment(
                    &format!("reader{r}"),
                    &format!("198.51.100.{r}"),
                    hour * 60 + 2 * r as i64 + 1,
                    &format!("r-{hour}-{r}"),
                    &format!("https://news.example/{}", hour / 6),
                    &text,
                ));
            }
        }
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    let feeds: Vec<&Campaign> = found
        .iter()
        .filter(|c| c.accounts.iter().any(|a| a.starts_with("feed")))
        .collect();
    assert_eq!(feeds.len(), 1, "{found:#?}");
    assert_eq!(feeds[0].accounts, ["feed0", "feed1", "feed2"]);
    // A feed from its fifth headline (feed1's at hour 9), a network from the third feed: found
    // then, however much later it is looked at.
    assert_eq!(feeds[0].detected_at, at(9 * 60 + 7));
    let member = &feeds[0].members[0];
    assert!(
        matches!(member.evidence[0], MemberEvidence::Feed { feeds: 3, .. }),
        "{:?}",
        member.evidence
    );
    assert!(member.summary.contains("headlines"), "{}", member.summary);
    assert!(
        feeds[0].summary.contains("post headlines"),
        "{}",
        feeds[0].summary
    );
    for campaign in &found {
        assert!(
            campaign.accounts.iter().all(|a| !a.starts_with("reader")),
            "{campaign:#?}"
        );
    }

    // Two feeds are not a network.
    let two: Vec<Event> = events
        .iter()
        .filter(|e| e.account != "feed2")
        .cloned()
        .collect();
    assert_eq!(run(&two), []);
}

/// Headlines as local-news outlets post them, three per outlet.
const OUTLET_HEADLINES: [[&str; 3]; 3] = [
    [
        "Power restored to most of the east side after overnight storm",
        "Two injured as delivery truck hits bus shelter on Main Street",
        "Council delays vote on downtown parking rates until January",
    ],
    [
        "State police investigate fatal crash on Route 30",
        "Local hospital to cut 40 jobs amid budget shortfall",
        "Early voting turnout breaks county record on first day",
    ],
    [
        "Man charged with arson in warehouse fire, police say",
        "School board names interim superintendent",
        "Ferry service suspended as high winds hit the bay",
    ],
];

/// What readers post that has a headline's shape: a title shared, a question put.
const SHARED_HEADLINES: [[&str; 3]; 3] = [
    [
        "Worth reading on the parking rates debate",
        "Same problem on the west side after every storm",
        "Another year of promises from the council",
    ],
    [
        "Why does the ferry never run when it is windy?",
        "Record turnout at my polling place this morning",
        "Great photos of the harvest festival in today's paper",
    ],
    [
        "Anyone know when Elm Street reopens?",
        "Congratulations to the new superintendent",
        "The bus shelter on Main Street was already broken",
    ],
];

#[test]
fn new_outlets_posting_headlines_within_hours_are_a_feed_network_before_their_fifth() {
    let mut events = Vec::new();
    // Each outlet's three headlines within two and a half hours, the third outlet last.
    for (o, headlines) in OUTLET_HEADLINES.iter().enumerate() {
        for (k, text) in headlines.iter().enumerate() {
            let minute = 20 * o as i64 + 65 * k as i64;
            events.push(comment(
                &format!("outlet{o}"),
                &format!("192.0.2.{o}"),
                minute,
                &format!("outlet-{o}-{k}"),
                "https://news.example/local",
                text,
            ));
        }
    }
    // Readers whose comments have a headline's shape too, three within hours, but who also
    // up-vote what others write: readers, not feeds.
    for (r, texts) in SHARED_HEADLINES.iter().enumerate() {
        for (k, text) in texts.iter().enumerate() {
            let minute = 10 + 20 * r as i64 + 65 * k as i64;
            let reader = format!("reader{r}");
            events.push(comment(
                &reader,
                &format!("198.51.100.{r}"),
                minute,
                &format!("reader-{r}-{k}"),
                "https://news.example/local",
                text,
            ));
            events.push(vote(
                &reader,
                minute + 1,
                &format!("reader-{}-{k}", (r + 1) % 3),
                1,
            ));
        }
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    let outlets: Vec<&Campaign> = found
        .iter()
        .filter(|c| c.accounts.iter().any(|a| a.starts_with("outlet")))
        .collect();
    assert_eq!(outlets.len(), 1, "{found:#?}");
    assert_eq!(outlets[0].accounts, ["outlet0", "outlet1", "outlet2"]);
    // A network when the third outlet posted its third headline, 170 minutes in.
    assert_eq!(outlets[0].detected_at, at(40 + 130));
    for campaign in &found {
        assert!(
            campaign.accounts.iter().all(|a| !a.starts_with("reader")),
            "{campaign:#?}"
        );
    }
    // The same headlines spread over four hours wait for their fifth.
    let slow: Vec<Event> = events
        .iter()
        .filter(|e| e.account.starts_with("outlet"))
        .map(|e| {
            let k = e
                .comment_id
                .as_deref()
                .map_or(0, |id| id.ends_with('2') as i64);
            Event {
                at: e.at + k * 60 * 60_000,
                ..e.clone()
            }
        })
        .collect();
    assert_eq!(run(&slow), []);
}

#[test]
fn outlets_new_to_the_site_are_a_feed_network_at_their_second_headlines_within_the_hour() {
    // A day into the detector's watch, three outlets open together, each posting two
    // headlines half an hour apart, the third outlet last.
    let mut events = a_day_of_regulars();
    let outlets = |gap: i64| {
        let mut events = Vec::new();
        for (o, headlines) in OUTLET_HEADLINES.iter().enumerate() {
            for (k, text) in headlines.iter().take(2).enumerate() {
                events.push(comment(
                    &format!("outlet{o}"),
                    &format!("203.0.113.{o}"),
                    DAY + 20 * o as i64 + gap * k as i64,
                    &format!("outlet-{o}-{k}"),
                    "https://news.example/local",
                    text,
                ));
            }
        }
        events
    };
    events.extend(outlets(30));
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].accounts, ["outlet0", "outlet1", "outlet2"]);
    assert_eq!(found[0].detected_at, at(DAY + 40 + 30));
    // Not two headlines more than an hour apart (readers new to the site whose first two
    // comments have a headline's shape), nor on a site the detector has only begun to watch.
    let mut slow = a_day_of_regulars();
    slow.extend(outlets(70));
    slow.sort_by_key(|e| e.at);
    assert_eq!(run(&slow), []);
    let mut unwatched = outlets(30);
    unwatched.sort_by_key(|e| e.at);
    assert_eq!(run(&unwatched), []);
}

/// News outlets, each group repeating its own six headlines (so that each group is linked by
/// its texts and each member is a feed), every hour and a half.
fn outlets(groups: &[&[&str]], dice: &mut Dice) -> Vec<Event> {
    let mut events = Vec::new();
    for (t, group) in groups.iter().enumerate() {
        let headlines: Vec<String> = (0..6).map(|_| headline(dice)).collect();
        for (i, name) in group.iter().enumerate() {
            for (k, text) in headlines.iter().enumerate() {
                events.push(comment(
                    name,
                    &format!("203.0.{t}.{i}"),
                    (k * 90 + t * 40 + i * 9) as i64,
                    &format!("{name}-{k}"),
                    &format!("https://news.example/{k}"),
                    text,
                ));
            }
        }
    }
    events
}

#[test]
fn a_lone_feed_beside_feeds_spread_over_two_campaigns_is_no_network_of_its_own() {
    // Two trios of outlets and one account posting headlines of its own: seven feeds, neither
    // trio holds half of them, and the one apart is not a network by itself.
    let mut dice = Dice(5);
    let mut events = outlets(&[&["kim", "lou", "max"], &["ned", "ola", "pat"]], &mut dice);
    for k in 0..6i64 {
        events.push(comment(
            "lone",
            "192.0.2.9",
            k * 90 + 70,
            &format!("lone-{k}"),
            &format!("https://news.example/{k}"),
            &headline(&mut dice),
        ));
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    let mut groups: Vec<&[String]> = found.iter().map(|c| &c.accounts[..]).collect();
    groups.sort();
    assert_eq!(
        groups,
        [["kim", "lou", "max"], ["ned", "ola", "pat"]],
        "{found:#?}"
    );
}

#[test]
fn outlets_sharing_headlines_in_two_groups_are_one_feed_network() {
    // Four outlets and three others, each group linked by its own headlines: the four hold
    // half of the seven feeds, and the three, feeds alone, are the same network.
    let mut dice = Dice(7);
    let mut events = outlets(
        &[&["kim", "lou", "max", "ned"], &["ola", "pat", "quin"]],
        &mut dice,
    );
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].accounts,
        ["kim", "lou", "max", "ned", "ola", "pat", "quin"]
    );
    assert_eq!(found[0].id, "campaign-kim");

    // A farm found by other signals holding half the feeds takes in no group that is not
    // all feeds: the three outlets with one reader among them stay apart.
    let mut events = outlets(
        &[&["kim", "lou", "max", "ned"], &["ola", "pat", "quin"]],
        &mut dice,
    );
    for k in 0..6i64 {
        let text = events
            .iter()
            .find(|e| e.account == "ola" && e.comment_id.as_deref() == Some(&format!("ola-{k}")))
            .and_then(|e| e.text.clone())
            .expect("ola's headline");
        events.push(comment(
            "reader",
            "198.51.100.3",
            k * 90 + 85,
            &format!("reader-{k}"),
            &format!("https://news.example/{k}"),
            &format!("{text} I can't believe this, can you?"),
        ));
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .any(|c| c.accounts == ["ola", "pat", "quin", "reader"]),
        "{found:#?}"
    );
}

#[test]
fn equally_similar_matches_are_taken_in_the_same_order_whatever_the_hashing() {
    // The index hands back matches in hash order, which differs between runs.
    let shuffled = [
        vec![(7, 0.5), (3, 0.9), (5, 0.9), (1, 0.5), (2, 0.7)],
        vec![(5, 0.9), (1, 0.5), (2, 0.7), (7, 0.5), (3, 0.9)],
    ];
    for mut matches in shuffled {
        most_similar_first(&mut matches);
        assert_eq!(matches, [(3, 0.9), (5, 0.9), (2, 0.7), (1, 0.5), (7, 0.5)]);
    }
}

#[test]
fn a_brigade_s_one_target_is_not_its_member_and_its_quiet_writer_is() {
    // Eight accounts that sign up together and up-vote one another's comments: a ring.
    let ring: Vec<String> = (0..8).map(|i| format!("ring{i}")).collect();
    let mut events = Vec::new();
    for (i, name) in ring.iter().enumerate() {
        events.push(event(
            Kind::Signup,
            name,
            &format!("203.0.113.{i}"),
            i as i64,
        ));
        events.push(comment(
            name,
            "203.0.113.20",
            10 + i as i64,
            &format!("{name}c"),
            "https://news.example/1",
            &format!("Comment number {i} with enough words to be a real comment here."),
        ));
    }
    for (minute, voter) in (20..).zip(&ring) {
        for author in &ring {
            if voter != author {
                events.push(vote(voter, minute, &format!("{author}c"), 1));
            }
        }
    }
    // The ring piles onto one reader's comment within a minute of its posting...
    events.push(comment(
        "target",
        "198.51.100.1",
        100,
        "target-c",
        "https://news.example/2",
        "The council should publish the contract before the vote, not after it.",
    ));
    // ... and boosts both of a quiet writer's comments (a farm returns to its writers).
    for (minute, id) in [(200, "writer-1"), (300, "writer-2")] {
        events.push(comment(
            "writer",
            "198.51.100.2",
            minute,
            id,
            "https://news.example/3",
            &format!("A plain remark of the writer's, posted at minute {minute} of the day."),
        ));
    }
    for voter in &ring {
        events.push(vote(voter, 101, "target-c", 1));
        events.push(vote(voter, 201, "writer-1", 1));
        events.push(vote(voter, 301, "writer-2", 1));
    }
    events.sort_by_key(|e| e.at);
    one_campaign_with_but_not(&run(&events), "writer", "target");
}

/// A reader's comment on the council story at 11:40 each day for `days` days, the comment of
/// day `d` with id `{name}-{d}`.
fn daily_comments(name: &str, ip: &str, days: i64, text: impl Fn(i64) -> String) -> Vec<Event> {
    (0..days)
        .map(|day| {
            let id = format!("{name}-{day}");
            comment(
                name,
                ip,
                day * 1440 + 700,
                &id,
                "https://news.example/council",
                &text(day),
            )
        })
        .collect()
}

#[test]
fn a_reader_two_of_whose_comments_a_circle_up_voted_is_not_its_writer() {
    let mut events = dripping_farm_and_crowd();
    // A reader comments daily; two of the circle's voters up-vote two of those comments (and
    // nobody else votes on any): its writers draw the circle's votes on most of their comments.
    events.extend(daily_comments("target", "198.51.100.200", 7, |day| {
        format!("Day {day}: the council minutes are out and the budget line is still missing.")
    }));
    events.push(vote("drip-v0", 703, "target-0", 1));
    events.push(vote("drip-v1", 3 * 1440 + 703, "target-3", 1));
    events.sort_by_key(|e| e.at);
    one_campaign_with_but_not(&run(&events), "drip-w0", "target");
}

#[test]
fn a_reader_whose_comments_a_circle_up_voted_hours_later_is_not_its_writer() {
    let mut events = dripping_farm_and_crowd();
    // A reader comments on three days; three of the circle's voters up-vote two of those
    // comments two hours after they appeared (a brigade lifting what still tops the thread),
    // and nobody else votes on any.
    events.extend(daily_comments("early-riser", "198.51.100.202", 3, |day| {
        format!("Day {day}: the ferry timetable changes again and nobody was asked.")
    }));
    for (day, voters) in [
        (0, ["drip-v0", "drip-v1", "drip-v2"]),
        (1, ["drip-v2", "drip-v3", "drip-v4"]),
    ] {
        for (i, voter) in voters.into_iter().enumerate() {
            events.push(vote(
                voter,
                day * 1440 + 820 + i as i64,
                &format!("early-riser-{day}"),
                1,
            ));
        }
    }
    events.sort_by_key(|e| e.at);
    one_campaign_with_but_not(&run(&events), "drip-w0", "early-riser");
}

#[test]
fn a_reader_whose_favourites_include_the_farm_s_writers_does_not_seed_its_circle() {
    let mut events = dripping_farm_and_crowd();
    // A reader seen before anyone else (so the first voter a circle is grown from) up-votes
    // each of the four writers once over the week, and two other readers' comments: its
    // favourites hold the whole farm, and every one of its up-votes goes to them.
    events.push(comment(
        "early-bird",
        "198.51.100.201",
        0,
        "early-c",
        "https://news.example/council",
        "First again: the council meets at six and the agenda is online.",
    ));
    for w in 0..4i64 {
        events.push(vote(
            "early-bird",
            w * 1440 + 100 + 180 * w,
            &format!("farm-{w}-{w}"),
            1,
        ));
    }
    events.push(vote("early-bird", 4 * 1440 + 200, "org-4-3", 1));
    events.push(vote("early-bird", 5 * 1440 + 200, "org-5-2", 1));
    events.sort_by_key(|e| e.at);
    one_campaign_with_but_not(&run(&events), "drip-v0", "early-bird");
}

/// Two accounts that each post one comment the farm up-votes within minutes, and up-vote one
/// of the farm's comments: one does nothing else (a farm member with a comment and a vote, as
/// real farms have plenty of), the other also up-votes the rest of the thread.
fn farm_trading_boosts_with(member: &str, sympathiser: &str) -> Vec<Event> {
    let mut events = farm_with_a_voter("voter", &[]);
    for (i, (name, text)) in [
        (
            member,
            "Nobody in the capital will tell you who really profits from this war.",
        ),
        (
            sympathiser,
            "Fuel prices doubled here since spring and nobody in charge seems to care.",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let minute = 250 + 20 * i as i64;
        let id = format!("{name}-c");
        events.push(comment(
            name,
            "192.0.2.50",
            minute,
            &id,
            "https://news.example/2",
            text,
        ));
        events.push(vote("bob", minute + 2, &id, 1));
        events.push(vote("cat", minute + 4, &id, 1));
        events.push(vote(name, minute + 6, "amy2", 1));
    }
    // The sympathiser reads the whole thread and likes much of it.
    for k in 0..4 {
        let id = format!("thread{k}");
        events.push(comment(
            &format!("reader{k}"),
            &format!("192.0.2.{k}"),
            300 + k,
            &id,
            "https://news.example/2",
            "The council vote on the bus lanes is next week, and the plans are online.",
        ));
        events.push(vote(sympathiser, 310 + k, &id, 1));
    }
    events.sort_by_key(|e| e.at);
    events
}

#[test]
fn a_member_trading_boosts_with_the_farm_joins_on_one_comment_and_a_sympathiser_does_not() {
    let found = run(&farm_trading_boosts_with("newcomer", "sympathiser"));
    one_campaign_with_but_not(&found, "newcomer", "sympathiser");
    let newcomer = member(&found[0], "newcomer");
    // Strongest first: the boosts its comment drew, then the one it gave back.
    assert!(
        matches!(
            newcomer.evidence[0],
            MemberEvidence::Boosted {
                votes: 2,
                members: 2,
                ..
            }
        ),
        "{newcomer:?}"
    );
    assert!(
        newcomer.evidence.iter().any(|e| matches!(
            e,
            MemberEvidence::Boosts {
                votes: 1,
                of: 1,
                members: 1,
                ..
            }
        )),
        "{newcomer:?}"
    );
}

#[test]
fn a_voter_whose_day_of_boosts_left_the_window_joins_from_the_week_remembered() {
    // Day one: the farm posts four rounds, and "loyal" and "regular" boost every comment
    // within minutes; "regular" also up-votes twelve other readers' comments.
    let mut events = farm_with_a_voter("loyal", &[]);
    for e in farm_with_a_voter("regular", &[]) {
        if e.kind == Kind::Vote {
            events.push(e);
        }
    }
    for k in 0..12 {
        let id = format!("other{k}");
        events.push(comment(
            &format!("reader{k}"),
            &format!("192.0.2.{k}"),
            k * 40 + 1,
            &id,
            "https://news.example/elsewhere",
            "A long and thoughtful comment about the budget of the city council this year.",
        ));
        events.push(vote("regular", k * 40 + 5, &id, 1));
    }
    // Day three: the farm is at it again, without them; the day's window no longer holds
    // their boosts, the week's up-votes remembered for circles do.
    for (i, name) in ["amy", "bob", "cat"].iter().enumerate() {
        let minute = 2 * 24 * 60 + i as i64 * 9;
        events.push(comment(
            name,
            &format!("203.0.113.{i}"),
            minute,
            &format!("{name}-again"),
            "https://news.example/9",
            &format!("{TALKING_POINT} Once more."),
        ));
    }
    events.sort_by_key(|e| e.at);
    let mut d = Detector::new(Config::default());
    for e in &events {
        d.observe(e);
    }
    // What the detector does every 4,096 events: day one leaves the window.
    d.prune();
    assert!(d.upvotes.is_empty());
    let found = d.campaigns();
    one_campaign_with_but_not(&found, "loyal", "regular");
    let loyal = member(&found[0], "loyal");
    assert!(
        matches!(
            loyal.evidence[..],
            [MemberEvidence::BoostsOverDays {
                votes: 12,
                of: 12,
                members: 3,
                ..
            }]
        ),
        "{loyal:?}"
    );
}

/// The farm (amy, bob, cat and a voter) up-voting every one of `writer`'s four comments within
/// minutes, `fans` up-voting every one of them too, and `likes` readers one each.
fn farm_boosting(writer: &str, fans: usize, likes: usize) -> Vec<Event> {
    let mut events = farm_with_a_voter("voter", &[]);
    for k in 0..4 {
        let minute = 30 + 120 * k;
        let id = format!("{writer}{k}");
        events.push(comment(
            writer,
            "192.0.2.80",
            minute,
            &id,
            "https://news.example/5",
            &format!("Read the whole report before you decide, part {k}: the numbers speak."),
        ));
        for (i, member) in ["amy", "bob", "cat"].iter().enumerate() {
            events.push(vote(member, minute + 2 + i as i64, &id, 1));
        }
        for f in 0..fans {
            events.push(vote(&format!("fan{f}"), minute + 6 + f as i64, &id, 1));
        }
        for l in 0..likes {
            if l % 4 == k as usize {
                events.push(vote(&format!("like{l}"), minute + 10 + l as i64, &id, 1));
            }
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

#[test]
fn a_farm_writer_whose_boosts_are_diluted_by_readers_likes_still_joins() {
    // Twelve boosts from three members, twelve more from readers who liked one comment each:
    // half the boosts it drew, but all those of accounts that came back.
    let found = run(&farm_boosting("star", 0, 12));
    one_campaign_with_but_not(&found, "star", "like0");
    // A columnist with four fans of its own, each boosting every comment as the farm does:
    // the farm's boosts are fewer than half of those that came back.
    let found = run(&farm_boosting("columnist", 4, 12));
    one_campaign_with_but_not(&found, "voter", "columnist");
}

#[test]
fn a_reader_the_farm_boosts_in_passing_stays_out() {
    // Ten members sharing a talking point, each up-voting one of a reader's four comments
    // within minutes: what a farm amplifying the readers who agree with it leaves behind.
    // Ten boosts from ten members, all it drew, but none came back as a farm does to its
    // own writers (the test above).
    let members: Vec<String> = (0..10).map(|i| format!("m{i}")).collect();
    let mut events = Vec::new();
    for round in 0..2 {
        for (i, m) in members.iter().enumerate() {
            events.push(comment(
                m,
                &format!("203.0.113.{i}"),
                round * 120 + i as i64,
                &format!("{m}-{round}"),
                &format!("https://news.example/{round}"),
                &format!("{TALKING_POINT} Round {round}."),
            ));
        }
    }
    for k in 0..4 {
        let minute = 300 + 120 * k;
        let id = format!("reader{k}");
        events.push(comment(
            "reader",
            "192.0.2.80",
            minute,
            &id,
            "https://news.example/5",
            &format!("Read the whole report before you decide, part {k}: the numbers speak."),
        ));
        for (i, m) in members
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 4 == k as usize)
        {
            events.push(vote(m, minute + 2 + i as i64, &id, 1));
        }
    }
    events.sort_by_key(|e| e.at);
    one_campaign_with_but_not(&run(&events), "m0", "reader");
}

#[test]
fn a_farm_boosting_readers_widely_takes_in_its_writer_and_no_reader_who_liked_it_back() {
    // The farm and its writer "star" (the test above), and twelve readers each posting a
    // comment that two members up-vote within minutes: a farm amplifying the readers who agree
    // with it. "fan0" also up-votes one of the farm's comments, which alone would tie it to
    // the farm both ways (a member with a comment and a vote, two tests above); but from a
    // group that boosts readers widely, a boost or two is no evidence. The writer the farm
    // comes back to on every comment still joins.
    let mut events = farm_boosting("star", 0, 0);
    for k in 0..12 {
        let minute = 20 + 35 * k;
        let id = format!("fan{k}-c");
        events.push(comment(
            &format!("fan{k}"),
            &format!("192.0.2.{}", 100 + k),
            minute,
            &id,
            "https://news.example/6",
            "The ministry's own figures say otherwise, and they are public.",
        ));
        events.push(vote("bob", minute + 2, &id, 1));
        events.push(vote("cat", minute + 4, &id, 1));
    }
    events.push(vote("fan0", 125, "amy1", 1));
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    one_campaign_with_but_not(&found, "star", "fan0");
    assert!(
        !found[0].accounts.iter().any(|a| a.starts_with("fan")),
        "{found:#?}"
    );
}

/// When reader `r{k}` posts its one comment (`r{k}-c`): every 24 minutes from minute 5.
fn reader_posted(k: i64) -> i64 {
    5 + 24 * k
}

/// `readers` readers (`r0`, `r1`...) each posting a short comment on one story, and each
/// comment up-voted by the next `up_votes_each` readers, forty minutes apart from posting on.
fn readers_up_voting_one_another(readers: i64, up_votes_each: i64) -> Vec<Event> {
    let mut events = Vec::new();
    for k in 0..readers {
        let minute = reader_posted(k);
        let id = format!("r{k}-c");
        events.push(comment(
            &format!("r{k}"),
            &format!("192.0.2.{}", 100 + k),
            minute,
            &id,
            "https://news.example/6",
            &format!("Point {k} is fair."),
        ));
        for j in 1..=up_votes_each {
            let voter = format!("r{}", (k + j) % readers);
            events.push(vote(&voter, minute + 40 * j, &id, 1));
        }
    }
    events
}

/// The farm of [`farm_with_a_voter`] boosted by "cover" on each of its twelve comments, which
/// also up-votes twenty readers' short comments within minutes (as cover, or to amplify
/// them): 12 of its 32 up-votes boost the farm. The readers up-vote eight of one another's
/// comments each, forty minutes or more after posting, and the farm's comments: two readers
/// once, or, where `crowd_likes_the_farm`, every reader once.
fn farm_with_a_cover_voter(crowd_likes_the_farm: bool) -> Vec<Event> {
    let mut events = farm_with_a_voter("cover", &[]);
    let readers = 20;
    for k in 0..readers {
        events.push(vote("cover", reader_posted(k) + 2, &format!("r{k}-c"), 1));
    }
    events.extend(readers_up_voting_one_another(readers, 8));
    let farm_comments = ["amy", "bob", "cat"]
        .iter()
        .flat_map(|name| (0..4).map(move |round| (format!("{name}{round}"), round)));
    for (k, (id, round)) in farm_comments.enumerate() {
        if k == 0 || crowd_likes_the_farm {
            for (j, after) in [(k, 24), (k + 12, 12)] {
                if j < readers as usize {
                    events.push(vote(&format!("r{j}"), round * 120 + after, &id, 1));
                }
            }
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

#[test]
fn a_voter_boosting_the_farm_far_more_than_the_crowd_does_joins_though_it_up_votes_much_else() {
    // 12 of its 32 up-votes boost the farm (short of the 80% a voter needs on its own), while
    // the readers' up-votes boost it twice in 162: thirty times their share.
    let found = run(&farm_with_a_cover_voter(false));
    one_campaign_with_but_not(&found, "cover", "r0");
    let cover = member(&found[0], "cover");
    assert!(
        matches!(
            cover.evidence[0],
            MemberEvidence::BoostsOverDays {
                votes: 12,
                of: 32,
                members: 3,
                times_the_crowd: Some(30),
                ..
            }
        ),
        "{cover:?}"
    );
    assert!(
        cover
            .summary
            .ends_with("(12 of its last 32 up-votes; 3 members; 30 times other voters' share)"),
        "{}",
        cover.summary
    );
    // The same votes where the readers like the farm's comments too: no more than theirs.
    let found = run(&farm_with_a_cover_voter(true));
    one_campaign_with_but_not(&found, "amy", "cover");
}

/// The farm's game and the readers' hashtags: four farm accounts repeat a talking point (a
/// campaign by their texts), then play a hashtag game of their own with six accounts of the
/// farm that share nothing else, each a line of its own, within the hour; the farm's slogan
/// `#StopTheSanctions` runs all day, and readers use it too. `until` is when the stream ends.
fn farm_game_and_readers(until: i64) -> Vec<Event> {
    let mut events = copy_paste_farm();
    let farm = ["amy", "bob", "cat", "dan"];
    let entries = [
        ("amy", "#ImTooOldFor pretending to like pumpkin spice"),
        ("bob", "#ImTooOldFor staying up past ten on a weeknight"),
        ("cat", "Queueing for a phone release #ImTooOldFor"),
        ("gus", "#imtoooldfor being told when to go to bed"),
        ("hal", "#ImTooOldFor music that is just noise"),
        ("ivy", "#ImTooOldFor drama in the group chat"),
        ("jon", "#ImTooOldFor hangovers that last two days"),
        ("kim", "#ImTooOldFor sleeping on a friend's sofa"),
        ("lea", "#ImTooOldFor festivals in the mud"),
    ];
    for (k, (name, text)) in entries.iter().enumerate() {
        let minute = 120 + 6 * k as i64;
        events.push(comment(
            name,
            &format!("198.51.100.{k}"),
            minute,
            &format!("g{k}"),
            "c",
            text,
        ));
    }
    // The slogan, all day: a farm account or a reader in turn, every 40 minutes.
    let mut minute = 100;
    let mut k = 0;
    while minute < until {
        let (name, text) = if k % 2 == 0 {
            (
                farm[k / 2 % 4],
                "The sanctions failed, admit it #StopTheSanctions",
            )
        } else {
            [
                (
                    "rea",
                    "Worried about gas prices this winter #StopTheSanctions",
                ),
                ("reb", "#StopTheSanctions is a slogan, not a policy"),
                (
                    "rec",
                    "My cousin's bakery closed, ingredients doubled #StopTheSanctions",
                ),
                (
                    "red",
                    "Read the treasury report before you tweet #StopTheSanctions",
                ),
                (
                    "ree",
                    "#StopTheSanctions trending again, for what it's worth",
                ),
                (
                    "ref",
                    "Both parties voted for them, remember #StopTheSanctions",
                ),
            ][k / 2 % 6]
        };
        events.push(comment(
            name,
            "192.0.2.9",
            minute,
            &format!("s{k}"),
            "d",
            text,
        ));
        minute += 40;
        k += 1;
    }
    events.sort_by_key(|e| e.at);
    events
}

/// The farm's game brings its other players in, with the game as their evidence, once the
/// game is over; the readers who use the farm's slogan stay out, and so does the game while it
/// could still be a hashtag that runs on.
#[test]
fn the_players_of_a_farm_s_hashtag_game_join_it_but_readers_of_its_slogan_do_not() {
    let early = run(&farm_game_and_readers(9 * 60));
    one_campaign_with_but_not(&early, "amy", "gus");
    let found = run(&farm_game_and_readers(16 * 60));
    assert_eq!(found.len(), 1, "{found:#?}");
    let mut accounts = found[0].accounts.clone();
    accounts.sort();
    assert_eq!(
        accounts,
        ["amy", "bob", "cat", "dan", "gus", "hal", "ivy", "jon", "kim", "lea"],
        "{found:#?}"
    );
    let gus = member(&found[0], "gus");
    assert_eq!(
        gus.evidence,
        [MemberEvidence::HashtagGames {
            hashtags: vec!["ImTooOldFor".into()],
            games: 1,
            members: 8,
            players: 9,
            minutes: 48,
        }]
    );
    assert_eq!(
        gus.summary,
        "played the hashtag game #ImTooOldFor with 8 members (9 accounts took it up within 48 minutes, then dropped it)"
    );
    assert!(
        member(&found[0], "amy")
            .evidence
            .iter()
            .any(|e| matches!(e, MemberEvidence::HashtagGames { .. })),
        "{found:#?}"
    );
    assert!(
        found[0].summary.contains("play hashtag games together"),
        "{}",
        found[0].summary
    );
}

/// Readers playing a game among themselves are no campaign, nor are they joined to the farm
/// when fewer than three of its members played.
#[test]
fn a_hashtag_game_without_the_farm_is_no_campaign() {
    let events: Vec<Event> = farm_game_and_readers(16 * 60)
        .into_iter()
        .filter(|e| {
            !(["amy", "bob"].contains(&e.account.as_str())
                && e.text
                    .as_deref()
                    .is_some_and(|t| t.contains("#ImTooOldFor")))
        })
        .collect();
    one_campaign_with_but_not(&run(&events), "amy", "gus");
}

/// Games bring players in over rounds: the farm's later game brings in two accounts, which
/// make its earlier game (two members among its players until then) the farm's too.
#[test]
fn a_game_made_the_farm_s_by_the_players_another_game_brought_in_brings_in_its_own() {
    let mut events: Vec<Event> = farm_game_and_readers(40 * 60)
        .into_iter()
        .filter(|e| {
            !(e.account == "cat"
                && e.text
                    .as_deref()
                    .is_some_and(|t| t.contains("#ImTooOldFor")))
        })
        .collect();
    let later = [
        ("amy", "#ScaryStoriesIn5Words the wifi is down again"),
        ("bob", "#ScaryStoriesIn5Words your flight is now cancelled"),
        ("cat", "#ScaryStoriesIn5Words we need to talk, tonight"),
        ("gus", "#ScaryStoriesIn5Words the boss wants a word"),
        ("hal", "#ScaryStoriesIn5Words reply all was switched on"),
    ];
    for (k, (name, text)) in later.iter().enumerate() {
        let minute = 20 * 60 + 5 * k as i64;
        events.push(comment(
            name,
            "198.51.100.77",
            minute,
            &format!("h{k}"),
            "e",
            text,
        ));
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    for player in ["gus", "hal", "ivy", "lea"] {
        assert!(
            found[0].accounts.iter().any(|a| a == player),
            "{player}: {found:#?}"
        );
    }
    assert_eq!(
        member(&found[0], "gus").summary,
        "played 2 hashtag games with members: #ImTooOldFor with 7 (8 accounts took it up within 48 minutes), #ScaryStoriesIn5Words"
    );
}

/// An account reposting two members' lines, each once (one in Cyrillic look-alike letters),
/// joins the farm with the texts as its evidence; a reader who repeats the slogan every member
/// posted, once, does not.
#[test]
fn an_account_echoing_several_members_lines_joins_their_campaign() {
    let mut events = copy_paste_farm();
    let lines = [
        (
            "amy",
            "The pipeline deal was signed before the public consultation even opened.",
        ),
        (
            "bob",
            "Every independent audit of the port contract has been buried by the ministry.",
        ),
    ];
    for (k, (name, line)) in lines.iter().enumerate() {
        events.push(comment(
            name,
            "203.0.113.50",
            200 + k as i64,
            &format!("{name}-l"),
            "c",
            line,
        ));
    }
    // Cyrillic а, е and о in the first.
    let disguised = lines[0]
        .1
        .replace('a', "\u{430}")
        .replace('e', "\u{435}")
        .replace('o', "\u{43e}");
    events.push(comment("eve", "192.0.2.77", 400, "eve-1", "d", &disguised));
    events.push(comment("eve", "192.0.2.77", 900, "eve-2", "e", lines[1].1));
    events.push(comment(
        "rex",
        "192.0.2.88",
        600,
        "rex-1",
        "f",
        TALKING_POINT,
    ));
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    one_campaign_with_but_not(&found, "eve", "rex");
    assert_eq!(
        member(&found[0], "eve").summary,
        "shares 2 talking points with 2 members"
    );
}

/// The farm of [`farm_with_a_voter`], whose voter `few` boosts only its first five comments
/// (on three members), and twenty readers who comment and up-vote one another's comments:
/// when `crowd_boosts_the_farm`, each also boosts two of the farm's comments.
fn farm_with_a_few_boosts(crowd_boosts_the_farm: bool) -> Vec<Event> {
    let first_five = ["amy0", "bob0", "cat0", "amy1", "bob1"];
    let mut events: Vec<Event> = farm_with_a_voter("few", &[])
        .into_iter()
        .filter(|e| e.kind != Kind::Vote || first_five.contains(&e.target.as_deref().unwrap_or("")))
        .collect();
    let readers = 20;
    events.extend(readers_up_voting_one_another(readers, 4));
    if crowd_boosts_the_farm {
        let farm_comments: Vec<(String, i64)> = ["amy", "bob", "cat"]
            .iter()
            .enumerate()
            .flat_map(|(i, name)| {
                (0..4).map(move |round| (format!("{name}{round}"), round * 120 + i as i64 * 9))
            })
            .collect();
        for k in 0..readers {
            for (id, posted) in farm_comments
                .iter()
                .cycle()
                .skip(k as usize)
                .step_by(5)
                .take(2)
            {
                events.push(vote(&format!("r{k}"), posted + 4, id, 1));
            }
        }
    }
    events.sort_by_key(|e| e.at);
    events
}

#[test]
fn a_voter_whose_few_up_votes_all_boost_the_farm_joins_when_chance_cannot_account_for_them() {
    // Five boosts, short of the eight a quiet voter needs, and all of its up-votes; the
    // readers' up-votes boost the farm none of the time.
    let found = run(&farm_with_a_few_boosts(false));
    one_campaign_with_but_not(&found, "few", "r0");
    let few = member(&found[0], "few");
    assert!(
        matches!(
            few.evidence[0],
            MemberEvidence::BoostsOverDays {
                votes: 5,
                of: 5,
                members: 3,
                times_the_crowd: None,
                ..
            }
        ),
        "{few:?}"
    );
    assert!(
        few.summary
            .ends_with("(5 of its last 5 up-votes; 3 members; no other voter boosts it)"),
        "{}",
        few.summary
    );
    // When a third of the readers' up-votes boost the farm, five of one voter's all doing so
    // is what a crowd of twenty-one gives by chance (0.33^5 x 21 = 0.09).
    let found = run(&farm_with_a_few_boosts(true));
    one_campaign_with_but_not(&found, "amy", "few");
}

/// Hashtag games, each an entry of its own per player (`#Tag` and a made-up line), from
/// `players[g]` for game `g`, the games a day apart, the players five minutes apart; then a
/// reader's comment a day after the last game, so that the last one is judged.
fn games_played(players: &[Vec<String>]) -> Vec<Event> {
    const TAGS: [&str; 8] = [
        "#ImTooOldFor",
        "#CancelPlansIn5Words",
        "#ImAlwaysOkWith",
        "#CatTV",
        "#NicerRap",
        "#RuinADinnerInOnePhrase",
        "#TVLifeLessonsILearned",
        "#IGetALittleWeirdAbout",
    ];
    let mut dice = Dice(5);
    let mut events = Vec::new();
    for (g, players) in players.iter().enumerate() {
        for (k, player) in players.iter().enumerate() {
            let minute = g as i64 * 1440 + 600 + 5 * k as i64;
            events.push(comment(
                player,
                &format!("198.51.100.{}", k + 1),
                minute,
                &format!("g{g}-{k}"),
                "https://news.example/games",
                &format!("{} {}", TAGS[g], dice.words(5)),
            ));
        }
    }
    events.push(comment(
        "late-reader",
        "192.0.2.200",
        players.len() as i64 * 1440 + 1440,
        "late",
        "https://news.example/later",
        "The council finally published the budget.",
    ));
    events.sort_by_key(|e| e.at);
    events
}

/// A farm's accounts under the drip trade no votes and share no text, but play game after
/// game together: six accounts that played the same two games are a campaign, found when the
/// second game was judged, each with its games as its evidence.
#[test]
fn accounts_that_play_two_hashtag_games_together_are_a_campaign() {
    let farm: Vec<String> = (0..6).map(|k| format!("gamer{k}")).collect();
    let found = run(&games_played(&[farm.clone(), farm.clone()]));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].accounts, farm);
    let gamer = member(&found[0], "gamer0");
    assert!(
        matches!(
            gamer.evidence[0],
            MemberEvidence::HashtagGames { games: 2, .. }
        ),
        "{:?}",
        gamer.evidence
    );
    // Judged twelve hours after the second game's first entry (a day after the first's).
    assert_eq!(found[0].detected_at, at(1440 + 600 + 12 * 60));
    // One game alone is no campaign.
    assert_eq!(run(&games_played(&[farm])), []);
}

/// Readers who take up games now and then: 24 readers each play two of eight games, no two of
/// them the same two, so that every game has six players and no two readers played two games
/// together: no campaign.
#[test]
fn readers_who_each_play_two_games_with_others_each_time_are_no_campaign() {
    let mut players: Vec<Vec<String>> = vec![Vec::new(); 8];
    let mut reader = 0;
    for a in 0..8usize {
        for b in a + 1..8 {
            // Every pair of games but 0-1, 2-3, 4-5 and 6-7: each game six times.
            if a % 2 == 0 && b == a + 1 {
                continue;
            }
            players[a].push(format!("reader{reader}"));
            players[b].push(format!("reader{reader}"));
            reader += 1;
        }
    }
    assert!(players.iter().all(|p| p.len() == 6), "{players:?}");
    assert_eq!(run(&games_played(&players)), []);
}

/// A farm's writer slowed to three comments a day, one of which its voters boost each day
/// (the dripping farm's voter whose turn is on no writer that day): a third of its comments,
/// the circle's writer all the same.
#[test]
fn a_writer_whose_comments_the_circle_boosts_a_third_of_the_time_is_its_writer() {
    let mut events = dripping_farm_and_crowd();
    for day in 0..7i64 {
        for k in 0..3i64 {
            let posted = day * 1440 + 500 + 240 * k;
            events.push(comment(
                "busy",
                "203.0.113.9",
                posted,
                &format!("busy-{day}-{k}"),
                "https://news.example/council",
                &format!("Day {day}, post {k}: the council has questions to answer."),
            ));
        }
        // The voter whose turn falls on writer 4, of whom the farm has none.
        let v = (0..5i64).find(|v| (v + day) % 5 == 4).expect("a voter");
        events.push(vote(
            &format!("drip-v{v}"),
            day * 1440 + 505,
            &format!("busy-{day}-0"),
            1,
        ));
    }
    events.sort_by_key(|e| e.at);
    let found = run(&events);
    assert_eq!(found.len(), 1, "{found:#?}");
    let busy = member(&found[0], "busy");
    assert!(
        busy.evidence
            .iter()
            .any(|e| matches!(e, MemberEvidence::CircleVotes { .. })),
        "{:?}",
        busy.evidence
    );
}

/// The farm of [`farm_with_a_voter`], whose voter `fan` boosts `amy`'s four comments and the
/// two comments `also` (their ids, and the minutes they were posted at), and twenty readers
/// who up-vote one another's comments.
fn farm_with_a_favourite_voter(also: [(&str, i64); 2]) -> Vec<Event> {
    let mut events: Vec<Event> = farm_with_a_voter("fan", &[])
        .into_iter()
        .filter(|e| {
            e.kind != Kind::Vote || e.target.as_deref().is_some_and(|t| t.starts_with("amy"))
        })
        .collect();
    events.extend(readers_up_voting_one_another(20, 4));
    for (k, (id, posted)) in also.into_iter().enumerate() {
        events.push(vote("fan", posted + 3 + k as i64, id, 1));
    }
    events.sort_by_key(|e| e.at);
    events
}

/// A voter with a handful of boosts, most of them on one member's comments, is read by the
/// boosts beside its favourite: two more on another member's comments make it one of the farm;
/// two on readers' comments do not (a fan of `amy` who up-votes what else it reads).
#[test]
fn a_voter_with_a_few_boosts_and_a_favourite_member_is_read_by_those_beside_it() {
    // `bob`'s first two comments, posted at minutes 9 and 129 (see `farm_with_a_voter`).
    let found = run(&farm_with_a_favourite_voter([("bob0", 9), ("bob1", 129)]));
    one_campaign_with_but_not(&found, "fan", "r0");
    let readers = [("r0-c", reader_posted(0)), ("r1-c", reader_posted(1))];
    let found = run(&farm_with_a_favourite_voter(readers));
    one_campaign_with_but_not(&found, "amy", "fan");
}
