//! People told they may not have children, in English, Russian and Turkish: `people like that
//! shouldn't be allowed to breed`, `Гомики не должны размножаться`, `Таким людям нельзя иметь
//! детей, их надо стерилизовать`, `Цыганам надо запретить рожать`, `Bu insanların
//! üremesine izin verilmemeli`, `Engellilerin çocuk yapması yasaklanmalı`. Not animals (`stray
//! cats should be sterilised`, `pandas don't breed well in captivity`, `Бездомных кошек надо
//! стерилизовать`), nor a right defended (`Женщинам нельзя запрещать рожать`). A group by
//! name told it must be sterilised is read with the group (`Цыган надо стерилизовать`,
//! `Çingeneler kısırlaştırılmalı`: `ru_tr.rs`).

use super::ru_tr::RU_STERILISE;
use super::HateKind;
use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};

/// The words these shapes are read from, each a cue (and `стерилизовать`, of
/// [`RU_STERILISE`]).
pub(super) static BREEDING: Lexicon = Lexicon::new(
    "breed reproduce procreate размножаться рожать uremesine uremelerine yapmasi yapmalari",
);

/// Who a clause says may not have children, besides a group by name: `people like that`,
/// `your kind`, `таким людям`, `bu insanların`.
static SUCH_PEOPLE: Lexicon = Lexicon::new(
    "people kind idiots morons losers таким таких такие этим этих гомики гомикам insanlarin \
     insanlar",
);

/// Animals, whose breeding is a keeper's business: `stray cats should be sterilised`.
static ANIMALS: Lexicon = Lexicon::new(
    "cats cat dogs dog pets pet animals kittens puppies pandas horses cattle rabbits strays \
     bulls pitbulls кошек кошки кошкам собак собаки собакам животных животные животным \
     kedilerin kedilerinin kediler kopeklerin kopekler hayvanlarin",
);

impl Clause<'_> {
    /// People at the cue `i` told they may not have children (see the module's note).
    pub(super) fn breeding_denied(&self, i: usize) -> Option<(HateKind, usize, usize)> {
        let denied = match self.at(i) {
            // `... shouldn't be allowed to breed`, `... must be stopped from breeding`.
            "breed" | "reproduce" | "procreate" => {
                i >= 4
                    && self.seq(i - 3, &["be", "allowed", "to"])
                    && self.is(i - 4, &["not", "never"])
            }
            // `Гомики не должны размножаться`, `Таким нельзя размножаться`.
            "размножаться" => {
                self.said_back(i, 3, &["нельзя"])
                    || self.seq(i.saturating_sub(2), &["не", "должны"])
            }
            // `Таким людям ..., их надо стерилизовать` (a group by name: `ru_tr.rs`).
            _ if self.is(i, &RU_STERILISE) => {
                self.said_back(i, 3, &["надо", "нужно", "пора", "следует"])
                    && !(0..self.len()).any(|k| self.is(k, &*IDENTITIES))
            }
            // `Цыганам надо запретить рожать` (not `нельзя запрещать рожать`).
            // (Not `никто не может запретить рожать`.)
            "рожать" => {
                i >= 1 && self.at(i - 1) == "запретить" && !self.said_back(i - 1, 3, &["не"])
            }
            // `Bu insanların üremesine izin verilmemeli`.
            "uremesine" | "uremelerine" => {
                self.at(i + 1) == "izin"
                    && self.is(
                        i + 2,
                        &["verilmemeli", "verilmesin", "vermeyin", "verilmemelidir"],
                    )
            }
            // `Engellilerin çocuk yapması yasaklanmalı`.
            "yapmasi" | "yapmalari" => {
                i >= 1
                    && self.at(i - 1) == "cocuk"
                    && self.is(i + 1, &["yasaklanmali", "yasaklansin", "engellenmeli"])
            }
            _ => false,
        };
        if !denied || self.any_in(0..self.len(), &ANIMALS) {
            return None;
        }
        let people =
            (0..self.len()).find(|&k| self.is(k, &*IDENTITIES) || self.is(k, &SUCH_PEOPLE))?;
        Some((HateKind::Exclusion, people.min(i), self.len()))
    }
}
