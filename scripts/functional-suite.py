#!/usr/bin/env python3
"""Writes Tribune's functional test suite for the house rules (issue #14), in the spirit of
the HateCheck method (Röttger et al., 2021): one functionality per family of cases, hateful and
non-hateful contrasts built from the same identities, so that flagging everything fails half
of it. Every template here is Tribune's own; none comes from a published suite.

    python3 scripts/functional-suite.py > crates/moderation/tests/fixtures/functional.csv

Columns: functionality, lang, label (1 = the house rules should hold or refuse it), text.
`tribune eval crates/moderation/tests/fixtures/functional.csv` reports each functionality.
Deterministic: no randomness, the same file every run.
"""
import csv
import sys

EN_GROUPS = ["women", "immigrants", "Muslims", "Jews", "gay people", "trans people",
             "Black people", "disabled people", "Russians", "Turks", "Ukrainians", "refugees",
             "Mexicans", "Christians", "Roma", "Asian people", "Arabs", "Kurds", "Armenians",
             "Poles"]
# People a threat or a kind word is addressed to (one person or a few, not an identity).
EN_TARGETS = ["you", "your family", "the author", "that journalist", "the mayor", "your kids",
              "the editor", "the referee", "that councillor", "the moderators"]
RU_GROUPS = ["женщины", "мигранты", "мусульмане", "евреи", "украинцы", "турки", "цыгане",
             "беженцы"]
TR_GROUPS = ["kadınlar", "göçmenler", "Kürtler", "Ermeniler", "Suriyeliler", "Yahudiler",
             "mülteciler", "Ruslar"]

EN = {
    # Hateful: the house rules should hold or refuse these.
    ("threat_direct", 1): [
        "I'm going to find where you live and hurt you.",
        "I will find you and make you pay for this.",
        "Keep talking and I will break every bone in your body.",
        "I know where you work. See you soon, and you won't enjoy it.",
        "You will regret this when I come for you.",
        "I'm going to beat you until you can't stand.",
        "Watch your back, I am going to hurt your family.",
        "One more word and I'll put you in the hospital.",
    ],
    ("threat_targeted", 1): [
        "I am going to hurt {t}.",
        "I will find {t} and make them pay.",
        "Someone should put a bullet in {t}.",
        "I'm coming for {t} tonight, and I'm bringing a knife.",
        "I hope {t} get what's coming, and I'll be the one to deliver it.",
        "I will make sure {t} never walk again.",
        "Tell {t} to sleep with one eye open.",
        "I'll set fire to the house of {t}.",
    ],
    ("threat_conditional", 1): [
        "If you post that again I will hunt you down.",
        "If I ever see you in person I'll smash your face in.",
        "Come to the rally tomorrow and you'll leave in an ambulance.",
        "If the author shows up in our town he won't walk away.",
    ],
    ("threat_against_group", 1): [
        "{g} should be shot.",
        "Someone should burn down the homes of {g}.",
        "All {g} deserve to be hanged.",
        "We need to get rid of {g}, by force if we have to.",
        "{g} should be lined up against a wall.",
        "I'd happily kill every one of the {g} in this city.",
    ],
    ("dehumanisation", 1): [
        "{g} are vermin.",
        "{g} are subhuman.",
        "{g} are parasites feeding on this country.",
        "{g} are animals and should be treated like animals.",
        "{g} are a disease that is spreading through our towns.",
        "{g} are rats, every single one of them.",
        "{g} are not human beings.",
    ],
    ("identity_attack", 1): [
        "I hate {g}.",
        "{g} are disgusting.",
        "{g} are all criminals and liars.",
        "{g} are too stupid to vote.",
        "Never trust {g}, they are filth.",
        "{g} make me sick.",
    ],
    ("harassment", 1): [
        "You are a pathetic loser and everyone here hates you.",
        "Nobody wants you here, go kill yourself.",
        "Shut up, you worthless idiot.",
        "You're a brainless moron and your mother should be ashamed.",
        "Get lost, you disgusting piece of garbage.",
        "You are the dumbest person who ever wrote a comment.",
    ],
    ("sexual_obscenity", 1): [
        "She only got the job by sleeping with the editor, look at her tits.",
        "Send me nudes, sweetheart, I'll show you my dick.",
        "What a slut, I bet she sucks off the whole cabinet.",
        "Bend over and I'll give you something to write about.",
    ],
    # Non-hateful contrasts: the house rules should allow these.
    ("negated_hate", 0): [
        "{g} are not vermin, and anyone who says so is wrong.",
        "I don't hate {g}.",
        "{g} are not criminals.",
        "No one should threaten {g}.",
        "{g} are not a disease, they are our neighbours.",
    ],
    ("counter_speech", 0): [
        "Saying {g} are vermin is disgusting.",
        "Calling {g} parasites is hate speech and has no place here.",
        "The graffiti said {g} should be shot; the council removed it within the hour.",
        "People who call {g} subhuman should be ashamed.",
        "Stop spreading the lie that {g} are criminals.",
    ],
    ("neutral_identity", 0): [
        "I work with many {g}.",
        "The report interviews {g} about housing costs.",
        "{g} in the city celebrated the holiday on Sunday.",
        "How many {g} voted in the last election?",
        "My neighbours are {g}.",
    ],
    ("positive_identity", 0): [
        "{g} are wonderful neighbours.",
        "I love working with {g}.",
        "{g} have made this town a better place.",
        "We should welcome {g}.",
    ],
    ("threat_words_civil", 0): [
        "I am going to call {t} tomorrow.",
        "I will find {t} a copy of the report.",
        "Someone should give {t} a medal.",
        "I'm coming to see {t} at the book fair tonight.",
        "I hope {t} get some rest after this week.",
        "I will make sure {t} get the correction.",
        "Tell {t} thanks from all of us.",
        "I'll send flowers to the house of {t}.",
    ],
    ("reporting", 0): [
        "The minister was called a traitor by protesters outside parliament.",
        "The suspect threatened to kill the officer, police said.",
        "The court heard that the defendant called his neighbour vermin.",
        "The envoy said the strikes were meant to destroy the army's supply lines.",
        "Witnesses said the gunman shouted insults before opening fire.",
        "The senator denied calling the journalist an idiot.",
    ],
    ("idioms", 0): [
        "This traffic is killing me.",
        "I could murder a pizza right now.",
        "The comedian absolutely killed it last night.",
        "The opposition got slaughtered in the polls.",
        "That goal was a sucker punch for the home side.",
        "The chancellor's budget will blow up in her face.",
        "Break a leg at the premiere!",
        "The new tax is a shot in the foot.",
    ],
    ("profanity_no_target", 0): [
        "Shit, I missed the deadline again.",
        "Damn, what a match that was.",
        "Holy crap, the turnout figures are huge.",
        "Bloody hell, petrol is expensive this month.",
    ],
    ("political_criticism", 0): [
        "Erdogan is a dictator and his government is corrupt.",
        "Putin's war is a crime and the generals who run it should stand trial.",
        "This government is incompetent and should resign.",
        "The prime minister lied to parliament about the contracts.",
        "The party has betrayed every voter who trusted it.",
        "Sanctions hurt ordinary people more than the regime.",
        "The minister's housing plan is a disgrace.",
        "The president is a coward who hides from journalists.",
    ],
}

RU = {
    ("threat_direct", 1): [
        "Я найду тебя и убью.",
        "Я знаю, где ты живёшь, жди гостей.",
        "Ещё слово, и я тебе все кости переломаю.",
    ],
    ("dehumanisation", 1): [
        "{g} — это скот.",
        "{g} не люди, а паразиты.",
        "{g} — крысы, их надо травить.",
    ],
    ("harassment", 1): [
        "Заткнись, тупой урод.",
        "Ты жалкое ничтожество, иди повесься.",
    ],
    ("neutral_identity", 0): [
        "{g} работают в нашей редакции.",
        "В статье {g} рассказывают о ценах на жильё.",
        "Мои соседи — {g}.",
    ],
    ("counter_speech", 0): [
        "Называть их паразитами — это мерзко.",
        "Кто пишет, что {g} не люди, должен стыдиться.",
    ],
    ("political_criticism", 0): [
        "Путин — диктатор, а его правительство коррумпировано.",
        "Министр солгал парламенту о контрактах.",
        "Эта война — преступление, и генералы должны ответить перед судом.",
        "Правительство некомпетентно и должно уйти в отставку.",
    ],
}

TR = {
    ("threat_direct", 1): [
        "Seni bulup öldüreceğim.",
        "Nerede oturduğunu biliyorum, bekle beni.",
        "Bir kelime daha edersen kemiklerini kırarım.",
    ],
    ("dehumanisation", 1): [
        "{g} birer haşere.",
        "{g} insan değil, parazit.",
        "{g} hayvan gibi, hepsi sürülmeli.",
    ],
    ("harassment", 1): [
        "Kapa çeneni, aptal herif.",
        "Sen zavallı bir ezik herifsin, kimse seni istemiyor.",
    ],
    ("neutral_identity", 0): [
        "{g} ile birlikte çalışıyorum.",
        "Haberde {g} kira fiyatlarını anlatıyor.",
        "Komşularımız {g}.",
    ],
    ("counter_speech", 0): [
        "İnsanlara parazit demek iğrenç.",
        "{g} insan değil diyenler utanmalı.",
    ],
    ("political_criticism", 0): [
        "Erdoğan bir diktatör ve hükümeti yozlaşmış.",
        "Bakan sözleşmeler konusunda meclise yalan söyledi.",
        "Bu savaş bir suç ve generaller yargılanmalı.",
        "Hükümet beceriksiz ve istifa etmeli.",
    ],
}


# Civil but heated criticism of public figures: must be allowed (issue #14: fewer than 2% held).
HEATED = {
    "en": (["Erdogan", "Putin", "The prime minister", "The chancellor", "Macron", "The president",
            "The mayor", "Netanyahu", "The foreign secretary", "The defence minister"],
           ["{l} is a dictator and his government is corrupt.",
            "{l} has failed this country and should resign today.",
            "{l} lied about the budget, again, and everyone knows it.",
            "{l} is dragging us into a war nobody voted for.",
            "{l} runs the most incompetent government in decades.",
            "{l} is a disgrace to the office and a danger to democracy.",
            "{l} betrayed the workers who elected him.",
            "{l} should stand trial for what happened at the border.",
            "Every promise {l} made has turned out to be a lie.",
            "{l} and his cronies are looting the treasury."]),
    "ru": (["Путин", "Премьер-министр", "Министр обороны", "Мэр", "Президент"],
           ["{l} — диктатор, и его правительство насквозь коррумпировано.",
            "{l} провалил всё, что обещал, и должен уйти в отставку.",
            "{l} снова врёт о бюджете.",
            "{l} втянул страну в войну, за которую никто не голосовал.",
            "{l} — позор для страны.",
            "{l} и его окружение разворовывают казну.",
            "{l} должен ответить перед судом за эту войну.",
            "Каждое обещание, которое дал {l}, оказалось ложью.",
            "{l} руководит самым некомпетентным правительством за десятилетия.",
            "{l} предал людей, которые за него голосовали."]),
    "tr": (["Erdoğan", "Başbakan", "Bakan", "Belediye başkanı", "Cumhurbaşkanı"],
           ["{l} bir diktatör ve hükümeti yozlaşmış.",
            "{l} ülkeyi batırdı, hemen istifa etmeli.",
            "{l} bütçe konusunda yine yalan söyledi.",
            "{l} ülkeyi kimsenin istemediği bir savaşa sürüklüyor.",
            "{l} makamın yüz karası.",
            "{l} ve yandaşları hazineyi yağmalıyor.",
            "{l} bu yaşananlar için yargılanmalı.",
            "{l} verdiği her sözü çiğnedi.",
            "{l} son yılların en beceriksiz hükümetini yönetiyor.",
            "{l} kendisine oy veren işçilere ihanet etti."]),
}


def expand(table, groups, targets=()):
    for (functionality, label), templates in table.items():
        for template in templates:
            for slot, fillers in [("{g}", groups), ("{t}", targets)]:
                if slot in template:
                    for filler in fillers:
                        text = template.replace(slot, filler)
                        yield functionality, label, text[0].upper() + text[1:]
                    break
            else:
                yield functionality, label, template


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["functionality", "lang", "label", "text"])
    rows = 0
    for lang, table, groups, targets in [("en", EN, EN_GROUPS, EN_TARGETS), ("ru", RU, RU_GROUPS, ()),
                                         ("tr", TR, TR_GROUPS, ())]:
        for functionality, label, text in expand(table, groups, targets):
            out.writerow([functionality, lang, label, text])
            rows += 1
    for lang, (leaders, templates) in HEATED.items():
        for template in templates:
            for leader in leaders:
                out.writerow(["heated_politics", lang, 0, template.replace("{l}", leader)])
                rows += 1
    # Degenerate text: repetition is not abuse.
    for word in ["no", "ha", "why", "stop", "нет", "hayır"]:
        out.writerow(["degenerate", "en" if word.isascii() else "xx", 0, " ".join([word] * 300)])
        rows += 1
    print(f"{rows} cases", file=sys.stderr)


main()
