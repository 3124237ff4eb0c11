#!/usr/bin/env python3
"""Import cycles between the capability folders of the tribune crate.

Reads every `crate::NAME` path in crates/tribune/src (comments aside) and reports each group of
capability folders (`comments/`, `enforcement/`, ...) that import each other in a circle, with
the files behind every edge. The single files beside them are shared plumbing every capability
may use (`extract.rs`, `error.rs`, `db.rs`, ...) or the shell that joins them (`app.rs`, which
merges every router and holds `AppState`, `cli.rs`, `account.rs`), as #18 counts them.

    python3 scripts/module-cycles.py          # exits 1 when a cycle remains
"""
import collections
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "crates", "tribune", "src")
SHELL = {"app", "lib", "main"}


def is_folder(module):
    return os.path.isdir(os.path.join(ROOT, module))


def top_module(path):
    rel = os.path.relpath(path, ROOT)[: -len(".rs")].split(os.sep)
    return rel[0]


def edges():
    graph = collections.defaultdict(set)
    files = collections.defaultdict(set)
    for folder, _, names in os.walk(ROOT):
        for name in names:
            if not name.endswith(".rs"):
                continue
            path = os.path.join(folder, name)
            me = top_module(path)
            if me in SHELL or not is_folder(me):
                continue
            for line in open(path, encoding="utf-8"):
                if line.lstrip().startswith("//"):
                    continue
                for other in re.findall(r"crate::([a-z_]+)", line):
                    if other != me and other not in SHELL and is_folder(other):
                        graph[me].add(other)
                        files[(me, other)].add(os.path.relpath(path, ROOT))
    return graph, files


def cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(set(graph) | {w for ws in graph.values() for w in ws}):
        if v not in index:
            visit(v)
    return found


def main():
    graph, files = edges()
    found = cycles(graph)
    for component in found:
        print("cycle:", " <-> ".join(component))
        for a in component:
            for b in component:
                if b in graph.get(a, ()):
                    print(f"  {a} -> {b}: {', '.join(sorted(files[(a, b)]))}")
    if not found:
        print("no import cycle between the capability folders of crates/tribune/src")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
