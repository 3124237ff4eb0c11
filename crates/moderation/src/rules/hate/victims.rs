//! Women who report rape or harassment called liars or to blame, in English, Russian and
//! Turkish: `Women who report rape are just lying for money`, `Most rape accusations are made
//! up by bitter women`, `Изнасилованные сами виноваты`, `Все эти жертвы насилия врут ради
//! денег`, `Tecavüze uğrayan kadınlar da suçlu`, `Taciz iddia eden kadınlar para için yalan
//! söylüyor`. Not what befalls them (`Most rape accusations are never prosecuted`, `Все эти
//! жертвы насилия ждут суда годами`), nor their blame denied (`Изнасилованные не виноваты`,
//! `Tecavüze uğrayan kadınlar asla suçlu değildir`).

use std::sync::LazyLock;

use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon, Vocabulary};

/// The words a report of sexual violence is named by: `rape`, `harassment`, `изнасиловании`,
/// `tecavüz`, `taciz`; and the women who report it, `изнасилованные`.
pub(super) static ASSAULTS: Lexicon = Lexicon::new(
    "rape harassment assault abuse изнасиловании изнасилования насилия домогательствах \
     изнасилованные tecavuz tecavuze taciz",
);

/// The words women who report are named from: [`ASSAULTS`]' words, `women`, `жертвы`.
static NAMED_FROM: LazyLock<Vocabulary> = LazyLock::new(|| {
    ASSAULTS
        .iter()
        .chain(["women", "girls", "females", "бабы", "женщины", "жертвы"])
        .collect()
});

/// What women who report are said to be, or to do: `are lying`, `liars`, `made up`, `gold
/// diggers`, `врут`, `мстят`, `yalancı`.
const DISBELIEVED: &[&[&str]] = &[
    &["lying", "for"],
    &["lying", "about"],
    &["liars"],
    &["made", "up"],
    &["make", "it", "up"],
    &["gold", "diggers"],
    &["attention", "seekers"],
    &["chasing", "fame"],
    &["chasing", "money"],
    &["asked", "for", "it"],
    &["сами", "виноваты"],
    &["врут"],
    &["лгут"],
    &["мстят"],
    &["выдумывают"],
    &["da", "suclu"],
    &["de", "suclu"],
    &["yalanci"],
    &["yalan", "soyluyor"],
    &["yalan", "soyluyorlar"],
];

impl Clause<'_> {
    /// Women who report rape or harassment, named from word `i`, called liars or to blame
    /// (see the module's note).
    pub(super) fn victims_disbelieved(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        // (One look-up first: this is tried at every word of a clause hate reads.)
        if !self.is(i, &*NAMED_FROM) {
            return None;
        }
        let named = self.victims_named(i)?;
        let (k, said) = (named..self.len())
            .find_map(|k| Some((k, DISBELIEVED.iter().find(|d| self.seq(k, d))?)))?;
        // (Not `Изнасилованные не виноваты`, `... asla suçlu değildir`, nor `... are often
        // accused of lying for attention`, others' words.)
        let others = [
            "accused",
            "called",
            "told",
            "dismissed",
            "branded",
            "treated",
        ];
        let denied = self.any_in(named..k, &["not", "never", "не", "asla"])
            || self.any_in(named..k, &others)
            || self.is(k + said.len(), &["degil", "degildir", "degiller"]);
        (!denied).then_some((HateKind::Stereotype, i, k + said.len()))
    }

    /// The end of women who report sexual violence named at `i`, or of their reports:
    /// `women who report rape`, `rape accusations`, `harassment victims`, `изнасилованные`,
    /// `жертвы насилия`, `tecavüze uğrayan kadınlar`, `taciz iddia eden kadınlar`.
    fn victims_named(&self, i: usize) -> Option<usize> {
        let women = [
            "women",
            "girls",
            "females",
            "бабы",
            "женщины",
            "kadinlar",
            "kadinlarin",
        ];
        // `women who report rape`, `Бабы, которые заявляют об изнасиловании`.
        if self.is(i, &women[..5]) && self.is(i + 1, &["who", "которые"]) {
            let assault = (i + 2..i + 6).find(|&k| self.is(k, &ASSAULTS))?;
            return Some(assault + 1);
        }
        // `rape accusations`, `harassment victims`, `жертвы насилия`.
        let reports = [
            "accusations",
            "claims",
            "allegations",
            "victims",
            "accusers",
        ];
        if self.is(i, &ASSAULTS) && self.is(i + 1, &reports) {
            return Some(i + 2);
        }
        if self.at(i) == "жертвы" && self.is(i + 1, &ASSAULTS) {
            return Some(i + 2);
        }
        if self.at(i) == "изнасилованные" {
            return Some(i + 1);
        }
        // `tecavüze uğrayan kadınlar`, `taciz iddia eden kadınlar`, `tecavüz diye bağıran
        // kadınlar`: the women after what they report.
        if self.is(i, &ASSAULTS) {
            return (i + 1..i + 5)
                .find(|&k| self.is(k, &women[5..]))
                .map(|k| k + 1);
        }
        None
    }
}
