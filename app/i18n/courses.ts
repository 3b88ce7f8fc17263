import type { Catalog } from "./locales";

/** «Kurs»: training sessions, sign-ups, waiting lists and attendance. */
export const courses = {
  "sessions.title": {
    nb: "Kurs og tematimer",
    nn: "Kurs og tematimar",
    en: "Sessions and theme hours",
  },
  "sessions.intro.leader": {
    nb: "Kommende kurs som oppfyller steg du ikke har fullført. Meld deg på, så får du en kalenderinvitasjon.",
    nn: "Komande kurs som oppfyller steg du ikkje har fullført. Meld deg på, så får du ein kalenderinvitasjon.",
    en: "Coming sessions that fulfil steps you have not completed. Sign up and you get a calendar invitation.",
  },
  "sessions.intro.organiser": {
    nb: "Alle kurs de siste tre månedene og framover. Registrer oppmøte etter kurset; det fullfører stegene for deltakerne.",
    nn: "Alle kurs dei siste tre månadene og framover. Registrer oppmøte etter kurset; det fullfører stega for deltakarane.",
    en: "Every session of the last three months and ahead. Record attendance after the session; it completes the participants' steps.",
  },
  "sessions.none": {
    nb: "Ingen kommende kurs passer stegene dine nå.",
    nn: "Ingen komande kurs passar til stega dine no.",
    en: "No coming session fits your steps right now.",
  },
  "sessions.new": {
    nb: "Nytt kurs",
    nn: "Nytt kurs",
    en: "New session",
  },
  "sessions.col.when": {
    nb: "Tid",
    nn: "Tid",
    en: "Time",
  },
  "sessions.col.title": {
    nb: "Kurs",
    nn: "Kurs",
    en: "Session",
  },
  "sessions.col.where": {
    nb: "Sted",
    nn: "Stad",
    en: "Place",
  },
  "sessions.col.places": {
    nb: "Plasser",
    nn: "Plassar",
    en: "Places",
  },
  "sessions.col.status": {
    nb: "Din påmelding",
    nn: "Påmeldinga di",
    en: "Your sign-up",
  },
  "sessions.places": {
    nb: "{taken} av {capacity}",
    nn: "{taken} av {capacity}",
    en: "{taken} of {capacity}",
  },
  "sessions.waitlistCount": {
    nb: "{count} på venteliste",
    nn: "{count} på venteliste",
    en: "{count} waiting",
  },
  "sessions.status.confirmed": {
    nb: "Påmeldt",
    nn: "Påmeldt",
    en: "Signed up",
  },
  "sessions.status.waitlist": {
    nb: "På venteliste",
    nn: "På venteliste",
    en: "On the waiting list",
  },
  "sessions.status.cancelled": {
    nb: "Avmeldt",
    nn: "Avmeldt",
    en: "Cancelled",
  },
  "sessions.status.none": {
    nb: "Ikke påmeldt",
    nn: "Ikkje påmeldt",
    en: "Not signed up",
  },
  "sessions.cancelledSession": {
    nb: "Avlyst",
    nn: "Avlyst",
    en: "Cancelled",
  },
  "sessions.signUp": {
    nb: "Meld meg på",
    nn: "Meld meg på",
    en: "Sign me up",
  },
  "sessions.joinWaitlist": {
    nb: "Sett meg på ventelisten",
    nn: "Set meg på ventelista",
    en: "Put me on the waiting list",
  },
  "sessions.cancel": {
    nb: "Meld meg av",
    nn: "Meld meg av",
    en: "Cancel my place",
  },
  "sessions.signedUp": {
    nb: "Du er påmeldt. Invitasjonen er sendt på e-post.",
    nn: "Du er påmeldt. Vi har sendt invitasjonen på e-post.",
    en: "You are signed up. The invitation was sent by email.",
  },
  "sessions.waitlisted": {
    nb: "Kurset er fullt. Du står på ventelisten.",
    nn: "Kurset er fullt. Du står på ventelista.",
    en: "The session is full. You are on the waiting list.",
  },
  "sessions.cancelledFlash": {
    nb: "Du er meldt av.",
    nn: "Du er meldt av.",
    en: "Your place is cancelled.",
  },
  "sessions.waitPosition": {
    nb: "Du er nummer {position} på ventelisten.",
    nn: "Du er nummer {position} på ventelista.",
    en: "You are number {position} on the waiting list.",
  },
  "session.fulfils": {
    nb: "Oppfyller",
    nn: "Oppfyller",
    en: "Fulfils",
  },
  "session.participants": {
    nb: "Deltakere",
    nn: "Deltakarar",
    en: "Participants",
  },
  "session.waitlist": {
    nb: "Venteliste",
    nn: "Venteliste",
    en: "Waiting list",
  },
  "session.attended": {
    nb: "Møtte",
    nn: "Møtte",
    en: "Attended",
  },
  "session.saveAttendance": {
    nb: "Lagre oppmøte",
    nn: "Lagre oppmøte",
    en: "Save attendance",
  },
  "session.attendanceSaved": {
    nb: "Oppmøtet er lagret; {count} steg ble fullført.",
    nn: "Oppmøtet er lagra; {count} steg vart fullførte.",
    en: "Attendance saved; {count, plural, one {# step was} other {# steps were}} completed.",
  },
  "session.edit": {
    nb: "Endre kurset",
    nn: "Endre kurset",
    en: "Change the session",
  },
  "session.save": {
    nb: "Lagre kurset",
    nn: "Lagre kurset",
    en: "Save the session",
  },
  "session.saved": {
    nb: "Kurset er lagret. Deltakerne får beskjed hvis tid eller sted er endret.",
    nn: "Kurset er lagra. Deltakarane får beskjed viss tid eller stad er endra.",
    en: "The session is saved. Participants are told if the time or place changed.",
  },
  "session.created": {
    nb: "Kurset er opprettet.",
    nn: "Kurset er oppretta.",
    en: "The session is created.",
  },
  "session.cancelSession": {
    nb: "Avlys kurset",
    nn: "Avlys kurset",
    en: "Cancel the session",
  },
  "session.cancelledFlash": {
    nb: "Kurset er avlyst, og deltakerne har fått beskjed.",
    nn: "Kurset er avlyst, og deltakarane har fått beskjed.",
    en: "The session is cancelled, and the participants have been told.",
  },
  "session.field.title": {
    nb: "Tittel",
    nn: "Tittel",
    en: "Title",
  },
  "session.field.description": {
    nb: "Beskrivelse",
    nn: "Skildring",
    en: "Description",
  },
  "session.field.date": {
    nb: "Dato",
    nn: "Dato",
    en: "Date",
  },
  "session.field.start": {
    nb: "Start (tt:mm)",
    nn: "Start (tt:mm)",
    en: "Start (hh:mm)",
  },
  "session.field.end": {
    nb: "Slutt (tt:mm)",
    nn: "Slutt (tt:mm)",
    en: "End (hh:mm)",
  },
  "session.field.location": {
    nb: "Sted",
    nn: "Stad",
    en: "Place",
  },
  "session.field.capacity": {
    nb: "Antall plasser",
    nn: "Tal på plassar",
    en: "Number of places",
  },
  "session.field.steps": {
    nb: "Steg kurset oppfyller",
    nn: "Steg kurset oppfyller",
    en: "Steps the session fulfils",
  },
  "session.noParticipants": {
    nb: "Ingen påmeldte ennå.",
    nn: "Ingen påmelde enno.",
    en: "Nobody signed up yet.",
  },
  "session.signedUpList": {
    nb: "Påmeldte",
    nn: "Påmelde",
    en: "Signed up",
  },
  "session.attendanceFrom": {
    nb: "Oppmøte kan registreres fra kurset starter, {date}.",
    nn: "Oppmøte kan registrerast frå kurset startar, {date}.",
    en: "Attendance can be recorded from the start of the session, {date}.",
  },
  "session.attendanceNotYet": {
    nb: "Kurset har ikke startet ennå. Oppmøte kan registreres fra kurset starter.",
    nn: "Kurset har ikkje starta enno. Oppmøte kan registrerast frå kurset startar.",
    en: "The session has not started yet. Attendance can be recorded from its start.",
  },
} satisfies Catalog;
