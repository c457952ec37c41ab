# English for the step texts of src/internal/step-text.ts (the keys of @woo-kit/deadlines, README
# "Step keys"). The wording follows the deadlines package's own English. Apply with:
#
#     python3 scripts/fill-xliff.py xliff/en.xlf xliff/tables/en-steps.py
#
# Each row is (message id, Dutch source, English). `{name}` stands for a placeholder: it becomes
# <x id="i" equiv-text="${name}"/>, numbered in the order the names appear in the Dutch source. T has
# every row twice, by id and by exact source text, so the table works with either form of the script.
import re

ROWS = [
    ('step.received', 'Het verzoek kwam binnen op {receivedOn}. De termijn begint de dag erna.', 'Received on {receivedOn}. The term starts the next day.'),
    ('step.four-weeks', 'De gemeente beslist binnen 4 weken: uiterlijk {end}.', 'The municipality decides within 4 weeks: by {end}.'),
    ('step.suspension.zienswijze',
     'Op {notifiedOn} vroeg de gemeente een ander om zijn mening (zienswijze). De termijn staat stil van {from} tot en met {endedOn}.',
     'On {notifiedOn} another party was asked for its view (zienswijze). Suspended from {from} up to and including {endedOn}.'),
    ('step.suspension.aanvulling',
     'Op {notifiedOn} vroeg de gemeente om het verzoek aan te vullen. De termijn staat stil van {from} tot {endedOn}.',
     'On {notifiedOn} the requester was asked to complete the request. Suspended from {from} until {endedOn}.'),
    ('step.suspension.instemming', 'De verzoeker stemde in met {days} uitstel.', 'The requester agreed to {days} of suspension.'),
    ('step.suspension.overmacht', 'Door overmacht (iets buiten de macht van de gemeente) staat de termijn {days} stil.', 'Force majeure suspends the term for {days}.'),
    ('step.suspension.from', 'Vanaf {from}.', 'From {from}.'),
    ('step.suspension.counted', 'Dat is {suspendedDays}.', 'That is {suspendedDays}.'),
    ('step.suspension.overlap.zero', '{days} stonden al stil; die tellen niet dubbel.', '{days} were already suspended and do not count twice.'),
    ('step.suspension.overlap.one', '{days} stond al stil; die telt niet dubbel.', '{days} was already suspended and does not count twice.'),
    ('step.suspension.overlap.two', '{days} stonden al stil; die tellen niet dubbel.', '{days} were already suspended and do not count twice.'),
    ('step.suspension.overlap.few', '{days} stonden al stil; die tellen niet dubbel.', '{days} were already suspended and do not count twice.'),
    ('step.suspension.overlap.many', '{days} stonden al stil; die tellen niet dubbel.', '{days} were already suspended and do not count twice.'),
    ('step.suspension.overlap.other', '{days} stonden al stil; die tellen niet dubbel.', '{days} were already suspended and do not count twice.'),
    ('step.suspension.new-end', 'Nieuwe einddatum: {end}.', 'New end: {end}.'),
    ('step.suspension.not-counted', 'Telt niet: de termijn liep al af op {end}.', 'This does not count: the term had ended on {end}.'),
    ('step.atw',
     'De termijn eindigt op {end}, {reason}. Dan schuift hij door naar de volgende werkdag: {movedTo}.',
     'The term ends on {end}, {reason}, so it moves to the next working day: {movedTo}.'),
    ('step.reason.saturday', 'een zaterdag', 'a Saturday'),
    ('step.reason.sunday', 'een zondag', 'a Sunday'),
    ('step.reason.new-years-day', 'een feestdag (Nieuwjaarsdag)', "a public holiday (New Year's Day)"),
    ('step.reason.good-friday', 'een feestdag (Goede Vrijdag)', 'a public holiday (Good Friday)'),
    ('step.reason.easter-monday', 'een feestdag (Tweede Paasdag)', 'a public holiday (Easter Monday)'),
    ('step.reason.kings-day', 'een feestdag (Koningsdag)', "a public holiday (King's Day)"),
    ('step.reason.queens-day', 'een feestdag (Koninginnedag)', "a public holiday (Queen's Day)"),
    ('step.reason.liberation-day', 'een feestdag (Bevrijdingsdag)', 'a public holiday (Liberation Day)'),
    ('step.reason.ascension-day', 'een feestdag (Hemelvaartsdag)', 'a public holiday (Ascension Day)'),
    ('step.reason.whit-monday', 'een feestdag (Tweede Pinksterdag)', 'a public holiday (Whit Monday)'),
    ('step.reason.christmas-day', 'een feestdag (Eerste Kerstdag)', 'a public holiday (Christmas Day)'),
    ('step.reason.second-christmas-day', 'een feestdag (Tweede Kerstdag)', 'a public holiday (Second Christmas Day)'),
    ('step.reason.extra-holiday', 'een extra feestdag', 'an extra public holiday'),
    ('step.postponement',
     'Op {postponedOn} verdaagde de gemeente de termijn met 2 weken. Dat mag één keer, uiterlijk {firstTermEnd}. De 2 weken tellen vanaf {countedFrom}: nieuwe einddatum {end}.',
     'On {postponedOn} the term was postponed by 2 weeks (allowed once, by {firstTermEnd}). Counted from {countedFrom}: new end {end}.'),
    ('step.postponement-too-late',
     'Op {postponedOn} verdaagde de gemeente de termijn. Te laat: de eerste termijn liep tot en met {firstTermEnd}. De verdaging telt niet.',
     'On {postponedOn} the term was postponed too late: the first term ran until {firstTermEnd}. It does not count.'),
    ('step.deadline', 'De gemeente moet uiterlijk op {deadline} beslissen.', 'The municipality must decide by {deadline}.'),
    ('step.alternative',
     'Andere uitleg: eerst de termijnenwet ({firstTermEnd}), dan 2 weken: {deadline}. Wij nemen de eerdere, veilige datum.',
     'Other reading: Atw first ({firstTermEnd}), then 2 weeks: {deadline}. We use the earlier, safe date.'),
    ('step.clarification',
     'Is het verzoek te breed of onduidelijk? Dan vraagt de gemeente binnen 2 weken om uitleg: uiterlijk {due}.',
     'Too broad or unclear? Ask for clarification within 2 weeks: by {due}.'),
    ('step.abuse',
     'Gaat het duidelijk niet om informatie (misbruik)? Dan kan de gemeente binnen 2 weken besluiten het niet te behandelen: uiterlijk {due}.',
     'Abuse (clearly not about information)? Decide not to handle it within 2 weeks: by {due}.'),
    ('step.notice-of-default',
     'Geen besluit op {deadline}? Dan kan de verzoeker vanaf {from} een ingebrekestelling sturen: een brief dat de gemeente te laat is.',
     'No decision by {deadline}? From {from} the requester can send a notice of default (ingebrekestelling).'),
    ('step.appeal',
     'Daarna kan de verzoeker in beroep bij de rechter, 2 weken na de dag dat de gemeente die brief kreeg. Kreeg zij hem op {noticeOn}, dan vanaf {from} (andere uitleg: {alternativeFrom}).',
     'Then an appeal to the court, 2 weeks after the day the municipality received it: received {noticeOn}, appeal from {from} (other reading: {alternativeFrom}).'),
    ('step.release',
     'Verwacht de gemeente bezwaar van een ander? Dan geeft zij de informatie pas 2 weken na het besluit ({decisionOn}): op {releaseOn}.',
     'If a third party may object, release 2 weeks after the decision ({decisionOn}): on {releaseOn}.'),
    ('step.penalty',
     'Een dwangsom voor te laat beslissen (Awb 4:17) geldt niet bij de Woo. De rechter kan wel opdragen te beslissen, meestal binnen 2 weken (Awb 8:55d), vaak met een dwangsom (bijvoorbeeld € 100 per dag, tot € 15.000).',
     'The Awb 4:17 penalty does not apply to the Woo. A court can order a decision, usually within 2 weeks (Awb 8:55d), often with a penalty (e.g. €100 a day, up to €15,000).'),
    ('step.status.within-term', 'Op {today} loopt de termijn: nog {days} ({workingDays}).', 'On {today} the term runs: {days} ({workingDays}) left.'),
    ('step.status.suspended', 'Op {today} staat de termijn stil: nog {days} ({workingDays}).', 'On {today} the term is suspended: {days} ({workingDays}) left.'),
    ('step.status.postponed', 'Op {today} loopt de verdaagde termijn: nog {days} ({workingDays}).', 'On {today} the postponed term runs: {days} ({workingDays}) left.'),
    ('step.status.late', 'Op {today} is de gemeente {days} ({workingDays}) te laat.', 'On {today} the municipality is {days} ({workingDays}) late.'),
    ('step.status.decided-on-time', 'Besluit op {decidedOn}: op tijd.', 'Decided on {decidedOn}: on time.'),
    ('step.status.decided-late', 'Besluit op {decidedOn}: {days} ({workingDays}) te laat.', 'Decided on {decidedOn}: {days} ({workingDays}) late.'),
    ('step.statistics',
     'Op tijd: besluit uiterlijk op de laatste dag. 4 weken = 28 dagen na ontvangst. Wettelijk = met verdaging, opschorting en termijnenwet. Afgesproken = de afgesproken datum. Een open verzoek na de termijn telt als te laat (peildatum {today}).',
     'On time: decided by the last day. 4 weeks = 28 days after receipt; legal = with postponement, suspensions and the Atw; agreed = the agreed date. Open requests past it count as late (as of {today}).'),
]


def _tags(nl, text):
    """`{name}` → the XLIFF placeholder of that name, numbered by its place in the Dutch source."""
    names = []
    for name in re.findall(r'\{(\w+)\}', nl):
        if name not in names:
            names.append(name)
    return re.sub(r'\{(\w+)\}', lambda m: f'<x id="{names.index(m.group(1))}" equiv-text="${{{m.group(1)}}}"/>', text)


T = {}
for _id, _nl, _en in ROWS:
    T[_id] = _tags(_nl, _en)
    T[_tags(_nl, _nl)] = _tags(_nl, _en)
