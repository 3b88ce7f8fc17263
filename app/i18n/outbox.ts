import type { Catalog } from "./locales";

/** The built-in mailbox and «Sendte e-poster». */
export const outbox = {
  "outbox.title": {
    nb: "Postkasse",
    nn: "Postkasse",
    en: "Mailbox",
  },
  "outbox.intro": {
    nb: "E-post som Lederløp har laget. Uten e-postserver (SMTP_URL) blir e-posten liggende her, slik at du kan følge lenkene.",
    nn: "E-post som Lederløp har laga. Utan e-postserver (SMTP_URL) blir e-posten liggjande her, slik at du kan følgje lenkjene.",
    en: "Email that Lederløp has made. Without a mail server (SMTP_URL) the email stays here, so you can follow the links.",
  },
  "outbox.col.to": {
    nb: "Til",
    nn: "Til",
    en: "To",
  },
  "outbox.col.subject": {
    nb: "Emne",
    nn: "Emne",
    en: "Subject",
  },
  "outbox.col.created": {
    nb: "Laget",
    nn: "Laga",
    en: "Made",
  },
  "outbox.col.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "outbox.status.pending": {
    nb: "Venter",
    nn: "Ventar",
    en: "Waiting",
  },
  "outbox.status.retrying": {
    nb: "Prøver igjen",
    nn: "Prøver på nytt",
    en: "Retrying",
  },
  "outbox.message.nextAttempt": {
    nb: "Neste forsøk {date}",
    nn: "Neste forsøk {date}",
    en: "Next attempt {date}",
  },
  "outbox.status.sending": {
    nb: "Sendes",
    nn: "Blir sendt",
    en: "Sending",
  },
  "outbox.status.sent": {
    nb: "Sendt",
    nn: "Sendt",
    en: "Sent",
  },
  "outbox.status.failed": {
    nb: "Feilet",
    nn: "Feila",
    en: "Failed",
  },
  "outbox.status.cancelled": {
    nb: "Avlyst (steget ble fullført)",
    nn: "Avlyst (steget vart fullført)",
    en: "Cancelled (the step was completed)",
  },
  "outbox.filter.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "outbox.col.attempts": {
    nb: "Forsøk",
    nn: "Forsøk",
    en: "Attempts",
  },
  "outbox.col.error": {
    nb: "Feil",
    nn: "Feil",
    en: "Error",
  },
  "outbox.resend": {
    nb: "Send på nytt",
    nn: "Send på nytt",
    en: "Send again",
  },
  "outbox.resent": {
    nb: "E-posten står i kø og sendes på nytt.",
    nn: "E-posten står i kø og blir sendt på nytt.",
    en: "The email is queued to be sent again.",
  },
  "outbox.hidden": {
    nb: "Innholdet i innloggings-e-post vises ikke, fordi lenken gir tilgang til en annens konto.",
    nn: "Innhaldet i innloggings-e-postar blir ikkje vist, fordi lenkja gir tilgang til kontoen til ein annan.",
    en: "The content of sign-in emails is not shown, because the link gives access to someone else's account.",
  },
  "outbox.kind": {
    nb: "Type",
    nn: "Type",
    en: "Kind",
  },
  "outbox.none": {
    nb: "Ingen e-post ennå.",
    nn: "Ingen e-post enno.",
    en: "No email yet.",
  },
  "outbox.open": {
    nb: "Les e-posten",
    nn: "Les e-posten",
    en: "Read the email",
  },
  "outbox.filter.to": {
    nb: "Filtrer på mottaker",
    nn: "Filtrer på mottakar",
    en: "Filter by recipient",
  },
  "outbox.back": {
    nb: "Tilbake til postkassen",
    nn: "Tilbake til postkassen",
    en: "Back to the mailbox",
  },
  "outbox.message.title": {
    nb: "E-post til {to}",
    nn: "E-post til {to}",
    en: "Email to {to}",
  },
  "outbox.message.subject": {
    nb: "Emne",
    nn: "Emne",
    en: "Subject",
  },
  "outbox.message.sent": {
    nb: "Sendt {date}",
    nn: "Sendt {date}",
    en: "Sent {date}",
  },
  "outbox.message.error": {
    nb: "Siste feil: {error}",
    nn: "Siste feil: {error}",
    en: "Last error: {error}",
  },
} satisfies Catalog;
