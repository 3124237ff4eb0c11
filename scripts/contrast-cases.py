#!/usr/bin/env python3
"""Writes the contrast cases that `tribune train` adds to the labelled datasets (issue #14):
threats, calls for violence and dehumanisation, each beside civil sentences built from the same
frames (threat words used kindly, neutral and positive mentions of the same identities,
negations, counter-speech). The datasets in ../shared/data have few threats and almost no such
contrasts, so a word model learns that "kill" is abuse and never learns "I will find you".

    python3 scripts/contrast-cases.py > crates/tribune/data/contrasts.csv

Kept apart from the functional suite (scripts/functional-suite.py) on purpose: other templates,
other targets and other identities (no identity here appears there), and none of the suite's
dehumanising nouns (vermin, subhuman, parasites, rats, animals, disease). The suite measures
whether what is learnt here carries over, not whether it was copied. Deterministic.
"""
import csv
import sys

GROUPS = ["Italians", "Germans", "Chinese people", "Hindus", "Sikhs", "Greeks", "Nigerians",
          "Serbs", "Albanians", "Venezuelans", "atheists", "lesbians", "Catholics", "Somalis",
          "Pakistanis"]
TARGETS = ["you", "him", "her", "your wife", "your brother", "the reporter", "this clown",
           "your father"]
RU_GROUPS = ["грузины", "армяне", "поляки", "китайцы", "немцы", "чеченцы"]
TR_GROUPS = ["Yunanlılar", "Araplar", "Almanlar", "Çinliler", "Gürcüler", "Lazlar"]

EN = {
    1: [
        "i will kill {t}", "i'm gonna stab {t}", "i will shoot {t} in the head",
        "we will come to the house of {t} at night", "i'll beat {t} half to death",
        "{t} will be dead before the weekend", "i am going to strangle {t}",
        "i swear i will murder {t}", "somebody needs to kill {t}",
        "if i meet {t} i'll slit a throat", "i will hunt {t} down like a dog",
        "kill all {g}", "{g} must be exterminated", "{g} deserve to die",
        "{g} should be wiped off the map", "shoot every one of the {g}",
        "{g} are cockroaches", "{g} are a plague on this country", "{g} are savages",
        "{g} are less than human", "{g} are lice", "{g} are pigs", "{g} are an infestation",
        "{g} are a cancer", "{g} are filthy beasts", "{g} breed like insects",
    ],
    0: [
        "i will call {t} tomorrow", "i'm gonna thank {t}", "i will meet {t} in the morning",
        "we will come to the house of {t} for dinner", "i'll help {t} move house",
        "{t} will be home before the weekend", "i am going to interview {t}",
        "i swear i will visit {t}", "somebody needs to kill this bill",
        "if i meet {t} i'll shake hands", "i will look {t} up when i'm in town",
        "the engine died, so i killed the lights", "this heat is murder",
        "{g} run the bakery on my street", "{g} are our neighbours",
        "{g} have a long history in this city", "many {g} voted yesterday",
        "{g} are not cockroaches", "it is wrong to call {g} a plague",
        "calling {g} savages is racist", "{g} are human beings like anyone else",
        "{g} deserve respect", "the article interviews {g} about rents",
        "{g} should be welcomed", "i have friends who are {g}",
    ],
}
RU = {
    1: ["я тебя убью", "я тебя зарежу", "убить всех {g}", "{g} должны сдохнуть",
        "{g} — тараканы", "{g} — животные", "тебе конец, я приду ночью"],
    0: ["я тебе позвоню завтра", "я тебя поздравлю", "{g} живут на нашей улице",
        "{g} — наши соседи", "называть {g} тараканами — мерзко", "{g} заслуживают уважения"],
}
TR = {
    1: ["seni öldürürüm", "seni bıçaklayacağım", "bütün {g} öldürülmeli", "{g} geberip gitsin",
        "{g} hamamböceği", "{g} birer hayvan", "gece evine geleceğim, sonun geldi"],
    0: ["seni yarın ararım", "seni tebrik edeceğim", "{g} bizim sokakta yaşıyor",
        "{g} komşumuz", "{g} için hamamböceği demek iğrenç", "{g} saygıyı hak ediyor"],
}


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["text", "label"])
    for table, groups, targets in [(EN, GROUPS, TARGETS), (RU, RU_GROUPS, ["ты"]),
                                   (TR, TR_GROUPS, ["sen"])]:
        for label, templates in table.items():
            for template in templates:
                slot = "{g}" if "{g}" in template else "{t}" if "{t}" in template else None
                fillers = groups if slot == "{g}" else targets if slot == "{t}" else [None]
                for filler in fillers:
                    out.writerow([template.replace(slot, filler) if slot else template, label])


main()
