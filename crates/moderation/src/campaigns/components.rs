//! Accounts joined into connected sets as their ties come in (union-find, by size, with path
//! halving), each set dated when it first held enough accounts: linked pairs make groups
//! ([`super::cluster`]), accounts that played two games together make game networks
//! ([`super::games::networks`]).

use std::collections::HashMap;

use super::Account;

/// When a set first held enough accounts, and the account it is named after.
pub(super) type Found = (i64, Account);

/// Connected sets over the accounts `0..n`.
pub(super) struct Components {
    parent: Vec<usize>,
    size: Vec<usize>,
    /// Per root: when its set first held `at_least` accounts.
    reached: HashMap<usize, Found>,
    at_least: usize,
}

impl Components {
    /// Every account of `0..n` apart; a set is found when it holds `at_least` accounts.
    pub(super) fn new(n: usize, at_least: usize) -> Components {
        Components {
            parent: (0..n).collect(),
            size: vec![1; n],
            reached: HashMap::new(),
            at_least,
        }
    }

    /// The root of `a`'s set.
    pub(super) fn find(&mut self, a: Account) -> usize {
        let mut x = a as usize;
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`: the set made is found as `found` says if it holds enough
    /// accounts and neither part was found before (then the earlier part's date stands).
    pub(super) fn join(&mut self, a: Account, b: Account, found: Found) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let (big, small) = if self.size[ra] >= self.size[rb] {
            (ra, rb)
        } else {
            (rb, ra)
        };
        self.parent[small] = big;
        self.size[big] += self.size[small];
        let earliest = self
            .reached
            .remove(&small)
            .into_iter()
            .chain(self.reached.remove(&big))
            .min();
        if let Some(first) = earliest {
            self.reached.insert(big, first);
        } else if self.size[big] >= self.at_least {
            self.reached.insert(big, found);
        }
    }

    /// How many accounts the set of root `root` holds.
    pub(super) fn size(&self, root: usize) -> usize {
        self.size[root]
    }

    /// When the set of root `root` was found, if it was.
    pub(super) fn found(&self, root: usize) -> Option<Found> {
        self.reached.get(&root).copied()
    }

    /// Each set found, by root, with when.
    pub(super) fn into_found(self) -> HashMap<usize, Found> {
        self.reached
    }
}
