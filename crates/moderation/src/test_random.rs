//! A small, fixed source of random numbers for tests that compare a shortcut with the long
//! way on many generated inputs (xorshift64: the same numbers on every run and platform).

pub(crate) struct XorShift(pub u64);

impl XorShift {
    /// The next number, from 0 to `n - 1`.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}
