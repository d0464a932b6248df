/** The words of the account page and the admin's passkey requirement page, in nb, nn and en. */
import type { WorkspaceLanguage } from '../layout/texts.js';

export interface AccountTexts {
  title: string;
  name: string;
  email: string;
  role: string;
  roles: { coordinator: string; admin: string };
  associations: string;
  allAssociations: string;
  noAssociations: string;
  requiredTitle: string;
  requiredBody: string;
  requiredNoPasskey: string;
  requiredHasPasskey: string;
  passkeySignIn: string;
  language: string;
  languageLegend: string;
  saveLanguage: string;
  passkeys: string;
  passkeysIntro: string;
  noPasskeys: string;
  registered: string;
  lastUsed: string;
  never: string;
  remove: (name: string) => string;
  removeLabel: string;
  register: string;
  registerLabel: string;
  registerHint: string;
  registerButton: string;
  require: string;
  requireLabel: string;
  requireHint: string;
  requiredByAssociation: string;
  save: string;
  policyLink: string;
  signOut: string;
  flash: Record<FlashKey, string>;
  policyTitle: string;
  policyIntro: string;
  policyLegend: string;
  policyNational: string;
  policyHowTo: string;
  /** Said by the passkey script while registering. */
  passkey: { working: string; unsupported: string; failed: string; tooMany: string; done: string; exists: string };
}

/** The confirmations shown after a change (`?lagret=KEY`). */
export type FlashKey = 'language' | 'passkey' | 'removed' | 'require' | 'policy';
export const FLASH_KEYS: readonly FlashKey[] = ['language', 'passkey', 'removed', 'require', 'policy'];

export const ACCOUNT_TEXTS: Record<WorkspaceLanguage, AccountTexts> = {
  nb: {
    title: 'Kontoen din',
    name: 'Navn',
    email: 'E-post',
    role: 'Rolle',
    roles: { coordinator: 'Koordinator', admin: 'Nasjonal administrator' },
    associations: 'Foreninger du koordinerer',
    allAssociations: 'Som nasjonal administrator ser du alle foreninger.',
    noAssociations: 'Ingen forening har deg som aktiv koordinator nå.',
    requiredTitle: 'Passnøkkel kreves',
    requiredBody: 'Du må logge inn med passnøkkel for å se søknader. Med lenken på e-post kan du bare registrere en passnøkkel.',
    requiredNoPasskey: 'Registrer en passnøkkel på denne enheten nedenfor, og logg deretter inn med den.',
    requiredHasPasskey: 'Har du en passnøkkel på denne enheten, logger du inn med den her:',
    passkeySignIn: 'Logg inn med passnøkkel',
    language: 'Språk',
    languageLegend: 'Språk på sidene og i e-poster til deg',
    saveLanguage: 'Lagre språk',
    passkeys: 'Passnøkler',
    passkeysIntro: 'Med en passnøkkel logger du inn med fingeravtrykk, ansikt eller PIN-kode i stedet for med en lenke på e-post.',
    noPasskeys: 'Du har ingen passnøkler ennå.',
    registered: 'Registrert',
    lastUsed: 'Sist brukt',
    never: 'Aldri',
    remove: (name) => `Fjern passnøkkelen «${name}»`,
    removeLabel: 'Fjern',
    register: 'Registrer en passnøkkel',
    registerLabel: 'Navn på passnøkkelen (valgfritt)',
    registerHint: 'For eksempel «Mobilen min» eller «PC-en på kontoret», så du kjenner den igjen.',
    registerButton: 'Registrer passnøkkel',
    require: 'Krev passnøkkel',
    requireLabel: 'Krev passnøkkel når jeg logger inn',
    requireHint: 'Da kan lenken på e-post bare brukes til å registrere en ny passnøkkel, for eksempel hvis du mister telefonen.',
    requiredByAssociation: 'En forening du koordinerer krever passnøkkel.',
    save: 'Lagre',
    policyLink: 'Krav om passnøkkel per forening',
    signOut: 'Logg ut',
    flash: { language: 'Språket er lagret.', passkey: 'Passnøkkelen er registrert.', removed: 'Passnøkkelen er fjernet.', require: 'Valget er lagret.', policy: 'Kravene er lagret.' },
    policyTitle: 'Krav om passnøkkel',
    policyIntro: 'Koordinatorer i en forening som krever passnøkkel, må logge inn med passnøkkel. Lenken på e-post kan de da bare bruke til å registrere en passnøkkel.',
    policyLegend: 'Foreninger som krever passnøkkel',
    policyNational: 'nasjonal',
    policyHowTo: 'Kravet gjelder fra neste side koordinatoren åpner, også for den som allerede er logget inn med lenke.',
    passkey: {
      working: 'Venter på passnøkkelen …',
      unsupported: 'Denne nettleseren kan ikke bruke passnøkler.',
      failed: 'Passnøkkelen ble ikke registrert, eller du avbrøt. Prøv igjen.',
      tooMany: 'For mange forsøk. Vent et kvarter og prøv igjen.',
      done: 'Passnøkkelen er registrert.',
      exists: 'Denne passnøkkelen er allerede registrert.',
    },
  },
  nn: {
    title: 'Kontoen din',
    name: 'Namn',
    email: 'E-post',
    role: 'Rolle',
    roles: { coordinator: 'Koordinator', admin: 'Nasjonal administrator' },
    associations: 'Foreiningar du koordinerer',
    allAssociations: 'Som nasjonal administrator ser du alle foreiningar.',
    noAssociations: 'Inga foreining har deg som aktiv koordinator no.',
    requiredTitle: 'Passnøkkel er påkravd',
    requiredBody: 'Du må logge inn med passnøkkel for å sjå søknader. Med lenkja på e-post kan du berre registrere ein passnøkkel.',
    requiredNoPasskey: 'Registrer ein passnøkkel på denne eininga nedanfor, og logg deretter inn med han.',
    requiredHasPasskey: 'Har du ein passnøkkel på denne eininga, loggar du inn med han her:',
    passkeySignIn: 'Logg inn med passnøkkel',
    language: 'Språk',
    languageLegend: 'Språk på sidene og i e-postar til deg',
    saveLanguage: 'Lagre språk',
    passkeys: 'Passnøklar',
    passkeysIntro: 'Med ein passnøkkel loggar du inn med fingeravtrykk, andlet eller PIN-kode i staden for med ei lenkje på e-post.',
    noPasskeys: 'Du har ingen passnøklar enno.',
    registered: 'Registrert',
    lastUsed: 'Sist brukt',
    never: 'Aldri',
    remove: (name) => `Fjern passnøkkelen «${name}»`,
    removeLabel: 'Fjern',
    register: 'Registrer ein passnøkkel',
    registerLabel: 'Namn på passnøkkelen (valfritt)',
    registerHint: 'Til dømes «Mobilen min» eller «PC-en på kontoret», så du kjenner han att.',
    registerButton: 'Registrer passnøkkel',
    require: 'Krev passnøkkel',
    requireLabel: 'Krev passnøkkel når eg loggar inn',
    requireHint: 'Då kan lenkja på e-post berre brukast til å registrere ein ny passnøkkel, til dømes om du mistar telefonen.',
    requiredByAssociation: 'Ei foreining du koordinerer krev passnøkkel.',
    save: 'Lagre',
    policyLink: 'Krav om passnøkkel per foreining',
    signOut: 'Logg ut',
    flash: { language: 'Språket er lagra.', passkey: 'Passnøkkelen er registrert.', removed: 'Passnøkkelen er fjerna.', require: 'Valet er lagra.', policy: 'Krava er lagra.' },
    policyTitle: 'Krav om passnøkkel',
    policyIntro: 'Koordinatorar i ei foreining som krev passnøkkel, må logge inn med passnøkkel. Lenkja på e-post kan dei då berre bruke til å registrere ein passnøkkel.',
    policyLegend: 'Foreiningar som krev passnøkkel',
    policyNational: 'nasjonal',
    policyHowTo: 'Kravet gjeld frå neste side koordinatoren opnar, også for den som alt er logga inn med lenkje.',
    passkey: {
      working: 'Ventar på passnøkkelen …',
      unsupported: 'Denne nettlesaren kan ikkje bruke passnøklar.',
      failed: 'Passnøkkelen vart ikkje registrert, eller du avbraut. Prøv igjen.',
      tooMany: 'For mange forsøk. Vent eit kvarter og prøv igjen.',
      done: 'Passnøkkelen er registrert.',
      exists: 'Denne passnøkkelen er alt registrert.',
    },
  },
  en: {
    title: 'Your account',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    roles: { coordinator: 'Coordinator', admin: 'National admin' },
    associations: 'Associations you coordinate',
    allAssociations: 'As national admin you see every association.',
    noAssociations: 'No association lists you as an active coordinator at the moment.',
    requiredTitle: 'A passkey is required',
    requiredBody: 'You need to sign in with a passkey to see applications. The link by email only lets you register a passkey.',
    requiredNoPasskey: 'Register a passkey on this device below, then sign in with it.',
    requiredHasPasskey: 'If you have a passkey on this device, sign in with it here:',
    passkeySignIn: 'Sign in with a passkey',
    language: 'Language',
    languageLegend: 'Language of the pages and of emails to you',
    saveLanguage: 'Save language',
    passkeys: 'Passkeys',
    passkeysIntro: 'With a passkey you sign in with your fingerprint, face or PIN instead of a link by email.',
    noPasskeys: 'You have no passkeys yet.',
    registered: 'Registered',
    lastUsed: 'Last used',
    never: 'Never',
    remove: (name) => `Remove the passkey “${name}”`,
    removeLabel: 'Remove',
    register: 'Register a passkey',
    registerLabel: 'Name of the passkey (optional)',
    registerHint: 'For example “My phone” or “Office PC”, so you recognise it.',
    registerButton: 'Register passkey',
    require: 'Require a passkey',
    requireLabel: 'Require a passkey when I sign in',
    requireHint: 'The link by email can then only be used to register a new passkey, for example if you lose your phone.',
    requiredByAssociation: 'An association you coordinate requires a passkey.',
    save: 'Save',
    policyLink: 'Passkey requirement per association',
    signOut: 'Sign out',
    flash: { language: 'The language is saved.', passkey: 'The passkey is registered.', removed: 'The passkey is removed.', require: 'Your choice is saved.', policy: 'The requirements are saved.' },
    policyTitle: 'Passkey requirement',
    policyIntro: 'Coordinators of an association that requires a passkey must sign in with a passkey. They can then only use the link by email to register one.',
    policyLegend: 'Associations that require a passkey',
    policyNational: 'national',
    policyHowTo: 'The requirement applies from the next page a coordinator opens, also to someone already signed in with a link.',
    passkey: {
      working: 'Waiting for the passkey …',
      unsupported: 'This browser cannot use passkeys.',
      failed: 'The passkey was not registered, or you cancelled. Please try again.',
      tooMany: 'Too many attempts. Please wait a quarter of an hour and try again.',
      done: 'The passkey is registered.',
      exists: 'This passkey is already registered.',
    },
  },
};
