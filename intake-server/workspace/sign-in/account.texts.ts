/** The words of the account page and the admin's passkey requirement page, in nb, nn and en. */
import type { Language } from '../../../contract/index.js';
import type { LanguageTexts } from '../../texts.js';

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
  /** Where a passkey is required and she has one but not at hand: the national contact removes hers. */
  requiredLost: string;
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
  signOutEverywhere: string;
  signOutEverywhereHint: string;
  flash: Record<FlashKey, string>;
  policyTitle: string;
  policyIntro: string;
  policyLegend: string;
  policyNational: string;
  policyHowTo: string;
  resetTitle: string;
  resetIntro: string;
  resetLabel: string;
  resetButton: string;
  resetDone: string;
  resetUnknown: string;
  /** Said by the passkey script while registering. */
  passkey: { working: string; unsupported: string; failed: string; tooMany: string; done: string; exists: string };
}

/** The confirmations shown after a change (`?lagret=KEY`). */
export type FlashKey = 'language' | 'passkey' | 'removed' | 'require' | 'policy';
export const FLASH_KEYS: readonly FlashKey[] = ['language', 'passkey', 'removed', 'require', 'policy'];

export const ACCOUNT_TEXTS: LanguageTexts<AccountTexts> = {
  nb: {
    title: 'Kontoen din',
    name: 'Navn',
    email: 'E-post',
    role: 'Rolle',
    roles: { coordinator: 'Koordinator', admin: 'Nasjonal kontaktperson' },
    associations: 'Foreninger du koordinerer',
    allAssociations: 'Som nasjonal kontaktperson ser du alle foreninger.',
    noAssociations: 'Ingen forening har deg som aktiv koordinator nå.',
    requiredTitle: 'Passnøkkel kreves',
    requiredBody: 'Du må logge inn med passnøkkel for å se søknader. Med lenken på e-post kan du bare registrere en passnøkkel.',
    requiredNoPasskey: 'Registrer en passnøkkel på denne enheten nedenfor, og logg deretter inn med den.',
    requiredHasPasskey: 'Har du en passnøkkel på denne enheten, logger du inn med den her:',
    requiredLost:
      'Har du mistet passnøkkelen, for eksempel med telefonen? Be nasjonal kontaktperson om å fjerne passnøklene dine. Da kan du registrere en ny med lenken på e-post.',
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
    requireHint: 'Da kan lenken på e-post bare brukes til å registrere din første passnøkkel. Mister du telefonen, kan nasjonal kontaktperson fjerne passnøklene dine, så du kan registrere en ny.',
    requiredByAssociation: 'En forening du koordinerer krever passnøkkel.',
    save: 'Lagre',
    policyLink: 'Krav om passnøkkel per forening',
    signOutEverywhere: 'Logg ut overalt',
    signOutEverywhereHint: 'Logger deg ut på alle telefoner og datamaskiner, også denne. Bruk det hvis du har mistet en enhet eller har glemt å logge ut et sted.',
    flash: { language: 'Språket er lagret.', passkey: 'Passnøkkelen er registrert.', removed: 'Passnøkkelen er fjernet.', require: 'Valget er lagret.', policy: 'Kravene er lagret.' },
    policyTitle: 'Krav om passnøkkel',
    policyIntro: 'Koordinatorer i en forening som krever passnøkkel, må logge inn med passnøkkel. Lenken på e-post kan de da bare bruke til å registrere sin første passnøkkel.',
    policyLegend: 'Foreninger som krever passnøkkel',
    policyNational: 'nasjonal',
    policyHowTo: 'Kravet gjelder fra neste side koordinatoren åpner, også for den som allerede er logget inn med lenke.',
    resetTitle: 'Fjern passnøklene til en koordinator',
    resetIntro:
      'For en koordinator som har mistet passnøkkelen, for eksempel med telefonen. Sjekk først at det virkelig er henne du snakker med. Passnøklene hennes fjernes, hun logges ut overalt og får beskjed på e-post. Med lenken på e-post kan hun så registrere en ny passnøkkel.',
    resetLabel: 'E-postadressen til koordinatoren',
    resetButton: 'Fjern passnøklene',
    resetDone: 'Passnøklene er fjernet, og koordinatoren er logget ut overalt.',
    resetUnknown: 'Ingen konto har den e-postadressen. Ingenting er endret.',
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
    roles: { coordinator: 'Koordinator', admin: 'Nasjonal kontaktperson' },
    associations: 'Foreiningar du koordinerer',
    allAssociations: 'Som nasjonal kontaktperson ser du alle foreiningar.',
    noAssociations: 'Inga foreining har deg som aktiv koordinator no.',
    requiredTitle: 'Passnøkkel er påkravd',
    requiredBody: 'Du må logge inn med passnøkkel for å sjå søknader. Med lenkja på e-post kan du berre registrere ein passnøkkel.',
    requiredNoPasskey: 'Registrer ein passnøkkel på denne eininga nedanfor, og logg deretter inn med han.',
    requiredHasPasskey: 'Har du ein passnøkkel på denne eininga, loggar du inn med han her:',
    requiredLost:
      'Har du mista passnøkkelen, til dømes med telefonen? Be nasjonal kontaktperson om å fjerne passnøklane dine. Då kan du registrere ein ny med lenkja på e-post.',
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
    requireHint: 'Då kan lenkja på e-post berre brukast til å registrere den første passnøkkelen din. Mistar du telefonen, kan nasjonal kontaktperson fjerne passnøklane dine, så du kan registrere ein ny.',
    requiredByAssociation: 'Ei foreining du koordinerer krev passnøkkel.',
    save: 'Lagre',
    policyLink: 'Krav om passnøkkel per foreining',
    signOutEverywhere: 'Logg ut overalt',
    signOutEverywhereHint: 'Loggar deg ut på alle telefonar og datamaskiner, også denne. Bruk det om du har mista ei eining eller har gløymt å logge ut ein stad.',
    flash: { language: 'Språket er lagra.', passkey: 'Passnøkkelen er registrert.', removed: 'Passnøkkelen er fjerna.', require: 'Valet er lagra.', policy: 'Krava er lagra.' },
    policyTitle: 'Krav om passnøkkel',
    policyIntro: 'Koordinatorar i ei foreining som krev passnøkkel, må logge inn med passnøkkel. Lenkja på e-post kan dei då berre bruke til å registrere den første passnøkkelen sin.',
    policyLegend: 'Foreiningar som krev passnøkkel',
    policyNational: 'nasjonal',
    policyHowTo: 'Kravet gjeld frå neste side koordinatoren opnar, også for den som alt er logga inn med lenkje.',
    resetTitle: 'Fjern passnøklane til ein koordinator',
    resetIntro:
      'For ein koordinator som har mista passnøkkelen, til dømes med telefonen. Sjekk først at det verkeleg er henne du snakkar med. Passnøklane hennar blir fjerna, ho blir logga ut overalt og får melding på e-post. Med lenkja på e-post kan ho så registrere ein ny passnøkkel.',
    resetLabel: 'E-postadressa til koordinatoren',
    resetButton: 'Fjern passnøklane',
    resetDone: 'Passnøklane er fjerna, og koordinatoren er logga ut overalt.',
    resetUnknown: 'Ingen konto har den e-postadressa. Ingenting er endra.',
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
    roles: { coordinator: 'Coordinator', admin: 'National contact' },
    associations: 'Associations you coordinate',
    allAssociations: 'As the national contact you see every association.',
    noAssociations: 'No association lists you as an active coordinator at the moment.',
    requiredTitle: 'A passkey is required',
    requiredBody: 'You need to sign in with a passkey to see applications. The link by email only lets you register a passkey.',
    requiredNoPasskey: 'Register a passkey on this device below, then sign in with it.',
    requiredHasPasskey: 'If you have a passkey on this device, sign in with it here:',
    requiredLost: 'Lost your passkey, with your phone for example? Ask the national contact to remove your passkeys. You can then register a new one with the link by email.',
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
    requireHint: 'The link by email can then only be used to register your first passkey. If you lose your phone, the national contact can remove your passkeys so that you can register a new one.',
    requiredByAssociation: 'An association you coordinate requires a passkey.',
    save: 'Save',
    policyLink: 'Passkey requirement per association',
    signOutEverywhere: 'Sign out everywhere',
    signOutEverywhereHint: 'Signs you out on every phone and computer, this one too. Use it if you have lost a device or forgot to sign out somewhere.',
    flash: { language: 'The language is saved.', passkey: 'The passkey is registered.', removed: 'The passkey is removed.', require: 'Your choice is saved.', policy: 'The requirements are saved.' },
    policyTitle: 'Passkey requirement',
    policyIntro: 'Coordinators of an association that requires a passkey must sign in with a passkey. They can then only use the link by email to register their first one.',
    policyLegend: 'Associations that require a passkey',
    policyNational: 'national',
    policyHowTo: 'The requirement applies from the next page a coordinator opens, also to someone already signed in with a link.',
    resetTitle: "Remove a coordinator's passkeys",
    resetIntro:
      'For a coordinator who has lost her passkey, with her phone for example. First check that it really is her you are talking to. Her passkeys are removed, she is signed out everywhere and told by email. With the link by email she can then register a new passkey.',
    resetLabel: "The coordinator's email address",
    resetButton: 'Remove the passkeys',
    resetDone: 'The passkeys are removed, and the coordinator is signed out everywhere.',
    resetUnknown: 'No account has that email address. Nothing was changed.',
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
