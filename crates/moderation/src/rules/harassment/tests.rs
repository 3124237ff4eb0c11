//! The harassment rule read over sentences written for it, harassing and civil.

use super::*;
use HarassmentKind::{Advance, Remark, Solicitation};

fn harassment(text: &str) -> Vec<(HarassmentKind, &str)> {
    crate::rules::written_hits(text, find)
}

/// Every one of `harassing` read as harassment, and none of `civil`.
fn read_all(harassing: &[&str], civil: &[&str]) {
    for text in harassing {
        assert!(!harassment(text).is_empty(), "{text}");
    }
    for text in civil {
        assert!(
            harassment(text).is_empty(),
            "{text}: {:?}",
            harassment(text)
        );
    }
}

#[test]
fn harassment_of_the_eighty_fourth_to_sixth_sets() {
    read_all(
        &[
            "Send me pics of your body, I know you want to.",
            "Bend over for the editor like you always do.",
            "Hey beautiful, what colour knickers are you wearing while you type this?",
            "Sit on it and spin, love.",
            "Bet she'd be a lot less mouthy with a gag in.",
            "Hey newsgirl, wanna come round and interview me in my bedroom?",
            "She's only on telly because she's easy on the eyes and easier in the sheets.",
        ],
        &[
            "Send me the pics of your garden, the roses sound lovely.",
            "Send me pics of your body of work for the portfolio.",
            "Bend over and touch your toes, the physio told me.",
            "She bent over backwards for the editor.",
            "What colour paint are you using on the fence?",
            "Sit on the bench and enjoy the view, love.",
            "The sketch ends with a gag in the final scene.",
            "Come round and see the new wallpaper in my bedroom.",
            "The hotel was easy to find and the sheets were clean.",
        ],
    );
}

#[test]
fn asked_for_nudes_or_to_undress() {
    assert_eq!(
        harassment("Send me pics of your tits"),
        [(Solicitation, "Send me pics of your tits")]
    );
    assert_eq!(harassment("send nudes"), [(Solicitation, "send nudes")]);
    assert_eq!(
        harassment("Send me a photo of what's under that blouse, sweetheart."),
        [(Solicitation, "Send me a photo of what's under that blouse")]
    );
    assert_eq!(
        harassment("Hey, why don't you show us your boobs?"),
        [(Solicitation, "show us your boobs?")]
    );
    assert_eq!(
        harassment("Take your clothes off for me"),
        [(Solicitation, "Take your clothes off")]
    );
    for text in [
        "Post naked pics, reporter",
        "Please DM me your nudes",
        "S3nd n00dz",
        "sh0w me ur b00bs",
        "strip for me",
        "Скинь нюдсы",
        "Bana çıplak fotoğraf at",
        "Göğüslerini göster bebeğim",
        "Post some pics in a bikini and maybe people will take you seriously.",
        "You'd be prettier if you kept your opinions to yourself and took your top off.",
    ] {
        assert!(!harassment(text).is_empty(), "{text}");
    }
}

#[test]
fn advances_on_a_person() {
    assert_eq!(harassment("I'd bang her"), [(Advance, "I'd bang her")]);
    assert_eq!(
        harassment("I want to see you naked"),
        [(Advance, "I want to see you naked")]
    );
    assert_eq!(
        harassment("Wanna sleep with me?"),
        [(Advance, "Wanna sleep with me?")]
    );
    for text in [
        "I would smash that",
        "I'd love to get you in bed, sweetie",
        "I want to touch you all over",
        "Sit on my face",
        "I'd lick your tits",
        "I'd bend you over and show you what a real man does",
        "Хочу тебя раздеть и отыметь прямо в редакции.",
        "Send her to me and I'll show her what her mouth is really for.",
        "I'll show you what your mouth is good for.",
        "Send me a pic of you in that skirt, babe, I'll make it worth your while.",
        "Hey sugar, how about you come sit on my lap and we discuss the article.",
    ] {
        assert!(!harassment(text).is_empty(), "{text}");
    }
    for text in [
        "The dentist will show you what your mouth needs.",
        "Show me what your mouth guard is made of.",
        "Send me a photo of you in that dress, Mum wants one for the album.",
        "Come sit on my lap, sweetie, Grandpa will read you a story.",
    ] {
        assert!(
            harassment(text).is_empty(),
            "{text}: {:?}",
            harassment(text)
        );
    }
}

#[test]
fn a_bra_size_asked_a_boss_bending_the_reader_over() {
    read_all(
        &[
            "What's your bra size, love? Asking for research.",
            "Bet you moan loud when your boss bends you over the desk.",
            "I'd pay good money to see you on your knees in front of me.",
        ],
        &[
            "What's your shoe size? I'll bring the spare boots.",
            "You moan every time your boss sets the rota, fair enough.",
            "My boss bent over backwards to help me after the surgery.",
            "You'll be on your knees in front of the altar at the wedding, lucky you.",
        ],
    );
}

#[test]
fn moaning_in_bed_an_interview_at_home_hinted() {
    assert!(!harassment("Do you moan like that in bed too, sweetheart?").is_empty());
    assert!(!harassment(
        "Come round mine and I'll give you a proper interview, if you know what I mean."
    )
    .is_empty());
    assert!(harassment("Do you moan about the weather too? Everyone here does.").is_empty());
    assert!(harassment("Come round to the studio and we'll do a proper interview.").is_empty());
}

#[test]
fn sugar_tits_a_newsreader_got_alone() {
    assert!(!harassment("Hey sugar tits, smile for me next time you're on telly.").is_empty());
    assert!(
        !harassment("I'd ruin that little newsreader if I got her alone in a lift.").is_empty()
    );
    assert!(harassment("Sugar tits are a common bird at feeders in winter.").is_empty());
    assert!(harassment("I'd finish the report if I got an hour alone in the office.").is_empty());
}

#[test]
fn what_else_she_can_do_with_her_mouth() {
    read_all(
        &[
            "Send the pretty intern over, I'd like to see what else she can do with her mouth.",
            "I want to hear you scream my name, sweetheart.",
            "Sit on my lap and I'll tell you what I really think of your article.",
            "Bet you'd do anything for a promotion, and I mean anything.",
            "Post more photos in that skirt, it's the only reason I read your column.",
            "Your lips would look better wrapped around something of mine.",
        ],
        &[
            "I'd like to see what else she can do with her voice, the range is amazing.",
            "The dentist showed me what she can do with a mouth mirror.",
            "I want to hear you sing my song at the concert.",
            "My nephew sat on my lap for the whole film.",
            "I'd do anything for a promotion, and I mean anything, even night shifts.",
            "Post more photos in that skirt, the designer deserves the credit.",
            "His lips were wrapped around a pint glass all night.",
        ],
    );
}

#[test]
fn a_mouth_better_used_for_something_else() {
    assert!(!harassment("ur mouth would be better used for something else luv").is_empty());
    assert!(harassment("your mouth would be better used for eating than talking").is_empty());
}

#[test]
fn a_reader_tied_to_a_bed() {
    assert!(!harassment("Bet you'd look fit tied to my bed, sweetheart.").is_empty());
    assert!(harassment("The boat was tied to my dock all winter.").is_empty());
}

#[test]
fn a_remark_said_of_a_woman_by_her_trade() {
    assert!(!harassment("Nice tits for a journalist, shame about the brain.").is_empty());
    assert!(harassment("Great tits for a birdwatcher are a common sight in May.").is_empty());
}

#[test]
fn remarks_on_a_body() {
    assert_eq!(harassment("Nice rack, lady"), [(Remark, "Nice rack")]);
    assert_eq!(
        harassment("Wow, she has great tits"),
        [(Remark, "she has great tits")]
    );
    for text in [
        "Nice tits, show us more.",
        "nice ass",
        "Hey sexy, DM me",
        "You've got a nice butt",
        "That anchor has a nice rack",
        "She's got a huge rack",
        "your tits are amazing",
        "Damn, nice booty baby",
    ] {
        assert!(!harassment(text).is_empty(), "{text}");
    }
    for text in [
        "Great tits nest in holes in old trees",
        "A nice rack of lamb for Sunday lunch",
        "Nice bike rack outside the library",
        "She has great ideas",
        "The shop has a nice rack of dresses",
        "He has a big butt of a cigar in his mouth",
        "The council has a huge budget gap",
        "Hey, sexy headlines sell papers",
        "Your ass is grass, said the coach",
        "Nice try",
    ] {
        assert_eq!(harassment(text), [], "{text}");
    }
}

#[test]
fn the_same_words_in_civil_sentences_are_not_harassment() {
    for text in [
        "The photos show the minister naked at the party",
        "Send me the pictures of your garden",
        "Send me a photo of what is under the bridge",
        "Show me what's under your sink, the plumber asked",
        "Show me your work, not your opinions",
        "Post a photo of the receipt",
        "Post some pics of the shop's new bikini range",
        "You'd feel better if you took your coat off, it's warm in here",
        "If you take your top off in this sun you will burn",
        "Хочу раздеть ёлку до Крещения.",
        "I want to see the evidence",
        "I would smash that record if I could",
        "I'd never sleep with you, said the actress in the interview",
        "Take your coat off and stay a while",
        "I want to sleep with the windows open",
        "I'd ride the bus if it came on time",
        "The show sends its best wishes to your feet and your hands, Doctor",
        "Naked pics of celebrities are not news",
        "He asked her to send nudes and was fired",
        "I would not touch you all over again, sorry",
        "I'm gonna laugh my butt off at how she incites liberals",
        "Reports list the creature as under 12 feet at least",
        "Don't send nudes to strangers",
        "We will smash you at the polls",
        "We will smash them in May",
        "I'd screw them over if I were the council",
        "I will ride you to the station",
        "I would bend over backwards for you",
        "I will bend the rules for you",
        "I will take you to bed and read you a story, the father said",
    ] {
        assert_eq!(harassment(text), [], "{text}");
    }
}

#[test]
fn a_picture_asked_for_of_the_reader_undressed() {
    assert_eq!(
        harassment("Send me a photo of you in the shower and I'll leave you alone."),
        [(Solicitation, "Send me a photo of you in the shower")]
    );
    assert!(!harassment("send me a pic of you in a bikini").is_empty());
    assert!(!harassment("Скинь фотки в купальнике, красотка, не стесняйся.").is_empty());
    for text in [
        "Send me a photo of the bathroom with the new shower.",
        "Send me a photo of you in the office for the staff page.",
        "Пришлите фото ванной после ремонта.",
        "Скинь фото в ванной, где течёт кран.",
        "Скинь фотки с пляжа, мы в купальниках смотрелись смешно.",
    ] {
        assert_eq!(harassment(text), [], "{text}");
    }
}

#[test]
fn a_price_asked_of_the_reader() {
    assert!(!harassment("Hey sweetheart, how much for an hour?").is_empty());
    assert!(!harassment("Сколько стоит ночь с тобой, журналисточка?").is_empty());
    for text in [
        "I asked how much for an hour of parking and they said ten pounds.",
        "Hey, how much for a night at the hotel by the lake?",
        "Сколько стоит ночь в этом отеле?",
    ] {
        assert_eq!(harassment(text), [], "{text}");
    }
}

#[test]
fn a_person_wanted_alone_in_a_room() {
    assert!(!harassment("I'd love to get that reporter alone in a hotel room.").is_empty());
    assert_eq!(
        harassment("I'd love to get that reporter alone for a chat over coffee."),
        []
    );
}

#[test]
fn a_boast_of_a_person_moaning_the_writer_s_name() {
    assert!(!harassment("I bet she'd moan my name if I got her alone.").is_empty());
    assert!(!harassment("You would be screaming my name all night.").is_empty());
    for civil in [
        "She'd moan about the weather all day.",
        "The crowd would scream my name at every concert, she said.",
    ] {
        assert_eq!(harassment(civil), [], "{civil}");
    }
}

#[test]
fn clothes_ripped_off_and_undressing_for_a_reason() {
    assert!(!harassment("Rip her clothes off and see if she still talks so much.").is_empty());
    assert!(!harassment("Раздевайся и покажи, что у тебя под платьем.").is_empty());
    assert!(!harassment("Razdevaysya, shlyukha.").is_empty());
    assert!(
        !harassment("I'd bend that anchorwoman over the desk and show her real news.").is_empty()
    );
    assert_eq!(harassment("Bend the pipe over the flame slowly."), []);
    for civil in [
        "Rip the tag off the new shirt before you wear it.",
        "Раздевайся, в бане жарко.",
        "Раздевайся, врач ждёт.",
        "Раздевайся в прихожей, на улице грязь.",
        "Раздевайся в коридоре, там вешалка.",
    ] {
        assert_eq!(harassment(civil), [], "{civil}");
    }
}

#[test]
fn tied_up_and_filmed_undressing() {
    assert!(!harassment("I want to tie you up and do whatever I want with you.").is_empty());
    assert!(
        !harassment("Send me a video of you undressing, I'll make it worth your while.").is_empty()
    );
    for civil in [
        "I want to tie up the loose ends of this story before we publish.",
        "Send me a video of the kids changing into their costumes for the school play.",
    ] {
        assert_eq!(harassment(civil), [], "{civil}");
    }
}

#[test]
fn a_lap_a_desk_and_a_photo_in_underwear() {
    for text in [
        "Hey sexy, sit on my lap and tell me about your article.",
        "I'd like to bend this reporter over my desk.",
        "Скинь фотку в белье, красотка.",
    ] {
        assert!(!harassment(text).is_empty(), "{text}");
    }
    for civil in [
        "Grandpa said, sit on my lap and I'll read you a story.",
        "I'd like to bend the rules for this reporter's deadline.",
        "Скинь фотку кота, красотка.",
    ] {
        assert_eq!(harassment(civil), [], "{civil}");
    }
}

#[test]
fn a_remark_then_a_shame_a_night_s_price_and_legs_spread() {
    for text in [
        "Nice tits, shame about the brain.",
        "How much for a night, princess?",
        "Раздвинь ноги, тогда и поговорим.",
    ] {
        assert!(!harassment(text).is_empty(), "{text}");
    }
    for civil in [
        "Nice shoes, shame about the rain.",
        "How much for a night at the inn, princess? asked the innkeeper in the play.",
        "Раздвинь шторы, светло же.",
    ] {
        assert_eq!(harassment(civil), [], "{civil}");
    }
}

#[test]
fn better_without_the_clothes() {
    assert!(
        !harassment("Love your profile pic, bet you look better without the clothes. DM me.")
            .is_empty()
    );
    for text in [
        "The room would look better without the clutter.",
        "You look better without the beard, honestly.",
    ] {
        assert!(harassment(text).is_empty(), "{text}");
    }
}

#[test]
fn a_mouth_good_for_one_thing() {
    assert!(!harassment("That reporter's mouth is good for one thing only.").is_empty());
    assert!(harassment("That reporter's voice is good for radio.").is_empty());
}

#[test]
fn a_request_after_a_pet_name() {
    read_all(
        &[
            "Hey gorgeous reporter, send me some pics in that skirt from the TV segment.",
            "Hey babe, send me some pics in that skirt.",
        ],
        &[
            "Hey love, send me the photos from the wedding.",
            "Gorgeous weather, send me pics of the beach.",
        ],
    );
}

#[test]
fn remarks_of_the_hundred_and_nineteenth_set() {
    read_all(
        &[
            "Nice article, sweetheart. Now come sit on my knee and I'll explain the economy.",
            "You'd be prettier with your mouth full, love.",
            "That presenter has a body made for sin and a brain made for nothing.",
        ],
        &[
            "Come sit on my knee, Grandpa said, and I'll read you a story.",
            "You'd be better with your hands full of shopping bags than your phone.",
            "That presenter has a voice made for radio.",
        ],
    );
}

#[test]
fn advances_of_the_hundred_and_twenty_second_set() {
    read_all(
        &[
            "Hey newsgirl, that skirt in your byline photo says you want it.",
            "I'd bend the weather presenter over the desk and show her a real cold front.",
            "Send me your number, sweetie, I'll review more than your article.",
            "You should be on your knees, not behind a keyboard.",
        ],
        &[
            "That skirt says you want it warm, wear tights.",
            "I'd bend the pipe over the edge of the desk.",
            "I'll review more than your article: the whole series, next week.",
            "You should be on your knees weeding, not behind a desk all day.",
        ],
    );
}

#[test]
fn harassment_of_the_hundred_and_twenty_seventh_set() {
    read_all(
        &["Bet you'd look better with that blouse off, darling."],
        &[
            "The house would look better with that extension off, honestly.",
            "You'd look better with that hat on, it suits you.",
        ],
    );
}

#[test]
fn harassment_of_the_hundred_and_forty_third_set() {
    read_all(
        &[
            "Feminists like her just need a good seeing-to.",
            "Women who wear skirts that short are asking for it.",
            "You're only on telly because the producer likes what's under your blouse.",
            "Tell the author I'm thinking about her tonight, in detail.",
            "Скинь фотки, тогда поговорим, красотка.",
            "Sana bir gece göstereyim gerçek erkek nasıl olur.",
        ],
        &[
            "The boiler needs a good seeing to.",
            "Shops that open on Christmas Day are asking for it.",
            "What's under your bed, the dust of ages?",
            "I'm thinking about her tonight, she has her exam tomorrow.",
            "Скинь фотки с выставки, пожалуйста.",
            "Gerçek erkek kadına saygı duyar.",
        ],
    );
}

#[test]
fn harassment_of_the_hundred_and_forty_fifth_set() {
    read_all(
        &["Gamer girls only get followers by showing cleavage."],
        &["The dress shows a lot of cleavage, the designer said."],
    );
}

/// Pictures of the reader's breasts asked for, with the part in the genitive (`фото своих
/// сисек`, `memelerinin fotoğrafını at`).
#[test]
fn breasts_asked_for_in_the_genitive_in_russian_and_turkish() {
    read_all(
        &[
            "Скинь фото своих сисек.",
            "Bana memelerinin fotoğrafını at.",
        ],
        &[
            "Скинь фото своих котов.",
            "Bana kedilerinin fotoğrafını at.",
        ],
    );
}

/// Pictures in underwear asked for, the reader wanted naked, in Russian and Turkish.
#[test]
fn underwear_pictures_asked_for_the_reader_wanted_naked_in_russian_and_turkish() {
    read_all(
        &[
            "Пришли фото в нижнем белье.",
            "Bana iç çamaşırlı fotoğrafını gönder.",
            "Хочу увидеть тебя голой.",
            "Seni çıplak görmek istiyorum.",
        ],
        &[
            "Пришли фото в нижнем регистре.",
            "Bana mayolu fotoğrafları göster, tatil nasıldı?",
            "Хочу увидеть тебя на концерте.",
            "Seni sahnede görmek istiyorum.",
        ],
    );
}

/// What English read and Russian or Turkish did not: naked photos asked for, a body
/// remarked on with more asked.
#[test]
fn naked_photos_asked_for_and_a_body_remarked_on_in_russian_and_turkish() {
    read_all(
        &[
            "Скинь мне голые фото.",
            "Классные сиськи, покажи ещё.",
            "Güzel memeler, biraz daha göster.",
        ],
        &[
            "Скинь мне фото голых деревьев зимой.",
            "Красивые сиськи у статуи в Лувре.",
            "Güzel memeler için spor yapın.",
            "Покажи фото голых стен новой квартиры.",
        ],
    );
}

/// A sixteenth probe's harassment in three languages: a night with the reader's wife
/// boasted of, the reader bent over a desk.
#[test]
fn a_wife_boasted_of_and_a_desk_in_three_languages() {
    read_all(
        &[
            "Your wife was great in bed last night, ask her.",
            "Твоя жена вчера была отлична в постели, спроси её.",
            "Karın dün gece yatakta harikaydı, sor istersen.",
            "Я бы нагнул тебя над этим столом.",
            "Seni o masanın üstüne eğerdim.",
        ],
        &[
            "My wife was great in bed last night, I finally slept well.",
            "Your wife was great in the play last night, tell her.",
            "Твоя жена вчера была отлична на концерте.",
            "Бабушка вчера была хороша в постели, наконец выспалась.",
            "Karın dün gece konserde harikaydı.",
            "Annen dün gece yatakta iyiydi, ateşi düştü.",
            "Я нагнул ветку над столом, чтобы сфотографировать цветы.",
            "Masanın üstüne eğerdim lambayı, daha iyi görmek için.",
        ],
    );
}

/// A ninth probe's harassment in three languages: undressing asked "for me", a night's
/// price asked with a pet name, the reader pictured naked in the writer's bed.
#[test]
fn undressing_for_me_a_night_s_price_naked_in_my_bed_in_three_languages() {
    read_all(
        &[
            "Benim için soyun, bebeğim.",
            "Сколько за ночь, милая?",
            "Милая, сколько за ночь?",
            "Bir gecesi kaç para, tatlım?",
            "Tatlım, bir gecesi kaç para?",
            "You'd look better naked on my bed.",
            "Ты бы лучше смотрелась голой в моей постели.",
            "Yatağımda çıplak daha güzel görünürdün.",
        ],
        &[
            "Benim için sorun yok, gel.",
            "Benim için soyundu ve fotoğraf çekildi diye yazmışlar, yalan.",
            "Сколько за ночь в этой гостинице?",
            "Otelde bir gecesi kaç para?",
            "Bir gecesi kaç para bu otelin, tatlım bilir mi?",
            "I sleep naked in my bed in summer.",
            "You know I sleep naked in my bed.",
            "Я сплю голым в своей постели.",
            "Yatağımda çıplak uyurum yazın.",
            "Dün yatağımda çıplak uyudum.",
        ],
    );
}

/// What session 60's probes left unread: a body remarked on and the reader asked to the
/// writer's room, a night's price with the reader (in English since session 63, `much`
/// its cue: `night` is in a quarter of the benchmark's typical comments and made every
/// verdict 15% slower; `much` is in none of them, and in 6% of Jigsaw's, which it slowed
/// by no more than the noise), the reader naked on the writer's bed.
#[test]
fn a_room_after_a_remark_a_night_with_you_naked_on_my_bed() {
    read_all(
        &[
            "Классная задница, приходи ко мне в номер вечером.",
            "Güzel kalça, bu gece odama gel.",
            "Seninle bir gece kaça?",
            "Ты бы лучше смотрелась голой на моей кровати.",
            "How much for a night with you?",
            "How much for an hour with you, sweetheart?",
        ],
        &[
            "Классная задница у этой статуи, в музее.",
            "Güzel kalça protezi ameliyatı başarılı geçti.",
            "How much for a night at the inn?",
            "How much for a night at the hotel with the kids?",
            "How much for an hour of parking, does anyone know?",
            "Seninle bir gece sohbet etmek isterim.",
            "Я сплю голым на своей кровати.",
        ],
    );
}

/// A twenty-third probe: what is under the reader's blouse asked for in Russian and
/// Turkish, a woman at work told to do it naked; feet asked for their care are no
/// solicitation.
#[test]
fn under_the_blouse_naked_at_work_feet_for_the_physio() {
    read_all(
        &[
            "Покажи, что у тебя под кофточкой, красотка.",
            "Bluzunun altında ne var göster bakalım güzelim.",
            "The weather girl should do the forecast naked, ratings would triple.",
            "That anchorwoman ought to read the news topless.",
            "Send me a pic of your feet and I'll tell you what I'd do to them.",
        ],
        &[
            "Покажи, что у тебя под кроватью, там что-то шуршит.",
            "Çantanda ne var göster bakalım, gümrük memuru soruyor.",
            "The weather girl should do the forecast from a kayak.",
            "The anchor should present the naked truth about the budget.",
            "The comet should be visible to the naked eye, the reporter said.",
            "Send me a pic of your feet after the marathon, the physio wants to see the blisters.",
        ],
    );
}

/// A twenty-fourth probe: the reader's nights guessed at, in three languages; lips
/// wrapped around something; a lap to sit on with a pet name; clothes to take off in
/// Russian and Turkish, and not a top taken off a pile.
#[test]
fn nights_guessed_lips_a_lap_clothes_off() {
    read_all(
        &[
            "Bet you're wild in bed, reporter girl.",
            "Спорим, ты в постели дикая, журналисточка.",
            "Eminim yatakta vahşisindir, muhabir kız.",
            "Your lips would look better wrapped around something else.",
            "Come sit on my lap and tell me about the budget, sweetie.",
            "Сними кофточку, тогда поговорим о политике.",
            "Şu bluzu çıkar da siyaset konuşalım.",
            "Take that top off and then we can talk politics.",
        ],
        &[
            "Bet you're busy at the paper this week, with the election.",
            "Bet you're good in bed by ten, early shift tomorrow.",
            "The baby is wild in bed at night, we never sleep.",
            "Спорим, ты на этой неделе занята выборами.",
            "Eminim bu hafta seçimle çok meşgulsündür.",
            "Your lips look chapped, try some balm in this cold.",
            "Come sit with us and tell us about the budget, sweetie.",
            "Сними кофточку с вешалки, она для ярмарки.",
            "Şu bluzu askıdan al, kermes için.",
            "Take that top off the pile, it's the one for the jumble sale.",
        ],
    );
}

/// A twenty-sixth probe: the reader pictured the better for having nothing on, and a
/// picture from the shower asked for, in three languages.
#[test]
fn better_undressed_and_pictured_in_the_shower() {
    read_all(
        &[
            "Bet you look even better with nothing on.",
            "I bet you'd look good with nothing on.",
            "Спорим, без одежды ты выглядишь ещё лучше.",
            "Без одежды ты смотришься лучше.",
            "Bahse girerim çıplakken daha da güzelsin.",
            "Çıplakken çok seksisin.",
            "Пришли мне фото из душа, красавица.",
            "Bana duşta bir fotoğrafını gönder güzelim.",
        ],
        &[
            "Bet you look even better in the new uniform.",
            "You look better with nothing on your mind after a holiday.",
            "Спорим, в новой форме ты выглядишь ещё лучше.",
            "Без одежды ты замёрзнешь, возьми куртку.",
            "Bahse girerim yeni üniformayla daha da güzelsin.",
            "Çıplak gözle görülebilen bir yıldız.",
            "Пришли мне фото плитки в душе, хочу такую же.",
            "Bana duştaki fayansların fotoğrafını gönder, aynısını istiyorum.",
        ],
    );
}

/// A twenty-eighth probe: a career talked over in the writer's hotel room, a mouth
/// better used for something else.
#[test]
fn a_hotel_room_and_a_mouth() {
    read_all(
        &[
            "Come to my hotel room and we'll talk about your career.",
            "Your mouth is better used for something other than talking.",
            "Your mouth would be better used for something else, sweetie.",
        ],
        &[
            "Come to my office and we'll talk about your career.",
            "Your mouth is better than mine at tongue twisters.",
            "Your mouth guard is better used for rugby than boxing.",
        ],
    );
}

/// An older set's miss: sex offered after a remark on a woman's body.
#[test]
fn i_would_give_her_one() {
    read_all(
        &[
            "What a pair on that newsreader, I'd give her one.",
            "Nice rack on the weather girl, I'd give her one.",
        ],
        &[
            "She deserves another go, I'd give her one more chance.",
            "What a pair of boots, I'd give her one if she wants.",
        ],
    );
}

/// A thirty-first probe: sexual harassment in three languages, the writer's pleasure told
/// to the reader, the reader's guessed at, a face sat on, a body licked.
#[test]
fn harassment_of_the_thirty_first_probe() {
    read_all(
        &[
            "I'm touching myself reading your column.",
            "Reading your column, I'm touching myself.",
            "Yazını okurken kendimi okşuyorum.",
            "Читаю твою колонку и дрочу.",
            "Bet you moan like a pornstar.",
            "Спорим, ты стонешь как порноактриса.",
            "Bahse girerim porno yıldızı gibi inliyorsundur.",
            "I want to lick every inch of you, reporter girl.",
            "Хочу облизать тебя всю, журналистка.",
            "Seni baştan aşağı yalamak istiyorum muhabir kız.",
            "Я бы тебя нагнул прямо на этом столе.",
            "Сядь мне на лицо, потом обсудим политику.",
            "Yüzüme otur da siyaset konuşalım.",
            "Bu gazeteciye sert bir sik lazım, sakinleşir.",
        ],
        &[
            "The doctor said to keep touching myself for lumps, and your article reminded me.",
            "Bu işle kendimi tatmin ediyorum, sana da tavsiye ederim.",
            "Yazını okurken kedimi okşuyorum.",
            "Я дрочу английский по твоей методике каждый день.",
            "You moan like a teenager about the referee.",
            "In the film she moans like a porn star, which is the point of the satire.",
            "Film boyunca porno yıldızı gibi inliyor, eleştirmenler gülüyor.",
            "I want to read every inch of your report.",
            "Я бы нагнул ветку над столом, чтобы сорвать яблоко.",
            "Сядь мне на хвост, и поедем вместе.",
            "Yüzüme bak da siyaset konuşalım.",
            "Bu bahçeye sık bir çit lazım.",
        ],
    );
}

/// The forty-ninth probe: harassment by innuendo, in three languages (`I'd love to see
/// what you look like without that blouse`, `your mouth is made for something better than
/// journalism`, `такую журналистку я бы отвёз на дачу и не отпускал`, `bu muhabiri bir gece
/// bana bırakın`); not a new beard, a warmer coat, a voice made for radio, a dog or a cat.
#[test]
fn harassment_by_innuendo() {
    read_all(
        &[
            "I'd love to see what you look like without that blouse, Sarah.",
            "You should wear a shorter skirt for your next interview.",
            "I'd ruin that pretty reporter if I got her alone.",
            "Your mouth is made for something better than journalism.",
            "Давай лучше фотки в купальнике, а не статьи.",
            "Такую журналистку я бы отвёз на дачу и не отпускал.",
            "Твой рот создан не для журналистики.",
            "Sana yazı değil başka şeyler yakışır, güzelim.",
            "Bu muhabiri bir gece bana bırakın.",
            "I can only imagine what you look like without your uniform, officer.",
            "She should be wearing a tighter top on air.",
            "Her lips are made for other things than reading the news.",
            "Если бы я увёз эту ведущую, то запер бы на даче и не отпускал.",
            "Bu spikeri bir gece bana bırak.",
            "Скинь лучше фото в белье, а не статьи.",
        ],
        &[
            "I'd love to see what you make of the new blouse collection, Sarah.",
            "Bet you'd look better in the team photo next year, mate.",
            "Smile more at the camera, the photographer told the players.",
            "You should wear a warmer coat for your next interview outside.",
            "Come sit on the sofa and tell me about politics, grandad.",
            "I'd ruin that pretty cake if I tried to ice it myself.",
            "Send me a photo of your garden and I'll share it with the club.",
            "Your voice is made for radio, honestly.",
            "Давай лучше фотки с отпуска, а не отчёты.",
            "Такую собаку я бы взял на дачу и не отпускал.",
            "Твой голос создан для радио.",
            "Sana bu ceket çok yakışır, güzelim.",
            "Bu kediyi bir gece bana bırakın, bakarım.",
            "Sesin radyo için yaratılmış.",
            "I can only imagine what you look like without your glasses now.",
            "She should be wearing a warmer coat in this weather.",
            "Her lips are made of wax at the museum.",
            "Я бы увёз эту собаку на дачу и не отпускал.",
            "Bu arabayı bir gece bana bırak, yarın getiririm.",
            "Скинь лучше фото с моря, красиво же.",
            "You look like a new person without that beard.",
        ],
    );
}
