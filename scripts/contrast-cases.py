#!/usr/bin/env python3
"""Writes the contrast cases that `tribune train` adds to the labelled datasets (issue #14):
threats, calls for violence, dehumanisation, contempt for a group and menace without a violent
word, each beside civil sentences built from the same frames (the same subjects, tenses and
targets with a kind verb; neutral and positive mentions of the same identities; negations and
counter-speech); and swearing at nobody beside the same words aimed at a person. The datasets
in ../shared/data hold few threats and almost no such contrasts, so a word model learns that
"kill" is abuse and never learns "I will find you".

    python3 scripts/contrast-cases.py > crates/tribune/data/contrasts.csv

Sentences are composed from parts (who speaks, a modal, a verb, a target, an ending) and
sampled with a fixed seed: the same file every run. Kept apart from the functional suite
(scripts/functional-suite.py): no identity and no target named here appears there, and no
sentence is shared (checked when the file is written: the script fails if one is). The
vocabulary of violence and dehumanisation overlaps, as it would in any real data: the suite
measures whether the frames carry over to other people and other wordings.
"""
import csv
import random
import sys

rng = random.Random(14)
SUITE = "crates/moderation/tests/fixtures/functional.csv"

GROUPS = ["Italians", "Germans", "Chinese people", "Hindus", "Sikhs", "Greeks", "Nigerians",
          "Serbs", "Albanians", "Venezuelans", "atheists", "lesbians", "Catholics", "Somalis",
          "Pakistanis", "Brazilians", "Filipinos", "Kenyans", "Bosnians", "Iranians"]
TARGETS = ["you", "him", "her", "them", "your wife", "your brother", "the reporter",
           "this clown", "your father", "the whole family", "his kids", "that woman",
           "the columnist", "every one of you", "the coach", "your husband"]
SPEAKERS = ["i", "we", "my brothers and i", "i personally", "me and my friends"]
MODALS = ["will", "am going to", "are going to", "'ll", "am gonna", "are about to", "intend to",
          "swear i will", "promise to", "would love to"]
HARM = ["kill", "murder", "stab", "shoot", "strangle", "beat", "punch", "hurt", "choke", "burn",
        "bury", "cut", "smash", "torture", "hang", "execute", "butcher", "drown", "poison",
        "slaughter", "break the legs of", "cut the throat of", "put a bullet in",
        "beat the hell out of", "hunt down", "come after", "end", "destroy"]
KIND = ["call", "thank", "visit", "meet", "help", "interview", "email", "hug", "invite",
        "congratulate", "support", "answer", "quote", "forgive", "teach", "cook dinner for",
        "write to", "listen to", "vote for", "look after", "pray for", "drive", "welcome",
        "sit down with", "send flowers to", "buy a coffee for", "introduce", "defend"]
ENDINGS = ["", " tonight", " when i find you", " if this goes on", " in their sleep", " slowly",
           " next week", " after the match", " soon", " at the school gates", " tomorrow",
           " with my own hands"]
GROUP_HARM = ["should be shot", "should be hanged", "deserve to die", "must be exterminated",
              "should be burned alive", "should be gassed", "need to be wiped out",
              "should be put down", "have to be eliminated", "should all be killed",
              "should be lined up and shot", "deserve a bullet", "should be drowned"]
GROUP_KIND = ["should be welcomed", "should be heard", "deserve respect", "must be protected",
              "should be paid fairly", "need better schools", "have to be included",
              "should all be invited", "deserve a fair trial", "should be counted",
              "deserve better housing", "should be listened to", "need support"]
PESTS = ["vermin", "cockroaches", "rats", "parasites", "lice", "a plague", "a disease",
         "savages", "animals", "subhuman", "less than human", "pigs", "insects", "filth",
         "a cancer", "an infestation", "beasts", "monkeys", "dogs", "germs", "scum"]
PRAISE = ["our neighbours", "welcome here", "hard working", "part of this city", "citizens",
          "human beings like anyone else", "good people", "our friends", "valued members",
          "teachers and nurses", "voters too", "people with rights", "kind", "generous",
          "brave", "honest", "talented", "family to me", "decent people", "respected"]
NEGATED = ["{g} are not {p}", "it is wrong to call {g} {p}", "calling {g} {p} is hate speech",
           "no, {g} are not {p}", "stop saying {g} are {p}", "people who call {g} {p} are wrong"]

# Contempt for a group, beside respect and beside objections to the contempt.
GROUP_CONTEMPT = ["i despise {g}", "i can't stand {g}", "i loathe {g}", "i detest {g}",
                  "i am sick of {g}", "{g} disgust me", "{g} turn my stomach",
                  "{g} are revolting", "{g} are the worst people on earth",
                  "i would never let {g} near my children", "{g} ruin everything they touch",
                  "{g} are liars by nature", "{g} are born thieves"]
GROUP_RESPECT = ["i admire {g}", "i respect {g}", "i stand with {g}", "i am grateful to {g}",
                 "{g} inspire me", "{g} are great company", "i would trust {g} with my children",
                 "{g} improve everything they touch", "{g} are as honest as anyone"]
# Denying a group its humanity (the negation here is the attack).
GROUP_NOT_HUMAN = ["{g} are not even human", "{g} aren't people", "{g} are not real people",
                   "{g} are barely human", "{g} are not fully human", "{g} aren't even people"]
# Menace without a violent verb, to one person, beside the same frames said kindly.
MENACE = ["you had better watch out", "you won't see it coming", "your days are numbered",
          "i know where your kids go to school, think about that",
          "i have your home address now, see you around", "you will be sorry you ever wrote this",
          "you are going to suffer for this", "you will pay dearly for this",
          "people like you end up in a ditch", "i will burn your house down",
          "i will burn your car with you in it", "your house might catch fire tonight",
          "we will pay you a visit with baseball bats", "we will visit you with a crowbar",
          "i'll teach you a lesson you'll never forget, with my fists",
          "you'd better hope we never meet", "enjoy your last days", "you won't live to see it",
          "accidents happen to people like you", "we know your address and your car"]
KINDLY = ["you had better watch the final", "you won't see it in cinemas", "your days are busy",
          "i know where your kids go to school, it is a great school",
          "i have your home address now, the invitation is on its way",
          "you will be glad you wrote this", "you are going to love this",
          "you will be paid well for this", "people like you end up in parliament",
          "i will paint your house", "i will wash your car with you in it",
          "your house might be on tv tonight", "we will pay you a visit with a cake",
          "we will visit you with a casserole",
          "i'll teach you a lesson you'll never forget, with my notes",
          "you'd better hope we meet again", "enjoy your holidays", "you will live to see it",
          "good things happen to people like you", "we know your address for the parcel"]

# Swearing at nobody (the editor allows it; the F word has its own rule), beside the same words
# aimed at a person.
SWEARS = ["shit", "damn", "oh crap", "oh hell", "damn it", "holy shit", "well shit", "bollocks",
          "crap", "bloody nora"]
SITUATIONS = ["the train is late again", "i forgot my umbrella", "prices went up again",
              "that was a close game", "the bridge is closed", "i lost my keys",
              "the election results are in", "the storm knocked out the power",
              "this recipe actually works", "my team lost", "look at that queue",
              "the bus never came", "we won", "i burnt the toast", "the printer jammed",
              "the river flooded the road", "my flight got cancelled", "the shop closed early",
              "the wifi is down", "i left my phone at home", "the rent went up",
              "the concert sold out in minutes", "it is snowing in april", "the cat got out",
              "we missed the ferry", "the referee gave a penalty", "i spilled my coffee",
              "the vote was that close"]
AT_THINGS = ["this policy is bullshit", "the new budget is a load of crap",
             "the service on this line is shit", "the weather is bloody awful",
             "what a crap decision by the council", "the roads here are in a shit state",
             "this ruling is damn unfair", "the ending of that film was crap",
             "parking in this town is hell", "the match was shit from start to finish"]
AT_PEOPLE = ["you are a piece of shit", "shut your damn mouth", "you crap excuse for a reporter",
             "go to hell, you idiot", "you talk bullshit, moron", "your article is shit and so are you",
             "you are a useless shit", "screw you and your crap opinions",
             "damn you and your whole family", "you are full of shit, liar"]

# Violence words said of a game: a side's players "murder" or "slaughter" the other side in a
# match (the classifier held "Our striker is going to murder them on Sunday, mark my words" at
# 0.92), with no person of the threats' frames as the speaker (not `we`, `i`) and the game
# named, and the other side named too (not `them`, which the threats' frames hold); and pests
# "a plague" on a country's farms, beside a group called one (`PESTS`).
SIDES = ["our striker", "the team", "our lads", "the home side", "our keeper", "the champions",
         "our boys", "the under-21s", "our midfield", "the new signing"]
PLURAL_SIDES = {"our lads", "our boys", "the champions", "the under-21s"}
SIDE_MODALS = ["is going to", "will", "are going to", "'ll", "is about to", "are gonna"]
GAME_HARM = ["murder", "kill", "slaughter", "destroy", "crush", "annihilate", "massacre",
             "batter", "thrash", "demolish", "butcher", "bury"]
RIVALS = ["the visitors", "the away side", "their defence", "the league leaders",
          "united", "city", "rovers", "the holders", "their back four"]
GAMES = [" on sunday", " in the derby", " at home", " this weekend", " in the final",
         " in the second half", " on saturday, mark my words", " in the cup", " 6-0",
         " in the replay"]
PLAGUED = ["locusts", "rabbits", "weeds", "potholes", "wasps", "slugs", "aphids", "rats",
           "floods", "droughts"]
PLAGUED_PLACES = ["this country's farms", "the crops this year", "our gardens",
                  "the harvest", "the roads round here"]


def game_frames(count):
    rows = set()
    while len(rows) < count:
        side = rng.choice(SIDES)
        modal = rng.choice(SIDE_MODALS)
        be = "are" if side in PLURAL_SIDES else "is"
        text = (f"{subject_and_modal(side, modal, be)} {rng.choice(GAME_HARM)} "
                f"{rng.choice(RIVALS)}{rng.choice(GAMES)}")
        rows.add((text, 0))
    return rows


LEAD_INS = ["", "listen, ", "mark my words, ", "just so you know, ", "remember this: "]
TAILS = ["", ", pal", ", mate"]

RU = {
    1: ["я тебя убью", "я тебя зарежу", "я тебя найду и убью", "убить всех {g}",
        "{g} должны сдохнуть", "{g} — тараканы", "{g} — животные", "{g} — паразиты",
        "тебе конец, я приду ночью", "я сломаю тебе ноги", "я сожгу твой дом",
        "таких, как ты, надо расстреливать", "{g} надо уничтожить"],
    0: ["я тебе позвоню завтра", "я тебя поздравлю", "я тебя найду на конференции",
        "{g} живут на нашей улице", "{g} — наши соседи", "называть {g} тараканами — мерзко",
        "кто называет {g} животными, тот расист", "{g} — паразиты? так говорят только расисты",
        "{g} заслуживают уважения", "я приду к тебе вечером на ужин", "я помогу тебе с ремонтом",
        "{g} не паразиты", "{g} — хорошие люди", "я подарю тебе цветы"],
}
RU_GROUPS = ["грузины", "армяне", "поляки", "китайцы", "немцы", "чеченцы", "таджики", "узбеки"]
TR = {
    1: ["seni öldürürüm", "seni bıçaklayacağım", "seni bulup gebertirim",
        "bütün {g} öldürülmeli", "{g} geberip gitsin", "{g} hamamböceği", "{g} birer hayvan",
        "{g} parazit", "gece evine geleceğim, sonun geldi", "bacaklarını kıracağım",
        "evini yakacağım", "{g} yok edilmeli"],
    0: ["seni yarın ararım", "seni tebrik edeceğim", "seni konferansta bulurum",
        "{g} bizim sokakta yaşıyor", "{g} komşumuz", "{g} için hamamböceği demek iğrenç",
        "{g} hayvan diyen herkes ırkçıdır", "{g} parazit diyenlere katılmıyorum",
        "{g} hamamböceği diyenler yanılıyor",
        "{g} saygıyı hak ediyor", "akşam yemeğe geleceğim", "taşınırken sana yardım edeceğim",
        "{g} parazit değil", "{g} iyi insanlar", "sana çiçek getireceğim"],
}
# "Should be ashamed", "must resign": civil criticism of those in charge, beside the same
# words of shame thrown at a person with an insult (`utanmaz`, shameless, is one in Turkish).
TR_CHARGE = ["Kulüp yönetimi", "Federasyon", "Valilik", "Bu kararı verenler", "Şirket yönetimi",
             "Rektörlük", "Hakem", "Yönetim kurulu", "Belediye meclisi", "Yayın kurulu"]
TR_BLAME = {0: ["{s} utanmalı", "{s} bu karardan utanmalı", "{s} utansın", "{s} istifa etmeli",
                "{s} hesap vermeli", "{s} halktan özür dilemeli",
                "{s} yaptıklarından utanmalı, bu ayıp"],
            1: ["utanmaz herif, defol git", "sen utanmaz bir pisliksin",
                "utanmaz şerefsiz, sus artık", "senin gibi utanmaz bir aşağılığa söz düşmez"]}
RU_CHARGE = ["руководству клуба", "федерации", "губернатору", "тем, кто это решил",
             "руководству компании", "ректору", "судье матча", "совету директоров",
             "редакции"]
RU_BLAME = {0: ["{s} должно быть стыдно", "{s} должно быть стыдно за это решение",
                "{s} стоит извиниться перед людьми", "{s} пора ответить за это",
                "{s} должно быть стыдно, это позор"],
            1: ["тебе должно быть стыдно, бесстыжая тварь", "бессовестная мразь, стыдись",
                "тебе не стыдно, урод?"]}
TR_GROUPS = ["Yunanlılar", "Araplar", "Almanlar", "Çinliler", "Gürcüler", "Lazlar", "Afganlar",
             "Bulgarlar"]


def subject_and_modal(subject, modal, be):
    """The subject and its modal, the modal's `am`/`is`/`are` made `be` (the subject's form),
    and `'ll` joined to the subject: "i am going to", "our boys are about to", "we'll"."""
    first, _, rest = modal.partition(" ")
    if first in ("am", "is", "are"):
        modal = f"{be} {rest}"
    glue = "" if modal.startswith("'") else " "
    return f"{subject}{glue}{modal}"


def person_frames(verbs, label, count):
    rows = set()
    while len(rows) < count:
        speaker = rng.choice(SPEAKERS)
        modal = rng.choice(MODALS)
        be = "am" if speaker in ("i", "i personally") else "are"
        text = (f"{subject_and_modal(speaker, modal, be)} {rng.choice(verbs)} "
                f"{rng.choice(TARGETS)}{rng.choice(ENDINGS)}")
        rows.add((text, label))
    return rows


# A group named and nothing said of it: a reply that is a group's name ("Italians.", "The
# Germans?"). A name of a group is one word for the classifier whatever the group, and
# without these rows a text of that one word scored 0.97.
BARE = ["{g}", "{g}.", "{g}?", "The {g}.", "{g}, of course.", "What about {g}?"]
BARE_FOREIGN = ["{g}", "{g}.", "{g}?"]


def group_frames(predicates, label, template="{g} {p}"):
    return {(template.format(g=g, p=p), label) for g in GROUPS for p in predicates}


def said(lines, label, tails=("",)):
    """Each line after each lead-in ("listen, ") and before each tail (", mate")."""
    return {(f"{before}{line}{after}", label) for line in lines for before in LEAD_INS
            for after in tails}


def plain(text):
    """A sentence compared without case or punctuation."""
    return " ".join("".join(c for c in text.lower() if c.isalnum() or c.isspace()).split())


def suite_sentences():
    with open(SUITE, newline="") as f:
        return {plain(row["text"]) for row in csv.DictReader(f)}


def main():
    rows = set()
    rows |= person_frames(HARM, 1, 2500)
    rows |= person_frames(KIND, 0, 2500)
    rows |= group_frames(GROUP_HARM, 1)
    rows |= group_frames(GROUP_KIND, 0)
    rows |= group_frames(PESTS, 1, "{g} are {p}")
    rows |= game_frames(400)
    rows |= {(f"{p} are a plague on {place}", 0) for p in PLAGUED for place in PLAGUED_PLACES}
    rows |= group_frames(PRAISE, 0, "{g} are {p}")
    rows |= {(frame.format(g=g), 0) for frame in BARE for g in GROUPS}
    rows |= {(frame.format(g=g), 0) for frame in BARE_FOREIGN for g in RU_GROUPS + TR_GROUPS}
    for frames, label in [(GROUP_CONTEMPT, 1), (GROUP_RESPECT, 0), (GROUP_NOT_HUMAN, 1)]:
        rows |= {(frame.format(g=g), label) for frame in frames for g in GROUPS}
    rows |= {(f"{swear}, {situation}", 0) for swear in SWEARS for situation in SITUATIONS}
    rows |= {(f"{situation}, {swear}", 0) for swear in SWEARS for situation in SITUATIONS}
    rows |= said(AT_THINGS, 0) | said(AT_PEOPLE, 1, TAILS)
    rows |= said(MENACE, 1, TAILS) | said(KINDLY, 0, TAILS)
    for template in NEGATED:
        rows |= group_frames(PESTS, 0, template)
    for table, groups in [(RU, RU_GROUPS), (TR, TR_GROUPS)]:
        for label, templates in table.items():
            for template in templates:
                for g in (groups if "{g}" in template else [None]):
                    rows.add((template.format(g=g) if g else template, label))
    for table, subjects in [(TR_BLAME, TR_CHARGE), (RU_BLAME, RU_CHARGE)]:
        for label, templates in table.items():
            for template in templates:
                for s in (subjects if "{s}" in template else [None]):
                    text = template.format(s=s) if s else template
                    rows.add((text[0].upper() + text[1:], label))
    shared = suite_sentences() & {plain(text) for text, _ in rows}
    if shared:
        sys.exit(f"contrast cases shared with the functional suite: {sorted(shared)}")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["text", "label"])
    for text, label in sorted(rows):
        out.writerow([text, label])
    print(f"{len(rows)} cases", file=sys.stderr)


main()
