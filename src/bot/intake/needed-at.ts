import { DateTime } from 'luxon';
import { foldAnswer } from './answers.js';

const ZONE = 'Europe/Paris';

/**
 * Words that say the time is when it is needed, right before it: "avant 8h", "by 10am", "pour 14h",
 * "demain midi dernier délai", "avant la relève de 6h45", "before the day hospital opens tomorrow 8am".
 * Not "depuis 16h" nor "since 6pm", which tell when it started.
 */
const NEED_BEFORE = /\b(avant|pour|d ici|before|by|until|jusqu a|need\w* (it )?(by|for|before|at)|faut (que|qu)|au plus tard|at the latest|opens?|ouvre|releve|handover|shift)\b/;
const SINCE = /\b(depuis|since|from|a partir de|started|commence|a)\s*$/;
/** "8h", "6h45", "14 h", "8am", "10:30", "midi", "noon". */
const TIME = /\b(\d{1,2}) ?(?:h|heures?)(?: ?(\d{2}))?\b|\b(\d{1,2})(?:[: ](\d{2}))? ?(am|pm)\b|\b(midi|noon|midday)\b/g;
const TOMORROW = /\b(demain|tomorrow)\b/;
const TONIGHT = /\b(ce soir|tonight|cette nuit)\b/;
/** "demain midi dernier délai": the time followed by the words that make it the limit. */
const LIMIT_AFTER = /^\s*(dernier delai|au plus tard|at the latest|max|maximum|latest)\b/;

/**
 * The moment an incident's words say the repair is needed by, in Paris time: "avant la relève de 6h45" said at
 * 23:00 is tomorrow 6:45, "before the day hospital opens tomorrow 8am" tomorrow 8:00, "demain midi dernier délai"
 * tomorrow noon. Undefined when no time is said as a limit ("depuis 16h" is when it began).
 */
export function momentNeeded(text: string, now: Date): Date | undefined {
  const folded = foldAnswer(text);
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  for (const match of folded.matchAll(TIME)) {
    const before = folded.slice(Math.max(0, match.index - 50), match.index);
    const after = folded.slice(match.index + match[0].length);
    if (SINCE.test(before)) continue;
    if (!NEED_BEFORE.test(before) && !LIMIT_AFTER.test(after)) continue;
    let hour: number;
    let minute = 0;
    if (match[6]) hour = 12;
    else if (match[5]) {
      hour = Number(match[3]) % 12 + (match[5] === 'pm' ? 12 : 0);
      minute = Number(match[4] ?? 0);
    } else {
      hour = Number(match[1]);
      minute = Number(match[2] ?? 0);
    }
    if (hour > 23 || minute > 59) continue;
    const around = folded.slice(Math.max(0, match.index - 60), match.index + match[0].length + 30);
    let day = local.startOf('day');
    if (TOMORROW.test(around)) day = day.plus({ days: 1 });
    let moment = day.set({ hour, minute });
    // "avant la relève de 6h45" said at 23:00, "ce soir 2h": a time already gone today is tomorrow's.
    if (moment <= local && !TOMORROW.test(around)) moment = moment.plus({ days: 1 });
    if (TONIGHT.test(around) && hour < 12 && moment.day === local.day) moment = moment.plus({ days: 1 });
    return moment.toJSDate();
  }
  return undefined;
}

/** The moment in words for the user: "demain à 6 h 45", "tomorrow at 8:00 am". */
export function momentInWords(moment: Date, now: Date, lang: 'fr' | 'en'): string {
  const local = DateTime.fromJSDate(moment, { zone: ZONE }).setLocale(lang === 'fr' ? 'fr' : 'en-GB');
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
  const days = Math.round(local.startOf('day').diff(today, 'days').days);
  const time = lang === 'fr' ? local.toFormat("H 'h' mm") : local.toFormat('h:mm a').toLowerCase();
  if (lang === 'fr') return `${days === 0 ? "aujourd'hui" : days === 1 ? 'demain' : local.toFormat('cccc d LLLL')} à ${time}`;
  return `${days === 0 ? 'today' : days === 1 ? 'tomorrow' : local.toFormat('cccc d LLLL')} at ${time}`;
}
