/** English, for volunteers who do not read Norwegian. The texts of the first step; the rest are in en-later.ts. */
import type { Messages } from './index.js';

export const en: Messages = {
  title: 'Apply to become a Ressursvenn volunteer',
  intro:
    'As a Ressursvenn (resource friend), you are a steady support in everyday life for a woman who has moved out of a crisis shelter and is building a new life. Fill in the form and your local branch of Norske Kvinners Sanitetsforening (Norwegian Women’s Public Health Association) will get in touch with you.',
  requiredNote: 'All fields are required unless they are marked “optional”.',
  optional: 'optional',
  sections: {
    contact: 'Contact details',
  },
  labels: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone number',
    postalCode: 'Postcode',
  },
  hints: {
    phone: 'Eight digits, or a country code and number, for example 412 34 567 or +46 70 123 45 67.',
    postalCode: 'We use your postcode to find the association nearest to you.',
  },
  steps: {
    progress: (step, total) => `Step ${step} of ${total}`,
    next: 'Next',
    back: 'Back',
  },
  languageLabel: 'Language',
  quickExit: 'Exit this page',
  help: {
    summary: 'Do you need help yourself?',
    intro:
      'This form is for people who want to volunteer. It is not a way to ask for help, and it is not read straight away. You can get help here:',
    items: [
      {
        title: 'Vold- og overgrepslinjen (helpline for violence and abuse)',
        body: ['Call ', { tel: '116 006' }, '. Free and anonymous, day and night.'],
      },
      { title: 'In an emergency', body: ['Call the police on ', { tel: '112' }, '. For an ambulance, call ', { tel: '113' }, '.'] },
      {
        title: 'Crisis shelters',
        body: ['You can contact any crisis shelter you like, wherever you live.'],
      },
      {
        title: 'Children and young people',
        body: ['Call Alarmtelefonen for barn og unge (the helpline for children and young people) on ', { tel: '116 111' }, '.'],
      },
    ],
  },
  status: {
    checkingDetails: 'Checking your contact details …',
    checking: 'Checking your postcode …',
    failed: 'Your application has not been sent yet.',
  },
  failure: {
    heading: 'Your application has not been sent yet',
    reasons: {
      network_error: 'We could not reach the service. Check that you are connected to the internet.',
    },
    kept: 'What you have written is still in the form.',
  },
};
