#!/usr/bin/env python3
"""Writes the translations of xliff/tables/decision.py into xliff/<lang>.xlf (en, tr, ar, pl, uk).

A table key is a message id or the Dutch source with {0}, {1} for its placeholders; the placeholders
of the source (`<x id="0" equiv-text="…"/>`) are put back in the target. Existing targets are kept.
"""
import re
import sys
from os.path import dirname, join

here = join(dirname(__file__), '..')
scope = {}
exec(open(join(here, 'xliff/tables/decision.py'), encoding='utf-8').read(), scope)
D = scope['D']

def escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

for lang in ['en', 'tr', 'ar', 'pl', 'uk']:
    path = join(here, f'xliff/{lang}.xlf')
    text = open(path, encoding='utf-8').read()
    added = 0

    def fill(m):
        global added
        head, unit_id, source, target = m.group(1), m.group(2), m.group(3), m.group(4)
        if target is not None:
            return m.group(0)
        placeholders = re.findall(r'<x id="\d+"[^>]*/>', source)
        key = re.sub(r'<x id="(\d+)"[^>]*/>', lambda x: '{' + x.group(1) + '}', source)
        entry = D.get(unit_id) or D.get(key.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>'))
        if entry is None or lang not in entry:
            return m.group(0)
        out = escape(entry[lang])
        for i, ph in enumerate(placeholders):
            out = out.replace('{' + str(i) + '}', ph)
        added += 1
        return f'{head}<source>{source}</source>\n  <target>{out}</target>'

    text = re.sub(r'(<trans-unit id="([^"]+)"[^>]*>\s*)<source>(.*?)</source>(?:\s*<target>(.*?)</target>)?', fill, text, flags=re.S)
    open(path, 'w', encoding='utf-8').write(text)
    print(f'{lang}: {added} targets added')
