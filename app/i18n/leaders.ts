import type { Catalog } from "./locales";

/** HR's leader list, one leader's page, and registering a new hire. */
export const leaders = {
  "leaders.title": {
    nb: "Ledere",
    nn: "Leiarar",
    en: "Leaders",
  },
  "leaders.search": {
    nb: "Søk etter navn eller e-post",
    nn: "Søk etter namn eller e-post",
    en: "Search by name or email",
  },
  "leaders.filter.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "leaders.filter.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "leaders.filter.unitNeedsArea": {
    nb: "Velg tjenesteområde først for å velge enhet.",
    nn: "Vel tenesteområde først for å velje eining.",
    en: "Choose a service area first to choose a unit.",
  },
  "leaders.filter.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "leaders.filter.all": {
    nb: "Alle",
    nn: "Alle",
    en: "All",
  },
  "leaders.filter.apply": {
    nb: "Filtrer",
    nn: "Filtrer",
    en: "Filter",
  },
  "leaders.filter.status.overdue": {
    nb: "Har forfalte steg",
    nn: "Har steg på overtid",
    en: "Has overdue steps",
  },
  "leaders.filter.status.in_progress": {
    nb: "I gang, ingen forfalte",
    nn: "I gang, ingen på overtid",
    en: "In progress, none overdue",
  },
  "leaders.filter.status.complete": {
    nb: "Fullført",
    nn: "Fullført",
    en: "Complete",
  },
  "leaders.col.name": {
    nb: "Navn",
    nn: "Namn",
    en: "Name",
  },
  "leaders.col.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "leaders.col.start": {
    nb: "Startdato",
    nn: "Startdato",
    en: "Start date",
  },
  "leaders.col.progress": {
    nb: "Fullført",
    nn: "Fullført",
    en: "Done",
  },
  "leaders.col.next": {
    nb: "Neste frist",
    nn: "Neste frist",
    en: "Next due",
  },
  "leaders.col.overdue": {
    nb: "Forfalte",
    nn: "På overtid",
    en: "Overdue",
  },
  "leaders.none": {
    nb: "Ingen ledere passer søket.",
    nn: "Ingen leiarar passar til søket.",
    en: "No leaders match the search.",
  },
  "leaders.count": {
    nb: "Antall ledere: {count}",
    nn: "Tal på leiarar: {count}",
    en: "Number of leaders: {count}",
  },
  "leaders.pageOf": {
    nb: "Side {page} av {pages}",
    nn: "Side {page} av {pages}",
    en: "Page {page} of {pages}",
  },
  "leaders.prev": {
    nb: "Forrige side",
    nn: "Førre side",
    en: "Previous page",
  },
  "leaders.next": {
    nb: "Neste side",
    nn: "Neste side",
    en: "Next page",
  },
  "leaders.pagination": {
    nb: "Sider",
    nn: "Sider",
    en: "Pages",
  },
  "leaders.nothingNext": {
    nb: "Alt fullført",
    nn: "Alt er fullført",
    en: "All done",
  },
  "leader.title": {
    nb: "{name}",
    nn: "{name}",
    en: "{name}",
  },
  "leader.details": {
    nb: "Opplysninger",
    nn: "Opplysningar",
    en: "Details",
  },
  "leader.email": {
    nb: "E-post",
    nn: "E-post",
    en: "Email",
  },
  "leader.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "leader.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "leader.position": {
    nb: "Stilling",
    nn: "Stilling",
    en: "Position",
  },
  "leader.start": {
    nb: "Startdato",
    nn: "Startdato",
    en: "Start date",
  },
  "leader.inactive": {
    nb: "Inaktiv",
    nn: "Inaktiv",
    en: "Inactive",
  },
  "leader.edit": {
    nb: "Rediger person",
    nn: "Rediger person",
    en: "Edit person",
  },
  "leader.canTick": {
    nb: "Du kan registrere steg som {party} eier.",
    nn: "Du kan registrere steg som {party} eig.",
    en: "You can record steps owned by {party}.",
  },
  "leader.confirm": {
    nb: "Registrer som fullført",
    nn: "Registrer som fullført",
    en: "Record as done",
  },
  "hire.title": {
    nb: "Registrer ny leder",
    nn: "Registrer ny leiar",
    en: "Register new leader",
  },
  "hire.intro": {
    nb: "Den nye lederen får et introduksjonsløp med frister regnet fra startdatoen, og en velkomst-e-post med lenke til innlogging.",
    nn: "Den nye leiaren får eit introduksjonsløp med fristar rekna frå startdatoen, og ein velkomst-e-post med lenkje til innlogging.",
    en: "The new leader gets an introduction path with due dates counted from the start date, and a welcome email with a link to sign in.",
  },
  "hire.name": {
    nb: "Fullt navn",
    nn: "Fullt namn",
    en: "Full name",
  },
  "hire.email": {
    nb: "E-post på jobb",
    nn: "E-postadresse på jobb",
    en: "Work email",
  },
  "hire.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "hire.unit.choose": {
    nb: "Velg enhet",
    nn: "Vel eining",
    en: "Choose unit",
  },
  "hire.position": {
    nb: "Stilling",
    nn: "Stilling",
    en: "Position",
  },
  "hire.startDate": {
    nb: "Startdato",
    nn: "Startdato",
    en: "Start date",
  },
  "hire.programme": {
    nb: "Program",
    nn: "Program",
    en: "Programme",
  },
  "hire.submit": {
    nb: "Registrer og send velkomst",
    nn: "Registrer og send velkomst",
    en: "Register and send welcome",
  },
  "hire.done": {
    nb: "{name} er registrert, og velkomst-e-posten er sendt.",
    nn: "{name} er registrert, og vi har sendt velkomst-e-posten.",
    en: "{name} is registered, and the welcome email is sent.",
  },
} satisfies Catalog;
