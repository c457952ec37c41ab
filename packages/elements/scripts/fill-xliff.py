#!/usr/bin/env python3
"""Adds <target> elements to an XLIFF file from a translation table.

For translators who prefer a table to XML:

    python3 scripts/fill-xliff.py xliff/pl.xlf xliff/tables/pl.py

where the table file defines `T = {key: target}`. A key is either a message id (as in
`<trans-unit id="days.few">`, needed for plural forms, whose Dutch source is the same for several
ids) or the exact Dutch source text (placeholders such as `<x id="0" equiv-text="${n}"/>` included).
An id wins over a source text. Existing targets are kept unless `--replace` is given; sources without
a translation are listed at the end (`--missing-only` lists them without writing).
"""
import re
import sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
replace = '--replace' in sys.argv
missing_only = '--missing-only' in sys.argv
path, table = args[0], (args[1] if len(args) > 1 else None)
T = {}
if table:
    scope = {}
    exec(open(table, encoding='utf-8').read(), scope)
    T = scope['T']
text = open(path, encoding='utf-8').read()
missing = []


def add_target(match):
    head, unit_id, source, target = match.group(1), match.group(2), match.group(3), match.group(4)
    translation = T.get(unit_id, T.get(source))
    if target is not None and not replace:
        return match.group(0)
    if translation is None:
        missing.append((unit_id, source))
        return match.group(0)
    return f'{head}<source>{source}</source>\n  <target>{translation}</target>'


pattern = re.compile(r'(<trans-unit id="([^"]+)">\s*)<source>(.*?)</source>(?:\s*<target>(.*?)</target>)?', re.S)
result = pattern.sub(add_target, text)
if not missing_only:
    open(path, 'w', encoding='utf-8').write(result)
for unit_id, source in missing:
    print(f'no translation: [{unit_id}] {source}')
