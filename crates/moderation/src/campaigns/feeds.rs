//! Headline feeds: a farm's fake local-news outlets post headlines around the clock, never a
//! word to anyone, and rarely the same headline as one another, so neither shared text nor
//! votes tie them together. What ties them is the shape of everything they write: a headline
//! is a few words with no one speaking (no "I", "we" or "you" in the running text), no
//! sentence of its own (no full stop closing a lowercase word, no second sentence), starting
//! with a capital, a digit, a hashtag, a quote or a link. Readers' comments rarely have that
//! shape (8% of the non-toxic Jigsaw comments in the IRA evaluation streams, against 95% of
//! the troll farm's news-feed posts); an account whose recent comments are nearly all
//! headlines is a feed, and several feeds on one site are a feed network, a campaign of their
//! own. An outlet shows itself sooner than its fifth headline: three within three hours, with
//! nothing else in between and never a vote or a reply, make a feed too (three such headlines
//! from one reader in three hours are rarer still than five in sixteen comments; on the IRA
//! evaluation streams, even with every organic reader's votes taken out, no reader is one);
//! and two within an hour, from an account new to the site at the first (a farm opens its
//! outlets together, and each posts its first headlines minutes apart).

use std::collections::{HashMap, VecDeque};

use super::Account;

/// Comments remembered per account (the oldest go first).
const REMEMBERED: usize = 16;
/// A feed posted at least this many headlines among them...
const MIN_HEADLINES: usize = 5;
/// ... and they are at least this share of its comments that say anything (three words).
const MIN_SHARE: f64 = 0.75;
/// A new outlet shows itself sooner: this many headlines within [`BURST_MS`] of each other,
/// and nothing but headlines, from an account that never voted or replied.
const BURST_HEADLINES: usize = 3;
const BURST_MS: i64 = 3 * 3_600_000;
/// An outlet new to the site at its first headline (first seen within two hours, on a site
/// watched for a day) shows itself sooner still: two within an hour. A farm opens its outlets
/// together and each posts its first headlines minutes apart; a reader's first two comments
/// are both headlines one time in 150, and rarely within the hour.
const NEW_BURST_HEADLINES: usize = 2;
const NEW_BURST_MS: i64 = 3_600_000;
/// Fewer words than this say too little to have a shape ("Agreed.", a bare link).
const MIN_WORDS: usize = 3;
/// More words than this are a comment, not a headline.
const MAX_WORDS: usize = 30;

/// Words that put a person in the text: first and second person in English, Russian and
/// Turkish (sorted, for a binary search).
const SPEAKING: [&str; 57] = [
    "bana", "ben", "beni", "benim", "biz", "bize", "bizi", "bizim", "im", "me", "mine", "my",
    "myself", "our", "ours", "please", "sana", "sen", "seni", "senin", "siz", "size", "sizi",
    "sizin", "thank", "thanks", "u", "ur", "us", "we", "we're", "we've", "you", "you're", "you've",
    "your", "youre", "yours", "вам", "вас", "ваш", "ваша", "ваши", "вы", "меня", "мне", "мой",
    "моя", "мы", "нам", "нас", "наш", "наша", "наши", "тебе", "тебя", "ты",
];

/// What a comment looks like: `None` when it is too short to tell.
pub(super) fn is_headline(text: &str) -> Option<bool> {
    let text = text.trim();
    let words: Vec<&str> = words(text).collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    Some(
        words.len() <= MAX_WORDS
            && !speaks(&words)
            && !exclaims(text)
            && !has_sentence(text)
            && opens(text),
    )
}

/// An exclamation mark outside a link: headlines state, readers exclaim (2 of the 579 news-feed
/// posts of the November evaluation week have one, 11% of the readers' comments).
fn exclaims(text: &str) -> bool {
    text.split_whitespace()
        .any(|token| token.contains('!') && !token.contains("://"))
}

/// Runs of letters and digits, an apostrophe inside one kept ("won't"), and a hyphen before a
/// digit ("I-10", "F-35", "59-26": a highway is not "I" speaking).
fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(char::is_alphanumeric)?;
        rest = &rest[start..];
        let mut end = 0;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, next)| next);
            let inner_apostrophe =
                matches!(c, '\'' | '’') && next.is_some_and(char::is_alphanumeric);
            let hyphen_before_digit = c == '-' && next.is_some_and(|n| n.is_ascii_digit());
            if !(c.is_alphanumeric() || inner_apostrophe || hyphen_before_digit) {
                break;
            }
            end = i + c.len_utf8();
        }
        let word = &rest[..end];
        rest = &rest[end..];
        Some(word)
    })
}

/// A first or second person word in the running text. "I" speaks however it is written; the
/// others when written in lower case or opening the text ("You are wrong"), not as a
/// title-case headline's words ("Things You Need to Know").
fn speaks(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, word)| {
        let lower = word.to_lowercase().replace('’', "'");
        if lower == "i" || lower.starts_with("i'") {
            return true;
        }
        let lowercase = *word == lower;
        let opening = i == 0 && word.chars().count() > 1;
        (lowercase || opening) && SPEAKING.binary_search(&lower.as_str()).is_ok()
    })
}

/// A sentence of its own: a full stop, exclamation or question mark after a lowercase word
/// followed by a capital ("... the vote. Then ..."), or a full stop or exclamation mark after a
/// lowercase word closing the text. Abbreviations ("U.S.", "N.J.", "vs.") and an ellipsis do
/// not count.
fn has_sentence(text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let closes_word = |token: &str, marks: &[char]| {
        let token = token.trim_end_matches(['"', '\'', '”', '’', ')']);
        let Some(mark) = token.chars().last().filter(|c| marks.contains(c)) else {
            return false;
        };
        let word = &token[..token.len() - mark.len_utf8()];
        let letters = word.chars().rev().take_while(|c| c.is_alphabetic()).count();
        letters >= 3 && word.chars().next_back().is_some_and(char::is_lowercase) && word != "vs"
    };
    let inner = tokens.windows(2).any(|pair| {
        closes_word(pair[0], &['.', '!', '?'])
            && pair[1]
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase)
    });
    inner
        || tokens
            .last()
            .is_some_and(|last| closes_word(last, &['.', '!']))
}

/// Headlines open with a capital, a digit, a hashtag, a quote, or a Markdown link's bracket
/// (`[Council approves budget](https://...)`).
fn opens(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '#' | '"' | '\'' | '‘' | '“' | '«' | '[')
    })
}

/// One comment's shape remembered.
#[derive(Clone, Copy, Debug)]
pub(super) struct Shape {
    pub at: i64,
    headline: bool,
    /// Since when the account has been a feed without a break, as of this comment.
    feed_since: Option<i64>,
}

/// Each account's latest comments that say anything, oldest first.
pub(super) type Posts = HashMap<Account, VecDeque<Shape>>;

fn is_feed(headlines: usize, of: usize) -> bool {
    headlines >= MIN_HEADLINES && headlines as f64 >= MIN_SHARE * of as f64
}

/// Remembers one comment's shape.
pub(super) fn remember(posts: &mut Posts, account: Account, at: i64, text: &str) {
    let Some(headline) = is_headline(text) else {
        return;
    };
    let recent = posts.entry(account).or_default();
    if recent.len() == REMEMBERED {
        recent.pop_front();
    }
    let was = recent.back().and_then(|s| s.feed_since);
    let headlines = recent.iter().filter(|s| s.headline).count() + usize::from(headline);
    let feed_since = is_feed(headlines, recent.len() + 1).then(|| was.unwrap_or(at));
    recent.push_back(Shape {
        at,
        headline,
        feed_since,
    });
}

/// An account's comments remembered since `since` (at most 16).
pub(super) fn comments(posts: &Posts, account: Account, since: i64) -> usize {
    posts.get(&account).map_or(0, |recent| {
        recent.len() - recent.partition_point(|s| s.at < since)
    })
}

/// A feed: headlines among its comments remembered, and those comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Feed {
    pub account: Account,
    pub headlines: u32,
    pub of: u32,
    /// Since when it has been a feed.
    pub since: i64,
}

/// The accounts whose comments since `since` are nearly all headlines, in account order; or,
/// for an account `mute` says never voted or replied, all headlines, three of them within
/// three hours (two within an hour when `new_at` says it was new to the site at its first):
/// an outlet posting its first headlines is a feed before its fifth.
pub(super) fn feeds(
    posts: &Posts,
    since: i64,
    mute: impl Fn(Account) -> bool,
    new_at: impl Fn(Account, i64) -> bool,
) -> Vec<Feed> {
    let mut out: Vec<Feed> = posts
        .iter()
        .filter_map(|(&account, recent)| {
            let kept = recent.range(recent.partition_point(|s| s.at < since)..);
            let of = kept.len();
            let headlines = kept.clone().filter(|s| s.headline).count();
            let last = recent.back()?;
            // A feed once its oldest comments were forgotten: since its latest one.
            let feed_since = is_feed(headlines, of).then(|| last.feed_since.unwrap_or(last.at));
            let burst_since = (headlines == of && mute(account))
                .then(|| {
                    let times: Vec<i64> = kept.map(|s| s.at).collect();
                    let usual = burst(&times, BURST_HEADLINES, BURST_MS);
                    let new = times.first().is_some_and(|&first| new_at(account, first));
                    let sooner = new
                        .then(|| burst(&times, NEW_BURST_HEADLINES, NEW_BURST_MS))
                        .flatten();
                    usual.into_iter().chain(sooner).min()
                })
                .flatten();
            let since = match (feed_since, burst_since) {
                (Some(a), Some(b)) => a.min(b),
                (a, b) => a.or(b)?,
            };
            Some(Feed {
                account,
                headlines: headlines as u32,
                of: of as u32,
                since,
            })
        })
        .collect();
    out.sort_unstable_by_key(|f| f.account);
    out
}

/// When the first `n` of these times (oldest first) fell within `span`.
fn burst(times: &[i64], n: usize, span: i64) -> Option<i64> {
    times
        .windows(n)
        .find(|w| w[n - 1] - w[0] <= span)
        .map(|w| w[n - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No account is new to the site.
    fn old(_: Account, _: i64) -> bool {
        false
    }

    #[test]
    fn the_speaking_words_are_sorted_for_the_binary_search() {
        assert!(SPEAKING.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn headlines_have_the_shape_and_comments_do_not() {
        for headline in [
            "City council votes to close two branch libraries by spring",
            "Police: driver fled after crash that injured three on Route 9",
            "U.S. judge weighs challenge to county's new voting machines",
            "Storm knocks out power to 40,000 homes in N.J.",
            "5 things to know before the school board meets tonight #politics",
            "Things You Need to Know Before You Refinance",
            "Nurses strike over staffing at county hospital",
            "Can the ferry service survive another winter?",
            "Мэр пообещал отремонтировать мост до конца года",
            "Belediye yeni metro hattı için ihale açtı",
            "[Council approves budget after late session](https://news.example/budget)",
            "Ferry fares to rise in March https://news.example/ferry",
            "Texas State charter bus involved in collision on I-10",
        ] {
            assert_eq!(is_headline(headline), Some(true), "{headline}");
        }
        for comment in [
            "I think the council got this one wrong, the libraries are all some kids have.",
            "you clearly did not read the article before commenting",
            "The mayor promised this last year. Nothing happened",
            "Great reporting, thanks for following up on the story",
            "Our street has been without power since Tuesday and nobody answers the phone",
            "Honestly this is the best news the town has had in years!",
            "Order of the article at the Wiki Stop being lazy and LOOK AT IT!!!!",
            "Вы вообще читали статью",
            "Siz bu haberi okudunuz mu",
        ] {
            assert_eq!(is_headline(comment), Some(false), "{comment}");
        }
        for too_short in ["Agreed.", "So true", "'@localnews '", ""] {
            assert_eq!(is_headline(too_short), None, "{too_short}");
        }
    }

    #[test]
    fn an_account_of_headlines_is_a_feed_and_a_reader_is_not() {
        let mut posts = Posts::new();
        let headlines = [
            "Bridge repairs to close two lanes through the weekend",
            "School district names new superintendent after long search",
            "Three hurt in apartment fire on the east side",
            "State lawmakers pass budget hours before the deadline",
            "Local bakery wins national award for sourdough",
            "Voters to decide on transit tax in November",
        ];
        for (i, text) in headlines.iter().enumerate() {
            remember(&mut posts, 1, i as i64, text);
            // A reader who writes headlines now and then, between comments of their own.
            remember(&mut posts, 2, i as i64, text);
            remember(
                &mut posts,
                2,
                i as i64,
                "I read this twice and still do not see what the council was thinking.",
            );
        }
        assert_eq!(
            feeds(&posts, 0, |_| false, old),
            [Feed {
                account: 1,
                headlines: 6,
                of: 6,
                since: MIN_HEADLINES as i64 - 1
            }]
        );
        // Forgotten once older than the memory.
        assert_eq!(feeds(&posts, 6, |_| false, old), []);
        // Two words say nothing either way and do not count.
        remember(&mut posts, 1, 7, "Read more:");
        assert_eq!(posts[&1].len(), 6);
        // A feed stays dated to the headline that made it one while its first ones are
        // forgotten.
        for i in 8..40 {
            remember(&mut posts, 1, i, headlines[i as usize % headlines.len()]);
        }
        assert_eq!(
            feeds(&posts, 0, |_| false, old)[0].since,
            MIN_HEADLINES as i64 - 1
        );
        // A break (a run of remarks) ends it; it is a feed again once its headlines are enough.
        for i in 40..50 {
            remember(
                &mut posts,
                1,
                i,
                "I read this twice and still do not see the point.",
            );
        }
        assert_eq!(feeds(&posts, 0, |_| false, old), []);
        for i in 50..70 {
            remember(&mut posts, 1, i, headlines[i as usize % headlines.len()]);
        }
        assert!(feeds(&posts, 0, |_| false, old)[0].since > 50);
    }

    #[test]
    fn a_mute_account_with_three_headlines_within_three_hours_is_a_feed_before_its_fifth() {
        const MINUTE: i64 = 60_000;
        let headlines = [
            "Water main break closes Elm Street until Friday",
            "County opens two more early voting sites",
            "Firefighters contain brush fire near the reservoir",
        ];
        let remember_all = |times: &[i64]| {
            let mut posts = Posts::new();
            for (text, &at) in headlines.iter().zip(times) {
                remember(&mut posts, 1, at * MINUTE, text);
            }
            posts
        };
        let mute = |_| true;
        let busy = remember_all(&[0, 70, 175]);
        assert_eq!(
            feeds(&busy, 0, mute, old),
            [Feed {
                account: 1,
                headlines: 3,
                of: 3,
                since: 175 * MINUTE
            }]
        );
        // Not one that ever voted or replied, nor three headlines over more than three hours.
        assert_eq!(feeds(&busy, 0, |_| false, old), []);
        assert_eq!(feeds(&remember_all(&[0, 70, 185]), 0, mute, old), []);
        // Nor a reader whose headlines come between words of its own.
        let mut posts = busy.clone();
        remember(
            &mut posts,
            1,
            176 * MINUTE,
            "We waited two hours for the bus and nobody told us why.",
        );
        assert_eq!(feeds(&posts, 0, mute, old), []);
        // A feed by both counts is dated by the earlier.
        let mut posts = busy;
        for (i, text) in headlines.iter().enumerate() {
            remember(&mut posts, 1, (300 + i as i64) * MINUTE, text);
        }
        assert_eq!(feeds(&posts, 0, mute, old)[0].since, 175 * MINUTE);
        assert_eq!(feeds(&posts, 0, |_| false, old)[0].since, 301 * MINUTE);
    }

    #[test]
    fn a_mute_outlet_new_to_the_site_is_a_feed_at_its_second_headline_within_the_hour() {
        const MINUTE: i64 = 60_000;
        let mut posts = Posts::new();
        remember(
            &mut posts,
            1,
            0,
            "Water main break closes Elm Street until Friday",
        );
        remember(
            &mut posts,
            1,
            40 * MINUTE,
            "County opens two more early voting sites",
        );
        let mute = |_| true;
        let new = |_, at: i64| at < 2 * 60 * MINUTE;
        assert_eq!(
            feeds(&posts, 0, mute, new),
            [Feed {
                account: 1,
                headlines: 2,
                of: 2,
                since: 40 * MINUTE
            }]
        );
        // Not an account the site knew before, nor one that ever voted or replied.
        assert_eq!(feeds(&posts, 0, mute, old), []);
        assert_eq!(feeds(&posts, 0, |_| false, new), []);
        // Nor two headlines more than an hour apart (a reader's first two comments on a
        // morning's news).
        let mut slow = Posts::new();
        remember(
            &mut slow,
            1,
            0,
            "Water main break closes Elm Street until Friday",
        );
        remember(
            &mut slow,
            1,
            77 * MINUTE,
            "County opens two more early voting sites",
        );
        assert_eq!(feeds(&slow, 0, mute, new), []);
    }
}
