/** The words of the admin's privacy pages: search by address, export, erase. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export interface PrivacyTexts {
  title: string;
  intro: string;
  identityFirst: string;
  email: string;
  emailHint: string;
  search: string;
  results: (email: string, n: number) => string;
  none: (email: string) => string;
  applied: string;
  association: string;
  status: string;
  exportAll: string;
  eraseAll: string;
  eraseTitle: string;
  eraseIntro: (name: string, email: string) => string;
  willDelete: string;
  counts: (c: { applications: number; notes: number; events: number; mails: number }) => string[];
  kept: string;
  cannotUndo: string;
  confirm: string;
  confirmRequired: string;
  erase: string;
  cancel: string;
  erased: (n: number) => string;
}

const nb: PrivacyTexts = {
  title: 'Innsyn og sletting',
  intro: 'Her svarer du på en forespørsel om innsyn eller sletting fra én person. Søk med den nøyaktige e-postadressen hun brukte i søknaden.',
  identityFirst: 'Kontroller identiteten til den som spør før du gir ut eller sletter noe. Tjenesten sier aldri til andre om en adresse har søkt.',
  email: 'E-postadresse',
  emailHint: 'Hele adressen, for eksempel navn@eksempel.no.',
  search: 'Søk',
  results: (e, n) => `${n === 1 ? '1 søknad' : `${n} søknader`} med ${e}`,
  none: (e) => `Ingen søknader med ${e}.`,
  applied: 'Søkte',
  association: 'Forening',
  status: 'Status',
  exportAll: 'Last ned alt om denne personen (JSON)',
  eraseAll: 'Slett alt om denne personen',
  eraseTitle: 'Slette alt om én person',
  eraseIntro: (name, e) => `Du er i ferd med å slette alt tjenesten har om ${name} (${e}).`,
  willDelete: 'Dette blir slettet:',
  counts: (c) => [`${c.applications} søknad(er)`, `${c.notes} notat(er)`, `${c.events} hendelse(r) i historikken`, `${c.mails} e-post(er) i utboksen`],
  kept: 'Bare anonyme tall blir igjen: hvor mange søknader hver forening hadde, og med hvilken status. Loggen over hvem som gjorde hva, blir også igjen, uten personopplysninger.',
  cannotUndo: 'Dette kan ikke angres.',
  confirm: 'Jeg har kontrollert identiteten til den som ba om sletting',
  confirmRequired: 'Kryss av for at du har kontrollert identiteten.',
  erase: 'Slett for godt',
  cancel: 'Avbryt',
  erased: (n) => `Slettet. ${n === 1 ? '1 søknad' : `${n} søknader`} og alt som hørte til, er borte.`,
};

const nn: PrivacyTexts = {
  title: 'Innsyn og sletting',
  intro: 'Her svarar du på ein førespurnad om innsyn eller sletting frå éin person. Søk med den nøyaktige e-postadressa ho brukte i søknaden.',
  identityFirst: 'Kontroller identiteten til den som spør før du gir ut eller slettar noko. Tenesta seier aldri til andre om ei adresse har søkt.',
  email: 'E-postadresse',
  emailHint: 'Heile adressa, til dømes namn@eksempel.no.',
  search: 'Søk',
  results: (e, n) => `${n === 1 ? '1 søknad' : `${n} søknader`} med ${e}`,
  none: (e) => `Ingen søknader med ${e}.`,
  applied: 'Søkte',
  association: 'Foreining',
  status: 'Status',
  exportAll: 'Last ned alt om denne personen (JSON)',
  eraseAll: 'Slett alt om denne personen',
  eraseTitle: 'Slette alt om éin person',
  eraseIntro: (name, e) => `Du er i ferd med å slette alt tenesta har om ${name} (${e}).`,
  willDelete: 'Dette blir sletta:',
  counts: (c) => [`${c.applications} søknad(er)`, `${c.notes} notat`, `${c.events} hending(ar) i historikken`, `${c.mails} e-post(ar) i utboksen`],
  kept: 'Berre anonyme tal blir att: kor mange søknader kvar foreining hadde, og med kva status. Loggen over kven som gjorde kva, blir òg att, utan personopplysningar.',
  cannotUndo: 'Dette kan ikkje angrast.',
  confirm: 'Eg har kontrollert identiteten til den som bad om sletting',
  confirmRequired: 'Kryss av for at du har kontrollert identiteten.',
  erase: 'Slett for godt',
  cancel: 'Avbryt',
  erased: (n) => `Sletta. ${n === 1 ? '1 søknad' : `${n} søknader`} og alt som høyrde til, er borte.`,
};

const en: PrivacyTexts = {
  title: 'Access and erasure',
  intro: 'Answer one person’s request for access or erasure here. Search with the exact email address she used in her application.',
  identityFirst: 'Check the identity of whoever asks before you hand out or delete anything. The service never tells anyone else whether an address has applied.',
  email: 'Email address',
  emailHint: 'The whole address, for example name@example.com.',
  search: 'Search',
  results: (e, n) => `${n === 1 ? '1 application' : `${n} applications`} with ${e}`,
  none: (e) => `No applications with ${e}.`,
  applied: 'Applied',
  association: 'Association',
  status: 'Status',
  exportAll: 'Download everything about this person (JSON)',
  eraseAll: 'Erase everything about this person',
  eraseTitle: 'Erase everything about one person',
  eraseIntro: (name, e) => `You are about to erase everything the service holds about ${name} (${e}).`,
  willDelete: 'This will be deleted:',
  counts: (c) => [`${c.applications} application(s)`, `${c.notes} note(s)`, `${c.events} history event(s)`, `${c.mails} email(s) in the outbox`],
  kept: 'Only anonymous counts remain: how many applications each association had, and with which status. The log of who did what also remains, without personal data.',
  cannotUndo: 'This cannot be undone.',
  confirm: 'I have checked the identity of the person who asked for erasure',
  confirmRequired: 'Tick the box to confirm you have checked the identity.',
  erase: 'Erase for good',
  cancel: 'Cancel',
  erased: (n) => `Erased. ${n === 1 ? '1 application and everything that belonged to it is gone.' : `${n} applications and everything that belonged to them are gone.`}`,
};

const TEXTS: LanguageTexts<PrivacyTexts> = { nb, nn, en };

/** The privacy pages' words in `language`. */
export function privacyTexts(language: Language): PrivacyTexts {
  return textsFor(TEXTS, language);
}
