//! The writer's weapon shown to the reader, in English, Russian and Turkish: `I have a gun and
//! I know how to use it`, `I own three rifles, just saying`, `I keep a shotgun by the door for
//! people like you`, `My rifle is loaded, keep writing`, `У меня есть ружьё, и я умею им
//! пользоваться`, `У меня дома карабин, имей в виду`, `Evimde silah var, bunu bil`, `Tabancam
//! dolu, yazmaya devam et`. A weapon the writer has, and a word to the reader that points it:
//! not a weapon owned for a sport or by law (`I have a gun licence and I know the law`, `У
//! меня есть ружьё для охоты`), nor a pen that is full (`Kalemim dolu, yazmaya devam et`).

use crate::rules::clauses::{Clause, Lexicon};

/// The weapons, in the three languages: `rifle`, `ружьё`, `tabanca`.
pub(in crate::rules::threat) static ARMS: Lexicon = Lexicon::new(
    "gun guns rifle rifles shotgun shotguns pistol pistols revolver handgun ружье ружья карабин \
     пистолет ствол автомат silah silahim silahimi tabanca tabancam tufek tufegim",
);

/// What says the weapon is the writer's, before it: `I have`, `my`, `у меня`.
const OWNED: &[&str] = &[
    "have", "own", "keep", "got", "my", "меня", "мой", "моё", "мое", "evimde", "bende",
];

/// What points the weapon at the reader, after it: `and I know how to use it`, `just saying`,
/// `имей в виду`, `bunu bil`.
const POINTED: &[&[&str]] = &[
    &["know", "how", "to", "use", "it"],
    &["just", "saying"],
    &["for", "people", "like", "you"],
    &["keep", "writing"],
    &["keep", "talking"],
    &["keep", "posting"],
    &["think", "about", "that"],
    &["умею", "им", "пользоваться"],
    &["имей", "в", "виду"],
    &["имейте", "в", "виду"],
    &["пиши", "дальше"],
    &["bunu", "bil"],
    &["bunu", "unutma"],
    &["haberin", "olsun"],
    &["yazmaya", "devam", "et"],
];

/// What a weapon is for that is no menace: `a gun licence`, `ружьё для охоты`.
static LAWFUL: Lexicon = Lexicon::new(
    "licence license licences licenses permit club range hunting shooting охоты охота клуба \
     лицензия разрешение av avci ruhsat ruhsatli",
);

impl Clause<'_> {
    /// The writer's weapon at `i` shown to the reader (see the module's note).
    pub(super) fn armed_by_word(&self, i: usize) -> Option<usize> {
        if !self.is(i, &ARMS) {
            return None;
        }
        // (Turkish says whose by the ending: `tabancam`, `silahım`.)
        let mine = self.is(i, &["silahim", "silahimi", "tabancam", "tufegim"]);
        if !mine && !self.any_in(i.saturating_sub(5)..i, OWNED) {
            return None;
        }
        if self.any_in(0..self.len(), &LAWFUL) {
            return None;
        }
        // The pointing words after the weapon, in its clause or the next words of the text.
        let after: Vec<&str> = self.words_from(i + 1).take(16).collect();
        let pointed =
            (0..after.len()).any(|k| POINTED.iter().any(|words| after[k..].starts_with(words)));
        pointed.then_some(self.len())
    }
}
