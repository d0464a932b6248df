/** The words of the figures page in Bokmål, Nynorsk and English. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

/** Every sentence and label of the figures page, in one language. */
export interface FiguresTexts {
  locale: string;
  title: string;
  national: string;
  allMine: string;
  noAssociations: string;
  chooseLabel: string;
  choose: string;
  widgetHeading: string;
  widgetIntro: string;
  weekColumn: string;
  week: (n: number) => string;
  views: string;
  starts: string;
  submits: string;
  total: string;
  chartTitle: string;
  chartSummary: (views: string, starts: string, submits: string) => string;
  widgetTableCaption: string;
  arrivalsHeading: string;
  sentFromPage: string;
  sentFromPageHint: string;
  received: string;
  receivedHint: string;
  statusHeading: string;
  statusCaption: string;
  status: string;
  count: string;
  contactHeading: string;
  median: (days: string, applications: string) => string;
  noContactYet: string;
  waiting: (applications: string) => string;
  retentionHeading: string;
  deleted: (applications: string, months: number) => string;
  applications: (n: number) => string;
}

const plural = (one: string, many: string) => (n: number) => (n === 1 ? one : many);
/** Whether a counted phrase ("1 application") is about one, for the English verb that follows it. */
const isOne = (counted: string) => /^1\D/.test(counted);

const nb: FiguresTexts = {
  locale: 'nb-NO',
  title: 'Tall',
  national: 'Hele landet',
  allMine: 'Alle foreningene dine',
  noAssociations: 'Du er ikke koordinator for noen forening ennå.',
  chooseLabel: 'Vis tall for',
  choose: 'Vis',
  widgetHeading: 'Skjemaet de siste 12 ukene',
  widgetIntro: 'Skjemaet teller uten informasjonskapsler og uten å lagre noe om den som besøker siden: bare antall per dag.',
  weekColumn: 'Uke',
  week: (n) => `Uke ${n}`,
  views: 'Visninger',
  starts: 'Påbegynt',
  submits: 'Sendt',
  total: 'Sum',
  chartTitle: 'Visninger, påbegynte og sendte skjema per uke',
  chartSummary: (v, s, u) => `Siste 12 uker: ${v} visninger, ${s} påbegynt og ${u} sendt. Tallene for hver uke står i tabellen under.`,
  widgetTableCaption: 'Skjemaet per uke',
  arrivalsHeading: 'Søknader de siste 12 ukene',
  sentFromPage: 'Sendt fra nettsiden deres',
  sentFromPageHint: 'Sendt fra skjemaet på nettsiden deres, også søknader som gikk videre til en annen sanitetsforening fordi søkeren bor et annet sted. Det er disse som står som «Sendt» over.',
  received: 'Mottatt av sanitetsforeningen',
  receivedHint: 'Søknader sanitetsforeningen har nå, uansett hvilken nettside de ble sendt fra: fordelt hit etter postnummeret, sendt videre hit eller delt med dere.',
  statusHeading: 'Søknader etter status',
  statusCaption: 'Søknader som er lagret nå',
  status: 'Status',
  count: 'Antall',
  contactHeading: 'Tid til første kontakt',
  median: (d, a) => `Median ${d} dager fra søknaden kom til første kontakt (${a} fra de siste 12 ukene).`,
  noContactYet: 'Ingen søknader fra de siste 12 ukene har registrert første kontakt ennå.',
  waiting: (a) => `${a} venter på første kontakt nå.`,
  retentionHeading: 'Slettet etter oppbevaringstiden',
  deleted: (a, m) => `${a} er slettet de siste 12 månedene fordi det ikke hadde skjedd noe med dem på ${m} måneder. Bare antallet er tatt vare på.`,
  applications: (n) => `${n} ${plural('søknad', 'søknader')(n)}`,
};

const nn: FiguresTexts = {
  locale: 'nn-NO',
  title: 'Tal',
  national: 'Heile landet',
  allMine: 'Alle foreiningane dine',
  noAssociations: 'Du er ikkje koordinator for nokon foreining enno.',
  chooseLabel: 'Vis tal for',
  choose: 'Vis',
  widgetHeading: 'Skjemaet dei siste 12 vekene',
  widgetIntro: 'Skjemaet tel utan informasjonskapslar og utan å lagre noko om den som besøkjer sida: berre tal per dag.',
  weekColumn: 'Veke',
  week: (n) => `Veke ${n}`,
  views: 'Visingar',
  starts: 'Påbyrja',
  submits: 'Sende',
  total: 'Sum',
  chartTitle: 'Visingar, påbyrja og sende skjema per veke',
  chartSummary: (v, s, u) => `Siste 12 veker: ${v} visingar, ${s} påbyrja og ${u} sende. Tala for kvar veke står i tabellen under.`,
  widgetTableCaption: 'Skjemaet per veke',
  arrivalsHeading: 'Søknader dei siste 12 vekene',
  sentFromPage: 'Sendt frå nettsida dykkar',
  sentFromPageHint: 'Sendt frå skjemaet på nettsida dykkar, også søknader som gjekk vidare til ei anna sanitetsforeining fordi søkjaren bur ein annan stad. Det er desse som står som «Sende» over.',
  received: 'Motteke av sanitetsforeininga',
  receivedHint: 'Søknader sanitetsforeininga har no, same kva nettside dei vart sende frå: fordelte hit etter postnummeret, sende vidare hit eller delte med dykk.',
  statusHeading: 'Søknader etter status',
  statusCaption: 'Søknader som er lagra no',
  status: 'Status',
  count: 'Tal',
  contactHeading: 'Tid til første kontakt',
  median: (d, a) => `Median ${d} dagar frå søknaden kom til første kontakt (${a} frå dei siste 12 vekene).`,
  noContactYet: 'Ingen søknader frå dei siste 12 vekene har registrert første kontakt enno.',
  waiting: (a) => `${a} ventar på første kontakt no.`,
  retentionHeading: 'Sletta etter oppbevaringstida',
  deleted: (a, m) => `${a} er sletta dei siste 12 månadene fordi det ikkje hadde skjedd noko med dei på ${m} månader. Berre talet er teke vare på.`,
  applications: (n) => `${n} ${plural('søknad', 'søknader')(n)}`,
};

const en: FiguresTexts = {
  locale: 'en-GB',
  title: 'Figures',
  national: 'The whole country',
  allMine: 'All your associations',
  noAssociations: 'You do not coordinate any association yet.',
  chooseLabel: 'Show figures for',
  choose: 'Show',
  widgetHeading: 'The form over the last 12 weeks',
  widgetIntro: 'The form counts without cookies and without storing anything about the visitor: only numbers per day.',
  weekColumn: 'Week',
  week: (n) => `Week ${n}`,
  views: 'Views',
  starts: 'Started',
  submits: 'Sent',
  total: 'Total',
  chartTitle: 'Views, started and sent forms per week',
  chartSummary: (v, s, u) => `Last 12 weeks: ${v} views, ${s} started and ${u} sent. The numbers for each week are in the table below.`,
  widgetTableCaption: 'The form per week',
  arrivalsHeading: 'Applications over the last 12 weeks',
  sentFromPage: 'Sent from your website',
  sentFromPageHint: 'Sent from the form on your website, including applications passed on to another association because the applicant lives elsewhere. These are the ones counted as “Sent” above.',
  received: 'Received by the association',
  receivedHint: 'Applications the association has now, whichever website sent them: routed here by postal code, passed on to you or shared with you.',
  statusHeading: 'Applications by status',
  statusCaption: 'Applications held now',
  status: 'Status',
  count: 'Number',
  contactHeading: 'Time to first contact',
  median: (d, a) => `Median ${d} days from arrival to first contact (${a} from the last 12 weeks).`,
  noContactYet: 'No application from the last 12 weeks has a first contact recorded yet.',
  waiting: (a) => `${a} ${isOne(a) ? 'is' : 'are'} waiting for first contact now.`,
  retentionHeading: 'Deleted after the retention period',
  deleted: (a, m) =>
    `${a} ${isOne(a) ? 'was' : 'were'} deleted in the last 12 months because nothing had happened to ${isOne(a) ? 'it' : 'them'} for ${m} months. Only the number is kept.`,
  applications: (n) => `${n} ${plural('application', 'applications')(n)}`,
};

const TEXTS: LanguageTexts<FiguresTexts> = { nb, nn, en };

/** The figures page's texts in `language`. */
export function figuresTexts(language: Language): FiguresTexts {
  return textsFor(TEXTS, language);
}
