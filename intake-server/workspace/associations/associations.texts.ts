/** The words of the association pages: the list, the form, coordinators and the lead role, in each language. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

/** The form's fields, named as in the admin tool (`TEXT_FIELDS`), the language as `sprak`. */
export type FormField = 'name' | 'slug' | 'email' | 'phone' | 'kommuner' | 'postal-ranges' | 'origins' | 'sprak' | 'active' | 'minimum-age' | 'full-details' | 'kind' | 'county';

export interface AssociationTexts {
  listTitle: string;
  listIntro: string;
  newAssociation: string;
  filterHeading: string;
  search: string;
  searchHint: string;
  fylke: string;
  any: string;
  activeFilter: string;
  coordinatorsFilter: string;
  coverageFilter: string;
  yes: string;
  no: string;
  showButton: string;
  count: (n: number) => string;
  none: string;
  inactive: string;
  coordinatorCount: (n: number) => string;
  covers: (kommuner: number, ranges: number) => string;
  coversNothing: string;
  noCoordinator: (to: string) => string;
  nationalFallback: string;
  countyFallback: (names: string) => string;
  createTitle: string;
  create: string;
  backToList: string;
  detailsHeading: string;
  save: string;
  saved: string;
  created: string;
  leadIntro: string;
  /** The association's embed code and hosted form, for whoever runs its website. */
  embedHeading: string;
  embedIntro: string;
  embedCodeLabel: string;
  hostedLink: string;
  embedBuilderNote: string;
  labels: Record<FormField, string>;
  hints: Partial<Record<FormField, string>>;
  kindLocal: string;
  kindCounty: string;
  languageNames: Record<Language, string>;
  errors: Record<FormField, string>;
  slugTaken: string;
  /** Numbers the kommune list does not have, as typed. */
  kommunerNotListed: (numbers: string) => string;
  countyNotListed: (number: string) => string;
  required: (label: string) => string;
  tooLong: (label: string, max: number) => string;
  errorTitle: string;
  coordinatorsHeading: string;
  noCoordinators: string;
  leadBadge: string;
  coordinatorName: (name: string) => string;
  rename: string;
  makeLead: string;
  unmakeLead: string;
  remove: string;
  addHeading: string;
  add: string;
  coordinatorEmail: string;
  coordinatorNameLabel: string;
  coordinatorErrors: { name: string; email: string };
  coordinatorSaved: { added: string; updated: string; renamed: string; lead: string; removed: string; removedKept: string };
  removeTitle: (name: string) => string;
  removeIntro: string;
  /** Removing someone who coordinates another association too: her sessions stay, for that one. */
  removeIntroKept: string;
  /** The national contact's last coordinator cannot be removed: nobody could administer the service in the browser. */
  lastNational: string;
  removeQuestion: string;
  stayWithAssociation: string;
  stayHint: string;
  passTo: (name: string) => string;
  confirmRemove: string;
  cancel: string;
}

const nb: AssociationTexts = {
  listTitle: 'Foreninger',
  listIntro: 'Alle sanitetsforeningene i Ressursvenn, med hva de dekker og hvem som er koordinatorer. En forening tar imot søknader bare når den er aktiv og har minst én koordinator.',
  newAssociation: 'Ny forening',
  filterHeading: 'Finn foreninger',
  search: 'Søk',
  searchHint: 'Navn eller navnet i lenken (for eksempel narvik)',
  fylke: 'Fylke',
  any: 'Alle',
  activeFilter: 'Aktiv',
  coordinatorsFilter: 'Har koordinatorer',
  coverageFilter: 'Dekker kommuner eller postnumre',
  yes: 'Ja',
  no: 'Nei',
  showButton: 'Vis',
  count: (n) => (n === 1 ? '1 forening' : `${n} foreninger`),
  none: 'Ingen foreninger passer med søket.',
  inactive: 'Ikke aktiv',
  coordinatorCount: (n) => (n === 1 ? '1 koordinator' : `${n} koordinatorer`),
  covers: (k, r) => `Dekker ${k} ${k === 1 ? 'kommune' : 'kommuner'} og ${r} ${r === 1 ? 'postnummerområde' : 'postnummerområder'}`,
  coversNothing: 'Dekker ingen kommuner eller postnumre: får søknader bare fra sin egen side, eller når søkeren velger den.',
  noCoordinator: (to) => `Ingen koordinator: søknader til foreningen går til ${to}.`,
  nationalFallback: 'den nasjonale kontaktpersonen',
  countyFallback: (names) => `fylkesforeningen (${names})`,
  createTitle: 'Ny forening',
  create: 'Opprett foreningen',
  backToList: 'Tilbake til foreningene',
  detailsHeading: 'Opplysninger',
  save: 'Lagre',
  saved: 'Endringene er lagret.',
  created: 'Foreningen er opprettet. Legg til minst én koordinator, ellers går søknadene til andre.',
  embedHeading: 'Skjemaet på nettsiden',
  embedIntro: 'Lim inn denne koden der søknadsskjemaet skal stå på foreningens nettside (for eksempel en HTML-blokk i publiseringsverktøyet).',
  embedCodeLabel: 'Kode til nettsiden',
  hostedLink: 'Skjemaet på en egen side, for lenker i e-post og sosiale medier:',
  embedBuilderNote: 'Nettsiden må stå blant nettsidene over for at skjemaet skal kunne vises i en ramme (isolert modus).',
  leadIntro: 'Som hovedkoordinator kan du endre foreningens kontaktopplysninger, hvilke nettsider skjemaet kan ligge på, og hvem som er koordinatorer. Resten endrer den nasjonale kontaktpersonen.',
  labels: {
    name: 'Navn',
    slug: 'Navn i lenken',
    email: 'E-post til foreningen',
    phone: 'Telefon',
    kommuner: 'Kommuner (kommunenummer)',
    'postal-ranges': 'Postnumre i tillegg',
    origins: 'Nettsider skjemaet kan ligge på',
    sprak: 'Språk i e-post til koordinatorene',
    active: 'Aktiv: tar imot søknader',
    'minimum-age': 'Aldersgrense',
    'full-details': 'Søkerens kontaktopplysninger i varselet til koordinatorene',
    kind: 'Type forening',
    county: 'Fylkesnummer (for en fylkesforening)',
  },
  hints: {
    slug: 'Små bokstaver a–z, tall og bindestrek, for eksempel narvik. Står i innbyggingskoden og kan ikke endres senere.',
    email: 'Svar fra søkere går hit, og søkerne ser adressen.',
    kommuner: 'Firesifrede kommunenummer skilt med mellomrom eller komma, for eksempel 1806 1853.',
    'postal-ranges': 'Postnumre eller områder utover kommunene, for eksempel 8500-8519 8530.',
    origins: 'Nettadresser uten sti, for eksempel https://www.narvik-sanitet.no. Tomt betyr at skjemaet kan stå rett i alle nettsider, men i en ramme (isolert modus) på ingen.',
    'minimum-age': 'Yngre søkere blir merket, aldri avvist.',
    county: 'To sifre, for eksempel 18.',
  },
  kindLocal: 'Lokalforening',
  kindCounty: 'Fylkesforening: tar søknader ingen lokalforening i fylket kan ta',
  languageNames: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' },
  errors: {
    name: 'Skriv navnet på én linje, høyst 200 tegn, uten nettadresse eller e-postadresse.',
    slug: 'Skriv navnet i lenken med små bokstaver a–z, tall og bindestrek, høyst 64 tegn, for eksempel narvik.',
    email: 'Skriv en gyldig e-postadresse, for eksempel post@narvik-sanitet.no.',
    phone: 'Skriv telefonnummeret med sifre, mellomrom og + - ( ), høyst 30 tegn.',
    kommuner: 'Skriv kommunenummer med fire sifre, for eksempel 1806.',
    'postal-ranges': 'Skriv postnumre med fire sifre, eller områder fra lavest til høyest, som 8500-8519.',
    origins: 'Skriv nettadresser uten sti og uten *, for eksempel https://www.narvik-sanitet.no.',
    sprak: 'Velg bokmål, nynorsk eller engelsk.',
    active: 'Velg om foreningen er aktiv.',
    'minimum-age': 'Skriv aldersgrensen som et helt tall fra 0 til 120.',
    'full-details': 'Velg om varselet skal ha søkerens kontaktopplysninger.',
    kind: 'Velg lokalforening eller fylkesforening.',
    county: 'Skriv fylkesnummeret med to sifre, for eksempel 18.',
  },
  slugTaken: 'Navnet i lenken er allerede i bruk av en annen forening. Velg et annet.',
  kommunerNotListed: (n) => `Kommunelista har ikke ${n}. Sjekk nummeret, eller last opp en nyere kommuneliste under Referansedata hvis kommunen er ny.`,
  countyNotListed: (n) => `Kommunelista har ikke fylke ${n}. Sjekk nummeret, eller last opp en nyere kommuneliste under Referansedata hvis fylket er nytt.`,
  required: (label) => `Fyll ut «${label}».`,
  tooLong: (label, max) => `«${label}» kan ha høyst ${max} tegn.`,
  errorTitle: 'Noe må rettes før det kan lagres',
  coordinatorsHeading: 'Koordinatorer',
  noCoordinators: 'Foreningen har ingen koordinatorer.',
  leadBadge: 'Hovedkoordinator',
  coordinatorName: (name) => `Navn på ${name}`,
  rename: 'Endre navn',
  makeLead: 'Gjør til hovedkoordinator',
  unmakeLead: 'Fjern som hovedkoordinator',
  remove: 'Fjern',
  addHeading: 'Legg til koordinator',
  add: 'Legg til',
  coordinatorEmail: 'E-post',
  coordinatorNameLabel: 'Navn',
  coordinatorErrors: { name: 'Skriv navnet (høyst 200 tegn).', email: 'Skriv en gyldig e-postadresse, for eksempel kari@example.no.' },
  coordinatorSaved: {
    added: 'Koordinatoren er lagt til og får e-post om det, med lenke til koordinatorsidene. Innloggingen skjer med den e-postadressen.',
    updated: 'Adressen var allerede koordinator: navnet er oppdatert.',
    renamed: 'Navnet er endret.',
    lead: 'Hovedkoordinator er endret.',
    removed: 'Koordinatoren er fjernet og logget ut.',
    removedKept: 'Koordinatoren er fjernet fra denne foreningen, og er fortsatt logget inn for den andre foreningen sin.',
  },
  removeTitle: (name) => `Fjerne ${name}?`,
  removeIntro: 'Koordinatoren blir logget ut med en gang, og innloggingslenker som ikke er brukt, slutter å virke.',
  removeIntroKept:
    'Koordinatoren er også koordinator i en annen forening og blir ikke logget ut, men ser ikke lenger søknadene til denne foreningen.',
  lastNational:
    'Nasjonal kontaktperson må ha minst én koordinator, ellers kan ingen administrere tjenesten i nettleseren. Legg til en ny koordinator først, og fjern denne etterpå.',
  removeQuestion: 'Hva skal skje med de åpne søknadene hun følger opp?',
  stayWithAssociation: 'De blir hos foreningen, uten noen som følger dem opp',
  stayHint: 'De andre koordinatorene ser dem i søknadslisten og kan ta dem.',
  passTo: (name) => `De går videre til ${name}`,
  confirmRemove: 'Fjern koordinatoren',
  cancel: 'Avbryt',
};

const nn: AssociationTexts = {
  listTitle: 'Foreiningar',
  listIntro: 'Alle sanitetsforeiningane i Ressursvenn, med kva dei dekkjer og kven som er koordinatorar. Ei foreining tek imot søknader berre når ho er aktiv og har minst éin koordinator.',
  newAssociation: 'Ny foreining',
  filterHeading: 'Finn foreiningar',
  search: 'Søk',
  searchHint: 'Namn eller namnet i lenkja (til dømes narvik)',
  fylke: 'Fylke',
  any: 'Alle',
  activeFilter: 'Aktiv',
  coordinatorsFilter: 'Har koordinatorar',
  coverageFilter: 'Dekkjer kommunar eller postnummer',
  yes: 'Ja',
  no: 'Nei',
  showButton: 'Vis',
  count: (n) => (n === 1 ? '1 foreining' : `${n} foreiningar`),
  none: 'Ingen foreiningar passar med søket.',
  inactive: 'Ikkje aktiv',
  coordinatorCount: (n) => (n === 1 ? '1 koordinator' : `${n} koordinatorar`),
  covers: (k, r) => `Dekkjer ${k} ${k === 1 ? 'kommune' : 'kommunar'} og ${r} ${r === 1 ? 'postnummerområde' : 'postnummerområde'}`,
  coversNothing: 'Dekkjer ingen kommunar eller postnummer: får søknader berre frå si eiga side, eller når søkjaren vel henne.',
  noCoordinator: (to) => `Ingen koordinator: søknader til foreininga går til ${to}.`,
  nationalFallback: 'den nasjonale kontaktpersonen',
  countyFallback: (names) => `fylkesforeininga (${names})`,
  createTitle: 'Ny foreining',
  create: 'Opprett foreininga',
  backToList: 'Tilbake til foreiningane',
  detailsHeading: 'Opplysningar',
  save: 'Lagre',
  saved: 'Endringane er lagra.',
  created: 'Foreininga er oppretta. Legg til minst éin koordinator, elles går søknadene til andre.',
  embedHeading: 'Skjemaet på nettsida',
  embedIntro: 'Lim inn denne koden der søknadsskjemaet skal stå på nettsida til foreininga (til dømes ei HTML-blokk i publiseringsverktøyet).',
  embedCodeLabel: 'Kode til nettsida',
  hostedLink: 'Skjemaet på ei eiga side, for lenkjer i e-post og sosiale medium:',
  embedBuilderNote: 'Nettsida må stå blant nettsidene over for at skjemaet skal kunne visast i ei ramme (isolert modus).',
  leadIntro: 'Som hovudkoordinator kan du endre kontaktopplysningane til foreininga, kva nettsider skjemaet kan liggje på, og kven som er koordinatorar. Resten endrar den nasjonale kontaktpersonen.',
  labels: {
    name: 'Namn',
    slug: 'Namn i lenkja',
    email: 'E-post til foreininga',
    phone: 'Telefon',
    kommuner: 'Kommunar (kommunenummer)',
    'postal-ranges': 'Postnummer i tillegg',
    origins: 'Nettsider skjemaet kan liggje på',
    sprak: 'Språk i e-post til koordinatorane',
    active: 'Aktiv: tek imot søknader',
    'minimum-age': 'Aldersgrense',
    'full-details': 'Kontaktopplysningane til søkjaren i varselet til koordinatorane',
    kind: 'Type foreining',
    county: 'Fylkesnummer (for ei fylkesforeining)',
  },
  hints: {
    slug: 'Små bokstavar a–z, tal og bindestrek, til dømes narvik. Står i innbyggingskoden og kan ikkje endrast seinare.',
    email: 'Svar frå søkjarar går hit, og søkjarane ser adressa.',
    kommuner: 'Firesifra kommunenummer skilde med mellomrom eller komma, til dømes 1806 1853.',
    'postal-ranges': 'Postnummer eller område utover kommunane, til dømes 8500-8519 8530.',
    origins: 'Nettadresser utan sti, til dømes https://www.narvik-sanitet.no. Tomt tyder at skjemaet kan stå rett i alle nettsider, men i ei ramme (isolert modus) på ingen.',
    'minimum-age': 'Yngre søkjarar blir merkte, aldri avviste.',
    county: 'To siffer, til dømes 18.',
  },
  kindLocal: 'Lokalforeining',
  kindCounty: 'Fylkesforeining: tek søknader som inga lokalforeining i fylket kan ta',
  languageNames: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' },
  errors: {
    name: 'Skriv namnet på éi linje, høgst 200 teikn, utan nettadresse eller e-postadresse.',
    slug: 'Skriv namnet i lenkja med små bokstavar a–z, tal og bindestrek, høgst 64 teikn, til dømes narvik.',
    email: 'Skriv ei gyldig e-postadresse, til dømes post@narvik-sanitet.no.',
    phone: 'Skriv telefonnummeret med siffer, mellomrom og + - ( ), høgst 30 teikn.',
    kommuner: 'Skriv kommunenummer med fire siffer, til dømes 1806.',
    'postal-ranges': 'Skriv postnummer med fire siffer, eller område frå lågast til høgast, som 8500-8519.',
    origins: 'Skriv nettadresser utan sti og utan *, til dømes https://www.narvik-sanitet.no.',
    sprak: 'Vel bokmål, nynorsk eller engelsk.',
    active: 'Vel om foreininga er aktiv.',
    'minimum-age': 'Skriv aldersgrensa som eit heilt tal frå 0 til 120.',
    'full-details': 'Vel om varselet skal ha kontaktopplysningane til søkjaren.',
    kind: 'Vel lokalforeining eller fylkesforeining.',
    county: 'Skriv fylkesnummeret med to siffer, til dømes 18.',
  },
  slugTaken: 'Namnet i lenkja er alt i bruk av ei anna foreining. Vel eit anna.',
  kommunerNotListed: (n) => `Kommunelista har ikkje ${n}. Sjekk nummeret, eller last opp ei nyare kommuneliste under Referansedata dersom kommunen er ny.`,
  countyNotListed: (n) => `Kommunelista har ikkje fylke ${n}. Sjekk nummeret, eller last opp ei nyare kommuneliste under Referansedata dersom fylket er nytt.`,
  required: (label) => `Fyll ut «${label}».`,
  tooLong: (label, max) => `«${label}» kan ha høgst ${max} teikn.`,
  errorTitle: 'Noko må rettast før det kan lagrast',
  coordinatorsHeading: 'Koordinatorar',
  noCoordinators: 'Foreininga har ingen koordinatorar.',
  leadBadge: 'Hovudkoordinator',
  coordinatorName: (name) => `Namn på ${name}`,
  rename: 'Endre namn',
  makeLead: 'Gjer til hovudkoordinator',
  unmakeLead: 'Fjern som hovudkoordinator',
  remove: 'Fjern',
  addHeading: 'Legg til koordinator',
  add: 'Legg til',
  coordinatorEmail: 'E-post',
  coordinatorNameLabel: 'Namn',
  coordinatorErrors: { name: 'Skriv namnet (høgst 200 teikn).', email: 'Skriv ei gyldig e-postadresse, til dømes kari@example.no.' },
  coordinatorSaved: {
    added: 'Koordinatoren er lagd til og får e-post om det, med lenkje til koordinatorsidene. Innlogginga skjer med den e-postadressa.',
    updated: 'Adressa var alt koordinator: namnet er oppdatert.',
    renamed: 'Namnet er endra.',
    lead: 'Hovudkoordinator er endra.',
    removed: 'Koordinatoren er fjerna og logga ut.',
    removedKept: 'Koordinatoren er fjerna frå denne foreininga, og er framleis logga inn for den andre foreininga si.',
  },
  removeTitle: (name) => `Fjerne ${name}?`,
  removeIntro: 'Koordinatoren blir logga ut med ein gong, og innloggingslenkjer som ikkje er brukte, sluttar å verke.',
  removeIntroKept:
    'Koordinatoren er òg koordinator i ei anna foreining og blir ikkje logga ut, men ser ikkje lenger søknadene til denne foreininga.',
  lastNational:
    'Nasjonal kontaktperson må ha minst éin koordinator, elles kan ingen administrere tenesta i nettlesaren. Legg til ein ny koordinator først, og fjern denne etterpå.',
  removeQuestion: 'Kva skal skje med dei opne søknadene ho følgjer opp?',
  stayWithAssociation: 'Dei blir hos foreininga, utan nokon som følgjer dei opp',
  stayHint: 'Dei andre koordinatorane ser dei i søknadslista og kan ta dei.',
  passTo: (name) => `Dei går vidare til ${name}`,
  confirmRemove: 'Fjern koordinatoren',
  cancel: 'Avbryt',
};

const en: AssociationTexts = {
  listTitle: 'Associations',
  listIntro: 'Every local association in Ressursvenn, with what it covers and who its coordinators are. An association receives applications only while it is active and has at least one coordinator.',
  newAssociation: 'New association',
  filterHeading: 'Find associations',
  search: 'Search',
  searchHint: 'Name, or the name in the link (for example narvik)',
  fylke: 'County (fylke)',
  any: 'All',
  activeFilter: 'Active',
  coordinatorsFilter: 'Has coordinators',
  coverageFilter: 'Covers kommuner or postal codes',
  yes: 'Yes',
  no: 'No',
  showButton: 'Show',
  count: (n) => (n === 1 ? '1 association' : `${n} associations`),
  none: 'No associations match the search.',
  inactive: 'Not active',
  coordinatorCount: (n) => (n === 1 ? '1 coordinator' : `${n} coordinators`),
  covers: (k, r) => `Covers ${k} ${k === 1 ? 'kommune' : 'kommuner'} and ${r} postal code ${r === 1 ? 'range' : 'ranges'}`,
  coversNothing: 'Covers no kommuner or postal codes: it gets applications only from its own page, or when the applicant chooses it.',
  noCoordinator: (to) => `No coordinator: applications for this association go to ${to}.`,
  nationalFallback: 'the national contact',
  countyFallback: (names) => `the county association (${names})`,
  createTitle: 'New association',
  create: 'Create the association',
  backToList: 'Back to the associations',
  detailsHeading: 'Details',
  save: 'Save',
  saved: 'The changes are saved.',
  created: 'The association is created. Add at least one coordinator, or its applications go to others.',
  embedHeading: 'The form on your website',
  embedIntro: 'Paste this code where the application form should appear on the association’s website (for example an HTML block in the publishing tool).',
  embedCodeLabel: 'Code for the website',
  hostedLink: 'The form on a page of its own, for links in email and social media:',
  embedBuilderNote: 'The website must be among the web pages above for the form to show in a frame (isolated mode).',
  leadIntro: 'As lead coordinator you can change the association’s contact details, the web pages the form may be on, and who its coordinators are. The national contact changes the rest.',
  labels: {
    name: 'Name',
    slug: 'Name in the link',
    email: 'The association’s email',
    phone: 'Phone',
    kommuner: 'Kommuner (kommunenummer)',
    'postal-ranges': 'Further postal codes',
    origins: 'Web pages the form may be on',
    sprak: 'Language of the coordinators’ emails',
    active: 'Active: receives applications',
    'minimum-age': 'Age limit',
    'full-details': 'The applicant’s contact details in the coordinators’ notice',
    kind: 'Kind of association',
    county: 'County number (for a county association)',
  },
  hints: {
    slug: 'Lower-case letters a–z, digits and hyphens, for example narvik. It stands in the embed code and cannot be changed later.',
    email: 'Applicants’ replies go here, and applicants see the address.',
    kommuner: 'Four-digit kommunenummer separated by spaces or commas, for example 1806 1853.',
    'postal-ranges': 'Postal codes or ranges beyond the kommuner, for example 8500-8519 8530.',
    origins: 'Web addresses without a path, for example https://www.narvik-sanitet.no. Empty means the form may be placed directly on any web page, but in a frame (isolated mode) on none.',
    'minimum-age': 'Younger applicants are flagged, never turned away.',
    county: 'Two digits, for example 18.',
  },
  kindLocal: 'Local association',
  kindCounty: 'County association: takes the applications no local association in its county can take',
  languageNames: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
  errors: {
    name: 'Enter the name on one line, at most 200 characters, without a web or email address.',
    slug: 'Enter the name in the link in lower-case letters a–z, digits and hyphens, at most 64 characters, for example narvik.',
    email: 'Enter a valid email address, for example post@narvik-sanitet.no.',
    phone: 'Enter the phone number with digits, spaces and + - ( ), at most 30 characters.',
    kommuner: 'Enter four-digit kommunenummer, for example 1806.',
    'postal-ranges': 'Enter four-digit postal codes, or ranges from lowest to highest, such as 8500-8519.',
    origins: 'Enter web addresses without a path and without *, for example https://www.narvik-sanitet.no.',
    sprak: 'Choose Bokmål, Nynorsk or English.',
    active: 'Choose whether the association is active.',
    'minimum-age': 'Enter the age limit as a whole number from 0 to 120.',
    'full-details': 'Choose whether the notice carries the applicant’s contact details.',
    kind: 'Choose local or county association.',
    county: 'Enter the two-digit county number, for example 18.',
  },
  slugTaken: 'Another association already uses this name in the link. Choose another.',
  kommunerNotListed: (n) => `The kommune list does not have ${n}. Check the number, or upload a newer kommune list under Reference data if the kommune is new.`,
  countyNotListed: (n) => `The kommune list does not have fylke ${n}. Check the number, or upload a newer kommune list under Reference data if the fylke is new.`,
  required: (label) => `Fill in “${label}”.`,
  tooLong: (label, max) => `“${label}” can have at most ${max} characters.`,
  errorTitle: 'Something needs fixing before it can be saved',
  coordinatorsHeading: 'Coordinators',
  noCoordinators: 'The association has no coordinators.',
  leadBadge: 'Lead coordinator',
  coordinatorName: (name) => `Name of ${name}`,
  rename: 'Change name',
  makeLead: 'Make lead coordinator',
  unmakeLead: 'Remove as lead coordinator',
  remove: 'Remove',
  addHeading: 'Add a coordinator',
  add: 'Add',
  coordinatorEmail: 'Email',
  coordinatorNameLabel: 'Name',
  coordinatorErrors: { name: 'Enter the name (at most 200 characters).', email: 'Enter a valid email address, for example kari@example.no.' },
  coordinatorSaved: {
    added: 'The coordinator is added and will get an email about it, with a link to the coordinator pages. Signing in is with that email address.',
    updated: 'The address was already a coordinator: the name is updated.',
    renamed: 'The name is changed.',
    lead: 'The lead coordinator is changed.',
    removed: 'The coordinator is removed and signed out.',
    removedKept: 'The coordinator is removed from this association, and stays signed in for the other one.',
  },
  removeTitle: (name) => `Remove ${name}?`,
  removeIntro: 'The coordinator is signed out at once, and sign-in links not yet used stop working.',
  removeIntroKept: 'The coordinator also coordinates another association, so stays signed in, but no longer sees this association’s applications.',
  lastNational:
    'The national contact must keep at least one coordinator, or nobody can administer the service in the browser. Add a new coordinator first, then remove this one.',
  removeQuestion: 'What happens to the open applications she is following up?',
  stayWithAssociation: 'They stay with the association, with nobody following them up',
  stayHint: 'The other coordinators see them in the list of applications and can take them.',
  passTo: (name) => `They pass to ${name}`,
  confirmRemove: 'Remove the coordinator',
  cancel: 'Cancel',
};

const TEXTS: LanguageTexts<AssociationTexts> = { nb, nn, en };

export function associationTexts(language: Language): AssociationTexts {
  return textsFor(TEXTS, language);
}
