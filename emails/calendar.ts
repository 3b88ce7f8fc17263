import { createEvent } from "ics";

export interface CalendarEvent {
  uid: string;
  sequence: number;
  method: "REQUEST" | "CANCEL";
  title: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/**
 * An iCalendar invitation or cancellation. Times are written in UTC (…Z), which every calendar,
 * Outlook included, shows in the reader's zone, so 09:00 in Oslo arrives as 09:00 in Oslo. The
 * same UID with a higher SEQUENCE updates or cancels the event already in the calendar.
 */
export function sessionCalendar(e: CalendarEvent): string {
  const { error, value } = createEvent({
    productId: "-//Lederløp//NO",
    method: e.method,
    uid: e.uid,
    sequence: e.sequence,
    status: e.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    title: e.title,
    description: e.description,
    location: e.location,
    url: e.url,
    start: e.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: e.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    organizer: e.organizer,
    attendees: [{ ...e.attendee, rsvp: false, partstat: "ACCEPTED", role: "REQ-PARTICIPANT" }],
  });
  if (error || !value) throw error ?? new Error("calendar event could not be created");
  return value;
}
