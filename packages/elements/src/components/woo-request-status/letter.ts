import { formatDutchDate, type WooRequest } from '@woo-kit/core';

export interface LetterInput {
  readonly request: WooRequest;
  readonly deadline: string;
  readonly today: string;
  readonly organisation?: string;
}

/**
 * A notice of default (ingebrekestelling, Awb 6:12 lid 2) in plain Dutch, ready to send. It is
 * always Dutch, because it goes to a Dutch public body. Placeholders in square brackets are for the
 * requester to fill in; woo-kit never puts personal data into it by itself.
 */
export function ingebrekestellingLetter({ request, deadline, today, organisation }: LetterInput): string {
  const to = organisation?.trim() || 'het college van burgemeester en wethouders';
  return [
    `Aan: ${to}`,
    `Datum: ${formatDutchDate(today)}`,
    `Onderwerp: ingebrekestelling Woo-verzoek ${request.id}`,
    '',
    'Geachte heer, mevrouw,',
    '',
    `Op ${formatDutchDate(request.receivedOn)} heeft u mijn verzoek op grond van de Wet open overheid ontvangen. ` +
      `Het gaat over: ${request.subject.trim()}`,
    '',
    `U moest uiterlijk op ${formatDutchDate(deadline)} beslissen op mijn verzoek (artikel 4.4 Wet open overheid). ` +
      `Ik heb nog geen besluit ontvangen.`,
    '',
    'Met deze brief stel ik u in gebreke. Ik vraag u om binnen 2 weken alsnog te beslissen.',
    '',
    'Heeft u 2 weken nadat u deze brief heeft ontvangen nog niet beslist? Dan kan ik beroep instellen bij de ' +
      'rechter (artikel 6:12 Algemene wet bestuursrecht).',
    '',
    'Met vriendelijke groet,',
    '',
    '[uw naam]',
    '[uw adres of e-mailadres]',
  ].join('\n');
}
