import type { Catalog } from "./locales";

/** Error pages (4xx/5xx) and the refusal pages sent before Remix runs. */
export const errors = {
  "error.title": {
    nb: "Noe gikk galt",
    nn: "Noko gjekk gale",
    en: "Something went wrong",
  },
  "error.body": {
    nb: "Vi beklager. Prøv igjen om litt. Vedvarer feilen, kontakt HR eller systemansvarlig.",
    nn: "Vi beklagar. Prøv igjen om litt. Held feilen fram, kontakt HR eller systemansvarleg.",
    en: "We are sorry. Try again in a moment. If the error persists, contact HR or the system owner.",
  },
  "error.notFound.title": {
    nb: "Fant ikke siden",
    nn: "Fann ikkje sida",
    en: "Page not found",
  },
  "error.notFound.body": {
    nb: "Siden finnes ikke, eller du har ikke tilgang til den.",
    nn: "Sida finst ikkje, eller du har ikkje tilgang til ho.",
    en: "The page does not exist, or you do not have access to it.",
  },
  "error.forbidden.title": {
    nb: "Ingen tilgang",
    nn: "Ingen tilgang",
    en: "No access",
  },
  "error.forbidden.body": {
    nb: "Du har ikke tilgang til denne siden med rollene du har.",
    nn: "Du har ikkje tilgang til denne sida med rollene du har.",
    en: "Your roles do not give access to this page.",
  },
  "error.badRequest.title": {
    nb: "Ugyldig forespørsel",
    nn: "Ugyldig førespurnad",
    en: "Bad request",
  },
  "error.badRequest.body": {
    nb: "Forespørselen kunne ikke behandles.",
    nn: "Førespurnaden kunne ikkje behandlast.",
    en: "The request could not be processed.",
  },
  "error.home": {
    nb: "Til forsiden",
    nn: "Til framsida",
    en: "To the front page",
  },
  "error.conflict.title": {
    nb: "Kan ikke gjøres nå",
    nn: "Kan ikkje gjerast no",
    en: "Cannot be done now",
  },
  "error.conflict.body": {
    nb: "Handlingen passer ikke med det som er lagret nå, for eksempel et kurs som er avlyst eller allerede har vært. Gå tilbake og last siden på nytt.",
    nn: "Handlinga passar ikkje med det som er lagra no, til dømes eit kurs som er avlyst eller alt har vore. Gå tilbake og last inn sida på nytt.",
    en: "The action does not fit what is stored now, for example a session that is cancelled or already held. Go back and reload the page.",
  },
  "error.tooMany.title": {
    nb: "For mange forsøk",
    nn: "For mange forsøk",
    en: "Too many attempts",
  },
  "error.tooMany.body": {
    nb: "Du har prøvd for mange ganger på kort tid. Vent noen minutter og prøv igjen.",
    nn: "Du har prøvd for mange gonger på kort tid. Vent nokre minutt og prøv igjen.",
    en: "You have tried too many times in a short while. Wait a few minutes and try again.",
  },
  "error.tooLarge.title": {
    nb: "For mye data",
    nn: "For mykje data",
    en: "Too much data",
  },
  "error.tooLarge.body": {
    nb: "Skjemaet eller filen du sendte er større enn det Lederløp tar imot. Gå tilbake og send mindre.",
    nn: "Skjemaet eller fila du sende, er større enn det Lederløp tek imot. Gå tilbake og send mindre.",
    en: "The form or file you sent is larger than Lederløp accepts. Go back and send less.",
  },
  "error.crossSite.title": {
    nb: "Avvist",
    nn: "Avvist",
    en: "Refused",
  },
  "error.crossSite.body": {
    nb: "Forespørselen kom fra et annet nettsted og er avvist. Åpne Lederløp direkte og prøv igjen.",
    nn: "Førespurnaden kom frå ein annan nettstad og er avvist. Opne Lederløp direkte og prøv igjen.",
    en: "The request came from another website and was refused. Open Lederløp directly and try again.",
  },
} satisfies Catalog;
