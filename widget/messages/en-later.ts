/** English: the texts of the later steps, the review and the receipt (loaded with the flow chunk). */
import type { LaterMessages } from './index.js';

export const enLater: LaterMessages = {
  yes: 'Yes',
  no: 'No',
  sections: {
    fit: 'About the role',
    fitIntro: 'Please answer as honestly as you can. A no does not close the door: you and the association talk it through when you meet.',
    about: 'A little about you',
    privacy: 'Privacy',
  },
  labels: {
    age25OrOlder: 'Are you 25 or older?',
    canCommit: 'Can you meet 2–4 times a month for 9–12 months?',
    willTakeCourse: 'Are you willing to take the Ressursvenn course (about 12 hours)?',
    willSignConfidentiality: 'Are you willing to sign a confidentiality and ethics declaration?',
    willShowPoliceCertificate: 'Are you willing to show a police certificate (politiattest)?',
    motivation: 'Why would you like to become a Ressursvenn volunteer?',
    languages: 'Which languages do you speak?',
    privacyAcknowledged: 'I have read how my details will be used.',
  },
  hints: {
    willShowPoliceCertificate:
      'The association gives you a confirmation to use when you apply for the certificate at politiet.no. We never receive or store the certificate itself; we only note that you have shown it.',
    languages: 'For example Norwegian, English and Arabic.',
  },
  motivationNote:
    'Please do not write about health, your own experience of violence, religion or ethnicity. We do not need such information in your application.',
  maxCharacters: (max) => `You can write up to ${max} characters.`,
  privacy: {
    notice:
      'Your details go to Norske Kvinners Sanitetsforening and the local association that will contact you. We use them only to follow up your application. Applications that do not lead to a volunteer role are deleted after six months. You can ask the association to show you or delete your details.',
    versionLabel: 'Privacy notice version',
  },
  submit: 'Send application',
  sending: 'Sending …',
  steps: {
    review: 'Check and send',
    backToReview: 'Back to the summary',
  },
  routing: {
    heading: 'Who gets your application?',
    goesTo: ['', ' will receive your application. Is that right?'],
    where: (postalCode, kommune) => `Postcode ${postalCode} is in ${kommune} municipality.`,
    confirm: 'Yes, that is right',
    pickAnother: 'No, choose another',
    chooseLegend: 'Which association should get your application?',
    thisPage: (name) => `${name} (this website)`,
    thisPageUnknown: 'The association that runs this website',
    unknownPage: 'This website is not linked to an association we know, so your application goes by your postcode.',
    continue: 'Continue',
    changePostalCode: 'Change postcode',
  },
  review: {
    intro: 'Check your answers before you send your application. Sending it does not commit you to anything.',
    change: 'Change',
    notGiven: 'Not given',
    goesTo: 'Your application goes to',
    routedLater: 'We could not check your postcode just now. The receipt will show which association gets your application.',
    fallback: {
      page: 'No association covers your postcode yet, so the association of this website takes your application.',
      county: 'No local association covers your postcode yet, so the county association takes your application.',
      national:
        'No association covers your postcode yet, so the national contact takes your application and finds an association that can contact you.',
    },
  },
  unknownPostalCode: 'This postcode does not exist. Check that you have typed it correctly.',
  answerRequired: {
    age25OrOlder: 'Answer whether you are 25 or older.',
    canCommit: 'Answer whether you can meet 2–4 times a month for 9–12 months.',
    willTakeCourse: 'Answer whether you are willing to take the course.',
    willSignConfidentiality: 'Answer whether you are willing to sign the confidentiality and ethics declaration.',
    willShowPoliceCertificate: 'Answer whether you are willing to show a police certificate.',
  },
  /** For problems the applicant cannot fix (only the server finds them): the page set up the element wrongly. */
  setupError:
    'This form is not set up correctly on this website, so the application cannot be sent from here. Please let the association know.',
  mustAcknowledge: 'Tick the box to confirm that you have read how your details will be used.',
  containsLink: (label) =>
    `“${label}” cannot contain web addresses, email addresses or the characters @, / and :. If your name has a full stop, add a space after it.`,
  errorSummaryHeading: 'To send your application, please correct the following:',
  status: {
    sending: 'Sending your application …',
    sent: 'Your application has been sent.',
  },
  receipt: {
    heading: 'Thank you! Your application has been sent.',
    referenceLabel: 'Reference number',
    nextHeading: 'What happens next?',
    contact: (association) => `${association} will get in touch with you, usually within a few days.`,
    contactUnknown: 'The association will get in touch with you, usually within a few days.',
    steps: ['You and the association agree on a time to talk about what the role involves.', 'Before you start, you take the course and show a police certificate.'],
    questions: (email) => [
      'Do you have questions, or have you heard nothing within two weeks? Email ',
      email,
      ' and quote your reference number.',
    ],
  },
  retry: 'Try again',
  exitHint: 'You can also press Shift three times to leave. This page stays in your browser history: clear the history if others can see it.',
  failureDetails: {
    reasons: {
      timeout: 'The service took too long to answer.',
      rate_limited: 'A lot of applications have arrived in a short time.',
      service_unavailable: 'The service is temporarily unavailable.',
      other: 'Something went wrong on our side.',
    },
    wait: (minutes) =>
      minutes === 1 ? 'Please wait a minute and try again.' : `Please wait ${minutes} minutes and try again.`,
    later: 'Please try again in a little while.',
    persist: 'If it still does not work, please contact the association.',
    persistTo: (name) => `If it still does not work, please contact ${name}:`,
    phone: 'phone',
    requestId: (id) => `Error reference: ${id}`,
  },
  errorSummaryHeadingNext: 'Before you can continue, please correct the following:',
  errors: {
    required: {
      firstName: 'Enter your first name.',
      lastName: 'Enter your last name.',
      email: 'Enter your email address.',
      phone: 'Enter your phone number.',
      postalCode: 'Enter your postcode.',
    },
    invalidEmail: 'Enter a valid email address, for example name@example.com.',
    invalidPhone: 'Enter a Norwegian number with 8 digits, or a foreign number with its country code, for example +46 70 123 45 67.',
    invalidPostalCode: 'The postcode must be four digits, for example 8514.',
    needsLetter: (label) => `“${label}” must contain at least one letter.`,
    tooLong: (label, max) => `“${label}” can be at most ${max} characters.`,
    forbiddenCharacters: (label) =>
      `“${label}” contains characters we cannot accept. Try typing the text instead of pasting it.`,
    invalidValue: (label) => `Check your answer to “${label}”.`,
  },
};
