#!/usr/bin/env python3
"""Adds <target> elements to an XLIFF file from a Python dict of source -> target.

For translators who prefer a table to XML: `python3 scripts/fill-xliff.py xliff/en.xlf table.py`,
where table.py defines T = {source: target}. Existing targets are kept; missing ones are listed.
"""
import re
import sys

path, table = sys.argv[1], sys.argv[2]
scope = {}
exec(open(table, encoding='utf-8').read(), scope)
T = scope['T']
text = open(path, encoding='utf-8').read()
missing = []


def add_target(match):
    source = match.group(2)
    if match.group(3):
        return match.group(0)
    if source not in T:
        missing.append(source)
        return match.group(0)
    return f'{match.group(1)}<source>{source}</source>\n  <target>{T[source]}</target>'


text = re.sub(r'(<trans-unit id="[^"]+">\s*)<source>(.*?)</source>(\s*<target>)?', add_target, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
for source in missing:
    print(f'no translation: {source}')
