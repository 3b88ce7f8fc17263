import type { Catalog } from "./locales";

/** Form error summaries and field messages (shared by every form). */
export const validation = {
  "form.errors": {
    nb: "Skjemaet har feil",
    nn: "Skjemaet har feil",
    en: "The form has errors",
  },
  "form.errors.intro": {
    nb: "Rett opp dette før du sender på nytt:",
    nn: "Rett opp dette før du sender på nytt:",
    en: "Correct these before you send again:",
  },
  "form.required": {
    nb: "Påkrevd",
    nn: "Påkravd",
    en: "Required",
  },
  "validation.required": {
    nb: "Fyll ut feltet.",
    nn: "Fyll ut feltet.",
    en: "Fill in the field.",
  },
  "validation.nameTooShort": {
    nb: "Skriv hele navnet (minst 2 tegn).",
    nn: "Skriv heile namnet (minst 2 teikn).",
    en: "Write the full name (at least 2 characters).",
  },
  "validation.tooLong": {
    nb: "Teksten er for lang.",
    nn: "Teksten er for lang.",
    en: "The text is too long.",
  },
  "validation.email": {
    nb: "Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.",
    nn: "Skriv ei gyldig e-postadresse, til dømes navn@kommune.no.",
    en: "Enter a valid email address, for example name@kommune.no.",
  },
  "validation.emailTaken": {
    nb: "Det finnes allerede en person med denne e-postadressen.",
    nn: "Det finst allereie ein person med denne e-postadressa.",
    en: "A person with this email address already exists.",
  },
  "validation.unit": {
    nb: "Velg en enhet.",
    nn: "Vel ei eining.",
    en: "Choose a unit.",
  },
  "validation.unitUnknown": {
    nb: "Enheten finnes ikke. Velg en enhet fra listen.",
    nn: "Eininga finst ikkje. Vel ei eining frå lista.",
    en: "The unit does not exist. Choose a unit from the list.",
  },
  "validation.date": {
    nb: "Skriv en gyldig dato (dd.mm.åååå).",
    nn: "Skriv ein gyldig dato (dd.mm.åååå).",
    en: "Enter a valid date (dd.mm.yyyy).",
  },
  "validation.rolloutRange": {
    nb: "Innføringsdatoen må være fra 28.05.2018 (handlingsplanen) til to år fram i tid.",
    nn: "Innføringsdatoen må vere frå 28.05.2018 (handlingsplanen) til to år fram i tid.",
    en: "The rollout date must be from 28.05.2018 (the action plan) to two years ahead.",
  },
  "validation.dateRange": {
    nb: "Datoen må være innen to år før eller etter i dag.",
    nn: "Datoen må vere innanfor to år før eller etter i dag.",
    en: "The date must be within two years before or after today.",
  },
  "validation.dateFuture": {
    nb: "Datoen kan ikke være fram i tid.",
    nn: "Datoen kan ikkje vere fram i tid.",
    en: "The date cannot be in the future.",
  },
  "validation.dateNeeded": {
    nb: "Dette steget krever en dato.",
    nn: "Dette steget krev ein dato.",
    en: "This step needs a date.",
  },
  "validation.template": {
    nb: "Velg et program.",
    nn: "Vel eit program.",
    en: "Choose a programme.",
  },
  "validation.offset": {
    nb: "Skriv et helt antall dager mellom -730 og 730.",
    nn: "Skriv eit heilt tal dagar mellom -730 og 730.",
    en: "Enter a whole number of days between -730 and 730.",
  },
  "validation.choice": {
    nb: "Velg et av alternativene.",
    nn: "Vel eitt av alternativa.",
    en: "Choose one of the options.",
  },
  "validation.role": {
    nb: "Velg minst én rolle.",
    nn: "Vel minst éi rolle.",
    en: "Choose at least one role.",
  },
  "validation.noteTooLong": {
    nb: "Notatet kan ha høyst 2000 tegn.",
    nn: "Notatet kan ha høgst 2000 teikn.",
    en: "The note can have at most 2000 characters.",
  },
  "validation.policy": {
    nb: "Skriv et helt tall mellom 0 og 90.",
    nn: "Skriv eit heilt tal mellom 0 og 90.",
    en: "Enter a whole number between 0 and 90.",
  },
  "validation.time": {
    nb: "Skriv klokkeslett som tt:mm, for eksempel 09:00.",
    nn: "Skriv klokkeslett som tt:mm, til dømes 09:00.",
    en: "Enter the time as hh:mm, for example 09:00.",
  },
  "validation.endAfterStart": {
    nb: "Slutt må være etter start.",
    nn: "Slutt må vere etter start.",
    en: "The end must be after the start.",
  },
  "validation.capacity": {
    nb: "Skriv antall plasser, 1–1000.",
    nn: "Skriv talet på plassar, 1–1000.",
    en: "Enter the number of places, 1–1000.",
  },
  "validation.sessionSteps": {
    nb: "Velg minst ett steg kurset oppfyller.",
    nn: "Vel minst eitt steg kurset oppfyller.",
    en: "Choose at least one step the session fulfils.",
  },
  "validation.guidance": {
    nb: "Skriv antall måneder, 0–36.",
    nn: "Skriv talet på månader, 0–36.",
    en: "Enter a number of months, 0–36.",
  },
  "validation.nameTaken": {
    nb: "Navnet er allerede i bruk.",
    nn: "Namnet er allereie i bruk.",
    en: "The name is already in use.",
  },
  "validation.area": {
    nb: "Velg et tjenesteområde.",
    nn: "Vel eit tenesteområde.",
    en: "Choose a service area.",
  },
  "validation.confirm": {
    nb: "Kryss av for å bekrefte.",
    nn: "Kryss av for å stadfeste.",
    en: "Tick to confirm.",
  },
  "form.errors.general": {
    nb: "Det du sendte, kunne ikke brukes. Sjekk feltene og prøv igjen.",
    nn: "Det du sende, kunne ikkje brukast. Sjekk felta og prøv igjen.",
    en: "What you sent could not be used. Check the fields and try again.",
  },
  "validation.controlChars": {
    nb: "Feltet kan ikke inneholde kontrolltegn (for eksempel tabulator eller usynlige tegn).",
    nn: "Feltet kan ikkje innehalde kontrollteikn (til dømes tabulator eller usynlege teikn).",
    en: "The field cannot contain control characters (such as tabs or invisible characters).",
  },
} satisfies Catalog;
