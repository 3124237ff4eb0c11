//! Runs of one letter collapsed, with how many times each was written: what the rules
//! compare with their word lists (`fuuuck` is `fuck`, and a site list can still tell `ass`
//! from `as`).

use std::ops::Range;

use super::{NChar, MASK};

/// A run-length view of a letter sequence: `fuuuck` is `f u c k` with counts `1 3 1 1`.
/// `collapsed[i]` came from `chars[origin[i]]` onwards, `counts[i]` letters long.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Collapsed {
    pub text: String,
    pub counts: Vec<u32>,
    pub origin: Vec<usize>,
}

/// Collapses runs of one repeated letter among `chars`, given with their indices into
/// [`Normalized::chars`](super::Normalized::chars). Masks are never collapsed: `f**k` keeps
/// its two.
pub fn collapse<'a>(chars: impl IntoIterator<Item = (usize, &'a NChar)>) -> Collapsed {
    let mut out = Collapsed::default();
    out.refill(chars);
    out
}

impl Collapsed {
    /// Makes this the [`collapse`] of `chars`, in the room of the chars it held before: the
    /// rules that collapse candidate after candidate allocate once a text.
    pub fn refill<'a>(&mut self, chars: impl IntoIterator<Item = (usize, &'a NChar)>) {
        self.text.clear();
        self.counts.clear();
        self.origin.clear();
        let mut prev = None;
        for (i, c) in chars {
            if Some(c.ch) == prev && c.ch != MASK {
                if let Some(n) = self.counts.last_mut() {
                    *n += 1;
                }
                continue;
            }
            prev = Some(c.ch);
            self.text.push(c.ch);
            self.counts.push(1);
            self.origin.push(i);
        }
    }

    /// The range of normalized chars covered by collapsed characters `range` (char indices).
    pub fn char_range(&self, range: Range<usize>) -> Range<usize> {
        self.origin[range.start]..self.origin[range.end - 1] + self.counts[range.end - 1] as usize
    }

    /// Turns a byte range of `text` (as `str::find` gives) into collapsed char indices.
    pub fn char_indices_of(&self, bytes: Range<usize>) -> Range<usize> {
        let start = self.text[..bytes.start].chars().count();
        start..start + self.text[bytes].chars().count()
    }
}
