use super::*;

fn attacks(text: &str) -> Vec<(HateKind, &str)> {
    crate::rules::written_hits(text, find)
}

fn is_attack(text: &str) -> bool {
    !attacks(text).is_empty()
}

/// Every one of `attacking` read as an attack, and none of `civil`.
fn read_all(attacking: &[&str], civil: &[&str]) {
    for attack in attacking {
        assert!(is_attack(attack), "{attack}");
    }
    for civil in civil {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}

#[test]
fn a_group_called_a_tumour_women_nobody_wanted_thieves_and_parasites() {
    read_all(
        &[
            "Muslims are a tumour in the body of this nation.",
            "Kürtler bu milletin bağrındaki ur.",
            "Kürtler bu milletin bağrındaki urdur.",
            "Lesbians are just women nobody wanted, sad and bitter.",
            "Все цыгане — ворьё и паразиты.",
            "Muslim women are oppressed breeding machines.",
            "Армяне — хитрые торгаши, им нельзя доверять.",
            "Chinese people are soulless ants who copy everything.",
            "Цыганва воровская, всех на выселки.",
            "Kadın yazar mı olur, git çocuk bak.",
        ],
        &[
            "Dairy cows are breeding machines on industrial farms, the report says.",
            "Армяне открыли новую школу, им помогли соседи.",
            "Chinese scientists published a major study on ant colonies.",
            "Kadın yazarların romanları bu yıl çok satıldı.",
            "The tumour in the body of the patient was removed, the surgeon said.",
            "Kürtler bu milletin ayrılmaz bir parçası.",
            "Doktor hastanın bağrındaki uru aldı.",
            "Nurses are just women nobody wanted to pay properly, the union says.",
            "Цыгане и армяне жили в этом квартале веками.",
        ],
    );
}

#[test]
fn attacks_of_the_ninetieth_to_ninety_second_sets() {
    read_all(
        &[
            "Muslims are ruining Europe, they should all be shipped off to the desert.",
            "Typical Scot, tight-fisted and drunk.",
            "Muslim women are oppressed baby factories.",
            "Jews have big noses and bigger wallets.",
            "Polish people smell, everyone knows it.",
            "Kadın dediğin evinde oturur.",
        ],
        &[
            "Muslims across Europe celebrated Eid this weekend.",
            "Typical Scottish weather, rain and then sun.",
            "Muslim women founded the first university in Morocco.",
            "Jews have big families in this neighbourhood, the census says.",
            "Polish people smell the first snow before it comes, my grandmother said.",
            "Kadın doktorlar hastanede ödül aldı.",
        ],
    );
}

#[test]
fn attacks_of_the_eighty_seventh_to_ninth_sets() {
    read_all(
        &[
            "Азиаты — это не люди, а насекомые.",
            "Таджиков надо депортировать всех до одного, это зараза.",
            "Chinese virus carriers should be quarantined on an island.",
            "Somali pirates, the lot of them, send them back.",
            "Kadınların aklı bir karış, siyaset yapmasınlar.",
            "Göçmenler hastalık taşıyan sürüngenler.",
            "Albanians are all gangsters and drug dealers.",
            "Arabs are desert rats, nothing more.",
            "Blind people are useless, just a burden on the rest of us.",
            "Ermenilerin hepsi dışarı atılmalı.",
        ],
        &[
            "Азиатская кухня становится всё популярнее.",
            "Таджикские строители закончили дом досрочно.",
            "Chinese scientists published the virus genome within weeks.",
            "Illegal immigrants, the minister said, send them back.",
            "Kadınların siyasete katılımı bu yıl arttı.",
            "Göçmen kuşlar güneye uçtu.",
            "Albanian bakeries are the best in the neighbourhood.",
            "Desert rats survive without drinking water.",
            "Blind people are campaigning for talking pedestrian crossings.",
            "Ermeni mutfağı çok lezzetli.",
        ],
    );
}

#[test]
fn attacks_of_the_eighty_fourth_to_sixth_sets() {
    read_all(
        &[
            "Все эти нерусские должны убраться из нашей страны.",
            "Бабы должны сидеть дома и молчать.",
            "Romanlar doğuştan hırsız, hepsi aynı.",
            "Afganlar medeniyet görmemiş yaratıklar.",
            "Africans have never invented anything and never will.",
            "Old people should do the decent thing and die off to free up housing.",
            "Гомики — больные люди, их надо лечить принудительно.",
            "Kürtleri bu topraklardan silmek lazım.",
            "Çingeneler bu mahalleyi pisletti, hepsi defolsun.",
            "Black lives don't matter and never did.",
            "Hindus are thick.",
            "Immigrants should be shipped back in cattle cars.",
            "Черные — обезьяны, пусть сидят в Африке.",
        ],
        &[
            "Все эти туристы приехали на фестиваль.",
            "Бабушка сидит дома и вяжет носки.",
            "Romanlar çok güzel, hepsini okudum.",
            "Afgan halıları çarşıda çok ilgi gördü.",
            "Africans have never had a fair share of the vaccines.",
            "Old people should get flu jabs before winter or many will die.",
            "Black lives matter posters went up across the campus.",
            "Чёрные дыры поглощают свет.",
            "Kürt yemekleri festivali bu hafta sonu başlıyor.",
            "Çingene müzisyenler festivalde sahne aldı, hepsi harikaydı.",
            "Cattle were shipped to the islands by ferry.",
            "The walls of the old fort are thick.",
            "Immigrants should be shipped back, the minister said, to cheers.",
        ],
    );
}

#[test]
fn attacks_of_the_seventy_eighth_to_eightieth_sets() {
    read_all(
        &[
            "Women like you should be seen and not heard.",
            "Somalis are genetically incapable of holding down a job.",
            "Gypsies should be kept out of sight.",
            "Евреи захватили всё телевидение, это всем известно.",
            "Polacks are thick as two short planks, the lot of them.",
            "Muslims can't be trusted, not one of them.",
            "Gypsies cannot be trusted.",
            "Muslims can't be trusted, they lie for their religion.",
            "Gypsies are not to be trusted.",
        ],
        &[
            "Children should be seen and not heard, my grandmother used to say.",
            "Somalis are incapable of hiding their joy at the win.",
            "The wires should be kept out of sight behind the sofa.",
            "Евреи отмечают Хануку на этой неделе.",
            "The polls can't be trusted this far out.",
            "Muslims told the reporter that the polls can't be trusted.",
            "Roma are thieves, a lie as old as Europe.",
        ],
    );
}

#[test]
fn groups_called_vermin_or_not_human() {
    assert_eq!(
        attacks("Honestly, refugees are nothing but cockroaches."),
        [(
            HateKind::Dehumanisation,
            "refugees are nothing but cockroaches"
        )]
    );
    assert!(is_attack("Those immigrants are just savages"));
    assert!(is_attack("R3fugees are c0ckroaches"));
    assert!(is_attack("Refugees are verrrrmin"));
    assert!(is_attack("Gay people are a disease"));
    assert!(is_attack("Kurds are not even human"));
    assert!(is_attack("Мигранты — это тараканы."));
    assert!(is_attack("Мигранты — это грязь, их надо вычистить."));
    assert!(is_attack("Цыгане — отребье."));
    assert!(!is_attack("Мигранты месят грязь на стройке."));
    assert!(is_attack("Цыгане не люди"));
    assert!(is_attack("Göçmenler birer parazit."));
    assert!(is_attack("Kürtler insan değil."));
    assert!(is_attack("Never trust Kurds, they are filth."));
    assert!(!is_attack("I met Kurds at the market, they are lovely."));
    assert!(!is_attack("They are filth."));
}

#[test]
fn hatred_of_a_group() {
    assert_eq!(
        attacks("I just hate Jews"),
        [(HateKind::Contempt, "hate Jews")]
    );
    assert!(is_attack("Ненавижу мусульман."));
    assert!(is_attack("Yahudilerden nefret ediyorum."));
    assert!(!is_attack("I hate Mondays and traffic"));
    assert!(!is_attack(
        "I hate that disabled people still face barriers"
    ));
    assert!(!is_attack("I don't hate Muslims"));
    assert!(!is_attack("They teach children to hate Jews."));
}

#[test]
fn groups_called_criminal_or_lesser_by_nature() {
    assert_eq!(
        attacks("Black people are criminals by nature."),
        [(HateKind::Stereotype, "Black people are criminals")]
    );
    assert!(is_attack("Mexicans are lazy, everyone knows it."));
    assert!(is_attack("Women are inferior to men."));
    assert!(is_attack("Immigrants are all thieves and rapists."));
    assert!(is_attack("Those immigrants are just stupid."));
    assert_eq!(
        attacks("Russians are drunk animals."),
        [(HateKind::Dehumanisation, "Russians are drunk animals")]
    );
    assert!(is_attack("Цыгане — воры."));
    assert!(is_attack("Мигранты все преступники."));
    assert!(is_attack("Kürtler hain."));
    assert!(is_attack("Suriyeliler hırsız."));
    assert!(is_attack("I think Roma are thieves."));
}

#[test]
fn stereotypes_negated_reported_or_of_some_are_not_attacks() {
    for not_one in [
        "Immigrants are not criminals.",
        "Immigrants are less likely to be criminals than natives.",
        "Muslims are victims of terrorists too.",
        "He said Mexicans are lazy and lost his job for it.",
        "Stop spreading the myth that refugees are criminals.",
        "People who think Roma are thieves should meet some.",
        "The stereotype that Jews are greedy is centuries old.",
        "You make it seem as if Israelis are evil.",
        "Some Australians are idiots and spell it the American way.",
        "Politicians are liars, every last one of them.",
        "The defence was lazy and the strikers were useless.",
        "Are Muslims violent? The figures say no.",
        "Мигранты — не преступники.",
        "Воры украли машину у цыган.",
        "Kürtler hain değil.",
        "Suriyeliler hırsızı yakaladı.",
    ] {
        assert!(!is_attack(not_one), "{not_one}: {:?}", attacks(not_one));
    }
}

#[test]
fn groups_told_they_do_not_belong_or_blamed_as_a_hidden_hand() {
    assert_eq!(
        attacks("Muslims are not welcome here."),
        [(HateKind::Exclusion, "Muslims are not welcome here")]
    );
    assert_eq!(
        attacks("Jews control the media."),
        [(HateKind::Conspiracy, "Jews control the media")]
    );
    assert_eq!(
        attacks("Refugees are a burden on this country."),
        [(
            HateKind::Stereotype,
            "Refugees are a burden on this country"
        )]
    );
    assert_eq!(
        attacks("Immigrants are a burden."),
        [(HateKind::Stereotype, "Immigrants are a burden")]
    );
    for attack in [
        "Go back to where you came from.",
        "Go back to your country, nobody wants you here.",
        "Go back to your own country and take your family with you.",
        "Your kind isn't welcome here.",
        "You people should go home.",
        "Send them all back on the boats.",
        "Immigrants are invading our country.",
        "Women belong in the kitchen.",
        "Women like her belong in the kitchen.",
        "I tell you, women belong in the kitchen.",
        "Women are too emotional to be in charge.",
        "Gays should be kept away from children.",
        "Autistic people are broken and should be fixed or locked away.",
        "Black people have lower IQs, it's science.",
        "Christians are brainwashed sheep.",
        "Women should not be allowed to vote.",
        "Gay people should have no rights.",
        "Disabled people are a burden and should not be allowed to have children.",
        "Blacks should go back to Africa.",
        "The Jews are behind every war.",
        "Мигрантам здесь не место.",
        "Убирайся из нашей страны.",
        "Цыган надо гнать из города.",
        "Всех этих приезжих надо гнать поганой метлой.",
        "Çingeneler hırsız, hepsi.",
        "Мигранты пусть едут домой.",
        "Suriyeliler ülkelerine geri dönsün.",
        "Women should stay at home.",
        "Disabled people should just stay in the kitchen.",
        "Immigrants are a burden on society.",
        "Refugees are a burden to us all.",
        "Old people are a burden.",
        "The elderly are a burden on society.",
        "People in wheelchairs should stay at home.",
        "People with disabilities are a burden on society.",
        "Typical woman driver.",
        "Ugh, typical Muslim!",
        "Lesbians just need a real man.",
        "Gay men just need a good shag.",
        "Women: know your place.",
        "Women, stay in the kitchen where you belong.",
        "Hey women: get back in the kitchen.",
        "Pensioners are parasites.",
        "Muslims don't belong in Europe.",
        "Muslims breed like rabbits and will replace us.",
        "Gypsies are breeding like rats.",
        "Евреи правят миром, это все знают.",
        "Bu ülkede Suriyelilere yer yok.",
        "Kadınların yeri mutfaktır.",
        "Kadınlar siyasetten anlamaz, evde otursunlar.",
        "Disabled people are a drain on society and should not be kept alive on our money.",
        "Yahudiler dünyayı yönetiyor.",
        "Göçmenler ülkemizi işgal ediyor.",
        "Araplar medeniyetsiz insanlar.",
        "Kadınlar oy kullanmamalı.",
        "Ermeniler bu ülkenin düşmanı.",
        "Immigrants do not belong here.",
        "Gypsies don't belong in our town.",
        "Считаю, что мигранты — преступники.",
        "Я уверен, что цыгане — воры.",
        "Trans people are mentally ill freaks who need to be locked up.",
        "Eşcinseller hastadır, tedavi edilmeli.",
        "Muslims are a fifth column waiting for the order to strike.",
        "Women are only good in bed.",
        "Bu kadınlar sadece yatakta işe yarar.",
        "A woman like you needs to be taught her place, one way or another.",
        "Jews are the puppet masters behind every government.",
        "Immigrants bring nothing but crime and disease.",
        "Refugees bring crime.",
        "The figures look right to me. Gays are still an abomination though.",
        "Евреи продали нашу страну.",
        "Trans women are men in dresses and predators, every one of them.",
        "The Jews had it coming, and they'll get it again.",
        "Мигранты — это раковая опухоль на теле страны.",
        "Roma children should be taken from their parents at birth.",
        "Приезжие гадят везде, где живут.",
        "Gypsies steal everything that isn't nailed down.",
        "Black people are genetically less intelligent, that's just science.",
        "Women journalists should stick to writing about fashion.",
        "The globalists and their (((friends))) are behind every one of these articles.",
        "Ask yourself who owns (((the media))).",
    ] {
        assert!(is_attack(attack), "{attack}");
    }
    for not_one in [
        "After the conference, go back to your country and tell them what you saw.",
        "Go back to your desk and finish the report.",
        "Go back to your country and take photos of the festival for us.",
        "Antisemites mark names with the (((echo))), a report found.",
        "Suriyeliler hasta, yardım bekliyorlar.",
        "Women are good in bed rest after surgery, the study found.",
        "Kadınlar yatakta kitap okumayı seviyor.",
        "Immigrants bring new skills, and the figures show it.",
        "Immigrants bring crime rates down, a new study finds.",
        "The film is about a woman who refuses to be taught her place.",
        "Gypsies steal the show at every festival.",
        "Muslims are still a minority in the town.",
        "Страна продала газ по низкой цене.",
        "Women in dresses were the highlight of the parade.",
        "The storm had it coming for weeks, the forecasters said.",
        "Рак — главная причина смертности в регионе.",
        "Roma children are under-represented in higher education, the study found.",
        "Приезжие туристы заполнили центр города.",
        "Women journalists should stick to the facts, like everyone else.",
        "Patients with measles need to be kept away from school for a week.",
        "Women are not welcome in the club, which is why it is being sued.",
        "Guests are not welcome after midnight, the hotel says.",
        "Send them all back to the warehouse, the boxes are damaged.",
        "Send them all back home safely after the match.",
        "Go back to your country's embassy for a new passport.",
        "Turks are barbarians, wrote the nineteenth-century traveller, and he was wrong.",
        "Gay people should have no rights, said the preacher, to boos from the crowd.",
        "Women should not be allowed to vote, argued the 1910 pamphlet.",
        "Muslims are not welcome here, the sign said, and the council took it down.",
        "Jews are greedy is the oldest lie in Europe.",
        "The army is invading the north, the ministry said.",
        "Women belong in parliament as much as men do.",
        "Children should not be allowed to vote.",
        "Women should not be denied the right to vote.",
        "Disabled people should not be allowed to be left without care.",
        "Muslims were banned from holding office until 1829.",
        "Three firms control the media market in this country.",
        "Russians control the media in occupied areas.",
        "The Russians are behind the attacks on the power grid, officials say.",
        "You people are amazing, thank you for the flowers.",
        "Stop spreading the myth that Jews control the media.",
        "Мигрантам здесь помогают найти работу.",
        "Мигранты едут домой на праздники.",
        "Вали отсюда, кот, не мешай.",
        "Suriyeliler ülkelerine geri dönmek istiyor.",
        "Nobody should tell women they belong in the kitchen.",
        "Stop telling refugees they are not welcome here.",
        "Some women are too tired to go out after a night shift.",
        "Muslims don't belong to a single sect.",
        "Farmers breed rabbits for the market.",
        "Евреи правят свадьбу по традиции.",
        "Suriyelilere yer yok diyenler utansın.",
        "Otobüste Suriyelilere yer yoktu, ayakta kaldılar.",
        "Kadınların yeri meclistir, mutfak değil.",
        "Kadınlar bu akşam evde, maçı izliyorlar.",
        "Patients should not be kept alive against their wishes, the doctors argue.",
        "Göçmenler işgal sırasında kaçtı.",
        "Araplar medeniyetsiz insanlar değil.",
        "Kadınlar oy kullanmalı, sandığa gidin.",
        "Rabbits breed like rabbits, as the saying goes.",
        "Young voters don't belong in any one camp.",
        "Women don't belong in the stereotypes of old adverts.",
        "Я не считаю, что мигранты — преступники.",
        "Многие думают, что цыгане — воры, но это не так.",
        "Saying Muslims don't belong in Europe is bigotry.",
        "Women are too often paid less than men.",
        "Black people have lower incomes on average, the census shows.",
        "Children should be kept away from the fireworks.",
        "Refugees should not be locked up in detention centres, the charity says.",
        "Women should stay at home during the heatwave if they are pregnant.",
        "Disabled people should stay at home until the lifts are fixed, the council said.",
        "Immigrants are not a burden on society.",
        "Immigrants are a burden on the housing budget of the council, the report claims.",
        "Old people should stay at home during the heatwave.",
        "People in wheelchairs should stay at home when the lifts are broken.",
        "The ramps help people in wheelchairs, who are a burden on nobody.",
        "We had a typical Turkish breakfast.",
        "Typical British weather today.",
        "The typical woman driver pays less for insurance.",
        "Women just need a real chance to lead.",
        "Refugees need a good lawyer, not a lecture.",
        "Women: know your rights at work.",
        "Parents: know your place in the queue, the school says.",
        "Women in the kitchen: a history of the cookbook.",
        "Old houses are a burden on their owners.",
        "Old people are a burden on the pension budget, the report says.",
        "Average 40yr old man: um women should stay in the kitchen, ha.",
        "My uncle at every family dinner: immigrants are criminals.",
    ] {
        assert!(!is_attack(not_one), "{not_one}: {:?}", attacks(not_one));
    }
}

#[test]
fn a_place_in_the_kitchen_a_hand_behind_everything_a_cure_a_second_predicate() {
    for attack in [
        "A woman's place is in the kitchen.",
        "Женщинам место на кухне, а не в редакции.",
        "Kadınlar evde oturup çocuk baksın, siyaset onların işi değil.",
        "Ermeniler bu topraklarda istenmiyor.",
        "Yahudiler her şeyin arkasında, hepsi düşman.",
        "Disabled people are a drain on the rest of us and shouldn't be kept alive.",
        "Gays need to be cured.",
        "Геев надо лечить принудительно.",
        "Eşcinseller zorla tedavi edilmeli.",
        "Immigrants like you should be sent back in a body bag.",
        "Kadınların aklı yok, oy bile vermemeliler.",
    ] {
        assert!(is_attack(attack), "{attack}");
    }
    for not_one in [
        "A woman's place is in the House, as the old slogan goes.",
        "A woman's place is wherever she wants it to be.",
        "Место на кухне нашлось и для новой плиты.",
        "Kadınlar evde oturup dinlendi.",
        "Bu yasa halk tarafından istenmiyor.",
        "Öğretmenler her şeyin arkasında duruyor.",
        "Disabled people are often a forgotten voice in the budget debate, and we should listen.",
        "Disabled people are a drain on nobody, the study found, and we should not be kept from saying so.",
        "Мигрантов надо лечить бесплатно, считает министр.",
        "Gays need to be cured of nothing; the study debunks conversion therapy.",
        "Gays don't need to be cured.",
        "Göçmenler ücretsiz tedavi edilmeli.",
        "Hastalar ücretsiz tedavi edilmeli.",
        "Refugees should be sent back their deposits in a sealed bag.",
        "Kadınların aklı yok diyenler utansın.",
    ] {
        assert!(!is_attack(not_one), "{not_one}: {:?}", attacks(not_one));
    }
}

#[test]
fn the_same_words_about_others_negated_or_reported_are_not_attacks() {
    assert!(!is_attack("Rats are everywhere in the subway this summer."));
    assert!(!is_attack(
        "Politicians are parasites, every last one of them."
    ));
    assert!(!is_attack("Migrants are not vermin, they are workers."));
    assert!(!is_attack(
        "Calling refugees cockroaches is how genocides start."
    ));
    assert!(!is_attack("He said Jews are parasites and was fired."));
    assert!(!is_attack(
        "The article quotes a protester shouting that Jews are vermin; police arrested him."
    ));
    assert!(!is_attack(
        "A man was filmed screaming that Muslims are rats."
    ));
    // Given to a speaker before a colon, unless the speaker is the group.
    assert!(is_attack("Fact: immigrants are criminals."));
    assert!(is_attack("Muslim men: go back to where you came from."));
    assert!(!is_attack("Stop spreading the lie that Roma are animals."));
    assert!(!is_attack(
        "Говорить, что цыгане — животные, отвратительно."
    ));
    assert!(!is_attack("Suriyelilere hayvan diyenler utansın."));
    assert!(!is_attack("Muslims are our neighbours and friends."));
    assert!(!is_attack("Chest tattoos on females are trash."));
    assert!(!is_attack("Kadın hayvan hakları için yürüdük."));
}

#[test]
fn a_vice_said_to_be_in_a_groups_nature() {
    assert_eq!(
        attacks("Blacks are genetically prone to violence, look at the statistics."),
        [(
            HateKind::Stereotype,
            "Blacks are genetically prone to violence"
        )]
    );
    assert!(is_attack("Muslims are naturally violent."));
    assert!(!is_attack(
        "Young men are statistically prone to violence, the study says."
    ));
    assert!(!is_attack(
        "Cats are naturally lazy, which is why mine sleeps all day."
    ));
}

#[test]
fn slurs_whatever_is_said_and_a_group_said_to_carry_disease_or_to_be_let_in() {
    assert_eq!(
        attacks("Pakis stink and everyone knows it."),
        [(HateKind::Slur, "Pakis")]
    );
    assert!(is_attack("Жиды правят миром."));
    assert!(is_attack(
        "The Chinese eat dogs and spread diseases, keep them out."
    ));
    assert!(is_attack(
        "Your kind should never have been let into this country."
    ));
    assert!(is_attack("Araplar pis ve tembel bir millettir."));
    assert!(is_attack("Kadınlar sadece doğurmak için var."));
    for civil in [
        "Chinks of light came through the curtains at dawn.",
        "He apologised for using the slur paki on air.",
        "The word kike appeared in the 1930s pamphlets, the historian said.",
        "Жители Украины — украинцы, а не хохлы.",
        "He used things kike this to get around the restrictions.",
        "Mosquitoes spread diseases in the wet season.",
        "Refugees carry the scars of war for years.",
        "Your kind should never have been let go from the company.",
        "Pis ve tembel bir kedi bu, bütün gün uyuyor.",
        "Bu indirim kadınlar için sadece bugün var.",
    ] {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}

#[test]
fn a_land_s_blight_the_kitchen_in_turkish_women_told_to_keep_quiet() {
    assert!(is_attack("Suriyeliler bu ülkenin kanseri."));
    assert!(is_attack("Kadınlar mutfağa, erkekler işe."));
    assert!(is_attack("Бабы должны молчать и рожать."));
    for civil in [
        "Bu ülkenin kanseri işsizlik, bunu herkes biliyor.",
        "Kadınlar mutfağa girip yemek yaptı.",
        "Женщины должны получать равную зарплату за равный труд.",
    ] {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}

#[test]
fn a_group_called_trash_blamed_for_rape_or_for_every_war_or_told_it_needs_a_shag() {
    assert!(is_attack(
        "Go back to your village, nobody wants Polish trash here."
    ));
    assert!(is_attack(
        "Women who dress like that are asking to be raped."
    ));
    assert!(is_attack("Jewish bankers caused every war in history."));
    assert!(is_attack(
        "Lesbians just need a good hard shag to fix them."
    ));
    for civil in [
        "The Polish trash collection strike ended on Monday.",
        "Women who dress like that are asking to be photographed.",
        "Jewish bankers funded the new hospital wing.",
        "Lesbians just need a good lawyer to fix the adoption rules.",
    ] {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}

#[test]
fn a_group_said_to_replace_us_or_told_to_be_thrown_out() {
    assert!(is_attack("Muslims are breeding us out of our own country."));
    assert!(is_attack("Kürtleri bu ülkeden atmak lazım."));
    for civil in [
        "Muslims are celebrating Eid across the country this week.",
        "Çöpleri bu ülkeden atmak lazım, her yer pislik.",
        "Kürtleri ve Türkleri birleştirmek lazım.",
    ] {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}

#[test]
fn a_skill_denied_trees_the_kitchen_and_sewer_rats() {
    assert!(is_attack("Asians can't drive and everyone knows it."));
    assert!(is_attack("Africans are still living in trees."));
    assert!(is_attack("Бабу на кухню, а не в редакцию."));
    assert!(is_attack("Kadın dediğin evde oturur, çeneni kapat."));
    assert!(is_attack("Suriyeliler kanalizasyon fareleri gibi."));
    for civil in [
        "Children can't drive, so the school bus is essential.",
        "Many Africans are still living in poverty, the report says.",
        "Kadın dediğin evde de işte de güçlüdür.",
        "Kanalizasyon fareleri gibi kokuyor burası.",
    ] {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}
#[test]
fn groups_rounded_up_or_driven_out_and_called_sick() {
    read_all(
        &[
            "These Roma thieves should be rounded up and shipped out.",
            "Refugees should be rounded up and put in camps.",
            "Muslims should be deported, all of them.",
            "Jews should be expelled from Europe.",
            "Ermenilerin hepsi ülkeden sürülmeli.",
            "Kürtler bu ülkeden atılmalı.",
            "Геи — больные люди, их надо лечить принудительно.",
        ],
        &[
            "Illegal immigrants should be deported, the minister said.",
            "Criminals should be deported after serving their sentence, says the bill.",
            "In 1942 Jews were rounded up in Paris.",
            "Muslims should not be deported for their faith.",
            "Çöpler ülkeden atılmalı değil, geri dönüştürülmeli.",
            "Больные люди должны лечиться.",
        ],
    );
}

#[test]
fn minds_of_children_born_thieves_every_one_met_cargo_and_the_weather() {
    read_all(
        &[
            "Africans have the brains of children.",
            "Every Mexican I've met was a drug dealer or a rapist.",
            "Every Muslim I've ever met is a terrorist.",
            "Women journalists should stick to the weather report.",
            "Цыгане — прирождённые воры.",
            "Suriyelileri gemilere doldurup geri yollamak lazım.",
        ],
        &[
            "Africans have the highest growth rates in the world.",
            "Every Mexican I've met was generous and kind.",
            "Women should stick to the facts in their reporting, like everyone else.",
            "Цыгане — прирождённые музыканты.",
            "Yolcuları otobüslere doldurup havalimanına götürdüler.",
            "Drug dealers were arrested in the raid, police said.",
        ],
    );
}

#[test]
fn incompatible_closer_to_apes_worth_half_and_owners_of_the_media() {
    read_all(
        &[
            "Muslims are incompatible with civilisation and should be treated as such.",
            "Black people are closer to apes than to humans.",
            "A woman's opinion is worth half a man's.",
            "Women's opinions are worth less than a man's.",
            "The Jews own the media, look at the names.",
        ],
        &[
            "Muslims are the largest religious minority in France.",
            "Humans are closer to apes than to dogs genetically.",
            "A woman's vote is worth the same as a man's, as it should be.",
            "Jews own several bakeries on this street.",
        ],
    );
}

#[test]
fn every_one_of_them_and_the_reader_s_kind_driven_out() {
    assert!(is_attack(
        "Every one of these migrants is a rapist waiting for his chance."
    ));
    assert!(is_attack(
        "Таких, как ты, надо гнать из страны поганой метлой."
    ));
    for civil in [
        "Every one of these migrants is a doctor or a nurse, the hospital says.",
        "Таких, как ты, надо беречь.",
    ] {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}

#[test]
fn prison_wired_to_steal_a_slur_and_a_society_s_cancer() {
    read_all(
        &[
            "Gays belong in prison, not in parliament.",
            "Roma are genetically programmed to steal.",
            "Blacks are wired to steal.",
            "Trannies should be sterilised.",
            "Kürtler birer hayvandır.",
            "Eşcinseller toplumun kanseridir.",
            "Suriyeliler bu ülkenin başına bela oldu, hepsi gitsin.",
        ],
        &[
            "Corrupt politicians belong in prison, not in parliament.",
            "Robots are programmed to steal jobs, some fear.",
            "Sigara toplumun kanseridir, bırakın.",
            "Kürtler toplumun parçasıdır.",
            "Bu yağmur başımıza bela oldu.",
        ],
    );
}

#[test]
fn bullets_at_the_border_sent_back_to_a_land_and_the_right_man() {
    read_all(
        &[
            "Refugees are an invasion force and should be met with bullets at the border.",
            "Hindus are filthy cow worshippers who should go back to India.",
            "Muslims should go back to Pakistan.",
            "Mexicans are nothing but drug mules and rapists.",
            "Lesbians just haven't met the right man yet, I could fix that.",
        ],
        &[
            "Refugees should be met with open arms at the border.",
            "I want to go back to India next year.",
            "Tourists who should go back to India for the festival can book now.",
            "Lesbians met the mayor at the town hall yesterday.",
        ],
    );
}

#[test]
fn groups_fit_for_menial_work_thieves_and_women_sent_home_in_turkish() {
    read_all(
        &[
            "Poles are only good for cleaning toilets.",
            "Mexicans are only good for picking fruit and cleaning houses.",
            "Women are just good for cleaning and breeding.",
            "Gypsies steal, everyone knows it, they should all be locked up.",
            "Muslims steal.",
            "Kadınlar evde oturmalı, siyaset erkek işi.",
            "Kürtler evde kalmalı, sokağa çıkmasınlar.",
            "All Arabs are sand monkeys.",
            "Migrants multiply like bacteria and the smell follows them.",
            "Black people ruin every neighbourhood they move into.",
            "Immigrants ruin every town they settle in.",
            "Immigrants destroy every town they settle in.",
            "Kadınlar sadece çocuk doğurmak için var.",
            "Kadın dediğin susar.",
        ],
        &[
            "Poles are good for the economy, the study says.",
            "These tyres are only good for dry roads.",
            "The old mop is only good for cleaning the garage.",
            "Magpies steal shiny things.",
            "Gypsies were persecuted in the Second World War.",
            "Kadınlar meclise girmeli, evde oturmamalı.",
            "Women are good at cleaning up corruption, the report found.",
            "Sand dunes are home to rare monkeys, the documentary says.",
            "Bacteria multiply quickly in warm weather.",
            "Potholes ruin every drive to work, fix them.",
            "Kadınlar sadece oy vermek için değil, aday olmak için de var.",
            "Kadın dediğin güçlüdür.",
        ],
    );
}

#[test]
fn no_place_here_a_drain_an_enemy_within_and_women_who_would_stay_home() {
    for attack in [
        "Your kind has no place in this country, pack your bags before we pack them for you.",
        "Muslims have no place in our society.",
        "Immigrants have no place here.",
        "Disabled people are a drain.",
        "Disabled people are a drain and should have been aborted.",
        "Muslims don't integrate, they infiltrate.",
        "Jews are infiltrating our institutions.",
        "Those people breed like rabbits and then cry about housing.",
        "Blacks can't run a country, look at Africa.",
        "Pakistanis are all groomers, every last one.",
        "Chinese people eat bats and spread plagues.",
        "Suriyelileri toplayıp sınır dışı etmek lazım.",
        "The refugees are a swarm of rats and we need pest control at the border.",
        "You're nothing but a dirty immigrant leech.",
        "Women are property, nothing more.",
        "Lock up every Muslim in this country and we'd be safe.",
        "Jews killed Jesus and they've been scheming ever since.",
        "Kürtler bu ülkeye ihanet etti, hepsi sürülmeli.",
        "Africans cannot govern themselves.",
        "Евреи опять всё скупили, от них одни беды.",
        "Цыгане снова здесь, от них одни проблемы.",
        "Kadınlar akıllı olsaydı zaten evde otururlardı.",
    ] {
        assert!(is_attack(attack), "{attack}: {:?}", attacks(attack));
    }
    for civil in [
        "There is no place in this town to park on a Saturday.",
        "Racism has no place in our society.",
        "Refugees have no place to sleep tonight, the charity says.",
        "Immigrants are a drain on nothing, the study found: they pay more tax than they cost.",
        "Spies infiltrated the ministry in the 1950s.",
        "Those people breed rabbits for the county show.",
        "Women can't run for office in that state until 1920, the historian said.",
        "Pakistani restaurants are the best on this street.",
        "Suriyeli çocuklar okula başladı.",
        "Rats were found in the school kitchen, the inspection reports.",
        "Immigrant families opened half the shops on our high street.",
        "Women's property rights were only recognised in 1882.",
        "Lock up your bikes, there have been thefts near the station.",
        "The Romans killed Jesus, the historian argues.",
        "Kürtler bu ülkeye çok emek verdi, hepsi takdir edilmeli.",
        "Евреи отмечают праздник, от них одни поздравления.",
        "Ремонт дороги затянулся, от него одни проблемы.",
        "Disabled people are a drain on nobody, and the project should have been aborted.",
        "Muslims integrate well in most cities, the survey says.",
        "Kadınlar evde otururlardı eskiden, şimdi çalışıyorlar.",
    ] {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}

#[test]
fn the_reader_s_kind_said_to_spoil_what_it_comes_to() {
    assert!(is_attack(
        "Your kind ruins every neighbourhood you crawl into."
    ));
    assert!(is_attack("Your kind infests every city it touches."));
    for civil in [
        "Your kind of politics ruins every debate.",
        "Your kind words made my day.",
        "Floods ruin every harvest in the valley.",
    ] {
        assert!(!is_attack(civil), "{civil}: {:?}", attacks(civil));
    }
}

#[test]
fn a_race_of_drunks_a_waste_of_the_budget_ticking_bombs_the_blood_libel_the_stove() {
    read_all(
        &[
            "The Irish are a race of drunks and layabouts.",
            "Russians are a nation of thieves.",
            "All Chinese people should be quarantined in camps until this is over.",
            "Pakistani grooming gangs prove that all of them are predators.",
            "Disabled kids are a waste of the NHS budget, let them go.",
            "Every single Muslim is a ticking time bomb.",
            "Every single immigrant is a parasite.",
            "Jews drink the blood of children, look it up.",
            "Евреи пьют кровь христианских младенцев.",
            "Бабам место у плиты, а не в редакции.",
            "Женщинам место на кухне.",
            "Eşcinseller toplumun çürük elmalarıdır.",
        ],
        &[
            "The Irish are a nation of poets and storytellers.",
            "Cuts to disabled kids' services are a waste of the NHS budget, doctors say.",
            "Kurdish fighters held the town; all of them are heroes.",
            "Every single Muslim I know fasted this week.",
            "Pensions are a ticking time bomb, the report warns.",
            "Children with measles should be quarantined at home.",
            "Jews drink wine at the Passover seder.",
            "Вампиры пьют кровь в этом фильме.",
            "Женщинам место в парламенте, а не только на кухне.",
            "Eşcinseller toplumun bir parçasıdır.",
        ],
    );
}

#[test]
fn asylums_outbreeding_a_jewish_mafia_and_the_myth_of_it() {
    read_all(
        &[
            "Transgender people are mentally deranged and should be locked in asylums.",
            "Africans will outbreed us within a generation, mark my words.",
            "Muslims will outbreed us all.",
            "Еврейская мафия правит всем миром.",
        ],
        &[
            "Europeans will replace their old cars faster with the subsidy.",
            "Нацисты придумали миф, что еврейская мафия правит миром.",
            "Мафия в этом сериале показана очень реалистично.",
        ],
    );
}

#[test]
fn diseased_perverts_huts_nothing_for_civilisation_robbers_under_a_man_s_foot() {
    read_all(
        &[
            "Gay men are all diseased perverts who prey on boys.",
            "Go back to your mud hut, monkey.",
            "Go back to your mud huts.",
            "Blacks have done nothing for civilisation except crime.",
            "Mexicans come here to rob and rape.",
            "Kadının yeri erkeğin ayağının altıdır.",
            "Kadının yeri erkeğin dizinin dibi, ayağının altı.",
        ],
        &[
            "Go back to the jungle scenes in the second act, they're the best.",
            "Romanians come here to work in our hospitals.",
            "Positive people have done nothing for civilisation? Tell that to the nurses.",
            "Kadının yeri her yer, bu kampanya çok güzel.",
            "Gay men were hit hardest by the epidemic in the eighties, the documentary shows.",
        ],
    );
}

#[test]
fn a_death_cult_good_only_for_vice_fit_only_for_the_kitchen() {
    read_all(
        &[
            "Islam is a death cult and Muslims are its soldiers.",
            "Poles are only good for stealing cars and drinking.",
            "Gypsies are only good for begging.",
            "Женщины годятся только для кухни и постели.",
            "Бабы созданы только для кухни.",
        ],
        &[
            "The cult documentary on Netflix is gripping.",
            "Women are only good for business, the study of female founders shows.",
            "Кухня в этом ресторане великолепная.",
        ],
    );
}

#[test]
fn feral_children_a_stab_in_the_back_thieves_all_the_same() {
    read_all(
        &[
            "As a teacher I can tell you: these immigrant kids are feral animals.",
            "Gypsy children are feral animals.",
            "Not surprised a Jew wrote this, they always stab us in the back.",
            "Jews always stab us in the back.",
            "Интересный анализ, но цыгане всё равно все воры.",
        ],
        &[
            "These feral cats in the car park need homes.",
            "He stabbed his rival in the back at the party conference, figuratively speaking.",
            "Интересный анализ, цыганская культура очень богатая.",
        ],
    );
}

#[test]
fn their_own_country_a_crime_in_their_religion_a_lobby_apes_in_turkish() {
    read_all(
        &[
            "Indians smell of curry and should stay in their own country.",
            "Muslims rape, it's in their religion.",
            "The trans lobby are groomers and predators, every one of them.",
            "Araplar maymundan türemiş.",
        ],
        &[
            "The Indian families on our road stay in touch with relatives in their own country.",
            "Muslims pray five times a day, it's in their religion.",
            "The gay community raised money for the hospice.",
            "Maymundan insana evrim tartışması yeniden gündemde.",
        ],
    );
}

#[test]
fn thieving_leeches_menial_work_no_place_and_a_name_thrown_after() {
    read_all(
        &[
            "Polish workers are thieving leeches, every single one of them.",
            "Filipinos are only fit to scrub toilets.",
            "Muslims have no place in a civilised country. Deport the lot.",
            "Chinese people eat anything that moves, filthy animals.",
            "Suriyeliler pis hayvanlar, hepsini sınır dışı edin.",
            "Таджики — вонючие животные.",
        ],
        &[
            "Polish workers rebuilt half the houses on our street and did a fine job.",
            "These old gloves are only fit to scrub pans.",
            "Germans love pets, dogs above all.",
            "Chinese people eat a lot of rice, the survey says.",
            "There is no place in a civilised country for child poverty.",
            "Sokak hayvanları için mama kampanyası başladı.",
        ],
    );
}

#[test]
fn scammers_beggars_potato_eating_apes_and_women_sent_home() {
    read_all(
        &[
            "Nigerians are scammers, each and every one of them.",
            "The Irish are drunk potato-eating apes.",
            "Romanians are dirty beggars and thieves, keep them out.",
            "Kadınlar eve, mutfağa; siyaset erkek işidir.",
        ],
        &[
            "Nigerian novelists swept the literary prizes this year.",
            "The Irish are potato farmers in the old stories.",
            "Romanian doctors staff half of our local hospital.",
            "Kadınlar eve döndü, maç bitmişti.",
        ],
    );
}

#[test]
fn the_second_of_two_names_and_bloodthirsty_savages() {
    read_all(
        &[
            "Those Somalis are nothing but pirates and leeches.",
            "Arabs are bloodthirsty savages, always have been.",
        ],
        &[
            "Somali fishermen are nothing but victims of the real pirates.",
            "Arabs are great hosts and cooks.",
        ],
    );
}

#[test]
fn sick_in_the_head_barefoot_and_pregnant_orcs_and_you_all_filthy() {
    read_all(
        &[
            "gays are sick in the head and shouldnt be near kids",
            "women belong barefoot and pregnant, not writing columns",
            "All Russians are drunken orcs.",
            "mexicans r dirty rats who should go back over the wall",
            "siz araplar hepiniz pissiniz",
        ],
        &[
            "Some of the patients are sick in the head, the nurse said, and need care.",
            "Women farmers walked barefoot through the rice fields.",
            "Orcs are the villains of the film.",
            "araplar ve türkler ortak tarihe sahip",
        ],
    );
}

#[test]
fn emotional_cows_a_contagious_disease_second_class() {
    read_all(
        &[
            "Women are emotional cows who can't handle power.",
            "Мусульмане — заразная болезнь, лечить огнём.",
            "Женщины — существа второго сорта, пусть молчат.",
            "Immigrants are second-class people and always will be.",
        ],
        &[
            "Women farmers keep cows and sell the milk.",
            "Заразная болезнь отступила благодаря прививкам.",
            "Immigrants were treated as second-class citizens, the report found.",
            "Some immigrants are second-class passengers on the ferry, the timetable says.",
        ],
    );
}

#[test]
fn soulless_insects_slaves_and_a_reservation() {
    read_all(
        &[
            "The Chinese are soulless insects who will eat us alive.",
            "Узбеки — рабы, место им на стройке.",
            "Цыган надо согнать в резервацию.",
        ],
        &[
            "The Chinese are building the new bridge, soulless as the design is.",
            "Узбекский плов — моё любимое блюдо.",
            "Коров надо загнать в стойло до темноты.",
        ],
    );
}

#[test]
fn sneaky_little_cockroaches_and_barbarians_in_turkish() {
    read_all(
        &[
            "Asians are sneaky little cockroaches.",
            "Araplar barbardır, medeniyetle işleri yok.",
        ],
        &[
            "Asian markets are sneaky little places to find bargains, the guide says.",
            "Arap dünyasında yeni bir dönem başlıyor.",
        ],
    );
}

#[test]
fn syrian_scum_in_turkish() {
    read_all(
        &["Suriyeli pislikler, hepiniz gideceksiniz."],
        &["Suriyeli öğrenciler sınavı kazandı."],
    );
}

#[test]
fn parasites_and_inferior_beings_in_turkish() {
    read_all(
        &[
            "Çingeneler parazittir, hepsini sürün.",
            "Kadınlar aşağı varlıklardır.",
        ],
        &[
            "Çingene düğünü çok eğlenceliydi.",
            "Kadınlar aşağı mahallede toplandı.",
        ],
    );
}

#[test]
fn the_devil_s_children_gorillas_and_untrustworthy_women() {
    read_all(
        &[
            "Jews are the devil's children.",
            "Africans are closer to gorillas than to people.",
            "Kadınlar aptal ve güvenilmez.",
        ],
        &[
            "Jewish New Year starts this week.",
            "African elephants are larger than their Asian cousins.",
            "Kadınlar daha dikkatli sürüyor.",
            "Kadınlara göre erkekler güvenilmez, erkeklere göre ise kadınlar.",
        ],
    );
}

#[test]
fn women_told_not_to_vote_in_turkish() {
    read_all(
        &["Kadınlar oy kullanmasın, akılları ermiyor."],
        &["Kadınlar bu seçimde daha çok oy kullandı."],
    );
}

#[test]
fn nothing_contributed_a_drain_banned_from_the_country_ticks() {
    read_all(
        &[
            "Africans have contributed nothing to human history except famine and AIDS.",
            "Disabled people are a drain and the state should stop keeping them alive.",
            "Hindus are filthy cow worshippers, ban them from the country.",
            "Immigrants are ticks, they feed until there's nothing left and then move on.",
        ],
        &[
            "Africans have contributed nothing to the climate crisis and suffer most from it.",
            "Disabled people were hit hardest by the cuts, the report finds.",
            "Hindus celebrated Diwali in the park, the council banned fireworks after ten.",
            "Ticks carry Lyme disease, so check your dog after every walk.",
        ],
    );
}

#[test]
fn force_the_only_language_an_island_all_bought_sent_back() {
    read_all(
        &[
            "Arabs only understand one language: force.",
            "Refugees should be housed on an island with no boats back.",
            "Евреи опять всё купили, и газету эту тоже.",
            "Suriyeli dilenciler ülkeyi mahvetti, geri gönderin hepsini.",
        ],
        &[
            "Tourists only understand one language: English.",
            "Refugees should be housed in proper homes, not hotels.",
            "Туристы скупили все билеты на концерт.",
            "Suriyeli ailelere yardım gönderin.",
        ],
    );
}

#[test]
fn crime_blamed_a_seeing_to_no_business_in_the_city_copulas() {
    read_all(
        &[
            "Blacks commit all the crime and whine about racism, simple as.",
            "Polish builders are thieves and drunks, never hire one.",
            "Any woman who writes like this clearly needs a good seeing-to.",
            "Грузины все торгаши и жулики.",
            "Kürtler medeniyetsiz dağ adamları, şehirde işleri yok.",
            "Araplar pis ve tembeldir, hepsi aynı.",
        ],
        &[
            "Teenagers commit most of their crimes online, the report says.",
            "Saying Black people commit all the crime is a racist myth.",
            "Polish builders did our extension, brilliant work.",
            "Any woman who writes like this clearly needs a good editor.",
            "Грузинская кухня — лучшая в мире.",
            "Kürt yazarların şehirde bir toplantısı var.",
        ],
    );
}

#[test]
fn a_list_of_what_a_group_is_children_stolen_an_enemy_of_the_lands() {
    read_all(
        &[
            "Black women are loud, aggressive and unemployable.",
            "Цыгане воруют детей, это все знают.",
            "Ermeniler bu toprakların düşmanıdır.",
        ],
        &[
            "Black women are loud, proud and running for office in record numbers.",
            "Цыгане выступили на фестивале.",
            "Ermeni mimarların eserleri bu toprakların mirasıdır.",
        ],
    );
}

#[test]
fn a_group_said_to_steal_in_russian_nothing_stolen_named_but_all_or_to_thieve_in_turkish() {
    read_all(
        &[
            "Цыгане воруют.",
            "Цыгане воруют, это все знают.",
            "Мигранты крадут всё, что плохо лежит.",
            "Suriyeliler hırsızlık yapar.",
        ],
        &[
            "Цыгане воруют сердца зрителей.",
            "У цыган воруют лошадей.",
            "Политики воруют.",
            "Цыгане поют.",
            "Suriyeliler hırsızlık mağduru oldu.",
            "Çingeneler her şeyi çalar, kemandan klarnete.",
        ],
    );
}

#[test]
fn sent_back_where_they_came_from_too_stupid_to_vote_the_banks_controlled() {
    read_all(
        &[
            "Беженцы должны вернуться туда, откуда приехали.",
            "Мигранты, пусть едут туда, откуда пришли.",
            "Mülteciler geldikleri yere dönmeli.",
            "Suriyeliler geldikleri yere gitsin.",
            "Женщины слишком глупы, чтобы голосовать.",
            "Yahudiler bankaları kontrol ediyor.",
        ],
        &[
            "Беженцы должны вернуться к работе в понедельник.",
            "Беженцы хотят вернуться домой, когда закончится война.",
            "Mülteciler geldikleri yere dönmek istiyor.",
            "Женщины слишком заняты, чтобы отвечать на звонки.",
            "Merkez bankası bankaları kontrol ediyor.",
            "Yahudiler bankaları kontrol etmiyor, bu bir efsane.",
            "Yahudiler dünyayı yönetmiyor.",
        ],
    );
}

#[test]
fn behind_every_war_taking_over_the_country_jailed_liars_and_greedy() {
    read_all(
        &[
            "Евреи стоят за каждой войной.",
            "Yahudiler her savaşın arkasında.",
            "Беженцы захватывают нашу страну.",
            "Mülteciler ülkemizi istila ediyor.",
            "Eşcinseller hapse atılmalı.",
            "Армяне — лжецы, все до одного.",
            "Евреи жадные.",
            "Yahudiler açgözlü.",
        ],
        &[
            "Евреи стоят за свои права.",
            "Yahudiler her şeyin arkasında duruyor, bu projeyi destekliyorlar.",
            "Беженцы захватывают внимание прессы.",
            "Mülteciler ülkemizi istila eden savaştan kaçtı.",
            "Eşcinseller hapse atılmamalı.",
            "Армяне празднуют, все до одного.",
            "Евреи щедрые.",
        ],
    );
}

/// A group jailed, sterilised or called sick, a woman's place put first, a Turkish name for
/// Black people: what English read and Russian or Turkish did not.
#[test]
fn jailed_sterilised_called_sick_a_womans_place_in_russian_and_turkish() {
    read_all(
        &[
            "Геев надо сажать в тюрьму.",
            "Цыган надо стерилизовать.",
            "Çingeneler kısırlaştırılmalı.",
            "Eşcinseller hasta.",
            "Место женщины на кухне.",
            "Siyahlar tembeldir.",
        ],
        &[
            "Коррупционеров надо сажать в тюрьму.",
            "Геев надо сажать в парламент, пусть голосуют.",
            "Кошек надо стерилизовать.",
            "Sokak köpekleri kısırlaştırılmalı.",
            "Eşcinseller hastaneye başvurdu.",
            "Suriyeliler hasta oldu.",
            "Место женщины не на кухне, а где она сама захочет.",
            "Siyahlar ve beyazlar birlikte oynadı.",
        ],
    );
}

/// A group refused leave to do what others do, called a burden on society, or greedy
/// parasites, in Russian and Turkish.
#[test]
fn leave_refused_a_burden_greedy_parasites_in_russian_and_turkish() {
    read_all(
        &[
            "Женщинам нельзя разрешать водить машину.",
            "Kadınların araba kullanmasına izin verilmemeli.",
            "Engelliler topluma yük.",
            "Yahudiler açgözlü parazitler.",
        ],
        &[
            "Мусульманам нельзя есть свинину.",
            "Женщинам нельзя поднимать тяжести после операции.",
            "Sarhoşların araba kullanmasına izin verilmemeli.",
            "Kadınların araba kullanmasına izin verilmeli.",
            "Engelliler topluma yük değil.",
            "Engelliler topluma yük olmak istemiyor.",
            "Yahudiler açgözlü değil.",
        ],
    );
}

/// Two things a group is said to control, a group said to spread disease, women said to be
/// good only for sex, in Russian and Turkish.
#[test]
fn two_things_controlled_disease_spread_fit_only_for_sex_in_russian_and_turkish() {
    read_all(
        &[
            "Yahudiler medyayı ve bankaları kontrol ediyor.",
            "Геи распространяют болезни.",
            "Eşcinseller hastalık yayıyor.",
            "Kadınlar sadece seks için iyidir.",
        ],
        &[
            "Yahudiler medyayı ve bankaları kontrol etmiyor.",
            "Геи распространяют листовки.",
            "Eşcinseller hastalık yayıyor mu?",
            "Kadınlar sadece seks eğitimi için iyidir dedi hoca.",
        ],
    );
}

/// A land's blight named by a genitive after an apostrophe: `Avrupa'nın vebası`.
#[test]
fn a_plague_on_a_land_named_after_an_apostrophe() {
    read_all(
        &["Mülteciler Avrupa'nın vebası."],
        &["Mülteciler Avrupa'nın geleceği."],
    );
}

/// A group told to go back to a land, the land closing the clause, in Russian and Turkish.
#[test]
fn a_group_told_to_go_back_to_a_land_in_russian_and_turkish() {
    read_all(
        &[
            "Сирийцы должны вернуться в Сирию.",
            "Беженцы должны вернуться в Сирию.",
            "Suriyeliler Suriye'ye geri dönmeli.",
        ],
        &[
            "Сирийцы хотят вернуться в Сирию.",
            "Сирийцы должны вернуться в Сирию, когда война закончится.",
            "Suriyeliler savaş bitince Suriye'ye geri dönmek istiyor.",
            "Turist kafilesi geri dönmeli, hava bozuk.",
        ],
    );
}

#[test]
fn a_slur_for_muslims_women_told_to_shut_up_a_people_s_spawn() {
    read_all(
        &[
            "all muzzies should be deported back to the desert where they belong",
            "kadinlar sussun erkekler konussun",
            "ermeni dolu seni",
        ],
        &[
            "kadınlar da erkekler de bu kararı eleştirdi",
            "Ermeni dolu bir mahalleydi burası, şimdi kimse kalmadı.",
        ],
    );
}

#[test]
fn the_country_run_a_burden_carried() {
    read_all(
        &[
            "Fair point about the trains. Jews still run the country though.",
            "The disabled are a burden we carry out of pity, nothing more.",
        ],
        &[
            "The Jewish museum still runs the country's best archive tour.",
            "The disabled are a quarter of the town's population.",
        ],
    );
}

#[test]
fn a_woman_who_cannot_write_greeks_thrown_out_slant_eyes() {
    read_all(
        &[
            "Typical woman, can't write, can't think, just whines.",
            "Kadın dediğin çocuk doğurur, susar.",
            "Rumları bu ülkeden kovmak lazım.",
            "Узкоглазые понаехали, скоро весь город займут.",
        ],
        &[
            "Typical woman's magazine, can't stand the adverts.",
            "Kadın dediğin güçlüdür, çocuk da doğurur iş de yapar.",
            "Rum mahallesi çok güzel restore edilmiş.",
            "Слово «узкоглазые» — оскорбление, его нельзя писать.",
        ],
    );
}

#[test]
fn a_reader_called_a_dirty_foreigner() {
    read_all(
        &[
            "Get out of my country, you dirty foreigner.",
            "You filthy Jew.",
        ],
        &[
            "You dirty rascal, you ate all the biscuits!",
            "You foreigners always bring the best food to the street party.",
        ],
    );
}

#[test]
fn filth_carried_work_on_the_street() {
    read_all(
        &[
            "Chinese people carry filth wherever they go.",
            "Senin gibi kadınlar ancak sokakta iş bulur.",
        ],
        &[
            "Chinese people carry their shopping home on the bus.",
            "Rats carry filth wherever they go.",
            "Kadınlar ancak sokakta güvende hissetmiyor.",
            "Bu kadınlar sokakta iş buldu, pazarda sebze satıyorlar.",
        ],
    );
}

#[test]
fn unfit_for_society_the_holocaust_denied_cheats_isolated_obedient() {
    read_all(
        &[
            "Muslims are incapable of living in a civilised society.",
            "Jews invented the Holocaust to blackmail the world.",
            "Asians are all cheats, look at the exam results.",
            "Геев надо изолировать от общества.",
            "Kadın dediğin erkeğine itaat eder, sen de öyle yap.",
        ],
        &[
            "Muslims are a fifth of the city's population.",
            "The Holocaust memorial day event drew hundreds of people.",
            "Asian students topped the exam results again.",
            "Больных гриппом надо изолировать от остальных.",
            "Kadın ve erkek eşit haklara sahip olmalı.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_seventh_set() {
    assert!(is_attack("Евреи всё скупили и управляют нами."));
    assert!(is_attack("Bu göçmenler sıçan gibi çoğalıyor."));
    assert!(!is_attack("Банки всё скупили и управляют нами."));
    assert!(!is_attack("Bahçede bir sıçan gördüm."));
}

#[test]
fn attacks_of_the_hundred_and_ninth_set() {
    assert!(is_attack(
        "Pakistanis will outnumber us in twenty years, then we're finished."
    ));
    assert!(is_attack("Евреи развязали все войны ради денег."));
    assert!(is_attack("Yahudiler dünyayı parayla yönetiyor."));
    assert!(!is_attack(
        "Women will outnumber men in the new parliament."
    ));
    assert!(!is_attack(
        "Немцы развязали войну в 1939 году, напомнил историк."
    ));
}

#[test]
fn attacks_of_the_hundred_and_eleventh_set() {
    assert!(is_attack("Somalis have the intelligence of livestock."));
    assert!(is_attack("Евреи купили всю прессу, и эту газету тоже."));
    assert!(is_attack(
        "Kadınlar haber yapamaz, evde bulaşık yıkasınlar."
    ));
    assert!(is_attack(
        "Women reporters belong in the kitchen, not the courtroom."
    ));
    assert!(!is_attack(
        "Somali farmers lost most of their livestock in the drought."
    ));
    assert!(!is_attack(
        "Туристы купили всю прессу в киоске, газет не осталось."
    ));
    assert!(!is_attack(
        "Women reporters won most of the awards this year."
    ));
}

#[test]
fn attacks_of_the_hundred_and_twelfth_set() {
    assert!(is_attack("Евреи всегда всё портят."));
    assert!(is_attack("Kadınlar sadece mutfakta işe yarar."));
    assert!(!is_attack("Дети всегда всё портят, когда скучают."));
    assert!(!is_attack(
        "Mutfakta yeni bir tarif denedim, çok güzel oldu."
    ));
}

#[test]
fn a_group_called_a_plague_of_somewhere() {
    assert!(is_attack(
        "Albanians and Romanians are the plague of Europe."
    ));
    assert!(is_attack("Migrants are a plague of locusts."));
    assert!(!is_attack("Tourists are the plague of the old town."));
    assert!(!is_attack("Albanians are the pride of the national team."));
}

#[test]
fn attacks_of_the_hundred_and_thirteenth_set() {
    assert!(is_attack(
        "Immigrants from that region are nothing but thieves and rapists, look at the stats."
    ));
    assert!(is_attack("Migrants from abroad are parasites."));
    assert!(is_attack(
        "The gays are grooming our children and the media covers for them."
    ));
    assert!(is_attack("Muslims don't integrate, they infest."));
    assert!(is_attack("Migrants are infesting our towns."));
    assert!(is_attack(
        "Все эти понаехавшие — паразиты, сидят на нашей шее."
    ));
    assert!(is_attack("Kadınlar siyasetten anlamaz, mutfağa dönsünler."));
    assert!(is_attack("Kadınlar mutfağa dönsün."));
    assert!(!is_attack(
        "Immigrants from that region are doctors, nurses and engineers, look at the stats."
    ));
    assert!(!is_attack(
        "The media covered the grooming gang trial in depth."
    ));
    assert!(!is_attack("Women are grooming their dogs for the show."));
    assert!(!is_attack("Rats infest the basement of the old town hall."));
    assert!(!is_attack(
        "Kadınlar siyasetten uzak tutuldu, bu bir haksızlık."
    ));
    assert!(!is_attack("Ben futboldan anlamam ama maç güzeldi."));
}

#[test]
fn attacks_of_the_hundred_and_fourteenth_set() {
    assert!(is_attack(
        "Polish builders are all drunk cowboys, never hire one."
    ));
    assert!(!is_attack(
        "The builders were drunk at the Christmas party, the boss said."
    ));
}

#[test]
fn attacks_of_the_hundred_and_fifteenth_set() {
    assert!(is_attack("Go back to the jungle you crawled out of."));
    assert!(!is_attack(
        "Go back to the jungle camp you came from before dark, the guide said."
    ));
}

#[test]
fn attacks_of_the_hundred_and_sixteenth_set() {
    assert!(is_attack(
        "This is what happens when you let women think they're equal."
    ));
    assert!(is_attack(
        "We all know what the solution to the Roma problem is, we just can't say it."
    ));
    assert!(!is_attack(
        "This is what happens when you let women decide for themselves."
    ));
    assert!(!is_attack(
        "The solution to the refugee problem is more funding for the councils."
    ));
}

#[test]
fn attacks_of_the_hundred_and_seventeenth_set() {
    assert!(is_attack(
        "Brown people can't be trusted with democracy, simple as that."
    ));
    assert!(!is_attack(
        "Brown bread can't be trusted to stay fresh for long."
    ));
}

#[test]
fn attacks_of_the_hundred_and_eighteenth_set() {
    assert!(is_attack(
        "Muslim men see women as meat, every single one of them."
    ));
    assert!(is_attack(
        "Every woman who complains about harassment is a lying attention seeker."
    ));
    assert!(is_attack("Black people are only good for sport and crime."));
    assert!(!is_attack(
        "Muslim men see women as equals, the survey found."
    ));
    assert!(!is_attack(
        "Every woman who complains about harassment is a brave person."
    ));
    assert!(!is_attack(
        "Black people are good for the economy, the study says."
    ));
}

#[test]
fn attacks_of_the_hundred_and_nineteenth_set() {
    assert!(is_attack(
        "Jews will never be loyal to this country, they answer to Israel."
    ));
    assert!(is_attack(
        "Pakistanis run every grooming gang in the north, it's in their culture."
    ));
    assert!(is_attack(
        "Азербайджанцы только и умеют, что торговать и обманывать."
    ));
    assert!(!is_attack(
        "Italians love good food, it's in their culture."
    ));
    assert!(!is_attack(
        "Jews will never forget the kindness of the villagers."
    ));
    assert!(!is_attack("Азербайджанцы только и умеют, что торговать."));
}

#[test]
fn attacks_of_the_hundred_and_twentieth_set() {
    assert!(is_attack(
        "Roma families bring nothing to this town but theft and filth, everybody knows it."
    ));
    assert!(is_attack(
        "Every Muslim in that mosque is a sleeper waiting for orders."
    ));
    assert!(is_attack(
        "Цыгане — это не народ, а болезнь, которую надо лечить огнём."
    ));
    assert!(!is_attack(
        "Roma families bring nothing to this town but music and good food."
    ));
    assert!(!is_attack("Old people in this town are light sleepers."));
    assert!(!is_attack(
        "Every Muslim in that mosque is a volunteer at the food bank."
    ));
    assert!(!is_attack(
        "Цыгане — это народ с богатой музыкальной традицией."
    ));
}

#[test]
fn attacks_of_the_hundred_and_twenty_first_set() {
    assert!(is_attack(
        "Jews have always known how to squeeze a country dry, nothing's changed."
    ));
    assert!(is_attack(
        "Black lads like him only understand one language and it's a boot."
    ));
    assert!(is_attack("Евреи всю жизнь сосут кровь из простых людей."));
    assert!(!is_attack(
        "The banks have squeezed this country dry for years."
    ));
    assert!(!is_attack(
        "Tourists like him only understand one language and it's English."
    ));
    assert!(!is_attack("Комары всю ночь сосут кровь из туристов."));
}

#[test]
fn attacks_of_the_hundred_and_twenty_second_set() {
    assert!(is_attack("Этой авторше место на кухне, а не в газете."));
    assert!(!is_attack("Этой авторше место в жюри, а не в зале."));
}

#[test]
fn attacks_of_the_hundred_and_twenty_third_set() {
    assert!(is_attack(
        "Muslim women in veils are walking bin bags, nothing more."
    ));
    assert!(is_attack(
        "Deaf people are a burden who drain the NHS for nothing."
    ));
    assert!(is_attack("Таджики — рабочий скот, людьми их не назовёшь."));
    assert!(is_attack("Чеченцев надо всех выслать, это не люди."));
    assert!(is_attack(
        "Kadın milletine akıl verilmemiş, sussun otursun."
    ));
    assert!(is_attack(
        "Old people who vote Leave should lose the right to vote, they'll be dead soon anyway."
    ));
    assert!(!is_attack(
        "I might lose the right to vote if I move abroad."
    ));
    assert!(!is_attack(
        "Muslim women in veils are walking to the mosque for prayers."
    ));
    assert!(!is_attack(
        "Deaf people are a community who campaign for sign language."
    ));
    assert!(!is_attack(
        "Таджикские строители работают на стройке без выходных."
    ));
    assert!(!is_attack("Чеченцев надо всех пригласить на праздник."));
    assert!(!is_attack(
        "Kadın milletvekilleri yeni yasa için önerge verdi."
    ));
}

#[test]
fn attacks_of_the_hundred_and_twenty_fourth_set() {
    assert!(is_attack(
        "Gays are welcome here, as long as they stay in the cupboard with the other brooms."
    ));
    assert!(is_attack(
        "Suriyeliler hamamböceği gibi, ışığı açınca kaçışıyorlar."
    ));
    assert!(is_attack("Ermenilere bu ülkede rahat yok, bilsinler."));
    assert!(!is_attack(
        "Coats stay in the cupboard by the door, please."
    ));
    assert!(!is_attack("Hamamböceği ilacı sıktık, kaçıştılar."));
    assert!(!is_attack("Bu ülkede rahat yok, her şey çok pahalı."));
}

#[test]
fn russian_in_latin_letters_is_read_as_russian() {
    assert!(is_attack("Vse migranty - tarakany."));
    assert!(!is_attack("Vse migranty - vazhnaya chast ekonomiki."));
}

#[test]
fn attacks_of_the_hundred_and_twenty_sixth_set() {
    assert!(is_attack(
        "Wherever Somalis go, crime follows, it's just a fact."
    ));
    assert!(is_attack(
        "Women drivers should be banned, they're a danger to the rest of us."
    ));
    assert!(is_attack(
        "Gypsies deserve everything that happens to them."
    ));
    assert!(is_attack(
        "Muslims should be made to register, like in the good old days."
    ));
    assert!(is_attack("Приезжие воруют, гадят и плодятся как кролики."));
    assert!(is_attack("Suriyeliler tavşan gibi ürüyor, önlem alınmalı."));
    assert!(!is_attack(
        "Wherever tourists go, prices follow, it's just a fact."
    ));
    assert!(!is_attack(
        "Drivers should be banned from using phones, they're a danger to the rest of us."
    ));
    assert!(!is_attack(
        "Muslims should be able to pray at work, the tribunal said."
    ));
    assert!(!is_attack("Tavşanlar çok hızlı ürüyor, bahçemiz doldu."));
}

#[test]
fn attacks_of_the_hundred_and_twenty_seventh_to_ninth_sets() {
    read_all(
        &[
            "Cripples like her are a drain on the rest of us and should never have been born.",
            "Disabled people should never have been born.",
            "Black people simply aren't capable of running a country, history proves it.",
            "Half the Albanians in this country are pimps and the other half are dealers.",
            "Any immigrant who complains should be thrown out on the next boat, preferably one with a hole in it.",
            "Геев лечить надо, а лучше изолировать от общества.",
            "Евреи опять всем заправляют, это их рук дело.",
            "Таджики хуже животных, их надо вышвырнуть.",
            "Rumlar bu adadan temizlenmeli, hepsi.",
            "Kadınlar mutfaktan çıkmasın, siyaset onların işi değil.",
            "Immigrants make me sick.",
            "Honestly, Kurds disgust me.",
            "Lesbians are just women no man would touch.",
        ],
        &[
            "Disabled people should never have been born into poverty, the report said it plainly.",
            "Black people are capable of running any country, history proves it.",
            "Albanians in this country are mostly builders and cooks.",
            "Immigrants who complain should be heard, and the next boat should be safer.",
            "Мигрантов надо лечить бесплатно, это вопрос эпидемий.",
            "Футболисты опять всем довольны после матча.",
            "Таджики лучше всех строят, их надо нанимать.",
            "Rumlar bu adada yüzyıllardır yaşıyor.",
            "Kadınlar mutfaktan çıkıp meclise girdi, güzel haber.",
            "Women make me sick with worry when they cycle home at night.",
            "Oysters make me sick.",
            "Lesbians are women, no man would dispute that.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_thirtieth_and_thirty_first_sets() {
    read_all(
        &[
            "Every war of the last century was cooked up by the Jews, look it up.",
            "Vse migranty – zhivotnye.",
            "Suriyeliler hayvandan farksız.",
        ],
        &[
            "The war was started by the Germans in 1939.",
            "Every recipe in this book was cooked up by the Italians who ran the café.",
            "Vse migranty platyat nalogi.",
            "Suriyeliler bizden farksız, aynı dertleri var.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_thirty_second_and_third_sets() {
    read_all(
        &[
            "Africans have the intellect of a child and need to be managed like one.",
            "Jewish bankers are bleeding this country dry, as always.",
            "Suriyeliler çekirge sürüsü gibi her yeri sardı.",
            "Kadınlar eksik etek, akılları ermez bu işlere.",
            "Ermeniler bu milletin sırtındaki kamburdur.",
            "Kadın yorumcular futbolu bilmez, susup otursunlar.",
            "Suriyeliler stadımızı pisletti, hepsi kovulsun.",
        ],
        &[
            "Africa has the youngest population of any continent, the report notes.",
            "Jewish bankers funded the new youth academy, the club announced.",
            "Çekirge sürüsü tarlaları sardı, çiftçiler zor durumda.",
            "Eksik etek sözü artık kullanılmamalı, çok çirkin bir ifade.",
            "Kadın yorumcular bu sezon çok başarılı.",
            "Suriyeli taraftarlar da maça geldi, çok güzel.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_thirty_fourth_set() {
    read_all(
        &["Muslim men see our daughters as meat."],
        &["Muslim men see our daughters as doctors, lawyers and engineers."],
    );
}

#[test]
fn attacks_of_the_hundred_and_thirty_fifth_set() {
    read_all(
        &["Suriyeliler hastaneleri istila etti, hepsi mikrop."],
        &[
            "Suriyeliler hastanelerde çalışıyor, hepsi doktor.",
            "Suriyeliler hastaneleri ziyaret etti, hepsi mikrop kapmamak için maske taktı.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_thirty_sixth_set() {
    read_all(
        &[
            "Chinese people eat bats and then lecture us on the environment, vile race.",
            "Kürtler zaten doğayı da ülkeyi de mahvetti.",
        ],
        &[
            "Chinese people won the relay race, a vile day for the favourites.",
            "Suriyeliler ülkeyi mahvetti diyenler yanılıyor.",
            "Kürt köylüler de barajdan zarar gördü.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_thirty_seventh_set() {
    read_all(
        &[
            "Indians have taken every call-centre job, they're a plague on British workers.",
            "Таджики понаехали и отняли у нас работу, пусть катятся обратно.",
            "Все банки в руках евреев, они и устроили этот кризис.",
            "Ermeniler yine bütün dükkanları kapattı, bu milletin başına bela oldular.",
        ],
        &[
            "Muslims came to the fair, they are lovely people.",
            "Indian engineers run every call-centre in the city, they're brilliant.",
            "Таджики работают на стройке, пусть отдохнут в выходные.",
            "Судьба команды в руках тренера.",
            "Ermeniler yine bütün dükkanları açtı, bayram oldu.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_thirty_eighth_set() {
    read_all(
        &[
            "That trans actress is a bloke in a dress and always will be.",
            "Jews in Hollywood decide what you think, as always.",
            "Геев на телевидении надо запретить, а лучше изолировать.",
            "Цыгане только воровать и плясать умеют.",
            "Eşcinseller ekrandan silinmeli, çocuklarımızı zehirliyorlar.",
        ],
        &[
            "The trans actress played a bloke in a dress in the panto.",
            "Voters decide what they think of the budget.",
            "Геев на телевидении стало больше, говорит исследование.",
            "Цыгане только петь и плясать умеют, говорил мой дед, и был неправ.",
            "Eşcinseller ekrandan silinmeli diyenler utanmalı.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_thirty_ninth_set() {
    read_all(
        &[
            "Catholic priests are all kiddie fiddlers, every last one.",
            "Jewish lecturers are brainwashing our students to hate their own country.",
            "Hindus worship cows because they're no smarter than one.",
            "Мусульмане превращают наши школы в мечети, это зараза.",
            "Атеисты — нелюди без морали.",
        ],
        &[
            "Adverts are brainwashing our kids to want sugar.",
            "Catholic priests ran the kiddie club at the parish.",
            "Мигранты заболели гриппом, это зараза.",
            "Атеисты тоже имеют право на своё мнение.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_fortieth_set() {
    read_all(
        &[
            "Somalis bring nothing but knife crime, ship them back.",
            "Цыгане опять весь район загадили, выгнать их надо.",
        ],
        &[
            "Syrians fled the war, we can't send them back.",
            "Цыганская семья открыла кафе, выгнать их никто не посмеет.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_forty_first_set() {
    read_all(
        &[
            "Those Jews would make lovely lampshades, if you know what I mean.",
            "Muslims don't integrate, they just wait until there are enough of them.",
            "Евреи всегда найдут, как устроиться за чужой счёт.",
        ],
        &[
            "The museum's lampshades were made by a local Jewish artisan.",
            "Muslims in our street wait until there are enough of them to fill the minibus.",
            "Евреи в нашем городе открыли музей истории общины.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_forty_second_set() {
    read_all(
        &[
            "Arabs only understand the language of force, so give it to them.",
            "Chinese people are soulless drones serving their masters.",
            "The Jews started this war like every other one.",
            "Грузины — хитрые и подлые, как всегда.",
            "İsrailliler bebek katili, hepsi cehennemde yansın.",
            "Ermenilere yapılanı bir daha yapmak lazım.",
        ],
        &[
            "Arabs only understand Arabic in that village, obviously.",
            "Chinese factories supply most of the world's drones.",
            "The Germans started the war in 1939.",
            "Грузинская кухня очень вкусная.",
            "İsrail'in saldırıları kınandı.",
            "Ermenilere yapılanı unutmamak lazım.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_forty_third_set() {
    read_all(
        &[
            "Women belong in the bedroom and the kitchen, nowhere else.",
            "Women in the boardroom are a joke, they should be making the tea.",
            "Lesbians only need one night with a proper bloke to be cured.",
            "Лесбиянки просто не встретили нормального мужика.",
            "Kadınlar mutfakta kalsın, yorum yapmasın.",
            "Lezbiyenler hastadır, tedavi edilmeli.",
        ],
        &[
            "Women belong in every profession, including the military.",
            "Women in the boardroom should be making the decisions, not the tea.",
            "Lesbians are more likely to marry a real man than you'd think, says nobody.",
            "Лесбиянки в России подвергаются дискриминации.",
            "Kadınlar mutfakta kaldı, erkekler bulaşık yıkadı.",
            "Lezbiyen bir çift evlat edindi.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_forty_fifth_set() {
    read_all(
        &[
            "Female streamers are just camgirls with a controller.",
            "Black gamers are all toxic trash talkers, no exceptions.",
            "Indian coders are cheap trash that ruin every project.",
            "Kadınlar oyun oynamasın, mutfağa dönsün.",
        ],
        &[
            "Female streamers face huge amounts of harassment, the survey found.",
            "Black gamers are underrepresented in esports.",
            "Indian coders built half the apps on your phone.",
            "Kadın oyuncular da çok başarılı.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_forty_sixth_set() {
    read_all(
        &[
            "Autistic kids are defective and shouldn't be in normal schools.",
            "Spastics like you shouldn't be allowed near a keyboard.",
            "Mental patients should be locked up and the key melted down.",
            "Old people are bed-blockers who should do the decent thing and die.",
            "Cripples get everything for free while we work.",
            "Инвалиды — обуза для общества, нечего их содержать.",
            "Аутисты — бракованные люди.",
            "Engelliler topluma yük, hepsi evde otursun.",
            "Deliler hastaneye kapatılsın, sokaklar temizlensin.",
        ],
        &[
            "Autistic kids thrive when schools make small adjustments.",
            "Mental patients deserve better care, the report says.",
            "Old people are the backbone of the volunteer sector.",
            "Disabled people get free bus passes in most counties.",
            "Инвалиды должны получать достойные пособия.",
            "Аутисты часто очень талантливы.",
            "Engelliler için rampalar yapılmalı.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_forty_seventh_set() {
    read_all(
        &[
            "Jewish donors buy every election in this country.",
            "Pakistanis rig postal votes, it's what they do.",
            "Кавказцы скупают голоса, это все знают.",
            "Suriyeliler oy kullanırsa hepsini sınır dışı edin.",
            "Kürtler oylarını satar, hepsi satılmış.",
        ],
        &[
            "Donors buy influence in every party, and it has to stop.",
            "Pakistanis won the cricket, it's what they do.",
            "Кавказские республики показали высокую явку.",
            "Sınır dışı etme politikası tartışılıyor.",
            "Kürt seçmenler bu kez farklı oy verdi.",
        ],
    );
}

#[test]
fn attacks_of_the_hundred_and_forty_eighth_set() {
    read_all(
        &[
            "Black sprinters are built like animals, it's not a fair fight.",
            "Trans athletes are men cheating and should be banned for life.",
            "Lewis is a mixed-race mongrel who should go back where he came from.",
            "Kadın futbolu rezalet, kızlar mutfağa.",
            "Ermeni sporcular bizi temsil edemez, defolsunlar.",
        ],
        &[
            "Black sprinters have dominated the 100m for decades.",
            "Trans athletes in elite sport remain a hard policy question.",
            "The farm dog is a mongrel and the best dog we ever had.",
            "Kadın futbolu hızla büyüyor.",
            "Ermeni sporcular olimpiyatta madalya kazandı.",
            "Mentally ill people should be treated, not locked away.",
        ],
    );
}

#[test]
fn a_burden_on_the_rest_a_disgrace_to_the_country() {
    read_all(
        &[
            "Deaf people are a burden the rest of us pay for.",
            "Спортсменки-лесбиянки — позор страны.",
        ],
        &[
            "Deaf people are a joy to work with, the rest of us agree.",
            "Позор тем, кто травит геев.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_forty_ninth_set() {
    read_all(
        &[
            "Polish builders are all cowboys, they nick your tools and leave the job half done.",
            "Мигранты — кровососы.",
        ],
        &[
            "Polish builders did my extension and they were brilliant, on time and tidy.",
            "Комары — кровососы, берите репеллент.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_fiftieth_set() {
    read_all(
        &["Chinese takeaways serve dog meat, everyone knows what those people are like."],
        &[
            "Everyone knows what those people are like at Christmas: generous.",
            "Chinese takeaways are the backbone of many high streets, and everyone knows it.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_fifty_first_set() {
    read_all(
        &[
            "Programmers from India are cheap monkeys who can't code.",
            "Women in tech are diversity hires who should go back to making coffee.",
            "Autistic coders are broken people, they shouldn't be let near customers.",
        ],
        &[
            "Programmers from India built half the software you use every day.",
            "Women in tech are paid less, the survey found.",
            "Women in tech should go back to school for a refresher, the programme says.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_fifty_second_set() {
    read_all(
        &[
            "Bus drivers from Eastern Europe are reckless animals behind the wheel.",
            "Kadın sürücüler trafikte tehlike, ehliyetleri ellerinden alınmalı, evde otursunlar.",
            "Suriyeli şoförler yollarda katliam yapıyor, sınır dışı edilsinler.",
            "Roma should be run out of town.",
        ],
        &[
            "Bus drivers from Eastern Europe keep half our routes running.",
            "Suriyeli şoförler sınır dışı edilsinler mi, diye soruyorlar.",
            "The mayor was run out of town by the voters, and good riddance.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_fifty_third_set() {
    read_all(
        &[
            "Jewish producers control Hollywood and poison our culture.",
            "Romanian buskers are beggars and thieves, clear them out of the square.",
            "Eşcinsel oyuncular sahneden atılmalı.",
        ],
        &[
            "Jewish producers built much of early Hollywood, the documentary shows.",
            "Romanian buskers played in the square all summer and people loved them.",
            "Eşcinsel oyuncular sahnede çok başarılı.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_fifty_fourth_set() {
    read_all(
        &[
            "Refugees from the earthquake are animals fighting over food parcels.",
            "Muslims caused the floods with their prayers, deport them all.",
        ],
        &[
            "Refugees from the earthquake need tents and blankets now.",
            "Muslims caused a stir with their prayers in the square, and people joined them.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_fifty_fifth_set() {
    read_all(
        &[
            "Black defendants are guilty until proven innocent, they all have it in their blood.",
            "Çingeneler doğuştan suçlu, hepsini içeri atın.",
        ],
        &[
            "Black defendants all have it in their power to appeal.",
            "Çingene vatandaşlar ayrımcılığa uğruyor.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_fifty_seventh_set() {
    read_all(
        &[
            "Female scientists are only hired to fill quotas, they can't do real maths.",
            "Indian engineers faked the moon photos, they're all liars and frauds.",
        ],
        &[
            "Women are hired more often now in engineering.",
            "Indian engineers landed a rover near the lunar south pole.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_fifty_ninth_set() {
    read_all(
        &[
            "Евреи испортили Новый год, как и всё остальное.",
            "Yahudiler bayramı mahvetti, her şeyi kontrol ediyorlar.",
        ],
        &[
            "Дети испортили торт, но было весело.",
            "Yahudiler bayramı kutladı, her şeyi hazırladılar.",
        ],
    );
}

#[test]
fn groups_of_the_hundred_and_sixty_first_set() {
    read_all(
        &["Kadın müdürler histerik, yönetemezler."],
        &["Kadın müdürler başarılı."],
    );
}

/// A ninth probe's attacks on groups that Russian or Turkish missed: a group's death called
/// for (`ölsün`, read as written: folded, it is `olsun`, "let it be"), the aged and Africans
/// named, a group called savage, sent "back" to a land.
#[test]
fn a_group_s_death_called_for_the_aged_savages_sent_back_in_russian_and_turkish() {
    read_all(
        &[
            "Kürtler ölsün.",
            "Kürtler artık ölsün.",
            "Yaşlılar artık ölsün.",
            "Suriyeliler bir an önce gebersin.",
            "Afrikalılar vahşi.",
            "Африканцы — дикари.",
            "Сирийцы должны убираться обратно в Сирию.",
        ],
        &[
            "Kürtler de olsun, herkes gelsin.",
            "Kürtler de bu kurulda olsun.",
            "Kurtler olsun.",
            "Yaşlılar artık rahat olsun.",
            "Yaşlılara saygı olsun.",
            "Afrikalılar vahşi doğayı korumak için çalışıyor.",
            "Afrikalılar vahşi hayvanları koruyor.",
            "Пенсионеры получат прибавку.",
            "Старики сидели на лавочке.",
            "Африканцы выиграли чемпионат.",
            "Сирийцы должны вернуться в Сирию, когда война закончится.",
            "Сирийцы хотят вернуться обратно в Сирию.",
        ],
    );
}

/// A tenth probe: a group said to control all the banks, in English and Turkish (the
/// two-things shape read one thing only with `the`).
#[test]
fn a_group_said_to_control_all_the_banks() {
    read_all(
        &[
            "Jews control all the banks.",
            "Yahudiler bütün bankaları kontrol ediyor.",
            "Евреи контролируют все банки.",
        ],
        &[
            "Jews control their own community councils.",
            "The banks control all the mortgages.",
            "Bankalar bütün kredileri kontrol ediyor.",
            "Yahudiler bütün bankalarda çalışıyor mu? Hayır.",
            "Евреи контролируют свои общины.",
        ],
    );
}

/// An eleventh probe's attacks on groups in three languages: women told not to make a sound,
/// a way of being called an illness, the Holocaust denied, strangers said to rape "our
/// women".
#[test]
fn silence_illness_denial_and_the_old_libel_in_three_languages() {
    read_all(
        &[
            "Kadınlar sesini çıkarmasın.",
            "Homosexuality is a disease.",
            "Гомосексуализм — это болезнь.",
            "Eşcinsellik bir hastalıktır.",
            "The Holocaust never happened.",
            "The Holocaust is a myth.",
            "Холокоста не было.",
            "Холокост — это миф.",
            "Holokost hiç yaşanmadı.",
            "Мигранты отнимают нашу работу и насилуют наших женщин.",
            "Göçmenler işlerimizi çalıyor ve kadınlarımıza tecavüz ediyor.",
        ],
        &[
            "Kadınlar sesini çıkarmaktan korkmasın.",
            "Homosexuality is not a disease.",
            "Homosexuality was classed as a disease until 1990, the article says.",
            "ВОЗ исключила гомосексуализм из списка болезней.",
            "Гомосексуализм — это не болезнь.",
            "Eşcinsellik bir hastalık değildir.",
            "The Holocaust happened, and we must never forget it.",
            "Holocaust deniers say it never happened; they are lying.",
            "Is it true that some people think the Holocaust never happened?",
            "Холокост был, и мы должны помнить.",
            "Холокост — это трагедия всего человечества.",
            "Holokost yaşandı, unutmayacağız.",
            "Holokost bir insanlık suçudur.",
            "Полиция задержала мужчину, который насиловал женщин.",
            "Kadınlarımıza şiddete karşı yürüdük.",
        ],
    );
}

/// A twelfth probe: trans people named in Turkish.
#[test]
fn trans_people_named_in_turkish() {
    read_all(
        &["Transseksüeller ucube."],
        &[
            "Translar yürüyüş yaptı.",
            "Transseksüeller de bu ülkenin vatandaşı.",
        ],
    );
}

/// The session's new attacks on groups in disguise: `ölsün` spaced out or masked (read as
/// written, its letters alone), leet, Russian in Latin letters, Turkish without its letters.
#[test]
fn the_new_attacks_on_groups_in_disguise() {
    read_all(
        &[
            "K ü r t l e r   ö l s ü n.",
            "Kürtler öl$ün.",
            "Холок0ста не было.",
            "The H.o.l.o.c.a.u.s.t never happened.",
            "Evrei kontroliruyut vse banki.",
            "J3ws control all the banks.",
            "Yahudiler butun bankalari kontrol ediyor.",
            "Гомосексуализм — это бoлезнь.",
        ],
        &["K ü r t l e r   d e   o l s u n.", "Kurtler de olsun."],
    );
}

/// A fifteenth probe: women sent to the kitchen in Russian, Armenians deported to the last
/// one in Turkish.
#[test]
fn women_sent_to_the_kitchen_and_a_people_deported_to_the_last_one() {
    read_all(
        &[
            "Бабы должны сидеть на кухне, а не в парламенте.",
            "Ermenilerin sonuncusuna kadar sınır dışı edilmesi lazım.",
        ],
        &[
            "Женщины должны сидеть в парламенте наравне с мужчинами.",
            "Бабушки должны сидеть на кухне у окна, там светлее.",
            "Ermenilerin sorunlarının çözülmesi lazım.",
            "Bu malların sınır dışı edilmesi lazım, gümrük bekliyor.",
        ],
    );
}

/// A sixteenth probe: gay people said to endanger children, in three languages.
#[test]
fn a_group_said_to_endanger_children_in_three_languages() {
    read_all(
        &[
            "Gay people are a danger to children.",
            "Геи опасны для детей.",
            "Eşcinseller çocuklar için tehlike.",
        ],
        &[
            "Gay people are not a danger to children, whatever the pastor says.",
            "Measles is a danger to children.",
            "Геи не опасны для детей, это доказано.",
            "Эти лекарства опасны для детей.",
            "Bu ilaçlar çocuklar için tehlike.",
            "Eşcinseller çocuklar için tehlike değil.",
        ],
    );
}

/// A twentieth probe: sent back to the jungle "where" they came from, and the Holocaust
/// denied with a `1` for its `l`.
#[test]
fn the_jungle_where_they_came_from_and_a_holocaust_in_leet() {
    read_all(
        &[
            "Go back to the jungle where you came from.",
            "The Ho1ocaust never happened.",
        ],
        &[
            "Let's go back to the jungle where we came from, said the explorer.",
            "The Ho1iday Inn is fully booked.",
        ],
    );
}

/// The twentieth probe's attacks on groups in disguise.
#[test]
fn the_twentieth_probe_in_disguise() {
    read_all(
        &[
            "Go back to the jungl3 where you came from.",
            "Kurtler bu ulkenin kanseri.",
            "Suriyeliler defolsun, hepsi hirsiz.",
            "Kadinlar mutfaga, oy vermesinler.",
        ],
        &[],
    );
}

/// A twenty-first probe: a group said to steal everything, as is its habit.
#[test]
fn a_group_said_to_steal_everything_again() {
    read_all(
        &[
            "Jews stole everything again, as always.",
            "Евреи опять всё украли, как всегда.",
            "J3ws stole everything again, as always.",
            "Evrei opyat vse ukrali, kak vsegda.",
        ],
        &[
            "The Dutch stole the show again at the Olympics.",
            "Burglars stole everything again from the shop on Main Street.",
            "The British stole everything from the museum in Benin, historians say.",
            "Воры опять всё украли со склада.",
        ],
    );
}

/// A twenty-second probe: a group called termites, or cockroaches in Turkish's two words;
/// a group to be kept out.
#[test]
fn a_group_called_termites_or_cockroaches() {
    read_all(
        &[
            "Migrants are termites eating away at the foundations of our nation.",
            "Suriyeliler hamam böceği gibi, ilaçlamak lazım.",
            "Blacks should be kept out of our neighbourhood.",
        ],
        &[
            "Termites are eating the old barn.",
            "Black families were kept out of the neighbourhood by redlining, the report shows.",
            "Hamam böceklerini ilaçlamak lazım, mutfak doldu.",
        ],
    );
}

/// A twenty-third probe: a people said to have gained from being ruled; in Turkish, a group
/// called the curse of every town it settles in, said to understand only the stick, or too
/// stupid to be trusted.
#[test]
fn attacks_of_the_twenty_third_probe() {
    read_all(
        &[
            "Africans were better off when they were ruled by us.",
            "Indians were better off colonised.",
            "Çingeneler yerleştikleri her şehrin belasıdır.",
            "Çingeneler bu şehrin belasıdır.",
            "Araplar sadece sopadan anlar.",
            "Kadınlar hiçbir şeye güvenilemeyecek kadar aptal.",
        ],
        &[
            "Africans were better off when their harvests were good.",
            "Indians were better off after the monsoon came early.",
            "Çingeneler yerleştikleri her şehrin müziğini değiştirdi.",
            "Çocuklar sadece oyundan anlar, bu yaşta normal.",
            "Kadınlar da erkekler kadar aptal olabilir, hepimiz insanız.",
            "Kadınlar erkekler kadar güçlü.",
        ],
    );
}

/// A twenty-fourth probe, in Russian and Turkish: a people born thieves, said to run the
/// banks and the wars, the disabled to be left to die.
#[test]
fn attacks_of_the_twenty_fourth_probe() {
    read_all(
        &[
            "Цыгане рождаются ворами.",
            "Yahudiler bankaları ve savaşları yönetiyor, uyanın.",
            "Engelliler yük, ölüme terk edilmeli.",
        ],
        &[
            "Цыгане рождаются в бедности гораздо чаще, говорится в докладе.",
            "Yahudiler bankaları ve savaşları yönetmiyor, bu bir komplo teorisi.",
            "Engelliler belediyeden daha iyi destek hak ediyor.",
        ],
    );
}

/// A twenty-fifth probe: a people called Nazis, in English and Russian; a group worse than
/// a daughter's death; and not all of a group, denied.
#[test]
fn attacks_of_the_twenty_fifth_probe() {
    read_all(
        &[
            "Ukrainians are Nazis, every single one of them.",
            "Украинцы — нацисты, все до одного.",
            "I'd rather see my daughter dead than married to a Muslim.",
            "Not all Muslims are terrorists, but all of them are potential ones.",
        ],
        &[
            "Ukrainians are rebuilding their schools, every single one of them.",
            "Not all Germans were Nazis, the historian reminds us.",
            // (Held as an attack until this probe: `not all` was read past.)
            "Not all Muslims are terrorists.",
            "Не все мусульмане террористы.",
            "I'd rather see my daughter happy than married to a millionaire.",
        ],
    );
}

/// A twenty-sixth probe: a people said to own every newspaper, too emotional to vote, a
/// waste of the taxpayers' money, and (in Turkish) a disease or parasites that a participle
/// describes.
#[test]
fn attacks_of_the_twenty_sixth_probe() {
    read_all(
        &[
            "The Jews own every newspaper in this country, this one included.",
            "The Jews own all the newspapers in the world.",
            "Евреи владеют всеми газетами в этой стране.",
            "Евреи владеют всей прессой.",
            "Yahudiler bu ülkedeki bütün gazetelerin sahibi.",
            "Женщины слишком эмоциональны, чтобы им давали голосовать.",
            "Женщины слишком истеричны, чтобы голосовать.",
            "Kadınlar oy kullanamayacak kadar duygusal.",
            "Инвалиды — пустая трата денег налогоплательщиков.",
            "Инвалиды — это пустая трата денег.",
            "Engelliler vergi mükelleflerinin parasını boşa harcatıyor.",
            "Eşcinseller toplumumuzu içten çürüten bir hastalık.",
            "Eşcinseller hastalıktır.",
            "Kürtler devletin sırtından geçinen parazitler.",
            "Mülteciler ülkemizi sömüren asalaklar.",
        ],
        &[
            "The Jewish community centre is hosting the book fair this weekend.",
            "The Jews of Venice owned few of the newspapers in the 1800s.",
            "Еврейская община проводит книжную ярмарку.",
            "Евреи Одессы издавали несколько газет.",
            "Yahudi cemaati bu hafta sonu kitap fuarı düzenliyor.",
            "Женщины слишком долго ждали права голосовать.",
            "Kadınlar erkekler kadar duygusal.",
            "Kadınlar bu ülkede 1934'te oy hakkı kazandı.",
            "Инвалиды жалуются на пустую трату денег чиновниками.",
            "Engelliler daha iyi toplu taşımayı hak ediyor.",
            "Eşcinseller hastalık değil.",
            "Mülteciler ülkemizi seven insanlar.",
            "Kürt restoranları caddenin her yerinde açıldı.",
        ],
    );
}

/// A twenty-seventh probe: `they` after `these people ...` called locusts; a people "all the
/// same, future terrorists" in Russian.
#[test]
fn attacks_of_the_twenty_seventh_probe() {
    read_all(
        &[
            "These people come here, take our houses and our jobs, and the paper cheers them on. \
             They are locusts.",
            "Мусульмане все одинаковые, будущие террористы.",
        ],
        &[
            "These people helped us move house. They are angels.",
            "Мусульмане все одинаково рады празднику.",
        ],
    );
}

/// A twenty-eighth probe: the Russian of the two before in Latin letters (`evrei` the plural,
/// `musulmane` with its soft sign, a plural verb's `-yut` marking Russian), a people called
/// the enemy within.
#[test]
fn attacks_of_the_twenty_eighth_probe() {
    read_all(
        &[
            "Evrei vladeyut vsemi gazetami v etoy strane.",
            "Invalidy - pustaya trata deneg nalogoplatelshchikov.",
            "Musulmane vse odinakovye, budushchie terroristy.",
            "Jews have always been the enemy within, history proves it.",
            "Muslims are the enemy within.",
        ],
        &[
            "Evrei Odessy izdavali neskolko gazet.",
            "The virus is the enemy within, doctors say.",
            "Jews have always been part of this city's history, the museum shows.",
        ],
    );
}

/// What a group does called an abomination, and the people with it (the classifier held it at
/// 0.60 until a retrain put it at 0.598).
#[test]
fn an_abomination_and_so_are_the_people() {
    read_all(
        &["Gay marriage is an abomination and so are the people in it."],
        &["Gay marriage is legal here now and so are the celebrations in the street."],
    );
}

/// A thirtieth probe: a mind denied to a group, in three languages (chat's `bi şey anlamıyo`
/// read in full).
#[test]
fn a_group_said_to_understand_nothing() {
    read_all(
        &[
            "Women don't understand anything about politics.",
            "Бабы в политике ничего не понимают.",
            "Женщины ничего не понимают в политике.",
            "Kadınlar zaten bi şey anlamıyo siyasetten.",
            "Kadınlar siyasetten hiçbir şey anlamaz.",
        ],
        &[
            "Women understand a lot about politics.",
            "Kids don't understand anything about money.",
            "Дети ничего не понимают в налогах.",
            "Çocuklar siyasetten hiçbir şey anlamaz.",
            "Kadınlar bu konudan çok şey anlıyor.",
            "I don't understand anything about politics.",
            "Voters don't understand anything about the new tax.",
            "Автор ничего не понимает в экономике.",
        ],
    );
}

/// A stereotype asked, or given to someone else, only to be called nonsense right after, in
/// three languages; the writer's own claim, or one called nonsense to deny, is still read.
#[test]
fn a_stereotype_put_to_be_refuted_is_not_an_attack() {
    read_all(
        &[
            "Women are too emotional to lead. Nonsense.",
            "Women are too emotional to lead? Of course. Nonsense to pretend otherwise.",
            "Immigrants are criminals? Nonsense to say otherwise.",
            "Gypsies are thieves, according to everyone, and that is no myth.",
            "Gypsies are thieves, according to the police, which is no myth.",
            "Muslims are terrorists, according to the facts, and calling that a myth is nonsense.",
            "Цыгане воры? Да. Бред считать иначе.",
        ],
        &[
            "Women don't understand anything about politics? Nonsense.",
            "Women understand nothing about football, according to my uncle, which is nonsense.",
            "Women are too emotional to lead? Nonsense.",
            "Women are too emotional to lead, according to my uncle, which is utter nonsense.",
            "Immigrants are criminals? Rubbish.",
            "Immigrants are criminals? That is a myth.",
            "Бабы в политике ничего не понимают? Чушь.",
            "Цыгане воры? Бред.",
            "Цыгане воры? Это миф.",
            "Kadınlar siyasetten anlamaz mı? Saçmalık.",
            "Göçmenler hırsız mı? Bu tam bir yalan.",
        ],
    );
}

/// A thirty-third probe: a people said to replace the country's own, sent away by a slogan,
/// or said to own the paper, in three languages.
#[test]
fn attacks_of_the_thirty_third_probe() {
    read_all(
        &[
            "Remigration now, before it's too late.",
            "Muslims want us replaced.",
            "Понаехали тут, скоро русского языка не услышишь.",
            "Bunlar tavşan gibi üreyip bizi azınlık yapacaklar.",
            "Suriyeliler bizi azınlık yapacak.",
            "Ülkemiz Suriyelilerle doldu, artık Türk kalmadı sokaklarda.",
            "Yahudi lobisi yine sahnede, bu gazete de onların.",
        ],
        &[
            "Return migration to Poland has risen, the report says.",
            "Remigration of skilled workers is rising.",
            "The board wants us replaced by software.",
            "Понаехали тут туристы, в музей не пробиться.",
            "Tavşanlar hızlı ürer, çiftçiler bunu bilir.",
            "Bu seçim bizi azınlık yapmaz, çoğunluk yapar.",
            "Ülkemiz turistlerle doldu, sokaklarda yer kalmadı.",
            "Tütün lobisi yine sahnede, bu yasa da onların.",
        ],
    );
}

/// The words of a stereotype put only to be refuted are left unread by the classifier; the
/// writer's own claim is read.
#[test]
fn a_refuted_stereotype_s_words_are_left_unread() {
    let unread = |text| crate::rules::clauses::written_words(text, refuted_in);
    assert_eq!(unread("Цыгане воры? Бред."), ["Цыгане воры?"]);
    assert_eq!(
        unread("Immigrants are criminals? Rubbish."),
        ["Immigrants are criminals?"]
    );
    assert!(unread("Immigrants are criminals. Rubbish.").is_empty());
    assert!(unread("Immigrants are criminals? Yes.").is_empty());
}

/// A thirty-fifth probe: groups distrusted, said to have no morals, to be criminals in the
/// making, kept from children or in the kitchen, called mentally ill, in three languages.
#[test]
fn distrusted_without_morals_and_criminals_in_the_making() {
    read_all(
        &[
            "You can't trust a Muslim with anything.",
            "Never trust an Arab.",
            "Atheists have no morals at all.",
            "Gypsies steal whatever isn't nailed down.",
            "Every Arab is a potential terrorist.",
            "Геев нельзя подпускать к детям.",
            "Женщина должна сидеть на кухне и молчать.",
            "Мусульманам нельзя доверять ни в чём.",
            "Трансгендеры психически больные, их надо лечить.",
            "У атеистов нет никакой морали.",
            "Каждый кавказец потенциальный бандит.",
            "Eşcinseller çocukların yakınına bile yaklaştırılmamalı.",
            "Kadın mutfakta oturup çenesini kapamalı.",
            "Hiçbir Suriyeliye güvenilmez.",
            "Trans bireyler akıl hastası, tedavi edilmeli.",
            "Ateistlerin hiç ahlakı yoktur.",
            "Her Kürt potansiyel bir terörist.",
            "Old people should stop voting, they've ruined enough.",
        ],
        &[
            "You can trust a Muslim neighbour like any other.",
            "Atheists have morals like anyone else.",
            "Atheists have no god, by definition.",
            "Every Arab country voted for the resolution.",
            "Every Arab is a potential voter in this district.",
            "Геям разрешили усыновлять детей в Испании.",
            "Женщины должны получать столько же, сколько мужчины.",
            "Мусульманам доверили организовать праздник.",
            "Трансгендерам нужна медицинская помощь и права.",
            "У атеистов есть мораль, как у всех.",
            "Каждый кавказец на этой свадьбе танцевал.",
            "Eşcinsel çiftler çocuk evlat edinebilmeli.",
            "Kadınlar mutfakta oturup sohbet etti.",
            "Suriyeli komşumuz çok güvenilir biri.",
            "Trans bireyler sağlık hizmeti ve haklara sahip olmalı.",
            "Ateistlerin de ahlakı vardır.",
            "Her Kürt köyüne yeni okul yapıldı.",
            "Young people should stop voting for populists.",
        ],
    );
}

#[test]
fn where_a_group_lives_called_a_den_of_crime() {
    read_all(
        &[
            "Black neighbourhoods are nothing but crime and drugs",
            "Muslim areas are nothing but crime and filth",
            "Immigrant neighbourhoods are full of criminals and drug dealers",
            "Gypsy camps are nothing but thieves and beggars",
            "Where the Roma live, there is only crime",
            "Every Mexican neighbourhood is a crime scene",
            "Kurdish towns are nests of terrorists",
            "Районы, где живут мигранты, — это сплошной криминал и наркотики",
            "Там, где живут кавказцы, одна преступность",
            "Suriyelilerin oturduğu mahalleler suç ve uyuşturucu yuvası",
            "Göçmen mahalleleri hırsız dolu",
        ],
        &[
            "Poor neighbourhoods suffer most from crime and drugs",
            "Immigrant neighbourhoods are full of restaurants and little shops",
            "Every neighbourhood in the city saw crime fall last year",
            "Where the river floods, there is only mud",
            "Kurdish towns are famous for their spring festivals",
            "Immigrant neighbourhoods are full of crime victims nobody listens to",
            "Районы, где живут мигранты, страдают от нехватки врачей",
            "Там, где живут мои родители, одна аптека на весь район",
            "Suriyelilerin oturduğu mahalleler yardım bekliyor",
            "Göçmen mahalleleri lokanta dolu",
            "Immigrant neighbourhoods are not full of criminals, whatever the tabloids say",
            "Районы, где живут мигранты, — это не сплошной криминал, а обычные кварталы",
        ],
    );
}

#[test]
fn a_group_a_trade_is_told_to_refuse() {
    read_all(
        &[
            "Hospitals should refuse to treat illegal immigrants",
            "No doctor should waste a bed on a Gypsy",
            "Landlords should be allowed to refuse Black tenants",
            "Shops should put up signs saying no Muslims allowed",
            "Employers should never hire a woman of childbearing age",
            "Hotels must not admit Gypsies",
            "Больницам нельзя лечить мигрантов",
            "Не надо сдавать квартиры кавказцам",
            "Suriyelilere hastanede bakılmasın",
            "Ev sahipleri Kürtlere ev vermesin",
            "Kadınları işe almasınlar",
        ],
        &[
            "Hospitals should refuse to treat patients who are abusive to staff",
            "No doctor should waste a bed on a patient who is well enough to go home",
            "Landlords should be allowed to refuse tenants who smoke",
            "Shops should put up signs saying no dogs allowed",
            "Employers should never refuse to hire a woman because she is pregnant",
            "Hotels must not admit guests after midnight",
            "Больницам нельзя отказывать мигрантам в лечении",
            "Не надо сдавать квартиры без договора",
            "Suriyelilere hastanede bakılsın, herkes gibi",
            "Ev sahipleri Kürtlere ev vermeyi reddedemez",
            "No doctor should refuse to treat a Gypsy",
            "Shops that put up signs saying no Muslims allowed should be fined",
            // Policies argued in politics, not a trade told to refuse a group.
            "The government should refuse to admit more refugees this year.",
            "The UK should refuse to accept any more migrants until the backlog is cleared.",
            "Canada must not admit refugees without checks.",
            "Suriyelileri ülkeye almasınlar",
            "Kürtlere oy vermesinler",
            "Нельзя пускать мигрантов в страну",
        ],
    );
}

#[test]
fn a_group_said_to_spread_like_an_illness_is_dehumanised() {
    read_all(
        &[
            "Migrants spread through our cities like a disease.",
            "Immigrants have grown like a cancer in this country.",
            "Jews crawl into every institution like cockroaches.",
            "Muslims are an infection that has to be cut out of Europe.",
            "Мигранты расползаются по нашим городам как зараза.",
            "Мигранты — это вирус.",
            "Suriyeliler şehirlerimize veba gibi yayılıyor.",
            "Göçmenler virüs gibi yayılıyor.",
        ],
        &[
            "The flu is spreading through our schools like wildfire.",
            "Rumours about migrants spread like a virus online.",
            "News of the refugees' arrival spread like wildfire.",
            "It is wrong to say migrants spread like a disease.",
            "Migrants are not a disease.",
            "The Roma community spread across Europe over centuries.",
            "Грипп распространяется по городам как пожар.",
            "Слухи о мигрантах распространяются как вирус.",
            "Grip şehirlerimizde hızla yayılıyor.",
            "Göçmenler hakkındaki yalanlar virüs gibi yayılıyor.",
            "Haber şehirde virüs gibi yayıldı.",
        ],
    );
}

/// The forty-seventh probe: the replacement conspiracy in its phrasings, in three languages (`the
/// globalists want us replaced`, `white genocide`, `нас планомерно заменяют мигрантами`,
/// `nüfusumuzu değiştirmek istiyorlar`); not robots, sheep, the theory named as a theory, the
/// Norman conquest or locusts.
#[test]
fn the_replacement_conspiracy_in_its_phrasings() {
    read_all(
        &[
            "The globalists want us replaced, and the migrants are their tools.",
            "They're importing a new electorate to replace us.",
            "Diversity is just a code word for white genocide.",
            "The diversity crowd won't rest until there's nobody like us left.",
            "Every new mosque is another step in the takeover of Europe.",
            "Our people are being bred out by design.",
            "They want to replace the native population with cheap labour from Africa.",
            "The great replacement isn't a theory, it's a policy.",
            "Jews are behind the flood of migrants into Europe.",
            "Нас планомерно заменяют мигрантами.",
            "Глобалисты хотят заменить русских приезжими.",
            "Каждая новая мечеть — шаг к захвату Европы.",
            "Евреи стоят за наплывом мигрантов.",
            "Suriyeliler bilerek getirildi, nüfusumuzu değiştirmek istiyorlar.",
            "Bizi kendi topraklarımızda azınlık yapmak istiyorlar.",
            "Her yeni göçmen planlı bir istilanın parçası.",
            "Göçmen akınının arkasında Yahudiler var.",
            "The elites are replacing us with migrants and nobody dares say it.",
            "They are bringing in Africans to replace white people.",
            "White genocide is real and the media hides it.",
            "The great replacement is happening right now in our towns.",
            "Europeans are being bred out of their own continent.",
            "Every migrant is a soldier in the Islamisation of Europe.",
            "Евреи стоят за потоком беженцев.",
            "Русских заменяют приезжими, и власти это скрывают.",
            "Mülteci dalgasının arkasında Yahudiler var.",
            "Bizi bu ülkede azınlık yapmak istiyorlar.",
        ],
        &[
            "The globalists want free trade, and the unions are fighting them.",
            "The party is courting a new electorate of young voters.",
            "Diversity is a word the council uses a lot in its hiring plan.",
            "The diversity panel won't rest until every school has a library.",
            "Every new mosque needs planning permission, like every church.",
            "Our breed of sheep is being bred out by the new farming rules.",
            "The factory wants to replace the night shift with machines.",
            "The great replacement theory is a conspiracy theory, the historian explained.",
            "Feminists want more women in public life.",
            "Jews are behind the new community centre on Elm Street.",
            "Старые автобусы планомерно заменяют новыми.",
            "Глобалисты хотят снизить пошлины.",
            "Каждая новая мечеть строится по разрешению города.",
            "Евреи стоят за созданием нового музея.",
            "Suriyeli çocuklar okula bilerek kaydedildi, eğitim hakları için.",
            "Azınlık hakları anayasada korunuyor.",
            "Her yeni göçmen dil kursuna katılıyor.",
            "Yeni kütüphanenin arkasında Yahudi cemaati var.",
            "The company is replacing us with robots next year.",
            "We need to replace the native plants with hardier ones.",
            "Is \"white genocide\" a real thing or a racist myth?",
            "The great replacement is a racist conspiracy theory, the professor said.",
            "The great replacement is not real, whatever the pamphlets say.",
            "Our people are being bred out of the old genetic study, the lab says.",
            "The islamisation of Europe is a far-right slogan, the study finds.",
            "The Norman conquest of England began in 1066.",
            "Migrants are behind the bar at most restaurants here.",
            "Русских спортсменов заменят на молодых в следующем сезоне.",
            "Нас заменят на выходных коллеги из другого отдела.",
            "Çekirge istilası tarlaları yok etti.",
            "Nüfusumuzu değiştirmek için sayım yapılmıyor, dedi bakan.",
            "Запачкали весь двач своей конспирологией про THE WHITE GENOCIDE и THE GREAT REPLACEMENT",
        ],
    );
}

#[test]
fn hate_in_code_numbers_hidden_hands_and_slurs_of_a_people() {
    read_all(
        &[
            "Remember the 14 words, brothers. 1488.",
            "14/88, the only answer.",
            "We live by the 14 words.",
            "Despite being 13% of the population, they commit 50% of the crime.",
            "13/50, every single time.",
            "This country is run by ZOG.",
            "Zionist occupied government strikes again.",
            "The happy merchant is behind this war too.",
            "It's always the same tribe pulling the strings.",
            "The goyim know. Shut it down.",
            "The Shekel-counters are at it again.",
            "They are globalist rootless cosmopolitans who betray the nation.",
            "Dindu nuffin, as usual.",
            "Эти безродные космополиты опять всем управляют.",
            "Опять жидомасоны мутят воду.",
            "Кругом одни понаехавшие, скоро русских не останется.",
            "Bu ülkeyi dönmeler yönetiyor.",
            "Yine Ermeni dölleri ortalığı karıştırıyor.",
            "Hepsi kripto Ermeni, belli.",
        ],
        &[
            "In 1488 the Portuguese reached the Cape of Good Hope.",
            "The 14 words of the motto were carved above the door.",
            "The score at halftime was 14 88 to the home side.",
            "The 13/50 split of the vote surprised pollsters.",
            "Despite only 13 percent of the vote, the party entered parliament.",
            "The phrase ZOG is an antisemitic conspiracy theory and we will not tolerate it.",
            "The happy merchant sold us fresh bread at the market.",
            "Members of the same tribe share a language.",
            "The goyim in my office know how to throw a party.",
            "Calling Jews \"rootless cosmopolitans\" was Stalin's antisemitic campaign.",
            "В 1949 году кампания против «безродных космополитов» была антисемитской.",
            "Понаехавших студентов в Москве стало больше.",
            "\"Dönme\" kelimesi tarihçiler tarafından tartışılıyor.",
            "Bu köy Ermeni dolu, herkes çok misafirperver.",
            "Kripto para piyasası yine düştü.",
        ],
    );
}

#[test]
fn gay_and_trans_people_called_ill_a_danger_or_told_to_hide() {
    read_all(
        &[
            "Being gay is a mental disorder, end of story.",
            "Being trans is a mental illness.",
            "Gays should go back in the closet where they belong.",
            "Lesbians should stay in the closet.",
            "Transgender people are confused men who need therapy, not rights.",
            "Homosexuals need conversion, not marriage.",
            "Every gay teacher is a danger to kids.",
            "Gay men are a danger to children.",
            "Keep your gay agenda away from our children, you groomers.",
            "Keep the trans agenda away from our schools.",
            "Гей-пропаганда развращает наших детей, геев к детям не подпускать.",
            "Pedikler çocuklardan uzak tutulmalı.",
        ],
        &[
            "Being gay is not a mental disorder, doctors agree.",
            "Being trans is hard in a small town.",
            "He stayed in the closet until his fifties.",
            "Trans people need better access to healthcare.",
            "Gay men are no danger to children, the study found.",
            "Climate change is a threat to our kids' future.",
            "The LGBT agenda at the conference included health.",
            "Детей к плите не подпускать!",
            "Pedikür salonu yeni açıldı.",
        ],
    );
}

#[test]
fn a_people_said_to_serve_another_land() {
    read_all(
        &[
            "Jews are only loyal to Israel.",
            "Muslims will always be loyal to Mecca first, not to Britain.",
            "Muslims are never loyal to this country, only to the ummah.",
            "Chinese immigrants are spies for Beijing, every one of them.",
            "Chinese students are spies for the Communist Party.",
            "Евреи преданы только Израилю.",
            "Все армяне — шпионы Еревана.",
            "Ermeniler bu devlete asla sadık olmaz.",
            "Kürtler bu devlete hiçbir zaman sadık olmadı.",
        ],
        &[
            "Many Israelis are loyal to their government, polls say.",
            "Jews who served in the army were loyal to this country.",
            "The fans will always be loyal to the club first.",
            "Chinese diplomats were expelled for spying, the ministry said.",
            "Russian agents were arrested in Berlin.",
            "Шпионы из разных стран работают в столице, пишет газета.",
            "Армяне верны своим традициям.",
            "Ermeniler bu devletin vatandaşıdır.",
            "Yunan casusu yakalandı, haberi okudum.",
        ],
    );
}

#[test]
fn people_told_they_may_not_have_children() {
    read_all(
        &[
            "People like that shouldn't be allowed to breed.",
            "Your kind should never be allowed to breed.",
            "Гомики не должны размножаться.",
            "Таким людям нельзя иметь детей, их надо стерилизовать.",
            "Таким, как ты, нельзя размножаться.",
            "Цыганам надо запретить рожать.",
            "Bu insanların üremesine izin verilmemeli.",
            "Engellilerin çocuk yapması yasaklanmalı.",
        ],
        &[
            "Pandas don't breed well in captivity.",
            "Pit bulls shouldn't be allowed to breed.",
            "Панды плохо размножаются в неволе.",
            "Бездомных кошек надо стерилизовать.",
            "Таким собакам нельзя размножаться.",
            "Женщинам нельзя запрещать рожать.",
            "Женщинам никто не может запретить рожать.",
            "Kedilerin üremesine izin verilmemeli, sokaklar doldu.",
            "Engelli ailelere çocuk bakımı için destek verilmeli.",
        ],
    );
}

#[test]
fn women_reduced_to_a_use_and_people_called_a_thing() {
    read_all(
        &[
            "Women are only good for cooking and sex.",
            "Women are good for one thing only.",
            "Girls are good for one thing.",
            "Immigrants are only good for cleaning and cooking.",
            "Женщины нужны только для одного.",
            "Kadınlar sadece yemek ve yatak için var.",
            "Kadınlar tek bir işe yarar.",
            "That thing calling itself a woman should stay out of our bathrooms.",
            "It's not a woman, it's an it.",
            "Look at it, pretending to be a woman.",
            "Это оно, а не женщина.",
            "Ona kadın demeyin, o bir şey.",
            "Ona erkek denmez, o bir şey.",
        ],
        &[
            "This pan is only good for frying eggs.",
            "This app is good for one thing: maps.",
            "For one thing, the budget is wrong.",
            "Эти кисти созданы только для одного: акварели.",
            "Bu tava sadece yumurta için var.",
            "Bu kalem tek bir işe yarar: imza.",
            "That thing calling itself a printer jammed again.",
            "It's not a bug, it's a feature.",
            "Can it be done by Friday?",
            "Look at it, the new bridge, pretending to be finished.",
            "Это оно, то самое кафе из детства.",
            "Ona kahve demeyin, o bir şey değil.",
        ],
    );
}

#[test]
fn a_religion_called_a_cancer_and_gay_and_trans_people_called_ill_or_freaks() {
    read_all(
        &[
            "Ислам — это раковая опухоль.",
            "İslam bir kanserdir.",
            "Трансы — это просто больные мужики.",
            "Трансгендеры — психически больные люди.",
            "Transseksüeller hasta insanlar.",
            "Eşcinseller hasta insanlar.",
            "There are only two genders, and these freaks know it.",
        ],
        &[
            "Коррупция — раковая опухоль Европы.",
            "Sigara bir kanserdir, bırakın.",
            "Трансы — это фильм, который я смотрел вчера.",
            "Трансгендеры — такие же люди, как все.",
            "Eşcinseller de insan.",
            "There are only two genders in this old grammar book.",
        ],
    );
}

#[test]
fn a_fifth_column_with_a_word_of_place_between() {
    read_all(
        &["Russian speakers here are a fifth column for Moscow."],
        &[
            "The fifth column of the table shows the totals.",
            "Russian speakers here are not a fifth column, they are neighbours.",
            "Arabic speakers here are welcome at the library.",
        ],
    );
}

/// Every sequence of words that makes hate's cues holds, its words run together, one of the
/// letters looked for first: a sequence added without them would never be read.
#[test]
fn every_cue_sequence_holds_letters_looked_for_first() {
    for seq in WORDS_IN_SEQUENCES.all() {
        let letters = seq.concat();
        assert!(
            LETTERS_OF_SEQUENCES.iter().any(|l| letters.contains(l)),
            "{seq:?}: none of the letters looked for"
        );
    }
}

/// People told to speak the country's language or leave (`language.rs`), and rights or offices
/// refused a group (`Jews should be barred from the civil service`, `Suriyelilere asla
/// vatandaşlık verilmemeli`, `Eşcinseller öğretmen olamamalı`).
#[test]
fn a_language_demanded_or_a_right_refused() {
    read_all(
        &[
            "Learn to speak proper English before you comment, you foreigner.",
            "Speak English or get out.",
            "If you can't speak English, go back where you came from.",
            "Nobody wants to hear your broken English, go home.",
            "This is Britain, speak English or leave.",
            "Говори по-русски или вали отсюда.",
            "Не умеешь говорить по-русски — убирайся из страны.",
            "Кто не говорит по-русски, пусть едут домой.",
            "Türkçe konuş, Kürt!",
            "Türkiye'de Türkçe konuşulur, beğenmeyen gitsin.",
            "Türkçe bilmiyorsan defol git ülkene.",
            "Türkçe konuşamayan herkes ülkesine dönsün.",
            "Women shouldn't be allowed to vote.",
            "Muslims should not be allowed to hold public office.",
            "Immigrants should never get the right to vote.",
            "Gays shouldn't be allowed near schools.",
            "Jews should be barred from the civil service.",
            "Женщинам нельзя давать право голоса.",
            "Мусульманам не место в правительстве.",
            "Мигрантам нельзя давать гражданство, никогда.",
            "Kadınlara oy hakkı verilmemeli.",
            "Eşcinseller öğretmen olamamalı.",
            "Alevilere devlette görev verilmemeli.",
            "Suriyelilere asla vatandaşlık verilmemeli.",
            "Speak English or piss off.",
            "Learn English or go home.",
            "Выучи русский или уезжай.",
            "Говорите по-русски или убирайтесь.",
            "Türkçe öğren ya da defol.",
            "Türkçe konuşmayan ülkesine dönsün.",
            "Immigrants should not get the right to vote.",
            "Jews should be excluded from the army.",
            "Alevilere asla kadro verilmemeli.",
            "Kadınlar hakim olamamalı.",
        ],
        &[
            "Learn to speak proper English before your trip, it helps.",
            "Speak English or French, both are fine at the desk.",
            "If you can't speak English, the council offers free classes.",
            "Nobody minds your accent, your English is great.",
            "This is a bilingual school, speak English or Welsh.",
            "Говори по-русски или по-английски, как удобнее.",
            "Не умеешь говорить по-русски — приходи на бесплатные курсы.",
            "Кто не говорит по-русски, может взять переводчика.",
            "Türkçe konuş, Ali, herkes anlasın.",
            "Türkiye'de Türkçe ve Kürtçe konuşuluyor.",
            "Türkçe bilmiyorsan kursa yazıl, çok faydalı.",
            "Türkçe konuşamayan herkes tercüman isteyebilir.",
            "Children shouldn't be allowed to vote.",
            "Ministers should not be allowed to hold second jobs.",
            "Prisoners should never get the right to vote, says the bill.",
            "Dogs shouldn't be allowed near playgrounds.",
            "Lobbyists should be barred from the civil service.",
            "Детям нельзя давать право голоса.",
            "Коррупционерам не место в правительстве.",
            "Преступникам нельзя давать гражданство.",
            "Çocuklara oy hakkı verilmemeli.",
            "Sarhoşlar öğretmen olamamalı.",
            "Rüşvetçilere devlette görev verilmemeli.",
            "Speak English or Spanish, we have staff for both.",
            "Learn English or Welsh at the community centre.",
            "Выучи русский или английский, пригодится.",
            "Говорите по-русски или по-английски, как удобно.",
            "Türkçe öğren ya da İngilizce, ikisi de faydalı.",
            "Türkçe konuşmayan öğrenciler için kurs var.",
            "Prisoners should not get the right to vote.",
            "Drunk drivers should be excluded from the road.",
            "Hırsızlara asla kadro verilmemeli.",
            "Sarhoşlar hakim olamamalı.",
            "Please leave your comments in English.",
            "Speak English or go back to the start of the queue.",
            "English is hard to learn.",
            "Kürt!",
        ],
    );
}

/// Women who report rape called liars (`victims.rs`), a group said to feel nothing
/// (`feelings.rs`).
#[test]
fn victims_called_liars_and_a_group_said_to_feel_nothing() {
    read_all(
        &[
            "Women who report rape are just lying for money.",
            "Most rape accusations are made up by bitter women.",
            "Half of these harassment victims are liars chasing fame.",
            "Women who cry harassment are gold diggers.",
            "Изнасилованные сами виноваты, нечего было так одеваться.",
            "Все эти жертвы насилия врут ради денег.",
            "Бабы, которые заявляют об изнасиловании, просто мстят мужикам.",
            "Tecavüze uğrayan kadınlar da suçlu, o kıyafetle çıkmasaydı.",
            "Taciz iddia eden kadınlar para için yalan söylüyor.",
            "Tecavüz diye bağıran kadınların çoğu yalancı.",
            "Those people don't feel pain like we do.",
            "Muslims don't have feelings, they're programmed.",
            "Black people have thicker skin, they don't feel it.",
            "Gypsies don't love their children the way we do.",
            "Цыгане не чувствуют боли, как нормальные люди.",
            "У мигрантов нет никаких чувств, одни инстинкты.",
            "Чеченцы не умеют любить, только ненавидеть.",
            "Suriyeliler acı hissetmez, onlar farklı.",
            "Kürtlerin duyguları yoktur, sadece içgüdüleri var.",
            "Çingeneler çocuklarını sevmez.",
        ],
        &[
            "People who report fraud are often ignored for months.",
            "Most rape accusations are never prosecuted, the report finds.",
            "Half of these harassment victims never got an answer from the police.",
            "Women who report harassment deserve to be heard.",
            "Изнасилованные не виноваты, виноват насильник.",
            "Все эти жертвы насилия ждут суда годами.",
            "Женщины, которые заявляют об изнасиловании, часто сталкиваются с недоверием.",
            "Tecavüze uğrayan kadınlar asla suçlu değildir.",
            "Taciz iddia eden kadınlar için yardım hattı açıldı.",
            "Tecavüz davalarının çoğu yıllarca sürüyor.",
            "Those people don't feel safe walking home at night.",
            "Muslims don't have a central authority like the Pope.",
            "Black people have higher rates of hypertension, studies show.",
            "Gypsies don't get enough support from the council.",
            "Цыгане не чувствуют себя в безопасности в этом районе.",
            "У мигрантов нет никаких прав на пособие в первый год.",
            "Чеченцы не умеют проигрывать в борьбе, шутит тренер.",
            "Suriyeliler sıcak havaya alışkın.",
            "Kürtlerin bayramları çok renkli oluyor.",
            "Çingeneler çocuklarını bu okula gönderiyor.",
            "Women who report rape are often accused of lying for attention.",
            "These people are criminals, the police said after the raid.",
        ],
    );
}
