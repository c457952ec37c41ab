# English for the server search of <woo-publications> (issue 22).
T = {
    'De zoekresultaten konden niet worden bijgewerkt. U ziet nog de vorige resultaten.': 'The search results could not be updated. You are still seeing the previous results.',
    'Probeer het opnieuw': 'Try again',
    'Zoeken duurt langer dan normaal. Nog even geduld.': 'Searching is taking longer than usual. Please wait a moment.',
}
