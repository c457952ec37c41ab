# English month names for src/internal/month.ts, by message id: the month with its year ("March 2025")
# and the short month of the chart's axis ("Sept"), as British English writes them. Exactly what the
# browser's Intl.DateTimeFormat gives for en-GB (CLDR), which the component used before;
# src/internal/month.test.ts checks they stay the same. Apply with:
#
#     python3 scripts/fill-xliff.py xliff/en.xlf xliff/tables/en-months.py
T = {
    'month-year.1': 'January <x id="0" equiv-text="${year}"/>',
    'month-year.2': 'February <x id="0" equiv-text="${year}"/>',
    'month-year.3': 'March <x id="0" equiv-text="${year}"/>',
    'month-year.4': 'April <x id="0" equiv-text="${year}"/>',
    'month-year.5': 'May <x id="0" equiv-text="${year}"/>',
    'month-year.6': 'June <x id="0" equiv-text="${year}"/>',
    'month-year.7': 'July <x id="0" equiv-text="${year}"/>',
    'month-year.8': 'August <x id="0" equiv-text="${year}"/>',
    'month-year.9': 'September <x id="0" equiv-text="${year}"/>',
    'month-year.10': 'October <x id="0" equiv-text="${year}"/>',
    'month-year.11': 'November <x id="0" equiv-text="${year}"/>',
    'month-year.12': 'December <x id="0" equiv-text="${year}"/>',
    'month-short.1': 'Jan',
    'month-short.2': 'Feb',
    'month-short.3': 'Mar',
    'month-short.4': 'Apr',
    'month-short.5': 'May',
    'month-short.6': 'Jun',
    'month-short.7': 'Jul',
    'month-short.8': 'Aug',
    'month-short.9': 'Sept',
    'month-short.10': 'Oct',
    'month-short.11': 'Nov',
    'month-short.12': 'Dec',
}
