//! A disaster wished on a people, in English, Russian and Turkish: `I hope the next earthquake
//! hits the Kurdish villages and finishes them`, `a flood in the Gypsy camp would be a
//! blessing`, `if a bomb fell on that mosque during Friday prayers, nobody would miss them`,
//! `Вот бы наводнение смыло весь этот лагерь беженцев`, `Keşke deprem o Suriyeli kamplarını
//! yerle bir etse`. Not a disaster feared or spared (`I hope the next earthquake hits nowhere
//! near the Kurdish villages`), nor its relief or its warnings, nor one wished on no people
//! (`a flood in the desert would be a blessing for the farmers`).

use super::harm::WORSHIP;
use super::ThreatKind;
use crate::rules::clauses::{Clause, Lexicon, IDENTITIES};

/// The disasters a wish is read from: each a cue, and a word a threat may start at.
pub(super) static DISASTERS: Lexicon = Lexicon::new(
    "earthquake earthquakes flood floods tsunami hurricane tornado bomb bombs plague \
     землетрясение наводнение цунами пожар бомба чума \
     deprem sel tsunami yangin bomba veba",
);

/// What a disaster is wished to do: `finishes them`, `wipe out`, `смыло`, `yerle bir etse`.
static DESTROYS: Lexicon = Lexicon::new(
    "finishes finish wipes wipe washes wash flattens flatten destroys destroy kills kill buries \
     bury levels swallows swallow \
     сотрет смыло смоет снесет снесло сожжет спалит спалил сгорела сгорели сгорит уничтожит \
     накроет накрыло похоронит \
     goturse silse bitirse yaksa yiksa yutsa kul",
);

/// Places of worship in Russian and Turkish, as their people's: `их мечеть`, `camilerini`.
static WORSHIP_RU_TR: Lexicon = Lexicon::new(
    "мечеть мечети синагогу синагоги церковь церкви cami camiyi camiler camileri camilerini \
     sinagog sinagogu kilise kiliseyi",
);

/// What says the disaster is wanted: `I hope`, `would be a blessing`, `вот бы`, `keşke`.
static WANTED: Lexicon = Lexicon::new(
    "hope hoping pray praying wish blessing nice only надеюсь бы пусть молюсь keske umarim \
     insallah dilerim gelse",
);

/// What follows a disaster's name when it is its relief, its warning or its victims, not the
/// disaster: `earthquake relief`, `a tsunami warning`, `a flood of volunteers`.
static NOT_THE_DISASTER: Lexicon = Lexicon::new(
    "relief warning warnings alert victims survivors aid appeal drill insurance defences \
     defenses risk zone map of squad shelter threat scare",
);

impl Clause<'_> {
    /// A disaster at `i` wished on a people named in the clause (or on their place of
    /// worship): wanted (`hope`, `вот бы`, `keşke`, `would be a blessing`) and doing harm
    /// (`finishes them`, `смыло`, `yerle bir etse`, `nobody would miss them`).
    pub(super) fn disaster_wished(&self, i: usize) -> Option<(ThreatKind, usize, usize)> {
        if self.is(i + 1, &NOT_THE_DISASTER) {
            return None;
        }
        // (`..., nobody would miss them`: wanted, and the harm with it.)
        let unmissed = (0..self.len()).any(|k| self.seq(k, &["nobody", "would", "miss", "them"]));
        let wanted = unmissed
            || self.said_back(i, 8, &["hope", "pray", "wish", "надеюсь", "молюсь"])
            || self.any_in(0..self.len(), &WANTED);
        let spared = self.any_in(
            i + 1..self.len(),
            &[
                "nowhere",
                "spares",
                "spare",
                "стороной",
                "обойдет",
                "обошло",
            ],
        );
        if !wanted || spared {
            return None;
        }
        let destroys = (i + 1..self.len()).find(|&k| {
            self.is(k, &DESTROYS)
                || self.is(k, &["took", "takes", "take"]) && self.at(k + 1) == "out"
                || self.seq(k, &["yerle", "bir"])
                || self.seq(k, &["would", "be", "a", "blessing"])
                || self.seq(k, &["would", "miss", "them"])
        })?;
        // (Not `I hope the flood doesn't destroy the Roma settlement again`, `... не смоет ...`,
        // `... yerle bir etmez`: the harm hoped away.)
        let negated = |k: usize| self.is(k, &["etmez", "etmesin", "etmeyecek", "etmesinler"]);
        let hoped_away = self.any_in(i + 1..destroys, &["not", "never", "no", "не", "ни"])
            || self.seq(destroys, &["yerle", "bir"]) && negated(destroys + 2)
            || self.at(destroys) == "kul" && negated(destroys + 1);
        if hoped_away {
            return None;
        }
        let a_people = (0..self.len()).any(|k| {
            self.is(k, &*IDENTITIES) || self.is(k, &WORSHIP) || self.is(k, &WORSHIP_RU_TR)
        });
        a_people.then(|| (ThreatKind::Call, i, (destroys + 2).min(self.len())))
    }
}
