/** English, for volunteers who do not read Norwegian. */
import type { Messages } from './index.js';
import { tel } from './segments.js';

export const en: Messages = {
  title: 'Sign up as a Ressursvenn volunteer',
  intro:
    'As a Ressursvenn (resource friend), you are a steady support in everyday life for a woman who has moved out of a crisis shelter and is building a new life. Fill in the form and a local Sanitetsforening association will get in touch with you.',
  requiredNote: 'All fields are required unless they are marked “optional”.',
  optional: 'optional',
  yes: 'Yes',
  no: 'No',
  sections: {
    contact: 'Contact details',
    fit: 'About the role',
    fitIntro: 'Please answer as honestly as you can.',
    about: 'A little about you',
    privacy: 'Privacy',
  },
  labels: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone number',
    postalCode: 'Postcode',
    age25OrOlder: 'Are you 25 or older?',
    canCommit: 'Can you meet 2–4 times a month for 9–12 months?',
    willTakeCourse: 'Are you willing to take the Ressursvenn course (about 12 hours)?',
    willSignConfidentiality: 'Are you willing to sign a confidentiality and ethics declaration?',
    willShowPoliceCertificate: 'Are you willing to show a police certificate (politiattest)?',
    motivation: 'Why would you like to become a Ressursvenn?',
    languages: 'Which languages do you speak?',
    privacyAcknowledged: 'I have read how my details will be used.',
  },
  hints: {
    phone: 'Eight digits, for example 412 34 567.',
    postalCode: 'We use your postcode to find the association nearest to you.',
    willShowPoliceCertificate:
      'The association gives you a confirmation to use when you apply for the certificate at politiet.no. We never receive or store the certificate itself; we only note that you have shown it.',
    languages: 'For example Norwegian, English and Arabic.',
  },
  motivationNote:
    'Please do not write about health, your own experience of violence, religion or ethnicity. We do not need to know.',
  maxCharacters: (max) => `You can write up to ${max} characters.`,
  privacy: {
    notice:
      'Your details go to Norske Kvinners Sanitetsforening and the local association that will contact you. We use them only to follow up your application. Applications that do not lead to a volunteer role are deleted after six months. You can ask to see or delete your details.',
    versionLabel: 'Privacy notice version',
  },
  submit: 'Send application',
  sending: 'Sending …',
  retry: 'Try again',
  help: {
    summary: 'Do you need help yourself?',
    intro:
      'This form is for people who want to volunteer. It is not a way to ask for help, and it is not read straight away. You can get help here:',
    items: [
      {
        title: 'Vold- og overgrepslinjen (helpline for violence and abuse)',
        body: ['Call ', tel('116 006'), '. Free and anonymous, day and night.'],
      },
      { title: 'In an emergency', body: ['Call the police on ', tel('112'), '. For an ambulance, call ', tel('113'), '.'] },
      {
        title: 'Crisis shelters',
        body: ['Anyone can contact any of the 44 crisis shelters in Norway, whichever municipality they live in.'],
      },
      {
        title: 'Children and young people',
        body: ['Call Alarmtelefonen for barn og unge on ', tel('116 111'), '.'],
      },
    ],
  },
  errorSummaryHeading: 'To send your application, please correct the following:',
  errors: {
    required: {
      firstName: 'Enter your first name.',
      lastName: 'Enter your last name.',
      email: 'Enter your email address.',
      phone: 'Enter your phone number.',
      postalCode: 'Enter your postcode.',
      age25OrOlder: 'Answer whether you are 25 or older.',
      canCommit: 'Answer whether you can meet 2–4 times a month for 9–12 months.',
      willTakeCourse: 'Answer whether you are willing to take the course.',
      willSignConfidentiality: 'Answer whether you are willing to sign the confidentiality and ethics declaration.',
      willShowPoliceCertificate: 'Answer whether you are willing to show a police certificate.',
    },
    invalidEmail: 'Enter a valid email address, for example name@example.com.',
    invalidPhone: 'Enter a Norwegian phone number with 8 digits, for example 412 34 567.',
    invalidPostalCode: 'The postcode must be four digits, for example 8514.',
    needsLetter: (label) => `“${label}” must contain at least one letter.`,
    tooLong: (label, max) => `“${label}” can be at most ${max} characters.`,
    forbiddenCharacters: (label) =>
      `“${label}” contains characters we cannot accept. Try typing the text instead of pasting it.`,
    mustAcknowledge: 'Tick the box to confirm that you have read how your details will be used.',
    invalidValue: (label) => `Check your answer to “${label}”.`,
    setup:
      'This form is not set up correctly on this website, so the application cannot be sent from here. Please let the association know.',
  },
  status: {
    sending: 'Sending your application …',
    sent: 'Your application has been sent.',
    failed: 'Your application has not been sent yet.',
  },
  receipt: {
    heading: 'Thank you! Your application has been sent.',
    referenceLabel: 'Reference number',
    nextHeading: 'What happens next?',
    contact: (association) => `${association} will get in touch with you, usually within a few days.`,
    contactUnknown: 'The association will get in touch with you, usually within a few days.',
    questions: (email) => [
      'Any questions, or not heard anything within two weeks? Email ',
      email,
      ' and quote your reference number.',
    ],
  },
  failure: {
    heading: 'Your application has not been sent yet',
    reasons: {
      network_error: 'We could not reach the service. Check that you are connected to the internet.',
      timeout: 'The service took too long to answer.',
      rate_limited: 'A lot of applications have arrived in a short time.',
      service_unavailable: 'The service is temporarily unavailable.',
      other: 'Something went wrong on our side.',
    },
    wait: (minutes) =>
      minutes === 1 ? 'Please wait a minute and try again.' : `Please wait ${minutes} minutes and try again.`,
    later: 'Please try again in a little while.',
    kept: 'What you have written is still in the form.',
    persist: 'If it still does not work, please contact the association.',
    requestId: (id) => `Error reference: ${id}`,
  },
};
