import type { Catalog } from "./locales";

/** The recurring obligations' emails: the leader agreement's reminders and the repetition nudges. */
export const recurringEmail = {
  "email.agreement.before.subject": {
    nb: "Lederavtalen med {leader} skal holdes innen {date}",
    nn: "Leiaravtalen med {leader} skal haldast innan {date}",
    en: "The leader agreement with {leader} is due by {date}",
  },
  "email.agreement.due.subject": {
    nb: "Frist i dag: lederavtalen med {leader}",
    nn: "Frist i dag: leiaravtalen med {leader}",
    en: "Due today: the leader agreement with {leader}",
  },
  "email.agreement.overdue.subject": {
    nb: "Forfalt: lederavtalen med {leader}",
    nn: "På overtid: leiaravtalen med {leader}",
    en: "Overdue: the leader agreement with {leader}",
  },
  "email.agreement.escalation.subject": {
    nb: "Lederavtalen med {leader} er ikke registrert",
    nn: "Leiaravtalen med {leader} er ikkje registrert",
    en: "The leader agreement with {leader} has not been recorded",
  },
  "email.agreement.before.body": {
    nb: "Det er tid for den årlige lederavtalen for {year} med {leader}. Fristen er {date}, om {days, plural, one {# dag} other {# dager}}. Det er din å holde og registrere.",
    nn: "Det er tid for den årlege leiaravtalen for {year} med {leader}. Fristen er {date}, om {days, plural, one {# dag} other {# dagar}}. Det er di å halde og registrere.",
    en: "It is time for the yearly leader agreement for {year} with {leader}. It is due {date}, in {days, plural, one {# day} other {# days}}. It is yours to hold and record.",
  },
  "email.agreement.due.body": {
    nb: "Lederavtalen for {year} med {leader} har frist i dag. Det er din å holde og registrere.",
    nn: "Leiaravtalen for {year} med {leader} har frist i dag. Det er di å halde og registrere.",
    en: "The leader agreement for {year} with {leader} is due today. It is yours to hold and record.",
  },
  "email.agreement.overdue.body": {
    nb: "Lederavtalen for {year} med {leader} hadde frist {date}, for {days, plural, one {# dag} other {# dager}} siden, og er ikke registrert.",
    nn: "Leiaravtalen for {year} med {leader} hadde frist {date}, for {days, plural, one {# dag} other {# dagar}} sidan, og er ikkje registrert.",
    en: "The leader agreement for {year} with {leader} was due {date}, {days, plural, one {# day} other {# days}} ago, and has not been recorded.",
  },
  "email.agreement.escalation.body": {
    nb: "Lederavtalen for {year} med {leader} hadde frist {date} og er fortsatt ikke registrert etter {days, plural, one {# dag} other {# dager}}. Du får denne fordi du er i rådmannens ledergruppe.",
    nn: "Leiaravtalen for {year} med {leader} hadde frist {date} og er framleis ikkje registrert etter {days, plural, one {# dag} other {# dagar}}. Du får denne fordi du er i rådmannens leiargruppe.",
    en: "The leader agreement for {year} with {leader} was due {date} and has still not been recorded after {days, plural, one {# day} other {# days}}. You receive this as a member of the executive group.",
  },
  "email.agreement.what": {
    nb: "I lederavtalen drøfter dere kompetansebehovene; registrer dato, behov og tema i Lederløp, så foreslås passende lederforum og tematimer.",
    nn: "I leiaravtalen drøftar de kompetansebehova; registrer dato, behov og tema i Lederløp, så blir høvelege leiarforum og tematimar føreslegne.",
    en: "The agreement is where you discuss competence needs; record the date, needs and topics in Lederløp and matching leader forums and theme hours are suggested.",
  },
  "email.agreement.action": {
    nb: "Registrer lederavtalen",
    nn: "Registrer leiaravtalen",
    en: "Record the agreement",
  },
  "email.digest.tol.agreements": {
    nb: "Lederavtaler som skal registreres:",
    nn: "Leiaravtalar som skal registrerast:",
    en: "Leader agreements to record:",
  },
  "email.digest.tol.agreementLine": {
    nb: "{leader} (frist {date})",
    nn: "{leader} (frist {date})",
    en: "{leader} (due {date})",
  },
  "email.repetition.forum.subject": {
    nb: "Det er en stund siden du var på Lean lederforum",
    nn: "Det er ei stund sidan du var på Lean leiarforum",
    en: "It has been a while since your last Lean leader forum",
  },
  "email.repetition.themeHour.subject": {
    nb: "Det er en stund siden du var på en tematime",
    nn: "Det er ei stund sidan du var på ein tematime",
    en: "It has been a while since your last theme hour",
  },
  "email.repetition.forum.since": {
    nb: "Du var sist på Lean lederforum {date}. Vi anbefaler lederforum minst hver {months}. måned for repetisjon og oppdatering.",
    nn: "Du var sist på Lean leiarforum {date}. Vi tilrår leiarforum minst kvar {months}. månad for repetisjon og oppdatering.",
    en: "You last attended the Lean leader forum on {date}. We recommend a forum at least every {months} months for repetition and updates.",
  },
  "email.repetition.forum.never": {
    nb: "Du har ikke vært på Lean lederforum ennå. Vi anbefaler lederforum minst hver {months}. måned for repetisjon og oppdatering.",
    nn: "Du har ikkje vore på Lean leiarforum enno. Vi tilrår leiarforum minst kvar {months}. månad for repetisjon og oppdatering.",
    en: "You have not attended a Lean leader forum yet. We recommend a forum at least every {months} months for repetition and updates.",
  },
  "email.repetition.themeHour.since": {
    nb: "Du var sist på en tematime {date}. Vi anbefaler en tematime minst hver {months}. måned.",
    nn: "Du var sist på ein tematime {date}. Vi tilrår ein tematime minst kvar {months}. månad.",
    en: "You last attended a theme hour on {date}. We recommend a theme hour at least every {months} months.",
  },
  "email.repetition.themeHour.never": {
    nb: "Du har ikke vært på en tematime ennå. Vi anbefaler en tematime minst hver {months}. måned.",
    nn: "Du har ikkje vore på ein tematime enno. Vi tilrår ein tematime minst kvar {months}. månad.",
    en: "You have not attended a theme hour yet. We recommend a theme hour at least every {months} months.",
  },
  "email.repetition.coming": {
    nb: "Kommende datoer:",
    nn: "Komande datoar:",
    en: "Coming dates:",
  },
  "email.repetition.noneComing": {
    nb: "Ingen datoer er lagt ut ennå; du finner dem under «Kurs» når de kommer.",
    nn: "Ingen datoar er lagde ut enno; du finn dei under «Kurs» når dei kjem.",
    en: "No dates are out yet; you will find them under «Kurs» when they are.",
  },
  "email.repetition.action": {
    nb: "Se Mitt løp",
    nn: "Sjå Mitt løp",
    en: "Open My path",
  },
} satisfies Catalog;
