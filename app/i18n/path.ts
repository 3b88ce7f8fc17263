import type { Catalog } from "./locales";

/** A leader's introduction path: its steps, who is responsible, how a step is evidenced, its status. */
export const path = {
  "responsible.leader": {
    nb: "Lederen selv",
    nn: "Leiaren sjølv",
    en: "The leader",
  },
  "responsible.hr": {
    nb: "HR",
    nn: "HR",
    en: "HR",
  },
  "responsible.radmann": {
    nb: "Rådmannens kontor",
    nn: "Rådmannskontoret",
    en: "The rådmann's office",
  },
  "responsible.development_unit": {
    nb: "Utviklingsenheten",
    nn: "Utviklingseininga",
    en: "Development unit",
  },
  "responsible.tol": {
    nb: "Tjenesteområdeleder",
    nn: "Tenesteområdeleiar",
    en: "Service-area leader",
  },
  "evidence.tick": {
    nb: "Avkrysning",
    nn: "Avkryssing",
    en: "Tick",
  },
  "evidence.date": {
    nb: "Dato",
    nn: "Dato",
    en: "Date",
  },
  "evidence.note": {
    nb: "Notat",
    nn: "Notat",
    en: "Note",
  },
  "evidence.attendance": {
    nb: "Bekreftet oppmøte",
    nn: "Stadfesta oppmøte",
    en: "Confirmed attendance",
  },
  "status.done": {
    nb: "Fullført",
    nn: "Fullført",
    en: "Done",
  },
  "status.overdue": {
    nb: "Forfalt",
    nn: "På overtid",
    en: "Overdue",
  },
  "status.due_soon": {
    nb: "Snart",
    nn: "Frist snart",
    en: "Due soon",
  },
  "status.upcoming": {
    nb: "Ikke ennå",
    nn: "Ikkje enno",
    en: "Not yet",
  },
  "path.title": {
    nb: "Mitt løp",
    nn: "Løpet mitt",
    en: "My path",
  },
  "path.intro": {
    nb: "Stegene i introduksjonsløpet ditt, i rekkefølge. Kryss av det du har gjort selv; steg som andre eier, viser status.",
    nn: "Stega i introduksjonsløpet ditt, i rekkjefølgje. Kryss av det du har gjort sjølv; steg som andre eig, viser status.",
    en: "The steps of your introduction path, in order. Tick off what you have done yourself; steps others own show their status.",
  },
  "path.none": {
    nb: "Du har ikke noe løp ennå. HR oppretter det når du er registrert som ny leder.",
    nn: "Du har ikkje noko løp enno. HR opprettar det når du er registrert som ny leiar.",
    en: "You have no path yet. HR creates it when you are registered as a new leader.",
  },
  "path.progress": {
    nb: "{done} av {total} steg fullført",
    nn: "{done} av {total} steg fullførte",
    en: "{done} of {total, plural, one {# step} other {# steps}} done",
  },
  "path.progressLabel": {
    nb: "Fremdrift",
    nn: "Framdrift",
    en: "Progress",
  },
  "path.due": {
    nb: "Frist",
    nn: "Frist",
    en: "Due",
  },
  "path.responsible": {
    nb: "Ansvarlig",
    nn: "Ansvarleg",
    en: "Responsible",
  },
  "path.evidenceKind": {
    nb: "Dokumentasjon",
    nn: "Dokumentasjon",
    en: "Evidence",
  },
  "path.completedBy": {
    nb: "Fullført {date} av {name}",
    nn: "Fullført {date} av {name}",
    en: "Done {date} by {name}",
  },
  "path.completedSelf": {
    nb: "Fullført {date} (egenrapportert)",
    nn: "Fullført {date} (eigenrapportert)",
    en: "Done {date} (self-reported)",
  },
  "path.completedConfirmed": {
    nb: "Fullført {date}, bekreftet av {name}",
    nn: "Fullført {date}, stadfesta av {name}",
    en: "Done {date}, confirmed by {name}",
  },
  "path.evidenceDate": {
    nb: "Dato: {date}",
    nn: "Dato: {date}",
    en: "Date: {date}",
  },
  "path.evidenceNote": {
    nb: "Notat: {note}",
    nn: "Notat: {note}",
    en: "Note: {note}",
  },
  "path.complete": {
    nb: "Marker som fullført",
    nn: "Merk som fullført",
    en: "Mark as done",
  },
  "path.undo": {
    nb: "Angre fullført",
    nn: "Angre fullføringa",
    en: "Undo done",
  },
  "path.readOnly": {
    nb: "Eies av {party}. Du ser status her.",
    nn: "{party} eig steget. Du ser status her.",
    en: "Owned by {party}. You see its status here.",
  },
  "path.field.date": {
    nb: "Dato",
    nn: "Dato",
    en: "Date",
  },
  "path.field.date.help": {
    nb: "Når ble det gjort?",
    nn: "Når vart det gjort?",
    en: "When was it done?",
  },
  "path.field.note": {
    nb: "Notat (valgfritt)",
    nn: "Notat (valfritt)",
    en: "Note (optional)",
  },
  "path.field.note.help": {
    nb: "For eksempel en kort refleksjon.",
    nn: "Til dømes ein kort refleksjon.",
    en: "For example a short reflection.",
  },
  "path.completed.flash": {
    nb: "Steget er markert som fullført.",
    nn: "Steget er merkt som fullført.",
    en: "The step is marked as done.",
  },
  "path.undone.flash": {
    nb: "Fullføringen er angret.",
    nn: "Fullføringa er angra.",
    en: "The completion was undone.",
  },
  "path.anchor.start_date": {
    nb: "Startdato {date}",
    nn: "Startdato {date}",
    en: "Start date {date}",
  },
  "path.anchor.rollout_date": {
    nb: "Innføringsdato {date}",
    nn: "Innføringsdato {date}",
    en: "Rollout date {date}",
  },
  "path.template": {
    nb: "Versjon {version} av programmet",
    nn: "Versjon {version} av programmet",
    en: "Version {version} of the programme",
  },
  "progress.definition": {
    nb: "«Fullført» er andelen av stegene i lederens introduksjonsløp som er gjort – det samme tallet i «Ledere» og «Beredskap».",
    nn: "«Fullført» er delen av stega i introduksjonsløpet til leiaren som er gjorde – det same talet i «Leiarar» og «Beredskap».",
    en: "«Done» is the share of the steps in the leader's introduction path that are completed – the same figure in «Leaders» and «Readiness».",
  },
} satisfies Catalog;
