# Extract documents of other bodies, typed by the Tweede Kamer (gegevensmagazijn "Document".Soort),
# from the motiematcher mirror; mapping written before any model output was looked at.
import json, glob, hashlib, os, re, subprocess
COMMIT = 'a1faf70d7868139d87dbc8e14746bb2c5fdf09be'
import sys
# usage: python3 documents-by-type.extract.py <git dir of the motiematcher mirror> <output tsv>
GIT = sys.argv[1]
files = subprocess.run(['git', '--git-dir', GIT, 'ls-tree', '-r', '--name-only', COMMIT],
                       capture_output=True, text=True).stdout.split('\n')
files = sorted(f for f in files if f.startswith('bronmateriaal-onbewerkt/document/'))
docs = {}
for f in files:
    d = json.loads(subprocess.run(['git', '--git-dir', GIT, 'show', f'{COMMIT}:{f}'], capture_output=True).stdout)
    its = d.get('value', d) if isinstance(d, dict) else d
    for it in its:
        if isinstance(it, dict) and it.get('Id') and not it.get('Verwijderd'):
            docs.setdefault(it['Id'], (it, f))

# Jaarverslag: the body whose annual report it is, as the title names it (only unambiguous ones).
JAARVERSLAG_BODY = [
    (r'^Jaarverslag Ministerie van Financiën', 'Ministerie van Financiën'),
    (r'^(Bijlagen bij het )?Financieel jaarverslag van het Rijk', 'Ministerie van Financiën'),
    (r'^Jaarverslag Ministerie van Landbouw, Natuur en Voedselkwaliteit', 'Ministerie van Landbouw, Natuur en Voedselkwaliteit'),
    (r'^Jaarverslag Ministerie van Algemene Zaken', 'Ministerie van Algemene Zaken'),
    (r'^Jaarverslag Ministerie van (Buitenlandse Zaken|Defensie|Volksgezondheid, Welzijn en Sport|Onderwijs, Cultuur en Wetenschap|'
     r'Economische Zaken en Klimaat|Infrastructuur en Waterstaat|Binnenlandse Zaken en Koninkrijksrelaties|Justitie en Veiligheid|'
     r'Sociale Zaken en Werkgelegenheid) \d{4}$', None),
    (r'^Jaarverslag (Deltafonds|Mobiliteitsfonds) ', 'Ministerie van Infrastructuur en Waterstaat'),
    (r'^Jaarverslag Defensiematerieelbegrotingsfonds ', 'Ministerie van Defensie'),
    (r'^Jaarverslag Koninkrijksrelaties en het BES-fonds ', 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties'),
    (r'^Jaarverslag Buitenlandse Handel en Ontwikkelingssamenwerking ', 'Ministerie van Buitenlandse Zaken'),
    (r'^Jaarverslag van de Nationale ombudsman', 'Nationale ombudsman'),
]

def jaarverslag_body(title):
    for pat, body in JAARVERSLAG_BODY:
        m = re.match(pat, title)
        if m:
            return body or 'Ministerie van ' + m.group(1)
    return None

rows, left = [], {}
for did, (it, f) in docs.items():
    soort, title = it.get('Soort'), (it.get('Onderwerp') or '').strip()
    summary = (it.get('Titel') or '').strip()
    cat = org = None
    if soort in ('Advies Afdeling advisering Raad van State', 'Voorlichting Afdeling advisering Raad van State'):
        # a title that is only the name of the combined type (advice + the government's reply) says nothing
        if not title.startswith('Advies Afdeling advisering Raad van State en Nader rapport'):
            cat, org = 'c_99a836c7', 'Raad van State'
    elif soort == 'Jaarverslag':
        org = jaarverslag_body(title)
        cat = 'c_c6cd1213' if org else None
    elif soort == 'Brief Algemene Rekenkamer':
        if title.startswith('Rapport'):
            cat, org = 'c_fdaee95e', 'Algemene Rekenkamer'
        elif title.startswith('Verslag van werkzaamheden'):
            cat, org = 'c_c6cd1213', 'Algemene Rekenkamer'
    elif soort == 'Brief CTIVD':
        if title.startswith('Jaarverslag'):
            cat, org = 'c_c6cd1213', 'Commissie van Toezicht op de Inlichtingen- en Veiligheidsdiensten'
    else:
        continue
    if not cat:
        left.setdefault(soort, []).append(title)
        continue
    rows.append(dict(soort=soort, nummer=it.get('DocumentNummer') or '', id=did, date=(it.get('Datum') or '')[:10],
                     organisation=org, category=cat, title=title,
                     summary=summary if summary and summary != title else '', file=f))

# one row per distinct title (first by hash of id), at most 60 per (body, category) by a hash of the id
def h(r): return hashlib.sha1(r['id'].encode()).hexdigest()
rows.sort(key=h)
seen, kept, count = set(), [], {}
for r in rows:
    if r['title'] in seen: continue
    seen.add(r['title'])
    k = (r['organisation'], r['category'])
    if count.get(k, 0) >= 60: continue
    count[k] = count.get(k, 0) + 1
    kept.append(r)
kept.sort(key=lambda r: (r['organisation'], r['category'], r['date'], r['nummer']))
for k, v in sorted(count.items()): print(k, v)
for s, t in left.items(): print('LEFT OUT', s, len(t), t[:30])
out = sys.argv[2]
with open(out, 'w') as o:
    o.write('# Documents of other bodies (Raad van State, Algemene Rekenkamer, ministries, Nationale ombudsman, CTIVD) as the\n')
    o.write('# Tweede Kamer typed them in its open data (gegevensmagazijn.tweedekamer.nl, entity Document, field Soort),\n')
    o.write(f'# read from the mirror github:tommyvanderwal/motiematcher@{COMMIT}:bronmateriaal-onbewerkt/document/*.json\n')
    o.write('# (file named per row). Title = Onderwerp, summary = Titel (the bill or dossier), both copied unchanged.\n')
    o.write('# Licence: Tweede Kamer open data, CC0 1.0 (the mirror repository has no licence file).\n')
    o.write('# Category mapped from the parliament\'s document type (table in the header of documents-by-type.mjs and in\n')
    o.write('# docs); at most 60 rows per (body, category), chosen by sha1 of the document id; one row per distinct title.\n')
    o.write('# Written by documents-by-type.extract.py (next to this file) from the git directory of the mirror.\n')
    o.write('# soort\tdocumentNummer\tid\tdate\torganisation\tcategory\ttitle\tsummary\tfile\n')
    for r in kept:
        vals = [r['soort'], r['nummer'], r['id'], r['date'], r['organisation'], r['category'], r['title'], r['summary'], r['file']]
        assert all('\t' not in v and '\n' not in v for v in vals)
        o.write('\t'.join(vals) + '\n')
print(len(kept))
