import ical, { ICalCalendarMethod } from "ical-generator";
import { addDaysToDate } from "./dates";

/** One event of a published calendar: whole days (Oslo dates) or a time (UTC instants). */
export interface FeedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string | null;
  location: string | null;
  /** First and last day, both included. */
  days?: { first: string; last: string };
  time?: { start: string; end: string };
}

const utcMidnight = (date: string) => new Date(`${date}T00:00:00.000Z`);

/**
 * A subscribable calendar (METHOD:PUBLISH) as iCalendar text. ical-generator folds lines at 75
 * octets (not characters: «å» is two), escapes text and writes CRLF. Timed events are in UTC: an
 * instant needs no VTIMEZONE for Outlook or any other client to show it on the reader's wall
 * clock, and Oslo's summer time is applied by the client's own time-zone data, not by rules we
 * would have to ship. Whole days are VALUE=DATE, with DTEND the day after the last.
 */
export function publishedCalendar({ name, events, stamp }: { name: string; events: FeedEvent[]; stamp: Date }): string {
  const calendar = ical({ name, prodId: "//Lederløp//Årshjul//NO", method: ICalCalendarMethod.PUBLISH, scale: "gregorian", ttl: 60 * 60 });
  for (const e of events) {
    const when = e.days
      ? { allDay: true, start: utcMidnight(e.days.first), end: utcMidnight(addDaysToDate(e.days.last, 1)) }
      : { start: new Date(e.time!.start), end: new Date(e.time!.end) };
    calendar.createEvent({ id: e.uid, stamp, summary: e.summary, description: e.description, location: e.location, url: e.url, ...when });
  }
  const text = calendar.toString();
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one too.
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
