/**
 * The exception grounds of Woo chapter 5 in the reader's language: the short label and what each
 * ground protects (B1), and how the kinds work. The Dutch sources are the texts of core's registry
 * (`exceptionGrounds`, `exceptionKindNote`); a Node test keeps them equal. Translations come
 * from the XLIFF files like every other text.
 */
import { msg } from '@lit/localize';
import type { ExceptionGroundKind, InventoryGroundArticle } from '@woo-kit/core';

/** Short label of a ground, e.g. "Eerbiediging van de persoonlijke levenssfeer". */
export function groundLabel(article: InventoryGroundArticle): string {
  switch (article) {
    case '5.1.1a':
      return msg('Eenheid van de Kroon', {
        id: 'ground.5.1.1a.label',
        desc: 'Woo 5.1.1a: short name of the exception ground',
      });
    case '5.1.1b':
      return msg('Veiligheid van de Staat', {
        id: 'ground.5.1.1b.label',
        desc: 'Woo 5.1.1b: short name of the exception ground',
      });
    case '5.1.1c':
      return msg('Vertrouwelijk verstrekte bedrijfs- en fabricagegegevens', {
        id: 'ground.5.1.1c.label',
        desc: 'Woo 5.1.1c: short name of the exception ground',
      });
    case '5.1.1d':
      return msg('Bijzondere persoonsgegevens', {
        id: 'ground.5.1.1d.label',
        desc: 'Woo 5.1.1d: short name of the exception ground',
      });
    case '5.1.1e':
      return msg('Identificatienummers', {
        id: 'ground.5.1.1e.label',
        desc: 'Woo 5.1.1e: short name of the exception ground',
      });
    case '5.1.2a':
      return msg('Internationale betrekkingen', {
        id: 'ground.5.1.2a.label',
        desc: 'Woo 5.1.2a: short name of the exception ground',
      });
    case '5.1.2b':
      return msg('Economische of financiële belangen', {
        id: 'ground.5.1.2b.label',
        desc: 'Woo 5.1.2b: short name of the exception ground',
      });
    case '5.1.2c':
      return msg('Opsporing en vervolging van strafbare feiten', {
        id: 'ground.5.1.2c.label',
        desc: 'Woo 5.1.2c: short name of the exception ground',
      });
    case '5.1.2d':
      return msg('Inspectie, controle en toezicht', {
        id: 'ground.5.1.2d.label',
        desc: 'Woo 5.1.2d: short name of the exception ground',
      });
    case '5.1.2e':
      return msg('Eerbiediging van de persoonlijke levenssfeer', {
        id: 'ground.5.1.2e.label',
        desc: 'Woo 5.1.2e: short name of the exception ground',
      });
    case '5.1.2f':
      return msg('Concurrentiegevoelige bedrijfs- en fabricagegegevens', {
        id: 'ground.5.1.2f.label',
        desc: 'Woo 5.1.2f: short name of the exception ground',
      });
    case '5.1.2g':
      return msg('Bescherming van het milieu', {
        id: 'ground.5.1.2g.label',
        desc: 'Woo 5.1.2g: short name of the exception ground',
      });
    case '5.1.2h':
      return msg('Beveiliging van personen en bedrijven', {
        id: 'ground.5.1.2h.label',
        desc: 'Woo 5.1.2h: short name of the exception ground',
      });
    case '5.1.2i':
      return msg('Goed functioneren van de Staat', {
        id: 'ground.5.1.2i.label',
        desc: 'Woo 5.1.2i: short name of the exception ground',
      });
    case '5.1.5':
      return msg('Onevenredige benadeling', {
        id: 'ground.5.1.5.label',
        desc: 'Woo 5.1.5: short name of the exception ground',
      });
    case '5.2':
      return msg('Persoonlijke beleidsopvattingen', {
        id: 'ground.5.2.label',
        desc: 'Woo 5.2: short name of the exception ground',
      });
    case '5.3':
      return msg('Informatie ouder dan vijf jaar', {
        id: 'ground.5.3.label',
        desc: 'Woo 5.3: short name of the exception ground',
      });
    case '5.4':
      return msg('Formatie', { id: 'ground.5.4.label', desc: 'Woo 5.4: short name of the exception ground' });
  }
}

/** What a ground protects, in plain language (B1). */
export function groundProtects(article: InventoryGroundArticle): string {
  switch (article) {
    case '5.1.1a':
      return msg(
        `De eenheid van de Kroon. De koning en de ministers vormen samen de regering. Wat zij onderling \
bespreken, blijft binnenskamers.`,
        { id: 'ground.5.1.1a.protects', desc: 'Woo 5.1.1a: what this exception ground protects, plain language (B1)' },
      );
    case '5.1.1b':
      return msg('De veiligheid van Nederland, bijvoorbeeld informatie over defensie of de inlichtingendiensten.', {
        id: 'ground.5.1.1b.protects',
        desc: 'Woo 5.1.1b: what this exception ground protects, plain language (B1)',
      });
    case '5.1.1c':
      return msg('Gegevens over een bedrijf of zijn producten, die het bedrijf in vertrouwen aan de overheid gaf.', {
        id: 'ground.5.1.1c.protects',
        desc: 'Woo 5.1.1c: what this exception ground protects, plain language (B1)',
      });
    case '5.1.1d':
      return msg(
        `Gevoelige gegevens over iemand, zoals over gezondheid, geloof, afkomst of strafzaken. Behalve als de \
persoon toestemming gaf of de gegevens zelf openbaar maakte.`,
        { id: 'ground.5.1.1d.protects', desc: 'Woo 5.1.1d: what this exception ground protects, plain language (B1)' },
      );
    case '5.1.1e':
      return msg(
        `Nummers die iemand herkenbaar maken, zoals het burgerservicenummer (BSN). Behalve als openbaar maken \
de privacy duidelijk niet schaadt.`,
        { id: 'ground.5.1.1e.protects', desc: 'Woo 5.1.1e: what this exception ground protects, plain language (B1)' },
      );
    case '5.1.2a':
      return msg('De goede relatie van Nederland met andere landen en met internationale organisaties.', {
        id: 'ground.5.1.2a.protects',
        desc: 'Woo 5.1.2a: what this exception ground protects, plain language (B1)',
      });
    case '5.1.2b':
      return msg(
        `Het geld en de economische belangen van de overheid, bijvoorbeeld bij onderhandelingen of bij de \
aankoop van grond.`,
        { id: 'ground.5.1.2b.protects', desc: 'Woo 5.1.2b: what this exception ground protects, plain language (B1)' },
      );
    case '5.1.2c':
      return msg('Het opsporen en vervolgen van strafbare feiten door politie en justitie.', {
        id: 'ground.5.1.2c.protects',
        desc: 'Woo 5.1.2c: what this exception ground protects, plain language (B1)',
      });
    case '5.1.2d':
      return msg('Het werk van inspecties en toezichthouders, zodat zij goed kunnen controleren.', {
        id: 'ground.5.1.2d.protects',
        desc: 'Woo 5.1.2d: what this exception ground protects, plain language (B1)',
      });
    case '5.1.2e':
      return msg('De privacy van mensen, zoals hun naam, adres of telefoonnummer.', {
        id: 'ground.5.1.2e.protects',
        desc: 'Woo 5.1.2e: what this exception ground protects, plain language (B1)',
      });
    case '5.1.2f':
      return msg('Gegevens van een bedrijf die concurrenten niet mogen zien, zoals prijzen of werkwijzen.', {
        id: 'ground.5.1.2f.protects',
        desc: 'Woo 5.1.2f: what this exception ground protects, plain language (B1)',
      });
    case '5.1.2g':
      return msg(
        'De natuur en het milieu waar de informatie over gaat, bijvoorbeeld de plek waar zeldzame dieren leven.',
        { id: 'ground.5.1.2g.protects', desc: 'Woo 5.1.2g: what this exception ground protects, plain language (B1)' },
      );
    case '5.1.2h':
      return msg('De veiligheid van mensen en bedrijven, en het voorkomen van sabotage.', {
        id: 'ground.5.1.2h.protects',
        desc: 'Woo 5.1.2h: what this exception ground protects, plain language (B1)',
      });
    case '5.1.2i':
      return msg('Het goed werken van de overheid, bijvoorbeeld vertrouwelijk overleg dat nog bezig is.', {
        id: 'ground.5.1.2i.protects',
        desc: 'Woo 5.1.2i: what this exception ground protects, plain language (B1)',
      });
    case '5.1.5':
      return msg(
        `Iemand zou door openbaar maken veel te zwaar benadeeld worden. Deze grond mag alleen in uitzonderlijke \
gevallen.`,
        { id: 'ground.5.1.5.protects', desc: 'Woo 5.1.5: what this exception ground protects, plain language (B1)' },
      );
    case '5.2':
      return msg(
        `Persoonlijke meningen over beleid van ambtenaren of bestuurders in intern overleg. Zo kunnen zij vrij \
met elkaar praten.`,
        { id: 'ground.5.2.protects', desc: 'Woo 5.2: what this exception ground protects, plain language (B1)' },
      );
    case '5.3':
      return msg(
        `Geen eigen grond. Bij informatie ouder dan vijf jaar moet de overheid extra uitleggen waarom zij die \
nog steeds niet openbaar maakt.`,
        { id: 'ground.5.3.protects', desc: 'Woo 5.3: what this exception ground protects, plain language (B1)' },
      );
    case '5.4':
      return msg(
        `Informatie van of voor de (in)formateur tijdens een kabinetsformatie. Die wordt pas openbaar als de \
formatie klaar is.`,
        { id: 'ground.5.4.protects', desc: 'Woo 5.4: what this exception ground protects, plain language (B1)' },
      );
  }
}

/** How a kind of ground works: absolute grounds say so, relative ones that a weighing was made. */
export function kindNote(kind: ExceptionGroundKind): string {
  switch (kind) {
    case 'absolute':
      return msg(
        `Absolute grond (Woo 5.1 lid 1): als deze grond geldt, wordt de informatie niet openbaar. Er wordt niet \
afgewogen.`,
        { id: 'ground.kind.absolute' },
      );
    case 'relative':
      return msg(
        `Relatieve grond: het bestuursorgaan heeft dit belang afgewogen tegen het belang van openbaarheid. Dit \
belang woog hier zwaarder.`,
        { id: 'ground.kind.relative' },
      );
    case 'temporary':
      return msg('Tijdelijke grond (Woo 5.4): de informatie wordt later alsnog openbaar.', {
        id: 'ground.kind.temporary',
      });
    case 'extraReasons':
      return msg(
        'Geen weigeringsgrond (Woo 5.3), maar een extra plicht om uit te leggen waarom oude informatie dicht blijft.',
        { id: 'ground.kind.extraReasons' },
      );
    case 'specialAccess':
      return msg('Geen weigeringsgrond: de informatie gaat alleen naar de verzoeker (Woo 5.5 tot en met 5.7).', {
        id: 'ground.kind.specialAccess',
      });
  }
}
