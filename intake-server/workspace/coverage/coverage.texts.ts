/** The words of the coverage page. */
import type { Language } from '../../../contract/index.js';
import type { AssociationKind } from '../../associations/association.js';
import type { Routing } from '../../routing/route-application.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export interface CoverageTexts {
  title: string;
  intro: string;
  routeHeading: string;
  routeIntro: string;
  postalCode: string;
  postalCodeHint: string;
  pageAssociation: string;
  confirmedAssociation: string;
  optional: string;
  none: string;
  find: string;
  errorTitle: string;
  badPostalCode: string;
  answerHeading: (postalCode: string) => string;
  place: string;
  notInRegister: string;
  kommune: string;
  notInKommuneList: string;
  routing: string;
  why: Record<Routing, string>;
  unroutedWhy: string;
  sharedBy: string;
  shared: string;
  goesTo: string;
  notified: string;
  registerEmpty: string;
  noNational: string;
  nobodyAtAll: (postalCode: string) => string;
  fylkerHeading: string;
  pageFirst: string;
  fylke: string;
  allFylker: string;
  show: string;
  /** Kommuner in the fylke, those served whole, those served only for some postal codes. */
  kommuneCount: (all: number, served: number, partly: number) => string;
  fallbackCounty: (names: string) => string;
  fallbackNational: string;
  countyCannot: (name: string) => string;
  unservedHeading: (n: number) => string;
  servedHeading: (n: number) => string;
  partlyHeading: (n: number) => string;
  allServed: string;
  noneServed: string;
  nobody: string;
  kind: Record<AssociationKind, string>;
  inactive: string;
  noCoordinator: string;
  onlyRanges: (ranges: string) => string;
  coveringNothingHeading: string;
  coveringNothingIntro: string;
  coveringNothingNone: string;
  unknownKommuner: string;
  noKommuneList: string;
}

const nb: CoverageTexts = {
  title: 'Dekning',
  intro:
    'Hvilke foreninger som tar imot søknader fra hver kommune, og hvor søknadene går der ingen gjør det. En forening tar imot søknader bare når den er aktiv og har minst én aktiv koordinator.',
  routeHeading: 'Hvor går en søknad?',
  routeIntro: 'Svaret følger de samme reglene som når en søknad kommer inn. Ingenting blir lagret.',
  postalCode: 'Postnummer',
  postalCodeHint: 'Fire siffer, for eksempel 8514.',
  pageAssociation: 'Skjemaet står på siden til',
  confirmedAssociation: 'Søkeren bekreftet',
  optional: '(valgfritt)',
  none: 'Ingen',
  find: 'Finn ut',
  errorTitle: 'Dette må rettes',
  badPostalCode: 'Skriv et postnummer med fire siffer.',
  answerHeading: (code) => `Svar for ${code}`,
  place: 'Poststed',
  notInRegister: 'Finnes ikke i postnummerregisteret',
  kommune: 'Kommune',
  notInKommuneList: 'finnes ikke i kommunelista',
  routing: 'Går dit fordi',
  why: {
    confirmed: 'Søkeren bekreftet denne foreningen.',
    postal_code: 'Foreningen dekker kommunen eller et postnummerområde med dette postnummeret.',
    page: 'Ingen forening dekker postnummeret, så søknaden går til foreningen som skjemaet står på siden til.',
    county: 'Ingen lokalforening dekker postnummeret, så søknaden går til fylkesforeningen.',
    national_fallback: 'Ingen forening kan ta imot søknaden. Den går til nasjonal kontaktperson og står som «Ikke fordelt» til noen sender den videre.',
  },
  unroutedWhy: 'Hvorfor ingen forening',
  sharedBy: 'Deles av',
  shared: 'Ingen valgte forening, så alle disse deler søknaden og får e-post om den.',
  goesTo: 'Går til',
  notified: 'Får e-post',
  registerEmpty: 'Postnummerregisteret er tomt, så bare postnummerområder kan treffe. Importer registeret.',
  noNational: 'Det finnes ingen aktiv nasjonal kontaktperson som kan ta imot det ingen forening kan ta imot.',
  nobodyAtAll: (code) => `Ingen forening kan ta imot en søknad fra ${code}, og det finnes ingen nasjonal kontaktperson å falle tilbake på.`,
  fylkerHeading: 'Kommuner fylke for fylke',
  pageFirst: 'Står skjemaet på siden til en forening som tar imot søknader, går søknaden dit før den går til fylkesforeningen eller nasjonal kontaktperson.',
  fylke: 'Fylke',
  allFylker: 'Alle fylker',
  show: 'Vis',
  kommuneCount: (all, served, partly) =>
    `${all} ${all === 1 ? 'kommune' : 'kommuner'}, ${served} med en forening som tar imot søknader${partly > 0 ? `, ${partly} der en forening tar imot fra bare noen postnumre` : ''}.`,
  fallbackCounty: (names) => `Der ingen lokalforening tar imot, går søknadene til ${names}.`,
  fallbackNational: 'Der ingen lokalforening tar imot, går søknadene til nasjonal kontaktperson.',
  countyCannot: (name) => `${name} kan ikke ta imot søknader nå.`,
  unservedHeading: (n) => `Uten forening som tar imot (${n})`,
  servedHeading: (n) => `Med forening som tar imot (${n})`,
  partlyHeading: (n) => `Med forening som tar imot fra bare noen postnumre (${n})`,
  allServed: 'Alle kommunene har en forening som tar imot søknader.',
  noneServed: 'Ingen av kommunene har en forening som tar imot søknader.',
  nobody: 'Ingen forening',
  kind: { local: 'lokalforening', county: 'fylkesforening', national: 'nasjonal' },
  inactive: 'ikke aktiv',
  noCoordinator: 'ingen aktiv koordinator',
  onlyRanges: (ranges) => `bare postnummer ${ranges}`,
  coveringNothingHeading: 'Foreninger som ikke dekker noe',
  coveringNothingIntro: 'Disse foreningene har verken kommuner eller postnummerområder (eller fylke, for fylkesforeninger), så ingen søknad går til dem etter postnummer.',
  coveringNothingNone: 'Alle foreningene dekker minst én kommune, ett postnummerområde eller ett fylke.',
  noKommuneList: 'Kommunelista er tom. Importer Kartverkets kommuneliste for å se dekningen.',
  unknownKommuner: 'Disse kommunenumrene står hos en forening, men finnes ikke i kommunelista (kommunen kan være slått sammen med en annen). Ingen søknad går dit etter kommune:',
};

const nn: CoverageTexts = {
  title: 'Dekning',
  intro:
    'Kva foreiningar som tek imot søknader frå kvar kommune, og kvar søknadene går der ingen gjer det. Ei foreining tek imot søknader berre når ho er aktiv og har minst éin aktiv koordinator.',
  routeHeading: 'Kvar går ein søknad?',
  routeIntro: 'Svaret følgjer dei same reglane som når ein søknad kjem inn. Ingenting blir lagra.',
  postalCode: 'Postnummer',
  postalCodeHint: 'Fire siffer, til dømes 8514.',
  pageAssociation: 'Skjemaet står på sida til',
  confirmedAssociation: 'Søkjaren stadfesta',
  optional: '(valfritt)',
  none: 'Ingen',
  find: 'Finn ut',
  errorTitle: 'Dette må rettast',
  badPostalCode: 'Skriv eit postnummer med fire siffer.',
  answerHeading: (code) => `Svar for ${code}`,
  place: 'Poststad',
  notInRegister: 'Finst ikkje i postnummerregisteret',
  kommune: 'Kommune',
  notInKommuneList: 'finst ikkje i kommunelista',
  routing: 'Går dit fordi',
  why: {
    confirmed: 'Søkjaren stadfesta denne foreininga.',
    postal_code: 'Foreininga dekkjer kommunen eller eit postnummerområde med dette postnummeret.',
    page: 'Inga foreining dekkjer postnummeret, så søknaden går til foreininga som skjemaet står på sida til.',
    county: 'Inga lokalforeining dekkjer postnummeret, så søknaden går til fylkesforeininga.',
    national_fallback: 'Inga foreining kan ta imot søknaden. Han går til nasjonal kontaktperson og står som «Ikkje fordelt» til nokon sender han vidare.',
  },
  unroutedWhy: 'Kvifor inga foreining',
  sharedBy: 'Delt mellom',
  shared: 'Ingen valde foreining, så alle desse deler søknaden og får e-post om han.',
  goesTo: 'Går til',
  notified: 'Får e-post',
  registerEmpty: 'Postnummerregisteret er tomt, så berre postnummerområde kan treffe. Importer registeret.',
  noNational: 'Det finst ingen aktiv nasjonal kontaktperson som kan ta imot det inga foreining kan ta imot.',
  nobodyAtAll: (code) => `Inga foreining kan ta imot ein søknad frå ${code}, og det finst ingen nasjonal kontaktperson å falle tilbake på.`,
  fylkerHeading: 'Kommunar fylke for fylke',
  pageFirst: 'Står skjemaet på sida til ei foreining som tek imot søknader, går søknaden dit før han går til fylkesforeininga eller nasjonal kontaktperson.',
  fylke: 'Fylke',
  allFylker: 'Alle fylke',
  show: 'Vis',
  kommuneCount: (all, served, partly) =>
    `${all} ${all === 1 ? 'kommune' : 'kommunar'}, ${served} med ei foreining som tek imot søknader${partly > 0 ? `, ${partly} der ei foreining tek imot frå berre nokre postnummer` : ''}.`,
  fallbackCounty: (names) => `Der inga lokalforeining tek imot, går søknadene til ${names}.`,
  fallbackNational: 'Der inga lokalforeining tek imot, går søknadene til nasjonal kontaktperson.',
  countyCannot: (name) => `${name} kan ikkje ta imot søknader no.`,
  unservedHeading: (n) => `Utan foreining som tek imot (${n})`,
  servedHeading: (n) => `Med foreining som tek imot (${n})`,
  partlyHeading: (n) => `Med foreining som tek imot frå berre nokre postnummer (${n})`,
  allServed: 'Alle kommunane har ei foreining som tek imot søknader.',
  noneServed: 'Ingen av kommunane har ei foreining som tek imot søknader.',
  nobody: 'Inga foreining',
  kind: { local: 'lokalforeining', county: 'fylkesforeining', national: 'nasjonal' },
  inactive: 'ikkje aktiv',
  noCoordinator: 'ingen aktiv koordinator',
  onlyRanges: (ranges) => `berre postnummer ${ranges}`,
  coveringNothingHeading: 'Foreiningar som ikkje dekkjer noko',
  coveringNothingIntro: 'Desse foreiningane har verken kommunar eller postnummerområde (eller fylke, for fylkesforeiningar), så ingen søknad går til dei etter postnummer.',
  coveringNothingNone: 'Alle foreiningane dekkjer minst éin kommune, eitt postnummerområde eller eitt fylke.',
  noKommuneList: 'Kommunelista er tom. Importer kommunelista frå Kartverket for å sjå dekninga.',
  unknownKommuner: 'Desse kommunenummera står hos ei foreining, men finst ikkje i kommunelista (kommunen kan vere slått saman med ein annan). Ingen søknad går dit etter kommune:',
};

const en: CoverageTexts = {
  title: 'Coverage',
  intro:
    'Which associations take applications from each kommune, and where applications go where none does. An association takes applications only when it is active and has at least one active coordinator.',
  routeHeading: 'Where would an application go?',
  routeIntro: 'The answer follows the same rules as when an application arrives. Nothing is stored.',
  postalCode: 'Postal code',
  postalCodeHint: 'Four digits, for example 8514.',
  pageAssociation: 'The form is on the page of',
  confirmedAssociation: 'The applicant confirmed',
  optional: '(optional)',
  none: 'None',
  find: 'Find out',
  errorTitle: 'Please correct this',
  badPostalCode: 'Enter a postal code of four digits.',
  answerHeading: (code) => `Answer for ${code}`,
  place: 'Place',
  notInRegister: 'Not in the postal code register',
  kommune: 'Kommune',
  notInKommuneList: 'not in the kommune list',
  routing: 'Goes there because',
  why: {
    confirmed: 'The applicant confirmed this association.',
    postal_code: "The association serves the postal code's kommune or a postal range holding it.",
    page: "No association serves this postal code, so it goes to the association whose page the form is on.",
    county: 'No local association serves this postal code, so it goes to the county association.',
    national_fallback: 'No association can take it. It goes to the national contact, marked “Not assigned” until someone passes it on.',
  },
  unroutedWhy: 'Why no association',
  sharedBy: 'Shared by',
  shared: 'Nobody chose an association, so all of these share it and are emailed.',
  goesTo: 'Goes to',
  notified: 'Emailed',
  registerEmpty: 'The postal code register is empty, so only postal ranges can match. Import the register.',
  noNational: 'There is no active national contact to take what no association can.',
  nobodyAtAll: (code) => `No association can take an application from ${code}, and there is no national contact to fall back on.`,
  fylkerHeading: 'Kommuner fylke by fylke',
  pageFirst: 'When the form is on the page of an association that takes applications, the application goes there before the county association or the national contact.',
  fylke: 'Fylke',
  allFylker: 'All fylker',
  show: 'Show',
  kommuneCount: (all, served, partly) =>
    `${all} ${all === 1 ? 'kommune' : 'kommuner'}, ${served} with an association that takes applications${partly > 0 ? `, ${partly} where one takes them from some postal codes only` : ''}.`,
  fallbackCounty: (names) => `Where no local association takes applications, they go to ${names}.`,
  fallbackNational: 'Where no local association takes applications, they go to the national contact.',
  countyCannot: (name) => `${name} cannot take applications now.`,
  unservedHeading: (n) => `Without an association that takes applications (${n})`,
  servedHeading: (n) => `With an association that takes applications (${n})`,
  partlyHeading: (n) => `With an association that takes applications from some postal codes only (${n})`,
  allServed: 'Every kommune has an association that takes applications.',
  noneServed: 'No kommune has an association that takes applications.',
  nobody: 'No association',
  kind: { local: 'local association', county: 'county association', national: 'national' },
  inactive: 'inactive',
  noCoordinator: 'no active coordinator',
  onlyRanges: (ranges) => `only postal codes ${ranges}`,
  coveringNothingHeading: 'Associations that cover nothing',
  coveringNothingIntro: 'These associations have no kommuner and no postal ranges (or no fylke, for county associations), so no application goes to them by postal code.',
  coveringNothingNone: 'Every association covers at least one kommune, postal range or fylke.',
  noKommuneList: 'The kommune list is empty. Import Kartverket’s kommune list to see the coverage.',
  unknownKommuner: 'These kommunenummer are named by an association but are not in the kommune list (the kommune may have merged with another). No application goes there by kommune:',
};

const TEXTS: LanguageTexts<CoverageTexts> = { nb, nn, en };

/** The coverage page's words in `language`. */
export function coverageTexts(language: Language): CoverageTexts {
  return textsFor(TEXTS, language);
}
