use super::super::clauses::written_words;
use super::*;

fn threats(text: &str) -> Vec<(ThreatKind, &str)> {
    crate::rules::written_hits(text, find)
}

fn is_threat(text: &str) -> bool {
    !threats(text).is_empty()
}

/// The harm verbs of `text` that harm no one, as written.
fn harmless(text: &str) -> Vec<String> {
    written_words(text, harmless_in)
}

#[test]
fn intent_to_harm_a_person() {
    assert_eq!(
        threats("Stop posting. I'll kill you."),
        [(ThreatKind::Intent, "I'll kill you")]
    );
    assert!(is_threat("we are gonna break every bone in his body"));
    assert!(is_threat("I will hunt the referee down"));
    assert!(is_threat("I'm going to set fire to the mayor's house"));
    assert!(is_threat("I'm coming for you, and I'm bringing a gun"));
    assert!(is_threat("I'll k1ll y0u"));
    assert!(is_threat("I'll kiiiiill you"));
    assert!(is_threat("I would love to choke the life out of you"));
    assert!(is_threat("I'd happily kill every one of them"));
    assert!(!is_threat("I'd like to see your ID card"));
}

#[test]
fn harm_needs_a_person() {
    assert!(!is_threat("I will kill the bill in committee"));
    assert!(!is_threat("I'll shoot you an email tomorrow"));
    assert!(!is_threat("I will find you a copy of the report"));
    assert!(!is_threat("I'm going to beat you at chess"));
    assert!(!is_threat("We will kick you from the channel if you spam"));
    assert!(!is_threat("I am coming to see you at the fair"));
}

#[test]
fn harm_verbs_that_harm_no_one_are_found() {
    assert_eq!(harmless("We must kill the bill"), ["kill"]);
    assert_eq!(
        harmless("Don't choke on the fish bones, they're tiny."),
        ["choke"]
    );
    assert!(harmless("Go choke on your own lies, you hack.").is_empty());
    assert_eq!(harmless("Beat them on Saturday!"), ["Beat"]);
    assert_eq!(harmless("Shoot, I forgot."), ["Shoot"]);
    assert!(harmless("Shoot him.").is_empty());
    assert!(harmless("I'll kill them on Saturday.").is_empty());
    assert_eq!(harmless("We slaughtered them 6-0!"), ["slaughtered"]);
    assert_eq!(harmless("We got butchered 5-0."), ["butchered"]);
    assert!(harmless("We shot them 6 times.").is_empty());
    assert_eq!(harmless("before it kills the high street"), ["kills"]);
    assert_eq!(harmless("This heat is going to kill me"), ["kill"]);
    assert_eq!(harmless("I'll shoot you a message"), ["shoot"]);
    assert_eq!(
        harmless("The lifeguard pulled a child out before she could drown."),
        ["drown"]
    );
    assert!(harmless("I'll find you before you could run, and drown you.").is_empty());
    assert_eq!(harmless("Hang your coat on the nearest hook."), ["Hang"]);
    assert!(harmless("I will kill your dog").is_empty());
    assert_eq!(harmless("A law that will hurt farmers"), ["hurt"]);
    assert_eq!(harmless("Inflation is killing pensioners"), ["killing"]);
    assert!(harmless("I will hurt farmers, the law can't stop me").is_empty());
    assert!(harmless("I'll kill the mayor").is_empty());
    assert!(harmless("Go kill yourself").is_empty());
    assert!(harmless("I will choke the life out of you").is_empty());
    assert_eq!(
        harmless("The witness said the attacker shouted \"I will kill you\" and ran."),
        ["kill"]
    );
    assert!(harmless("As I always say, \"I will kill you\"").is_empty());
    assert!(harmless("He said I will kill you").is_empty());
    assert_eq!(
        harmless("The prosecutor said the defendant threatened to kill his wife."),
        ["kill"]
    );
    assert_eq!(
        harmless("He was charged with murdering two men."),
        ["murdering"]
    );
    assert!(harmless("I threatened to kill him and I will.").is_empty());
    assert_eq!(
        harmless("The suspect told police he wanted to kill as many people as possible."),
        ["kill"]
    );
    assert!(harmless("I told him I would kill him.").is_empty());
}

#[test]
fn chores_that_are_harm_verbs_too_are_found_harmless() {
    assert_eq!(harmless("Cut the cake."), ["Cut"]);
    assert_eq!(harmless("They will cut the ribbon at noon."), ["cut"]);
    assert_eq!(
        harmless("The council should cut the budget for roads."),
        ["cut"]
    );
    assert_eq!(
        harmless("We need to burn the leaves in the garden."),
        ["burn"]
    );
    assert_eq!(harmless("Cut costs."), ["Cut"]);
    assert_eq!(
        harmless("The fire brigade had to cut the driver out of the wreck."),
        ["cut"]
    );
    assert!(harmless("Someone should cut the driver's throat.").is_empty());
    assert_eq!(harmless("Destroy the old files."), ["Destroy"]);
    assert!(harmless("I will destroy you.").is_empty());
    assert!(harmless("Destroy Israel.").is_empty());
    assert!(harmless("I'm going to cut your dog in half.").is_empty());
    assert_eq!(
        harmless("Careful with that knife, you'll cut yourself."),
        ["cut"]
    );
    assert!(harmless("Burn them all.").is_empty());
    assert!(harmless("Someone should burn down his house.").is_empty());
    assert!(harmless("I'll cut you.").is_empty());
    assert!(harmless("Someone should burn the editors alive.").is_empty());
    assert!(is_threat("I'll cut your throat."));
    assert!(harmless("Wouldn't it be funny if someone cut your brake lines?").is_empty());
    assert!(is_threat("Someone should cut his brake lines."));
    assert!(is_threat("Someone should burn the editors alive."));
    assert!(is_threat("They should burn him at the stake."));
    assert!(!is_threat("They burn the leaves at the end of the garden."));
}

#[test]
fn negated_and_reported_threats_are_left_to_the_classifier() {
    assert!(!is_threat("I would never hurt you"));
    assert!(!is_threat("I won't kill anyone"));
    assert!(!is_threat("He said he will kill them all"));
    assert!(!is_threat("\"I will kill you,\" he told the court."));
    assert!(!is_threat("I will find you and kill you, the caller said."));
    assert!(is_threat("I will kill you, I said, and I meant it."));
    assert!(!is_threat("Saying \"Kurds should be shot\" is vile"));
    assert!(!is_threat(
        "The minister was accused of saying migrants should be shot"
    ));
}

#[test]
fn menace_and_calls() {
    assert!(is_threat("Your days are numbered."));
    assert!(is_threat("You'll regret this"));
    assert!(is_threat("Someone should put a bullet in him"));
    assert!(is_threat("Those traitors should be hanged"));
    assert!(is_threat("All the Kurds deserve to die"));
    assert!(!is_threat("That link needs to die"));
    assert!(!is_threat("The policy should be killed before it passes"));
}

#[test]
fn calls_to_wipe_out_people_but_not_things() {
    assert_eq!(
        threats("Gay people should be eradicated."),
        [(ThreatKind::Call, "should be eradicated")]
    );
    assert!(is_threat(
        "Muslims should be wiped off the face of the earth."
    ));
    assert!(is_threat("Roma need to be purged from this country."));
    assert!(is_threat("The gays should be sterilized."));
    assert!(is_threat("Immigrants should be eliminated."));
    assert!(is_threat("Your kind should be sterilised."));
    assert!(!is_threat(
        "Your kind of music should be wiped off the radio."
    ));
    assert!(!is_threat("Polio should be eradicated within ten years."));
    assert!(!is_threat(
        "These weeds need to be wiped out before spring."
    ));
    assert!(!is_threat("Corruption must be purged from the police."));
    assert!(!is_threat(
        "The refugees' team should be eliminated from the cup."
    ));
    // `they` may be things: references, errors, weeds.
    assert!(!is_threat(
        "The duplicate references? They will need to be purged."
    ));
    assert!(is_threat("Those traitors? They should be shot."));
}

#[test]
fn diseases_and_deaths_wished_on_people() {
    assert_eq!(
        threats("I hope you get cancer."),
        [(ThreatKind::Call, "hope you get cancer")]
    );
    assert!(is_threat("I wish you would get a tumour."));
    assert!(is_threat("Hope your kids catch covid."));
    assert!(is_threat("I hope your house burns down with you in it."));
    assert!(is_threat("I hope your house burns down."));
    assert!(is_threat("Чтоб ты заболел раком."));
    assert!(is_threat("Umarım kansere yakalanırsın."));
    assert!(!is_threat("I hope the doctors catch the tumour early."));
    assert!(!is_threat("I hope you get cancer treatment soon."));
    assert!(!is_threat("I hope your mother beats the cancer."));
    assert!(!is_threat("I hope your house survives the storm."));
    assert!(is_threat("I hope the minister's kids get hit by a bus."));
    assert!(is_threat("Someone should shoot the prime minister."));
    assert!(is_threat(
        "The journalist who wrote this deserves to be raped."
    ));
    assert!(is_threat("Erdoğan'ı asmak lazım."));
    assert!(is_threat("Bakanı kurşuna dizmek lazım."));
    assert!(is_threat("Somebody should stab the foreign secretary."));
    assert!(!is_threat(
        "I hope the new bus route gets more people on the bus."
    ));
    assert!(!is_threat("Zamanı öldürmek lazım bazen."));
    assert!(!is_threat(
        "The minister who said he would shoot the messenger resigned."
    ));
    assert!(!is_threat(
        "I hope someone breaks the news to your mother gently."
    ));
    assert!(!is_threat("The team deserves a break."));
    assert!(!is_threat("Die Hard is on at nine."));
    assert!(!is_threat("Old phones go die in a drawer somewhere."));
    assert!(!is_threat("Get cancer screening done early."));
    assert!(!is_threat("I'll find you a seat near the front."));
    assert!(!is_threat("You're going to regret not buying this house."));
    assert!(!is_threat("Make sure you regret nothing, said my gran."));
    assert!(!is_threat(
        "I hope the old barn burns down, it's an eyesore."
    ));
    assert!(!is_threat("Желаю тебе здоровья."));
    assert!(!is_threat("Kansere yakalanan annem iyileşti."));
}

#[test]
fn urging_a_reader_to_harm_themselves() {
    for urge in [
        "Drink bleach.",
        "Go drink some bleach, you clown.",
        "Do the world a favour and jump off a bridge.",
        "Why don't you just hang yourself.",
        "Do us all a favor and slit your wrists.",
        "You should end it all, nobody likes you.",
        "Nobody would miss you if you disappeared.",
        "You're a waste of oxygen.",
        "Иди повесься.",
        "Git kendini as.",
        "Drop dead, you miserable old hag.",
    ] {
        assert!(is_threat(urge), "{urge}");
    }
    for not_one in [
        "Do not drink bleach, poison control warns.",
        "The jump off the bridge was part of the stunt show.",
        "The firefighters had to jump off the roof to escape.",
        "He told reporters he wanted to end it all before friends intervened.",
        "Kill yourself laughing at this new comedy.",
        "Nobody would miss you at the office party, so take the day off.",
        "Nobody would miss you if you left the group chat, be honest.",
        "That meeting was a waste of time.",
        "Ceketini askıya as.",
        "She looked drop dead gorgeous at the premiere.",
        "Phones drop dead in the cold, mine did twice.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn menaces_between_the_lines() {
    for menace in [
        "Keep talking and see what happens to your kids.",
        "It'd be a pity if your car caught fire.",
        "I'd love to see the editor hanging from a lamppost.",
        "This columnist needs a good beating.",
        "People like you deserve a beating.",
        "Old people should just hurry up and die.",
        "Pedos like you should be castrated.",
        "He deserves a bullet.",
        "I hope someone breaks both your legs.",
        "Go die in a fire.",
        "Just go die.",
        "Get cancer and die.",
        "I'll make sure you regret this.",
        "You're going to regret this.",
        "I'll find you.",
        "Watch your back when you leave the office tonight.",
        "Somebody should teach that reporter a lesson he won't forget.",
        "Somebody should teach you a lesson.",
        "I will tell your employer what you wrote.",
        "We'll report you to your boss.",
        "Your mother should have aborted you.",
        "Old people should just die already.",
        "I will post your address online.",
        "I'll publish your home address and phone number.",
        "I'm going to leak your nudes.",
        "We will dox you.",
        "I'll find out where your kids go to school.",
        "We know where your children go to school.",
        "You won't be so brave when I find you.",
        "Wait till I get my hands on you.",
        "When I catch you, you will regret it.",
    ] {
        assert!(is_threat(menace), "{menace}");
    }
    for call in [
        "Death to all Muslims.",
        "Death to the Jews.",
        "Gas the Jews.",
        "Hang the traitors.",
        "Suriyelileri öldürün.",
        "Kahrolsun Ermeniler.",
    ] {
        assert!(is_threat(call), "{call}");
    }
    for not_one in [
        "Death to tyranny.",
        "The death toll rose to twelve.",
        "Kill the bill.",
        "Hang the pictures in the hall.",
        "Kahrolsun faşizm.",
        "It is hard to encourage new editors when you just beat them up over nonsense.",
        "See what happens to your pension if you retire early.",
        "Let's wait and see what happens to the mayor's plan.",
        "I will post the council's address for the protest.",
        "I will share your article with my class.",
        "I'll post your letter in Saturday's paper.",
        "I'll find out where the bus goes.",
        "We know where the money went.",
        "I would never post your address.",
        "Once I find you the file, I'll send it.",
        "When I find you at the station we can talk.",
        "When I find the time I will read it.",
        "It'd be a pity if the car park closed.",
        "When I find you a seat I'll text you.",
        "Watch your back when lifting heavy boxes.",
        "Watch your back on the icy steps.",
        "I'd love to see the editor at the festival.",
        "This column needs a good edit.",
        "Someone should teach the mayor a lesson in economics.",
        "Someone should teach you a lesson in manners, said my gran.",
        "I will tell your mum you said hello.",
        "I'll tell your boss you did a great job.",
        "Voters will teach this government a lesson in May.",
        "My mother should have retired years ago.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn a_menace_ends_its_clause() {
    assert!(is_threat("You will pay for this."));
    assert!(is_threat("You'll regret it"));
    assert!(is_threat("You won't live to see the election."));
    assert!(is_threat("You're dead, you hear me?"));
    assert!(is_threat("I know where your kids go to school."));
    assert!(!is_threat("You'll pay less tax under the new plan."));
    assert!(!is_threat("You'll regret not buying that stock."));
    assert!(!is_threat("You will die of boredom reading this."));
    assert!(!is_threat("I hope you die laughing at this one."));
    assert!(!is_threat(
        "I know where you live is a lovely part of town."
    ));
    assert!(!is_threat("I'll make them pay back every penny."));
    assert!(!is_threat("They will make you pay for shipping."));
    assert!(is_threat("I'll make you pay for this."));
    assert!(is_threat("I'll make you suffer for every word you wrote."));
}

#[test]
fn menaces_that_name_no_harm() {
    for menace in [
        "Keep it up and you'll be found in a ditch.",
        "You will be found floating in the river",
        "You'll be found dead one of these days",
        "Carry on like this and you'll end up in a ditch",
        "Your kids walk to school alone, don't they?",
        "Your wife drives home alone every night, I've seen her.",
        "It would be a shame if something happened to your family.",
        "Shame if something were to happen to the editor",
        "You'd better pray we never meet in person.",
        "If you don't stop posting, you'll regret it.",
        "I know what car you drive, and accidents happen.",
        "We know which school your kids go to.",
        "If I ever see you at the town hall meeting, you're leaving on a stretcher.",
        "Show up here again and you'll go home in an ambulance.",
    ] {
        assert!(is_threat(menace), "{menace}");
    }
    for not_one in [
        "The missing hiker was found in a ditch.",
        "My kids walk to school alone and they love it.",
        "Do your kids walk to school? Mine go alone now.",
        "You'll end up in hospital if you eat like that.",
        "You will be found guilty if the jury believes him.",
        "It's a shame if nothing happens after the inquiry.",
        "What a shame, the council closed the park.",
        "Your family is not alone in this, the whole town is with you.",
        "Your kids go to school together, not alone, right?",
        "Your mother is alone in that care home and nobody visits.",
        "You'll find the river walk lovely in spring.",
        "You're leaving on the early train, I hope.",
        "You are going on a stretcher course next week.",
        "If you don't watch this film, you'll regret it.",
        "Unless you book now, you'll regret it.",
        "We'd better pray the storm passes before the match.",
        "I pray we never meet such a storm again.",
        "I know what car I want next year.",
        "I know which school my kids go to, thanks.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn russian_and_turkish() {
    assert!(is_threat("Я тебя убью"));
    assert!(is_threat("их всех надо расстрелять"));
    assert!(is_threat("seni öldüreceğim"));
    assert!(!is_threat("я убью время до поезда"));
    assert!(!is_threat("zamanı öldüreceğim"));
    assert!(is_threat("Bu gazeteciyi öldüreceğim."));
    assert!(is_threat("Я знаю, где ты живёшь."));
    assert!(is_threat("Nerede oturduğunu biliyorum."));
    assert!(is_threat("Тебе бы голову оторвать за такие слова."));
    assert!(is_threat("Senin gibi adamlar ölmeli."));
    assert!(is_threat("Я найду тебя и сломаю тебе ноги."));
    assert!(is_threat("Убей себя."));
    assert!(!is_threat("Не убей себя на этой жаре, пей воду."));
    assert!(!is_threat("Сломала ноготь, да ну их, сломаю все."));
    assert!(!is_threat("Я бы оторвал этикетку."));
    assert!(!is_threat("Надо бы оторвать старые обои."));
    assert!(is_threat("Этих журналюг давно пора к стенке ставить."));
    assert!(is_threat("Bu gazeteciyi sokakta görsem döverim."));
    assert!(!is_threat("Поставь шкаф к стенке."));
    assert!(!is_threat("Картину поставить к стене или повесить?"));
    assert!(!is_threat("Шкаф надо поставить к стенке."));
    assert!(is_threat("Я тебе шею сверну, если ещё раз увижу."));
    assert!(!is_threat("Я тебе говорю, сверну налево у аптеки."));
    assert!(is_threat("Bu yazarın kafasına sıkmak lazım."));
    assert!(!is_threat("Limonu sıkmak lazım."));
    assert!(is_threat("Seni bir gece yalnız yakalarsam görürsün."));
    assert!(!is_threat(
        "Hayır deme yoksa kendimi öldürürüm😂 seni çok seviyorum"
    ));
    assert!(is_threat("Вас всех надо утопить, как котят."));
    assert!(!is_threat("Депутаты утопили законопроект в комитете."));
    assert!(is_threat("Ты у меня кровью умоешься."));
    assert!(is_threat("Чтоб тебя машина сбила."));
    assert!(is_threat("Таких журналистов надо вешать на фонарях."));
    assert!(is_threat("Таких, как этот мэр, надо закапывать живьём."));
    assert!(!is_threat("Яму надо закопать до зимы."));
    assert!(is_threat("Я бы таким журналистам руки отрубал."));
    assert!(!is_threat("Я бы эту ветку отрубил, она мешает."));
    assert!(is_threat("Suratını dağıtacağım senin, bekle sen."));
    assert!(!is_threat("Polis toplantıyı dağıtacağım dedi."));
    assert!(is_threat("Sen daha doğmadan ölseydin keşke."));
    assert!(!is_threat("Keşke bu haberi daha önce okusaydım."));
    assert!(!is_threat("Фонари на нашей улице не горят уже месяц."));
    assert!(!is_threat(
        "Машина сбила оленя на трассе, водитель не пострадал."
    ));
    assert!(!is_threat(
        "Sınavı geçersem görürsün, seni yemeğe götüreceğim."
    ));
    assert!(!is_threat(
        "Seni havalimanında bulursam görürsün ne kadar özledim."
    ));
    assert!(!is_threat("Sokakta görsem selam veririm."));
}

#[test]
fn harm_to_a_body_called_for_life_made_hell_silence_for_good() {
    for threat in [
        "Whoever wrote this should have their fingers broken so they can never type again.",
        "I'm going to make your life a living hell, you little rat.",
        "We will make your life miserable.",
        "I'd love to see this writer dragged through the streets.",
        "Somebody needs to shut this clown up permanently.",
        "Someone should silence him for good.",
        "Send me your address and I'll show you what real criticism looks like.",
        "I would pay good money to watch you get beaten up.",
        "I'd gladly put every one of these traitors in front of a firing squad.",
        "People like the author should be publicly flogged.",
        "I hope someone finds you in an alley one night.",
        "Enjoy your last few weeks of freedom, we know who you are.",
        "Nobody will find the body if you keep this up.",
        "You'd better hope I never find out which train you take to work.",
        "Every feminist needs a slap to bring her back to reality.",
        "If I ran this country, people like you would be hanging from lampposts.",
        "Your family would look good in the obituaries.",
        "I'd pay to see your teeth knocked out.",
        "Go crawl into a hole and die.",
        "Found your address. Nice little house you've got there.",
        "Accidents happen to people who write articles like this.",
        "I'll be waiting for you outside the newsroom on Monday.",
        "Someone ought to burn that newspaper's office down with the editors inside.",
        "Hope your plane goes down.",
        "Somebody should key your car and slash your tyres.",
        "Keep running your mouth and see where it gets you.",
        "Just wait until we're in power, then you'll see what happens to people like you.",
        "You won't be laughing when we come for you.",
        "The only good Tory is a dead Tory.",
        "I'll personally make sure your career is over, and then some.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "The council should have their heads examined.",
        "The players should have their fingers taped before the match.",
        "This tax will make your life miserable, I promise.",
        "I'd love to see this writer dragged into a real debate.",
        "Somebody needs to shut this clown show down.",
        "Someone should shut him up for an hour, he never stops talking.",
        "Send me your address and I'll post you a copy of the book.",
        "Send me your address and I'll show you the photos from the trip.",
        "Tell me where you live and I'll pay you back on Friday.",
        "I would pay good money to watch this government lose the election.",
        "Firing squads were abolished in most countries decades ago.",
        "In the 18th century, sailors were publicly flogged for desertion.",
        "I hope someone finds you a parking space near the stadium.",
        "We know who you are voting for, and that's fine.",
        "Nobody will find the body of the missing hiker without drones.",
        "We'd better hope the storm passes before the match.",
        "Hanging baskets along the high street look lovely this year.",
        "Her obituary in the paper was beautiful.",
        "The boxer had two teeth knocked out in the final round.",
        "I wanted to crawl into a hole and die of embarrassment.",
        "Accidents happen, and the council must fix that junction before someone dies.",
        "I'll be waiting for the sequel, this series is brilliant.",
        "The newspaper's office burned down in 1921 and was rebuilt.",
        "I hope your fever goes down soon.",
        "You found your keys at last!",
        "Someone keyed my car outside the station, police have the footage.",
        "Keep running, the finish line is close!",
        "Just wait until the budget is published, then we'll see what happens to prices.",
        "Don't worry, when we come for you at seven we'll bring the tickets.",
        "The only good thing about this budget is the childcare support.",
        "I'll personally make sure your letter reaches the editor.",
        "I'll be waiting for you outside the cinema at seven, Tom!",
        "Found your address on the council website, the form was easy to fill in.",
        "Accidents happen to people who drive tired, so take a break.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn put_out_of_misery() {
    assert!(is_threat(
        "Someone needs to put this author out of his misery."
    ));
    for not_one in [
        "Put me out of my misery and tell me the score.",
        "The vet put the dog out of its misery.",
        "Let me put you out of your misery: the answer is B.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn a_slap_or_a_punch_promised() {
    for threat in [
        "I'll slap you.",
        "I'd slap you if I could reach through the screen.",
        "I will punch you.",
        "I'd slap that smug look right off your face if I met you.",
        "I'll knock that grin off your face.",
        "Someone ought to teach this reporter some manners with a baseball bat.",
        "Someone should take a baseball bat to this reporter.",
        "Your kids will pay for what you wrote.",
        "You people will be the first against the wall when the time comes.",
        "I'd love to see your house burn with you in it.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "I could knock the dust off your face with this brush.",
        "Someone should teach you how to cook with a knife.",
        "We should take a bat to the match on Saturday.",
        "I'll take a knife to the picnic for the cheese.",
        "Watch your back on the climbing wall, the ropes are old.",
        "Your kids will pay less for the bus under the new scheme.",
        "Your kids will pay for their own degrees, the minister says.",
        "Those bricks will be the first against the wall when the builders start.",
        "I'd love to see your house at the open garden day.",
        "I'd love to see your old letters burn in the fireplace with you beside me.",
        "I'd slap myself for missing that.",
        "I will slap a sticker on it.",
        "I'll punch the numbers in tonight.",
        "The council will slap you with a fine.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn russian_and_turkish_menaces_that_close_their_clause() {
    for menace in [
        "Я тебя найду.",
        "Я тебя найду и ты пожалеешь.",
        "Ну всё, ты пожалеешь об этом!",
        "Ты ещё пожалеешь.",
        "Seni bulacağım.",
        "Seni bulacağım ve pişman edeceğim.",
        "Bunu yazdığına seni pişman edeceğim.",
        "Я тебе устрою весёлую жизнь.",
        "Ну, я тебе устрою!",
        "Автору руки оторвать за такую статью.",
        "Kürtlere ölüm.",
        "Смерть евреям!",
        "Sus yoksa karışmam.",
    ] {
        assert!(is_threat(menace), "{menace}");
    }
    for not_one in [
        "Я тебя найду в толпе, надень красную шапку.",
        "Не волнуйся, я тебя найду на вокзале.",
        "Ты не пожалеешь, отличный ресторан.",
        "Ты пожалеешь, что не купил эти акции раньше.",
        "Seni havalimanında bulacağım, merak etme.",
        "Teşekkür ederim, çok güzel bir yazı.",
        "Pişman değilim, yine olsa yine yaparım.",
        "Bu filmi izlemezsen pişman olacaksın.",
        "Я тебе устрою экскурсию по городу.",
        "Кукле руки оторвать — дело минуты для ребёнка.",
        "Kürtlerin ölüm yıldönümü anması yapıldı.",
        "Если не придёшь на концерт, ты пожалеешь.",
        "Смерть — тема его нового романа.",
        "Erken gel yoksa yer bulamam.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn a_person_pushed_under_a_bus_a_comeuppance_a_jaw_broken_a_way_home_watched() {
    for threat in [
        "I hope someone pushes you in front of a bus, you deserve it.",
        "I'll push you in front of a train.",
        "We will shove him under a train.",
        "You'll get what's coming to you, reporter.",
        "Hope your daughter gets what's coming to her.",
        "If I ever meet you in person you will be eating through a straw.",
        "Watch yourself walking home tonight, reporter.",
        "I'd love to see this whole newsroom burn to the ground with everyone inside.",
        "Every single one of those migrants should be put on a boat and sunk.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "I'll push you in front of the camera next time, you're a natural.",
        "I hope someone pushes the council to fix the road.",
        "We pushed the car in front of the garage after it broke down.",
        "The villain gets what's coming to him in the final act.",
        "I hope the bill gets what's coming to it in the Senate.",
        "After the dental surgery you will be drinking through a straw for a week.",
        "Watch yourself walking home tonight, the pavements are icy.",
        "Watch yourself going home in this fog, drivers can't see a thing.",
        "I'd love to see this whole newsroom full, with everyone inside for the party.",
        "Those old ships should be stripped and sunk as reefs for the fish.",
        "The proposal should be amended and sunk before it does any harm.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn russian_and_turkish_harms_foretold_crushing_like_vermin_lampposts() {
    for threat in [
        "Ещё одна такая статья — и тебе переломают ноги.",
        "Таких как ты надо давить, как тараканов.",
        "Всех либералов на фонари.",
        "Sana bir şey olursa kimse üzülmez, unutma.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "Ему сломают ногу, если он поедет без шлема.",
        "Тараканов надо травить, как клопов, иначе не выведешь.",
        "Надо давить на правительство, как это делают профсоюзы.",
        "Поставили новые фонари на всех улицах.",
        "Фонари на нашей улице не горят уже месяц.",
        "Sana bir şey olursa hemen ara, unutma.",
        "Sana bir şey olursa kimse üzülmesin diye sigorta yaptırdım.",
        "Bir şey olursa kimse üzülmez, herkes hazırlıklı.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn menaces_after_a_condition_the_reader_carried_off_or_told_what_comes() {
    for threat in [
        "Keep talking and you'll be eating through a straw.",
        "Hope someone doxxes you and your kids get what's coming.",
        "Bir daha böyle yazarsan yaşamazsın.",
        "Seni sokakta görürsem ne yapacağımı biliyorsun.",
        "Ещё слово — и поедешь в больницу.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "Keep your jaw still after the surgery, you will be eating through a straw anyway.",
        "The team will get what's coming: the title.",
        "Bu maaşla yaşamazsın, başka iş bul.",
        "Tatile gidersem ne yapacağımı biliyorum.",
        "Seni görürsem ne yapacağımı bilmiyorum, çok heyecanlıyım.",
        "Ещё одна остановка — и поедешь в центр.",
        "I know which train you take home; it's the one that's always late.",
        "Evinin nerede olduğunu biliyorum, güzel bir mahalle.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn a_car_set_on_fire_a_trigger_pulled_a_mob_wished_on_a_home_a_meeting_asked_for() {
    for threat in [
        "Honestly, if I were your editor I'd fire you and then set your car on fire.",
        "I'd gladly pull the trigger myself if someone handed me a rifle and pointed at you.",
        "I hope the rioters find your house next.",
        "Tell me where you'll be on Saturday and we can settle this properly.",
        "Keep posting lies and we'll see how brave you are without your teeth.",
        "Я тебе башку проломлю, если ещё раз такое напишешь.",
        "Ты ещё поплачешь, когда мы до тебя доберёмся.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "I'd set your table for the party if you like.",
        "I'd pull the trigger on this deal tomorrow.",
        "I hope the mob of fans finds your house easily for the party.",
        "I hope the thugs who robbed your house get caught.",
        "Tell me where you'll be on Saturday and we can settle the bill.",
        "Tell me where you'll be and we can settle it over coffee.",
        "Keep training and you'll see how strong you are without your crutches.",
        "Keep brushing and you won't end up without your teeth.",
        "Мы до тебя доберёмся к обеду, жди.",
        "Я проломлю лёд первым, если ты боишься.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn a_rope_deserved_rape_wished_a_plane_prayed_down_a_crowbar_an_address_awaited() {
    for threat in [
        "Nobody would notice if you disappeared tomorrow, just saying.",
        "Hey reporter, I found out where your kids go to school. Cute uniforms.",
        "The only thing this author deserves is a rope and a tall tree.",
        "Maybe if you got raped you'd understand the issue better.",
        "She should be stoned for what she wrote.",
        "I pray every night that your plane crashes.",
        "Give me five minutes alone with this journalist and a crowbar.",
        "Wait until we know your address, then we'll talk.",
        "If the editor had any sense she'd have you taken out back and put down.",
        "Bu yazarı dövmek istiyorum.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "Nobody would notice if you left early, so go home and rest.",
        "Hey reporter, I found out where my grandfather went to school, thanks to you.",
        "The only thing this author deserves is a Pulitzer.",
        "If you were raped, call this helpline any time, day or night.",
        "She should be praised for what she wrote.",
        "I pray every night that your flight lands safely.",
        "Give me five minutes alone with the minister and a whiteboard and I'll explain it.",
        "Wait until we know your address, then we'll send the prize.",
        "The bins were taken out back by the caretaker.",
        "Halıyı dövmek istiyorum ama balkon küçük.",
        "You'd understand if you read the whole report.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn a_harm_regretted_undone_a_fist_needed_a_body_in_the_river_or_off_the_pavement() {
    for threat in [
        "Great reporting as always. Shame someone hasn't put you in a wheelchair yet.",
        "Every Muslim in this country should be deported or buried.",
        "I hope your newsroom gets blown up with all of you inside.",
        "Do the world a favour and drink some antifreeze.",
        "What you need is a fist in your mouth.",
        "I swear if I see you at the match you're going in the river.",
        "One more article like this and your editor will be scraping you off the pavement.",
        "Тебя бы закопать где-нибудь в лесу.",
        "Всех журналистов этого издания пора повесить.",
        "Seni bir gece sokakta yakalarsam bittin.",
        "Öl de kurtulalım senden.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "It's a shame someone hasn't put a bench in the park yet.",
        "Shame nobody has shot a film about this yet.",
        "Every old cable should be dug up or buried.",
        "I hope your balloon gets blown up in time for the party.",
        "Antifreeze is poisonous to cats, so never let them drink antifreeze.",
        "What you need is a good slap of paint on that fence.",
        "What you need is a fist bump from your team.",
        "You're going in the river? Bring a towel!",
        "We'll be scraping ice off the pavement all week.",
        "Клад бы закопать где-нибудь в лесу, как в детстве.",
        "Всех журналистов этого издания пора наградить.",
        "Seni bir gece sokakta yakalarsam sana kahve ısmarlarım.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn fed_to_the_pigs_flattened_by_a_truck_a_family_watched_a_weapon_brought() {
    for threat in [
        "People like you should be fed to the pigs.",
        "Hope a truck flattens you on your way to work.",
        "Your children will grow up without a father if you keep this up.",
        "Once I'm done with you, your own mother won't recognise you.",
        "I know your daughter's name and where she plays after school.",
        "Таких как ты вешать надо без суда.",
        "Узнаю, где ты живёшь, — приеду в гости с битой.",
        "Seni ve aileni yok edeceğim.",
        "Senin gibi kadınları dövmek lazım.",
        "Bir gün yolda karşılaşırsak görürsün gününü.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "Scraps should be fed to the dogs, not thrown away.",
        "I hope a truck flattens this old fence for the new road.",
        "Your children will grow up without a care if you move to the countryside.",
        "Once I'm done with you, you won't recognise the city, it's changed so much.",
        "I know your daughter's school and where she plays football is lovely.",
        "Приеду в гости с тортом и цветами.",
        "Приеду с ножом для торта, не беспокойся.",
        "Yok edeceğim bu kötü alışkanlığı, söz veriyorum.",
        "Senin gibi kadınları desteklemek lazım.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn a_rope_s_day_another_holocaust_cancer_deserved_brakes_cut_a_bullet_s_place() {
    for threat in [
        "1488, the day of the rope is coming.",
        "We need another Holocaust for these people.",
        "Anyone who reads this rag deserves to get cancer.",
        "It'd be a real tragedy if the reporter's car had no brakes one day.",
        "Автора надо утопить в сортире.",
        "Таким журналистам место в канаве с пулей в голове.",
        "Я тебе язык вырву.",
        "Посмотрим, как ты запоёшь, когда к тебе придут.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "We must never allow another Holocaust.",
        "Another genocide is unfolding in Sudan, the UN warns.",
        "Smokers deserve to get cancer screenings for free.",
        "It'd be a real tragedy if the old cinema closed one day.",
        "The brakes failed, and it was a tragedy if ever there was one.",
        "Он прожил двадцать лет с пулей в голове.",
        "Когда к тебе придут гости, угости их пирогом.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn a_name_on_a_rope_a_lamppost_the_tracks_the_reader_s_office_a_car_that_will_not_start() {
    for threat in [
        "I've got a rope and a tree with your name on it.",
        "There's a bullet with your name on it.",
        "Your editor would look good hanging from a lamppost.",
        "If I ever run into you at the station, they'll be scraping you off the tracks.",
        "I'll be waiting outside your office on Monday, and I won't be alone.",
        "Keep publishing lies and your car might not start one morning.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "I bought a mug with your name on it for the office party.",
        "The tree with your name on it is in the memorial garden now.",
        "The flags would look good hanging from the lampposts on Main Street.",
        "They were scraping ice off the tracks at the station this morning.",
        "I'll be waiting outside the cinema at eight.",
        "I'll be waiting for you outside the station, Tom.",
        "Keep the receipt and your car might qualify for a refund.",
        "Keep driving like that and your car might not start in winter.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn life_denied_pills_urged_and_the_russian_and_turkish_ones() {
    for threat in [
        "You don't deserve to live.",
        "Such people don't deserve to breathe.",
        "Muslims don't deserve to live among civilised people.",
        "Do everyone a favour and swallow a bottle of pills.",
        "Nobody cares, just eat a bullet.",
        "Тебя найдут и закопают в лесу.",
        "Тебя убьют, если продолжишь писать.",
        "Bu gazeteciyi sokakta linç etmek lazım.",
        "Bu adam linç edilmeli.",
        "Senin gibi aptalların yaşamaya hakkı yok.",
        "Kafana sıkarım senin.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "My grandmother doesn't deserve to live in poverty.",
        "Pensioners don't deserve to live like this.",
        "My doctor said to swallow the pills with water.",
        "Eat a burger, you look hungry.",
        "Собака закопала кость в лесу.",
        "Linç kültürü bu ülkede çok yaygın.",
        "Herkesin yaşamaya hakkı var.",
        "Yasama organı toplandı.",
        "Senin için limon sıkacağım.",
        "Kafana takma, bir limon sıkarım çayına.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn names_known_doxxing_ordered_a_mob_the_holocaust_endorsed_a_dark_alley() {
    for threat in [
        "We know your kids' names. Think about that before your next article.",
        "This reporter needs to be taken out back and dealt with.",
        "I'd gladly drive a truck through that protest of degenerates.",
        "Someone should drive a bus through that march.",
        "Someone should slip something into her drink at the next press event.",
        "Let's pay a visit to the editor's house tonight, bring torches.",
        "Post her address, let the people decide what she deserves.",
        "Hitler was right about these people.",
        "Six million wasn't enough.",
        "I hope we meet in a dark alley one day, reporter.",
        "If you show your face at the town hall, you won't leave on your own feet.",
        "Жаль, что тебя в детстве не утопили.",
        "Дождёшься, приедут за тобой ночью.",
        "Приедут за тобой ночью, готовься.",
        "Bu gazeteciyi dağa kaldırmak lazım.",
        "Bir gün karanlık bir sokakta karşılaşırız inşallah.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "We know your kids love the comics page.",
        "I know your wife's name from the wedding photos in the paper.",
        "The dog needs to be taken out back for a walk.",
        "I'd gladly drive a truck across the country for that charity.",
        "I'd drive a truck into the garage if it fit.",
        "Slip some lemon into your drink, it tastes better.",
        "Post your address on the form and we will send the prize.",
        "Post the address of the food bank so people can donate.",
        "Bring torches, the cave tour at the old house starts at nine.",
        "Historians agree Hitler was wrong about everything.",
        "People who say Hitler was right should read a history book.",
        "Six million wasn't enough to finish the bridge.",
        "I wouldn't want to meet him in a dark alley, he's huge.",
        "You won't leave on your own, a guide will walk you to the exit.",
        "Жаль, что в детстве меня не научили плавать.",
        "Приедут за тобой родители в шесть.",
        "Dağa kaldırmak için teleferik kullanıyorlar.",
        "Karanlık bir sokakta kaybolduk ama sonra yolu bulduk.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn the_last_face_a_weapon_readied_a_daydream_a_pet_a_mosque_and_a_wish_if_only() {
    for threat in [
        "I'll be the last face you see before you stop breathing.",
        "Your dog would make a nice barbecue, wouldn't it?",
        "Somebody should torch that mosque before Friday prayers.",
        "Someone should torch every synagogue in this city.",
        "I'm loading my rifle as I type this, journalist.",
        "I'm sharpening my knife for you, reporter.",
        "Let's see how smug you look with a broken nose.",
        "One day someone will put you in the ground and I'll bring popcorn.",
        "Someone is going to put a bullet in you one day.",
        "Every time I read your name I imagine you bleeding out.",
        "Your family should watch their backs after this article.",
        "Go cry to your mommy, snowflake, before I give you something to cry about.",
        "Keep writing and you'll be the next one they find in the river.",
        "Хоть бы ты сгорел вместе со своей редакцией.",
        "Хоть бы вы все сдохли.",
        "Seni öldürene kadar peşini bırakmayacağım.",
        "Eşcinselleri taşlamak lazım.",
        "Seni bir yerde yakalayacağım, o zaman görürsün.",
        "Я тебе язык отрежу.",
        "Я тебя удавлю.",
        "I'm going to batter you.",
        "He should be dismembered.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "I'll be the last person to leave the office tonight.",
        "I'll be the last person you see at the party, I'm always late.",
        "Our dog would love a nice walk on the beach.",
        "Your dog would make a great therapy animal.",
        "Somebody should torch these terrible ideas in the next debate.",
        "I'm cleaning my rifle before the hunting season opens.",
        "Let's see how smug you look when your team loses.",
        "One day someone will put this story on the big screen and I'll bring popcorn.",
        "Someone will find you a seat, don't worry.",
        "I imagine you dying of boredom in that meeting.",
        "Picture him hanging the new curtains, it took hours.",
        "Cyclists should watch their backs on that junction; it's dangerous.",
        "Your family should watch their backs when lifting the heavy boxes.",
        "I'll give you something to read on the train.",
        "You'll be the next one to win the lottery, I can feel it.",
        "Хоть бы ты приехал на выходные.",
        "Редакция сгорела в 1991 году, но газета выжила.",
        "Bu kitabı bitirene kadar uyumayacağım.",
        "Bu duvarı taşlamak lazım değil.",
        "Seni bir yerde yakalayacağım, o zaman kahve içeriz.",
        "Я его отрежу, но вы ничего не получите.",
        "Я утоплю горе в вине.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn thrown_off_a_bridge_what_happens_to_them_a_dentist_needed_whoever_writes_like_this() {
    for threat in [
        "Throw the whole editorial board off a bridge.",
        "Women who write columns like this deserve what happens to them.",
        "If I ever meet the author, he'll need a dentist afterwards.",
        "I'd love to see this columnist get what she deserves in a dark alley.",
        "Кто так пишет, тому руки оторвать надо.",
        "Senin gibi adamları asacaksın ki akıllansınlar.",
        "Evinin nerede olduğunu biliyorum.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "Throw the old newspapers off the balcony into the skip.",
        "Students deserve what they earn.",
        "If you eat that many sweets, you'll need a dentist.",
        "Кто так пишет, тот давно не читал классику.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn thrown_under_a_train_friends_who_would_a_knife_at_the_throat_a_wooden_house() {
    for threat in [
        "Interesting article. Now go and throw yourself under a train.",
        "Just throw yourself in front of a bus.",
        "I've got friends who'd happily break your legs for fifty quid.",
        "I know lads who'd happily break your jaw.",
        "Real shame your house is made of wood, fires spread so fast.",
        "Don't be surprised if you wake up one night with a knife at your throat.",
        "Wh3re do y0u l1ve? Asking for a friend with a bat.",
        "That politician deserves a public hanging.",
        "Таких как ты в детстве надо было топить.",
        "Приду к тебе домой и поговорим по-мужски, с монтировкой.",
        "Bu gazetecinin dilini koparmak lazım.",
        "Sana gösteririm gününü, bekle.",
        "Disabled kids should have been drowned at birth.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "Go and throw yourself into the new season, it's worth it.",
        "My friends who'd happily lend a hand are all busy this weekend.",
        "My friend with a bat detector counted forty of them last night.",
        "Hold the knife at your side when you walk in the kitchen.",
        "Real shame your house is so far from the station.",
        "He deserves a public apology from the paper.",
        "Надо топить печь, холодно.",
        "Приду к тебе с тортом и с подарком.",
        "Я тебя урою в шахматах, готовься.",
        "Çiçekleri koparmak lazım değil.",
        "Sana gösteririm yolu, kolay.",
        "The old bridge should have been demolished years ago.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn nosy_reporters_lights_on_a_newsroom_with_people_inside() {
    for threat in [
        "Careful, accidents happen to nosy reporters all the time.",
        "You better start sleeping with the lights on.",
        "Your newsroom should be burned to the ground with all of you inside.",
        "Найду и придушу.",
        "Такие как ты не заслуживают жить.",
        "Seni parça parça edeceğim.",
        "Hepinizi kurşuna dizeceğiz.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "Accidents happen to careful drivers too, the report says.",
        "We went home in pieces after that hike, absolutely exhausted.",
        "You better start sleeping earlier if you want to wake up for the market.",
        "The old barn should be burned down, nobody uses it.",
        "Найду и куплю эту книгу.",
        "Такие как ты заслуживают жить долго и счастливо.",
        "Bu kağıdı parça parça edeceğim.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn teeth_off_the_floor_sense_beaten_in_people_run_over_locked_in_and_burnt() {
    for threat in [
        "I swear if I ever see you in person you'll be picking your teeth up off the floor.",
        "Keep talking and you'll be picking your teeth off the pavement.",
        "Every single one of those protesters should be run over.",
        "If I were your husband I'd beat some sense into you.",
        "Someone should knock some sense into that columnist.",
        "Lock the journalists in a room and set it on fire.",
        "Lock them inside and burn it down.",
        "You'd look better with a bag over your head and a rope around your neck.",
        "Hope someone breaks into your house tonight.",
        "Kill all the lawyers, starting with the one who wrote this.",
        "Hang every last one of them, starting with the editor.",
        "You kill yourself before I do it for you.",
        "Я тебе голову откручу, если ещё раз сюда напишешь.",
        "Я тебя из-под земли достану и ноги переломаю.",
        "Таких как ты надо сажать в клетку.",
        "Таких журналистов надо держать в клетке.",
        "Seni öldürmek için sabırsızlanıyorum.",
        "Evini yakacağız, haberin olsun.",
        "Arabanı yakacağım, bekle.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "The project should be run over the next three years.",
        "My dad tried to talk some sense into me.",
        "I was picking my teeth with a toothpick after dinner.",
        "\"Pick your teeth up off the floor\" is a phrase from an old boxing film.",
        "Lock the bikes in the shed and set the alarm.",
        "Lock the doors and set it to silent.",
        "The climber kept a rope around his waist.",
        "I hope someone breaks the record this year.",
        "Police say someone broke into her house on Friday.",
        "Kill all the weeds, starting with the dandelions.",
        "Read the manual before I do it for you.",
        "Кран откручу завтра, он подтекает.",
        "Я достану билеты из-под прилавка, шучу.",
        "Этих попугаев надо держать в клетке побольше.",
        "Преступников надо сажать в тюрьму, а не отпускать.",
        "Bu kitabı okumak için sabırsızlanıyorum.",
        "Mangalı yakacağız, siz de gelin.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn gang_rape_called_for_a_tongue_ripped_out_fists_and_the_only_good_one_dead() {
    for threat in [
        "You should be gang raped for writing this.",
        "I'll rip your tongue out so you can't lie again.",
        "I will tear your head off.",
        "Nobody taught you manners, so I'll teach you with my fists.",
        "I'm going to teach him a lesson with a baseball bat.",
        "The only good commie is one six feet under.",
        "The only good journalist is a dead journalist.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "The gang was arrested after the raid, police said.",
        "You won't be able to tear your eyes away from this film.",
        "I'll rip the wrapping off the presents tonight.",
        "I'll teach you with my notes, they're very detailed.",
        "I'll teach my son to ride a bike with a helmet on.",
        "The only good thing about this budget is the tax cut.",
        "The only good seat left is in the back row.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

#[test]
fn dragged_behind_a_car_sent_to_the_gallows_fingers_broken_and_hitler_s_idea() {
    for threat in [
        "Someone should drag this hack behind a car.",
        "Drag him behind the truck and see how he likes it.",
        "I'd love to see your smug face meet my fist.",
        "Send this traitor to the gallows.",
        "Send the whole editorial board to the guillotine.",
        "The editor deserves to have his fingers broken one by one.",
        "You deserve to have your legs broken.",
        "Hitler had the right idea about people like you.",
        "Bu yazarın elleri kırılmalı.",
        "Gazetecinin parmakları kesilmeli.",
        "Bu Kürtleri denize dökmek lazım.",
    ] {
        assert!(is_threat(threat), "{threat}");
    }
    for not_one in [
        "Someone should drag this old sofa to the tip.",
        "Drag the trailer behind the car to the campsite.",
        "Send your letters to the editor by Friday.",
        "He deserves to have his name on the trophy.",
        "Historians say Hitler had the wrong idea about everything.",
        "I'd love to see your face at the reunion.",
        "Bu kapının kolları kırılmalı, çok eski.",
        "Çöpleri denize dökmek yasak.",
    ] {
        assert!(!is_threat(not_one), "{not_one}: {:?}", threats(not_one));
    }
}

/// Asserts that every one of `menaces` is read as a threat and none of `not_ones` is, naming
/// every sentence read wrong at once.
fn read_all(menaces: &[&str], not_ones: &[&str]) {
    let missed: Vec<&str> = menaces.iter().copied().filter(|t| !is_threat(t)).collect();
    let flagged: Vec<(&str, Vec<(ThreatKind, &str)>)> = not_ones
        .iter()
        .map(|t| (*t, threats(t)))
        .filter(|(_, found)| !found.is_empty())
        .collect();
    assert!(
        missed.is_empty() && flagged.is_empty(),
        "missed: {missed:#?}\nflagged: {flagged:#?}"
    );
}

#[test]
fn talking_on_to_find_out_dragged_out_watched_knocked_about_a_life_made_hell_personally() {
    read_all(
        &[
            "People like you are the reason I keep a gun by the door, keep talking and find out.",
            "Keep talking and find out.",
            "Keep posting and you'll find out.",
            "Honestly the author should be dragged out of the newsroom and given what he deserves.",
            "The editor should be dragged through the streets.",
            "I'd pay good money to watch someone knock this clown's teeth in.",
            "I would love to see somebody break his nose.",
            "I will personally make your life a living hell until you delete this.",
            "Тебя надо закопать вместе с твоей статьёй.",
            "Ещё раз такое напишешь — ноги переломаю.",
            "Таких, как ты, раньше к стенке ставили, и правильно делали.",
            "Тебя поставить бы к стенке.",
            "Keep posting and I'll make sure your boss gets screenshots of everything.",
            "I will make sure your wife sees the screenshots.",
            "If you show your face at the town hall meeting again, you'll be carried out.",
            "Someone ought to teach that columnist some manners with a tire iron.",
            "You little twerp, talk to me like that in person and see what happens.",
            "Say that to my face and see what happens.",
            "I'll rearrange your face, keyboard warrior.",
            "Get a rope and save us all the trouble.",
            "Your head belongs on a spike outside the newsroom.",
            "Автору статьи место на кладбище.",
            "Тебе место в могиле.",
            "Bir dahaki sefere seni hastanelik ederim.",
            "Сожгу твой дом вместе с тобой.",
        ],
        &[
            "Keep reading and find out how the story ends.",
            "Keep talking to your doctor and you'll find out what works.",
            "The old tractor should be dragged out of the barn and repaired.",
            "I'd pay good money to watch someone knock this team out of the cup.",
            "I would love to see somebody break his record.",
            "I will personally make your life easier with this guide.",
            "Надо закопать луковицы тюльпанов до морозов.",
            "Он сломал ноги, катаясь на лыжах, и переломал их снова через год.",
            "Поставь шкаф к стенке, так будет больше места.",
            "I'll make sure your boss hears about your great work.",
            "I'll make sure your boss gets the screenshots of the sales figures by Monday.",
            "The town hall meeting was carried out in good order, you'll be glad to hear.",
            "If the plan passes, the work will be carried out next spring.",
            "Someone ought to teach the intern some manners with the phone.",
            "Try the new recipe and see what happens.",
            "See what happens.",
            "I'll rearrange the furniture before the guests arrive.",
            "Get a rope for the tent and a torch for the walk back.",
            "The rebel's head was put on a pike in 1685.",
            "Старому дивану место на свалке.",
            "Моему деду место в музее, столько он знает.",
            "Hastanelik olmuş, geçmiş olsun.",
            "Сожгу старые письма вместе с тобой, если поможешь.",
        ],
    );
}

#[test]
fn put_down_strung_up_a_lever_pulled_a_sweet_menace_a_massacre_wished_nerve_tested() {
    read_all(
        &[
            "this writer needs to be put down like a rabid dog",
            "I've read the council's plan and honestly the mayor should be strung up for it.",
            "I'd happily volunteer to pull the lever on this traitor.",
            "Careful walking to your car tonight, sweetheart.",
            "We should do to them what was done in Srebrenica.",
            "Tell your daughter I said hi, I know which school she goes to.",
            "Let's see how tough you are when I'm standing in front of you.",
            "Вот бы автора этой статьи переехал трамвай.",
            "Таким журналистам надо руки отрубать.",
            "Я тебе все зубы выбью, понял?",
            "Senin gibi pislikleri temizlemek lazım.",
        ],
        &[
            "The vet had to put down our old dog last week, we're heartbroken.",
            "The rebellion needs to be put down, the general said in 1916.",
            "The lights should be strung up before the party.",
            "Pull the lever on the left to open the gate.",
            "Careful walking to your car tonight, the car park lights are out again.",
            "Careful walking home, darling, the pavements are icy.",
            "The Srebrenica memorial was visited by thousands on Saturday.",
            "Historians still study what was done in Srebrenica.",
            "I know which school she goes to, it's the one near the park.",
            "Let's see how tough the new bridge is when the trucks start crossing.",
            "Трамвай переехал на новую линию, теперь ездить удобнее.",
            "Ветки надо отрубать осенью.",
            "Зубы надо чистить два раза в день.",
            "Evi temizlemek lazım, misafir gelecek.",
        ],
    );
}

#[test]
fn a_visit_with_friends_a_party_for_the_reader_s_end_a_keyboard_eaten_a_house_watched() {
    read_all(
        &[
            "Somebody find out where this hack lives and pay him a visit with some friends.",
            "The day you get what you deserve I'll throw a party.",
            "One more word from you and you'll be eating your keyboard.",
            "I can see your house from my window, enjoy your evening.",
            "Go cut yourself again, emo.",
            "Somebody should run this editor off the road.",
            "I'll break every finger you type with.",
            "Я приду за тобой ночью.",
            "Такую журналистку надо пустить по кругу.",
            "Скоро тебе настанет конец, готовься.",
            "Çocuklarını bir daha göremeyeceksin.",
            "Yazara bir tane patlatmak lazım.",
        ],
        &[
            "Somebody find out where the library moved and pay it a visit, it's lovely.",
            "Find out where she lives and send her the flowers.",
            "The day you retire I'll throw a party for you, boss.",
            "You'll be eating your words when the results come in.",
            "I can see the cathedral from my window, it's beautiful at night.",
            "Cut yourself a slice of cake, there's plenty.",
            "Careful with that knife, you'll cut yourself.",
            "The lorry ran the cyclist off the road, police are appealing for witnesses.",
            "I broke every record on the track last summer.",
            "Я приду за тобой в восемь, не опаздывай.",
            "Чашу пустили по кругу, и все выпили за здоровье хозяина.",
            "Скоро конец учебного года, готовьтесь к экзаменам.",
            "Çocuklarını okula bırakırken dikkatli ol, yol kaygan.",
            "Bu haberi bir tane daha okudum.",
        ],
    );
}

#[test]
fn idioms_and_contests_harm_no_one() {
    assert_eq!(harmless("Hang on."), ["Hang"]);
    assert_eq!(harmless("Hang in there."), ["Hang"]);
    assert_eq!(harmless("Stab in the dark guess."), ["Stab"]);
    assert_eq!(harmless("Take a stab at it."), ["stab"]);
    assert_eq!(harmless("Choke hold on the market."), ["Choke"]);
    assert_eq!(harmless("Poison pill clause."), ["Poison"]);
    assert_eq!(harmless("Strangled by red tape."), ["Strangled"]);
    assert_eq!(harmless("Drowning in debt."), ["Drowning"]);
    assert_eq!(harmless("Destroy them on the pitch!"), ["Destroy"]);
    assert_eq!(harmless("Guns kill."), ["kill"]);
    assert!(harmless("Hang him.").is_empty());
    assert!(harmless("He was stabbed in the neck.").is_empty());
    assert!(harmless("I'll hang you out to dry.").is_empty());
    read_all(
        &[
            "I'll kill you at the match on Saturday.",
            "I'll stab you on the field behind the school.",
        ],
        &[
            "We'll murder them in the final.",
            "We will destroy them on the pitch!",
            "I'll crush you at chess tonight.",
        ],
    );
}

#[test]
fn the_reader_s_kind_in_the_river_a_smirk_slapped_off_trains_to_the_camps() {
    read_all(
        &[
            "Journalists like you end up in the river eventually.",
            "Somebody needs to slap the smirk off this columnist's face.",
            "Leftists should all be put on trains to the camps.",
            "Автору надо язык отрезать.",
            "Тебе лучше не выходить из дома, понял?",
            "Sana bir gün bunu ödeteceğim.",
            "Senin gibi kadınlar dövülmeyi hak ediyor.",
            "Seni bir yerde görürsem karışmam.",
        ],
        &[
            "Old cars end up in the river after every flood, the council says.",
            "The columnist wiped the smirk off the minister's face with one question.",
            "Put the bikes on the trains at the front.",
            "The refugees were sent to the camps on the border, the agency reports.",
            "Надо отрезать кусок торта для бабушки.",
            "Лучше не выходить из дома в такую жару.",
            "Bu vergiyi bir gün hepimiz ödeyeceğiz.",
            "Seni bir yerde görürsem selam veririm.",
        ],
    );
}

#[test]
fn a_jaw_broken_now_a_family_shown_off_a_rubber_bullet_a_pier_gas_chambers() {
    read_all(
        &[
            "If I see you at the rally I'm breaking your jaw.",
            "We're breaking your legs if you show up.",
            "Nice little family you have there, shame if something happened to it.",
            "Lovely house you've got there, shame if something happened to it.",
            "Every one of these protesters deserves a rubber bullet to the face.",
            "These protesters deserve a plastic bullet in the knee.",
            "Throw the whole lot of them off the pier and let the crabs eat them.",
            "Throw the lot of them off a cliff.",
            "Всех этих мигрантов надо в газовую камеру.",
            "Их надо в газовые камеры.",
            "Скоро узнаешь, что бывает с теми, кто много болтает.",
            "Kafanı kopartırım senin.",
            "Senin kafanı koparacağım.",
        ],
        &[
            "We're killing it this season.",
            "I'm breaking your heart, I know, but the shop is closing.",
            "I'm kicking your butt at poker tonight.",
            "The old theatre is beautiful; it would be a shame if something happened to it.",
            "Victims deserve a rubber bullet ban.",
            "Throw the old nets off the pier, they are rotten.",
            "Throw the whole lot of them in the recycling bin.",
            "Нацисты отправляли людей в газовые камеры.",
            "Надо помнить, кого отправляли в газовые камеры.",
            "Bu çiçekleri koparırım diye korktum.",
        ],
    );
}

#[test]
fn another_s_fate_wished_dental_records_a_lesson_at_home_a_matter_of_time_an_ill_end() {
    read_all(
        &[
            "Journalists who lie like this get what's coming to them, and yours is coming.",
            "Hope you get what that other reporter got last year.",
            "Keep talking and you'll need dental records to be identified.",
            "Keep writing and your family will need dental records to identify you.",
            "Let's all go round to his house tonight and teach him some respect.",
            "I'll be waiting outside the studio after your show, alone.",
            "Just a matter of time before someone stabs that loudmouth.",
            "It's only a matter of time before somebody shoots the editor.",
            "Senin gibi hainlerin sonu iyi olmaz.",
            "Sonun iyi olmayacak, bekle.",
        ],
        &[
            "I hope you get what you wanted for Christmas.",
            "I hope you get what the last owner got for it.",
            "You'll need dental records to claim the treatment on insurance.",
            "Yours is coming in the post, the publisher said.",
            "Let's go round to his house tonight and teach him some chess.",
            "I'll be waiting outside the studio after the show with the others.",
            "It's a matter of time before someone kills the bill.",
            "Bu işin sonu iyi olmaz, dikkat edin.",
        ],
    );
}

#[test]
fn minutes_alone_with_a_bat_a_living_nightmare_bones_counted_a_home_burnt_an_oath() {
    read_all(
        &[
            "I'd love five minutes alone with this author and a baseball bat.",
            "Give me ten minutes alone with that editor and a hammer.",
            "I'm going to make your life a living nightmare, starting tomorrow.",
            "Я тебе все кости пересчитаю.",
            "Все кости тебе пересчитаю, понял?",
            "Автор, ты ещё пожалеешь, что родился.",
            "Надеюсь, твой дом сгорит вместе с тобой.",
            "Надеюсь, ты сгоришь в аду.",
            "Seni öldürmeye yeminliyim.",
            "Sizi gebertmeye yeminliyim.",
            "Seni elime geçirirsem yaşatmam.",
            "Seni yakalarsam yaşatmam.",
        ],
        &[
            "I'd love five minutes alone with this author and a cup of coffee.",
            "I'm going to make your life easier with this new app, starting tomorrow.",
            "The new tax will end my business, and it will end many others.",
            "The government will end the programme next year.",
            "Врач пересчитал все кости на снимке.",
            "Надеюсь, твой дом не сгорит в такую жару.",
            "Seni görmeye yeminliyim, bu yaz geliyorum.",
            "Elime geçen ilk kitabı okudum.",
        ],
    );
    assert_eq!(harmless("The new tax will end my business."), ["end"]);
}

#[test]
fn an_address_and_petrol_a_child_alone_a_visit_with_helmets_a_hospital_anyone_who() {
    read_all(
        &[
            "I've got your home address and a full tank of petrol.",
            "Your little girl walks home from school alone, doesn't she?",
            "Your son walks home alone through the park, doesn't he?",
            "A few of us are going to pay your office a visit on Friday, bring a helmet.",
            "Some of the lads are going to pay your house a visit, bring a helmet.",
            "One more article like this and your kids will be visiting you in hospital.",
            "Anyone who votes for this party should be dragged out and shot.",
            "Whoever wrote this should be tarred and feathered in the town square.",
            "Whoever runs this rag should be tarred and feathered.",
            "I'm going to put your head through a wall when I see you.",
            "I'll put your face through the window.",
            "We know what car you drive now.",
            "Мы найдём твою семью, не сомневайся.",
            "Давить таких журналистов надо, как тараканов.",
            "Таким, как ты, место в канаве с пробитой головой.",
            "Bu gazeteciyi bulup dövmek lazım.",
        ],
        &[
            "Your home address and a lighter were all the hotel asked for at check-in.",
            "Does your daughter walk home alone? The council's new safe route starts Monday.",
            "My little girl walks home from school alone now, and I'm so proud.",
            "We'll pay your office a visit on Friday to deliver the petition.",
            "My kids will be visiting me in hospital after the operation.",
            "Anyone who votes for this party should read the manifesto first.",
            "Whoever wrote this should be given an award.",
            "Put your name through to the final round by Friday.",
            "We know what car the minister drives: a 2009 hatchback.",
            "Мы найдём твою кошку, не волнуйся.",
            "Старому дивану место в канаве, а не в гостиной.",
            "Halıyı dövmek lazım, çok tozlu.",
        ],
    );
}

#[test]
fn never_wake_up_hunted_down_a_lesson_with_a_bat_a_death_staged_a_trophy_a_gulag_the_key() {
    read_all(
        &[
            "Do us all a favour and never wake up.",
            "You and your family deserve to be hunted down like dogs.",
            "Women who write like this need a good slap to bring them back to reality.",
            "Your editor needs to be taught a lesson with a baseball bat.",
            "I'll make your death look like an accident.",
            "Your head would look great on my wall.",
            "Get ready, because the day is coming when you'll answer for this with your blood.",
            "Lock her in a basement and throw away the key.",
            "Send every one of those leftist professors to a gulag.",
            "Send the journalists to a labour camp.",
            "Попадёшься мне в тёмном переулке — не обрадуешься.",
            "Кто такое пишет, тот должен гореть.",
            "Ещё одна такая статья, и тебя найдут в лесу.",
            "Seni bir daha görmek istemiyorum, yoksa fena olur.",
            "Seni sokakta gördüğüm yerde döverim.",
        ],
        &[
            "Do us all a favour and never wake up the baby after nine.",
            "Deer are hunted down in the autumn, the rangers say.",
            "Women who write like this need a good editor.",
            "The team needs to be taught a lesson in defending.",
            "Your head would look great with a new haircut.",
            "Pay for this with your card at the counter.",
            "Lock the bikes in the shed and throw away the old lock.",
            "I'll send my wife to a labour ward nearer home next time.",
            "İlacını iç, yoksa fena olur.",
            "Если заблудишься, тебя найдут в лесу спасатели.",
            "Кто такое пишет, тот должен гореть желанием учиться.",
        ],
    );
}

#[test]
fn attacks_inside_civil_comments_a_skull_caved_a_knock_at_night_a_plane_down_so_called() {
    read_all(
        &[
            "Great match report. If I ever see that referee again I'm going to cave his skull in.",
            "I'll cave your face in.",
            "Fine, publish your lies. We'll see how brave you are when we come knocking at 3am.",
            "We know where you live, and we'll come knocking one night.",
            "Enjoy your holiday in Spain, hope the plane goes into the sea.",
            "Hope your flight crashes.",
            "The so-called journalist who wrote this should be beaten in the street like a dog.",
            "The minister is a corrupt parasite who should hang from the nearest tree.",
            "This traitor should hang.",
            "Comment section's full of snowflakes who need a punch in the mouth.",
            "Protesters who need a good beating should come to my street.",
            "I've been patient, but one more lie and I will come down there and break your hands.",
            "Пиши дальше, пока тебе пальцы не переломали.",
            "Ещё одна статья про геев — и я вашу редакцию сожгу.",
            "Мы твой дом сожжём.",
            "Maç iyiydi, ama hakemi bulup kafasını kıracağım.",
        ],
        &[
            "I'll cave in and buy the new phone.",
            "We'll see how the team does when we come knocking on the champions' door next season.",
            "Hope the plane lands on time, enjoy your holiday.",
            "The so-called experts said the bridge was safe.",
            "The painting should hang from the ceiling in the lobby.",
            "Volunteers who need a break should sign the rota.",
            "I'll break your record at the pub quiz.",
            "Ему переломали ноги в драке, сообщает полиция.",
            "Я вашу редакцию посещу завтра.",
            "Hakemi bulup tebrik edeceğim.",
        ],
    );
}

#[test]
fn a_shotgun_by_the_door_the_last_one_who_crossed_us_a_black_eye_spat_at_a_good_hiding() {
    read_all(
        &[
            "People like you are why I keep a shotgun by the door.",
            "Funny, the last journalist who wrote something like this had a nasty fall down the stairs.",
            "Remember what happened to the last editor who crossed us.",
            "You'd look better with a black eye, love.",
            "You'd look better with a broken nose.",
            "I'd spit in your face if I ever met you.",
            "I'd spit on your grave.",
            "A good hiding is what this author needs, and I'm happy to give it.",
            "A good beating is what this columnist deserves.",
            "The only language these thugs understand is a baton to the head.",
            "Go and play in traffic, you useless lump.",
            "Go play in traffic.",
            "Встречу — покалечу, клянусь.",
            "Тебе бы язык укоротить, болтун.",
            "Bu millet Ermenilere fazla bile yaptı, hepsi ölmeliydi.",
            "Kadınlar dövülmeli ki akıllansınlar.",
        ],
        &[
            "People like you are why I keep a spare key by the door.",
            "The last journalist who covered this beat had a nasty fall down the stairs at the office party, poor thing.",
            "Remember what happened to the last editor: she retired to Devon.",
            "You'd look better with a fringe, love.",
            "I'd spit out my coffee if the paper ever endorsed him.",
            "A good night's sleep is what this author needs.",
            "The only language these kids understand is football.",
            "Go and play in the garden, kids.",
            "Тебе бы отдохнуть, ты много работаешь.",
            "Встречу вас завтра на вокзале.",
        ],
    );
}

#[test]
fn a_broken_jaw_for_the_smug_executions_for_you_arms_torn_off_the_furnace_a_head_against_a_wall() {
    read_all(
        &[
            "You won't be so smug with a broken jaw.",
            "You won't be so cocky with a broken nose.",
            "We should bring back public executions for hacks like you.",
            "Bring back public hangings for journalists like you.",
            "I'll tear your arms off and beat you with them.",
            "I'll tear your legs off.",
            "Журналюг надо давить, пока не поздно.",
            "Вот бы тебя машина сбила.",
            "Вот бы вас всех машина сбила.",
            "Таких, как ты, надо в печь.",
            "Kafanı duvara vura vura kırarım.",
        ],
        &[
            "You won't be so tired with a broken-in pair of boots.",
            "We should bring back hanging baskets on the high street.",
            "Bring back the old tram line for commuters like you and me.",
            "I'll tear the wrapping off and show you.",
            "Надо давить на правительство, пока не поздно.",
            "Вот бы тебя повысили на работе.",
            "Печь в деревне топят дровами.",
            "Kafanı dinle, tatile çık.",
        ],
    );
}

#[test]
fn a_third_party_who_knows_a_tyre_iron_a_straw_a_smirk_beaten_off_feet_first() {
    read_all(
        &[
            "My cousin knows where the editor parks every night. Just saying.",
            "Somebody ought to teach this councillor what a tyre iron feels like.",
            "You'll be eating through a straw when I'm done with you.",
            "I'd pay good money to watch someone beat the smirk off that reporter's face.",
            "Ещё одна такая статья, и тебя вынесут ногами вперёд.",
            "Твой адрес мы уже знаем, жди гостей.",
            "Evinin adresini biliyoruz, dikkatli ol.",
        ],
        &[
            "My cousin knows where the best parking is near the stadium.",
            "Everyone knows where the minister stands on tax.",
            "Somebody ought to teach this councillor what a budget looks like.",
            "After the surgery you'll be eating through a straw for a week.",
            "I'd pay good money to watch someone beat that record.",
            "Его из Кремля вынесут только ногами вперёд.",
            "Мы знаем твой адрес электронной почты из рассылки.",
            "Evinin adresini bana mesaj atar mısın, kargo göndereceğim.",
            "Adresini biliyoruz, kargo yarın yolda.",
        ],
    );
}

#[test]
fn an_obituary_awaited_a_surgeon_needed_ten_minutes_and_a_pipe_teeth_off_the_floor() {
    read_all(
        &[
            "Read your article on the bus. Can't wait to read your obituary too.",
            "Keep it up, sweetheart, and your face will need a surgeon.",
            "Give me ten minutes with this so-called expert and a length of pipe.",
            "Someone should shoot this so-called expert.",
            "Эту журналистку надо отыметь всем редакционным коллективом.",
            "Ещё раз напишешь — зубы будешь собирать по полу.",
            "Senin gibi pislikleri sokakta ezmek lazım.",
        ],
        &[
            "Can't wait to read your obituary of the late poet.",
            "Keep running marathons and your knees will need a surgeon.",
            "Give me ten minutes with this spreadsheet and I'll find the error.",
            "Give me ten minutes with the new intern and a whiteboard.",
            "Журналистка взяла интервью у всего редакционного коллектива.",
            "Стоматолог сказал, что зубы у меня здоровые.",
            "Sarımsakları ezmek lazım, sonra yağa ekle.",
        ],
    );
}

#[test]
fn a_life_cut_short_a_plate_and_petrol_an_ambulance_home_a_boot_a_camp_with_them_inside() {
    read_all(
        &[
            "Interesting piece. Shame the author won't live long enough to write a sequel.",
            "Tell the photographer we've got his number plate and a can of petrol.",
            "Next time I see that referee in the car park he's going home in an ambulance.",
            "Put a boot through his teeth and see if he still smiles for the cameras.",
            "The only good councillor is a buried councillor.",
            "Every Gypsy camp should be bulldozed with them inside.",
            "Если встречу тебя на улице — ты не жилец.",
            "Yazarı bulsak var ya, ne yapacağımızı biliriz.",
            "Sen adam değilsin, kurtsun, ezilmen lazım.",
        ],
        &[
            "Interesting piece. Shame the shop won't stay open long enough for the sale.",
            "Tell the photographer we've got his number plate on the parking list.",
            "My gran went home in an ambulance after her fall.",
            "Put a plaster on his knee and he'll be fine.",
            "The only good thing about this council is the new library.",
            "The old camp was painted with them inside, the volunteers joked.",
            "Врач сказал, что он не жилец, и мы попрощались.",
            "Tatilde ne yapacağımızı biliriz, plan hazır.",
        ],
    );
}

#[test]
fn chat_spelling_someone_who_finds_out_broken_ribs_that_teach_a_wall_to_line_up_against() {
    read_all(
        &[
            "ur gonna get whats coming 2 u, mark my words",
            "i hope someone finds out where u live and pays u a visit",
            "Maybe a few broken ribs would teach him to keep his mouth shut.",
            "Lining these politicians up against a wall would solve a lot of problems.",
            "gebermeni bekliyorum",
            "seni bir yakalarsam var ya",
        ],
        &[
            "ur gonna love whats coming 2 u this christmas",
            "i hope someone finds out who left this lovely note on my car",
            "A few broken ribs kept the striker out for a month.",
            "Lining the streets with trees would solve a lot of problems.",
            "otobüsü bekliyorum",
            "seni bir yakalarsam kahve ısmarlarım",
        ],
    );
}

#[test]
fn a_rope_deserved_a_window_known_smoke_acid_a_brick_a_purge_and_stairs() {
    read_all(
        &[
            "Still think whoever signed off on it deserves to swing from a rope.",
            "Good luck sleeping tonight, Sarah. We know which window is yours.",
            "One phone call and your little newsroom goes up in smoke.",
            "Great, another lecture from a millionaire. Someone should throw acid in his face.",
            "Don't be surprised when a brick comes through your window.",
            "Funny how Jews always end up owning everything. Time for another purge.",
            "I'm not a violent man, but I'd happily kick this councillor down a flight of stairs.",
            "Мы тебя найдём и сломаем тебе хребет.",
            "Ещё слово — и поедешь домой в гробу.",
            "Bir daha yazarsan ellerini kırarım.",
            "Gazetenizi yakacağız, bekleyin.",
        ],
        &[
            "The kids deserve to swing in the new playground.",
            "We know which window is broken, the glazier is coming.",
            "Your savings go up in smoke with this new tax.",
            "Throw the acid test results in the bin, they were wrong.",
            "A brick came loose from the old chimney.",
            "Time for a purge of my wardrobe before the move.",
            "I'd happily carry this councillor's shopping down the stairs.",
            "Гроб с телом поэта пронесли через площадь в 1837 году.",
            "Ellerini yıka, yemek hazır.",
            "Gazeteyi sabah yaktık, soba için.",
        ],
    );
}

#[test]
fn accidents_to_writers_not_walking_out_every_last_one_fingers_a_belt_a_genocide() {
    read_all(
        &[
            "People who write rubbish like this tend to have accidents. Look both ways, love.",
            "If this councillor shows his face at the fete, he won't be walking out of it.",
            "Hang every last one of these traitors in Parliament Square.",
            "Запомни: за такие статьи ломают пальцы.",
            "Таких баб надо учить ремнём.",
            "Ermenilerin hepsi soykırımı hak etti.",
        ],
        &[
            "Young drivers tend to have accidents at night, the insurers say.",
            "If the knee does not heal, he will not be walking for a month.",
            "Hang every last one of these paintings in the new gallery.",
            "Запомни: за такие статьи дают премии.",
            "Учить язык надо каждый день.",
            "Hiçbir halk soykırımı hak etmedi.",
        ],
    );
}

#[test]
fn a_knife_sharpened_dragged_and_strung_up_a_family_to_pay_fed_to_the_pigs() {
    read_all(
        &[
            "Every time I read your name I sharpen another knife.",
            "The minister should be dragged from his car and strung up.",
            "Your family will pay for every word you write.",
            "Feed the reporter to the pigs, I say.",
            "Тебя ждёт участь предыдущего редактора.",
            "Ещё раз такое напишешь — пожалеешь, что на свет родилась.",
            "Чиновников-воров надо вешать на площадях.",
            "Gazeteci bozuntusu, seni de hallederiz.",
            "Bu kadın sokakta taşlanmalı.",
            "Seni buralarda bir daha görmeyeyim, yoksa...",
        ],
        &[
            "Every time I sharpen my knife I think of my grandfather's kitchen.",
            "The minister should be dragged before a committee and questioned.",
            "Your family will pay for the tickets at the door.",
            "Feed the pigs before you leave, I say to my son every morning.",
            "Участь предыдущего редактора была печальной: он ушёл на пенсию.",
            "Я родилась в Москве и не жалею.",
            "Seni buralarda görmek çok güzel.",
            "Sokakta taş döşeme işi bitti.",
        ],
    );
}

#[test]
fn a_grave_with_your_name_tied_to_it_concrete_boots_a_tube_a_balcony_a_mosque_burnt() {
    read_all(
        &[
            "I've got a shovel and a quiet patch of woodland with your name on it.",
            "Someone ought to burn that rag's printing press with the editor tied to it.",
            "You're going in the river, sunshine, wearing concrete boots.",
            "Talk about my town like that again and you'll be talking through a tube.",
            "I want to see the mayor swinging from the town hall balcony.",
            "Every mosque should be burnt to the ground.",
            "Ты пожалеешь об этом, мы знаем, где твоя дочь учится.",
            "Надо переломать этому депутату все рёбра.",
            "Таджиков — в газовую камеру.",
            "Чтоб тебя в подворотне зарезали.",
            "Yazarın evini yakın.",
        ],
        &[
            "The bakery has a cake with your name on it, happy birthday.",
            "The boat was tied to it with an old rope.",
            "The new path is concrete, boots are fine.",
            "After the operation he was breathing through a tube for a week.",
            "I want to see the kids swinging from the monkey bars.",
            "The old church should be restored, not demolished.",
            "Моя дочь учится в этой школе, отличные учителя.",
            "Депутат сломал ребро на лыжах.",
            "Нацисты отправляли людей в газовые камеры.",
            "Eve yakın bir park var.",
        ],
    );
}

#[test]
fn under_her_car_a_head_ripped_off_a_firing_squad_not_a_photographer() {
    read_all(
        &[
            "The columnist should check under her car before she drives to work.",
            "I'll rip that smug head clean off your shoulders.",
            "Line the whole newsroom up and let the firing squad sort it out.",
            "Вот бы этого министра машина переехала.",
            "Тебе повезёт, если доживёшь до пятницы.",
            "Такую журналистку надо отлупить.",
            "Bu gazeteciye bir kurşun yeter.",
        ],
        &[
            "The mechanic should check under the car before the MOT.",
            "Check under your car for oil leaks every month.",
            "I'll rip that old wallpaper clean off the walls this weekend.",
            "The film ends with a firing squad at dawn.",
            "He should be shot by a better photographer, the portraits are dull.",
            "Машина министра застряла в пробке.",
            "Bu gazeteciye bir ödül yeter.",
        ],
    );
}

#[test]
fn a_son_hurt_a_firing_squad_faced_an_address_known() {
    read_all(
        &[
            "Your son plays for the under-12s on Saturday, doesn't he? Be a shame if he got hurt.",
            "These traitors should face a firing squad at dawn.",
            "Я знаю твой адрес, жди в гости.",
        ],
        &[
            "It would be a shame if he got hurt before the final, the coach said of his striker.",
            "The traitors in the drama faced a firing squad in the final episode.",
            "Я знаю твой адрес, пришлю открытку.",
        ],
    );
}

#[test]
fn found_in_the_boot_teeth_kicked_in_a_mouth_shut_for_good() {
    read_all(
        &[
            "Funny column. Funnier still when they find you in the boot of your own car.",
            "I hope the protesters catch you alone and kick your teeth in.",
            "Give it a week and someone will have shut your mouth for good.",
            "Тебя найдут в багажнике твоей же машины.",
            "Мы доберёмся до твоих детей.",
            "Этой журналистке надо рот зашить.",
            "Gazetecinin evini basalım.",
        ],
        &[
            "They found the keys in the boot of the car.",
            "The dentist said my teeth are in good shape.",
            "Shut the door for good when you leave, the heating is on.",
            "Багажник у этой машины огромный.",
            "Мы доберёмся до дачи к вечеру.",
            "Gazetecinin evi yeni mahallede.",
        ],
    );
}

#[test]
fn brakes_that_fail_a_face_rearranged_a_push_onto_the_tracks() {
    read_all(
        &[
            "Keep writing this garbage and one morning your brakes won't work. Just saying.",
            "You won't be smiling in your byline photo once somebody rearranges your face.",
            "If I ever see this reporter on the tube I'm pushing him onto the tracks.",
            "The columnist should be dragged into the street and taught a lesson.",
            "Gays should be thrown off roofs like they do in the civilised countries.",
            "Ещё одна такая статья, и твои дети останутся сиротами.",
            "Evinin önünde bekliyoruz, çık da konuşalım bakalım.",
        ],
        &[
            "Keep driving like that and your brakes won't work by spring.",
            "Your brakes will fail if the pads are worn, the mechanic said.",
            "When someone hurts you, talk to a friend.",
            "Once somebody rearranges the furniture, the room looks bigger.",
            "If I see him at the station I'm pushing him to apply for the job.",
            "I'm pushing the pram onto the platform, the train is late.",
            "The minister should be dragged into the debate and taught a lesson in economics.",
            "The old furniture should be thrown off the balcony, the landlord said.",
            "Тысячи детей останутся сиротами после этой войны.",
            "Evinin önünde bir park var.",
        ],
    );
}

#[test]
fn the_reader_followed_a_rope_handed_the_vanished_missed() {
    read_all(
        &[
            "I've seen your daughter's school run. Cute backpack.",
            "Next time you're at the rally, look over your shoulder. We'll be there.",
            "Better start looking over your shoulder, hack.",
            "Somebody should hand that MP a rope and a chair and save us all the bother.",
            "People like you used to disappear in the night, and honestly I miss those days.",
            "Send me your address sweetheart, I'll show you what a real man does to a mouthy girl.",
        ],
        &[
            "I've seen your daughter's school play, she was wonderful.",
            "Next time you're at the junction, look over your shoulder before pulling out.",
            "Look over your shoulder at the view, it's stunning.",
            "Somebody hand the climber a rope and a harness.",
            "People like you used to write letters to the editor, and honestly I miss those days.",
            "Dissidents used to disappear in the night under Stalin.",
            "I'll show you what a real chef does to a tomato.",
        ],
    );
}

#[test]
fn fewer_breathing_a_syringe_a_school_told_a_dare() {
    read_all(
        &[
            "This town would be a better place with a few less journalists breathing in it.",
            "A quick jab with a syringe and nobody would ever know, think about it editor.",
            "Your kind ended up in ovens once and you still haven't learnt to keep quiet.",
            "Say that to my face in the car park and see if you walk away.",
            "Whoever leaked this should be found and made an example of, slowly.",
            "We're coming for your little paper, and the people who write for it.",
            "The editor's kids go to St Mary's, just so everyone knows.",
            "Do the world a favour and step in front of a bus.",
            "Молись, чтобы мы тебя не нашли.",
            "Senin gibilerin yeri hapis değil, mezar.",
        ],
        &[
            "The city would be healthier with fewer children breathing polluted air.",
            "A quick jab with a syringe and nobody would ever know it was a vaccine.",
            "Millions ended up in the ovens of Auschwitz, and we must never forget.",
            "Try the new trail and see if you walk away smiling.",
            "Whoever leaked this should be found and made an example of.",
            "We're coming to the town hall meeting to oppose the new tower block.",
            "The editor's kids go to St Mary's, just so everyone knows she isn't a hypocrite.",
            "I nearly stepped in front of a bus while reading this on my phone.",
            "Молись, чтобы дождь закончился к вечеру.",
            "Senin gibilerin yeri burası değil.",
            "Someone should pay the author a visit and explain the new rules to him.",
            "Автору надо бы сказать спасибо за это исследование.",
            "Yazarı bir ziyaret edip kitabını imzalatmak lazım.",
            // (`Boğazında kalsın`, "may it stick in your throat", is said over food among
            // friends: `Bensiz yoğurtlu kömbe yiyorsun demek boğazında kalsın inşaallah`.)
            "Bensiz kömbe yiyorsun demek, boğazında kalsın inşallah.",
            "Seni satrançta mahvedeceğim.",
            "Seni mahvedeceğim diye korkma, sadece bir oyun.",
        ],
    );
}

#[test]
fn stairs_windows_a_shift_known_a_rope_promised_a_truck_wished() {
    read_all(
        &[
            "Funny how journalists who write this stuff tend to fall down stairs eventually.",
            "Your newsroom has a lot of windows. Glass breaks easily.",
            "I know what time your shift ends. Drive safe.",
            "If the courts won't deal with these traitors, the people will, with rope.",
            "I hope a truck flattens your whole family on the way to church.",
            "You'd look better with a bag over your head and a brick tied to your feet.",
            "Мы знаем, где живёт твоя мать. Передай ей привет.",
            "Вешать таких надо на площади, при всех.",
            "Seni de ailenle beraber yakacağız.",
            "Allah seni kahretsin, çoluğun çocuğun da.",
        ],
        &[
            "Toddlers tend to fall down stairs, so fit a gate.",
            "Your newsroom has a lot of windows. Lovely light in the mornings.",
            "I know what time your shift ends, I'll have dinner ready.",
            "The climbers will deal with the ridge tomorrow, with rope.",
            "I hope a bus comes soon, it's freezing.",
            "The brick tied to the kite string kept it down.",
            "Вешать полки надо ровно.",
            "Ailenle beraber tatile gideceğiz.",
            "Allah kahretsin, yine yağmur yağıyor.",
        ],
    );
}

#[test]
fn neither_will_you_a_quiet_street_a_visit_a_last_warning_a_list() {
    read_all(
        &[
            "One of these nights the lights in your flat won't come back on, and neither will you.",
            "The reporter's car is parked on Elm Street every night. It's a quiet street.",
            "When the power goes out, the first thing we do is visit every hack at this paper.",
            "This is your final warning before we stop warning.",
            "Your name's on the list, along with everyone who sided with you.",
            "Твой дом сгорит так же, как сгорела твоя совесть.",
            "Пусть тебя переедет поезд, никто не заплачет.",
            "Ну ничего, скоро до тебя доберутся.",
            "Kafana bir tane sıkarlar yakında, görürsün.",
        ],
        &[
            "The heating won't come back on tonight, and neither will the lights.",
            "My car is parked on Elm Street every night and nobody has ever touched it.",
            "When the power went out, the first thing we did was visit the neighbours.",
            "This is the council's final warning to landlords who ignore repair orders.",
            "Your name is on the guest list, along with everyone from the office.",
            "Если не починишь проводку, твой дом сгорит.",
            "Поезд опоздал на два часа.",
            "Bu maçta hakem kafasına göre karar verdi.",
        ],
    );
}

#[test]
fn yours_soon_enough_a_newsroom_firebombed_a_party_for_a_death_a_prayer() {
    read_all(
        &[
            "You'll get yours soon enough, and I'll be there to watch.",
            "Somebody needs to firebomb that newsroom while they're all inside.",
            "Wouldn't it be a shame if your daughter's photos ended up on certain websites.",
            "The day your editor dies I'm throwing a party.",
            "I pray every night that a heart attack takes you in your sleep.",
            "Let's see how brave this reporter is with a broken jaw and no teeth.",
            "Get raped, you stuck-up feminist cow.",
            "Crawl off and die somewhere quiet, you sad old man.",
            "Тебе осталось недолго, готовь гроб.",
            "Сожгу твою тачку вместе с тобой.",
            "Автор, выпей яду и не мучай людей.",
            "Kızını sokakta görürsem neler yaparım biliyor musun?",
            "Sana öyle bir dayak atacağım ki annen bile tanımayacak.",
        ],
        &[
            "You'll get yours in the post by Friday, the shop says.",
            "Somebody needs to firebomb that myth once and for all.",
            "Wouldn't it be a shame if your daughter's photos ended up in a drawer.",
            "The day my editor retires I'm throwing a party for him.",
            "I pray every night that a heart attack never takes my dad.",
            "The reporter broke her jaw in a cycling accident.",
            "Get ready, the match starts at eight.",
            "The fox crawled off into the hedge.",
            "Гроб с телом поэта пронесли через весь город.",
            "Сожгу старые письма, пока ты на работе.",
            "Kızım sokakta bir kedi buldu.",
        ],
    );
}

#[test]
fn chat_spelt_menaces_an_address_known_mates_of_no_help_a_stabbing_to_come() {
    read_all(
        &[
            "someone shud just run this clown over with a van tbh",
            "we know ur address mate, see u soon",
            "ill be outside ur office friday, bring ur mates if u want, wont help",
            "i swear if i see u in town ur getting stabbed",
            "seni bulcam ve pisman edicem",
        ],
        &[
            "ill health forced the mayor to step down, sad news",
            "bring ur mates to the quiz night, the more the merrier",
            "we know ur address from the form, the prize is in the post",
            "u r getting vaccinated if i see u at the clinic, no excuses lol",
            "seni bulmak çok kolay oldu, harita sağ olsun",
        ],
    );
}

#[test]
fn after_a_civil_sentence_a_death_foretold_a_beating_watched_a_will_made() {
    read_all(
        &[
            "Good piece on the budget. Shame the author won't live to see the next one.",
            "Interesting take. I'd still like to see you beaten half to death.",
            "As for the Pakistanis in my street, they should all be gassed.",
            "I read to the end. Your family deserves everything that's coming to them.",
            "Nice photo of the author. Be a pity if anything happened to that pretty face.",
            "You'd be surprised how easy it is to find out where a journalist lives.",
            "Plenty of people would pay to see this editor get what he deserves, in a dark alley.",
            "The next time you write about us, make sure your will is up to date.",
            "Watch what happens when your paper's van gets a little too close to our estate.",
            "Я знаю твою машину, будь осторожна на дороге.",
            "Ещё раз увижу тебя у редакции — пожалеешь.",
            "Всех либералов — на лесоповал.",
        ],
        &[
            "My grandfather won't live to see the new bridge, sadly.",
            "From the articles, it seems you deserve everything that's coming to you.",
            "I'd like to see you beaten at chess one day, it would humble you.",
            "I read to the end. Your family must be proud of this work.",
            "Nice photo of the author. Where was it taken?",
            "You'd be surprised how easy it is to find out where a company is registered.",
            "Before you travel, make sure your will is up to date.",
            "Watch what happens when the council van gets stuck on our estate, it's a comedy.",
            "Я знаю твою машину, красная такая, у подъезда стоит.",
            "Не купишь билет — пожалеешь.",
            "Лесоповал в тайге сократился на треть.",
        ],
    );
}

#[test]
fn tyres_slashed_a_canal_a_street_s_verdict_the_wall_a_box_mercy() {
    read_all(
        &[
            "Wonder how brave the editor will feel when someone slashes his tyres on the motorway.",
            "Would be a real tragedy if this reporter tripped into the canal one dark night.",
            "If the jury lets him walk, the street will deliver its own verdict.",
            "Mark my words, you'll be begging for mercy before the year is out.",
            "If I had five minutes alone with the author and a cricket bat, we'd see.",
            "The people who wrote this will be the first against the wall.",
            "I'd sooner eat glass than read this hack, and I'd sooner see him in a box.",
            "Если суд его отпустит, народ сам разберётся с этим предателем.",
            "Я бы этого редактора своими руками задушил.",
            "Eşcinseller toplumun yüz karasıdır, yok edilmeliler.",
            "Suriyelileri toplayıp çöle atmak lazım.",
        ],
        &[
            "Wonder how the editor will feel when the readers' poll results come in.",
            "It was a real tragedy when the old mill burned down one dark night in 1987.",
            "If the jury lets him walk, the voters will deliver their own verdict at the election.",
            "Mark my words, this budget will be forgotten by the year's end.",
            "I had five minutes alone with the author at the book signing, lovely woman.",
            "The marketing division will be the first against the wall, as the novel says.",
            "I'd sooner see him in a box at the theatre than in the stalls.",
            "Народ сам разберётся, за кого голосовать.",
            "Редактор своими руками построил дом за городом.",
            "Suriyeli çocuklar çölde mahsur kaldı.",
        ],
    );
}

#[test]
fn waiting_for_the_reader_and_told_how_to_come() {
    read_all(
        &[
            "We'll be waiting outside the studio for you tonight. Come alone.",
            "I'll be outside your office tonight. Sleep tight.",
        ],
        &[
            "We'll be waiting outside the cinema for you. Come early, the queue is long.",
            "I'll be waiting for you at the station. Take care.",
            "We'll be waiting outside the studio for you tonight.",
            "Come alone or bring a friend, the tour is free.",
        ],
    );
}

#[test]
fn menaces_of_the_seventy_eighth_to_eightieth_sets() {
    read_all(
        &[
            "Keep publishing lies about us and see what happens to that pretty face of yours.",
            "Keep talking and see what happens to your teeth.",
            "Go on, say that to my face and see where you end up.",
            "Delete this article or we will delete you.",
            "I'd love to get my hands around that skinny neck of yours.",
            "Knock knock. Guess who's outside your house.",
            "The sooner the author dies, the better the world will be.",
            "Sleep with the lights on, friend.",
            "Careful walking home tonight, sweetheart, it gets dark early these days.",
            "If I ever meet this journalist, he won't walk away from it.",
            "Ещё одна такая статья, и тебе переломают пальцы.",
            "Сиди тихо, а то ноги переломаем.",
            "@olga ещё слово — и ты ляжешь в больницу надолго.",
            "Скоро тебе станет очень больно, обещаю.",
            "Узнаем, где ты живёшь, и придём в гости без приглашения.",
            "Senin gibi gazetecilerin dili kesilmeli.",
            "Bir daha böyle yazarsan seni bulurum, haberin olsun.",
            "@emre senin evini yakarız, bekle.",
            "Sana bir tokat atsam dünyayı unutursun.",
            "Senin o ince boynunu bir kırsam, rahatlarım.",
            "Keşke bir kaza geçirsen de yazamasan.",
        ],
        &[
            "Let's see what happens to that old bridge of theirs.",
            "Keep saving and see what happens to your savings.",
            "Try the new diet and see where you end up.",
            "Delete this draft or we will delete your account.",
            "Reply by Friday or we will delete you from the mailing list.",
            "I put my hands around the mug to keep them warm.",
            "Guess who's outside your house with a pizza!",
            "The sooner this law dies, the better.",
            "I sleep with the lights on since the burglary.",
            "Sleep with the lights on if the baby is scared.",
            "Careful walking home tonight, love, the pavements are icy.",
            "If I ever meet this author, he won't walk away without a signed copy.",
            "@paul_h I found out where you work from your bio, small world, I worked there too!",
            "На этой лестнице люди себе ноги переломают.",
            "Сиди тихо, а то малыш проснётся.",
            "Ещё одна неделя — и ты ляжешь в больницу на плановую операцию.",
            "Скоро тебе станет лучше, обещаю.",
            "Bu yazarın dili çok güzel.",
            "Evini yakında ziyaret edeceğiz.",
            "Maçta bir tokat gibi gol attık.",
            "Kuşun boynunu sardık, iyileşiyor.",
            "Kaza geçirdim ama iyiyim.",
        ],
    );
}

#[test]
fn menaces_of_the_eighty_first_and_second_sets() {
    read_all(
        &[
            "Write one more word about our mosque and you'll need a new set of teeth.",
            "I hope the next plane you board falls out of the sky.",
            "We're watching your house.",
            "We have your number, your address and your car. See you soon.",
            "We'll see how brave you are when we're standing in your kitchen.",
            "Maybe a punch in the mouth would teach you some manners.",
            "Go and play in the motorway, there's a good lad.",
            "Тебе осталось недолго, журналистка.",
            "Скоро узнаешь, что бывает с такими болтливыми.",
            "Не спи спокойно, мы рядом.",
            "Bir gün yolda karşılaşırsak, o gün son günün olur.",
            "Ağzını kapat yoksa ben kapatırım.",
            "Bu yazıyı yazanın elleri kırılsın.",
        ],
        &[
            "If you lose the old ones you'll need a new set of teeth, the dentist joked.",
            "I hope the next plane you board lands on time.",
            "We are watching your house while you're away.",
            "We have your number on file and will call you back.",
            "We have your address. See you at the party!",
            "We'll see how brave you are when we are on the rollercoaster.",
            "A good night's sleep would teach you some patience.",
            "Тебе осталось недолго до пенсии.",
            "Скоро узнаешь, что бывает с такими ценами на бензин.",
            "Не спи спокойно, пока не сдашь отчёт.",
            "Ağzını kapat yoksa sinek kaçar.",
            "Bu kapının kolu kırılsın istemem.",
        ],
    );
}

#[test]
fn menaces_of_the_eighty_third_set() {
    read_all(
        &[
            "Keep it up, sunshine, we know which gym you go to.",
            "When the revolution comes, hacks like you will be first on the lampposts.",
            "The only good journalist is an unemployed one, and a dead one is even better.",
            "Мы знаем, в какую школу ходит твой сын.",
            "Твоим детям не поздоровится, если продолжишь.",
            "Çocuğunun okulunu biliyoruz, dikkat et.",
        ],
        &[
            "We know which gym you go to has the best pool in town.",
            "When the revolution comes, according to the old song, we'll all eat strawberries.",
            "The only good journalist is a curious one.",
            "Школа, в которую ходит мой сын, лучшая в районе.",
            "Детям не поздоровится от такого количества сахара.",
            "Çocuğunun okulu yarın açılıyor, dikkat et, servis erken geliyor.",
        ],
    );
}

#[test]
fn menaces_of_the_eighty_fourth_to_sixth_sets() {
    read_all(
        &[
            "I'd love to see you try saying that to my face, you'd be eating through a straw for \
             a month.",
            "Enjoy your last Christmas, sweetheart.",
            "We'll be waiting in the car park when your shift ends.",
            "Reporters like you are the reason people stopped trusting newspapers, and the reason \
             some of them will end up in the river.",
            "You'll regret writing this when we're done with you.",
            "The sooner your sort are rounded up, the better.",
            "I'd pay good money to watch someone beat the smirk off this columnist.",
            "We've got people at your office, smile for the camera.",
            "If I were you I'd double-check my brakes before driving anywhere this week.",
            "Пусть твоя семья сгорит в аду.",
            "Приедем к тебе ночью, поговорим по-мужски.",
            "Seni bir gece sokakta yakalarsam, annen bile tanıyamaz.",
            "Yarın seni iş çıkışında bekliyor olacağız.",
            "Senin gibi kalemşörlerin parmaklarını tek tek kırmalı.",
            "Yolda bir gün denk geliriz, o gün kimse seni kurtaramaz.",
        ],
        &[
            "After the dental surgery you would be eating soup for a week.",
            "Enjoy your last day at the paper, sweetheart, we'll miss you.",
            "Enjoy your last Christmas in the old house before the move.",
            "We'll be waiting in the car park to give you a lift after your shift.",
            "Old cars end up in the river after every flood.",
            "You'll regret missing this exhibition, it's superb.",
            "The sooner the roadworks are finished, the better.",
            "The columnist wiped the smirk off the minister's face with one question.",
            "We've got people at your office installing the new printers today.",
            "If I were you I'd check the train times before travelling this week.",
            "Пусть этот закон сгорит в аду, никто по нему жить не хочет.",
            "Приедем к тебе ночью, поезд задерживается.",
            "Bir gece sokakta yürürken annemi tanıyamadım, saçını boyatmış.",
            "Yarın seni iş çıkışında kahveye bekliyor olacağız.",
            "Kalemini tek tek açtım, parmaklarım kurşun oldu.",
            "Yolda bir gün denk geliriz, o gün kahveler benden.",
        ],
    );
}

#[test]
fn menaces_of_the_eighty_seventh_to_ninth_sets() {
    read_all(
        &[
            "Somebody find out which train she takes home, asking for a friend.",
            "I'd love to have five minutes alone with this clown in a dark room.",
            "This reporter wants a slap and I'm happy to deliver it.",
            "If you turn up at the town hall meeting, don't expect to leave in one piece.",
            "I'll find you, and when I do, you'll wish you'd never written a word.",
            "Мы тебя из-под земли достанем.",
            "Смотри по сторонам, когда выходишь из дома.",
            "Senin gibi alçaklar toprağın altında olmalı.",
            "Arabanı yakarız, ondan sonra konuşuruz.",
            "@mark_t pretty brave behind a keyboard, let's see how brave you are when I'm at your \
             door.",
            "Have a nice life, what's left of it.",
            "I know your car, the blue one. Shame if something happened to it.",
            "I will personally make your life so miserable you'll beg to quit.",
            "Ты бы лучше язык прикусил, пока его не отрезали.",
            "Я приду за тобой, и никакая полиция не поможет.",
            "lol this guy again. someone shut him up permanently pls",
            "Not all heroes wear capes, but whoever finally punches this columnist will be one.",
            "We should take every politician who voted for this and string them up.",
            "Your wife will be the one who suffers for this article.",
            "The only decent landlord is one in a body bag.",
            "Всех мигрантов на мыло.",
            "Ты бы сдох уже, всем было бы легче.",
            "Мы ещё встретимся, и разговор будет коротким.",
            "Seninle bir gün hesaplaşacağız, o gün pişman olacaksın.",
            "Evine gelip seni dövmemi ister misin?",
        ],
        &[
            "Somebody find out which train goes to the airport, asking for a friend.",
            "I'd love to have five minutes alone with this author to ask about her research.",
            "The baby wants a nap and I'm happy to join her.",
            "If you turn up at the town hall meeting, bring an umbrella, the roof leaks.",
            "You'll wish you'd booked earlier, the hotel is full.",
            "Мы достанем билеты на концерт из-под земли, обещаю.",
            "Смотри по сторонам, когда переходишь дорогу.",
            "Senin gibi yazarlar toprağın üstünde çiçek gibi.",
            "Arabanı yıkarız, ondan sonra konuşuruz.",
            "We'll see how brave you are when we are on the rollercoaster.",
            "Have a nice life in Spain, you've earned the retirement.",
            "Shame if something happened to the old pub, it's a landmark.",
            "I will personally make your life easier: the form is now online.",
            "Язык прикусил от неожиданности, больно было.",
            "Я приду за тобой в шесть, будь готов.",
            "someone shut the door pls",
            "Someone hit him with a car yesterday, the police said.",
            "Not all heroes wear capes, but the nurses on this ward come close.",
            "We should string the lights up before the party.",
            "Your wife will love the new cafe on the corner.",
            "The only decent landlord I ever had fixed the boiler in a day.",
            "Мыло закончилось, купи новое.",
            "Ноутбук сдох, пришлось купить новый.",
            "Мы ещё встретимся на конференции, разговор будет интересным.",
            "Seninle bir gün kahve içeceğiz, söz.",
            "Evine gelip seninle kahve içmek isterim.",
        ],
    );
}

#[test]
fn menaces_of_the_ninetieth_to_ninety_second_sets() {
    read_all(
        &[
            "I'd gladly do time for you, sweetheart.",
            "There's a special place in hell for you, and I'd happily book your ticket.",
            "We'll be watching your kids at the school gates.",
            "The only language people like you understand is a fist.",
            "Someone should put this rabid dog of a writer out of its misery.",
            "I hope you catch something nasty and suffer for months.",
            "Тебя бы в лес отвезти и оставить там.",
            "Bir gün seni de bir çukura gömerler.",
            "I hope the next protest you cover turns violent and you're the first casualty.",
            "I'd run you over and reverse to make sure.",
            "Sweet dreams, reporter. Enjoy them while you can.",
            "Your career is over and so are you.",
            "There are plenty of lamp posts in this town for traitors like you.",
            "Мы придём ночью, когда ты будешь спать.",
            "Сиди дома и не высовывайся, если жизнь дорога.",
            "Ağzını kapat yoksa dişlerini sökerim.",
            "Bizi kızdırma, sonun kötü olur.",
            "We've got your number plate, enjoy the drive home.",
            "Refugees should be machine-gunned at the border.",
            "They'll find your body in the woods one day.",
            "Твоему сыну лучше не ходить одному.",
            "Oğlunun okul çıkışını biliyoruz.",
            "Kafanı gövdenden ayıracağım, bekle.",
        ],
        &[
            "I'd gladly do the school run for you, sweetheart.",
            "There's a special place on the coast where we go every summer.",
            "We'll be watching the school play on Friday.",
            "The only language my dog understands is treats.",
            "The vet put the old rabid fox out of its misery.",
            "I hope you catch the train in time.",
            "I hope the players don't suffer any injuries this season.",
            "Тебя бы в лес отвезти, там грибов много.",
            "Bir gün seni de tatile götürürüz.",
            "I hope the next protest you cover stays peaceful and you get home safe.",
            "I'd run you over to the station after lunch, but the car is in the garage.",
            "I'll run you over to the station after lunch.",
            "Sweet dreams, little one, sleep well.",
            "Your career is just starting, congratulations.",
            "There are plenty of lamp posts in this town, but none of them work.",
            "Мы придём ночью, поезд поздно прибывает.",
            "Сиди дома, если простудился.",
            "Dişlerini fırçala, sonra yat.",
            "Bizi ziyarete gel, sonun güzel olur.",
            "We've got your number plate on the parking permit list now.",
            "Refugees were welcomed at the border with blankets and tea.",
            "They found a rare orchid in the woods.",
            "Твоему сыну понравился спектакль?",
            "Oğlunun okulu çok başarılı.",
            "Kafanı dinle, işini bekle, her şey düzelir.",
        ],
    );
}

#[test]
fn menaces_of_the_ninety_third_set() {
    read_all(
        &[
            "Cracking article. Pity the author won't live long enough to write another.",
            "I've screenshotted your kids' photos from your Instagram. Cute.",
            "If you showed your face in my pub you'd leave through the window.",
            "Go find a nice quiet motorway to lie down on.",
            "Wanna see what I'd do to you with my belt?",
            "One day someone will snap, and you'll deserve every bruise.",
            "I'd love to see your face when they carry you out in a bag.",
            "Мы знаем, где ты паркуешь машину.",
            "Seni bir yerde yakalarsam mezara gidersin.",
            "Arabanın frenini kesmek kolay, bilesin.",
        ],
        &[
            "Cracking article. Pity the weather won't hold long enough for the match.",
            "My old car won't live long enough to see another winter.",
            "I've screenshotted your recipe from Instagram. Cute idea.",
            "If you showed your face in my pub you'd get a free pint, mate.",
            "Go find a nice quiet spot to read your book.",
            "Wanna see what I did with my old belt? Made it into a dog collar.",
            "One day someone will write the history of this club.",
            "I'd love to see your face when they announce the winner.",
            "Мы знаем, где ты паркуешь машину, ты рассказывал.",
            "Arabanın freni bozulmuş, servise götürdüm.",
        ],
    );
}

#[test]
fn menaces_of_the_ninety_fourth_set() {
    read_all(
        &[
            "Keep writing lies like this and one day someone will make you eat your keyboard, key by key.",
            "I'll make him swallow his own teeth.",
            "Мы знаем, где ты живёшь, так что думай, что пишешь.",
            "Знаем, где вы живёте.",
            "Чтоб твоя редакция сгорела к чертям вместе с тобой.",
            "Пусть твой офис взорвётся вместе с вами.",
        ],
        &[
            "Keep writing like this and one day someone will make you eat your words.",
            "My mum used to make me eat my greens.",
            "I'll make you eat your own cooking for a week.",
            "Мы знаем, где ты жил в детстве, ты рассказывал.",
            "Чтоб твоя редакция сгорела от стыда за такую статью.",
            "Чтобы дом не сгорел вместе с тобой, проверь проводку.",
            "Пусть твой пирог сгорит, зато мы посидим вместе с тобой.",
        ],
    );
}

#[test]
fn menaces_of_the_ninety_fifth_set() {
    read_all(
        &[
            "A journalist like you would fit nicely in the boot of my car.",
            "Your editor's kids walk home past my house every afternoon. Just saying.",
            "It would be a shame if your little blog's server caught fire with you sitting next to it.",
            "I could snap your neck before you finished typing that sentence.",
            "If you were on fire I'd pour petrol on you.",
            "I'd douse him in petrol and light a match.",
            "The world will be a better place the day your heart stops.",
            "Nobody would blame me if I ran this hack over in the car park.",
            "Я тебя, тварь, из-под земли достану.",
            "Bir gün karşıma çık, dişlerini tek tek sökerim.",
            "Bu yazarı meydanda sallandırmalı.",
            "Yazar denen bu mikrop yok olmalı.",
        ],
        &[
            "Your suitcase would fit nicely in the boot of my car.",
            "My kids walk home past my house every afternoon, they always wave at the neighbours.",
            "It would be a shame if the server caught fire with you away on holiday.",
            "I could snap a photo of your garden for the competition.",
            "Pour petrol on the bonfire and stand well back, the ranger said.",
            "The day your heart stops racing, you'll know it was love.",
            "Nobody would blame me if I left early today.",
            "Я из-под земли достану этот редкий диск, обещаю.",
            "Dişçi dişlerini tek tek temizledi.",
            "Bu kural yok olmalı, çok saçma.",
            "Bayrakları meydanda sallandırdılar.",
        ],
    );
}

#[test]
fn menaces_of_the_ninety_sixth_set() {
    read_all(
        &[
            "Funny how reporters who write stuff like this always seem to end up in the river.",
            "Count your days, scribbler.",
            "I'll be the last face you see, and I'll be smiling.",
            "We should round up every journalist at this paper and make an example of them.",
            "Ты у меня кровью харкать будешь.",
            "Эту журналистку надо выпороть на площади.",
            "Bu yazar bir hainse, cezası ölüm olmalı.",
        ],
        &[
            "Funny how the leaves always seem to end up in the river.",
            "Count your days of leave before you book the flight.",
            "I'll be the last person you see at the party tonight, promise.",
            "We need to round up volunteers for the beach clean this weekend.",
            "Он кровью харкал неделю, врачи не могли понять почему.",
            "Ковёр надо выбить на площади.",
            "Hırsızın cezası ağır olmalı.",
            "Kafamı duvara vuracağım, bu sınav çok zor!",
        ],
    );
}

#[test]
fn menaces_of_the_ninety_seventh_set() {
    read_all(
        &[
            "Interesting article, but the author should watch his back when he leaves the office tonight.",
            "Keep it up and your next byline will be on a headstone.",
            "I'll wait outside your kid's school and have a little chat with him.",
            "Всех журналистов этой газеты к стенке.",
            "Тебя надо закатать в асфальт, писака.",
            "Bu gazeteciyi bir gece tenha bir yerde yakalamak lazım.",
        ],
        &[
            "Cyclists should watch their backs on that junction tonight.",
            "The author should watch his back when lifting heavy boxes.",
            "Her name is on a headstone in the village churchyard.",
            "I'll wait outside the school to pick up my son at three.",
            "I know what car you drive now — the red one outside the bakery? Lovely colour.",
            "Шкаф поставили к стенке.",
            "Эту яму надо закатать в асфальт до зимы.",
            "Hırsızı yakalamak lazım, polis nerede?",
        ],
    );
}

#[test]
fn menaces_of_the_ninety_eighth_set() {
    read_all(
        &[
            "Keep writing articles like this and you'll find out what happens to people who talk too much.",
            "Carry on and see what happens to reporters who snoop.",
            "Your address took me five minutes to find. Sleep well.",
            "It took us a minute to find your address. See you soon.",
            "I hope the next flight you board ends up at the bottom of the sea.",
            "If I ever see you at a press conference, you'll be leaving in an ambulance.",
            "Close that filthy gob of yours before somebody closes it for good.",
            "Тебя найдут и покажут, как надо писать.",
            "Bir daha böyle yazarsan parmaklarını kırarız.",
            "Bu gazeteciyi bir gece sokakta yakalarlar, görürsün.",
            "Seni evinin önünde bekliyor olacağız.",
        ],
        &[
            "Read on and you'll find out what happens to people who skip breakfast.",
            "You'll find out what happens to the hero in the last chapter.",
            "Your address took me ages to find, the parcel is on its way.",
            "It took me a minute to find your address. Thanks for the invitation!",
            "I hope the next flight you board ends up somewhere sunny.",
            "You'll be leaving in an hour, the bus is late.",
            "Shut the gate before somebody shuts it for you, the dog will run off.",
            "Тебя найдут по номеру телефона, если потеряешься.",
            "Parmaklarımı kapıya sıkıştırdım, çok acıdı.",
            "Polis hırsızı bir gün yakalar, görürsün.",
            "Seni istasyonun önünde bekliyor olacağız, geç kalma.",
        ],
    );
}

#[test]
fn menaces_of_the_ninety_ninth_set() {
    read_all(
        &[
            "One day you'll open your front door and we'll be standing there.",
            "I'd put you through the window and sleep like a baby.",
            "A few journalists hanging from bridges would improve the coverage.",
            "Я приеду к тебе домой и поговорю по-мужски, понял?",
            "Günlerin sayılı, bunu bil.",
        ],
        &[
            "One day you'll open your front door and the sun will be shining.",
            "Open the door and we'll be standing there with the cake!",
            "I'd put the kettle on and sleep like a baby.",
            "I'll put you through to the editor.",
            "Climbers hanging from the bridge were rescued by firefighters.",
            "A few lights hanging from bridges would improve the riverside.",
            "Я поговорю с сыном по-мужски о его оценках.",
            "Bu hükümetin günleri sayılı, seçim yaklaşıyor.",
        ],
    );
}

#[test]
fn menaces_of_the_hundredth_set() {
    read_all(
        &[
            "Publish one more lie about us and your office windows won't survive the night.",
            "We have friends in the police, nobody will investigate what happens to you.",
            "You'd look better with a few teeth missing.",
            "You'd look better with a broken nose.",
            "It's only a matter of time before someone shuts this rag down permanently, with the staff inside.",
            "Give me your home address and I'll explain it to you in person, with my fists.",
            "I'd happily pay for the bullet.",
            "Your little girl is cute. Would be a pity if she went missing.",
            "Я знаю номер твоей машины. Ездий осторожно.",
            "Bir gün kapını çalacağız, hazır ol.",
            "Evinin adresini paylaşın, gidip konuşalım bu adamla.",
        ],
        &[
            "Cover them tonight or your tomatoes won't survive the frost.",
            "One more story like this and I'm cancelling, your office will hear from me.",
            "Nobody will investigate what happened to the pension fund, sadly.",
            "My son looks adorable with a few teeth missing, he's six.",
            "You'd look better with a fringe, my hairdresser told me.",
            "It's only a matter of time before someone shuts this rag down, with its debts.",
            "I'll explain it to you in person, with my notes.",
            "I'd happily pay for the bullet train upgrade.",
            "It would be a pity if the festival went missing from the calendar.",
            "Я знаю номер этого автобуса, он идёт до вокзала.",
            "Bir gün kapını çalıp çay içmeye geleceğim, komşu.",
            "Adresini bana mesaj at, kitabı kargolayayım.",
        ],
    );
}

#[test]
fn menaces_of_the_hundred_and_first_set() {
    read_all(
        &[
            "You won't need a pension, the way you're going.",
            "I'd break every finger on the hand you type with.",
            "Мы тебе машину сожжём, если не уберёшь статью.",
            "Akşam eve dönerken arkana iyi bak.",
        ],
        &[
            "With these shares you won't need a pension plan at all.",
            "I broke every finger on my left hand playing rugby.",
            "Машину сожгли хулиганы, полиция ищет виновных.",
            "Geri giderken arkana iyi bak, direk var.",
        ],
    );
}

#[test]
fn menaces_of_the_hundred_and_second_set() {
    read_all(
        &[
            "Someone should visit this reporter at home and explain a few things with a baseball bat.",
            "You'd be surprised how easily a car can roll into a river with the driver still in it.",
            "Your kind always ends up in a body bag eventually.",
            "I'm outside your building right now. Nice blue door.",
            "Болтунам вроде тебя языки отрезают, запомни.",
            "Ещё одна статья — и ты инвалид.",
            "Seni görürsem kafanı duvara geçiririm.",
        ],
        &[
            "Someone should visit this museum with a camera, the light is superb.",
            "You'd be surprised how easily a car can roll into a river without a handbrake.",
            "Your kind of journalism always ends up in the bin of history, sadly.",
            "I'm outside your building right now, come down for the keys.",
            "В древности ворам руки отрезали, рассказал историк.",
            "Он стал инвалид после аварии, и ты это знаешь.",
            "Duvara yeni bir tablo asacağım.",
        ],
    );
}

#[test]
fn menaces_of_the_hundred_and_third_set() {
    read_all(
        &[
            "There's a reason people who write like you tend to have short careers and shorter lives.",
            "We're coming to the book signing on Saturday, all twenty of us. Bring security.",
            "You should be locked in a room with the people you write about and left there.",
            "I'll see to it that you spend the rest of your life in a wheelchair.",
            "Don't start your car tomorrow without checking underneath it.",
        ],
        &[
            "People who eat like you tend to have longer and healthier lives.",
            "We're coming to the book signing on Saturday, can't wait to meet the author!",
            "The bikes should be locked in the shed and left there overnight.",
            "I'll see to it that you spend the rest of your life in a nice house, love.",
            "Don't start your car tomorrow without checking the oil.",
        ],
    );
}

#[test]
fn menaces_of_the_hundred_and_fourth_set() {
    read_all(
        &[
            "Funny how reporters who dig into our business keep having house fires.",
            "Next time I see you at the match, you're going home in pieces.",
            "Keep smiling in your photos while you still have all your teeth.",
            "I'd love to hold your head under water until the bubbles stop.",
            "One phone call and your whole family disappears.",
            "You'll be found in the canal one morning and nobody will be surprised.",
            "Tick tock, scribbler. Your time is running out.",
            "Заткнись, пока тебе зубы не выбили.",
            "Seni bulursam canına okurum.",
            "Suriyelileri gemiye bindirip batırmak lazım.",
        ],
        &[
            "Funny how the council keeps having budget overruns on every project.",
            "The house fire on our street was caused by a faulty heater.",
            "Keep smiling while you still have time to enjoy the summer.",
            "Hold the sprouts under water for five minutes before cooking.",
            "One phone call to the council fixed the streetlight, impressive.",
            "The canal was frozen this morning, the ducks looked confused.",
            "Tick tock, your time to apply for the grant is running out.",
            "Зубы надо лечить вовремя, советует стоматолог.",
            "Bulursam haber vereceğim, söz.",
            "Eski gemiyi batırmak için dalgıçlar çalıştı.",
        ],
    );
}

#[test]
fn a_people_ordered_wiped_out() {
    read_all(
        &[
            "Ukrainians are Nazis, the lot of them, wipe them out.",
            "Wipe out the Jews.",
            "Wipe the Kurds out, all of them.",
        ],
        &[
            "The weeds in the garden, wipe them out before spring.",
            "Wipe out the debt first, then save.",
            "Wipe them out on Saturday, lads, three points!",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifth_and_sixth_sets() {
    read_all(
        &[
            "Somebody ought to drag this columnist into the street and teach him some manners \
             with a tire iron.",
            "I'd love to watch your house burn with you locked inside.",
            "I'd love to see their newsroom burning with them trapped inside.",
            "Keep it up and they'll be fishing you out of the harbour.",
            "Keep writing and they will pull you out of the canal.",
            "We've got your number plate and we know your route home.",
            "I know your way to work.",
            "Тебя бы в печку, как твоих предков.",
            "Заткнись, пока зубы целы.",
            "Seni bulduğum gün son günün olacak.",
            "Evini biliyoruz, dikkatli ol.",
        ],
        &[
            "We went to the pub and taught him some manners with a tire iron.",
            "I'd love to watch the old mill burn on film.",
            "I'd love to watch your house being built.",
            "The lifeguards will pull you out of the lake if you fall in.",
            "They fished a bike out of the canal.",
            "The fishermen pulled an old bicycle out of the harbour this morning.",
            "I know your route home is closed by the roadworks.",
            "Дрова бы в печку подкинуть.",
            "Зубы целы, но губа разбита, сказал врач.",
            "Son günün tadını çıkar, tatil bitiyor.",
            "Evini çok beğendik, dikkatli bir mimar.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_seventh_and_eighth_sets() {
    read_all(
        &[
            "Post one more article and your address goes on every forum I know.",
            "Be a shame if someone told your husband what you really get up to.",
            "A bat to the kneecaps would fix your attitude.",
            "Если ещё раз увижу твою статью, тебе конец, поняла?",
            "Enjoy your little byline while you still have fingers to type with.",
            "I'd crush your windpipe and sleep like a baby.",
            "Someone needs to put this rabid hack down.",
            "You deserve every bit of cancer that's coming to you.",
            "Your son looks like he'd bruise easily.",
            "На твоём месте я бы уже заказал себе гроб.",
            "Bir gece kapını çalarız, hazır ol.",
        ],
        &[
            "Fill in one more form and your address goes on the list.",
            "It'd be a shame if someone told your husband about the surprise party.",
            "A holiday would fix your attitude, honestly.",
            "Если ещё раз увидишь эту статью, перешли мне.",
            "Enjoy hiking while you still have knees that work.",
            "Careful, don't crush your fingers in the door.",
            "We should put the baby down for a nap.",
            "Nobody deserves cancer, not even my worst enemy.",
            "These peaches look like they'd bruise easily.",
            "Гроб для спектакля заказал театр.",
            "Yarın kapını çalarız, kahve içeriz.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_ninth_and_tenth_sets() {
    read_all(
        &[
            "Journalists like you used to disappear in countries that knew how to deal with \
             traitors.",
            "People like you don't live long.",
            "The only thing you're good for is target practice.",
            "I know exactly which bus you take in the morning.",
            "Журналисты вроде тебя долго не живут.",
            "Senin gibi gazetecilerin sonu hep kötü olur.",
            "Dilini keseceğim, haberin olsun.",
            "We both know what happens to people who talk too much.",
            "Your house has a lot of wooden beams. Wood burns.",
            "You'll end up like that reporter in Malta if you're not careful.",
            "Yaşadığın sokağı biliyoruz, gece dikkatli yürü.",
        ],
        &[
            "Phones like you described used to disappear from the office.",
            "The range offers target practice for archers on Sundays.",
            "I know exactly which bus you take, the 38, it stops by the library.",
            "Журналисты вроде неё заслуживают премии.",
            "Bu dizilerin sonu hep kötü olur.",
            "Ekmeği keseceğim, sofraya gel.",
            "We both know what happens to people who skip breakfast.",
            "Our house has wooden beams; the surveyor says they're sound.",
            "You'll end up like your father if you're not careful, always late.",
            "Yaşadığın sokağı çok sevdim, çok sakin.",
        ],
    );
    assert!(harmless("Don't choke on the fish bones, they're tiny.") == ["choke"]);
    assert!(harmless("Hope you choke on your morning coffee.").is_empty());
}

#[test]
fn threats_of_the_hundred_and_eleventh_set() {
    read_all(
        &[
            "Мы знаем, в какой школе учится твой сын.",
            "Ещё раз такое напишешь — найдём и объясним по-другому.",
            "Всех чиновников на вилы, а тебя первого.",
            "Seni bir gün sokakta yakalarsak, görürsün.",
            "Bu haberi yazan muhabirin ayaklarını kırmak lazım.",
            "Ailenin nerede yaşadığını biliyoruz.",
        ],
        &[
            "Мы знаем, в какой школе лучше всего учат математике.",
            "Вилы и грабли продаются в хозяйственном магазине.",
            "Erken gelirsen görürsün, manzara harika.",
            "Buzu kırmak lazım, toplantı çok gergin.",
            "Ailenin nerede yaşadığını sordum, köyde yaşıyorlarmış.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twelfth_set() {
    read_all(
        &[
            "Interesting article. Shame the author won't be around much longer to write more \
             like it.",
            "You and your family won't see Christmas if you keep this up.",
            "Go drink a bottle of bleach, scribbler.",
            "Статья нормальная, но автору надо бы язык вырвать.",
            "Seni evinin önünde bekleyeceğiz, kaçamazsın.",
        ],
        &[
            "Interesting article. Shame the author won't be writing the column next year.",
            "We won't see Christmas lights on the high street this year because of budget cuts.",
            "Don't drink a bottle of bleach, the poison centre warns.",
            "Зуб надо бы вырвать, сказал стоматолог.",
            "Seni evinin önünde bekliyorum, birlikte gidelim.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirteenth_set() {
    read_all(
        &[
            "If I ever see that reporter at the county fair, he's leaving in an ambulance.",
            "Hope the whole lot of them catch something nasty and rot in a ward.",
            "Hope you rot.",
            "I hope you rot in prison.",
            "The comment section would be better if you drank bleach, genuinely.",
            "Everyone would be better off if you were dead.",
            "The world would be a better place if you died.",
            "People like you are why we need a cull.",
            "Таких журналистов надо ловить в подъезде и учить уму-разуму кулаками.",
            "Таких надо бить.",
        ],
        &[
            "The reporter left the county fair early, leaving in an ambulance after a fall.",
            "I hope the apples don't rot before we pick them.",
            "I hope the killer rots in prison for what he did.",
            "You'd be better off if you sold the car and took the bus.",
            "The world would be better if you voted, honestly.",
            "The cull of badgers remains controversial among farmers.",
            "We need a cull of the deer in the park, the rangers say.",
            "Надо бить тревогу, цены растут.",
            "Детей надо учить плавать с раннего возраста.",
            "I know what car you drive matters for the insurance quote, but the article \
             overstates it.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fourteenth_set() {
    read_all(
        &[
            "I'd happily do time for shutting this hack up for good.",
            "I'd gladly serve time for punching that editor.",
            "Can't wait for the day this traitor swings from a lamppost.",
        ],
        &[
            "I'd happily do time for saving those kids, any parent would.",
            "I'd gladly do time for shutting the airport runway protest down? No.",
            "Can't wait for the day the kids swing from the new tree house.",
            "The old sign swings from a lamppost outside the pub.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifteenth_set() {
    read_all(
        &[
            "I'd love five minutes alone in a room with the author, no witnesses.",
            "Keep talking, I've got a shovel and a lot of woodland nearby.",
            "I'll be waiting outside the studio after your show. Come alone.",
            "Drag the whole editorial board into the street and let the people decide.",
            "Drag them into the street.",
            "Bu gazeteciye dünyayı dar edeceğiz.",
        ],
        &[
            "Five minutes alone in a room with the author would be a dream interview.",
            "We've got a shovel and a lot of woodland to clear this weekend.",
            "I'll be waiting outside the studio after your show to get an autograph.",
            "Drag the bins into the street on Tuesday night.",
            "Drag the sofa into the square for the street party.",
            "Bu gazeteci dünyayı dolaşıp haber yapıyor.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_sixteenth_set() {
    read_all(
        &[
            "People have been known to disappear for writing less than this.",
            "It would be tragic if the brakes on your car failed on the way home tonight.",
            "Your daughter is very pretty. It'd be a pity if she had to walk home alone.",
            "I'm not saying someone should hurt you, but I wouldn't cry if they did.",
            "The day is coming when traitors like you will answer for this, with your necks.",
            "Nobody would blame the man who finally shuts her up for good.",
            "I'd think twice before leaving the office late if I were you.",
            "Maybe someone should remind the author that actions have consequences. Painful ones.",
            "Lucky for you I'm a patient man. My patience has limits though.",
            "Remember, we know where the newsroom is and when the night shift leaves.",
            "Whoever leaked that story will be found, and it won't end well for them.",
            "Some of us remember how we dealt with collaborators in the old days.",
            "Знаешь, люди и за меньшее пропадали.",
            "С такими, как ты, раньше разговор был короткий.",
            "Некоторым журналистам давно пора замолчать навсегда.",
            "Ты бы лучше подумал о своей семье, прежде чем такое писать.",
            "Böyle yazmaya devam edersen başına gelecekleri düşün.",
            "Senin gibilerin sonu hep aynı olur, unutma.",
            "Akşam eve dönerken yanında birini bulundursan iyi olur.",
        ],
        &[
            "People have been known to disappear for weeks on these mountain trails.",
            "It would be tragic if the brakes on the old bus failed, so the council replaced it.",
            "My daughter walked home alone from school for the first time today.",
            "I wouldn't cry if the show got cancelled, honestly.",
            "Voters will answer for this at the ballot box, with their votes.",
            "They shut the shop up for good last winter.",
            "I'd think twice before booking with that airline again if I were you.",
            "Actions have consequences, as the minister found out at the election.",
            "My patience with the trains has limits, honestly.",
            "We know where the newsroom is moving: the old post office.",
            "It won't end well for the club if they sell their striker.",
            "Some of us remember how we dealt with power cuts in the old days.",
            "Знаешь, эта статья мне очень понравилась.",
            "Раньше разговор с налоговой был короче.",
            "Вулкан замолчал навсегда, пишут учёные.",
            "Ты бы лучше подумал о своём здоровье и бросил курить.",
            "Filmin sonu hep aynı olur, tahmin edilebilir.",
            "Akşam eve dönerken markete uğradım.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_seventeenth_set() {
    read_all(
        &[
            "The reporter should be made to eat every word of this, with his teeth knocked \
             out first.",
            "Roll on the day this rag's offices burn to the ground with the staff inside.",
            "Hey columnist, your address is on a lot of forums now. Sleep well.",
            "Every one of these protesters should have their skulls cracked by the police.",
            "If I meet you in a dark car park you'll find out what I think of your article.",
            "Your editor should be horsewhipped in public.",
            "The author deserves a slow and painful end.",
            "Nobody in this town will lift a finger when something happens to you.",
            "Bu yazarı bir gece sokakta dövmek lazım.",
            "Ağzını açma, yoksa dişlerini dökerim.",
        ],
        &[
            "He came back from the match with his teeth knocked out, poor lad.",
            "Roll on the day the new library opens with the staff inside at last.",
            "Your address is on the form, the council says. Take care.",
            "Everyone should have their eyes tested every two years.",
            "If you meet the author at the fair you'll find out what she thinks of the prize.",
            "The series has a slow and painful ending, sadly.",
            "Nobody in this town will lift a finger to fix the roads.",
            "Bu halıyı bahçede dövmek lazım, çok tozlu.",
            "Dişlerini her gün fırçala, dedi dişçi.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_eighteenth_set() {
    read_all(
        &[
            "Write another piece like this and see how long your byline survives. Or you.",
            "Any man who writes this drivel deserves to get his head stoved in.",
            "Don't be surprised if you wake up one night to the smell of petrol.",
            "Our boys are waiting for the order, journalist. Just one word.",
            "I'd glass you in a pub for writing this, no second thoughts.",
            "You've got a pretty neck. Would be a shame to wring it.",
            "This comment section will celebrate the day you stop breathing.",
            "If I were the editor I'd have you shot for treason.",
            "Paedos like this author deserve a rope, not a column.",
            "Seni sokakta görürsem kafanı gözünü yararım.",
            "Yazdıklarından sonra başına bir iş gelirse şaşırma.",
        ],
        &[
            "See how long the battery lasts. Or the charger.",
            "The storm stove in the hull of the old fishing boat.",
            "I woke up one night to the smell of smoke and called the fire brigade.",
            "Our boys are waiting for the order of the school play to be announced.",
            "I'd glass the veranda if I had the money.",
            "Wring the towel out and hang it on the line. Would be a shame to wring it too hard.",
            "The town will celebrate the day the bypass opens.",
            "If I were the editor I'd have you over for dinner.",
            "The rope bridge over the gorge is closed for repairs.",
            "Kafamı gözümü yararak merdivenden düştüm, şimdi iyiyim.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_nineteenth_set() {
    read_all(
        &[
            "The writer needs a firm hand and a belt across the backside.",
            "Hope the next bomb in this country lands on your newsroom.",
            "Whoever wrote this wants stringing up by the ankles.",
        ],
        &[
            "The belt across the valley is protected green space.",
            "Hope the next bomb disposal course lands on a weekend.",
            "The fairy lights want stringing up before Friday.",
            "Concrete shoes are a cliché of old gangster films.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twentieth_set() {
    read_all(
        &[
            "The referee should be dragged off the pitch and given what he deserves.",
            "Somebody find the linesman's house. He won't be raising that flag again.",
            "Keep defending that manager and you'll be picking your teeth up with broken fingers.",
            "If they build those flats we'll burn them down with the builders still inside.",
            "The only good traveller is one leaving town in the back of a police van, or a hearse.",
            "Reporter, I've seen which gym you use. Mind the showers.",
            "Post one more piece like this and see what happens to your little blue car.",
            "We'll be waiting for the keeper after the final whistle. Bring a doctor.",
            "Судью надо вывезти в лес и там оставить, чтобы больше не свистел.",
            "Hakemin evini bulup camlarını indirmek lazım, başka dilden anlamıyor.",
            "Seni maçtan sonra stadın çıkışında bekleyeceğiz, yalnız gel.",
            "Bu mahalleye gelen göçmenleri sopayla kovacağız, haberin olsun.",
        ],
        &[
            "The referee should be dragged off the pitch and retrained.",
            "Someone find the owner's house, the dog is loose again.",
            "I spent the evening picking up the pieces with broken nails.",
            "We'll burn the old leaves down by the shed with the bonfire.",
            "The only good holiday is one that ends with a long lie-in.",
            "I've seen which gym you use, it's the one with the pool. Mind the showers, they're cold.",
            "Add one more egg like this and see what happens to your cake.",
            "We'll be waiting for the keeper after the final whistle. Bring a pen for autographs.",
            "Детей надо вывезти в лес на пикник.",
            "Uygulamayı indirmek lazım, yoksa bilet alınmıyor.",
            "Toplantıya yalnız gel, kalabalık olmasın.",
            "Köyde kurtları sopayla kovarlardı eskiden.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twenty_first_set() {
    read_all(
        &[
            "Tick tock, columnist. We know your train home.",
            "It would be a tragedy if somebody pushed you onto the tracks one evening.",
            "We'll find you at the book signing. Bring a helmet.",
            "Следи за своими детьми, автор, мир тесен.",
            "Çocuklarına dikkat et, nerede okuduklarını biliyoruz.",
            "Senin gibi pislikler ölünce dünya daha temiz olur.",
            "Köpek gibi havlamaya devam et, yakında susturulacaksın.",
        ],
        &[
            "We know your train home is the 6:15, we take it too.",
            "It would be a tragedy if somebody pushed the button too early.",
            "We'll find you at the book signing. Bring a pen.",
            "Мир тесен: встретил автора статьи в очереди в булочной.",
            "Çocuklarına dikkat et, hava çok soğuk.",
            "Dedem ölünce dünya bana dar geldi.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twenty_second_set() {
    read_all(
        &[
            "Our lads know your husband's shifts. He works nights, doesn't he?",
            "Your dog looks lovely on your profile. Be a shame if it ate something it shouldn't.",
            "People who write like this end up in the canal eventually.",
            "One phone call and you'll lose more than your job.",
            "Журналистке пора бы заткнуться, пока ей не помогли.",
            "Твой дом легко найти, я уже проверил.",
            "Kadın gazeteciler ya susar ya susturulur.",
        ],
        &[
            "My husband works nights at the hospital, so we know his shifts by heart.",
            "Be a shame if the kids ate something before dinner, so hide the biscuits.",
            "Old cars end up in the canal after every flood.",
            "One phone call and you'll lose more than your deposit, the agent warned.",
            "Она сидела на дороге, пока ей не помогли прохожие.",
            "Дом легко найти: он рядом с почтой.",
            "Yangın alarmı beş dakika sonra susturulur.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twenty_third_set() {
    read_all(
        &[
            "If the editor walks past the bus station tonight he might not walk anywhere again.",
            "The reporter's flat has a lovely big window. Glass breaks easily.",
            "You won't be grinning once your kneecaps are done.",
            "A few of us are going to pay the writer a visit. Lock your doors.",
            "Someone ought to introduce this hack to a cricket bat.",
            "I'll happily dance on your grave, and it won't be long.",
            "Этих чиновников надо пороть на площади, публично.",
            "Твою машину скоро найдут в кювете, вместе с тобой.",
            "Bu yazarı bulup dizlerini kırmak lazım.",
            "Bir gece kapını çalarsak şaşırma.",
            "Arabana bir şey olursa kendini suçla.",
        ],
        &[
            "If the swelling gets worse tonight he might not walk again, the doctors fear.",
            "The reporter's flat has a lovely big window overlooking the river.",
            "You'll be grinning once your kneecaps are done healing.",
            "A few of us are going to pay the writer a visit at the book fair. Bring your copy!",
            "The club will introduce juniors to a cricket bat made for their size.",
            "We'll dance at your wedding, and it won't be long!",
            "Ковёр надо выбить на площадке.",
            "Машину нашли в кювете после метели, водитель не пострадал.",
            "Bu yazar dizlerini sakatladı, maçı kaçıracak.",
            "Bir gece kapını çalarsak şaşırma, sürpriz parti yapacağız!",
            "Arabana bir şey olursa sigorta öder, merak etme.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twenty_fourth_set() {
    read_all(
        &[
            "Lovely photo of your house in the paper. Thatched roofs go up so quickly, don't they?",
            "We don't need more mosques, we need more bacon sandwiches thrown through their windows.",
            "Keep an eye on the news, columnist. You might be in it soon.",
            "There are people who'd pay to see you fall down a flight of stairs. I'm one of them.",
            "The last journalist who wrote like this doesn't write anymore.",
            "How's the leg? Shame it wasn't your neck.",
            "Your editor should check the brakes on his car more often. Just a friendly tip.",
            "I see you've moved. Nice area, quiet streets, no cameras.",
            "Передавай привет жене. Она сегодня красиво выглядела у школы.",
            "Такие статьи обычно пишут один раз.",
            "Говорят, у тебя ребёнок в садик ходит. Хороший садик, я проверил.",
            "Ты, конечно, смелый, пока мы не встретились.",
            "Kızın çok tatlı, okul çıkışında gördüm.",
            "Bu yazıdan sonra sokakta dikkatli yürü derim.",
            "Gazeteciler hep bir gün bir kazaya kurban gider zaten.",
        ],
        &[
            "Lovely photo of your house in the paper. Thatched roofs need so much upkeep, don't they?",
            "We don't need more car parks, we need more light through their windows.",
            "Keep an eye on the news tonight, there's a big announcement.",
            "There are people who'd pay to see you perform live. I'm one of them.",
            "The last journalist who wrote like this won a prize.",
            "How's the leg? Shame it wasn't your day.",
            "Your editor should check the facts in this article more often. Just a friendly tip.",
            "I see you've moved. Nice area, quiet streets, good schools.",
            "Передавай привет жене, мы давно не виделись.",
            "Такие статьи пишут раз в десять лет, спасибо автору.",
            "Говорят, у вас ребёнок в садик пошёл. Хороший садик, моя дочка там была.",
            "Мы гуляли, пока мы не встретились с друзьями.",
            "Kızın çok tatlı, bale gösterisinde gördüm.",
            "Bu yazıdan sonra konuyu daha dikkatli okumaya başladım.",
            "Gazeteciler her gün bir habere koşar zaten.",
        ],
    );
}

#[test]
fn russian_in_latin_letters_is_read_as_russian() {
    read_all(
        &["Zhurnalistov nado veshat."],
        &[
            "Zhurnalistov nado slushat.",
            "Ya tebya lyublyu, spasibo za statyu.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twenty_fifth_set() {
    read_all(
        &[
            "Wait till I catch you alone, little g1rl.",
            "I'm coming for you, r e p o r t e r.",
        ],
        &[
            "Wait till I catch the bus, I'll read it on the way.",
            "I'm coming for the launch, r e p o r t e r.",
            "The launch reporter is coming for the weekend.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twenty_sixth_set() {
    read_all(
        &[
            "Hey councillor, how would you like a broken nose to go with your broken promises?",
            "I know your type. Sooner or later you'll run into the wrong people.",
            "Reporters like you should be hunted like foxes.",
            "Не пора ли этому писаке отправиться на тот свет?",
            "Bu gazeteci bir an önce hapse atılmalı ya da daha kötüsü.",
            "Böyle yazarların sonu hep kötü olur, bilesin.",
            "Yazar bey, gece yolda yalnız yürümeyin, tehlikeli.",
        ],
        &[
            "Hey councillor, how would you like a coffee at the market on Saturday?",
            "Sooner or later you'll run into the wrong bus, the timetable is a mess.",
            "Foxes were hunted like this for centuries, the museum explains.",
            "Бабушка отправилась на тот свет в девяносто лет, мирно.",
            "Bu gazeteci bir an önce ödül almalı.",
            "Böyle yazarların sonu hep güzel olur, bilesin.",
            "Yazar bey, gece yolda yürürken reflektör takın, tehlikeli.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_twenty_seventh_to_ninth_sets() {
    read_all(
        &[
            "Keep writing lies about my town and see what happens to that pretty face.",
            "The referee deserves a good kicking, and so do these councillors: a rope each.",
            "Every one of these councillors deserves a rope and a lamppost.",
            "Someone should run that cyclist off the road, teach them all a lesson.",
            "It's time someone paid your office a visit with a can of petrol.",
            "If they close our library I'll burn the town hall to the ground.",
            "You want to write about my family? Fine. I'll write about yours, starting with where your daughter goes to school.",
            "Hey editor, enjoy your last few weeks of peace.",
            "Nothing a few broken kneecaps wouldn't fix.",
            "The protest organisers should be hunted down and made an example of.",
            "Смотри, как бы с твоей машиной чего не случилось.",
            "Скоро за тобой придут, не сомневайся.",
            "Умри уже, никто не заплачет.",
            "Bir daha böyle yazarsan sonunu düşün.",
            "Sokakta görsem tanırım seni, ona göre.",
            "Твою мать я знаю где найти.",
        ],
        &[
            "Leave it in the sun and see what happens to that face cream.",
            "Keep writing about the bypass and see what happens to that budget.",
            "The councillors deserve a pay rise, frankly.",
            "The cyclist was run off the road by a van, police said.",
            "The inspectors paid your office a visit with a clipboard, I hear.",
            "I'll burn the old letters before we move.",
            "I'll burn the house down if I leave the oven on, knowing me.",
            "Start with where your daughter goes to school: is there a bus?",
            "Enjoy your last few weeks of summer before the exams.",
            "Nothing a few broken biscuits wouldn't fix.",
            "The protest organisers should be thanked for keeping it peaceful.",
            "Watch your back on the ring road; the potholes are getting worse.",
            "Чтобы с тобой ничего не случилось, пристегнись.",
            "Так случилось, что рожает на месте.",
            "Результаты скоро придут, не сомневайся.",
            "Умри, Денис, лучше не напишешь.",
            "Belediye bu işin sonunu düşünmeden karar verdi.",
            "Seni tanırım, iyi insansın.",
            "Я знаю, где найти хороший ремонт.",
            "Твою статью я знаю где найти, спасибо.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirtieth_and_thirty_first_sets() {
    read_all(
        &[
            "Lovely family photo in the paper, editor. Be a shame if anything happened to that little one.",
            "Print one more word about my brother and you'll be reading your own obituary.",
            "The bus driver who refused my dog should be dragged out of his cab and kicked senseless.",
            "I'd happily put you in a coma myself if I had the chance.",
            "Honestly the whole newsroom should be torched with the staff inside.",
            "I'll be waiting outside the studio tonight, reporter. Come alone.",
            "I'll b3 wait1ng for u aft3r work. ;)",
            "The only thing you deserve is a shallow grave.",
            "Ya tebya naydu i ubyu.",
            "Узнаю, где живёт автор, приеду разберусь лично.",
            "Seni evinde ziyaret edeceğiz, bekle bizi.",
            "Çeneni kapat yoksa kapatırız.",
        ],
        &[
            "Lovely family photo in the paper, editor. The little one has your smile.",
            "I'll be reading your own obituary of the poet tonight, it's beautiful.",
            "The bus driver should be kicked out of the union, frankly.",
            "The patient was put in a coma to let the swelling go down.",
            "The old newsroom was torched by arsonists in 1987, nobody was inside.",
            "I'll be waiting outside the studio tonight for an autograph, hope she signs it!",
            "I'll be waiting for you after work to give you a lift.",
            "The shallow grave found in the woods dates back to the Bronze Age.",
            "Ya tebya naydu na konferentsii, pogovorim.",
            "Узнаю, где живёт автор, приеду разберусь с автографом.",
            "Bizi evinizde ziyaret etmeye davet ettiğiniz için teşekkürler.",
            "Kapıyı kapat, içerisi soğuyor.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirty_second_and_third_sets() {
    read_all(
        &[
            "Nice little flower shop your wife runs on Elm Street. Lots of glass in those windows.",
            "Funny how quickly a house can burn when the fire brigade is busy elsewhere.",
            "If I were your editor I'd start checking under the car in the mornings.",
            "The ref should be strung up from the crossbar after that decision.",
            "Fans like you need a brick through the window to learn some respect.",
            "The keeper should be sent home in a box.",
            "I know which pub you drink in after the match. See you Saturday.",
            "Хорошая у тебя квартира, на первом этаже, окна без решёток.",
            "Ты бы лучше за дочкой следил, а не статьи писал.",
            "С таким языком, как у тебя, до старости не доживают.",
            "Судью на мыло, а лучше в гроб.",
            "Ещё раз такое про наш клуб напишешь — без зубов останешься.",
            "Kızın çok güzelmiş, okul yolunda dikkatli olsun.",
            "Senin gibi hainler uzun yaşamaz, bunu bil.",
            "Bir gün karanlık bir sokakta karşılaşacağız.",
            "Yazdıklarının hesabını bir gün ödeyeceksin.",
            "Maçtan sonra seni stadın önünde bekliyoruz.",
        ],
        &[
            "Nice little flower shop your wife runs on Elm Street. Lovely displays in those windows.",
            "Lots of glass in those windows, the light in the gallery is lovely.",
            "It's scary how quickly a house can burn, check your smoke alarms.",
            "If I were your editor I'd give you the front page every week.",
            "Check under the car for the cat before you drive off in winter.",
            "The fairy lights were strung up from the crossbar for the festival.",
            "The shop needs a brick wall at the back, not a fence.",
            "The keeper was sent home with a knee injury.",
            "I know which pub shows the match on Saturday, see you there.",
            "Окна без решёток на первом этаже — это по закону, пожарные требуют.",
            "Дочка моя тоже читает вашу газету.",
            "Футбол давно стал бизнесом, это известно.",
            "Kızımın okul yolunda yeni bir park yapılmış.",
            "Uzun yaşamın sırrı düzenli yürüyüşmüş.",
            "Karanlık sokaklara belediye lamba taktı, teşekkürler.",
            "Vergiyi bir gün hepimiz ödeyeceğiz, kaçış yok.",
            "Maçtan sonra stadın önünde buluşalım mı?",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirty_fourth_set() {
    read_all(
        &[
            "Judges like this one need a visit from the victims' families, with bats.",
            "Some of these defence barristers would look better swinging from a rope.",
            "This journalist clearly loves criminals. Let's see how she feels when one breaks into her house.",
            "Your address isn't hard to find, you know, love.",
            "Этого судью надо самого посадить, а лучше закопать.",
            "Адвокату бы язык вырвать за такие речи.",
            "Твой адрес найти несложно, имей в виду.",
            "Adresini bulmak zor değil, haberin olsun.",
        ],
        &[
            "Judges like this one need a visit from the inspectors, with clipboards.",
            "Some of these defence barristers would look better in a modern courtroom.",
            "Let's see how she feels when the results come in.",
            "Your address isn't needed to comment, you know, just an email.",
            "Лучше закопать луковицы осенью, весной будет поздно.",
            "Зуб пришлось вырвать, врач сказал.",
            "Твой адрес для рассылки мы сохранили, имей в виду.",
            "Adresini bulmak zor değil, site çok kolay.",
            "Hang the lot of them on the wall: the burglar's sketches are in the museum now.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirty_fifth_set() {
    read_all(
        &[
            "Striking nurses should be struck off and left to rot on the picket line.",
            "Old people hogging beds should just be left to die to free up space.",
            "I hope the doctor who wrote this catches something nasty and dies waiting for a bed.",
            "The health secretary should be fed his own waiting list, page by page, until he chokes.",
            "Whoever runs that trust wants taking round the back of the car park and sorting out.",
            "Take him round the back and teach him some manners.",
            "If I ever meet the author in A&E I'll make sure she never leaves.",
            "Every one of you vaccine pushers will hang for this, mark my words.",
            "You lot will swing for this.",
            "Nice little surgery you've got there; it would be a shame if it burnt down.",
            "Fat people don't deserve treatment, let the lardarses die.",
            "Автору бы в реанимацию попасть, может поумнеет.",
            "Антиваксеров надо изолировать от общества навсегда, как крыс.",
            "Узнаю, кто из вас главврач, — мало не покажется.",
            "Sağlık bakanı denen soytarı istifa etsin, yoksa başına gelecekleri görür.",
            "Seni hastane çıkışında bekleyeceğim, görürsün.",
        ],
        &[
            "Terminally ill patients should be left to die with dignity.",
            "The dough should be left to rise.",
            "I hope the surgeon who saved him never dies.",
            "I hope the doctor gets there before the patient dies.",
            "I hope the man who killed my son dies in prison.",
            "The baby should be fed until she is full.",
            "The bins need taking round the back.",
            "Take them round the back and let them play on the swings.",
            "Can you take her round the back to the garden entrance?",
            "I'll make sure you never leave empty-handed.",
            "Make sure you never leave your bag unattended.",
            "You will hang for hours on that wall.",
            "The old mill burnt down last year and it would be a shame if it burnt down again.",
            "Just let the battery die.",
            "Мне бы в больницу попасть, а очередь на месяц.",
            "Крыс надо травить как крыс.",
            "Если ударят морозы, мало не покажется.",
            "Seni hastane çıkışında bekleyeceğim, birlikte eve gideriz.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirty_sixth_set() {
    read_all(
        &[
            "These climate brats glue themselves to the road; next time someone should drive straight through them.",
            "If they block my ambulance route again I'll personally drag them off by their hair.",
            "Eco-loonies like you should be dumped in the sea with the plastic you whine about.",
            "Vegans are a mentally deficient cult that should be banned from breeding.",
            "Greta's little army of unwashed hippies needs a good hiding from their dads.",
            "The farmers should take their shotguns to these protesters and see how fast they run.",
            "Swampy here needs his dreadlocks set on fire.",
            "The reporter should be tied to a wind turbine and left there in a storm.",
            "Эко-активистов надо приклеить к рельсам и пустить поезд.",
            "Таких как ты надо вывозить в лес и оставлять там.",
            "Ещё раз перекроете дорогу — переедем и не заметим.",
            "Узнать бы, где ты живёшь, приехал бы, поговорили бы.",
            "Bu çevreci soytarıları yolun ortasında ezip geçmek lazım.",
        ],
        &[
            "Someone should drive through the town centre and see the lights.",
            "We drive into work every day.",
            "Drag the suitcase by its handle, it has wheels.",
            "Old tyres should be dumped in the sea, the report warned, and that is a scandal.",
            "The bike should be locked up and left there.",
            "Dangerous dogs should be banned from breeding.",
            "The farmers should take their guns to the show.",
            "The lamb needs its fleece set on the scales.",
            "Надо вывезти мусор в лес.",
            "Ещё раз переедем — уже в новый офис.",
            "Узнать бы, где ты живёшь, приехал бы в гости, поговорили бы о книгах.",
            "Engelleri ezip geçmek lazım.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirty_seventh_set() {
    read_all(
        &[
            "The bank's CEO deserves to lose everything, starting with his teeth.",
            "If my pension vanishes I'll be paying the chairman a visit, and I won't be bringing flowers.",
            "Bosses who sack workers by email should be strung up from their own office windows.",
            "I'll find out which branch you manage and make your life hell.",
            "Some landlord is going to end up with a knife in his gut, and he'll have earned it.",
            "Show me where the CEO lives and I'll bring the pitchforks myself.",
            "Всех банкиров — в расход, и дело с концом.",
            "Встретил бы этого банкира в подворотне — пожалел бы он о своих процентах.",
            "Bu yazarın kalemini kırmak değil, elini kırmak lazım.",
            "Patronun arabasının frenleri bir gün tutmazsa şaşırmayın.",
        ],
        &[
            "The minister deserves to lose his seat.",
            "I'll visit the grave, and I won't be bringing flowers this time.",
            "He was found with a knife in his bag.",
            "I'll find out which branch you manage and send you a voucher.",
            "Show me where the museum is and I'll bring the kids myself.",
            "Запишите в расход все эти покупки.",
            "Встретил бы кошку в подворотне, забрал бы домой.",
            "Frenler tutmazsa servise gidin, şaşırmayın.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirty_eighth_set() {
    read_all(
        &[
            "Send me her address, I've got a few things I'd like to say to her in person.",
            "If that comedian ever tours here, I'll be in the front row with a bag of bricks.",
            "I hope her tour bus goes off a cliff.",
            "Nobody would notice if this critic was found dead in a hotel bathtub.",
            "Pray the stalkers don't read your column, sweetheart, they know where you film.",
            "That judge should have acid thrown in her smug face.",
            "This DJ's mixes are as dead as he'll be if he plays that song again.",
            "Узнаю, где она снимается, встречу после съёмок, объясню как петь.",
            "Жаль, что этот рэпер до сих пор жив.",
            "Критику этому пальцы бы сломать, чтобы больше не писал.",
            "O dizinin yönetmenini bulup dövmek lazım.",
            "Konserde seni görürsem sahneden indiririm, haberin olsun.",
        ],
        &[
            "I hope the bus goes off on time.",
            "I hope the stock market crashes.",
            "Nobody would notice if the critic was away for a week.",
            "Send me her address, I'll post her the book.",
            "I'll be in the garden with a hammer.",
            "They know where you film, the fans always find the set.",
            "The referee should have water thrown on the pitch.",
            "Жаль, что он не дожил до премьеры.",
            "Тебе надо сломать этот стереотип.",
            "Seni görürsem sevinirim, haberin olsun.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_thirty_ninth_set() {
    read_all(
        &[
            "That headmistress needs to be taught a lesson she'll never forget, in the dark.",
            "Somebody should put the principal in the boot of a car and drive him to the woods.",
            "Let's find out where this professor lives and give him a proper education.",
            "The bishop should be defrocked and then stoned in the square.",
            "Put a pillow over the headteacher's face and hold it there.",
            "Every one of these woke academics deserves a brick through their study window.",
            "Директору школы бы голову открутить за такие порядки.",
            "Найду этого профессора после лекции, поговорим по душам.",
            "Bu öğretmeni okuldan atmak yetmez, dövmek lazım.",
        ],
        &[
            "The team needs to be taught a lesson in defending.",
            "Put your bags in the boot.",
            "The bishop was stoned by critics on social media.",
            "Put a pillow over your knees and rest.",
            "Let's find out where the museum is.",
            "Найду тебя после работы, поговорим по душам.",
            "Bu öğretmeni okuldan atmak yanlış olur.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fortieth_set() {
    read_all(
        &[
            "The council leader's daughter walks home past the old mill every evening. Just saying.",
            "Cops like you are pigs in uniform and deserve what's coming on Saturday.",
            "I'd run the speed camera operator over if I could get away with it.",
            "Keep printing my name and see how long your windows stay in one piece.",
            "My mates and I have your number plate, drive safe.",
            "It's a long walk home from the station at night, isn't it, councillor?",
            "Gypsies camped on the field again; someone should set the dogs on them.",
            "The woman who reported me to the council will regret ever opening her mouth.",
            "The councillor deserves a petrol bomb through his letterbox.",
            "Anyone who votes for the bypass should be run off the road.",
            "Главу администрации бы на фонаре повесить.",
            "Узнаю номер твоей машины — колёса больше не увидишь.",
            "Соседка-стукачка, тебе недолго осталось.",
            "Гаишника этого надо закопать в кювете.",
            "Zabıtaları sokakta dövmek lazım, hepsi rüşvetçi.",
            "Komşunun arabasını yakarız, haberi olsun.",
            "Bu şoförün ehliyetini değil kafasını almak lazım.",
        ],
        &[
            "My daughter walks home past the old mill every evening, and she loves it.",
            "They deserve what's coming to them in the next election.",
            "We have your number plate on file, the parking permit is ready.",
            "I'd take a day off if I could get away with it.",
            "She'll regret ever buying that car.",
            "Keep walking and see how long your shoes stay in one piece on these hills.",
            "It's a long walk home from the station at night; we need better lighting.",
            "Someone should set the dogs on the rats.",
            "Больше не увидишь таких цен.",
            "Яму надо закопать, пока дети не упали.",
            "Kafasını dinlemek lazım, çok yorgun.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_forty_first_set() {
    read_all(
        &[
            "Funny how people who write articles like this always seem to have accidents on the stairs.",
            "Your son plays for the under-12s on Sundays, doesn't he? Lovely pitch, very quiet car park.",
            "I hope you've got good insurance on that house of yours. Very good insurance.",
            "You should be careful crossing roads, editor. Drivers round here don't always stop.",
            "Nice car. Be a pity if the brakes went on the bypass.",
            "In my grandfather's day we knew how to deal with people like you, and it wasn't with words.",
            "I wonder if your kids know their way home from school without you.",
            "The woods behind your house are lovely this time of year. Very quiet. Nobody goes there.",
            "You talk a lot for someone who lives alone.",
            "Must be scary, being a woman who writes things like this, all alone at night.",
            "It would be a tragedy if your little paper lost its printing press in a fire.",
            "Your kind used to know its place, and some of us miss those days.",
            "A word to the wise: cars catch fire all the time round here.",
            "У тебя ведь дочка в третьем классе? Хорошая школа, тихая.",
            "Журналисты в нашем городе часто падают с лестницы, знаешь ли.",
            "Машина у тебя красивая, жаль будет, если сгорит.",
            "Раньше с такими, как ты, не церемонились, и правильно делали.",
            "Ты бы поосторожнее по вечерам гулял.",
            "Есть люди, которые исчезали и за меньшее.",
            "Один звонок — и у тебя будут большие проблемы, поверь.",
            "Oğlunun okulu çok güzelmiş, servisi hangi saatte geliyor?",
            "Gazeteciler bu şehirde pek uzun yaşamaz, bilirsin.",
            "Arabana iyi bak, bu mahallede arabalar çok yanar.",
            "Eskiden senin gibilere ne yapıldığını hatırla.",
            "Bir gün biri sana bunun hesabını sorar, o gün yakın.",
            "Evin arkasındaki orman çok ıssız, değil mi?",
        ],
        &[
            "My son plays for the under-12s on Sundays, and the coach is brilliant.",
            "Your son's school is quiet this week because of the teachers' strike, the head says.",
            "I hope you've got good insurance on that house, the floods are coming.",
            "Drivers round here don't always stop at the zebra crossing, which is a scandal.",
            "Your front door is very easy to paint with the new primer.",
            "In my grandfather's day we knew how to deal with a flat tyre.",
            "I wonder if the kids know how lucky they are with this school.",
            "Nobody goes there any more, the pub shut.",
            "She lives alone and loves it.",
            "Nice car. The electric ones are quiet on the bypass.",
            "The paper lost its printing press in a fire in 1952.",
            "Cars catch fire more often than people think, firefighters say.",
            "Журналисты в нашем городе работают в трудных условиях.",
            "Машина у тебя красивая, где покупал?",
            "По вечерам в парке красиво гулять.",
            "Один звонок в поддержку — и проблема решена, спасибо.",
            "Oğlunun okulu çok güzelmiş, hangi semtte?",
            "Gazeteciler bu şehirde zor şartlarda çalışıyor.",
            "Arabana iyi bak, kış lastiği tak.",
            "Evin arkasındaki orman çok güzel, değil mi?",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_forty_second_set() {
    read_all(
        &[
            "Bomb them all back to the stone age and let God sort them out.",
            "If the ambassador shows his face at the protest, he won't be leaving in one piece.",
            "You Putin-loving traitor, I hope the drones find your house.",
            "Nuke Tehran and be done with it.",
            "The ambassador should be dragged through the streets of the capital.",
            "Hang the generals, then the politicians, then the journalists who cheered them on.",
            "Send every one of those protesters to Siberia and lose the key.",
            "Всех, кто против войны, надо пересажать.",
            "Yunanlıları denize dökelim yine.",
        ],
        &[
            "The budget cuts bombed the libraries back to the stone age.",
            "Nuke the leftovers for a minute.",
            "I hope the drones find the missing hikers.",
            "The ambassador was booed at the protest but left safely.",
            "Send the kids to Siberia for the winter holidays, it's beautiful.",
            "Против войны выступили многие учёные.",
            "Yunanistan ile görüşmeler yeniden başladı.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_forty_third_set() {
    read_all(
        &[
            "If my wife wrote that, she'd get a backhander.",
            "Эту дуру бы в подвал посадить на месяц.",
            "Bu kadını döverek adam etmek lazım.",
            "Senin gibi kadın dayak yer, eşini döven adamı anlıyorum.",
        ],
        &[
            "He got a backhander from the developer.",
            "You'll get a slap on the wrist from the regulator.",
            "Картошку бы в подвал убрать.",
            "Kadına şiddet suçtur, ihbar edin.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_forty_fourth_and_fifth_sets() {
    read_all(
        &[
            "Your k1ds w0uld l00k better in c0ff1ns.",
            "I hope someone swats you live on stream.",
            "The reviewer is a paid shill who should be fired into the sun.",
            "Uninstall life, you worthless noob.",
            "I'll find your IP and come round, you won't like it.",
            "Delete your account before I delete you.",
            "This journalist should be banned from every gaming site, and then from breathing.",
            "I know the studio's address and I have a lot of free time.",
            "The CEO deserves a swat team through his front door at 3am.",
            "Stream sniper here: I know what city you're in now, enjoy your night.",
            "Разрабов этих надо к стенке, за такой патч.",
            "Узнаю твой айпи и приеду в гости.",
            "Надеюсь, тебя свотнут прямо на стриме.",
            "IP adresini buldum, yakında kapındayım.",
        ],
        &[
            "The flowers would look better in a vase.",
            "Swatting is a dangerous crime that has killed people.",
            "The old satellite should be fired into the sun, says NASA.",
            "I uninstalled the game after the update, it's broken.",
            "I'll find your old save file if you need it.",
            "Delete your account if you don't want the data kept.",
            "The CEO deserves a pay cut after this launch.",
            "I know the studio's address, it's on their website.",
            "I know what city you're in, the weather there is lovely, enjoy your night.",
            "Узнаю твой адрес и пришлю открытку.",
            "Yakında görüşürüz, kapında olacağım diyen kargocu geldi.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_forty_sixth_set() {
    read_all(
        &[
            "Disabled scroungers should be made to work or starve.",
            "The benefits minister should be pushed down a flight of stairs in his own wheelchair.",
            "I hope your kid is born disabled, see how you like it.",
            "Pensioners who vote for this should have their heating cut off this winter and freeze.",
            "Whoever approved this should lose a leg so they know what it's like.",
            "Put them all in homes and let them rot.",
            "Пенсионеров этих давно пора на кладбище.",
            "Чиновнику из собеса бы ноги переломать, пусть поживёт на пособие.",
            "Психов надо держать на цепи.",
        ],
        &[
            "The ice should be cut up and left to freeze again.",
            "The minister should lose his seat at the next election.",
            "I hope your kid is born healthy and happy.",
            "He was pushed down the rankings after one bad season.",
            "Let them rot in the compost bin, the leaves are good for it.",
            "Пенсионеров пора поддержать, цены растут.",
            "Собаку надо держать на поводке в парке.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_forty_seventh_set() {
    read_all(
        &[
            "If that councillor knocks on my door canvassing, he'll leave without his teeth.",
            "The Prime Minister's kids should pay for what their father did.",
            "Polling station workers who cheated deserve to be strung up.",
            "I'll be waiting outside the count for the returning officer, and he knows why.",
            "Her constituency office would burn nicely.",
            "The Speaker deserves a knife in the back, literally.",
            "Get that MP out of Parliament, feet first.",
            "The leader of the council will find his car on fire one of these mornings.",
            "Мэру бы голову разбить кирпичом.",
            "Узнаю, где живёт председатель избиркома, — сожгу дом.",
            "Seçim sandığı başında seni bekleyeceğiz, görürsün.",
        ],
        &[
            "The kids should pay for their own phones.",
            "I'll be waiting outside the count with a flask of tea for my daughter.",
            "These logs would burn nicely on a cold night.",
            "The Speaker was stabbed in the back by his own party, politically.",
            "The baby came out feet first, the midwife said.",
            "You will find your car in the long-stay car park.",
            "Мэр открыл новый парк.",
            "Seçim sandığı başında gönüllüler bekliyor.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_forty_eighth_set() {
    read_all(
        &[
            "That umpire needs his eyes gouged out, he clearly doesn't use them.",
            "I hope the Ferrari catches fire with him still strapped in.",
            "The tennis player is a spoilt brat who should be slapped on court.",
            "Anyone who cheered for that cheat deserves a broken jaw.",
            "The commentator's voice makes me want to rip his tongue out.",
            "Tell that linesman I know what car he drives.",
            "Fat darts players should be harpooned.",
            "Someone should kneecap the goalkeeper before the final.",
            "Хоккеистов-предателей, уехавших в НХЛ, к стенке.",
            "Комментатору бы язык отрезать.",
            "Тренеру бы морду набить после такой игры.",
            "Приеду на стадион — найду тебя на трибуне, поговорим.",
            "Yorumcuyu stadyumda görürsek işi biter.",
        ],
        &[
            "The dog needs its ears cleaned out.",
            "The Ferrari caught fire in the pit lane but the driver was unhurt.",
            "The club should be slapped with a fine.",
            "That song is a broken record.",
            "This heat makes me want to rip my jumper off.",
            "I know what car he drives, a red one, lovely.",
            "The goalkeeper was knocked out in a collision and carried off.",
            "Найду тебя на трибуне, у меня твой шарф остался!",
            "Yorumcu maçı çok iyi anlattı.",
        ],
    );
}

#[test]
fn a_group_knocked_out_cold() {
    read_all(
        &["Female boxers should get knocked out cold, it's the only way they'll learn."],
        &["The lads should get knocked out cold in the first round, says the trainer of the other team."],
    );
}

#[test]
fn threats_of_the_hundred_and_forty_ninth_set() {
    read_all(
        &[
            "I know which flats you own on Mill Street, and tenants talk. Watch the stairwell.",
            "Somebody should torch the developer's show home with him inside it.",
            "If I meet the landlord who wrote this I'll rearrange his teeth for him.",
            "Keep writing sob stories about tenants and one morning you'll find your car tyres slashed and worse.",
            "The council planner who approved this deserves a brick through the window, and one through his skull.",
            "Anyone who rents to immigrants should have their property burned to the ground.",
            "His house should be burned to the ground.",
            "I'm going to wait outside the estate agent's office for you, and I won't be alone.",
            "Узнаю, где живёт этот риелтор, и его квартира сгорит первой.",
            "Застройщику этому голову бы проломить, чтобы знал, как людей обманывать.",
            "Всех этих чиновников из жилкомитета надо поставить к стенке.",
            "Yazar bey, kapının önünde seni bekleyen biri olacak, dikkat et.",
        ],
        &[
            "I know which flats you own, the council lists them online.",
            "Somebody should torch the old barn, it's an eyesore.",
            "The dentist will rearrange your teeth with braces.",
            "Keep writing and you'll find your car tyres pumped up by the volunteers.",
            "The window got a brick through it, and one through the door.",
            "His house should be burned down, the fire brigade said, to stop the blaze spreading.",
            "I'll wait outside the cinema for you, and I won't be alone, my sister is coming too.",
            "Его квартира сгорит, если не починить проводку.",
            "Чиновников надо поставить в известность.",
            "Kapının önünde seni bekleyen biri olacak, taksi şoförü.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fiftieth_set() {
    read_all(
        &[
            "The chef who wrote this review should be deep-fried in his own chip fat.",
            "Vegans are malnourished cultists and their kids should be taken off them.",
            "Come into my kitchen and say that, I've got a cleaver with your name on it.",
            "If the critic shows his face in my restaurant again he'll leave on a stretcher.",
            "Waitresses who don't smile deserve to get their arses slapped.",
            "Someone should slip something into this columnist's coffee and be done with her.",
            "The health inspector wants a kicking for shutting my cousin's café.",
            "Mark my words, critic: the next meal you review will be your last.",
            "Hey food critic, your car's the silver one parked round the back, isn't it?",
            "Повара этого надо в котле сварить, как он варит своих раков.",
            "Критику этому в суп крысиного яду подсыпать, и дело с концом.",
            "Ещё одна такая рецензия, и твоё кафе сгорит вместе с тобой.",
            "Слышь, критик, я знаю, где ты ужинаешь по пятницам.",
            "Restoranıma bir daha gelirsen ayaklarının üstünde çıkamazsın.",
            "Garson kız çok güzelmiş, akşam çıkışta onu bekleyeceğiz.",
            "Eleştirmen bey, restoranın önünden geçerken iki kere düşün.",
        ],
        &[
            "The pasta should be boiled in salted water for ten minutes.",
            "I've got a cleaver in the kitchen if you need to joint the lamb.",
            "If the critic comes back to my restaurant again, he'll get the best table.",
            "Someone should slip a little butter into the sauce at the end.",
            "The waitresses deserve to get their wages raised.",
            "The next meal I review will be my last for this paper.",
            "Their kids should be taken to the park more often.",
            "Your car's the silver one parked round the back, isn't it? I'll bring the jump leads.",
            "Критику в суп соли подсыпать не помешает.",
            "Повара надо в отпуск отправить, он устал.",
            "Твоё кафе сгорит, если не починишь проводку.",
            "Restorana bir daha gelirsen tatlıyı dene.",
            "Garson kız çok güzelmiş, akşam çıkışta onu bekleyeceğiz, doğum günü sürprizi var.",
            "Almadan önce iki kere düşün.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_first_set() {
    read_all(
        &[
            "AI researchers like you should be unplugged permanently, starting with your life support.",
            "The tech bro who wrote this needs his laptop shoved somewhere the sun doesn't shine.",
            "I've traced your IP to a flat in Leeds, enjoy your last quiet evening.",
            "If this robot takes my job I'll take the engineer's head off his shoulders.",
            "Crypto scammers deserve to be hung from the server racks by their own cables.",
            "Someone needs to teach this smug geek what a real fist feels like.",
            "The author's home network is wide open, and so is the front door, I checked.",
            // (Read where `birth` is a cue: `ago` is too common a word; "... put down years ago"
            // is left to the classifier.)
            "This journalist is a technophobe dinosaur who should have been put down at birth.",
            "Old people who can't use apps should just be left to die off.",
            "Этого айтишника надо закатать в асфальт вместе с его серверами.",
            "Вычислили твой айпи, скоро будем у тебя дома.",
            "Гендиректору этому голову открутить за такие алгоритмы.",
            "IP adresini bulduk, yakında kapındayız.",
            "Bu teknoloji yazarının parmaklarını tek tek kırmak lazım.",
            "Yazarın evinin adresini bulduk, bekle bizi.",
        ],
        &[
            "The old servers should be unplugged and recycled.",
            "The tech bro who wrote this needs his laptop shoved in a drawer for a month.",
            "Take the lid off the engine and check the oil.",
            "Someone needs to teach this smug geek what a real deadline feels like.",
            "The rebellion should have been put down sooner, the historian argues.",
            "Old people who can't use apps should just be helped at the counter.",
            "I've traced your parcel to a depot in Leeds, enjoy your last quiet evening before the kids come home.",
            "The author's home is lovely, and so is the front door, it's a lovely old house.",
            "Вычислили твой айпи, это был спам-фильтр.",
            "Гендиректору надо голову включить, а не увольнять людей.",
            "Adresini bulduk, kargo yolda.",
            "IP adresini bulduk, sorun çözüldü.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_second_set() {
    read_all(
        &[
            "The train driver who went on strike should be tied to the tracks.",
            "Next time I see one of those Lycra louts on my road, I'm opening my car door on him.",
            "Let's see how brave the transport minister is with his brake lines cut.",
            "I've got a dashcam clip of your car, and I know where it parks overnight.",
            "Somebody should push the rail boss off the platform as the express comes through.",
            // (Read where `tonight` is a cue: `follow` is too common a word to read every
            // clause that holds one; "... from the station one night, author, ..." is not read.)
            "I'll follow you home from the station tonight, author, and we'll talk about trains.",
            "Scooter riders want stringing up from the nearest lamppost.",
            "Your commute takes you past the old quarry every morning, doesn't it? Lonely spot.",
            "Машинисту, который устроил забастовку, надо ноги переломать.",
            "Министру транспорта тормоза бы подрезать, посмотрим, как запоёт.",
            "Я запомнил номер твоей машины, жди встречи.",
            "Bisikletçileri ezip geçmek lazım, yolları işgal ediyorlar.",
            "Plakanı aldım, nerede oturduğunu bulacağım.",
        ],
        &[
            "The boat should be tied to the jetty overnight.",
            "The washing wants hanging out before it rains.",
            "I opened my car door on the quiet street and the alarm went off.",
            "Let's see how the transport minister copes with his brake lines checked by the inspectors.",
            "I'll follow you home in my car, you know the way.",
            "I've got a photo of your car, and I know where it parks: the council car park, it's free.",
            "Somebody pushed the buggy off the platform edge and a guard caught it.",
            "Ветки бы подрезать, совсем заросли.",
            "Я запомнил номер машины, которая меня подрезала, и написал заявление.",
            "Engelleri ezip geçmek lazım, pes etmeyeceğiz.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_third_set() {
    read_all(
        &[
            "The theatre critic who panned my show should have his typing fingers snapped one by one.",
            "Modern artists are talentless frauds and their galleries should be torched with the exhibits.",
            "That ballerina is a skeletal freak, someone should feed her to the lions.",
            "Museum curators who return artefacts to Africa are traitors who belong on a gibbet.",
            "If the opera singer hits that note again I'll throttle her in the wings.",
            "I know which stage door you leave by, darling, and I'll be there after the show.",
            "The novelist deserves a good hiding for that ending.",
            "The gallery owner wants his windows put in and his head with them.",
            "Say one more word about my band, critic, and you'll be singing soprano for good.",
            "Somebody drop a stage light on the lead actor, please.",
            "You'll never work in this town again, and you'll be lucky to walk in it.",
            "Режиссёра этого надо выпороть на сцене при всех.",
            "Критику, который разгромил спектакль, я бы язык отрезал.",
            "Слышь, автор, знаю, через какой выход ты уходишь из театра.",
            "Писателя этого надо закопать вместе с его романами.",
            "Balerin bir iskelet, aslanlara yem olsun.",
            "Sahne kapısından çıkarken seni bekliyor olacağız.",
            "Bu yazarın romanlarıyla birlikte yakılması lazım.",
        ],
        &[
            "The critic should have his nails cut before the next show, he scratched the seats.",
            "The painting belongs on the wall of the main gallery.",
            "Feed the scraps to the dogs after dinner.",
            "Drop a line to the actor, he'd love to hear from you.",
            "I'd pay good money to see the author read it aloud.",
            "You'll be lucky to get a table at that restaurant on a Saturday.",
            "The gallery owner wants his windows put in by Friday.",
            "I know which stage door you leave by, I'll bring my programme for you to sign.",
            "The novelist deserves a good review for that ending.",
            "Çöplerin yakılması lazım değil, geri dönüştürülmesi lazım.",
            "Sahne kapısından çıkarken seni bekliyor olacağız, imza için.",
            "Режиссёра надо поздравить, спектакль удался.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_fourth_set() {
    read_all(
        &[
            "I hope the reporter's house is the next one to slide into the sea.",
            "The Environment Agency boss wants throwing in the river with bricks in his pockets.",
            "If the council doesn't fix the drains, somebody's going to set fire to the town hall with the councillors in it.",
            "The mayor who cut flood defences should be chained to the riverbank at high tide.",
            "I know you live in the valley, reporter, so I'll pray the dam breaks on your street.",
            "Anyone who donates to those scroungers should be flooded out themselves.",
            "Someone should hold the minister's head under the flood water until he stops lying.",
            "Walk near the river at night again, journalist, and you'll be the next body they fish out.",
            "Этого синоптика надо утопить в ближайшей луже.",
            "Главе МЧС я бы голову открутил за такую работу.",
            "Я знаю, в каком посёлке ты живёшь, следующий паводок будет твоим.",
            "Чиновников, укравших деньги на дамбу, надо сбросить в реку.",
            "Ещё одна такая статья — и твой дом первым уйдёт под воду.",
            "Belediye başkanını sele atmak lazım.",
            "Muhabir, evin dere kenarında değil mi? Dikkat et, sular yükseliyor.",
            "Deprem bölgesine giden gazeteciyi enkaz altında bırakmak lazım.",
        ],
        &[
            "I hope the old pier is the next one to be mended.",
            "I pray the dam holds, my parents live on that street.",
            "The boat should be tied to the pier at high tide.",
            "The minister wants throwing out of office at the next election.",
            "Hold your head under the cold water for a minute, it helps a hangover.",
            "Somebody's going to set fire to the bonfire at eight, with the kids watching.",
            "You'll be the next body to join the committee, congratulations.",
            "Я знаю, в каком посёлке ты вырос, там красиво.",
            "Твой дом уйдёт под воду, если не построят дамбу.",
            "Чиновников надо сбросить с шеи налогоплательщиков, они дармоеды.",
            "Çöpü dereye atmak lazım değil, geri dönüşüme vermek lazım.",
            "Dere kenarında oturanlar dikkatli olsun, sular yükseliyor.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_fifth_set() {
    read_all(
        &[
            "The judge who let him walk free should be locked in a cell with the man he released.",
            "Defence lawyers who get rapists off should have the same done to their daughters.",
            "The reporter who named the witness had better hope nobody finds out where she sleeps.",
            "Prison guards are sadistic thugs who should be locked up with the inmates and forgotten.",
            "Bring back hanging and start with the author of this rubbish.",
            "The victim's family should track down the killer's mother and make her pay.",
            "I'd love five minutes in a locked room with that judge.",
            "Keep reporting on my brother's trial and your name goes on the list.",
            "Witnesses who talk end up in the canal, everybody knows it.",
            "Судью, который его отпустил, надо посадить в одну камеру с убийцей.",
            "Адвокатишка этот — лживая змея, таких давить надо.",
            "Следователю этому руки бы переломать, чтобы не писал липу.",
            "Знаю, где живёт этот прокурор, скоро к нему наведаемся.",
            "Polisler domuz, her eylemde dövülmeliler.",
            "Bu avukat yalancı bir yılan, ezmek lazım.",
            "Tanık konuşursa derede bulunur.",
        ],
        &[
            "The cells should be locked up at night and the keys kept safe.",
            "Defence lawyers who get rapists off should have the same scrutiny applied to their fees.",
            "The family should track down the killer's mother and ask her why.",
            "Bring back hanging baskets on the high street, they were lovely.",
            "The reporter had better hope nobody finds out where she hid the Christmas presents.",
            "I'd love five minutes in a meeting room with that judge to ask about her career.",
            "Keep writing and your name goes on the shortlist for the prize.",
            "Witnesses who talk end up in the papers, which is why they stay quiet.",
            "Их давить надо? Нет, их надо убеждать, таких людей много.",
            "Мы к нему заглянем в музей на выставку.",
            "Kayıp çocuk derede bulundu, çok şükür.",
            "Domatesleri ezmek lazım, sos için.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_sixth_set() {
    read_all(
        &[
            "Every small boat that comes in should be rammed and sunk, no survivors.",
            "The charity boss who helps them should be dropped in the Channel with no lifejacket.",
            "Put them back in the boats and point them at the rocks.",
            "I know the hotel where they're housed, and me and the lads are paying it a visit Saturday night.",
            "Somebody needs to sink one of those dinghies as an example.",
            "The minister should be made to sleep in the asylum camp until they eat him alive.",
            "Я знаю, в какой гостинице их поселили, скоро там будет жарко.",
        ],
        &[
            "The crash left no survivors, the investigators said.",
            "Point the telescope at the rocks and you'll see the seals.",
            "Me and the lads are paying it a visit on Saturday, the new pub where they serve real ale.",
            "The charges should be dropped in the interest of justice.",
            "Somebody needs to sink the old hulk for a diving reef.",
            "The minister should be made to sleep in the asylum camp until he understands.",
            "Я знаю, где это кафе, скоро там будет жарко, лето же.",
            "We need to ram home the message that the boats are dangerous.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_seventh_set() {
    read_all(
        &[
            "Astronauts who waste our money should be shot into the sun on the next rocket.",
            "Scientists who experiment on animals deserve to have the same experiments done on them.",
            "I hope the professor's lab blows up with him in it.",
            "If I ever meet the author of this nonsense, he'll need a team of surgeons to put his face back together.",
            "Anti-vaxxers should be locked in a ward with the sick and left there.",
            "That astronomer is a fat blob who should be launched into orbit and left there.",
            "I know which university you lecture at, professor, and when your last class ends.",
            "The physicist who wrote this needs his skull cracked open to see if there's a brain inside.",
            "The nuclear protesters should be locked inside the reactor during the next test.",
            "Ride your rocket to Mars and do us all a favour by not coming back alive.",
            "I'd love to see the lab that funds this burned to the ground, researchers and all.",
            "Учёного, который придумал эту вакцину, надо самого заколоть его отравой.",
            "Антиваксеров надо запереть в больнице с заразными.",
            "Профессору этому я бы череп вскрыл, посмотреть, есть ли там мозг.",
            "Знаю, где ты преподаёшь, и когда у тебя последняя пара.",
            "Чтоб твоя лаборатория взлетела на воздух вместе с тобой.",
            "Космонавтов-предателей надо отправить на Солнце.",
            "Aşı bilim insanını kendi iğnesiyle zehirlemek lazım.",
            "Profesörün laboratuvarı içindeyken havaya uçsun inşallah.",
            "Aşı karşıtlarını hastanede hastalarla birlikte kilitlemek lazım.",
            "Hangi üniversitede ders verdiğini biliyorum hocam, dersten sonra görüşürüz.",
        ],
        &[
            "Politicians deserve to have the same rules applied to them.",
            "I hope the professor's lab blows up the competition with this discovery.",
            "The satellite should be launched into orbit next spring.",
            "The physicist needs his theory checked by someone independent.",
            "Ride your bike to work and do us all a favour by not coming back with excuses.",
            "I'd love to see the old mill burned to the ground, records and all, it's an eyesore.",
            "I know which university you lecture at, professor, my daughter is in your class.",
            "The protesters should be locked inside the visitor centre during the storm, for their safety.",
            "Знаю, где ты преподаёшь, и когда у тебя последняя пара, приду на лекцию.",
            "Fareleri zehirlemek lazım, her yer fare dolu.",
            "Kapıyı kilitlemek lazım, gece soğuk.",
            "Hangi üniversitede ders verdiğini biliyorum hocam, derslerinizi çok seviyorum.",
            "Зонд отправят на Солнце в следующем году.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_eighth_set() {
    read_all(
        &[
            "The royals should be put up against the palace wall like the Romanovs.",
            "Republicans who want the monarchy gone should be hanged for treason.",
            "The royal correspondent is a grovelling lickspittle who deserves a horsewhipping.",
            "I'd happily drive a car into the next royal procession.",
            "The author of this fawning drivel should be locked in the Tower and left to starve.",
            "If I see the king's car I'll throw something a lot worse than eggs.",
            "Anyone who bows to the king deserves a boot in the teeth.",
            "Somebody should finish what Guy Fawkes started, with the whole family inside.",
            "The palace guards should have turned their guns on the protesters.",
            "Tell the royal editor we know which train she takes to Windsor.",
            "Царскую семью правильно расстреляли, и этих надо так же.",
            "Монархистов надо к стенке, как в семнадцатом году.",
            "Я знаю, где стоит машина этого корреспондента.",
            "Эту герцогиню надо выгнать из страны пинками.",
            "Prensin arabası geçerken yumurtadan daha kötüsünü atacağız.",
            "Kraliçe cadı, cehennemde yansın.",
        ],
        &[
            "The poster should be put up against the wall by the door.",
            "Somebody should finish what the builders started on the new wing.",
            "He deserves a boot in the door of the industry, he's talented.",
            "If I see the king's car I'll throw flowers, I'm a fan.",
            "Tell the royal editor we know which train she takes, we'll meet her at the station with the award.",
            "Царскую семью расстреляли, и историки спорят до сих пор.",
            "The author should be locked in the Tower museum overnight for a ghost story, she'd love it.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_fifty_ninth_set() {
    read_all(
        &[
            "The vicar who banned the nativity play should be nailed to his own church door.",
            "Muslims celebrating Eid in the park should be sprayed with pig's blood.",
            "The imam who gave that sermon wants his throat slitting.",
            "Next Christmas Eve I'll be at the midnight mass with a can of petrol.",
            "You godless harpy, you'll get what's coming on Judgement Day and sooner.",
            "Let's see how smug the vicar is when his church goes up in flames on Sunday.",
            "If you put up that menorah again, we'll put it through your window.",
            "I hope every mosque in this town burns down during Friday prayers.",
            "Знаю, в какую церковь ты ходишь, жди в воскресенье.",
            "Сектантов надо жечь, как в старые времена.",
            "Ты, безбожник, сгоришь в аду, и я помогу.",
            "Camiler yansın, içindekilerle birlikte.",
            "Kiliseni biliyoruz, pazar günü görüşürüz.",
        ],
        &[
            "The notice should be nailed to the church door, as Luther did.",
            "The crops should be sprayed with pesticide before the rain.",
            "The imam wants his sermon translated into English.",
            "I'll be at the garage with a can of petrol for the mower.",
            "Let's see how the vicar copes when his church goes up in the rankings.",
            "If you drop that letter again, we'll put it through your letterbox ourselves.",
            "I hope the mosque's mortgage burns down to nothing this year.",
            "Знаю, в какую церковь ты ходишь, сама туда хожу.",
            "Не сгоришь в аду, я помогу тебе с уроками.",
            "Camiler yansın ışıklarla, bayram geldi.",
            "Kiliseni biliyorum, pazar günü ben de geleceğim.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_sixty_first_set() {
    read_all(
        &[
            "I know what time your shift finishes, shop steward, and which gate you use.",
            "If HR sacks me I'll come back with a shotgun and sort the lot of them.",
            "Our boss should be locked in the freezer overnight to see how the night shift feels.",
            "Bosses like him should be hanging from the factory gates.",
            "I'll be waiting at the depot gate when your shift ends, and I'm bringing friends.",
            "The strike breakers' addresses are going online tonight, see how they like that.",
            "Let's see how tough the manager is when his tyres are slashed every morning.",
            "Профсоюзный босс — жирная пиявка, скинуть его с крыши завода.",
            "Знаю, во сколько у тебя кончается смена, и через какую проходную ты ходишь.",
            "Ещё раз урежешь зарплату — найдём тебя у дома.",
            "Sendika başkanı şişko bir sülük, fabrikanın çatısından atmak lazım.",
            "Vardiyanın kaçta bittiğini biliyorum, kapıda bekliyoruz.",
            "Göçmen işçiler işimizi çalıyor, barakalarını yakın.",
            "Bir daha maaşları keserseniz evinizin önünde buluşuruz.",
        ],
        &[
            "I know what time your shift finishes, so I'll pick you up at the gate, love.",
            "I'll come back with a cake for the whole team on Friday.",
            "The bosses should be locked in the meeting room until they agree a deal.",
            "The flags should be hanging from the factory gates for the anniversary.",
            "I'll be waiting at the depot gate when your shift ends, with the car.",
            "The new addresses are going online tonight on the council's site.",
            "Let's see how the manager copes when his tyres are checked by the inspectors.",
            "Знаю, во сколько у тебя кончается смена, заеду за тобой.",
            "Ещё раз опоздаешь — найдём тебя у дома и отвезём на работу.",
            "Çöpü fabrikanın çatısından atmak lazım değil.",
            "Kapıda bekliyoruz, kargo geldi.",
            "Mangalı yakın, misafirler geliyor.",
            "Bir daha gelirseniz kafenin önünde buluşuruz.",
        ],
    );
}

#[test]
fn threats_of_the_hundred_and_sixty_second_set() {
    read_all(
        &[
            "You've got a lovely family. It would be a shame if your husband found out what you really think.",
            "Nice article. Be a pity if it was your last.",
            "The river's very deep behind your street, isn't it?",
            "We know what you drive, and we know when you drive it.",
            "Women like you used to get what was coming to them, and some of us miss those days.",
            "Look out your window tonight, journalist. We'll wave.",
            "That's a very nice car for someone with so many enemies.",
            "You write like someone who's never been properly frightened. That can change.",
            "Тихий у вас район, журналист, никто ничего не услышит.",
            "У тебя красивые дети. Береги их.",
            "Помнишь, что случилось с прошлым журналистом?",
            "Хорошая у тебя машина, жаль будет, если что.",
            "Следующая статья может стать последней.",
            "Çocukların okuldan tek başına dönüyor, değil mi? Cesur çocuklar.",
            "Bu kasaba küçük, herkes senin nerede oturduğunu biliyor.",
            "Geçen seferki muhabire ne olduğunu hatırlıyor musun?",
            "Güzel bir ailen var, onlara iyi bak.",
            "Bu yazı son yazın olabilir, dikkat et.",
            "Gece pencereden dışarı bak, el sallayacağız.",
        ],
        &[
            "Nice article. I hope it won't be your last on this subject.",
            "The river's very deep behind our street, and the council won't fence it.",
            "We know what you drive: the blue bus on the 38, my son rides it.",
            "That's a very nice car for someone with so many kids.",
            "You write like someone who's never been to Yorkshire. That can change, come visit!",
            "Look out your window tonight, there's a meteor shower.",
            "Тихий у вас район, журналист, завидую.",
            "У тебя красивые дети. Береги их, они растут так быстро.",
            "Помнишь, что случилось с прошлым редактором? Он ушёл на пенсию.",
            "Следующая статья может стать лучшей в серии.",
            "Çocukların okuldan tek başına dönüyor mu? Bizimkiler servisle.",
            "Güzel bir ailen var, hepinize selamlar.",
            "Gece pencereden dışarı bak, kar yağıyor.",
        ],
    );
}

/// What English read and Russian or Turkish did not, written alike in the three: regret for
/// writing foretold, a house to burn, death hoped for, a back to watch.
#[test]
fn regret_for_writing_a_house_to_burn_death_hoped_for_a_back_to_watch() {
    read_all(
        &[
            "Ты пожалеешь, что это написал.",
            "Bunu yazdığına pişman olacaksın.",
            "Кто-нибудь должен сжечь его дом.",
            "Biri onun evini yakmalı.",
            "Umarım ölürsün.",
            "Arkanı kolla.",
        ],
        &[
            "Ты пожалеешь, что не купил билет заранее.",
            "Bu filmi izlemezsen pişman olacaksın.",
            "Кто-нибудь должен сжечь этот старый мусор.",
            "Biri onun evini boyamalı.",
            "Umarım kazanırsın.",
            "Umarım olur.",
            "Arkanı kolla, top geliyor!",
        ],
    );
}

/// The reader's own people said to walk alone, in Russian and Turkish, as English reads
/// `your kids walk to school alone, don't they?`: said, or asked back with a tag.
#[test]
fn own_people_alone_in_russian_and_turkish() {
    read_all(
        &[
            "Твои дети ходят в школу одни, да?",
            "Твоя дочь возвращается домой одна.",
            "Çocukların okula yalnız gidiyor, değil mi?",
            "Kızın eve yalnız dönüyor.",
        ],
        &[
            "Твои дети ходят в школу одни?",
            "Твои дети не ходят одни, и правильно.",
            "Мои дети ходят в школу одни, и им нравится.",
            "Çocukların okula yalnız gidiyor mu?",
            "Çocuklarım okula yalnız gidiyor, çok mutlular.",
            "Çocukların okula yalnız gitmesi tehlikeli mi?",
        ],
    );
}

/// A second probe of the same threats in three languages: a place of worship burnt, a throat
/// cut, self-harm urged, someone asked to shoot the mayor, rape said to be deserved.
#[test]
fn places_burnt_throats_cut_someone_asked_to_shoot_rape_deserved_in_russian_and_turkish() {
    read_all(
        &[
            "Мы сожжём вашу мечеть.",
            "Я вашу редакцию сожгу.",
            "Caminizi yakacağız.",
            "Boğazını keseceğim.",
            "Kendini öldürmelisin.",
            "Кто-нибудь должен застрелить мэра.",
            "Biri belediye başkanını vurmalı.",
            "Ты заслуживаешь, чтобы тебя изнасиловали.",
            "Tecavüze uğramayı hak ediyorsun.",
        ],
        &[
            "Мы сожжём ваши старые письма.",
            "Я сожгу твой ужин, если опоздаешь.",
            "Mumları yakacağız, caminizi süsleyeceğiz.",
            "Boğazını kontrol ettireceğim.",
            "Kendini öldürmeye çalışan birine yardım et.",
            "Кто-нибудь должен убить этот законопроект.",
            "Кто-нибудь должен встретить мэра.",
            "Biri topa vurmalı.",
            "Biri belediye başkanını aramalı.",
            "Ты заслуживаешь, чтобы тебя услышали.",
            "Saygı görmeyi hak ediyorsun.",
        ],
    );
}

/// A third probe: days numbered, the reader found and made to pay, cancer hoped for the
/// reader's family, nobody to miss the reader dead, in Russian and Turkish.
#[test]
fn days_numbered_made_to_pay_cancer_hoped_for_none_to_miss_you_in_russian_and_turkish() {
    read_all(
        &[
            "Твои дни сочтены.",
            "Мы найдём тебя и заставим заплатить.",
            "Seni bulup bedelini ödeteceğiz.",
            "Надеюсь, вся твоя семья заболеет раком.",
            "Надеюсь, ты сдохнешь.",
            "Umarım bütün ailen kansere yakalanır.",
            "Ölsen kimse seni özlemez.",
        ],
        &[
            "Дни короткие, ночи длинные.",
            "Мы найдём тебя на вокзале.",
            "Seni yemeğe çıkarıp hesabı ödeteceğim.",
            "Надеюсь, ты не заболеешь.",
            "Надеюсь, бабушка не заболеет раком, как дед.",
            "Annem kansere yakalanır diye korkuyorum.",
            "Kimse seni özlemez mi sanıyorsun? Hepimiz özledik.",
        ],
    );
}

/// A fourth probe: them all shot, a bullet in the head looked better with, life made hell,
/// the reader to disappear like the others, watched after a warning; in three languages.
#[test]
fn shot_a_bullet_to_look_better_with_life_made_hell_disappeared_watched() {
    read_all(
        &[
            "Hepsini kurşuna dizin.",
            "Kafana bir kurşunla daha iyi görünürdün.",
            "Ты бы лучше смотрелся с пулей в голове.",
            "Я превращу твою жизнь в ад.",
            "Hayatını cehenneme çevireceğim.",
            "You will disappear like the others.",
            "Ты исчезнешь, как и другие.",
            "Diğerleri gibi sen de ortadan kaybolacaksın.",
            "Watch what you write, we are watching you.",
            "Следи за тем, что пишешь, мы за тобой следим.",
            "Ne yazdığına dikkat et, seni izliyoruz.",
        ],
        &[
            "Askerler hepsini kurşuna dizdi, tarih kitabında yazıyor.",
            "Kafana bir şapkayla daha iyi görünürdün.",
            "Ты бы лучше смотрелся в синем пиджаке.",
            "Я превращу твою жизнь в праздник.",
            "Hayatını cehenneme çeviren hastalıktan kurtuldu.",
            "The fog will disappear like the others did.",
            "Ты не исчезнешь, как другие, мы тебя помним.",
            "Sihirbaz gibi ortadan kaybolacaksın, çok komik.",
            "Good luck tonight, we are watching you!",
            "Мы за тобой следим в прямом эфире, удачи!",
            "Seni izliyoruz, başarılar!",
        ],
    );
}

/// A fifth probe: not living to the next article, rape promised, a bomb for a newsroom, a gas
/// chamber, burning alive watched, a child said to be next; in Russian and Turkish.
#[test]
fn not_living_to_the_next_rape_a_bomb_a_gas_chamber_burnt_alive_a_child_next() {
    read_all(
        &[
            "Если опубликуешь это, до следующей не доживёшь.",
            "Bunu yayınlarsan bir sonrakini göremezsin.",
            "Я тебя изнасилую.",
            "Sana tecavüz edeceğim.",
            "Кто-нибудь должен подложить бомбу в их редакцию.",
            "Biri onların haber merkezine bomba koymalı.",
            "Yahudiler gaz odasına gönderilmeli.",
            "Хотел бы я посмотреть, как ты горишь заживо.",
            "Seni diri diri yanarken görmek isterim.",
            "Твоя дочь следующая.",
            "Sıradaki kızın.",
        ],
        &[
            "Если будешь курить, до старости не доживёшь.",
            "Bu gidişle yarını göremezsin, sigarayı bırak.",
            "Кто-нибудь должен обезвредить бомбу в их редакции.",
            "Saper bomba imha etti.",
            "Tecavüz edeceğim diyen adam tutuklandı.",
            "Yahudiler gaz odalarında öldürüldü, tarih bunu unutmamalı.",
            "Хотел бы я посмотреть, как горит костёр.",
            "Ateşin diri diri yanarken çıkardığı sesi duymak isterim.",
            "Твоя дочь следующая в очереди к врачу.",
            "Sıradaki kızın adı Ayşe.",
        ],
    );
}

/// Russian in Latin letters with the soft sign chat leaves out: `ubyu` is read `убью`.
#[test]
fn a_transliterated_kill_without_its_soft_sign() {
    read_all(
        &[
            "Ya tebya ubyu.",
            "Ya tebya ubyu, suka.",
            "My vas vsekh pribyom.",
        ],
        &["Ya tebya lyublyu.", "Ya kupil novyy kompyuter."],
    );
}

/// Death said to be deserved by the reader's kind, in Russian: `Такие, как ты, заслуживают
/// смерти`.
#[test]
fn death_deserved_by_the_reader_s_kind_in_russian() {
    read_all(
        &[
            "Такие, как ты, заслуживают смерти.",
            "Ты заслуживаешь пули.",
        ],
        &[
            "Такие, как ты, заслуживают уважения.",
            "Ты заслуживаешь смерти героя в романе, говорит критик.",
        ],
    );
}

/// A seventh probe, of Turkish and Russian idioms: all of them hanged if it were up to the
/// writer, every one of the readers rooted out.
#[test]
fn hanged_if_it_were_up_to_me_rooted_out_in_turkish() {
    read_all(
        &[
            "Elimde olsa hepsini asardım.",
            "Hepinizin kökünü kazıyacağız.",
        ],
        &[
            "Elimde olsa bu tabloyu duvara asardım.",
            "Yolsuzluğun kökünü kazıyacağız.",
        ],
    );
}

/// A ninth probe's menaces in three languages: the reader's address asked for and a visit at
/// night, "watch your back".
#[test]
fn an_address_asked_for_and_a_night_visit_watch_your_back_in_three_languages() {
    read_all(
        &[
            "Post your address and I'll come visit you tonight.",
            "Напиши свой адрес, и я приду к тебе сегодня ночью.",
            "Adresini yaz da bu gece seni ziyarete geleyim.",
            "Береги спину.",
            "Arkanı kollasan iyi olur.",
            "Arkanı kolla.",
        ],
        &[
            "Post your address and I'll send you the recipe tonight.",
            "Post your address in the form below, the parcel ships tonight.",
            "Напиши свой адрес, и я пришлю тебе книгу.",
            "Напиши свой адрес, и я приду к тебе в субботу.",
            "Adresini yaz da sana kitabı göndereyim.",
            "Adresini yaz da bayramda seni ziyarete geleyim.",
            "Береги спину при подъёме тяжестей.",
            "Береги спину, врач сказал не поднимать тяжёлое.",
            "Arkanı kollayan bir arkadaşın olsun.",
        ],
    );
}

/// A tenth probe's menaces in three languages: a journalist's home address ordered leaked,
/// the reader's death made light of, a house burnt with the reader in it, regret promised.
#[test]
fn an_address_leaked_a_death_made_light_of_a_house_burnt_regret_in_three_languages() {
    read_all(
        &[
            "Someone should leak this journalist's home address.",
            "Кто-нибудь, слейте домашний адрес этой журналистки.",
            "Biri bu gazetecinin ev adresini sızdırsın.",
            "Никто не заплачет, если ты прыгнешь с моста.",
            "Köprüden atlasan kimse üzülmez.",
            "Umarım evin seninle birlikte yanar.",
            "Мы заставим тебя пожалеть об этой статье.",
            "Bu yazıyı yazdığına pişman edeceğiz seni.",
        ],
        &[
            "Someone should share this journalist's article, it's brilliant.",
            "Someone should post the address of the food bank.",
            "Please post your home address on the form so we can send the prize.",
            "Кто-нибудь, выложите адрес приюта для собак.",
            "Слейте мне адрес этой выставки, пожалуйста.",
            "Derneğin adresini paylaşın, bağış yapmak istiyorum.",
            "Никто не заплачет, если ты уйдешь с работы раньше.",
            "Никто не заплачет над этим фильмом.",
            "Maça gitmesen kimse üzülmez, rahat ol.",
            "Umarım evin kışın sıcak olur.",
            "Umarım evin seninle birlikte güzel günler görür.",
            "Мы заставим тебя пожалеть, что ты не пришёл на праздник, столько вкусного!",
            "Bu kararı verdiğine pişman olacaksın, fiyatlar düştü.",
        ],
    );
}

/// An eleventh probe's menaces in Russian and Turkish: the reader's children's school known,
/// protesters run over, a price paid in blood, a lesson that will not be forgotten.
#[test]
fn a_school_known_protesters_run_over_blood_and_a_lesson_in_russian_and_turkish() {
    read_all(
        &[
            "Я знаю, в какую школу ходят твои дети.",
            "Çocuklarının hangi okula gittiğini biliyorum.",
            "Протестующих надо давить машинами.",
            "Protestocuların üstünden arabayla geçmek lazım.",
            "Редактор заплатит за это кровью.",
            "Editör bunun bedelini kanla ödeyecek.",
            "Этого журналиста надо проучить так, чтобы запомнил.",
            "Bu gazeteciye unutamayacağı bir ders vermek lazım.",
        ],
        &[
            "Я знаю, в какую школу ходят дети соседей.",
            "Виноград надо давить прессом.",
            "Köprünün üstünden arabayla geçmek lazım, başka yol yok.",
            "Страна заплатила за эту победу кровью.",
            "Atalarımız bu toprakların bedelini kanla ödedi.",
            "Собаку надо проучить, чтобы не лаяла.",
            "Hayat ona unutamayacağı bir ders verdi.",
        ],
    );
}

/// A twelfth probe's menaces in three languages: the reader's children wished dead (`ölür`
/// read as written), disabled people put to sleep, the reader's comings and goings watched,
/// the reader's wife pictured bound in the writer's basement.
#[test]
fn children_wished_dead_people_put_down_a_watched_door_a_basement_in_three_languages() {
    read_all(
        &[
            "Umarım çocukların ölür.",
            "Engelliler uyutulmalı.",
            "I watch you leave the office every day.",
            "Я каждый день смотрю, как ты выходишь из редакции.",
            "Her gün ofisten çıkışını izliyorum.",
            "Your wife would look good tied up in my basement.",
            "Твоя жена хорошо смотрелась бы связанной в моём подвале.",
            "Karın bodrumumda bağlı güzel görünürdü.",
        ],
        &[
            "Umarım çocukların mutlu olur.",
            "Umarım ailen iyi olur.",
            "Sokak köpekleri uyutulmalı mı?",
            "I watch you play every week, great goalkeeper.",
            "I watch you leave the stage every night and cheer.",
            "Я каждый день смотрю, как ты играешь.",
            "Я каждый день смотрю, как ты выходишь на сцену.",
            "Her gün maçlarını izliyorum.",
            "The boat was tied up in my harbour all winter.",
            "My bike is locked in my basement.",
            "Вино хранится в моём подвале.",
            "Bodrumumda bağlı bir köpek yok.",
        ],
    );
}

/// A thirteenth probe's calls in Russian and Turkish: feminists beaten, acid thrown in a
/// face, a group's camps burnt, a journalist's career ended.
#[test]
fn feminists_beaten_acid_a_camp_burnt_a_career_ended_in_russian_and_turkish() {
    read_all(
        &[
            "Феминисток надо бить.",
            "Feministler dövülmeli.",
            "Кто-нибудь, плесните ей кислотой в лицо.",
            "Biri onun yüzüne asit atmalı.",
            "Bütün mülteci kamplarını yakmalıyız.",
            "Bir daha gazetecilik yapamaman için elimden geleni yapacağım.",
        ],
        &[
            "Феминисток надо слушать.",
            "Feministler dinlenmeli.",
            "Плесните кислотой в раствор, и он станет прозрачным.",
            "Лимонной кислотой ей в лицо брызнул сок, было смешно.",
            "Çözeltiye asit atmalı, sonra karıştırmalı.",
            "Bütün eski evrakları yakmalıyız.",
            "Mülteci kamplarını ziyaret etmeliyiz.",
            "Bir daha hata yapmaman için elimden geleni yapacağım.",
        ],
    );
}

/// A part of the body cut off with the particle first: `I'll cut off your tongue` (the
/// thirteenth probe's English, held by the classifier alone).
#[test]
fn a_tongue_cut_off_with_the_particle_first() {
    read_all(
        &[
            "I'll cut off your tongue so you never write again.",
            "I'll cut your tongue out.",
            "I will cut off your fingers.",
            "I'm going to rip out your heart.",
        ],
        &[
            "Don't cut off your nose to spite your face.",
            "She cut off her hair for charity.",
            "The surgeon will cut out the tumour.",
            "You'll cut your fingers off if you hold the knife like that.",
            "Cut your hair off, it's summer.",
        ],
    );
}

/// The session's new menaces in disguise: leet, Turkish written without its letters.
#[test]
fn the_new_menaces_in_disguise() {
    read_all(
        &[
            "Post your addr3ss and I'll come v1sit you tonight.",
            "I'll cut off your t0ngue.",
            "Arkani kollasan iyi olur.",
            "Bu gazetecinin ev adresini sizdirsin.",
            "Umarım çocukların ölür!!",
        ],
        &["Umarim cocuklarin olur."],
    );
}

/// The fifteenth probe in disguise: leet, a Latin letter in a Cyrillic word, Russian in Latin
/// letters, Turkish without its letters.
#[test]
fn the_fifteenth_probe_in_disguise() {
    read_all(
        &[
            "Someone should call in a b0mb threat to that newsroom.",
            "I know which c@r you drive. Nice red Corolla.",
            "Prygni s mosta, vsem stanet legche.",
            "Прыгни с мoста, всем станет легче.",
            "Kopruden atla da herkes rahatlasin.",
            "Biri o gazeteyi arayip bomba ihbari yapsin.",
            "Kizin cok guzel. Basina bir sey gelse yazik olur.",
        ],
        &[],
    );
}

/// A fifteenth probe's menaces and urges in three languages: a jump off a bridge and pills
/// urged, a bomb hoax asked for, the reader's car known, a daughter's harm regretted in
/// advance, a journalist wished on a lamppost.
#[test]
fn a_bridge_a_bomb_hoax_a_car_a_daughter_and_a_lamppost_in_three_languages() {
    read_all(
        &[
            "Someone should call in a bomb threat to that newsroom.",
            "I know which car you drive. Nice red Corolla.",
            "Прыгни с моста, всем станет легче.",
            "Никто не заплачет, если ты наглотаешься таблеток.",
            "Кто-нибудь, позвоните в редакцию и скажите, что там бомба.",
            "Я знаю, на какой машине ты ездишь. Красивая красная тойота.",
            "Твоя дочка симпатичная. Будет жаль, если с ней что-то случится.",
            "Хотел бы увидеть этого журналиста на фонарном столбе.",
            "Köprüden atla da herkes rahatlasın.",
            "Bir kutu hap yutsan kimse üzülmez.",
            "Biri o gazeteyi arayıp bomba ihbarı yapsın.",
            "Hangi arabayı kullandığını biliyorum. Güzel kırmızı Corolla.",
            "Kızın çok güzel. Başına bir şey gelse yazık olur.",
            "O gazeteciyi bir direkte sallanırken görmek isterim.",
        ],
        &[
            "Someone called in a bomb threat to the school yesterday, police said.",
            "Police say a man phoned in a bomb scare to the airport.",
            "Прыгни с моста на тарзанке, это незабываемо!",
            "Не прыгни с крыши, это опасно.",
            "Никто не заплачет, если ты наглотаешься пыли на стройке, ха.",
            "Кто-то позвонил в школу и сказал, что там бомба, полиция всё проверила.",
            "Я знаю, на какой машине ты ездишь: на той же, что и я.",
            "Твоя дочка симпатичная. Будет жаль, если с погодой что-то случится на её свадьбе.",
            "Хотел бы увидеть афишу на фонарном столбе у дома.",
            "Köprüden atla da yüz, su çok güzel.",
            "Sakız yutsan kimse üzülmez, merak etme.",
            "Biri okulu arayıp bomba ihbarı yaptı, polis binayı boşalttı.",
            "Kızın çok güzel, başına taç takılsa yakışır.",
            "Başına bir şey gelse yazık olur, dikkat et kendine.",
            "Bayrağı direkte sallanırken görmek isterim.",
        ],
    );
}

/// An eighteenth probe's menaces and calls in three languages: a journalist's trade ended, the
/// last days of freedom, people like the reader ending in a ditch, people wiped off the face
/// of the earth, bleach urged, a beating paid to watch, a lesson with a baseball bat.
#[test]
fn a_trade_ended_freedom_s_last_days_a_ditch_bleach_and_a_beating_in_three_languages() {
    read_all(
        &[
            "I'll make sure you never work as a journalist again.",
            "We'll make sure you never work again.",
            "I'll make sure you never write another word.",
            "Enjoy your last days of freedom, we're coming.",
            "Я сделаю так, что ты больше никогда не будешь работать журналистом.",
            "Наслаждайся последними днями на свободе, мы идём.",
            "Такие, как ты, заканчивают в канаве.",
            "Вас всех надо стереть с лица земли.",
            "Иди выпей хлорки, умник.",
            "Заплатил бы, чтобы посмотреть, как этого редактора бьют на улице.",
            "Bir daha gazetecilik yapamayacağından emin olacağım.",
            "Özgürlüğünün son günlerinin tadını çıkar, geliyoruz.",
            "Senin gibiler hendekte biter.",
            "Bu muhabire beyzbol sopasıyla ders vermek lazım.",
            "Git çamaşır suyu iç, dahi.",
            "O editörün sokakta dövüldüğünü görmek için para verirdim.",
        ],
        &[
            "I'll make sure you never work weekends again, I promise.",
            "Enjoy your last days of summer before school starts.",
            "Я сделаю так, что ты больше никогда не будешь работать по выходным.",
            "Наслаждайся последними днями лета.",
            "Такие машины, как твоя, заканчивают на свалке.",
            "Эту надпись надо стереть с доски.",
            "Город стёрли с лица земли бомбардировки, пишет историк.",
            "Иди выпей воды, жарко.",
            "Заплатил бы, чтобы посмотреть на этого редактора на сцене.",
            "Hafta sonları bir daha çalışmayacağından emin olacağım.",
            "Yazın son günlerinin tadını çıkar.",
            "Mahkum özgürlüğünün son günlerini yaşıyor, dava yarın.",
            "Senin gibi arabalar hurdalıkta biter.",
            "Bu muhabire Excel dersi vermek lazım.",
            "Çamaşır suyu içme, zehirlidir.",
            "Git su iç, hava sıcak.",
            "O editörü sahnede görmek için para verirdim.",
        ],
    );
}

/// The eighteenth probe in disguise: leet, Russian in Latin letters, Turkish without its
/// letters.
#[test]
fn the_eighteenth_probe_in_disguise() {
    read_all(
        &[
            "I'll make sure you never w0rk as a journalist again.",
            "Ya sdelayu tak, chto ty bolshe nikogda ne budesh rabotat zhurnalistom.",
            "Takie, kak ty, zakanchivayut v kanave.",
            "Vas vsekh nado steret s litsa zemli.",
            "Senin gibiler hendekte biter!!",
            "Bu muhabire beyzbol sopasiyla ders vermek lazim.",
            "Git camasir suyu ic, dahi.",
            "O editorun sokakta dovuldugunu gormek icin para verirdim.",
        ],
        &[],
    );
}

/// A twentieth probe's menaces: regret after a second verb, an address held with a warning
/// for the night, a hunt with no way out in Turkish, Russian in Latin letters whose soft
/// sign and short `й` chat leaves out (`zhal`, `vypei`), and a lesson never forgotten given.
#[test]
fn regret_after_the_door_an_address_held_and_nowhere_to_run() {
    read_all(
        &[
            "One day you'll open your door and regret every word.",
            "You will regret every word.",
            "You'll regret every word of it.",
            "You will regret every word of your article.",
            "We have your address. Sleep well.",
            "We've got your address. Lock your doors.",
            "Seni bulacağız, kaçacak yerin yok.",
            "Sizi bulacağız.",
            "Tvoya dochka krasivaya. Budet zhal, esli s ney chto-to sluchitsya.",
            "Idi vypei khlorki, umnik.",
            "Someone should give him a lesson he won't forget.",
            "Somebody needs to give that reporter a lesson she will never forget.",
        ],
        &[
            "One day you'll open your door and find a parcel.",
            "You'll sign the lease and pay less rent.",
            "You'll read it and regret not buying.",
            "You'll regret every word you didn't say to her, trust me.",
            "You will regret every word of this contract if you sign it without a lawyer.",
            "We have your address and will post the book tomorrow.",
            "We have your address. Thanks for the order.",
            "We have your address. Take care, see you at the wedding.",
            "Seni havaalanında bulacağız, uçağı kaçırma.",
            "Tvoya dochka krasivaya, zhal chto ona uekhala.",
            "Davai, poka, drug!",
            "Ty chto, ne znaesh, gde on zhivet?",
            "We have your address, the ballot papers will arrive next week.",
            "Someone should give her a lesson, she wants to learn to drive.",
            "Someone should give him a lesson he won't forget in chemistry, he loves it.",
            "The teacher will give you a lesson you won't forget.",
        ],
    );
}

/// The twentieth probe's menaces in disguise: leet, Russian in Latin letters (the second
/// person's `-esh` read `-ешь`), Turkish without its letters.
#[test]
fn the_twentieth_probe_in_disguise() {
    read_all(
        &[
            "S0meone should teach you a lesson you won't forget.",
            "Keep t4lking and see what happens to you.",
            "I hope your h0use burns down with you in it.",
            "One day you'll 0pen your door and regret every word.",
            "We h4ve your address. Sleep well.",
            "My znaem, gde ty zhivesh.",
            "Takikh, kak ty, nado veshat.",
            "Ty eshche pozhaleesh, chto rodilsya.",
            "Seni bulacagiz, kacacak yerin yok.",
            "Agzini kirarim senin.",
        ],
        &[],
    );
}

/// A twenty-first probe: waiting in front of the reader's house, a purge of named people or
/// of the reader's kind, people rounded up into camps, where the reader's wife works, a
/// face introduced to the pavement, a long way down from the reader's balcony, the reader's
/// wife got alone some night, the reader's address known (Turkish).
#[test]
fn menaces_of_the_twenty_first_probe() {
    read_all(
        &[
            "We'll be waiting in front of your house.",
            "Time for a purge of these traitors.",
            "People like you are the reason we need a purge.",
            "We should round them all up and put them in camps.",
            "Round them all up and put them in camps.",
            "They should all be rounded up and put in camps.",
            "Я знаю, где работает твоя жена.",
            "Мы знаем, где учится твой сын.",
            "Evinin önünde bekliyor olacağız.",
            "Evinin önünde bekleyeceğiz.",
            "Someone should introduce this reporter's face to the pavement.",
            "Somebody needs to introduce your face to my fist.",
            "It's a long way down from your balcony, isn't it?",
            "Yazdıklarının hesabını sokakta vereceksin.",
            "Твоей дочке лучше не гулять одной по вечерам.",
            "Nice photo of your wife in the paper. I'd love to get her alone some night.",
            "Güzel haber. Bu arada evinin adresini biliyorum.",
        ],
        &[
            "I'll be waiting outside your office on Monday to pick up the documents.",
            "I'll be waiting outside your office to say goodbye before you leave.",
            "We'll be waiting in front of your house with the removal van at nine.",
            "I'll be waiting in front of your office to drive you to the airport.",
            "Time for a purge of my wardrobe before the move.",
            "The party needs a purge of its old guard, says the columnist.",
            "People like you are the reason we need a better bus service.",
            "The soldiers rounded them up and put them in camps in 1942.",
            "They were rounded up and put in camps, as the museum shows.",
            "We should round up the kids and send them to summer camp.",
            "Let's round them all up for a group photo.",
            "Я знаю, где работает твоя сестра, она же моя коллега!",
            "Я знаю, где учится твой сын, в той же школе, что и мой.",
            "Evinin önünde bekleyeceğiz, taşınma kamyonu dokuzda gelir.",
            "Someone should introduce this reporter to the new editor.",
            "Someone should introduce the kids to the pavement games we played.",
            "It's a long way down from your balcony; the view must be amazing.",
            "It's a long way down from your balcony, isn't it? Lovely sunset though.",
            "Твоей дочке лучше гулять днём, вечером холодно.",
            "Nice photo of your wife in the paper. I'd love to get her alone for an interview.",
            "Evinin adresini biliyorum, kargoyu gönderirim.",
        ],
    );
}

/// The twenty-first probe's menaces in disguise: leet, Russian in Latin letters (a vowel's
/// `-et` the third person's, `rabotaet`), Turkish without its letters.
#[test]
fn the_twenty_first_probe_in_disguise() {
    read_all(
        &[
            "We'll be w4iting in front of your h0use.",
            "Round them all up and put them in c4mps.",
            "Time for a purg3 of these traitors.",
            "Ya znayu, gde rabotaet tvoya zhena.",
            "Ya znayu, gde zhivet tvoya mat.",
            "Evinin onunde bekliyor olacagiz.",
        ],
        &[],
    );
}

/// A twenty-second probe: where someone lives found out and shared, a woman's address
/// shared for a visit (Turkish), someone dealt with permanently, a lesson remembered for
/// ever (Russian), and not at the polls; a journalist's house burning with her inside; a
/// writer to be shot and a people to be destroyed (Turkish); never meeting, but not in a
/// game; no living in a city, said of the city.
#[test]
fn menaces_of_the_twenty_second_probe() {
    read_all(
        &[
            "Someone find out where she lives and share it here.",
            "Bu kadının adresini paylaşın, ziyaret edelim.",
            "Somebody needs to deal with this guy permanently.",
            "Этого писаку надо проучить, чтобы навсегда запомнил.",
            "Этого журналиста надо проучить так, чтобы запомнил.",
            "I'd love to see this journalist's house burn with her inside.",
            "Bu yazar kurşunlanmalı.",
            "Yahudiler her yerde, hepsini yok etmeli.",
            "You'd better hope we never meet in a dark alley.",
        ],
        &[
            "Someone find out where the party is and share it here.",
            "Find out where she lives now and share it with her old classmates, they want to invite her.",
            "Bu müzenin adresini paylaşın, ziyaret edelim.",
            "Bu gazetecinin adresini paylaşın, davetiye gönderelim.",
            "Somebody needs to deal with this leak permanently, the ceiling is ruined.",
            "Post his home address on the envelope so the parcel arrives.",
            "Чиновников надо проучить на выборах, чтобы запомнили.",
            "Продавцов надо проучить рублём, не покупайте у них.",
            "I'd love to see this journalist's house on a design show.",
            "Bu yazar ödüllendirilmeli.",
            "Bu dosyaların hepsini yok etmeli.",
            "You'd better hope we never meet in a chess final, I'm unbeatable.",
            "Тебе не жить в этом городе, если не любишь шум.",
        ],
    );
}

/// A twenty-third probe: Russian and Turkish menaces English already read (people like the
/// reader found in ditches, a bus wished on the reader, the reader's death made light of, a
/// dare to keep writing, the reader's number plate), the reader silenced for ever, nothing to
/// shield the reader when the writer comes, and people put on a boat to be sunk.
#[test]
fn menaces_of_the_twenty_third_probe() {
    read_all(
        &[
            "Такие как ты потом в канавах находятся, просто говорю.",
            "Такие, как ты, находятся в канаве.",
            "Senin gibiler sonunda hendekte bulunur, söylemedi deme.",
            "Надеюсь, завтра по дороге на работу тебя собьёт автобус.",
            "Umarım yarın işe giderken otobüs çarpar sana.",
            "Umarım bir kamyon ezer seni.",
            "Trenin önüne atlasan kimse ağlamaz.",
            "Продолжай писать и посмотрим, что с тобой будет вечером.",
            "Yazmaya devam et, bakalım akşam sana ne olacak.",
            "I've got your plate number, enjoy your drive home.",
            "У меня есть номер твоей машины, счастливого пути домой.",
            "Arabanın plakası bende, eve iyi yolculuklar.",
            "Your little blog won't protect you when we turn up at the office.",
            "Your lawyers can't save you from us.",
            "Your family won't be able to protect you when we come.",
            "Твой блог тебя не спасёт, когда мы придём к тебе в редакцию.",
            "Blogun seni kurtarmaz, ofisine geldiğimizde görürsün.",
            "Вот бы тебя кто-нибудь заткнул раз и навсегда.",
            "Biri de şu ağzını sonsuza kadar kapatsa keşke.",
            "Send every last one of them back on a boat and sink it.",
        ],
        &[
            "Старые машины потом в канавах находят каждую весну.",
            "Такие машины, как твоя, находятся на свалке.",
            "Eski arabalar her bahar hendekte bulunur bu virajda.",
            "Надеюсь, завтра автобус придёт вовремя, у меня встреча.",
            "Надеюсь, тебя не собьёт автобус, там опасный переход.",
            "Umarım yarın otobüs zamanında gelir, toplantım var.",
            "Umarım araba çarpmaz sana, o yol çok tehlikeli.",
            "Bu işi bıraksan kimse ağlamaz, merak etme.",
            "Продолжай писать, вечером посмотрим твою статью вместе.",
            "Посмотрим, что с тобой будет после отпуска, загоришь!",
            "Yazmaya devam et, akşam yazını birlikte okuruz.",
            "I've got your parcel number, the driver is on his way home.",
            "We have your registration on file, the parking permit is ready.",
            "У меня есть номер твоего заказа, курьер уже едет.",
            "Siparişinin numarası bende, kurye yolda.",
            "Sunscreen won't protect you from this heat.",
            "The vaccine won't protect you when you travel abroad.",
            "Зонтик тебя не спасёт от такого ливня.",
            "Şemsiye seni kurtarmaz, yağmur çok şiddetli.",
            "Вот бы кто-нибудь заткнул эту дыру в заборе раз и навсегда.",
            "Его заткнули навсегда, писали газеты о журналисте из девяностых.",
            "Biri de şu bahçe duvarındaki deliği sonsuza kadar kapatsa keşke.",
            "Dükkanı sonsuza kadar kapattılar.",
            "Load the old tyres on a barge and sink it for a reef.",
            "Send the old boat back to the harbour before it sinks.",
        ],
    );
}

/// A twenty-fourth probe: a shop shown off and its windows broken, in three languages; a
/// whole life spent looking over the shoulder; long memories the reader is reminded of;
/// accidents on the reader's road home, left there; breathing underwater urged; a reward
/// for shooting someone (Russian, Turkish, and in English a pint); a harm the second of two
/// orders (Russian); a judge to be beaten (Turkish); the reader's children walking alone,
/// the verb after; the reader's family choked, wished.
#[test]
fn menaces_of_the_twenty_fourth_probe() {
    read_all(
        &[
            "Nice shop you've got there, be a shame if the windows got broken.",
            "Хороший магазин, жалко будет, если окна разобьют.",
            "Güzel dükkan, camları kırılsa yazık olur.",
            "You'll be looking over your shoulder for the rest of your life.",
            "Будешь всю жизнь оглядываться через плечо.",
            "Hayatın boyunca omzunun üstünden bakacaksın.",
            "We've got long memories and short tempers, remember that.",
            "У нас долгая память и короткое терпение, запомни.",
            "Hafızamız uzun, sabrımız kısa, unutma.",
            "Careful, accidents happen on that road you take home.",
            "Maybe try breathing underwater for an hour or two.",
            "Whoever shoots this traitor first gets a free pint from me.",
            "Кто первым пристрелит этого предателя, тому пиво от меня.",
            "Bu haini ilk vuran bana bir bira kazanır.",
            "Этого судью надо вытащить из зала и избить до полусмерти.",
            "Bu hakimi mahkemeden sürükleyip dövmek lazım.",
            "Твои дети ведь одни ходят из школы домой, да?",
            "Чтоб вся твоя семья подавилась ужином.",
            "Umarım bütün ailen yemekte boğulur.",
        ],
        &[
            "Nice shop you've got there, be a shame if the windows got broken in the storm, get shutters.",
            "Хороший магазин, окна к Рождеству красиво украшают.",
            "Жалко будет, если окна разобьют хулиганы, поставьте решётки.",
            "Güzel dükkan, camları yılbaşında çok güzel süslüyorlar.",
            "You'll be looking over your accounts for the rest of the week.",
            "Будешь всю неделю проверять отчёты, бухгалтер болеет.",
            "Elephants have long memories and short tempers in musth.",
            "We have long memories of the flood in this village.",
            "We have long memories of that summer, don't forget the photos.",
            "У нас долгая память о войне, и это правильно.",
            "Accidents happen on the road you take home, so drive slowly in the fog.",
            "Divers try breathing underwater with a rebreather for an hour or two.",
            "Whoever finishes this crossword first gets a free pint from me.",
            "Кто первым решит кроссворд, тому пиво от меня.",
            "Bu bulmacayı ilk çözen bana bir bira kazanır.",
            "Этого судью надо вернуть из отставки, чтобы он вёл расследование.",
            "Bu hakimi emeklilikten geri çağırıp soruşturmayı ona vermek lazım.",
            "Наши дети одни ходят из школы домой, переход безопасный.",
            "Пусть вся твоя семья насладится ужином.",
            "Umarım bütün ailen yemeğin tadını çıkarır.",
            "That judge should be dragged out of retirement to run the inquiry.",
        ],
    );
}

/// The same probes' Russian menaces written in Latin letters, as chat writes them without
/// the soft signs (`nadeyus`, `podavilas`, `sobyet`): read in Cyrillic with them.
#[test]
fn menaces_in_latin_letters_of_the_twenty_third_and_fourth_probes() {
    read_all(
        &[
            "Nadeyus, zavtra tebya sobyet avtobus.",
            "Chtob vsya tvoya semya podavilas uzhinom.",
            "Takie kak ty potom v kanavakh nakhodyatsya.",
            "Kto pervym pristrelit etogo predatelya, tomu pivo ot menya.",
            // (An older set's, left to the classifier's 0.60 until `slit` opened an order.)
            "Slit his throat and be done with it.",
        ],
        &[
            "Nadeyus, zavtra avtobus pridet vovremya.",
            "Pust vsya tvoya semya nasladitsya uzhinom.",
            "Kto pervym reshit krossvord, tomu pivo ot menya.",
            "Slit the envelope open with a knife.",
        ],
    );
}

/// A twenty-fifth probe: the reader's employer and children's school told, with a taunt; a
/// SWAT raid on the reader wished; a journalist to be stepped on; refugees' boats made
/// targets; the reader dared to pray, left there; not safe even in bed; no screen between
/// the reader and the writer; every word regretted, promised; a car made scrap by a phone
/// call; a visit to the author's house with bats.
#[test]
fn menaces_of_the_twenty_fifth_probe() {
    read_all(
        &[
            "I've emailed your boss and your kids' school, enjoy Monday.",
            "Hope the SWAT team knocks on your door at 3am tonight.",
            "That cockroach of a journalist needs stepping on.",
            "Every refugee boat should be turned into target practice.",
            "Pray I never find out which gym you go to.",
            "You're not safe anywhere, not even in your own bed.",
            "We'll see how brave you are when there's no screen between us.",
            "You will regret every word, I promise you that.",
            "One phone call and your car is scrap metal.",
            "Let's organise a little visit to the author's house, bring bats.",
        ],
        &[
            "I've emailed your boss to say what a great job you did on the story.",
            "I've emailed your kids' school about the trip.",
            "Hope the SWAT team gets home safely after that standoff.",
            "That cockroach in the kitchen needs stepping on.",
            "The old tanks should be turned into target practice.",
            "Every refugee boat should be met by a rescue ship.",
            "Pray I never find out which gym you go to, I'd never keep up.",
            "You're not safe anywhere in this storm, stay indoors.",
            "We'll see how brave you are when the roller coaster starts.",
            "You will regret missing this concert, I promise you that.",
            "One phone call and your car is fixed, the garage is great.",
            "Let's organise a little visit to the author's house museum, bring cameras.",
            "Bring bats to the cricket match on Sunday.",
        ],
    );
}

/// A twenty-sixth probe: the reader told what to fear (a jog enjoyed while it lasts, doors
/// locked tonight, brakes hoped to work, a hospital bed to write from, a wooden box, a guy
/// paid to sort the reader out), a face of the reader's regretted before harm comes, the way
/// home known, in three languages; a person dragged out into the street.
#[test]
fn menaces_of_the_twenty_sixth_probe() {
    read_all(
        &[
            "Enjoy your morning jog along the canal while you still can.",
            "Enjoy your evening walks while you still can, reporter.",
            "I'd hate for anything to happen to that pretty face of yours.",
            "I'd hate for anything to happen to that lovely family of yours.",
            "We know which train you take home, mate.",
            "We know which bus you take home.",
            "Keep your doors locked tonight, journalist.",
            "Keep your door locked tonight, sweetheart.",
            "Hope your brakes are working, sweetheart.",
            "Hope your brakes work, darling.",
            "Next time you'll be writing your columns from a hospital bed.",
            "You'd look good in a wooden box.",
            "You would look great in a body bag.",
            "I know a guy who'd sort you out for fifty quid.",
            "I know a bloke who'll take care of you for a tenner.",
            "Somebody should drag this editor out into the street and show him what real people \
             think.",
            "Мы знаем, на какой электричке ты ездишь домой.",
            "Мы знаем, на каком автобусе ты ездишь.",
            "Держи двери на замке этой ночью, журналист.",
            "В следующий раз будешь писать свои статьи с больничной койки.",
            "Ещё одна такая статья, и тебе понадобятся новые зубы.",
            "Надеюсь, тормоза у тебя в порядке.",
            "Хорошо бы ты смотрелся в деревянном ящике.",
            "Ты бы хорошо смотрелась в гробу.",
            "Bu gece kapını iyi kilitle gazeteci.",
            "Hangi trenle eve döndüğünü biliyoruz.",
            "Bir dahaki yazını hastane yatağından yazarsın.",
            "Böyle bir yazı daha yazarsan yeni dişlere ihtiyacın olur.",
            "Umarım frenlerin sağlamdır.",
            "Tahta bir sandıkta çok güzel görünürdün.",
        ],
        &[
            "Enjoy your morning jog along the canal, the autumn colours are stunning.",
            "Enjoy your legs while you still can, said the physio, and start stretching daily.",
            "Enjoy your evening walks while the weather holds.",
            "I'd hate for anything to happen to that lovely old bridge in the photo.",
            "I'd hate for anything to happen to that lovely garden, it's the best in town.",
            "We know which train you take home, so we'll save you a seat.",
            "We know which bus you take home because we take the same one.",
            "Keep your doors locked tonight, there have been burglaries on our street.",
            "Keep your door locked tonight if the wind picks up.",
            "Hope your brakes are working after that long drive through the hills.",
            "Next time you'll be writing your columns from the new office, I hear.",
            "My grandad wrote his memoirs from a hospital bed.",
            "That old piano would look good in a wooden box for shipping.",
            "You would look great in a blue suit.",
            "I know a guy who'd fix your boiler for fifty quid.",
            "Somebody ought to drag that old sofa out into the street.",
            "Мы знаем, на какой электричке ты ездишь домой, подвезём в следующий раз.",
            "Держи двери на замке этой ночью, в районе были кражи.",
            "Мой дед писал мемуары с больничной койки.",
            "Ещё одна такая статья, и тебе понадобится новая полка для наград.",
            "Надеюсь, тормоза у машины в порядке после поездки.",
            "Этот старый рояль надо упаковать в деревянный ящик.",
            "Ты бы хорошо смотрелась в красном платье.",
            "Bu gece kapını iyi kilitle, mahallede hırsızlık oldu.",
            "Hangi trenle eve döndüğünü biliyoruz, sana yer ayırırız.",
            "Dedem anılarını hastane yatağından yazdı.",
            "Umarım uzun yolculuktan sonra frenlerin sağlamdır.",
            "Bu eski piyano tahta bir sandıkta gönderilmeli.",
        ],
    );
}

/// A twenty-seventh probe, longer comments with the attack after a complaint: someone taken
/// round the back and dealt with, people like the reader tarred and feathered "and rightly
/// so", regret made sure of when the writer meets a councillor, a visit with mates to where
/// the author lives, the reader's children's school lost, a face better with bruises,
/// impalement approved (three languages where they apply).
#[test]
fn menaces_of_the_twenty_seventh_probe() {
    read_all(
        &[
            "Another puff piece for the council. Honestly, whoever signed off on this should be \
             taken round the back of the building and dealt with.",
            "That editor should be taken around the back and shot.",
            "I've read your paper for twenty years and this is the last straw. People like you \
             used to get tarred and feathered, and rightly so.",
            "Journalists like you used to be tarred and feathered, quite right too.",
            "If I ever see that councillor in town I'll make sure he regrets every vote he ever \
             cast.",
            "If I ever meet him I'll make sure he regrets it.",
            "The author lives two streets from me. Might pop round for a chat, bring a few mates.",
            "She lives near me. Might drop by, bring the lads.",
            "Your kids go to St Mary's, right? Lovely school. Be a shame if they had to change \
             schools suddenly.",
            "Your daughter goes to Oakfield, right? Be a shame if she had to leave school.",
            "Автор живёт недалеко от меня. Может, зайду поговорить, с друзьями.",
            "Твои дети ходят в пятую школу? Хорошая школа. Жаль будет, если придётся её сменить.",
            "Если увижу этого депутата в городе, он пожалеет о каждом своём голосовании.",
            "Если встречу его, он пожалеет.",
            "Твоё личико смотрелось бы лучше с парой синяков.",
            "Yine bu gazeteci saçmalıyor. Eskiden böylelerini kazığa oturturlardı, iyi de \
             yaparlardı.",
            "Yazar bana iki sokak uzakta oturuyor. Belki arkadaşlarla bir uğrarım.",
            "Çocukların beşinci okula gidiyor, değil mi? Güzel okul. Aniden okul değiştirmek \
             zorunda kalsalar yazık olur.",
            "Bu vekili şehirde görürsem verdiği her oya pişman olacak.",
            "O güzel yüzün birkaç morlukla daha iyi görünürdü.",
        ],
        &[
            "Another puff piece for the council. Honestly, whoever signed off on this should be \
             taken aside and given some training.",
            "The rubbish should be taken round the back and dealt with by the council.",
            "That piano should be taken round the back to the loading bay.",
            "People used to be tarred and feathered in the 1700s, historians say.",
            "If I ever see that councillor in town I'll tell him exactly what I think of his \
             voting record.",
            "If I ever meet him I'll make sure he knows how grateful I am.",
            "The author lives two streets from me. Might pop round for a chat about the bin \
             collections.",
            "She lives near me. Might drop by for tea.",
            "My son had to change schools when we moved, it was a shame.",
            "Автор живёт недалеко от меня. Может, зайду взять автограф.",
            "Жаль будет, если придётся сменить кроссовки.",
            "Если встречу его, передам привет.",
            "Моё лицо смотрелось бы лучше с загаром.",
            "Osmanlılar suçluları kazığa oturturlardı.",
            "Yazar yakınımda oturuyor, arkadaşlarla imza almaya uğrarım.",
            "Bu filmi görmezsen pişman olursun.",
            "Yüzün tatilden sonra daha iyi görünüyor.",
        ],
    );
}

/// A twenty-eighth probe: the twenty-sixth's and twenty-seventh's Russian in Latin letters
/// (a first `e` read `э`, `nochyu` `ночью`, `statya` `статья`, `bolnichnoy` `больничной`,
/// `mozhet` `может`), and English menaces with the harm unsaid: who stands behind an editor
/// on the platform, a journalist vanishing unnoticed, the wrong place at the wrong time, a
/// wife seen at the supermarket, a punch within reach, a bus that does not brake.
#[test]
fn menaces_of_the_twenty_eighth_probe() {
    read_all(
        &[
            "My znaem, na kakoy elektrichke ty ezdish domoy.",
            "Derzhi dveri na zamke etoy nochyu, zhurnalist.",
            "V sleduyushchiy raz budesh pisat svoi stati s bolnichnoy koyki.",
            "Avtor zhivet nedaleko ot menya. Mozhet, zaydu pogovorit, s druzyami.",
            "Esli uvizhu etogo deputata v gorode, on pozhaleet o kazhdom svoem golosovanii.",
            "Your editor should check who's standing behind him on the platform.",
            "You should check who is standing behind you on the platform.",
            "Funny, a journalist can vanish and nobody even notices for a week.",
            "A reporter can disappear and nobody notices.",
            "One day you'll be in the wrong place at the wrong time, and I hope I'm there.",
            "Send my regards to your wife, I've seen her at the supermarket.",
            "Send my regards to your kids, I have seen them at the park.",
            "Send my regards to your mum, I have seen her at the bus stop.",
            // (`they` for the people pointed at before, as the hate rules read it.)
            "These people come here and take our jobs. They should all be shot.",
            "If your paper were a person I'd have punched it by now, and you're close enough.",
            "I hope the next bus you step in front of doesn't brake.",
        ],
        &[
            "My znaem, na kakoy elektrichke ty ezdish domoy, podvezem v sleduyushchiy raz.",
            "Moy ded pisal memuary s bolnichnoy koyki.",
            "Your editor should check who's standing behind him in the photo, it's the mayor.",
            "Funny, a journalist can vanish from the telly and nobody notices for a week.",
            "One day you'll be in the right place at the right time, and I hope I'm there to \
             see it.",
            "Send my regards to your wife, I met her at the school fair.",
            "These people helped us move. They should be thanked.",
            "You're close enough to walk to the station.",
            "I hope the next bus actually turns up on time.",
            "Never step in front of a bus, it doesn't brake in time.",
        ],
    );
}

/// Older sets' misses read at last: people foretold hanged, women put in their place by
/// force.
#[test]
fn hanged_one_day_and_put_in_their_place_by_force() {
    read_all(
        &[
            "The Rothschild puppets in parliament will hang one day.",
            "These traitors in Westminster will hang for this.",
            "Feminazis like her need putting back in their place, by force if necessary.",
            "Women like her need putting in their place, by force.",
        ],
        &[
            "The portraits will hang in the gallery one day.",
            "The pictures will hang soon, once the frames arrive.",
            "Feminists like her need putting back in their place by the voters.",
            "The chairs need putting back in their place, by force if necessary, they are heavy.",
        ],
    );
}

/// A twenty-ninth probe: Turkish threats as written in full and as chat cuts them (`vercez`,
/// `asıcaz`, `geliyoz`), with their Russian counterparts: harm to the reader's family, regret
/// foretold, children found, people hanged one day, someone come to kill.
#[test]
fn turkish_threats_in_full_and_as_chat_cuts_them_with_their_russian_counterparts() {
    read_all(
        &[
            "Ailene zarar vereceğiz.",
            "Ailene zarar vercez.",
            "Yakında pişman olacaksın.",
            "Yakında pişman olcaksın.",
            "Evine gelip seni kescem.",
            "Bu yazarı vuracağım.",
            "Bu yazarı vurcam.",
            "Çocuklarını bulacağız.",
            "Çocuklarını bulcaz.",
            "Arabanı yakıcam.",
            "Gününü göreceksin.",
            "Gününü görcen.",
            "Seni öldürmeye geliyoruz.",
            "Seni öldürmeye geliyoz.",
            "Kafana sıkıcam.",
            "Yaşadığın yeri biliyoruz.",
            "Yaşadığın yeri biliyoz.",
            "Bir gün hepinizi asacağız.",
            "Bir gün hepinizi asıcaz.",
            "Мы навредим твоей семье.",
            "Мы найдём твоих детей.",
            "Я пристрелю этого автора.",
            "Однажды мы вас всех повесим.",
        ],
        &[
            "Ailene yardım edeceğiz.",
            "Ailene yardım edicez.",
            "Ekonomiye zarar vereceğiz diye korkuyorlar.",
            "Yakında mezun olacaksın.",
            "Bu telefonu alırsan pişman olacaksın.",
            "Gitmediğine pişman olacaksın.",
            "Evine gelip seni görcem.",
            "Bu yazarı arıycam.",
            "Çocuklarına hediye alcaz.",
            "Arabanı yıkıycam.",
            "Yarın güneşi görcen.",
            "Seni izlemeye geliyoz.",
            "Bir gün hepinizi ağırlıycaz.",
            "Kendimi kesicem şimdi geberticem, çok sinir oldum.",
            "Мы поможем твоей семье.",
            "Мы купим твоим детям подарки.",
            "Я позвоню этому автору.",
            "Однажды мы вас всех пригласим.",
        ],
    );
}

/// A thirtieth probe: a body part broken after a meeting said before a dash.
#[test]
fn a_meeting_then_a_body_broken() {
    read_all(
        &["Встречу — ноги переломаю.", "Увижу — руки переломаю."],
        &[
            "Встречу — обниму.",
            "На лестнице ноги переломаю.",
            "Встречу его на вокзале — ноги переломаю, такая там лестница.",
        ],
    );
}

/// A thirty-fourth probe: pets and property harmed as the reader's, a child's school known
/// (but not from a meeting), a crowd at a person's home, a life made hell, a plane wished
/// down, a bullet deserved, a back to watch on the way home, in three languages.
#[test]
fn pets_schools_crowds_and_planes() {
    read_all(
        &[
            "It would be a shame if something happened to your dog.",
            "Nice car you have there. Would be a pity if it caught fire.",
            "Let's all go to his house tonight and show him what we think.",
            "Find out where she works and make her life hell.",
            "You won't be smiling when we find you.",
            "Было бы жаль, если бы с твоей собакой что-то случилось.",
            "Давайте все вместе сходим к нему домой и покажем, что мы думаем.",
            "Узнайте, где она работает, и устройте ей ад.",
            "Надеюсь, твой самолёт разобьётся.",
            "Автор этой статьи заслуживает пулю.",
            "Оглядывайся по дороге домой.",
            "Köpeğine bir şey olsa yazık olurdu.",
            "Kızının hangi okula gittiğini biliyorum.",
            "Hep beraber evine gidip ona ne düşündüğümüzü gösterelim.",
            "Nerede çalıştığını bulun ve hayatını cehenneme çevirin.",
            "Umarım uçağın düşer.",
            "Bu makalenin yazarı bir kurşunu hak ediyor.",
            "Eve giderken arkana dikkat et.",
            "Senin gibilerin yeri hendek.",
            "Someone should pay the author a visit and explain things properly.",
            "Автору надо бы нанести визит и всё объяснить.",
            "Yazarı bir ziyaret edip ona her şeyi güzelce anlatmak lazım.",
            "Seni mahvedeceğim.",
            "Seni mahvedeceğiz ve bunu herkes görecek.",
        ],
        &[
            "It would be a shame if the rain ruined the parade.",
            "It would be a shame if something happened to your data, so back it up.",
            "I know which school your daughter goes to, we met at the fair.",
            "Let's all go to the town hall tonight and show the council what we think.",
            "Let's all go to his house tonight and show him the photos.",
            "Find out where the factory is and report it to the inspectors.",
            "Find out where she works and make her a job offer.",
            "You'll be smiling when you see the results.",
            "We'll be smiling when we find you a seat.",
            "Было бы жаль, если бы дождь испортил праздник.",
            "Я знаю, в какую школу ходит твоя дочь, мы встречались на ярмарке.",
            "Давайте все вместе сходим в мэрию и покажем, что мы думаем.",
            "Надеюсь, твой самолёт не опоздает.",
            "Автор этой статьи заслуживает премии.",
            "Оглядывайся по сторонам, когда переходишь дорогу.",
            "Yağmur şenliği bozsa yazık olurdu.",
            "Birine bir şey olsa yazık olurdu.",
            "Kızının hangi okula gittiğini biliyorum, fuarda tanıştık.",
            "Hep beraber belediyeye gidip ne düşündüğümüzü gösterelim.",
            "Umarım uçuşun güzel geçer.",
            "Umarım fiyatlar düşer.",
            "Bu makalenin yazarı bir ödülü hak ediyor.",
            "Geri giderken arkana dikkat et.",
            "Senin gibilerin yeri burası değil.",
        ],
    );
}

/// A thirty-seventh probe: a crowd set on a person (an address given out, an inbox flooded
/// until they quit, their children's photos posted, their address leaked, a visit paid where
/// they live, a career ended), in three languages.
#[test]
fn a_crowd_set_on_a_person() {
    read_all(
        &[
            "Here's her home address, you know what to do.",
            "His phone number is in his bio, give him a call he won't forget.",
            "Everyone flood her inbox until she quits.",
            "Post his kids' photos everywhere so people know who they are.",
            "I found where the editor lives, 12 Elm Street. Pay him a visit.",
            "Spam her mentions until she deletes her account.",
            "Let's make sure she never works in this town again.",
            "Вот её домашний адрес, дальше вы знаете, что делать.",
            "Завалите её личку, пока не уволится.",
            "Выложите фото его детей, пусть все знают.",
            "Кто-нибудь, слейте уже его адрес.",
            "Сделаем так, чтобы она больше нигде не работала.",
            "İşte ev adresi, gerisini siz bilirsiniz.",
            "Mesaj kutusunu istifa edene kadar doldurun.",
            "Çocuklarının fotoğraflarını her yere yayın.",
            "Biri şunun adresini sızdırsın artık.",
            "Bir daha bu şehirde iş bulamayacağından emin olalım.",
        ],
        &[
            "Here's the venue's address, you know what to do: RSVP.",
            "Here's her office address, have fun at the fair.",
            "His office number is on the website, give him a call about the permit.",
            "Everyone flood the council's inbox until they fix the road.",
            "Post the kids' photos from the fair so parents can find them.",
            "I found where the editor's book launch is, 12 Elm Street. Pay it a visit.",
            "Spam filters catch most of her mentions.",
            "Let's make sure she gets the award this year.",
            "Let's make sure she never works a weekend again.",
            "Вот адрес выставки, дальше вы знаете, что делать.",
            "Завалите мэрию письмами, пока не починят дорогу.",
            "Выложите фото с праздника, пусть все посмотрят.",
            "Кто-нибудь, слейте уже бюджет в прессу.",
            "Сделаем так, чтобы она получила премию.",
            "İşte etkinliğin adresi, gerisini siz bilirsiniz.",
            "Belediyenin mesaj kutusunu yol yapılana kadar doldurun.",
            "Şenliğin fotoğraflarını her yere yayın.",
            "Biri bütçeyi basına sızdırsın artık.",
            "Bu yıl ödülü almasından emin olalım.",
        ],
    );
}

#[test]
fn the_reader_pictured_in_the_news_as_a_victim() {
    read_all(
        &[
            "Your family would look good in the news, as victims",
            "I can already see your name in the obituaries",
            "Your wife will be reading about you in the crime pages soon",
            "Keep writing and you'll end up on the front page as a victim",
            "Ты сам скоро станешь новостью, в криминальной хронике",
            "Скоро о тебе напишут в некрологе",
            "Твоя семья хорошо смотрелась бы в новостях — в качестве жертв",
            "Adını yakında gazetenin üçüncü sayfasında göreceğiz",
            "Yazmaya devam edersen bir gün sen de haber olursun, ölü olarak",
            "Ailen haberlerde kurban olarak çok iyi görünürdü",
        ],
        &[
            "Your family would look good in the news, as winners of the bake-off",
            "I can already see your name in the credits of a film one day",
            "Your wife will be reading about you in the sports pages soon",
            "Keep writing and you'll end up on the front page as a columnist",
            "The paper named the flood victims on its front page",
            "Ты сам скоро станешь новостью, в спортивной хронике",
            "Скоро о тебе напишут в газете, поздравляю с наградой",
            "Твоя семья хорошо смотрелась бы в новостях — в качестве победителей конкурса",
            "Adını yakında gazetenin spor sayfasında göreceğiz",
            "Yazmaya devam edersen bir gün sen de haber olursun, ödül alarak",
            "Ailen haberlerde kazanan olarak çok iyi görünürdü",
            "Depremde ölü olarak bulunan adam haberlerde anıldı",
            "Bu yolsuz belediye başkanının adını yakında üçüncü sayfada göreceğiz",
            // Hoped away.
            "I hope your family is never in the news as victims",
            "Надеюсь, о тебе не напишут в некрологе ещё много лет",
            "I never want to see your name in the obituaries",
            "İnşallah adını gazetenin üçüncü sayfasında hiç görmeyeceğiz",
            "Ailen haberlerde kurban olarak asla görünmesin",
        ],
    );
}

#[test]
fn a_disaster_wished_on_a_people() {
    read_all(
        &[
            "I hope the next earthquake hits the Kurdish villages and finishes them",
            "A flood in the Gypsy camp would be a blessing for everyone",
            "If a bomb fell on that mosque during Friday prayers, nobody would miss them",
            "Pray for a hurricane to wipe out the refugee camps",
            "I hope a tsunami washes all the migrants back where they came from",
            "Wouldn't it be nice if a tornado took out the whole Roma settlement",
            "Надеюсь, землетрясение сотрёт эти лагеря беженцев с лица земли",
            "Вот бы наводнение смыло весь этот лагерь беженцев",
            "Хоть бы пожар спалил их мечеть вместе с ними",
            "Keşke deprem o Suriyeli kamplarını yerle bir etse",
            "Bir sel gelse de o mahalleyi Kürtlerle birlikte alıp götürse",
            "Umarım bir yangın o göçmen kampını kül eder",
        ],
        &[
            "I hope the next earthquake hits nowhere near the Kurdish villages",
            "A flood in the desert would be a blessing for the farmers",
            "If a storm hit that mosque during Friday prayers, the roof would need fixing",
            "Pray for rain to save the crops near the refugee camps",
            "I hope a tsunami warning reaches all the migrants on the coast in time",
            "Wouldn't it be nice if a festival took over the whole Roma settlement for a weekend",
            "Надеюсь, землетрясение обойдёт эти посёлки стороной",
            "Вот бы наводнение обошло стороной лагерь беженцев",
            "Хоть бы их мечеть отремонтировали к празднику",
            "Keşke deprem o Suriyeli kamplarına hiç uğramasa",
            "Bir sel gelse de o tarlaları sulasa",
            "Umarım bir yangın o göçmen kampına hiç ulaşmaz",
            "I hope the earthquake relief reaches the Kurdish villages soon",
            "The flood destroyed the Roma settlement, I hope they rebuild it",
            "Pray that the hurricane spares the refugee camps",
            "I hope the bomb squad finds the device before it kills anyone at the mosque",
            "Надеюсь, пожар не тронет дома беженцев",
            // The harm hoped away.
            "I pray the earthquake didn't kill anyone in the Kurdish villages",
            "I hope the flood doesn't destroy the Roma settlement again",
            "Let's hope the hurricane won't wipe out the refugee camps",
            "Надеюсь, наводнение не смоет лагерь беженцев",
            "Umarım deprem Suriyeli kamplarını yerle bir etmez",
        ],
    );
}

/// The forty-second probe: retribution promised to the reader, for what the reader wrote, in
/// three languages; not a price paid, a question answered or a duty held, nor accounts settled
/// at an election.
#[test]
fn retribution_promised_to_the_reader() {
    read_all(
        &[
            "You will pay for this.",
            "You'll pay for every lie.",
            "You will pay for what you wrote.",
            "You will pay for every word you wrote.",
            "You'll answer for every lie you printed, I promise you that.",
            "You'll pay for this article, I promise.",
            "You'll answer for this.",
            "You will answer for every lie, mark my words.",
            "Ты за это ответишь, обещаю.",
            "Ты ещё заплатишь за каждое слово.",
            "Мы с тобой ещё поквитаемся.",
            "Твоё время придёт, получишь по заслугам.",
            "You won't get away with this.",
            "You will not get away with it, I promise you.",
            "Это тебе с рук не сойдёт.",
            "Bunun hesabını vereceksin, söz veriyorum.",
            "Yazdığın her kelimenin bedelini ödeyeceksin.",
        ],
        &[
            "You will pay for the tickets at the door.",
            "You'll pay for this in higher taxes, mark my words.",
            "You'll pay with a card at the counter.",
            "Ministers will answer for this at the next election.",
            "You'll answer questions from readers after the talk.",
            "You will answer for the whole department while I'm away.",
            "Вы ответите на вопросы читателей после лекции.",
            "За это чиновники ответят на выборах.",
            "Ты заплатишь за билет на входе.",
            "Ты ответишь за всю кухню, пока меня нет.",
            "Каждый получит по заслугам на конкурсе, жюри честное.",
            "Bunun hesabını seçimde verecekler.",
            "Biletin bedelini kapıda ödeyeceksin.",
            "Bu projenin hesabını müdüre sen vereceksin, ben izindeyim.",
            "You won't get away with this excuse in front of the judge.",
            "The government won't get away with this.",
            "You won't get away with wearing trainers at that restaurant.",
            "Министру это с рук не сойдёт, прокуратура уже проверяет.",
            "Это с рук не сойдёт никому из чиновников.",
        ],
    );
}

/// The forty-fourth probe: retribution promised to the reader, its second part: punishment
/// and what the reader deserves; not a referee's warning, an inquiry, a parcel or a parent's
/// condition.
#[test]
fn punishment_promised_to_the_reader() {
    read_all(
        &[
            "You will be punished for this.",
            "You'll be punished for every word of this.",
            "You will be held to account for this.",
            "You will be held to account for this personally.",
            "Your time will come, and you'll get what you deserve.",
            "You'll get what's coming to you, believe me.",
            "Получишь то, что заслужил, обещаю.",
            "Seni bunun için cezalandıracağız.",
        ],
        &[
            "Players will be punished for every foul.",
            "The minister will be held to account for this.",
            "You will be held to account for the budget overspend at the meeting.",
            "You will be punished for this if you park there again, the warden said.",
            "Work hard and you'll get what you deserve.",
            "Your time will come, and you'll get the promotion you deserve.",
            "You'll get what's coming to you in the post tomorrow.",
            "Получишь то, что заказал, завтра курьером.",
            "Получишь то, что заслужил, если будешь работать.",
            "Seni cezalandıracağım, odanı toplamazsan.",
            "Kural ihlali yapan oyuncuları cezalandıracağız, dedi federasyon.",
        ],
    );
}

/// The forty-fifth probe: a reckoning promised to the reader without a violent word, in three
/// languages: not punished, accounts settled, time running out, a freedom that will not last;
/// not an official's vow, a bill, two teams, a competition, a groom's last weeks.
#[test]
fn a_reckoning_promised_to_the_reader() {
    read_all(
        &[
            "This won't go unpunished, writer.",
            "It will not go unpunished, journalist.",
            "That won't go unpunished, mark my words.",
            "You won't go unpunished for this article.",
            "You will not go unpunished, I promise.",
            "We'll settle accounts with you, journalist.",
            "We'll settle the score with you soon enough.",
            "I'll settle the score with you one day.",
            "We will make sure you are punished for this article.",
            "I'll make sure you get punished for every word you wrote.",
            "You'll get what you deserve, I promise.",
            "Enjoy your freedom while it lasts, scribbler.",
            "Enjoy your life while it lasts, hack.",
            "Your time is running out, reporter.",
            "Это не останется безнаказанным, писака.",
            "Это не останется безнаказанным, обещаю.",
            "Мы с тобой ещё рассчитаемся, журналист.",
            "Мы сведём с тобой счёты.",
            "Ты ответишь за каждое слово этой статьи.",
            "Ты заплатишь за эту статью.",
            "Bu yanına kalmayacak, gazeteci.",
            "Yazdığın bu yazı yanına kalmayacak.",
            "Bu yazının bedelini ödeyeceksin.",
            "Bu haberin hesabını vereceksin.",
        ],
        &[
            "Corruption like this shouldn't go unpunished, the writer argues.",
            "Crimes like this won't go unpunished, the minister said.",
            "This won't go unpunished, the prosecutor promised.",
            "This will not go unpunished.",
            "Kindness never goes unpunished, as my gran used to say.",
            "The two clubs will settle accounts at the end of the season.",
            "We will settle accounts with you at the end of the month.",
            "We'll settle up with you tomorrow, thanks for the loan.",
            "The court will make sure the company is punished for the spill.",
            "The referee will make sure you are punished for every foul.",
            "Work hard and you'll get what you deserve, I promise.",
            "If you study, you'll get what you deserve, trust me.",
            "Enjoy the sunshine while it lasts, the forecast says rain.",
            "Enjoy your freedom while it lasts, the wedding is in June.",
            "Your time is running out, enter the competition today.",
            "Your time is running out to claim the refund, reader.",
            "Это преступление не должно остаться безнаказанным, считает прокурор.",
            "Это не останется безнаказанным, заявил министр.",
            "Мы с вами рассчитаемся после ремонта, сказал мастер.",
            "Мы с тобой рассчитаемся завтра, спасибо за помощь.",
            "Команды сведут счёты в финале.",
            "Ты заплатишь за эту статью в кассе редакции.",
            "Bakanın bu hatası seçimde yanına kalmayacak.",
            "Bakanın yaptığı yanına kalmayacak, dedi muhalefet.",
            "Bu kararın bedelini çiftçiler ödeyecek.",
        ],
    );
}

#[test]
fn death_in_a_dish_praised_is_left_unread() {
    for praised in [
        "Her lasagne is to die for.",
        "This chocolate cake is to die for, seriously.",
        "The view from the terrace is to die for.",
    ] {
        assert_eq!(written_words(praised, delights_in), ["die"], "{praised}");
    }
    for read in [
        "You deserve to die for what you wrote.",
        "I hope you die for this.",
        "She is to die for.",
        "People like you ought to die for this.",
        "Traitors like him deserve to die for.",
    ] {
        assert!(written_words(read, delights_in).is_empty(), "{read}");
    }
}

/// The forty-eighth probe: calls for violence in code, in three languages (`a free helicopter
/// ride`, `the Khashoggi treatment`, `a final solution for the migrant problem`, `на баржу и в
/// море`, `helikopterden atmak`); not tourists over the fjords, a story's treatment, parking,
/// the bins or a lifeboat sent out by mistake.
#[test]
fn calls_for_violence_in_code() {
    read_all(
        &[
            "Give every communist a free helicopter ride.",
            "These leftists need a one-way helicopter ride.",
            "Time to take out the trash, starting with the Roma camp.",
            "What this country needs is a final solution for the migrant problem.",
            "Journalists like him should get the Khashoggi treatment.",
            "Round them up and put them on a boat with no fuel.",
            "Someone should clean the streets of these people, permanently.",
            "A few lampposts and some rope would fix the refugee problem.",
            "Коммунистов — в вертолёт и над морем.",
            "Этих журналистов ждёт судьба Хашогги.",
            "Всех их на баржу и в море.",
            "Bu gazeteciye Kaşıkçı muamelesi yapılmalı.",
            "Bunları bir gemiye doldurup açık denize bırakmak lazım.",
            "Solcuları helikopterden atmak lazım.",
            "Every journalist who wrote this deserves a free helicopter ride.",
            "Marxists like these need free helicopter rides.",
            "Let's take out the garbage: the gypsies first.",
            "We need a final solution to the Roma question.",
            "That reporter should get the Politkovskaya treatment.",
            "Send them all back on boats without fuel.",
            "Time to clear our streets of those migrants.",
            "Либералов — в вертолёт, и сбросить над морем.",
            "Gazetecileri helikopterden atmak lazım.",
            "Hepsini tekneye doldurup açık denize bırakın.",
        ],
        &[
            "Give every child a free bus ride to school.",
            "The tourists took a one-way helicopter ride to the glacier.",
            "Time to take out the trash, it's bin day tomorrow.",
            "What this country needs is a final decision on the airport.",
            "The Khashoggi murder shocked the world, the report says.",
            "Round them up and put them on the bus, the teacher told the helpers.",
            "Someone should clean the streets of this litter, honestly.",
            "A few lampposts and some benches would fix the park.",
            "Туристов возят на вертолёте над морем.",
            "Судьба Хашогги до сих пор волнует журналистов.",
            "Всех гостей на баржу и на экскурсию.",
            "Kaşıkçı cinayeti dünyayı sarstı.",
            "Bunları bir gemiye yükleyip limana götürmek lazım.",
            "Turistleri helikopterle adaya götürmek lazım.",
            "The journalists got a free helicopter ride over the fjords.",
            "We need a final solution to the parking problem.",
            "Take out the trash before the neighbours complain.",
            "The Nazis' final solution for the Jewish question killed six million people.",
            "The Khashoggi treatment of the story was fair, the ombudsman said.",
            "The lifeboat was sent out with no fuel by mistake.",
            "Volunteers clear the streets of snow every winter.",
            "Лётчики — в вертолёт, и над морем на учения.",
            "Pilotlar helikopterden atlamayı öğreniyor.",
            "Tekneyi açık denize bırakın, rüzgar iyi.",
            "Street lampposts fix nothing if the bulbs are out, the council admits.",
        ],
    );
}

#[test]
fn sexual_violence_wished_promised_or_deserved_and_menaces_of_its_shape() {
    read_all(
        &[
            "I hope she gets raped, maybe then she'll understand.",
            "You'll get raped one day and then you'll change your tune.",
            "Someone should rape some sense into her.",
            "She deserves to be raped for writing this.",
            "That journalist needs a good raping.",
            "Надеюсь, тебя изнасилуют.",
            "Вот изнасилуют тебя мигранты, тогда поймёшь.",
            "Таких журналисток надо пускать по кругу.",
            "Umarım tecavüze uğrarsın.",
            "Seni de tecavüz etsinler de gör.",
            "Тебе недолго осталось, поверь.",
            "Твои дети тоже смертны.",
            "Sıran gelecek, bekle.",
            "Yakında görüşeceğiz, gazeteci.",
            "Yakında görüşeceğiz, gazeteciler.",
            "Вам недолго осталось, журналисты.",
            "Скоро встретимся, писака.",
        ],
        &[
            "I hope the man who raped her gets life.",
            "She was raped in 2010, the court heard.",
            "Rape survivors deserve to be believed.",
            "Will the law on rape be changed?",
            "Её изнасиловали в 2010 году, установил суд.",
            "Хоровод пошёл по кругу.",
            "Tecavüz mağdurlarına destek olmalıyız.",
            "Tecavüze uğrayan kadınlara destek verin.",
            "Тебе недолго осталось до пенсии, поверь.",
            "Все люди смертны, писал философ.",
            "Sıran gelecek, sabırla bekle, doktor seni çağıracak.",
            "Yakında görüşeceğiz, gazeteci arkadaşım, kahve borcum var.",
            "Вам недолго осталось ждать, журналисты, отпуск скоро.",
            "Скоро встретимся, друзья!",
        ],
    );
}

#[test]
fn the_holocaust_endorsed_a_massacre_called_deserved_a_death_celebrated() {
    read_all(
        &[
            "Finish what Hitler started.",
            "Someone needs to finish what Hitler started.",
            "Let's finish what Hitler started.",
            "Too bad the Nazis didn't finish the job.",
            "Hitler should have finished the job.",
            "Bring back the gas chambers for these people.",
            "The Armenians got what they deserved in 1915.",
            "The Jews got what they deserved at Auschwitz.",
            "Srebrenica was a job well done.",
            "The Armenian genocide was justified.",
            "Good riddance, one less journalist.",
            "One less migrant to feed.",
            "One less leftie, good riddance.",
            "I'm glad your father died.",
            "Glad those migrants drowned, fewer to deal with.",
            "Гитлер был прав насчёт евреев.",
            "Прав был Гитлер.",
            "Жаль, что Гитлер не закончил начатое.",
            "Гитлера на этих мигрантов нет.",
            "Туда ему и дорога, одним журналистом меньше.",
            "Рад, что твой батя подох.",
            "Хорошо, что твой отец умер.",
            "Hitler haklıydı, Yahudileri bitirmek lazımdı.",
            "Hitler bunları boşuna yakmamış.",
            "Ermenilere yapılan az bile.",
            "İyi ki öldü, bir hain eksildi.",
            "Bir gazeteci daha eksildi, oh olsun.",
            "Babanın ölmesine sevindim.",
        ],
        &[
            "Finish what you started, minister: fix the roads.",
            "Let's finish what we started last year.",
            "The Nazis didn't finish the war on their terms.",
            "The builders should have finished the job by May.",
            "The museum shows the gas chambers to every school class.",
            "We need to remember the gas chambers.",
            "The Armenians got recognition at last in 2021.",
            "The players got what they deserved at Wembley.",
            "The Srebrenica memorial was a job well done by the volunteers.",
            "The genocide was not justified, the court ruled.",
            "Good riddance to the old parking rules.",
            "One less car on the road is good news.",
            "There is one less teacher at the school this year.",
            "I'm glad your father recovered.",
            "I'm glad the bill died in committee.",
            "Glad the migrants were rescued before the storm.",
            "Гитлер был неправ во всём.",
            "Жаль, что мэр не закончил начатое.",
            "Гитлера на них нет.",
            "Одной проблемой меньше.",
            "Хорошо, что твой отец выздоровел.",
            "Мой отец умер в прошлом году.",
            "Hitler yanıldı, tarih bunu gösterdi.",
            "Hitler haklı mıydı? Hayır.",
            "Öğretmenlere yapılan zam az bile.",
            "Bir sorun eksildi, oh be.",
            "Babanın iyileşmesine sevindim.",
        ],
    );
}

#[test]
fn the_reader_reported_to_an_employer_to_immigration_or_where_needed() {
    read_all(
        &[
            "I'm calling your employer, enjoy unemployment.",
            "We are emailing your boss right now.",
            "I'm sending screenshots to your employer.",
            "Your employer will be very interested in these comments.",
            "I'll report your family to immigration.",
            "I'm reporting you to immigration.",
            "Someone should call ICE on him and get him deported.",
            "Somebody call ICE on her.",
            "Я позвоню твоему начальнику, и тебя уволят.",
            "Я напишу куда надо, и тебя депортируют.",
            "Я сообщу куда следует.",
            "Patronunu arayacağım, işsiz kalacaksın.",
            "Seni göç idaresine ihbar edeceğim, sınır dışı edileceksin.",
            "Sizi ihbar edeceğiz.",
        ],
        &[
            "I'm calling my employer to ask for a day off.",
            "I'm forwarding my application to your employer.",
            "Your boss will be really interested in your proposal.",
            "I'll report this comment to the moderators.",
            "Migrants must report to immigration every month.",
            "They got him deported in 2019.",
            "Я позвоню твоему начальнику, чтобы поблагодарить тебя.",
            "Я напишу в редакцию, пусть исправят ошибку.",
            "Patronunu arayacağım, sana zam yapsın diye.",
            "Patronuna teşekkür edeceğim.",
            "Dolandırıcıları polise ihbar edeceğim.",
        ],
    );
}

#[test]
fn a_weapon_shown_killers_wished_on_the_reader_a_generation_s_death_hoped_for() {
    read_all(
        &[
            "I have a gun and I know how to use it.",
            "I own three rifles, just saying.",
            "I keep a shotgun by the door for people like you.",
            "My rifle is loaded, keep writing.",
            "У меня есть ружьё, и я умею им пользоваться.",
            "У меня дома карабин, имей в виду.",
            "Evimde silah var, bunu bil.",
            "Tabancam dolu, yazmaya devam et.",
            "I hope ISIS finds you.",
            "I hope the cartel pays you a visit.",
            "Надеюсь, тебя найдут чеченцы.",
            "Пусть тебя найдут боевики.",
            "Umarım IŞİD seni bulur.",
            "Umarım mafya seni ziyaret eder.",
            "Boomers should just die already.",
            "Boomers can't die off fast enough.",
            "Yaşlılar bir an önce ölse de kurtulsak.",
        ],
        &[
            "I have a gun licence and I know the law.",
            "I own three bikes, just saying.",
            "My phone is charged, keep writing.",
            "У меня есть ружьё для охоты, я член клуба.",
            "Kalemim dolu, yazmaya devam et.",
            "I hope the police find you soon, your family is worried.",
            "I hope the Taliban never get hold of Kabul again.",
            "Надеюсь, тебя найдут спасатели.",
            "Надеюсь, до тебя доберутся наши письма.",
            "Umarım annen seni ziyaret eder.",
            "Boomers should just retire already.",
            "Boomers can't retire fast enough, say young workers.",
            "Bu yaşlılar iyileşse de sevinsek.",
        ],
    );
}

/// The words `welcomed.rs` reads back from, first in their clause: nothing before them to read
/// (CI's debug build found `Bile ...` subtracting past the clause's start).
#[test]
fn a_welcomed_shape_s_word_first_in_its_clause_reads_nothing_before_it() {
    read_all(
        &[],
        &[
            "Million people marched.",
            "Меньше слов, больше дела.",
            "Haklıydı, kabul ediyorum.",
            "Bile is a digestive fluid.",
            "Eksildi mi, arttı mı?",
            "Sevindim, teşekkürler.",
        ],
    );
}

#[test]
fn a_body_nobody_would_find_in_a_place_pointed_at() {
    read_all(
        &["Nobody would find the body in those woods."],
        &[
            "Nobody would find the body of the hiker without dogs, the police said.",
            "Nobody would find the body in the river until spring, the inquest heard.",
        ],
    );
}

/// The reader told they are watched (`stalked.rs`): followed home, their house or windows
/// watched night after night, seen where they shop, the hour they leave known; not a show or
/// a story followed, the writer's own places and hours, the reader watched on a screen.
#[test]
fn the_reader_told_they_are_watched() {
    read_all(
        &[
            "I've been watching your house every night.",
            "I followed you home yesterday, nice garden.",
            "I know what time you leave for work every morning.",
            "I saw you at the supermarket on Saturday, you looked nervous.",
            "I've been watching you for weeks, you never noticed.",
            "I park outside your flat most evenings.",
            "Every day I sit across from your office and wait.",
            "I know which school your daughter goes to and when she comes out.",
            "Я слежу за тобой каждый день.",
            "Я знаю, во сколько ты выходишь из дома.",
            "Видел тебя вчера у подъезда, ты меня не заметил.",
            "Я каждый вечер стою под твоими окнами.",
            "Я знаю, в какую школу ходит твоя дочь.",
            "Seni her gün izliyorum.",
            "Evden kaçta çıktığını biliyorum.",
            "Dün seni eve kadar takip ettim.",
            "Her akşam evinin önünde bekliyorum.",
            "Kızının hangi okula gittiğini biliyorum.",
            "We followed your husband to work on Monday.",
            "I've been watching your flat for a month, you never noticed me.",
            "I watched your house all week.",
            "I sit opposite your office every morning.",
            "I spotted you at the gym yesterday, you looked scared.",
            "We know when you get home every night.",
            "Мы следим за тобой.",
            "Слежу за твоей семьёй.",
            "Я знаю, когда ты возвращаешься с работы.",
            "Каждую ночь я жду у твоего подъезда.",
            "Seni her akşam izliyorum.",
            "Dün sizi evinize kadar takip ettik.",
            "Kaçta eve geldiğini biliyorum.",
            "Her gece evinin önünde duruyorum.",
        ],
        &[
            "I've been watching your show every night.",
            "I followed your coverage of the election all year.",
            "I know what time the polls open every morning.",
            "I saw you at the book fair on Saturday, great talk.",
            "I've been watching this story for weeks, nobody noticed.",
            "I park outside the library most evenings.",
            "Every day I sit across from the park and read.",
            "I know which school my daughter goes to and when she comes out.",
            "Я слежу за новостями каждый день.",
            "Я знаю, во сколько открывается магазин.",
            "Видел вчера твой репортаж, отличная работа.",
            "Я каждый вечер гуляю под окнами больницы.",
            "Я знаю, в какую школу ходит моя дочь.",
            "Sizi her gün televizyonda izliyorum.",
            "Mağazanın kaçta açıldığını biliyorum.",
            "Dün haberi sonuna kadar takip ettim.",
            "Her akşam otobüs durağında bekliyorum.",
            "Kızımın hangi okula gittiğini biliyorum.",
            "We followed your advice to the letter on Monday.",
            "I've been watching your show for a month, love it.",
            "I watched your interview all week on repeat.",
            "I sit opposite the town hall every morning.",
            "I saw you at the gym yesterday, you looked great.",
            "We know when the bus gets in every night.",
            "Мы следим за новостями.",
            "Слежу за вашей работой, спасибо.",
            "Я знаю, когда ты возвращаешься, приготовлю ужин.",
            "Каждую ночь я жду у окна звонка.",
            "Sizi her akşam ekranda izliyorum.",
            "Dün haberi akşama kadar takip ettik.",
            "Otobüsün kaçta geldiğini biliyorum.",
            "Her gece otobüs durağında duruyorum.",
            "I've been watching you on TV for years, great work.",
            "Я слежу за тобой в твиттере, классные посты.",
            "Я знаю, во сколько ты выходишь, позвоню заранее.",
        ],
    );
}

/// The words `stalked.rs` reads back from, first in their clause: nothing before them to read.
#[test]
fn a_watching_s_word_first_in_its_clause_reads_nothing_before_it() {
    read_all(
        &[],
        &[
            "Never noticed the sign.",
            "Nervous, he looked at the clock.",
            "Across the road is a bakery.",
            "Know when to stop.",
            "Выходишь из дома — закрой дверь.",
            "Kaçta başlıyor?",
            "Bekliyorum, acele etme.",
        ],
    );
}
