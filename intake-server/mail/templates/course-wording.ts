/** What every mail about an information meeting or the course says about it: its name, time and place, in nb, nn and en. */
import type { Language } from '../../../contract/index.js';
import { formatOsloClock, formatOsloTime } from '../../lib/oslo-format.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { CourseSessionFacts } from '../mail-kinds.js';

interface Wording {
  /** "informasjonsmøtet" / "kurset": the session as the object of a sentence. */
  the: Record<CourseSessionFacts['kind'], string>;
  /** "Informasjonsmøte" / "Kurs": as a title. */
  title: Record<CourseSessionFacts['kind'], string>;
  time: (from: string, to: string) => string;
  place: (p: string) => string;
  video: string;
  arranger: (a: string) => string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    the: { info_meeting: 'informasjonsmøtet', course: 'kurset' },
    title: { info_meeting: 'Informasjonsmøte', course: 'Kurs' },
    time: (f, t) => `Tid: ${f}–${t}`,
    place: (p) => `Sted: ${p}`,
    video: 'Videomøte',
    arranger: (a) => `Arrangør: ${a}`,
  },
  nn: {
    the: { info_meeting: 'informasjonsmøtet', course: 'kurset' },
    title: { info_meeting: 'Informasjonsmøte', course: 'Kurs' },
    time: (f, t) => `Tid: ${f}–${t}`,
    place: (p) => `Stad: ${p}`,
    video: 'Videomøte',
    arranger: (a) => `Arrangør: ${a}`,
  },
  en: {
    the: { info_meeting: 'the information meeting', course: 'the course' },
    title: { info_meeting: 'Information meeting', course: 'Course' },
    time: (f, t) => `Time: ${f}–${t}`,
    place: (p) => `Place: ${p}`,
    video: 'Video meeting',
    arranger: (a) => `Arranged by: ${a}`,
  },
};

/** The words for a session in `lang`. */
export const courseWords = (lang: Language) => textsFor(WORDING, lang);

/** Time, place (or video link) and arranger, as lines of a list. */
export function sessionLines(s: CourseSessionFacts, lang: Language): string[] {
  const w = courseWords(lang);
  return [
    w.time(formatOsloTime(s.startsAt, lang), formatOsloClock(s.endsAt, lang)),
    ...(s.place ? [w.place(s.place)] : []),
    ...(s.videoUrl ? [`${w.video}: ${s.videoUrl}`] : []),
    w.arranger(s.associationName),
  ];
}
