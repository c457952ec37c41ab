#!/usr/bin/env python3
"""Extract data/real/open-overheid.tsv from the Woogle (UvA, wooverheid.nl) harvest samples stored in
github:R0m4ndu/Stage-Woo-Organisaties (an internship repository of the Woogle team, no licence file).

Usage: open-overheid.extract.py <git dir of the mirror> <output tsv>

Only files present at commit 8ecf3214 are read. The mapping below was written after reading the publishers'
document types and a sample of titles, and before any model output on these rows existed.

A. Council information of the municipality of Almelo (Raadsinformatie/gm0141.json): Woogle's harvest of the
   reports ("Reports") of almelo.bestuurlijkeinformatie.nl (iBabs). `foi_classificaties` is the name of the
   municipality's own report, i.e. the publisher's document type:
     Moties, Schriftelijke vragen  -> 3.3.2c vergaderstukken decentrale overheden (Woo art. 3.3 lid 2 onder c)
     Raadsbrieven (letters of the college to the council) -> 3.3.2c, the same (debatable) choice as the
       Huizen "Beantwoording door B&W (Uitgaand)" and the Zaanstad "Collegeberichten" rows; some bodies list
       such letters as ingekomen stukken (3.3.2a). Marked by sourceDocumentType "Raadsbrieven".
   Left out: Rekenkamer (annual reports, research reports and cover letters of the rekenkamercommissie under one
   report name), Overige openbaarmakingen Woo (every title is "Woo informatieverzoek"), Vergaderschema.
   Label: mapped-from-document-type. At most 60 rows: 20 per report, chosen by sha1 of the item id.

B. Decisions of regulators and of one ministry (Overige-Beschikkingen/Files/*.json.gz), harvested by Woogle
   from the publisher's own decisions register or typed by the publisher:
     Nederlandse Zorgautoriteit (zb000158): NZa decisions on puc.overheid.nl/nza      -> publisher-section
     Commissariaat voor de Media (zb000197): the page cvdm.nl/besluiten               -> publisher-section
     ANVS (zb000216): the permits register puc.overheid.nl/anvs                        -> publisher-section
     Ministerie van LNV (mnre1153): the register puc.overheid.nl/natuurvergunningen    -> publisher-section
     Autoriteit Persoonsgegevens (zb000215): the AP's document type "Vergunning"       -> mapped-from-document-type
     Autoriteit Consument en Markt (zb000217): the ACM's document type "Besluit"       -> mapped-from-document-type
   Category: 3.3.2k beschikkingen (Woo art. 3.3 lid 2 onder k): decisions in individual cases.
   Conditions on the title (a decision, not a draft or an application):
     - left out when it starts with ontwerp/concept/voornemen/aanvraag/verzoek/kennisgeving/terinzagelegging;
     - NZa, LNV: the title names a decision (besluit, beslissing, beschikking, vergunning, ontheffing,
       toestemming, aanwijzing, last onder, boete, intrekking, verlenging, goedkeuring, weigering);
     - CvdM: the first word is a decision (Toestemming, Intrekking, Aanwijzing, Ontheffing, Beslissing,
       Afwijzing, Besluit, Sanctiebeschikking, Wijzigingsbesluit, Beëindiging);
     - ACM: only individual decisions by their first word (Concentratiebesluit, Boetebesluit, Boete,
       Beslissing op bezwaar, Besluit op (bezwaar|aanvraag), Last onder dwangsom, Ontheffing, Vergunning,
       Geschilbesluit, Goedkeuringsbesluit, Intrekking, Afwijzing); the sector-wide code, tariff, method and
       x-factor decisions typed "Besluit" are left out (they may be besluiten van algemene strekking);
     - LNV: access restriction decisions (toegangsbeperkingsbesluit) are left out: they concern everyone,
       i.e. besluiten van algemene strekking (art. 3.3 lid 1 onder b), not decisions in a case;
     - every body: a first word ending in "verzoek" (a request, e.g. "Ontheffingsverzoek") is left out;
     - ANVS: no condition (every title is case number, permit holder and kind of permit).
   At most 25 rows per body (sha1 of the source URL): 3.3.2k already has many real rows; these add bodies.
   The web page title suffix " - Commissariaat voor de Media" and " | ACM.nl" that the harvester stored with
   the title is cut off; nothing else in a title is changed.

Privacy: titles that name a private person (initials followed by a name, "de heer", "mevrouw", "dhr.", "mw.")
are left out, also when the person's name is part of a company name; one Almelo title that names a private
person without initials was found by reading the chosen rows and is left out (PRIVATE). Titles that the
harvester stored with broken character encoding are left out (MOJIBAKE), not repaired.
"""
import gzip
import hashlib
import json
import re
import subprocess
import sys

COMMIT = "8ecf32148bd89dff882918b8602cde857a3cfffb"
REPO = "R0m4ndu/Stage-Woo-Organisaties"
C_2C = "c_db4862c3"
C_2K = "c_46a81018"

PERSON = re.compile(
    r"\b[A-Z]\.\s?(?:[A-Z]\.\s?)*(?:(?:van|de|der|den|ter|te|el)\s)*[A-Z][a-z]"
    r"|\b(?:de heer|mevrouw|dhr\.|mw\.|mr\.)\s",
)
NOT_A_DECISION = re.compile(
    r"^(?:ontwerp|concept|voornemen|aanvraag|verzoek|kennisgeving|terinzagelegging)", re.I
)
DECISION_WORD = re.compile(
    r"besluit|beslissing|beschikking|vergunning|ontheffing|toestemming|aanwijzing|last onder|boete|"
    r"intrekking|verlenging|goedkeuring|weigering",
    re.I,
)
CVDM_FIRST = {
    "Toestemming", "Intrekking", "Aanwijzing", "Ontheffing", "Beslissing", "Afwijzing", "Besluit",
    "Sanctiebeschikking", "Wijzigingsbesluit", "Beëindiging",
}
ACM_START = re.compile(
    r"^(?:Concentratiebesluit|Boetebesluit|Boete |Beslissing op bezwaar|Besluit op (?:bezwaar|aanvraag)|"
    r"Last onder dwangsom|Ontheffing|Vergunning|Geschilbesluit|Goedkeuringsbesluit|Intrekking|Afwijzing)\b"
)
# Titles whose text the harvester stored with broken character encoding (UTF-8 read as Latin-1) are left out
# rather than repaired.
MOJIBAKE = re.compile("[\u00c2\u00c3]|\u00e2\u20ac")
# Found by reading the chosen titles: names a private person without initials.
PRIVATE = {"Uitspraak rechtbank inzake leges Van der Looij"}

BODIES = [
    # file, organisation, label, source document type, condition, tooi id
    ("zb000158", "Nederlandse Zorgautoriteit", "publisher-section", "NZa-besluiten (puc.overheid.nl/nza)", "word"),
    ("zb000197", "Commissariaat voor de Media", "publisher-section", "Besluiten (cvdm.nl/besluiten)", "cvdm"),
    ("zb000216", "Autoriteit Nucleaire Veiligheid en Stralingsbescherming", "publisher-section",
     "Vergunningen ANVS (puc.overheid.nl/anvs)", "none"),
    ("mnre1153", "Ministerie van Landbouw, Natuur en Voedselkwaliteit", "publisher-section",
     "Natuurvergunningen (puc.overheid.nl/natuurvergunningen)", "word"),
    ("zb000215", "Autoriteit Persoonsgegevens", "mapped-from-document-type", None, "ap"),
    ("zb000217", "Autoriteit Consument en Markt", "mapped-from-document-type", None, "acm"),
]


def blob(git_dir, path):
    return subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"], check=True, capture_output=True
    ).stdout


def sha(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def clean(s):
    return re.sub(r"\s+", " ", s or "").strip()


def iso(date):
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", date or "")
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else (date or "")


def main(git_dir, out):
    rows = []

    # A. Almelo
    path = "Raadsinformatie/gm0141.json"
    items = json.loads(gzip.decompress(blob(git_dir, path)))
    per_type = {"Moties": [], "Schriftelijke vragen": [], "Raadsbrieven": []}
    seen = set()
    for it in sorted(items, key=lambda x: sha(x["dc_identifier"])):
        kind = it.get("foi_classificaties")
        title = clean(it.get("dc_title"))
        if kind not in per_type or not title or PERSON.search(title) or title.lower() in seen:
            continue
        if MOJIBAKE.search(title) or title in PRIVATE:
            continue
        if len(per_type[kind]) >= 20:
            continue
        seen.add(title.lower())
        per_type[kind].append(
            {
                "organisation": "Gemeente Almelo",
                "category": C_2C,
                "label": "mapped-from-document-type",
                "type": kind,
                "date": it.get("foi_publishedDate", ""),
                "url": it["dc_source"],
                "title": title,
                "path": path,
            }
        )
    for kind in per_type:
        rows.extend(per_type[kind])

    # B. Decisions
    for code, organisation, label, section, cond in BODIES:
        path = f"Overige-Beschikkingen/Files/{code}.json.gz"
        items = [x.get("infobox", x) for x in json.loads(gzip.decompress(blob(git_dir, path)))]
        chosen, seen = [], set()
        for it in sorted(items, key=lambda x: sha(x["dc_source"])):
            title = clean(it.get("dc_title"))
            title = re.sub(r"\s+(?:-\s+Commissariaat voor de Media|\|\s+ACM\.nl)$", "", title)
            if not title or PERSON.search(title) or NOT_A_DECISION.search(title) or title.lower() in seen:
                continue
            if MOJIBAKE.search(title) or title in PRIVATE or re.search(r"verzoek\b", title.split()[0], re.I):
                continue
            if code == "mnre1153" and re.search(r"toegangsbeperk", title, re.I):
                continue
            doc_type = it.get("document_type")
            if cond == "word" and not DECISION_WORD.search(title):
                continue
            if cond == "cvdm" and (title.split()[0] not in CVDM_FIRST or "/besluiten/" not in it["dc_source"]):
                continue
            if cond == "ap" and doc_type != "Vergunning":
                continue
            if cond == "acm" and (doc_type != "Besluit" or not ACM_START.search(title)):
                continue
            seen.add(title.lower())
            chosen.append(
                {
                    "organisation": organisation,
                    "category": C_2K,
                    "label": label,
                    "type": section if section else doc_type,
                    "date": iso(it.get("foi_decisionDate") or it.get("foi_publishedDate")),
                    "url": it["dc_source"],
                    "title": title,
                    "path": path,
                }
            )
            if len(chosen) >= 25:
                break
        rows.extend(chosen)

    with open(out, "w", encoding="utf-8") as f:
        f.write(
            "# Woogle (UvA) harvest samples stored in github:R0m4ndu/Stage-Woo-Organisaties@8ecf3214\n"
            "# (the repository has no licence file);\n"
            "# titles are the publishers' own (government publications, Auteurswet art. 11 / 15b).\n"
            "# Made by open-overheid.extract.py; the mapping and the conditions are in its header.\n"
            "# organisation\tcategory\tlabel\tsource_document_type\tdate\turl\tpath\ttitle\n"
        )
        for r in rows:
            keys = ["organisation", "category", "label", "type", "date", "url", "path", "title"]
            fields = [r[k] for k in keys]
            assert all("\t" not in x and "\n" not in x for x in fields), fields
            f.write("\t".join(fields) + "\n")
    print(len(rows), "rows", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
