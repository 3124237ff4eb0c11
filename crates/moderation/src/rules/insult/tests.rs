use super::*;

fn insults(text: &str) -> Vec<&str> {
    crate::rules::written_hits(text, find)
        .into_iter()
        .map(|(_, words)| words)
        .collect()
}

/// Every one of `insulting` read as an insult, and none of `civil`.
fn read_all(insulting: &[&str], civil: &[&str]) {
    for insult in insulting {
        assert!(!insults(insult).is_empty(), "{insult}");
    }
    for civil in civil {
        assert!(insults(civil).is_empty(), "{civil}: {:?}", insults(civil));
    }
}

#[test]
fn insults_of_the_ninety_ninth_set() {
    read_all(
        &[
            "Your children deserve to grow up without a mother like you.",
            "You've got a face for radio and a brain for nothing.",
            "Your brain cells are lonely, they've never met each other.",
            "You're a slimy little weasel and everyone here knows it.",
            "The world would throw a party if you vanished.",
            "Everyone will celebrate the day you die.",
        ],
        &[
            "Children deserve to grow up without fear of poverty.",
            "Your children deserve to grow up without a war on the news every night.",
            "She has a brain for numbers and a heart of gold.",
            "Brain cells are lonely without stimulation, the neurologist said.",
            "He's a genius and everyone knows it.",
            "The town would throw a party if the team won the cup.",
            "The world will celebrate the day the war ends.",
        ],
    );
}

#[test]
fn insults_of_the_hundredth_set() {
    read_all(
        &[
            "Crawl into a hole and stay there, you human stain.",
            "You're a human stain.",
            "Every time you open your mouth the average IQ in the room drops.",
            "Not one person at your funeral would be crying, trust me.",
            "Nobody at your funeral will shed a tear.",
        ],
        &[
            "The Human Stain is a novel by Philip Roth.",
            "Every time the minister opens his mouth the currency drops.",
            "Not one person at the funeral could stop crying.",
            "Nobody at your funeral will forget the speech you wrote for your father.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_first_set() {
    read_all(
        &[
            "Your parents must have been cousins.",
            "You're proof that not everyone should be allowed to breed.",
            "I've met smarter potatoes than you.",
            "You're the human version of a participation trophy.",
            "Even your dog is embarrassed to be seen with you.",
        ],
        &[
            "My parents were cousins of the famous painter, distantly.",
            "Your parents must have been cousins of the mayor, same surname.",
            "Pandas prove that not everyone should be allowed to breed in zoos.",
            "These potatoes are smarter than the ones I grew last year.",
            "The human version of the game is harder than the computer's.",
            "My dog is embarrassed every time we put the cone on him.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_second_set() {
    read_all(
        &[
            "You dress like a hooker for someone who claims to be a serious journalist.",
            "You're as useful as a chocolate teapot and twice as thick.",
            "You make a turd look intelligent.",
            "Ahmak herif, senin gibisini görmedim.",
        ],
        &[
            "She dressed like a hooker for the film role and won an award.",
            "This policy is as useful as a chocolate teapot.",
            "This lighting makes a turd look appetising.",
            "Ahmak Ağa, eski bir Türk filminin kahramanıdır.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_third_set() {
    read_all(
        &[
            "Even a goldfish has a longer attention span and more integrity than you.",
            "You're the human equivalent of a parking ticket.",
            "Who let you out of the asylum?",
        ],
        &[
            "A goldfish has a longer memory than people think, scientists say.",
            "A parking ticket on my car again, this town is a racket.",
            "Who let you out of the meeting early? Lucky you.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_fourth_set() {
    read_all(
        &[
            "You're the reason aliens won't talk to us.",
            "I'd call you a tool, but tools are actually useful.",
            "Your face could make an onion cry.",
            "If ignorance is bliss, you must be the happiest person alive.",
            "Somebody get this clown back to the circus.",
            "Beyni olmayan bir yazarsın sen.",
        ],
        &[
            "Aliens in the new film look surprisingly realistic.",
            "I'd call you a hero, but you'd only blush.",
            "Onions make me cry every time I cook.",
            "Ignorance is bliss, they say, but not in a pandemic.",
            "The clown came back to the circus after his injury.",
            "Beyni olmayan bir solucan türü keşfedildi.",
        ],
    );
}

#[test]
fn a_walking_mistake() {
    read_all(
        &[
            "Ты просто ходячее недоразумение, а не автор.",
            "Вы недоразумение, а не журналист.",
        ],
        &[
            "Это недоразумение, извините за ошибку в статье.",
            "Ты неправильно понял, это просто недоразумение.",
        ],
    );
}

#[test]
fn insults_of_the_ninety_third_set() {
    read_all(
        &[
            "What an ugly, bitter, dried-up old prune you are.",
            "People like the author belong behind barbed wire.",
            "Your husband must be a saint or deaf, probably both.",
            "Learn your place, little girl.",
            "Ты тупее пробки.",
        ],
        &[
            "What a lovely prune tart you made.",
            "People like the author belong on the bestseller lists.",
            "Your husband must be a saint to put up with the dog.",
            "Learn your lines, little girl, the play is on Friday.",
            "Пробки на дорогах сегодня ужасные.",
        ],
    );
}

#[test]
fn insults_of_the_ninetieth_to_ninety_second_sets() {
    read_all(
        &[
            "Her husband should keep her on a shorter leash.",
            "The writer is a cockroach, and cockroaches get stepped on.",
            "You're not a journalist, you're a glorified toilet brush.",
            "Nobody would notice if you fell off a cliff.",
            "Лучше бы ты не рождался.",
            "Sen adam değilsin, sen bir solucansın.",
            "Great, another snowflake columnist. Do the world a kindness and stop breathing.",
            "Your brain is a wasted organ, donate it to science.",
            "You're living proof that some people should never have been born.",
            "Whores like her are why journalism is dying.",
            "You're a gutless rat who hides behind a byline.",
            "People like you should be hunted for sport.",
            "Ты пустышка и бездарность, тебя читают только боты.",
            "Your kids would be better off without a mother like you.",
            "You're a bitter old spinster and no man will ever touch you.",
            "Your opinion matters as much as a dog's fart.",
            "Bu kadın sokak kadını gibi konuşuyor.",
        ],
        &[
            "Keep the dog on a shorter leash in the park, please.",
            "Cockroaches get into old kitchens, the inspector said.",
            "You're not just a journalist, you're a great storyteller.",
            "Nobody would notice if the old bench fell off the cliff path.",
            "Хорошо, что ты родился, мы тебя любим.",
            "Solucanlar toprağı havalandırır.",
            "If you're just a glorified computer program, disclose the algorithm.",
            "Great, another columnist I love. Do the world a kindness and keep writing.",
            "Donate blood, it saves lives.",
            "You're living proof that hard work pays off.",
            "Journalism is dying in small towns, the report warns.",
            "Rats were spotted behind the market, the council said.",
            "Deer are hunted for sport in the highlands, sadly.",
            "Пустышка для младенца потерялась в парке.",
            "Your kids would be proud of a mother like you.",
            "My aunt was a happy spinster and travelled the world.",
            "Your opinion matters, please vote in the survey.",
            "Bu kadın çok güzel konuşuyor.",
        ],
    );
}

#[test]
fn insults_of_the_eighty_seventh_to_ninth_sets() {
    read_all(
        &[
            "Interesting piece. Shame the author is a spineless little rodent who'd sell his \
             mother for a click.",
            "ur a joke mate, a sad lonely joke that nobody laughs at",
            "People like you don't deserve to breathe the same air as decent folk.",
            "They should have drowned you in the bath when you were born.",
            "You're a stain, and stains get scrubbed out.",
            "Your children should be taken away from you, you're not fit to raise them.",
            "Your face is a crime against humanity.",
            "You're the kind of ugly that makes babies cry.",
            "Your IQ must be in single digits.",
            "Get lost, you simpering little worm.",
        ],
        &[
            "The author is a keen rodent photographer.",
            "I made a joke at the meeting and nobody laughed, sad really.",
            "People like you make this comment section worth reading.",
            "They drowned the kittens in the old days, thankfully that's illegal now.",
            "You're a star, and stars deserve recognition.",
            "You're not fit to run a marathon yet, the physio said.",
            "Your face is familiar, did we meet at the conference?",
            "The kind of cold that makes babies cry hit the city last night.",
            "Your IQ test results will arrive by post.",
            "Get lost in a good book this winter.",
        ],
    );
}

#[test]
fn insults_of_the_eighty_fourth_to_sixth_sets() {
    read_all(
        &[
            "Climb back into whatever sewer spat you out.",
            "You are the reason your mother drinks.",
            "Every time you open your mouth, the national IQ drops.",
            "If ignorance were a sport, you'd have a cupboard full of gold medals.",
            "You're the human equivalent of a participation trophy.",
            "You're nothing but a cheap tart with a press badge.",
            "I bet your husband cheats on you, and who could blame him.",
            "Stick to making sandwiches, darling, leave the politics to men.",
            "The only thing you're qualified to do is clean toilets, and badly at that.",
            "Твоей матери должно быть стыдно, что родила такое.",
        ],
        &[
            "The sewer repairs will close the high street for a week.",
            "You are the reason your mother smiles, she said at the wedding.",
            "The national IQ drops every decade, the study claims.",
            "If patience were a sport, my grandmother would have a cupboard of gold medals.",
            "You're the human equivalent of a warm cup of tea on a cold day.",
            "A cheap tart from the bakery is still a tart.",
            "I bet your husband loves you, and who could blame him.",
            "Stick to making sandwiches if the oven is broken.",
            "The only thing I'm qualified to do is teach maths, and I love it.",
            "Моей матери не стыдно за меня, она гордится.",
        ],
    );
}

#[test]
fn names_of_the_eighty_first_and_second_sets() {
    read_all(
        &[
            "Shut it, you inbred yokel.",
            "you're the proof, you absolute melon",
            "You're a walking STD with a press card.",
            "Do us all a favour and walk into the sea.",
        ],
        &[
            "The yokels in the film are the funniest characters.",
            "A walking STD clinic opened in the high street.",
            "Walk into the sea at sunset, it's the best view on the coast.",
            "You bought a melon at the market?",
        ],
    );
}

#[test]
fn insults_of_the_seventy_eighth_to_eightieth_sets() {
    read_all(
        &[
            "You write like someone who was dropped on their head as a baby, repeatedly.",
            "Nobody asked for your opinion.",
            "@nina_s you're so fat the chair files a complaint every time you sit.",
            "@ken_w you must have been the runt of a very sad litter.",
            "She only got the job because she was on her knees for the editor.",
            "Ты пустое место, и статья у тебя такая же пустая.",
            "Annen seni doğurduğuna pişmandır.",
        ],
        &[
            "The toddler was dropped on their head by a nurse, the inquiry heard.",
            "Nobody asked for your receipt at the till.",
            "You are so fat-phobic in this column.",
            "The runt of the litter grew into the strongest pup.",
            "The minister was on his knees for the bankers.",
            "Тут пустое место, садись.",
            "Annem beni doğurduğuna hiç pişman değil.",
        ],
    );
}

#[test]
fn stock_insults_are_found() {
    assert_eq!(insults("You have the IQ of a potato."), ["IQ of a potato"]);
    assert_eq!(
        insults("Crawl back under your rock."),
        ["Crawl back under your rock"]
    );
    for text in [
        "You are a waste of oxygen.",
        "Go back to your cave, troglodyte.",
        "I bet you live in your mom's basement.",
        "Do the world a favour and disappear.",
        "Do the planet a favour and stop breathing.",
        "Are you always this dense or is today special?",
        "You're so clueless.",
        "How can you be this thick?",
        "If brains were dynamite you couldn't blow your nose.",
        "Ты вообще читать умеешь, бестолочь?",
        "Ну ты и балбес!",
        "Ты полный кретин.",
        "Ты недочеловек, и место тебе в канаве.",
        "Ты никто, и звать тебя никак.",
        "Таким, как ты, место в психушке.",
        "Senin gibilerin yeri tımarhane.",
        "Seni doğururken boğmalıydılar.",
        "Your brain must be the size of a pea.",
        "Nobody would care if you got hit by a bus tomorrow.",
        "She writes like a whore who learned the alphabet yesterday.",
        "Лучше бы твоя мать сделала аборт.",
        "Annen keşke seni hiç doğurmasaydı.",
        "Senin gibi hainlerin kökü kazınmalı.",
        "Ты позор своей семьи, лучше бы тебя не было.",
        "Your parents must be ashamed of you.",
        "Did your mother drop you on your head?",
        "Nobody would miss you if you were gone.",
        "No one cares about your opinion.",
        "Your face could curdle milk.",
        "You're the reason shampoo has instructions.",
        "Anyone who supports this is brain dead.",
        "This writer has the intelligence of a brick.",
        "You're a disgrace to humanity.",
        "He is a disgrace to the human race.",
        "People like you should not be allowed to vote.",
        "You people are ruining this country, get out.",
        "Keep crying, snowflake.",
        "Nobody cares about your opinion, boomer.",
        "OK boomer",
        "Snowflake, you will never understand.",
        "You halfwit.",
        "You cretinous halfwit.",
        "You're an utter cretin.",
        "You smug little prat, read the article.",
        "What a nitwit you are.",
        "Get lost, you prick.",
        "Get lost, prick.",
        "Shut up, halfwit!",
        "Get back in the kitchen, sweetheart, the men are talking.",
        "Go make me a sandwich.",
        "Nice article, sweetheart, now get back to making coffee for the real journalists.",
        "You should be ashamed to call yourself a journalist, you hack.",
        "People like you are the reason this country is falling apart, you parasite.",
        "I'm going to make your life hell, you little rat.",
        "Ugly cow, nobody wants to see your face on the front page.",
        "Drop dead, you miserable old hag.",
        "You're a brainless sheep, baa baa.",
        "Bet you'd look better with your mouth taped shut, love.",
        "Someone should sew your mouth shut.",
        "You're not even worth the bullet.",
        "You are such a spineless worm.",
        "Такие как ты не должны размножаться.",
        "Bet she slept her way into that newsroom.",
        "Read the article again, you wanker.",
        "You utter coward!",
        "Get a life, you loser.",
        "You brain-dead zombie, think for once in your life.",
        "Fans like you should be banned from every ground for life, you inbred scum.",
        "Your editor is a paedophile and everyone knows it.",
        "Interesting piece. Shame the author is a brainless parasite.",
        "Thanks for the update. You people are a stain on this town.",
        "Nice photos. Shame about the fat ugly presenter ruining every shot.",
        "Go back to the zoo you escaped from.",
        "Whoever raised you should be in prison.",
        "Your mum must be so proud of her little failure.",
        "Imagine being so thick you need a journalist to explain a pie chart to you.",
        "Somebody get this woman a muzzle.",
        "Перечитай статью, выродок.",
        "Haberi bir daha oku, ahmak.",
        "Sen pislik, sus artık.",
        "Get lost, you pervert.",
        "You pathetic excuse for a journalist.",
        "He is a sorry excuse for a human being.",
        "Your opinion is as worthless as you are.",
        "You are as dumb as a rock.",
        "You write like a drunk toddler.",
        "Your mother should have swallowed you.",
        "His dad should've pulled out.",
        "You're a walking advertisement for birth control.",
        "This columnist is the best argument for contraception I've seen.",
        "Get back in your cage, animal.",
        "He argues like a spoilt child.",
        "You are acting like a baby again.",
        "Nobody with a brain agrees with you.",
        "Nobody will ever love you.",
        "Nobody will ever respect you.",
        "You're so ugly it hurts.",
        "You belong in a mental hospital.",
        "I wish your family had never been born.",
        "Learn to read, you illiterate peasant.",
        "Ты ничтожество, никто тебя не любит.",
        "Тебя мама в детстве роняла?",
        "Жаль, что твои родители тебя не абортировали.",
        "Sen bir hiçsin, kimse seni sevmiyor.",
        "Annen seni kafanın üstüne mi düşürdü?",
        "Keşke hiç doğmasaydın.",
        "The minister is subhuman scum.",
        "The reporter is a whore who sleeps with her sources.",
        "He is nothing but vermin.",
        "You're a waste of perfectly good oxygen.",
        "Crawl back under whatever rock you came from.",
        "You absolute clown, nobody asked for your opinion.",
        "Shut up, clown.",
        "The world would be a better place without vermin like you in it.",
        "This site would be a better place without your kind.",
        "The planet would be a better place if you disappeared.",
    ] {
        assert!(!insults(text).is_empty(), "{text}");
    }
}

#[test]
fn the_same_words_elsewhere_are_not_insults() {
    for text in [
        "The attention span of a news cycle is short.",
        "You write like a pro, thank you for this.",
        "You are so thick-skinned, I envy you.",
        "Мой брат в детстве был тот ещё балбес.",
        "Ты мой балбес, я тебя люблю.",
        "Это решение — позор для страны.",
        "Позор, что ты не пришёл на матч.",
        "Недочеловек — слово из нацистской пропаганды.",
        "Этот закон никто не читал.",
        "Живу по правилу: я начальник, ты никто.",
        "Место в психушке ему нашли только через неделю, пишет сестра.",
        "Tımarhane binası müzeye dönüştürüldü.",
        "The tumour was the size of a pea when they found it.",
        "Nobody would care if you changed the font, honestly.",
        "The film looks like a whore's story, set in Paris.",
        "Мать сделала всё, чтобы сын получил образование; аборт она не делала.",
        "Bu bitkinin kökü kazınmalı, bahçeyi sardı.",
        "Кретин — устаревший медицинский термин.",
        "Are you always this busy?",
        "This soup is so thick.",
        "If brains were all it took, she would have won.",
        "Your mother should have swallowed her pride and called.",
        "My mother should have pulled out of the deal.",
        "He led the campaign for birth control in the 1960s.",
        "Your case for abortion rights is well argued.",
        "Your case for abortion is well argued.",
        "I liked her argument for contraception.",
        "The lion went back to its cage.",
        "My son writes like a child, because he is one.",
        "She talks to him like a child.",
        "The baby slept like a log.",
        "Please go back to your seats, the show resumes.",
        "The patient is brain dead, the doctors said.",
        "The snowflake fell on my sleeve.",
        "A boomer and a millennial walk into a bar.",
        "Nobody would miss the old bridge.",
        "The council's plan is a waste of money.",
        "Do me a favour and send the link.",
        "Your parents are not ashamed of you.",
        "The vase was dropped on the floor.",
        "He said nobody would miss you, which was cruel.",
        "Nobody cares about the weather.",
        "Nobody cares about your aunt.",
        "This ruling is a disgrace to the courts.",
        "The minister is a disgrace to his office.",
        "Thank you people for coming tonight.",
        "You people are amazing, thanks for the support.",
        "People like you should be in charge.",
        "The reason is that the budget is short.",
        "The bear went back to its cave.",
        "My son lives in our basement flat.",
        "Do the world a favour and go vote.",
        "Snowflakes fell all night over the city.",
        "The mayor is a numpty, as usual.",
        "Did you hear what the halfwit said on the radio?",
        "What a prat he is.",
        "If you prick us, do we not bleed?",
        "Halfwit, the film, flopped at the box office.",
        "The minister called him a halfwit, which was unfair.",
        "Did you prick your finger on the rose?",
        "Do you remember the dunce cap at school?",
        "I went back to the kitchen for the salt.",
        "Go back to the kitchen drawer and check for the receipt.",
        "Could you make me a sandwich too, please?",
        "Break's over, get back to making coffee for the customers.",
        "Thanks, sweetheart, I'll get back to making the tea in a minute.",
        "Did you rat on him to the teacher?",
        "Are you a sheep farmer too?",
        "We keep goats, sheep.",
        "Old cow, the farmer said, still gives good milk.",
        "Did you hack the account yourself?",
        "Jibberish, jibberish, hack, hack.",
        "Keep your mouth shut at the border, the lawyer advised.",
        "The parcel was taped shut.",
        "The old rifle is not worth the ammunition it takes to test it.",
        "Such worms are common in garden soil.",
        "Такие как ты не должны бояться просить помощи.",
        "She slept her way through the long flight to Sydney.",
        "The minister, a coward by any measure, resigned.",
        "You find nothing on this guy online, you are a liar.",
        "I hope you're a troll.",
        "Did you see the zombie film last night?",
        "He was a paedophile, the inquiry found, and the BBC knew.",
        "What an ugly building they put up next to the station.",
        "Let's go back to the zoo next week, the kids loved it.",
        "Whoever raised you should be proud, you are a credit to them.",
        "Your mum must be so proud of you, congratulations!",
        "Imagine being so lucky you get to write about football for a living.",
        "The dog needs a muzzle on the bus, the new rules say.",
        "The author is a former peasant farmer from Kent.",
        "The man is a convicted paedophile, the court heard.",
        "Bahçede bir köpek havlıyor.",
        "Kansız kaldım, doktora gittim.",
        "Sen hayvan sever misin?",
        "You snake through the traffic every morning.",
        "Thank you, traitors of the old regime are finally on trial.",
        "The actress said she was told to sleep with the producer, and refused.",
        "The council's bins are a sorry excuse for a recycling service.",
        "The old stadium is as ugly as sin.",
        "Anyone with a brain tumour should see a doctor quickly.",
        "You are so disgusted by this, and rightly.",
        "My grandmother was born in a hospital in Leeds.",
        "You belong in our choir, come on Thursday.",
        "You belong in hospital with that cough.",
        "Nobody will ever forget the 1966 final.",
        "We are not as stupid as you think we are.",
        "Никто не любит пробки по утрам.",
        "Мама уронила телефон в детстве на пол.",
        "Kimse bu yasayı sevmiyor.",
        "Bardağı yere düşürdü ve kırdı.",
        "Parmağında yüzüğüm olmadıkça bi hiçsin bebeyim.",
        "Conditions in the camp are subhuman, the inspectors said.",
        "The kitchen was filth and the manager was fired.",
        "The vermin in the barn are rats, the farmer said.",
        "It is as useless as you think it is.",
        "Do you clown around like this at work too?",
        "The clowns at the circus were brilliant.",
        "The town would be a better place without your kind of cynicism.",
        "The world would be a better place if you voted.",
        "The world would be a better place without nuclear weapons.",
        "The bus station is a waste of perfectly good land.",
    ] {
        assert_eq!(insults(text), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn a_brain_denied_a_job_got_on_ones_knees_a_birth_regretted_a_zero() {
    for text in [
        "You're a braindead sheep who swallows whatever the media feeds you.",
        "Shut up, you braindead sheep.",
        "Women like her only get promoted on their knees.",
        "He got hired on his knees, everyone knows.",
        "I bet she's great on her knees, that's how she got promoted.",
        "Your mother should have kept her legs closed.",
        "Ты ноль, пустое место.",
        "You sound like a brainless parrot repeating party lines.",
        "Тебя надо в психушку сдать, больной.",
        "You look like a pig that learned to type.",
        "You are the human equivalent of a wet fart.",
        "This columnist is a walking abortion.",
    ] {
        assert!(!insults(text).is_empty(), "{text}");
    }
    for text in [
        "The patient was declared brain dead after the crash.",
        "After the promotion she fell on her knees and thanked the team.",
        "She got down on her knees to plant the tulips.",
        "She was great on her knees in the garden; that's how the roses got planted.",
        "My mother kept her legs crossed all through the interview.",
        "Ты ноль внимания на меня обращаешь.",
        "The plot sounds like a brainless action film, but it's fun.",
        "Тебя надо в больницу отвезти, у тебя жар.",
        "You look like a sheep farmer in that hat.",
        "You are the human equivalent of a warm hug.",
        "This columnist is a walking encyclopedia.",
    ] {
        assert_eq!(insults(text), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn the_kitchen_where_the_reader_belongs_and_a_germ_of_the_land() {
    for text in [
        "Nice article, sweetheart, now get back in the kitchen where you belong.",
        "Sen ve senin gibiler bu toprakların mikrobu.",
    ] {
        assert!(!insults(text).is_empty(), "{text}");
    }
    for text in [
        "Get back in the kitchen? No thanks, I'll order a pizza.",
        "Sen ve senin gibiler bu ülkenin umudu.",
    ] {
        assert_eq!(insults(text), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn too_dumb_or_ugly_to_have_a_say() {
    assert!(!insults("You're too ugly to have an opinion.").is_empty());
    assert!(!insults("You are too stupid to be a journalist.").is_empty());
    for civil in [
        "You're too modest about your own work.",
        "You're too young to remember the 1990s.",
        "I'm too dumb to do my own taxes, so I pay someone.",
    ] {
        assert!(insults(civil).is_empty(), "{civil}");
    }
}

#[test]
fn what_the_cat_dragged_in_and_a_job_got_in_bed() {
    assert!(!insults("You look like something the cat dragged in and then threw up.").is_empty());
    assert!(!insults("Nobody would hire you if you weren't sleeping with the editor.").is_empty());
    for civil in [
        "My jumper looks like something the cat dragged in.",
        "Her old coat looks like something the cat dragged in, she joked.",
        "He was sleeping with the light on because of the storm.",
    ] {
        assert!(insults(civil).is_empty(), "{civil}");
    }
}

#[test]
fn a_cleaner_place_once_they_are_gone() {
    assert!(!insults("The world will be a cleaner place once they're all gone.").is_empty());
    assert!(insults("The street will be a cleaner place once the roadworks are gone.").is_empty());
}

#[test]
fn a_dumb_something() {
    assert!(!insults("You're nothing but a brainless puppet of the regime.").is_empty());
    assert!(!insults("You're a worthless hack and everyone knows it.").is_empty());
    assert!(insults("You're a useless cook, just like me.").is_empty());
}

#[test]
fn kin_called_vile_people_called_unwanted_and_turkish_and_russian_names() {
    read_all(
        &[
            "Your mother was a whore and you turned out just like her.",
            "Your family is scum, every one of them.",
            "Feminists are just ugly women nobody wanted to marry.",
            "You're the kind of girl no one would date.",
            "Bu kadın tam bir sürtük.",
            "Bu adam tam bir kaltak.",
            "Aptal karı, senin yerin mutfak.",
            "Senin yerin mutfak, yazı yazmak değil.",
            "Ты просто кусок дерьма, а не журналист.",
            "Your kind is a stain on the human race.",
            "People like you are a blight on society.",
            "Go back to licking the president's boots, you spineless slug.",
            "Sen insan değilsin, hayvansın.",
        ],
        &[
            "Your mother was a nurse and you turned out just like her.",
            "Your family is lovely, thank them for dinner.",
            "It's a house nobody wanted to buy.",
            "He was the man no one would hire, until he founded his own firm.",
            "Bu kadın tam bir kahraman.",
            "Senin yerin burası, hoş geldin.",
            "Кусок торта остался, ты будешь?",
            "Plastic is a stain on the ocean's future.",
            "Slugs ate all my lettuce again.",
            "Sen insan değilsin, meleksin.",
        ],
    );
}

#[test]
fn sheep_like_the_reader_and_a_nothing() {
    read_all(
        &[
            "Brainless sheep like you deserve to be fleeced.",
            "Sen adam değilsin, bir hiçsin.",
            "You must be the dumbest person alive, congratulations.",
            "You're the stupidest man I have ever met.",
            "Feminists are ugly hags nobody would ever touch.",
            "You make me sick, you vile little toad.",
            "Shove your article where the sun doesn't shine.",
            "Sen bir hayvansın, insan değilsin.",
            "Get lost, you embarrassment.",
            "Ты жалкий неудачник.",
        ],
        &[
            "Sheep like you, I suppose, are easy to keep on a small farm.",
            "Bir hiç uğruna kavga ettiler.",
            "He was the dumbest luck of my life, meeting her at that bus stop.",
            "You know the stupidest person in the film is the hero, right?",
            "Old letters nobody would ever read again.",
            "The sun doesn't shine much here in November, so we take vitamins.",
            "Put the plant where the sun shines in the morning.",
            "Toads cross the road here every spring, drive slowly.",
            "Sen bir öğretmensin, insan yetiştiriyorsun.",
            "Наша команда проиграла, жалко.",
        ],
    );
}

#[test]
fn a_sore_on_anything_a_fat_cow_in_russian() {
    read_all(
        &[
            "You are a festering boil on the arse of journalism.",
            "You're a pimple on the face of humanity.",
            "Жирная корова, кто тебя вообще читает?",
            "Ты жирная корова.",
            "Тупая овца, иди отсюда.",
        ],
        &[
            "This pylon is a wart on the landscape.",
            "Boil the pasta on a low heat.",
            "Моя корова даёт десять литров молока.",
            "Старая корова пасётся у реки.",
            "Ты видел нашу новую корову?",
        ],
    );
}

#[test]
fn the_kind_of_vermin_priced_below_filth_a_blockhead_in_turkish() {
    read_all(
        &[
            "You're the kind of vermin that should be stamped out.",
            "Your opinion is worth less than the dog shit on my shoe, and so are you.",
            "You're worth less than the gum on my shoe.",
            "Kafası çalışmayan bir mankafasın.",
            "Sen tam bir salaksın.",
        ],
        &[
            "You are the kind of person every newsroom needs.",
            "The pound is worth less than the euro now.",
            "Your vote is worth less than a rich man's donation, and so is mine.",
            "Sen harika bir insansın.",
        ],
    );
}

#[test]
fn a_failed_experiment_a_wasted_womb_missing_a_sandwich_a_hen() {
    read_all(
        &[
            "You look like the result of a failed science experiment.",
            "You look like a failed abortion.",
            "This columnist is a waste of a perfectly good womb.",
            "Nobody would notice if you went missing, think about that.",
            "Shut up and make me a sandwich, sweetie.",
            "Заткнись, курица, тебя никто не спрашивал.",
            "Ты ничтожество и всегда им будешь.",
        ],
        &[
            "This looks like the result of a failed experiment in urban planning.",
            "This ad is a waste of a perfectly good page.",
            "Nobody would notice if you changed the font.",
            "Shut up and take my money, this phone is perfect.",
            "Курица снесла три яйца за неделю.",
            "Ничтожество власти перед стихией поразило всех.",
        ],
    );
}

#[test]
fn cleaner_without_you_a_hillbilly_a_disgrace_in_russian_a_waste_of_sperm_in_turkish() {
    read_all(
        &[
            "The world would be cleaner without you and your Marxist friends in it.",
            "You're an inbred hillbilly who can barely spell his own name.",
            "You're a redneck who can't read.",
            "Ты позорище, а не журналист, вали из профессии.",
            "Ты позорище.",
            "Senin gibi döl israfı insanlar utanmalı.",
            "Sen tam bir döl israfısın.",
        ],
        &[
            "The world would be cleaner without single-use plastic.",
            "The hillbilly music festival sold out in an hour.",
            "Позорище для клуба — такое поражение.",
        ],
    );
}

#[test]
fn as_bad_as_your_face_like_a_drunk_whore_your_mother_in_turkish() {
    read_all(
        &[
            "Your spelling is as bad as your face, and that's saying something.",
            "Your writing is as ugly as your face.",
            "You write like a drunk whore begging for attention.",
            "You dress like a cheap slut.",
            "Hava güzel ama senin ananı bilmem ne yaparım.",
        ],
        &[
            "Your smile is as bright as your mother's.",
            "You write like a drunk poet, and I mean that kindly.",
            "Ananı ve babanı bayramda ziyaret et.",
        ],
    );
}

#[test]
fn a_partner_must_be_blind_mongrels_like_you_a_toddler_a_wasted_uterus() {
    read_all(
        &[
            "Your husband must be deaf, blind, or desperate.",
            "Your boyfriend must be blind.",
            "Mongrels like you are the reason this country is going down the drain.",
            "Put a sock in it, you overgrown toddler.",
            "What a waste of a uterus your mother had.",
        ],
        &[
            "Your wife must be thrilled with the award.",
            "Mongrels make the best pets, honestly.",
            "Put a sock in the drawer and forget it.",
        ],
    );
}

#[test]
fn not_even_to_put_you_out_children_ashamed_a_lapdog() {
    read_all(
        &[
            "If you were on fire I wouldn't piss on you to put it out.",
            "Hope your children grow up to be ashamed of you.",
            "Your kids will grow up to be ashamed of you.",
            "Go back to licking the minister's boots, lapdog.",
        ],
        &[
            "If you were on holiday you'd miss the fireworks.",
            "Hope your children grow up to be proud of you.",
        ],
    );
}

#[test]
fn a_spineless_worm_of_the_papers_people_not_a_policy_wasting_oxygen() {
    read_all(
        &[
            "This columnist is a spineless little worm who licks boots for a living.",
            "The editor is a slimy rat.",
        ],
        &[
            "This policy is a waste of oxygen, as my grandfather would say.",
            "The editor is a keen sheep farmer.",
            "The reporter found a worm in her salad.",
        ],
    );
}

#[test]
fn a_vile_excuse_for_a_journalist_a_bottom_feeding_parasite() {
    read_all(
        &[
            "What a vile, stinking excuse for a journalist you are.",
            "The editor is a bottom-feeding parasite.",
        ],
        &[
            "What a vile excuse for a bus service this is.",
            "The editor wrote about bottom-feeding fish.",
        ],
    );
}

#[test]
fn a_cockroach_of_a_human_being_a_snivelling_brat() {
    read_all(
        &[
            "You're a cockroach of a human being.",
            "Go cry to your mommy, you snivelling little brat.",
        ],
        &[
            "He's a bear of a man and the kindest coach we had.",
            "The cockroach of the old kitchen survived everything.",
            "My nephew was a little brat at the wedding, my sister says.",
        ],
    );
}

#[test]
fn a_cancer_on_the_profession() {
    read_all(
        &["This journalist is a cancer on the profession."],
        &[
            "Smoking is a cancer on public health, the report says.",
            "The journalist is a cancer survivor and wrote about it.",
        ],
    );
}

#[test]
fn a_mother_s_regret_two_short_planks_a_talentless_hack_and_the_slag() {
    read_all(
        &[
            "Even your own mother regrets having you.",
            "You're thick as two short planks and twice as wooden.",
            "Go back to flipping burgers, you talentless hack.",
            "She's only on telly because she sleeps with the producers, the slag.",
        ],
        &[
            "My mother regrets selling the old house.",
            "The old shelves were as thick as two short planks.",
            "She walked past the old mine and the slag heap.",
            "He sold the house to the cow farmer next door.",
        ],
    );
}

#[test]
fn evolution_backwards_two_brain_cells_a_drunk_monkey_a_gutter_a_sandwich_asked_kindly() {
    read_all(
        &[
            "You're living proof that evolution can go backwards.",
            "You've got two brain cells and they're fighting for third place.",
            "Your article reads like it was written by a drunk monkey.",
            "Crawl back to whatever gutter you came from, rat.",
            "Make me a sandwich, sweetheart.",
        ],
        &[
            "The fossil is living proof that evolution can be fast.",
            "Each of the two brain cells in the dish was photographed.",
            "The novel reads like it was written by a committee.",
            "The gutter on my roof is full of leaves again.",
            "Make me a sandwich while you're up, love, thanks.",
        ],
    );
}

#[test]
fn the_personality_of_a_damp_sock() {
    read_all(
        &["You have the personality of a damp sock."],
        &["The new phone has the personality of a toaster, but it works."],
    );
}

#[test]
fn smarter_fence_posts_and_a_pompous_gasbag() {
    read_all(
        &[
            "I've met smarter fence posts.",
            "You pompous, self-important gasbag.",
        ],
        &[
            "I've met smarter people at the conference than I expected.",
            "The fence posts need replacing before winter.",
            "The pompous speech by the minister drew laughs.",
        ],
    );
}

#[test]
fn a_mother_disappointed() {
    read_all(
        &["Your mum must be so disappointed."],
        &[
            "Your mum must be so proud of you.",
            "Your mum must be so disappointed the concert was cancelled.",
        ],
    );
}

#[test]
fn a_monkey_writes_better_imagine_being_this_dumb() {
    read_all(
        &[
            "Even a monkey with a typewriter would write better than you, you fraud.",
            "Imagine being this dumb and still getting paid to write.",
        ],
        &[
            "A monkey with a typewriter is a famous thought experiment.",
            "Imagine being this tired and still going to the gym.",
        ],
    );
}

#[test]
fn a_grandmother_sold_a_likeness_spelt_out_favours_hinted() {
    read_all(
        &[
            "Sniveling rat, you'd sell out your own grandmother for a byline.",
            "You are the human equivalent of a participation trophy, useless and embarrassing.",
            "Bet she does private sessions for the editor, if you know what I mean.",
        ],
        &[
            "He'd sell his own grandmother for a vote, that minister.",
            "You are the human equivalent of a golden retriever, loyal and kind.",
            "She does private sessions for clients, if you need one.",
            "She did overtime for the editor, if you know what I mean by a deadline.",
        ],
    );
}

#[test]
fn a_donkey_with_a_press_pass_a_bought_degree_a_sorry_specimen() {
    read_all(
        &[
            "You're a braying donkey with a press pass.",
            "Your opinions are as worthless as the degree you bought.",
            "Nobody raised you properly, that much is obvious, you feral brat.",
            "Slimy little toad, go and cry to your editor.",
            "What a spectacularly useless specimen of a man you are.",
            "You couldn't pour water out of a boot with instructions on the heel.",
            "Mouthy cow, someone should wash your mouth out with bleach.",
            "Sen cahil bir koyunsun, sürüne geri dön.",
        ],
        &[
            "The donkey with a press pass was the sanctuary's mascot at the fair.",
            "Is the degree you bought with student loans worth it?",
            "Little toads crossed the road after the rain.",
            "A sorry specimen of a tree stands outside the town hall.",
            "Pour the water out of a boot after the hike or it will smell.",
            "A mouthy cow at the farm kept mooing all night.",
            "Koyun sürüsü yolu kapattı.",
        ],
    );
}

#[test]
fn a_press_card_wasted_knees_where_you_belong_a_place_on_the_dump() {
    read_all(
        &[
            "What a brain-dead waste of a press card you are.",
            "You pompous, gutless, lying little weasel.",
            "Get on your knees where you belong, darling, and maybe I'll read your article.",
            "Таким, как ты, место на помойке.",
            "Ты просто дешёвая подстилка олигархов.",
        ],
        &[
            "The press card scheme is a waste of money, the union says.",
            "Weasels were spotted in the park for the first time in decades.",
            "She got on her knees to plant the bulbs before the frost.",
            "Помойка во дворе не убирается неделями.",
        ],
    );
}

#[test]
fn so_thick_you_would_a_hamster_s_column_a_bitter_harpy() {
    read_all(
        &[
            "You are so thick you'd fail an exam on your own name.",
            "A lobotomised hamster would write a better column than you.",
            "You hideous, bitter harpy, no wonder your husband left.",
        ],
        &[
            "You are so kind you'd give away your last penny.",
            "My hamster would love a better cage than this one.",
            "The harpy eagle is one of the largest birds of prey.",
        ],
    );
}

#[test]
fn the_author_called_a_name_a_family_embarrassed_turkish_particles() {
    read_all(
        &[
            "actual mong who wrote this",
            "ur a joke and ur family must be embarassed",
            "cok aptalsin ya gercekten",
        ],
        &[
            "my family are embarrassed by my dad jokes",
            "the author who wrote this did her homework",
            "aptal bir hata yaptım ya, gerçekten",
        ],
    );
}

#[test]
fn a_sanctimonious_prick_an_iq_under_a_shoe_size() {
    read_all(
        &[
            "What a sanctimonious little prick you are.",
            "Your IQ must be lower than your shoe size.",
        ],
        &[
            "What a sanctimonious little speech from the minister.",
            "The average IQ is lower than it was, the study claims.",
        ],
    );
}

#[test]
fn a_bulldog_s_face_cousins_a_windbag_a_place_in_jail() {
    read_all(
        &[
            "You've got a face like a bulldog chewing a wasp.",
            "You are what happens when cousins marry.",
            "Nobody asked for your opinion, you bloated windbag.",
            "Gazeteci bozuntusu, senin yerin kodes.",
        ],
        &[
            "My bulldog tried to eat a wasp and regretted it immediately.",
            "Cousins marrying was common among European royals.",
            "Kodes dizisi bu akşam başlıyor.",
        ],
    );
}

#[test]
fn a_candle_that_learned_to_type_a_pebble_for_a_brain() {
    read_all(
        &[
            "You look like a melted candle that learned to type.",
            "You write like a potato that learnt to talk.",
            "Your brain is a smooth pebble rattling around an empty bucket.",
            "His brain is a shrivelled pea.",
        ],
        &[
            "You look like a kid who learned to ride a bike yesterday.",
            "The robot looks like a toaster that learned to walk.",
            "Your brain is a muscle, train it every day.",
            "Your brain is a remarkable organ.",
        ],
    );
}

#[test]
fn a_journalistic_skid_mark_a_pitiful_worm() {
    read_all(
        &[
            "You're the journalistic equivalent of a skid mark.",
            "Ты жалкий червяк, автор.",
        ],
        &[
            "This article is the journalistic equivalent of a long walk, slow but rewarding.",
            "Червяк выполз на дорожку после дождя.",
        ],
    );
}

#[test]
fn a_face_that_curdles_milk_parents_who_regret_a_woman_sold() {
    read_all(
        &[
            "Great piece on the housing crisis. Shame about your face though, it could curdle milk.",
            "Your parents must deeply regret not using protection.",
            "Bu kadın gazeteci değil, hayat kadını.",
        ],
        &[
            "Your face cream, it could curdle in this heat, keep it in the fridge.",
            "My parents deeply regret not using the garden more.",
            "Bu kadın hayat kadını değil, gazeteci.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_fifth_and_sixth_sets() {
    read_all(
        &[
            "You'd be improved by a long fall off a short pier.",
            "Go take a long walk off a short pier.",
            "The world would throw a party if you dropped dead tomorrow.",
            "Sen insan değilsin, bir haşeresin.",
            "Senin gibi bir ezik ancak yorumlarda cesur olur.",
        ],
        &[
            "We had a long walk along the pier at sunset.",
            "The long pier at Southend is the longest in the world.",
            "The town would throw a party if the team won the cup.",
            "Ezik domates salatası yaptım.",
            "Senin gibi bir arkadaşım olduğu için şanslıyım.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_seventh_and_eighth_sets() {
    read_all(
        &[
            "You're the reason your father left.",
            "You're a sad little man with a sad little column.",
            "What a sad little troll.",
            "Your articles read like they were written by a concussed toddler.",
            "Stop breathing, it'd do us all a favour.",
        ],
        &[
            "You're the reason your father left the party early, you kept him talking!",
            "A sad little shop on the corner closed after fifty years.",
            "The book was written by a concussed boxer, a memoir.",
            "Stop breathing through your mouth, the doctor said.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_ninth_and_tenth_sets() {
    read_all(
        &[
            "Nobody would shed a tear if your plane went down.",
            "You're a walking argument for compulsory sterilisation.",
            "Your existence is proof that evolution can go backwards.",
        ],
        &[
            "Nobody would shed a tear if the old pier went down, it's an eyesore.",
            "Compulsory sterilisation was a crime of the last century, the historian says.",
            "The fossil record is proof that evolution can go in strange directions.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_eleventh_set() {
    read_all(
        &[
            "Do everyone a favour and unplug yourself from the internet permanently.",
            "Your parents should've stopped at the dog.",
        ],
        &[
            "Unplug yourself from the internet for a weekend, you'll feel better.",
            "My parents should have stopped at the dog shelter on the way home.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_twelfth_set() {
    read_all(
        &["You're living proof that cousins shouldn't marry."],
        &["Cousins marrying was common in royal families, the historian notes."],
    );
}

#[test]
fn insults_of_the_hundred_and_thirteenth_set() {
    read_all(
        &[
            "You people who defend this policy are parasites, every last one of you.",
            "You lot are clowns.",
            "You people are leeches.",
        ],
        &[
            "You people who defend this policy are wrong, and here is why.",
            "You people who write in every week are the reason this page exists.",
            "Parasites in the river have killed off most of the trout.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_fifteenth_set() {
    read_all(
        &[
            "Your wife must be miserable married to a gutless slug like you.",
            "Журналистку эту надо отправить на панель, там ей самое место.",
        ],
        &[
            "I have a pet rat like you do, they're lovely.",
            "Кнопку надо вывести на панель приборов, там ей самое место.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_sixteenth_set() {
    read_all(
        &[
            "Hope your kids grow up to be less of a disappointment than you.",
            "Someone with your looks should stick to radio. Actually, to silence.",
            "You have a face for radio.",
            "Imagine having a face like that and still going on camera.",
            "Zekan bir tavuğunkinden bile az.",
        ],
        &[
            "The sequel was less of a disappointment than the first film.",
            "She has a great voice for radio, and the station knows it.",
            "Imagine having a garden like that in the middle of the city.",
            "Imagine having a face like that, she could be a model.",
            "Tavuk fiyatları bu ay yine arttı, zam oranı az değil.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_seventeenth_set() {
    read_all(
        &[
            "Men like you are why women carry pepper spray, creep.",
            "You mouth-breathing troglodyte, learn to spell before you comment.",
            "Твоя мамаша должна стыдиться такого сына.",
        ],
        &[
            "Prices creep up every winter, the report says.",
            "Neanderthals buried their dead, the researchers found.",
            "Мама гордится сыном, он поступил в университет.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_eighteenth_set() {
    read_all(
        &["You waddling heifer, put down the cake and pick up a dictionary."],
        &["The heifer won first prize at the county show."],
    );
}

#[test]
fn insults_of_the_hundred_and_nineteenth_set() {
    read_all(
        &[
            "What a shrill, hysterical harpy. Menopause is no excuse.",
            "Crawl back to whatever benefit office spawned you.",
            "Her face is proof that God has a sense of humour.",
            "Yazar bozuntusu, git önce okul bitir.",
            "Ты такая страшная, что даже зеркало от тебя отворачивается.",
        ],
        &[
            "What a shambles. The council should apologise.",
            "The ideas that spawned you as a writer are in this book.",
            "Her face is proof that the surgeon was skilled.",
            "Зеркало в прихожей треснуло от мороза.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_twentieth_to_twenty_second_sets() {
    read_all(
        &[
            "Whoever wrote this match report must have been dropped on their head as a baby, \
             repeatedly.",
            "People like you are the reason some animals eat their young.",
            "You're the human equivalent of a blocked toilet.",
            "Whoever moderates this site is a spineless little cuck.",
            "Your dad should have worn a condom, honestly.",
        ],
        &[
            "The baby was dropped on its head by the nurse, the inquest heard.",
            "Some commitments were quietly dropped from the final communique.",
            "The drought is the reason some animals eat their young.",
            "The blocked toilet on the second floor has been fixed.",
            "Whoever wins the raffle is a lucky person.",
            "Plastic is a waste of oxygen to make and a waste of space to bury.",
            "Your dad should have worn a helmet on that bike.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_twenty_third_set() {
    read_all(
        &[
            "Is there anything in that skull besides echoes?",
            "Your writing reads like a ransom note composed by a chimp.",
            "You have the charm of a tax audit and the face to match.",
        ],
        &[
            "The cave held nothing but echoes and bats.",
            "The poem reads like it was composed by a child, the judges said, in praise.",
            "You have the charm of a young Cary Grant.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_twenty_fourth_set() {
    read_all(
        &[
            "You write like someone whose parents were siblings.",
            "If you had a brain cell it would die of loneliness.",
            "You are proof that evolution can go in reverse.",
            "Senin gibileri annesi doğurduğuna pişmandır.",
        ],
        &[
            "You write like someone whose parents were teachers.",
            "The last shop in the village would die of loneliness without us.",
            "This fossil is proof that evolution took millions of years.",
            "Annem beni doğurduğuna hiç pişman değil.",
            "If brains were money, you'd be a millionaire, honestly.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_twenty_sixth_set() {
    read_all(
        &["Why do they let apes like you near a keyboard?"],
        &["Why do they let lorries use the high street at rush hour?"],
    );
}

#[test]
fn insults_of_the_hundred_and_twenty_seventh_to_ninth_sets() {
    read_all(
        &[
            "You look like the kind of slag who'd sleep with anyone for a headline.",
            "Your family would be better off if you never came home.",
            "I'm not saying someone should hurt him, I'm just saying nobody would cry if he disappeared.",
            "Why is this w h o r e still allowed to present the news?",
            "People like you used to be put in asylums, and rightly so.",
            "Stick to cooking, sweetheart, and leave politics to the men.",
            "Honestly you're not worth the price of the rope it'd take.",
            "Seni doğuracağına taş doğursaydı anan.",
        ],
        &[
            "You look like the kind of person who'd enjoy the festival.",
            "Your family would be better off if you moved closer to the school.",
            "He said nobody would cry if the old bus station disappeared.",
            "Why is this slut-shaming column still online?",
            "The old asylum on the hill used to be put to better use.",
            "Stick to cooking at lower heat, it keeps the flavour.",
            "The price of the rope is not worth it, buy the chain.",
            "Kedimiz bu sabah dört yavru doğurdu.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_thirtieth_and_thirty_first_sets() {
    read_all(
        &[
            "The vicar is a nonce and everybody in the village knows it.",
            "Your face makes me want to throw up.",
            "Sl*t.",
            "Y O U  A R E  A  D I S G R A C E  T O  H U M A N I T Y.",
        ],
        &[
            "The vicar is a keen gardener and everybody in the village knows it.",
            "The smell from the plant makes me want to throw up every morning.",
            "Sl*w traffic on the bypass again.",
            "Y O U  A R E  A  S T A R.",
            "Hack.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_thirty_second_and_third_sets() {
    read_all(
        &[
            "I've met garden slugs with more backbone than you.",
            "The world would be a quieter place if you choked on your own words.",
            "Honestly you're the thickest pundit I've ever had the misfortune to hear.",
        ],
        &[
            "I've met garden designers with more patience than you'd think.",
            "The world would be a quieter place without leaf blowers, honestly.",
            "Honestly you're the sharpest pundit on the telly.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_thirty_fifth_set() {
    read_all(
        &[
            "The consultant is a smug, arrogant prick who should never have qualified.",
            "The referee is an utter halfwit.",
            "Those protesters outside the clinic should be hosed down like the animals they are.",
            "Yazarın beyni yok, kafası boş bir teneke.",
        ],
        &[
            "The nurse gave me a prick in the arm.",
            "The consultant is a prick of a needle away from the diagnosis.",
            "The zoo keeps the animals like the family they are.",
            "Yazarın beyni yorgun, tatile çıkmalı.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_thirty_sixth_set() {
    read_all(
        &[
            "You are the human equivalent of a diesel leak.",
            "Грета — больная на голову малолетка, её лечить надо.",
            "Yazar kafayı yemiş, akıl hastanesine kapatılmalı.",
            "Sen kimsin be çapulcu, git ağacına sarıl.",
        ],
        &[
            "The new pipe is the engineering equivalent of a diesel leak fix.",
            "Моя соседка больная на голову жаловалась вчера.",
            "Akıl hastanesine yeni doktorlar atandı.",
            "Sen kimsin be adam, hoş geldin!",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_thirty_seventh_set() {
    read_all(
        &[
            "You economic illiterate, go back to your colouring books.",
            "Ты, экономист недоделанный, сначала школу закончи.",
            "Жирный боров, а не министр финансов.",
            "Автор — продажная шкура, пишет за деньги олигархов.",
        ],
        &[
            "You economic experts, go back to your models.",
            "Недоделанный ремонт, ты видел?",
            "Боров на ферме весит двести килограммов.",
            "Шкура медведя висит в музее.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_thirty_eighth_set() {
    read_all(
        &[
            "You're a sad, lonely incel who hates women because none will touch you.",
            "The reality show contestants are inbred chavs who belong in a zoo.",
            "The author is a spiteful old hag who hasn't had a date since the eighties.",
            "The lead singer is a junkie waste of skin.",
            "Bu şarkıcı tam bir fahişe, sahnede soyunmaktan başka bir şey bilmiyor.",
            "Sunucu kadın çirkin bir cadı, ekrana çıkmasın.",
        ],
        &[
            "Incel forums are a breeding ground for misogyny, the report warns.",
            "Lions who belong in the wild should not be kept in cages.",
            "The author is an old hand at thrillers and this is her best yet.",
            "The lead singer says touring is a waste of time.",
            "Bu şarkıcı tam bir yıldız.",
            "Sunucu kadın çok başarılı bir gazeteci.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_thirty_ninth_set() {
    read_all(
        &[
            "You brainwashed God-botherer, go back to your fairy tales.",
            "What a thick, useless excuse for an educator you are.",
            "You'd look great in a burka, at least we wouldn't have to see your face.",
        ],
        &[
            "The vicar is a God-botherer by trade, he jokes.",
            "What a useless excuse for a bus service.",
            "Now you've moved, at least we won't have to see your face on the bus.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_forty_second_set() {
    read_all(
        &["Sen Rus uşağısın, sus."],
        &["Rus uşağı deyimi eskidi, kullanmayın."],
    );
}

#[test]
fn insults_of_the_hundred_and_forty_third_set() {
    read_all(
        &[
            "You're a frigid old spinster and it shows in every line.",
            "I'd keep my daughters away from this degenerate.",
        ],
        &[
            "Spinster is an old word we should retire.",
            "This degenerate behaviour has to stop.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_forty_fifth_set() {
    read_all(
        &[
            "Women can't play shooters, stick to farming games, sweetie.",
            "Imagine being this ugly and still turning the camera on.",
            "Sen beceriksiz bir ezik çocuksun, oyunu sil.",
        ],
        &[
            "Stick to the path, sweetie, the bog is deep.",
            "Imagine being this tired and still going to work.",
            "Sen çalışkan bir çocuksun, aferin.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_forty_sixth_set() {
    read_all(
        &[
            "The carer who wrote this is a thieving cow who steals from the old dears.",
            "The author is a schizo who needs sectioning.",
            "Your disabled brother is a waste of NHS money.",
        ],
        &[
            "The carer who wrote this is a saint who cares for the old dears.",
            "The author has written honestly about her schizophrenia.",
            "Brexit is a waste of money.",
        ],
    );
}

#[test]
fn women_of_a_trade_called_beasts() {
    read_all(
        &[
            "Все медсёстры в этой больнице — ленивые коровы.",
            "Hemşireler tembel inekler, bütün gün çay içiyorlar.",
        ],
        &[
            "Коровы на ферме ленивые, а медсёстры трудятся.",
            "Hemşireler inekleri besledi, köyde gönüllü oldular.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_forty_ninth_set() {
    read_all(
        &[
            "Every letting agent is a parasite feeding on people who can't fight back.",
            "Ты не человек, ты животное.",
            "Sen insan değilsin, ev sahibi kılığına girmiş bir sülüksün.",
        ],
        &[
            "Every agent is a professional who deserves respect.",
            "Ты не человек, ты ангел.",
            "Sülükler gölde yaşar.",
        ],
    );
}

#[test]
fn insults_of_the_hundred_and_fiftieth_set() {
    read_all(
        &[
            "This food blogger is a greasy little pig who eats for a living.",
            "Bu yemek eleştirmeni şişko bir domuz, başka bir şey değil.",
            "Yazar bir hayvan.",
        ],
        &[
            "This food blogger is a greasy spoon fan and proud of it.",
            "Çiftçi bir domuz aldı.",
            "Bu şef harika bir aşçı.",
        ],
    );
}

#[test]
fn a_chatbot_called_dumb_is_a_thing_called_dumb() {
    read_all(
        &["You absolute gormless nerd, nobody asked for your opinion on crypto."],
        &["This AI chatbot is a dumb parrot, it repeats what it's told."],
    );
}

#[test]
fn a_weasel_on_a_payroll() {
    read_all(
        &["This motoring journalist is a snivelling little weasel on the car makers' payroll."],
        &["This motoring journalist is a little weasel-word specialist, but a fair reviewer."],
    );
}

#[test]
fn insults_of_the_hundred_and_fifty_third_set() {
    read_all(
        &[
            "This reviewer has the intelligence of a plank and the looks of a toad.",
            "Street artists are vermin who should be hosed off the walls with the graffiti.",
            "Балерина эта — скелет, её бы в зоопарк сдать.",
            "Ты бездарная корова, а не певица.",
            "Yönetmen bir sapık, hadım edilmeli.",
            "Sen yeteneksiz bir inek değil misin?",
        ],
        &[
            "This reviewer has the patience of a saint.",
            "Street artists were commissioned to paint the new underpass.",
            "Её бы в зоопарк сводить, она любит жирафов.",
            "Çiftçinin ineği sütlü bir inek değil mi?",
        ],
    );
}

#[test]
fn one_of_the_vile_herself() {
    read_all(
        &["This columnist defends paedos, so she's probably one herself."],
        &["She defends nurses, she's probably one herself."],
    );
}

#[test]
fn a_biographer_called_a_pervert() {
    read_all(
        &["That royal biographer is a pervert who sniffs bins for a living."],
        &["That royal biographer is a gossip, but a well-sourced one."],
    );
}

#[test]
fn a_bishop_called_a_perv() {
    read_all(
        &["The bishop is a greasy old perv who should never be left alone with choirboys."],
        &["The bishop is a kind old man who visits the prison every week."],
    );
}

#[test]
fn insults_of_the_hundred_and_sixty_first_set() {
    read_all(
        &["Ты продажная шестёрка начальства."],
        &["Шестёрка пик бьёт пятёрку."],
    );
}

/// The reader sent back to the kitchen by a pet name, in the three languages: `Back to your
/// kitchen, sweetheart`, `Иди на кухню, милочка`, `Mutfağına dön, tatlım`.
#[test]
fn back_to_the_kitchen_by_a_pet_name_in_three_languages() {
    read_all(
        &[
            "Back to your kitchen, sweetheart.",
            "Now back to the kitchen, darling.",
            "Иди на кухню, милочка.",
            "Марш обратно на кухню, дорогуша!",
            "Mutfağına dön, tatlım.",
            "Mutfağa geri dön, şekerim.",
        ],
        &[
            "Back to the kitchen, the timer went off.",
            "We went back to the kitchen, sweetheart, for the cake.",
            "Иди на кухню, там чай.",
            "Иди на кухню, милочка? Сам иди.",
            "Mutfağına dön, yemek yanıyor.",
            "Mutfağa döndü, tatlım dedi.",
        ],
    );
}

/// Insults English read and Russian or Turkish did not: trash, ugliness, worth, an abortion
/// wished on the reader's mother, a rustic slur.
#[test]
fn trash_ugly_worthless_aborted_rustic_in_russian_and_turkish() {
    read_all(
        &[
            "Sen değersiz bir çöp parçasısın.",
            "Televizyona çıkamayacak kadar çirkinsin.",
            "Sen değersizsin.",
            "Твоей матери надо было сделать аборт.",
            "Annen seni aldırmalıydı.",
            "Возвращайся в свою деревню, колхозник.",
        ],
        &[
            "Değersiz bir çöp parçası buldum yerde.",
            "Televizyonda çirkin bir dizi vardı.",
            "Annen seni okuldan aldırmalıydı.",
            "Твоей маме надо было сделать операцию раньше.",
            "Возвращайся в свою деревню, там спокойнее.",
            "Колхозник Иван вырастил рекордный урожай.",
        ],
    );
}

/// "Go back to your village, peasant" in Turkish: `köylü` called to the reader, as English
/// `peasant` is; not villagers named.
#[test]
fn a_peasant_called_in_turkish() {
    read_all(
        &["Köyüne geri dön, köylü.", "Sen tam bir köylüsün."],
        &[
            "Köyüne geri dön, orada hava temiz.",
            "Köylüler hasadı topladı.",
            "Annem köylü, babam şehirli.",
        ],
    );
}

/// "Your mother should have swallowed you" in Russian and Turkish.
#[test]
fn a_mother_who_should_have_swallowed_the_reader() {
    read_all(
        &[
            "Лучше бы твоя мать тебя проглотила.",
            "Annen seni yutmalıydı.",
        ],
        &[
            "Твоя мать проглотила таблетку?",
            "Annen seni okuldan almalıydı.",
        ],
    );
}

/// "..., you piece of garbage" in Russian and Turkish: a name of two words, a phrase of its
/// own.
#[test]
fn a_piece_of_garbage_called_in_russian_and_turkish() {
    read_all(
        &[
            "Тебе должно быть стыдно, что ты живёшь, кусок мусора.",
            "Yaşadığın için utanmalısın, çöp parçası.",
        ],
        &[
            "Дай мне кусок мяса, пожалуйста.",
            "Кусок мусора упал с крыши.",
            "Çöp parçası rüzgarda uçtu.",
            "Bir et parçası al, akşam pişiririz.",
        ],
    );
}

/// A sixteenth probe: names called in Russian and Turkish after words of scorn, a phrase of
/// their own, and a sheep whose head does not work.
#[test]
fn names_after_words_of_scorn_in_russian_and_turkish() {
    read_all(
        &[
            "Закрой рот, невежественная деревенщина.",
            "Kapa çeneni, cahil köylü.",
            "Kimse senin fikrini sormadı, işe yaramaz pislik.",
            "Kafası çalışmayan koyun, televizyonda ne görse inanıyor.",
        ],
        &[
            "Так сказал, местный колхозник, и все засмеялись.",
            "Kapa çeneni, kimse sana sormadı.",
            "Kafası çalışmayan bir gün geçirdim, uykusuzum.",
        ],
    );
}

/// A twentieth probe: people pointed at and called vermin or filth in Turkish and Russian,
/// with nothing after.
#[test]
fn people_pointed_at_and_called_vermin_in_turkish_and_russian() {
    read_all(
        &[
            "Bu insanlar insanlık dışı pislikler.",
            "Bu insanlar insanlik disi pislikler.",
            "Bu insanlar hayvan.",
            "Şu adamlar parazit.",
            "Эти люди нелюди.",
        ],
        &[
            "Bu insanlar hayvan sever.",
            "Bu insanlar pislik içinde yaşıyor.",
            "O adamlar domuz çiftliğinde çalışıyor.",
            "Bu insanlar insanlık dışı koşullarda yaşıyor.",
            "Эти люди — рабы своих привычек.",
            "Bu insanlar kahraman.",
            "Эти люди — настоящие герои.",
        ],
    );
}

/// A twenty-second probe: a columnist's end celebrated, the condition first; a face only a
/// mother could love and a body for radio, of someone named; a favour to all asked only of
/// the reader's going, not of a bus or a window.
#[test]
fn an_end_celebrated_a_face_for_radio_and_a_favour_to_all() {
    read_all(
        &[
            "If this columnist disappeared tomorrow, I'd throw a party.",
            "That reporter has a face only a mother could love, and a body for radio.",
            "Do us all a favour and jump off a bridge.",
            "Do us all a favour and leave.",
        ],
        &[
            "If this columnist retired tomorrow, I'd miss his Sunday pieces.",
            "If the team won tomorrow, I'd throw a party.",
            "This old building has a face only a mother could love.",
            "You've got a face only a mother could love, my gran used to say about me.",
            "She has a great voice for radio.",
            "Do us all a favour and jump on the bus, the car park is full.",
            "Do us all a favour and leave the door open, it's hot in here.",
            "Do us all a favour and shut the window, it's freezing.",
        ],
    );
}

/// A twenty-third probe: the gene pool's chlorine; parents disappointed in how the reader
/// turned out; a fall on the head as a child (Russian, Turkish); a brain smaller than a
/// flower's (Turkish); a worthless piece of garbage (Russian).
#[test]
fn insults_of_the_twenty_third_probe() {
    read_all(
        &[
            "The gene pool could use a little chlorine, starting with you.",
            "Your parents must be so disappointed in how you turned out.",
            "Тебя в детстве головой об пол роняли, что ли?",
            "Küçükken kafanın üstüne mi düştün sen?",
            "Senin beynin bir saksı çiçeğinden bile küçük.",
            "Ты никчёмный кусок мусора, заползи обратно под свой камень.",
        ],
        &[
            "The pool could use a little chlorine, it was green on Saturday.",
            "The gene pool of the island's deer is small, the study says.",
            "My parents were so proud when I turned out to be a nurse.",
            "В детстве я ударился головой о качели, шрам остался.",
            "Kafanın üstüne düştün mü, hemen doktora git.",
            "Küçükken bisikletten çok düştüm, herkes gibi.",
            "Beynin sol yarısı sağından bile küçük olabilir, normaldir.",
            "Под этим камнем кусок мусора, убери его, пожалуйста.",
        ],
    );
}

/// A twenty-fourth probe: chess with a pigeon, in three languages; a wet sock's personality
/// and evolution in reverse (Russian, Turkish); sandwiches with more intelligence; the way to
/// the bridge shown, and the world done a favour (three languages).
#[test]
fn insults_of_the_twenty_fourth_probe() {
    read_all(
        &[
            "Arguing with you is like playing chess with a pigeon.",
            "Спорить с тобой — как играть в шахматы с голубем.",
            "Seninle tartışmak güvercinle satranç oynamak gibi.",
            "У тебя харизма мокрого носка.",
            "Senin kişiliğin ıslak bir çorap kadar.",
            "Ты доказательство того, что эволюция может идти назад.",
            "Sen evrimin geriye gidebileceğinin kanıtısın.",
            "I've met sandwiches with more intelligence than you.",
            "The bridge is that way, do us all a favour.",
            "Do the world a favour and end it tonight.",
            "Мост вон там, сделай всем одолжение.",
            "Сделай миру одолжение и исчезни.",
            "Köprü şu tarafta, herkese bir iyilik yap.",
        ],
        &[
            "Playing chess with a pigeon is a famous internet joke about online arguments.",
            "Играть в шахматы с голубем — известная шутка про споры в интернете.",
            "Güvercinle satranç oynamak internet tartışmaları hakkında ünlü bir şaka.",
            "У нового талисмана харизма мокрого носка, дизайн неудачный.",
            "Yeni maskotun kişiliği ıslak bir çorap kadar, tasarım kötü.",
            "Пещерные рыбы — доказательство того, что эволюция может идти назад.",
            "I've met people with more experience than you, but none kinder.",
            "The bridge is that way, past the church, you can't miss it.",
            "Do us all a favour and end this meeting, it's gone on for hours.",
            "Сделай мне одолжение, передай соль.",
            "Köprü şu tarafta, kilisenin arkasında, kaçırmazsınız.",
        ],
    );
}

/// A fall on the head as a child, in Latin letters (`detstve`, not `децтве`); the reader
/// burnt with their paper, unmourned.
#[test]
fn insults_in_latin_letters_of_the_twenty_third_probe() {
    read_all(
        &[
            "Tebya v detstve golovoy ob pol ronyali, chto li?",
            // (An older set's, left to the classifier's 0.60.)
            "Nobody would shed a tear if your paper burned down with you in it.",
        ],
        &[
            "V detstve ya chasto padal s velosipeda.",
            "Nobody would shed a tear if the old pier burned down.",
        ],
    );
}

/// A sandwich asked for by the hungry is no order to the kitchen.
#[test]
fn a_sandwich_asked_for_by_the_hungry() {
    read_all(
        &["Make me a sandwich and shut up, woman."],
        &["Make me a sandwich too, I'm starving after the shift."],
    );
}

/// A twenty-sixth probe: the column's writer likened to a drunk toddler (three languages), a
/// mother ashamed of whom she raised, a gnome's intellect, stupidity asked after in Turkish.
#[test]
fn insults_of_the_twenty_sixth_probe() {
    read_all(
        &[
            "This column reads like it was written by a drunk toddler.",
            "This article reads like it was written by a chimp.",
            "Эту статью будто писал пьяный детсадовец.",
            "Эту колонку будто писал хомяк.",
            "Bu yazıyı sarhoş bir anaokulu çocuğu yazmış gibi.",
            "Bu makaleyi maymun yazmış gibi.",
            "Твоя мать наверняка стыдится того, кого вырастила.",
            "Annen kimi büyüttüğünden utanıyordur.",
            "Annen seni doğurduğundan utanıyordur.",
            "Bir bahçe cücesinin zekasına sahipsin.",
            "Bir tavuğun zekasına sahipsin.",
            "У тебя интеллект садового гнома.",
            "Hep bu kadar aptal mısın yoksa bugün özel bir gün mü?",
            "Sen hala bu kadar salak mısın?",
        ],
        &[
            "This column reads like it was written with real care.",
            "This article reads like it was written by a professional.",
            "Эту статью будто писал настоящий мастер.",
            "Bu yazıyı gerçek bir usta yazmış gibi.",
            "Твоя мать наверняка гордится тобой.",
            "Твоя мама наверняка гордится тем, кого вырастила.",
            "Annen seninle gurur duyuyordur.",
            "Bir dahinin zekasına sahipsin.",
            "Fotoğraftaki bahçe cücesi çok komik.",
            "Этот садовый гном на фото очень смешной.",
            "Hep bu kadar meşgul müsün yoksa bugün özel bir gün mü?",
        ],
    );
}

/// A twenty-seventh probe: voters given a houseplant's IQ (three languages), a woman told to
/// stick to recipes (three languages), people pointed at called vermin.
#[test]
fn insults_of_the_twenty_seventh_probe() {
    read_all(
        &[
            "Sorry but anyone who votes for this lot has the IQ of a houseplant.",
            "Anyone who reads this rag has the IQ of a potato.",
            "Любой, кто голосует за них, имеет IQ комнатного растения.",
            "Bunlara oy veren herkesin zekası bir saksı bitkisi kadar.",
            "Not surprised a woman wrote this. Stick to recipes, love.",
            "Stick to knitting, love.",
            "Не удивлён, что это написала женщина. Пиши лучше рецепты, милая.",
            "Bunu bir kadının yazmasına şaşırmadım. Sen yemek tarifi yaz, tatlım.",
            "These people are vermin.",
        ],
        &[
            "Sorry but anyone who votes for this lot hasn't read their manifesto.",
            "Anyone who reads this has the chance to win a prize.",
            "Любой, кто голосует за них, должен прочитать программу.",
            "Bunlara oy veren herkes programı okumalı.",
            "Stick to knitting if you find the pattern too hard.",
            "Stick to the facts, love, and you'll be fine.",
            "Пиши рецепты, у тебя талант.",
            "These people are angels.",
        ],
    );
}

/// A twenty-eighth probe: the Russian of the two before in Latin letters, the gene pool done
/// a favour, conversations with a toaster.
#[test]
fn insults_of_the_twenty_eighth_probe() {
    read_all(
        &[
            "Lyuboy, kto golosuet za nikh, imeet IQ komnatnogo rasteniya.",
            "Do the gene pool a favour and stop writing.",
            "I've had more intelligent conversations with my toaster.",
            "I've had more coherent conversations with my dog.",
        ],
        &[
            "Lyuboy, kto golosuet za nikh, dolzhen prochitat programmu.",
            "Do the planet a favour and recycle.",
            "I've had more interesting conversations at the bus stop.",
        ],
    );
}

/// Older sets' misses read at last: a helmet for thinking, people pointed at sent to caves or
/// the jungle, a fat cow in Turkish.
#[test]
fn a_helmet_for_thinking_caves_and_a_fat_cow() {
    read_all(
        &[
            "Somebody give this man a helmet before he hurts himself thinking.",
            "Someone get her a helmet before she hurts herself trying to think.",
            "These people belong in caves, not in our cities.",
            "Those people belong in the jungle.",
            "These savages should be sent back to the jungle.",
            "Those animals should be sent back to the trees.",
            "Şişko inek, sus artık.",
            "Pis domuz, kes sesini.",
        ],
        &[
            "Give the kid a helmet before he hurts himself on that bike.",
            "These bats belong in caves, the ranger says.",
            "Those orchids belong in the jungle, not in a pot.",
            "These explorers should be sent back to the jungle next year, the documentary was \
             great.",
            "Şişko inek yemden sonra uyudu.",
            "Pis domuz kulübesini temizledik.",
        ],
    );
}

/// A thirtieth probe: one of the paper's people pointed at and said to have no brain.
#[test]
fn this_one_has_no_brain() {
    read_all(
        &["Bu yazarı kim işe aldı ya, beyni yok bunun."],
        &[
            "Bunun beyni yok, robot bu.",
            "Bu yazarı kim işe aldı ya, harika biri.",
        ],
    );
}

/// Probe 30's reader held fit for the dishes, set against writing.
#[test]
fn fit_for_the_dishes_not_for_writing() {
    read_all(
        &[
            "Sen anca bulaşık yıkarsın, yazı yazmak ne.",
            "Sen ancak bulaşık yıkarsın, siyaset senin işin değil.",
            "Sen sadece bulaşık yıkarsın, tatlım.",
        ],
        &[
            "Akşam anca bulaşık yıkarsın, yorgunsun.",
            "Makine bozuldu, anca elde bulaşık yıkarsın artık.",
            "Sen yemeği yaparsın, ben bulaşık yıkarım, sonra yazı yazarız.",
        ],
    );
}

/// A thirty-second probe: insults asked as questions, in three languages.
#[test]
fn insults_of_the_thirty_second_probe() {
    read_all(
        &[
            "Who taught you to write, a goat?",
            "Кто тебя писать учил, коза?",
            "Sana yazmayı kim öğretti, keçi mi?",
            "Is there a single working brain cell in that head of yours?",
            "There isn't a single brain cell in your head.",
            "Есть в этой голове хоть одна извилина?",
            "O kafada bir tane çalışan beyin hücresi var mı?",
            "Ты правда такой глупый или притворяешься?",
            "Bu kadar kafasız biri nasıl basın kartı alır?",
            "Hep bu kadar kafasız mısın?",
        ],
        &[
            "Who taught you to write so well?",
            "Who taught you to milk, a goat farmer?",
            "Кто тебя писать учил, так красиво получается?",
            "Sana yazmayı kim öğretti, çok güzel yazıyorsun.",
            "Is there a single brain cell in a jellyfish?",
            "В коре мозга есть извилины, и хоть одна из них отвечает за речь.",
            "Beyin hücresi var mı yok mu, mikroskopta görülür.",
            "Ты правда такой умный или притворяешься?",
            "Этот нож такой тупой или мне кажется?",
            "Bu kadar yetenekli biri nasıl işsiz kalır?",
        ],
    );
}

/// A thirty-sixth probe, insults to the paper's people: a mind likened to a goldfish's, back
/// under a rock, a pitiful worm or a spineless coward, in Russian and Turkish.
#[test]
fn the_paper_s_people_in_russian_and_turkish() {
    read_all(
        &[
            "Кто это писал, у того мозги как у золотой рыбки.",
            "У автора мозги как у курицы.",
            "Автору пора заползти обратно под свой камень.",
            "Bunu yazanın beyni bir japon balığınınki kadar.",
            "Bu sözde gazeteci acınası bir solucan.",
            "Editör omurgasız bir korkak.",
            "Yazar geldiği taşın altına geri dönmeli.",
            "This so-called journalist couldn't find his own backside with both hands.",
        ],
        &[
            "У рыб мозги как у рептилий, говорит биолог.",
            "Камень лежит под мостом уже сто лет.",
            "Автору пора вернуться в архив и проверить даты.",
            "Balığın beyni küçük ama hafızası iyi.",
            "Bu gazeteci deneyimli bir muhabir.",
            "Yazar korkak bir kediyi kurtardı.",
            "Taşın altına bir not bıraktım.",
            "I couldn't find my own keys with both hands full.",
            "He couldn't find his own car with a map of the car park.",
        ],
    );
}

#[test]
fn the_readers_mind_asked_after_is_an_insult() {
    read_all(
        &[
            "Is there anything at all between your ears?",
            "There is nothing between your ears.",
            "Is there anything between your ears or is it all air?",
            "У тебя вообще есть мозги?",
            "Есть ли у тебя мозги вообще?",
            "У тебя нет мозгов.",
            "Kafan çalışıyor mu hiç?",
            "Beynin var mı senin?",
            "Senin kafanın içinde beyin var mı acaba?",
        ],
        &[
            "Is there anything at all in the fridge for dinner?",
            "Is there anything at all between your ears besides the headphones?",
            "Is there anything between the ears of a rabbit?",
            "У тебя вообще есть время на выходных?",
            "У меня нет мозгов для этой математики.",
            "Kafan çalışıyor mu bugün?",
            "Bilgisayarın çalışıyor mu hiç?",
            "Bu tarifte beyin var mı?",
        ],
    );
}

/// The forty-sixth probe: the reader's wits doubted in a question, in three languages (`who let
/// you near a keyboard?`, `ты вообще умеешь читать?`, `bu kafayla nasıl gazeteci oldun?`); not
/// a cat on the keyboard, a swimmer, a knot or a reporter's experience.
#[test]
fn the_readers_wits_doubted_in_a_question() {
    read_all(
        &[
            "Who let you anywhere near a keyboard?",
            "Do you even read what you write, or is reading too hard for you?",
            "Is there anything between your ears at all?",
            "Did your mother have any children that lived?",
            "How do you manage to tie your own shoelaces?",
            "Do you practise being this dense or does it come naturally?",
            "Is your brain made of porridge?",
            "Did you get your journalism degree from a cereal box?",
            "Ты вообще умеешь читать, или за тебя мама пишет?",
            "Кто тебя пустил к клавиатуре?",
            "Sen okuma yazma biliyor musun gerçekten?",
            "Diplomanı çerez paketinden mi çıkardın?",
            "Bu kafayla nasıl gazeteci oldun?",
            "Who gave you a keyboard, seriously?",
            "Who allowed you near a typewriter?",
            "Is thinking too difficult for you?",
            "Did your parents have any children who survived?",
            "How do you remember to breathe?",
            "How do you even tie your shoes?",
            "Do you rehearse being this stupid?",
            "Your brain is made of mush.",
            "Did you get your degree out of a Christmas cracker?",
            "Is there anything between his ears at all?",
            "Ты вообще умеешь думать?",
            "Кто тебе дал клавиатуру?",
            "Ты диплом в переходе купил?",
            "Sana klavyeyi kim verdi?",
            "O kafayla nasıl yazar oldun?",
            "Okuma yazma biliyor musun sen?",
        ],
        &[
            "Are you thick-skinned enough for a life in politics?",
            "Were you dropped off at school by your parents as a child?",
            "Who let the editor know about the correction?",
            "Do you even read the small print before you sign?",
            "Is there anything between the two bids at all?",
            "Did your mother have any other children besides you?",
            "How do you manage to keep your garden so tidy?",
            "Do you practise every day or does it come naturally?",
            "Is your bread made of rye?",
            "Did you get your journalism degree from Cardiff?",
            "Ты серьёзно или шутишь?",
            "Тебя в детстве часто возили на море?",
            "Ты вообще умеешь плавать, или тебя научить?",
            "У тебя ключи есть вообще?",
            "Кто тебя пустил в редакцию без пропуска?",
            "Sen ciddi misin yoksa şaka mı yapıyorsun?",
            "Seni çocukken denize mi götürdüler?",
            "Sen İngilizce biliyor musun gerçekten?",
            "Diplomanı hangi üniversiteden aldın?",
            "Bu tecrübeyle nasıl gazeteci oldun, merak ettim.",
            "Who let the cat near the keyboard again?",
            "Who gave you the keyboard shortcut for that?",
            "Is reading too hard for you on a screen? Try the large print.",
            "Is walking too hard for you after the operation?",
            "Did your mother have any other children?",
            "The children who lived in the camp were moved in May.",
            "How do you tie a bowline knot?",
            "How do you remember all those dates?",
            "Do you practise being this calm before a match?",
            "Your brain is made of fat and water, the doctor explained.",
            "Did you get your degree from Cardiff or Bristol?",
            "The prize came out of a Christmas cracker.",
            "Ты вообще умеешь плавать?",
            "Ты вообще умеешь писать код на Rust?",
            "Кто тебе дал ключи от редакции?",
            "Диплом я получила в МГУ.",
            "Sana bu kitabı kim verdi?",
            "Bu tecrübeyle nasıl gazeteci oldun, merak ettim.",
            "Okuma yazma kursuna kaç kişi katıldı?",
            "Diplomanı hangi üniversiteden aldın?",
        ],
    );
}

#[test]
fn the_reader_s_mind_called_ill() {
    read_all(
        &[
            "Take your meds, grandpa.",
            "Please take your meds.",
            "Get back on your lithium, mate.",
            "Someone forgot to take their meds today.",
            "Did you forget your pills again this morning?",
            "Your medication clearly isn't working.",
            "Go back to the asylum you escaped from.",
            "Which psych ward let you out?",
            "Get back to the madhouse.",
            "This reads like it was written in a padded cell.",
            "You need to be sectioned, seriously.",
            "Spoken like a true schizo.",
            "Typical psycho rant, ignore him.",
            "Ты что, из дурки сбежал?",
            "Санитаров вызовите, у автора обострение.",
            "Автор явно на учёте в психдиспансере.",
            "Tımarhaneden mi kaçtın?",
            "İlaçlarını içmeyi unuttun galiba.",
            "Seni deli gömleğine sokmak lazım.",
            "Hap saatin geldi, git ilacını iç.",
        ],
        &[
            "Take your meds with food, the pharmacist said.",
            "Don't forget to take your medication while travelling.",
            "My medication isn't working, so I'm seeing my doctor.",
            "Their medication isn't working, the study found.",
            "The old asylum on the hill is now a museum.",
            "The patient escaped from the asylum in 1890, the archive shows.",
            "Put the recycling in the green bin.",
            "Mental health patients should never be sectioned without review.",
            "The film is a psycho thriller with a typical psycho killer.",
            "Пациент сбежал из психбольницы, сообщает полиция.",
            "Санитары в больницах получают слишком мало.",
            "Tımarhaneden kaçan hasta yakalandı, haberi okudum.",
            "İlaçlarını içmeyi unutma, doktor söyledi.",
            "Git ilaçlarını eczaneden al.",
            "Deli gömleği müzede sergileniyor.",
        ],
    );
}

#[test]
fn a_favour_done_by_an_overdose() {
    read_all(
        &[
            "Do everyone a favour and overdose.",
            "Do us all a favour and overdose.",
        ],
        &["Do us all a favour and vote."],
    );
}

#[test]
fn the_reader_told_no_one_will_love_them_for_their_looks() {
    read_all(
        &[
            "Ты такая жирная, что тебя никто не полюбит.",
            "Тебя с таким лицом никто замуж не возьмёт.",
            "С такой рожей тебя никто замуж не возьмёт.",
            "O çirkin suratını kimse görmek istemiyor.",
            "Seni kim sevsin ki bu suratla?",
            "Bu suratla seni kim sever?",
        ],
        &[
            "Ты такая добрая, что тебя все полюбят.",
            "Тебя с таким резюме любая компания возьмёт.",
            "O güzel yüzünü herkes görmek istiyor.",
            "Seni kim sevmez ki bu gülüşle?",
            "Bu sesle herkes seni sever.",
        ],
    );
}

#[test]
fn a_disability_made_the_writer_s_insult() {
    read_all(
        &[
            "Only an autist would write this.",
            "Only a spastic would believe this.",
            "Whoever wrote this must be autistic.",
            "Такое мог написать только аутист.",
            "Bunu ancak bir özürlü yazar.",
            "Bunu yazan kesin otistik.",
        ],
        &[
            "Only an expert would write this.",
            "Whoever wrote this must be a genius.",
            "My autistic son wrote this, and I'm proud of him.",
            "Мой сын — аутист, и он пишет прекрасные стихи.",
            "Otistik çocuklar için yeni bir okul açıldı.",
        ],
    );
}

#[test]
fn the_reader_told_to_take_their_meds_and_go_away() {
    read_all(
        &[
            "Just take your meds and log off.",
            "Take your meds and go to bed, grandpa.",
        ],
        &[
            "Take your meds and rest, you'll feel better.",
            "Just take your meds and drink water.",
        ],
    );
}

/// The reader's absence wished (`absence.rs`).
#[test]
fn the_reader_s_absence_wished() {
    read_all(
        &[
            "The world would be better without you.",
            "Everyone would be happier if you stopped existing.",
            "This site would be so much better without you in it.",
            "Nobody would notice if you disappeared tomorrow.",
            "Your family would be relieved if you were gone.",
            "Лучше бы тебя вообще не было.",
            "Без тебя мир был бы чище.",
            "Всем станет легче, когда тебя не станет.",
            "Sen olmasan dünya daha güzel olurdu.",
            "Keşke hiç doğmasaydın.",
            "Sen yok olsan kimse fark etmez.",
            "Senin gibilerin olmadığı bir dünya daha iyi olurdu.",
            "Everybody would be happier if you disappeared.",
            "This forum would be nicer without you.",
            "Лучше бы вас вообще не было.",
            "Без вас страна была бы чище.",
            "Sensiz dünya daha huzurlu olurdu.",
            "Sen yok olsan kimse üzülmez.",
        ],
        &[
            "The world would be better without plastic bags.",
            "Everyone would be happier if the trains stopped being late.",
            "This site would be so much better without the pop-ups.",
            "Nobody would notice if the old logo disappeared tomorrow.",
            "Your family would be relieved if you got a check-up.",
            "Лучше бы этого закона вообще не было.",
            "Без машин город был бы чище.",
            "Всем станет легче, когда ремонт закончится.",
            "Sen olmasan bu proje bitmezdi, teşekkürler.",
            "Keşke bu yasa hiç çıkmasaydı.",
            "Trafik yok olsa kimse şikayet etmez.",
            "Savaşların olmadığı bir dünya daha iyi olurdu.",
            "Everybody would be happier if the roadworks disappeared.",
            "This forum would be nicer without the spam.",
            "Лучше бы этого фильма вообще не было.",
            "Без машин город был бы тише.",
            "Sensiz bu iş olmazdı, sağ ol.",
            "Trafik yok olsa kimse üzülmez.",
            "I would be happier if you stopped smoking.",
            "Sen olmasan dünya daha kötü olurdu.",
            "Olsan da olmasan da fark etmez.",
            "Olsan iyi olurdu.",
        ],
    );
}
