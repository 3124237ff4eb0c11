//! A crowd set on a person, in English, Russian and Turkish: their home address given out
//! with "you know what to do", their inbox flooded until they quit, their children's photos
//! posted, their address leaked, a visit paid where they live, a career ended. Each is said of
//! someone (`her`, `его`, `çocuklarının`), not of a venue, a council or a fair.

use crate::rules::clauses::{Clause, Lexicon};

/// What a crowd keeps up until the person gives in: `... until she quits`.
static GIVES_IN: Lexicon = Lexicon::new(
    "quits quit resigns resign deletes delete leaves leave cries cry apologises apologizes \
     apologise apologize",
);

/// The Turkish for "until they resign, delete, go" (`istifa edene kadar`).
static GIVES_IN_TR: Lexicon = Lexicon::new("edene silene gidene kapatana birakana");

/// Someone's children, whose pictures are posted: `his kids' photos`.
static KIDS: Lexicon = Lexicon::new("kids kid children child daughter son daughters sons");

/// "You know what to do", and the like, after a person's address is given.
const YOU_KNOW: &[&[&str]] = &[
    &["you", "know", "what", "to", "do"],
    &["do", "what", "you", "have", "to"],
    &["have", "fun"],
    &["знаете", "что", "делать"],
    &["знаешь", "что", "делать"],
    &["gerisini", "siz", "bilirsiniz"],
    &["gerisini", "sen", "bilirsin"],
    &["geregini", "yapin"],
];

impl Clause<'_> {
    /// The crowd's work read from one of its words at `i`: `address`, `inbox`, `photos`,
    /// `visit`, `forget`, `never`, and their Russian and Turkish counterparts.
    pub(super) fn piled_on_by_word(&self, i: usize) -> Option<usize> {
        match self.at(i) {
            // `Here's her home address, you know what to do` (not `Here's the venue's address,
            // you know what to do: RSVP`): a person's address, and the crowd left to it.
            "address" | "адрес" | "adresi" => {
                let whose = (i.saturating_sub(3)..i).any(|k| {
                    self.is(k, &["her", "his", "their", "ее", "его", "их"])
                        || self.seq(k, &["ev", "adresi"])
                });
                let told = self.words_from(i + 1).take(10).collect::<Vec<_>>();
                let said = (0..told.len()).find_map(|k| {
                    YOU_KNOW
                        .iter()
                        .find(|p| told[k..].starts_with(p))
                        .map(|p| k + p.len())
                });
                // (Not `... you know what to do: RSVP`, `..., have fun at the fair`.)
                let then_what = said.and_then(|end| told.get(end)).is_some_and(|w| {
                    ["rsvp", "register", "book", "at", "with", "buy", "tickets"].contains(w)
                });
                (whose && said.is_some() && !then_what).then(|| self.len())
            }
            // `Everyone flood her inbox until she quits`, `Spam her mentions until she deletes
            // her account` (not `flood the council's inbox until they fix the road`).
            "inbox" | "inboxes" | "mentions" | "dms" => {
                let whose = i >= 2 && self.is(i - 1, &["her", "his", "their"]);
                let flooded = self.said_back(i, 3, &["flood", "spam", "bombard", "swamp", "blow"]);
                let until = (i + 1..self.len()).find(|&k| self.at(k) == "until")?;
                let gives_in =
                    self.is(until + 1, &["she", "he", "they"]) && self.is(until + 2, &GIVES_IN);
                (whose && flooded && gives_in).then_some(until + 3)
            }
            // `Завалите её личку, пока не уволится` (the same in Russian; not `Завалите мэрию
            // письмами, пока не починят дорогу`).
            "личку" | "почту" => {
                let whose = i >= 1 && self.is(i - 1, &["ее", "его", "их"]);
                let flooded = self.said_back(i, 3, &["завалите", "заспамьте", "закидайте"]);
                let until = self.said_next(i + 1, 3, &["пока"])
                    && self.said_next(i + 1, 5, &["уволится", "уйдет", "удалится", "извинится"]);
                (whose && flooded && until).then(|| self.len())
            }
            // `Mesaj kutusunu istifa edene kadar doldurun` (the same in Turkish; not
            // `Belediyenin mesaj kutusunu yol yapılana kadar doldurun`).
            "doldurun" | "dolduralim" => {
                let inbox = self.said_back(i, 6, &["kutusunu", "dmlerini", "telefonunu"]);
                let until = (i.saturating_sub(4)..i)
                    .any(|k| self.is(k, &GIVES_IN_TR) && self.at(k + 1) == "kadar");
                (inbox && until).then_some(i + 1)
            }
            // `Post his kids' photos everywhere so people know who they are` (not `Post the
            // kids' photos from the fair ...`).
            "photos" | "pictures" | "pics" => {
                let posted = self.said_back(i, 5, &["post", "share", "spread", "publish"]);
                let kids = (i.saturating_sub(3)..i)
                    .any(|k| self.is(k, &["his", "her", "their"]) && self.is(k + 1, &KIDS));
                (posted && kids).then_some(i + 1)
            }
            // `Выложите фото его детей` (the same in Russian; not `Выложите фото с праздника`).
            "фото" | "фотографии" => {
                let posted = i >= 1 && self.is(i - 1, &["выложите", "опубликуйте", "разошлите"]);
                let kids = self.is(i + 1, &["его", "ее", "их"])
                    && self.is(i + 2, &["детей", "дочери", "сына", "жены"]);
                (posted && kids).then_some(i + 3)
            }
            // `Çocuklarının fotoğraflarını her yere yayın` (the same in Turkish; not `Şenliğin
            // fotoğraflarını ...`).
            "fotograflarini" => {
                let kids = i >= 1
                    && self.is(
                        i - 1,
                        &["cocuklarinin", "kizinin", "oglunun", "cocugunun", "esinin"],
                    );
                let posted = self.said_next(i + 1, 4, &["yayin", "paylasin", "yayalim"]);
                (kids && posted).then(|| self.len())
            }
            // `I found where the editor lives, 12 Elm Street. Pay him a visit.`: a visit
            // ordered after where someone lives is told (not `Pay it a visit`).
            "visit" if i >= 3 && self.at(i - 1) == "a" && self.at(i - 3) == "pay" => {
                let someone = self.is(i - 2, &["him", "her", "them"]);
                let ordered = i == 3 || self.is(i - 4, &["and", "so", "go"]);
                let lives = self.said_back(i - 3, 16, &["lives", "live"]);
                (someone && ordered && lives).then_some(i + 1)
            }
            // `give him a call he won't forget` (not `give him a call about the permit`).
            "forget" if i >= 4 && self.seq(i - 2, &["will", "not"]) => {
                let call = (i.saturating_sub(7)..i - 2).find(|&k| {
                    self.is(k, &["call", "visit", "welcome"]) && self.at(k.wrapping_sub(1)) == "a"
                });
                let to_whom = call.is_some_and(|k| {
                    k >= 3
                        && self.is(k - 2, &["him", "her", "them"])
                        && self.is(k - 3, &["give", "pay"])
                });
                let who = self.is(i - 3, &["he", "she", "they"]);
                (to_whom && who).then_some(i + 1)
            }
            // `Let's make sure she never works in this town again` (not `... she never works
            // a weekend again`, nor `... gets the award`).
            "never" if i >= 3 && self.seq(i - 3, &["make", "sure"]) => {
                let person = self.is(i - 1, &["she", "he", "they"]);
                let works = self.is(i + 1, &["works", "work"]);
                let where_ = self.any_in(i + 2..i + 6, &["town", "city", "industry", "journalism"]);
                let again = self.any_in(i + 2..i + 7, &["again"]);
                (person && works && again && (where_ || i + 3 == self.len())).then(|| self.len())
            }
            // `Сделаем так, чтобы она больше нигде не работала` (the same in Russian; not
            // `Сделаем так, чтобы она получила премию`).
            "нигде" if self.seq(i + 1, &["не"]) => {
                let works = self.is(i + 2, &["работала", "работал", "работали"]);
                let so_that = self.said_back(i, 4, &["чтобы", "чтоб"]);
                let person = self.said_back(i, 3, &["она", "он", "они"]);
                (works && so_that && person).then_some(i + 3)
            }
            // `Bir daha bu şehirde iş bulamayacağından emin olalım` (the same in Turkish).
            "bulamayacagindan" | "bulamayacaklarindan" => {
                let work = i >= 1 && self.at(i - 1) == "is";
                let sure = self.seq(i + 1, &["emin"]) && self.is(i + 2, &["olalim", "olun"]);
                (work && sure).then_some(i + 3)
            }
            // `Biri şunun adresini sızdırsın artık` ("somebody leak his address already";
            // not `Biri bütçeyi basına sızdırsın`).
            "sizdirsin" | "sizdirin" | "sizdiralim" => {
                (i >= 1 && self.is(i - 1, &["adresini", "numarasini"])).then_some(i + 1)
            }
            _ => None,
        }
    }
}
