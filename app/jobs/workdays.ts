import { TZDate } from "@date-fns/tz";
import Holidays from "date-holidays";
import { addDaysToDate, OSLO, parseIsoDate } from "~/utils/dates";

// Norwegian public holidays from a maintained library (Easter, Ascension, Whit Monday move each year).
const holidays = new Holidays("NO");

/** Reminders go out at this local hour. */
export const SEND_HOUR = 8;

// The holiday library takes about a millisecond a lookup; planning asks about the same few
// hundred dates tens of thousands of times, so answers are remembered.
const workingDays = new Map<string, boolean>();

export function isWorkingDay(date: string): boolean {
  let answer = workingDays.get(date);
  if (answer === undefined) {
    const d = parseIsoDate(date);
    if (!d) throw new RangeError(`Not a date: ${date}`);
    const weekday = d.getDay();
    const found = weekday === 0 || weekday === 6 ? true : holidays.isHoliday(new Date(`${date}T12:00:00`));
    answer = !(found === true || (Array.isArray(found) && found.some((h) => h.type === "public")));
    workingDays.set(date, answer);
  }
  return answer;
}

/** The date itself if it is a working day, otherwise the next one. */
export function nextWorkingDay(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addDaysToDate(d, 1);
  return d;
}

/** 08:00 in Oslo on a calendar date, as a UTC instant (07:00Z in winter, 06:00Z in summer). */
export function osloMorning(date: string, hour = SEND_HOUR): Date {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), hour, 0, 0, OSLO).getTime());
}

/** The first working day of the ISO week that holds `date` (Monday, or later if Monday is a holiday). */
export function firstWorkingDayOfWeek(date: string): string {
  const d = parseIsoDate(date)!;
  const monday = addDaysToDate(date, -((d.getDay() + 6) % 7));
  return nextWorkingDay(monday);
}
