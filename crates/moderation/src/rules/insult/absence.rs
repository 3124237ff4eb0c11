//! The reader's absence wished, in English, Russian and Turkish: `Everyone would be happier
//! if you stopped existing`, `This site would be so much better without you in it`, `Your
//! family would be relieved if you were gone`, `Лучше бы тебя вообще не было`, `Без тебя мир
//! был бы чище`, `Всем станет легче, когда тебя не станет`, `Sen olmasan dünya daha güzel
//! olurdu`, `Sen yok olsan kimse fark etmez`, `Senin gibilerin olmadığı bir dünya daha iyi
//! olurdu`. Not a thing's absence (`This site would be so much better without the pop-ups`,
//! `Лучше бы этого закона вообще не было`), nor the reader's habit (`Your family would be
//! relieved if you got a check-up`), nor the reader thanked (`Sen olmasan bu proje bitmezdi`).

use crate::rules::clauses::{Clause, Lexicon};

/// What things would be without the reader: `happier`, `better`, `чище`, `легче`.
pub(super) static BETTER_OFF: Lexicon = Lexicon::new(
    "happier relieved better nicer quieter saner calmer чище легче лучше спокойнее счастливее \
     добрее",
);

/// The reader gone, after `if you`: `stopped existing`, `were gone`, `disappeared`.
const GONE: &[&[&str]] = &[
    &["stopped", "existing"],
    &["ceased", "to", "exist"],
    &["did", "not", "exist"],
    &["never", "existed"],
    &["were", "gone"],
    &["were", "dead"],
    &["were", "not", "here"],
    &["were", "not", "around"],
    &["disappeared"],
    &["vanished"],
];

/// The reader gone in Turkish: `sen olmasan`, `sensiz`, `sen yok olsan`; and those like the
/// reader (`senin gibilerin olmadığı`).
pub(super) static GONE_TR: Lexicon =
    Lexicon::new("olmasan olmasaydin sensiz olsan olsaydin olmadigi");

impl Clause<'_> {
    /// The reader's absence wished, read from the word at `i` (see the module's note).
    pub(super) fn better_off_gone(&self, i: usize) -> Option<usize> {
        if self.is(i, &GONE_TR) {
            return self.gone_tr(i);
        }
        if !self.is(i, &BETTER_OFF) {
            return None;
        }
        // `... better without you (in it)`, `... happier if you stopped existing`, `... when
        // you are gone`: within three words (`so much better without you`).
        let after = i + 1;
        if let Some(k) = (after..after + 3).find(|&k| self.seq(k, &["without", "you"])) {
            return Some(k + 2);
        }
        if let Some(k) = (after..after + 3).find(|&k| self.seq(k, &["if", "you"])) {
            let gone = GONE.iter().find(|g| self.seq(k + 2, g))?;
            return Some(k + 2 + gone.len());
        }
        // `Лучше бы тебя вообще не было` ("better if you had never been").
        if self.at(i) == "лучше" && self.at(i + 1) == "бы" && self.is(i + 2, &["тебя", "вас"])
        {
            let never = (i + 3..i + 6).find(|&k| self.seq(k, &["не", "было"]))?;
            return Some(never + 2);
        }
        // `Без тебя мир был бы чище` ("the world would be cleaner without you"), `Всем станет
        // легче, когда тебя не станет` ("everyone will feel better when you are no more").
        let without = (0..i).any(|k| self.at(k) == "без" && self.is(k + 1, &["тебя", "вас"]));
        if without {
            return Some(i + 1);
        }
        let gone = (i + 1..self.len()).find(|&k| {
            self.is(k, &["когда", "если"])
                && self.is(k + 1, &["тебя", "вас"])
                && self.seq(k + 2, &["не", "станет"])
        });
        gone.map(|k| k + 4)
    }

    /// The reader gone in Turkish at `i`, and the world better for it or nobody noticing:
    /// `Sen olmasan dünya daha güzel olurdu`, `Sen yok olsan kimse fark etmez`.
    fn gone_tr(&self, i: usize) -> Option<usize> {
        let you = self.is(i, &["sensiz"])
            || self.said_back(i, 3, &["sen", "siz"])
            // (`senin gibilerin olmadığı`: those like the reader.)
            || self.at(i) == "olmadigi" && self.reads_before(i, 3, &["senin", "gibilerin"]);
        if !you || self.at(i) == "olsan" && (i == 0 || self.at(i - 1) != "yok") {
            return None;
        }
        // `... dünya daha güzel olurdu`; `... kimse fark etmez`.
        let better = (i + 1..self.len()).find(|&k| {
            self.at(k) == "daha"
                && self.is(
                    k + 1,
                    &["guzel", "iyi", "temiz", "huzurlu", "rahat", "mutlu"],
                )
        });
        if let Some(k) = better {
            return Some(k + 2);
        }
        let unnoticed = (i + 1..self.len()).find(|&k| {
            self.at(k) == "kimse"
                && (self.seq(k + 1, &["fark", "etmez"])
                    || self.is(k + 1, &["uzulmez", "aramaz", "ozlemez"]))
        });
        unnoticed.map(|k| k + 2 + usize::from(self.at(k + 1) == "fark"))
    }
}
