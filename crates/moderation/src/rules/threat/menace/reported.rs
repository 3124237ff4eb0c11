//! The reader reported where it hurts, read from a word of it, in English, Russian and
//! Turkish: the employer told (`Your employer will be very interested in these comments`, `Я
//! позвоню твоему начальнику`, `Patronunu arayacağım`), immigration called (`Someone should
//! call ICE on him`, `I will get you deported`, `Seni göç idaresine ihbar edeceğim`), or
//! whom it may concern (`Я напишу куда надо`, `настучу на тебя`). Not a call made to thank
//! (`Я позвоню твоему начальнику, чтобы поблагодарить тебя`, `Patronunu arayacağım, sana zam
//! yapsın diye`), nor someone else's deportation reported (`they got him deported in 2019`).
//! The writer's own report, promised or under way (`I'm calling your employer`, `I'll report
//! your family to immigration`), is an exposure (`Clause::exposure`).

use super::SENT;
use crate::rules::clauses::Clause;

/// The reader or the reader's people, reported: `you`, `your family`, `him`.
const REPORTED: &[&str] = &["you", "him", "her", "them", "your", "ur"];

impl Clause<'_> {
    /// The reader reported where it hurts, read from its word at `i` (see the module's note).
    pub(super) fn reported_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            "employer" | "boss" => self.told_at_work(i),
            // `Someone should call ICE on him`.
            "ice" => (i >= 1
                && self.is(i - 1, &["call", "calling"])
                && self.at(i + 1) == "on"
                && self.is(i + 2, REPORTED))
            .then_some(i + 3 + usize::from(self.is(i + 2, &["your", "ur"]))),
            // `I will get you deported`, `someone should get him deported` (not `they got him
            // deported in 2019`).
            "deported" => {
                let whom = i.checked_sub(1)?;
                let whom = whom - usize::from(whom >= 1 && self.is(whom - 1, &["your", "ur"]));
                let by_us = self.any_in(0..whom, &["i", "we", "someone", "somebody"]);
                (whom >= 1
                    && self.is(whom, REPORTED)
                    && self.is(whom - 1, &["get", "have"])
                    && by_us
                    && !self.any_in(0..whom, &["not", "never"]))
                .then_some(i + 1)
            }
            // `Я позвоню твоему начальнику`, not one to thank (`..., чтобы поблагодарить тебя`).
            "начальнику" | "работодателю" => {
                let told = i >= 2
                    && self.is(i - 1, &["твоему", "вашему"])
                    && self.is(
                        i - 2,
                        &[
                            "позвоню",
                            "напишу",
                            "сообщу",
                            "пожалуюсь",
                            "настучу",
                            "расскажу",
                        ],
                    );
                let kind = self.said_next(i + 1, 6, &["чтобы", "поблагодарить", "похвалить"]);
                (told && !kind).then_some(i + 1)
            }
            // `Я напишу куда надо`, `настучу на тебя`.
            "напишу" | "сообщу" | "настучу" => {
                let where_needed =
                    self.at(i + 1) == "куда" && self.is(i + 2, &["надо", "следует", "нужно"]);
                let on_you = self.at(i) == "настучу"
                    && self.at(i + 1) == "на"
                    && self.is(i + 2, &["тебя", "вас"]);
                (where_needed || on_you).then_some(i + 3)
            }
            // `Patronunu arayacağım`, not one to ask a raise for the reader (`..., sana zam
            // yapsın diye`).
            "patronunu" | "patronuna" | "isverenini" | "isverenine" | "mudurunu" => {
                let told = self.is(
                    i + 1,
                    &[
                        "arayacagim",
                        "arayacagiz",
                        "yazacagim",
                        "bildirecegim",
                        "anlatacagim",
                        "sikayet",
                    ],
                );
                let kind = self.said_next(i + 2, 8, &["diye", "tesekkur", "zam"]);
                (told && !kind).then_some(i + 2)
            }
            // `Seni göç idaresine ihbar edeceğim`.
            "ihbar" => (self.is(i + 1, &["edecegim", "edecegiz"])
                && self.any_in(i.saturating_sub(4)..i, &["seni", "sizi"]))
            .then_some(i + 2),
            _ => None,
        }
    }

    /// `Your boss will be very interested in these comments`: the employer at `i`, told of the
    /// reader (not `your boss will be really interested in your proposal`). (Told by the
    /// writer, `I'm calling your employer`, is the exposure of `Clause::exposure`.)
    fn told_at_work(&self, i: usize) -> Option<usize> {
        if i < 1 || !self.is(i - 1, &["your", "ur"]) {
            return None;
        }
        let interested = i + 3 + usize::from(self.is(i + 3, &["very", "really", "most", "so"]));
        (self.seq(i + 1, &["will", "be"])
            && self.at(interested) == "interested"
            && self.is(interested + 1, &["in", "to"])
            && self.any_in(interested + 2..interested + 4, &SENT))
        .then_some(interested + 4)
    }
}
