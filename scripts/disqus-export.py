#!/usr/bin/env python3
"""Writes a synthetic Disqus export (the XML Disqus e-mails to a publisher) for the import
benchmark: THREADS articles, then POSTS comments spread over them, a third of them replies to
an earlier comment of the same thread (any depth), authors from a pool of readers (most with an
e-mail, some anonymous), HTML messages of varied length, 2% deleted and 1% spam.
Deterministic for a given seed. With --first N PATH, also writes the same file cut after its
first N posts (what the benchmark gives Isso's own importer)."""
import argparse
import random
import time
from xml.sax.saxutils import escape

WORDS = ("the council vote budget tax rates school hospital road storm river minister "
         "party election policy city rural young old price energy market housing rent wage "
         "job strike court ruling police report study survey data numbers year week").split()


def message(rng):
    paragraphs = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 40))]
        if rng.random() < 0.2:
            i = rng.randrange(len(words))
            words[i] = f"<b>{words[i]}</b>"
        if rng.random() < 0.05:
            words.append('<a href="https://news.example/related" rel="nofollow">related</a>')
        text = " ".join(words)
        paragraphs.append(f"<p>{text[0].upper()}{text[1:]}.</p>")
    return "".join(paragraphs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=1_000_000)
    ap.add_argument("--threads", type=int, default=10_000)
    ap.add_argument("--readers", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--first", nargs=2, metavar=("N", "PATH"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    first_n, first_path = (int(args.first[0]), args.first[1]) if args.first else (0, None)
    outs = [open(args.out, "w", encoding="utf-8")]
    if first_path:
        outs.append(open(first_path, "w", encoding="utf-8"))

    def write(s, posts_written=None):
        for i, out in enumerate(outs):
            if i == 1 and posts_written is not None and posts_written >= first_n:
                continue
            out.write(s)

    write('<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" '
          'xmlns:dsq="http://disqus.com/disqus-internals">\n'
          '<category dsq:id="1"><forum>bench</forum><title>General</title><isDefault>true</isDefault></category>\n')
    for t in range(args.threads):
        write(f'<thread dsq:id="{10_000_000 + t}"><id>article-{t}</id><forum>bench</forum>'
              f'<category dsq:id="1"/><link>https://news.example/{2015 + t % 10}/article-{t}</link>'
              f'<title>Article {t}: the {WORDS[t % len(WORDS)]} story</title><message/>'
              f'<createdAt>2015-01-01T00:00:00Z</createdAt><author><name>Desk</name>'
              f'<isAnonymous>true</isAnonymous></author><ipAddress>203.0.113.1</ipAddress>'
              f'<isClosed>false</isClosed><isDeleted>false</isDeleted></thread>\n')
    recent = [[] for _ in range(args.threads)]
    for p in range(args.posts):
        t = rng.randrange(args.threads)
        parent = ""
        if recent[t] and rng.random() < 0.33:
            parent = f'<parent dsq:id="{rng.choice(recent[t])}"/>'
        recent[t].append(p + 1)
        if len(recent[t]) > 50:
            recent[t].pop(0)
        r = rng.randrange(args.readers)
        anonymous = r % 5 == 0
        email = "" if anonymous else f"<email>reader{r}@example.org</email>"
        seconds = 1_420_070_400 + p * 250
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))
        roll = rng.random()
        write(f'<post dsq:id="{p + 1}"><id/><message><![CDATA[{message(rng)}]]></message>'
              f'<createdAt>{created}</createdAt><isDeleted>{"true" if roll < 0.02 else "false"}</isDeleted>'
              f'<isSpam>{"true" if 0.02 <= roll < 0.03 else "false"}</isSpam>'
              f'<author>{email}<name>{escape(f"Reader {r}")}</name>'
              f'<isAnonymous>{"true" if anonymous else "false"}</isAnonymous></author>'
              f'<ipAddress>198.51.{r % 256}.{r // 256 % 256}</ipAddress><thread dsq:id="{10_000_000 + t}"/>'
              f'{parent}</post>\n', posts_written=p)
    for out in outs:
        out.write("</disqus>\n")
        out.close()


if __name__ == "__main__":
    main()
