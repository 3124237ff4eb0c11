//! From linked pairs to campaigns: connected groups of accounts (union-find over the links
//! whose evidence added up), each with a score and the evidence a moderator checks.

use std::collections::HashMap;

use serde::Serialize;

use super::{Account, Detector, Link, LINKED};

/// A group of accounts acting together.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Campaign {
    /// Stable for the same members: the smallest member's name.
    pub id: String,
    /// 0 to 1: how strongly the members are tied together.
    pub score: f64,
    pub accounts: Vec<String>,
    pub evidence: Vec<Evidence>,
    /// Milliseconds: the members' first action, and when the group first had enough linked
    /// members to be a campaign.
    pub first_action: i64,
    pub detected_at: i64,
    /// Milliseconds: the members' latest action.
    pub last_action: i64,
}

/// Why two accounts are linked.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(tag = "signal", rename_all = "snake_case")]
pub enum Evidence {
    /// Near-duplicate comments, side by side.
    SameText {
        accounts: [String; 2],
        texts: [String; 2],
        similarity: f64,
    },
    SameDevice {
        accounts: [String; 2],
        device: String,
    },
    /// One account was held as the other, banned, coming back.
    BanEvasion { accounts: [String; 2] },
    /// Up-votes given to each other's comments.
    VoteRing {
        accounts: [String; 2],
        mutual_votes: u32,
    },
    /// The same vote on the same comments within seconds.
    VotedTogether {
        accounts: [String; 2],
        comments: u32,
    },
    SignupBurst {
        accounts: [String; 2],
        network: String,
    },
    CoActivity {
        accounts: [String; 2],
        pages: Vec<String>,
    },
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn evidence(names: [String; 2], l: &Link) -> Vec<Evidence> {
    let mut out = Vec::new();
    // One pair of texts per pair of accounts is enough to see it; the count says the rest.
    for (a, b, similarity) in l.texts.iter().take(1) {
        out.push(Evidence::SameText {
            accounts: names.clone(),
            texts: [a.clone(), b.clone()],
            similarity: (similarity * 100.0).round() / 100.0,
        });
    }
    if let Some(device) = &l.device {
        out.push(Evidence::SameDevice {
            accounts: names.clone(),
            device: device.clone(),
        });
    }
    if l.evasion {
        out.push(Evidence::BanEvasion {
            accounts: names.clone(),
        });
    }
    if l.mutual_votes > 0 {
        out.push(Evidence::VoteRing {
            accounts: names.clone(),
            mutual_votes: l.mutual_votes,
        });
    }
    if l.co_votes > 0 {
        out.push(Evidence::VotedTogether {
            accounts: names.clone(),
            comments: l.co_votes,
        });
    }
    if let Some(network) = &l.signup_burst {
        out.push(Evidence::SignupBurst {
            accounts: names.clone(),
            network: network.clone(),
        });
    }
    if l.co_pages.len() >= 3 {
        let mut pages: Vec<String> = l.co_pages.iter().cloned().collect();
        pages.sort();
        out.push(Evidence::CoActivity {
            accounts: names,
            pages,
        });
    }
    out
}

pub(super) fn campaigns(d: &Detector) -> Vec<Campaign> {
    let mut linked: Vec<(&(Account, Account), &Link)> =
        d.links.iter().filter(|(_, l)| l.score >= LINKED).collect();
    // In the order the links formed, so that detection time is when the group reached size.
    linked.sort_by_key(|(pair, l)| (l.linked_at.unwrap_or(l.last), **pair));
    let n = d.accounts.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut size = vec![1usize; n];
    let mut reached: HashMap<usize, i64> = HashMap::new();
    for ((a, b), l) in &linked {
        let (ra, rb) = (
            find(&mut parent, *a as usize),
            find(&mut parent, *b as usize),
        );
        if ra == rb {
            continue;
        }
        let (big, small) = if size[ra] >= size[rb] {
            (ra, rb)
        } else {
            (rb, ra)
        };
        parent[small] = big;
        size[big] += size[small];
        let at = l.linked_at.unwrap_or(l.last);
        let earliest = reached
            .remove(&small)
            .into_iter()
            .chain(reached.remove(&big))
            .min();
        if let Some(t) = earliest {
            reached.insert(big, t);
        } else if size[big] >= d.config.min_accounts {
            reached.insert(big, at);
        }
    }
    let mut groups: HashMap<usize, Vec<Account>> = HashMap::new();
    for a in 0..n {
        let root = find(&mut parent, a);
        if size[root] >= d.config.min_accounts {
            groups.entry(root).or_default().push(a as Account);
        }
    }
    let mut out: Vec<Campaign> = groups
        .into_iter()
        .map(|(root, members)| {
            let member_set: std::collections::HashSet<Account> = members.iter().copied().collect();
            let mut evidence_list = Vec::new();
            let mut strength = 0.0;
            let mut edges = 0usize;
            for ((a, b), l) in &linked {
                if member_set.contains(a) && member_set.contains(b) {
                    strength += l.score.min(3.0) / 3.0;
                    edges += 1;
                    if evidence_list.len() < 30 {
                        let names = [
                            d.accounts[*a as usize].name.clone(),
                            d.accounts[*b as usize].name.clone(),
                        ];
                        evidence_list.extend(evidence(names, l));
                    }
                }
            }
            let mut accounts: Vec<String> = members
                .iter()
                .map(|&a| d.accounts[a as usize].name.clone())
                .collect();
            accounts.sort();
            // Denser and stronger ties score higher; a chain of single links scores lowest.
            let density = edges as f64 / (members.len() - 1).max(1) as f64;
            let score = (strength / edges.max(1) as f64 * density.min(2.0) / 2.0 + 0.5).min(1.0);
            Campaign {
                id: format!("campaign-{}", accounts[0]),
                score: (score * 100.0).round() / 100.0,
                first_action: members
                    .iter()
                    .map(|&a| d.accounts[a as usize].first)
                    .min()
                    .unwrap_or(0),
                detected_at: reached.get(&root).copied().unwrap_or(0),
                last_action: members
                    .iter()
                    .map(|&a| d.accounts[a as usize].last)
                    .max()
                    .unwrap_or(0),
                accounts,
                evidence: evidence_list,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.accounts.len().cmp(&a.accounts.len()))
    });
    out
}
