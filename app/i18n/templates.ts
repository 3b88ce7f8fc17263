import type { Catalog } from "./locales";

/** «Programmaler»: programme templates, their steps and reminder policy. */
export const templates = {
  "templates.title": {
    nb: "Programmaler",
    nn: "Programmalar",
    en: "Programme templates",
  },
  "templates.intro": {
    nb: "Malene bestemmer hvilke steg et nytt løp får, hvem som eier dem og fristene. Endringer gir en ny versjon; fullført historikk endres aldri.",
    nn: "Malane bestemmer kva steg eit nytt løp får, kven som eig dei, og fristane. Endringar gir ein ny versjon; fullført historikk blir aldri endra.",
    en: "Templates decide which steps a new path gets, who owns them and the due dates. Changes make a new version; completed history never changes.",
  },
  "templates.version": {
    nb: "Versjon {version}",
    nn: "Versjon {version}",
    en: "Version {version}",
  },
  "templates.steps": {
    nb: "{count} steg",
    nn: "{count} steg",
    en: "{count, plural, one {# step} other {# steps}}",
  },
  "templates.anchor.start_date": {
    nb: "Frister fra startdato",
    nn: "Fristar frå startdato",
    en: "Due dates from the start date",
  },
  "templates.anchor.rollout_date": {
    nb: "Frister fra innføringsdato",
    nn: "Fristar frå innføringsdato",
    en: "Due dates from the rollout date",
  },
  "templates.open": {
    nb: "Åpne {name}",
    nn: "Opne {name}",
    en: "Open {name}",
  },
  "template.title": {
    nb: "{name}",
    nn: "{name}",
    en: "{name}",
  },
  "template.steps": {
    nb: "Steg",
    nn: "Steg",
    en: "Steps",
  },
  "template.col.order": {
    nb: "Rekkefølge",
    nn: "Rekkjefølgje",
    en: "Order",
  },
  "template.col.title": {
    nb: "Steg",
    nn: "Steg",
    en: "Step",
  },
  "template.col.responsible": {
    nb: "Ansvarlig",
    nn: "Ansvarleg",
    en: "Responsible",
  },
  "template.col.offset": {
    nb: "Frist (dager)",
    nn: "Frist (dagar)",
    en: "Due (days)",
  },
  "template.col.evidence": {
    nb: "Dokumentasjon",
    nn: "Dokumentasjon",
    en: "Evidence",
  },
  "template.col.actions": {
    nb: "Handlinger",
    nn: "Handlingar",
    en: "Actions",
  },
  "template.moveUp": {
    nb: "Flytt opp: {title}",
    nn: "Flytt opp: {title}",
    en: "Move up: {title}",
  },
  "template.moveDown": {
    nb: "Flytt ned: {title}",
    nn: "Flytt ned: {title}",
    en: "Move down: {title}",
  },
  "template.edit": {
    nb: "Rediger: {title}",
    nn: "Rediger: {title}",
    en: "Edit: {title}",
  },
  "template.retire": {
    nb: "Ta ut: {title}",
    nn: "Ta ut: {title}",
    en: "Retire: {title}",
  },
  "template.retireShort": {
    nb: "Ta ut",
    nn: "Ta ut",
    en: "Retire",
  },
  "template.retired": {
    nb: "Tatt ut {date}",
    nn: "Teke ut {date}",
    en: "Retired {date}",
  },
  "template.required": {
    nb: "Påkrevd",
    nn: "Påkravd",
    en: "Required",
  },
  "template.optional": {
    nb: "Valgfritt",
    nn: "Valfritt",
    en: "Optional",
  },
  "template.addStep": {
    nb: "Legg til steg",
    nn: "Legg til steg",
    en: "Add step",
  },
  "template.editStep": {
    nb: "Rediger steg",
    nn: "Rediger steg",
    en: "Edit step",
  },
  "template.step.title": {
    nb: "Tittel",
    nn: "Tittel",
    en: "Title",
  },
  "template.step.description": {
    nb: "Beskrivelse",
    nn: "Skildring",
    en: "Description",
  },
  "template.step.responsible": {
    nb: "Ansvarlig",
    nn: "Ansvarleg",
    en: "Responsible",
  },
  "template.step.offset": {
    nb: "Frist i dager fra ankerdatoen",
    nn: "Frist i dagar frå ankerdatoen",
    en: "Due in days from the anchor date",
  },
  "template.step.offset.help": {
    nb: "Negativt tall betyr før datoen, for eksempel -30.",
    nn: "Negativt tal tyder før datoen, til dømes -30.",
    en: "A negative number means before the date, for example -30.",
  },
  "template.step.evidence": {
    nb: "Hva fullføring registrerer",
    nn: "Kva fullføringa registrerer",
    en: "What completing it records",
  },
  "template.step.required": {
    nb: "Påkrevd steg",
    nn: "Påkravd steg",
    en: "Required step",
  },
  "template.policy": {
    nb: "Påminnelser",
    nn: "Påminningar",
    en: "Reminders",
  },
  "template.policy.help": {
    nb: "Påminnelser går ut kl. 08 på arbeidsdager; faller en dag på helg eller helligdag, flyttes den til neste arbeidsdag.",
    nn: "Påminningar går ut kl. 08 på arbeidsdagar; fell ei påminning på helg eller heilagdag, blir ho flytt til neste arbeidsdag.",
    en: "Reminders go out at 08:00 on working days; one that falls on a weekend or public holiday moves to the next working day.",
  },
  "template.policy.before": {
    nb: "Dager før fristen (0 = ingen)",
    nn: "Dagar før fristen (0 = ingen)",
    en: "Days before the due date (0 = none)",
  },
  "template.policy.onDue": {
    nb: "Påminnelse på fristdagen",
    nn: "Påminning på fristdagen",
    en: "Reminder on the due date",
  },
  "template.policy.every": {
    nb: "Deretter hver N. dag på overtid (0 = ingen)",
    nn: "Deretter kvar N. dag på overtid (0 = ingen)",
    en: "Then every N days overdue (0 = none)",
  },
  "template.policy.max": {
    nb: "Høyst så mange påminnelser på overtid",
    nn: "Høgst så mange påminningar på overtid",
    en: "At most this many overdue reminders",
  },
  "template.policy.escalate": {
    nb: "Varsle tjenesteområdeleder etter så mange dager på overtid (tom = aldri)",
    nn: "Varsle tenesteområdeleiar etter så mange dagar på overtid (tom = aldri)",
    en: "Tell the service-area leader after this many days overdue (empty = never)",
  },
  "template.col.policy": {
    nb: "Påminnelser",
    nn: "Påminningar",
    en: "Reminders",
  },
  "template.policy.summary": {
    nb: "{before} d før · {due} · hver {every}. d ×{max} · TOL etter {escalate}",
    nn: "{before} d før · {due} · kvar {every}. d ×{max} · TOL etter {escalate}",
    en: "{before} d before · {due} · every {every} d ×{max} · TOL after {escalate}",
  },
  "template.policy.onDueShort": {
    nb: "på dagen",
    nn: "på dagen",
    en: "on the day",
  },
  "template.policy.never": {
    nb: "aldri",
    nn: "aldri",
    en: "never",
  },
  "template.step.save": {
    nb: "Lagre steg",
    nn: "Lagre steg",
    en: "Save step",
  },
  "template.step.cancel": {
    nb: "Avbryt",
    nn: "Avbryt",
    en: "Cancel",
  },
  "template.saved": {
    nb: "Malen er lagret som versjon {version}.",
    nn: "Malen er lagra som versjon {version}.",
    en: "The template is saved as version {version}.",
  },
  "template.outdated": {
    nb: "{count} løpende løp følger en eldre versjon av malen.",
    nn: "{count} pågåande løp følgjer ein eldre versjon av malen.",
    en: "{count, plural, one {# running path follows} other {# running paths follow}} an older version of the template.",
  },
  "template.sync": {
    nb: "Oppdater løpende løp til versjon {version}",
    nn: "Oppdater pågåande løp til versjon {version}",
    en: "Update running paths to version {version}",
  },
  "template.sync.help": {
    nb: "Åpne steg får nye titler og frister; nye steg legges til; uttatte steg som ikke er fullført, fjernes. Fullførte steg endres ikke.",
    nn: "Opne steg får nye titlar og fristar; nye steg blir lagde til; uttekne steg som ikkje er fullførte, blir fjerna. Fullførte steg blir ikkje endra.",
    en: "Open steps get new titles and due dates; new steps are added; retired steps not yet done are removed. Completed steps do not change.",
  },
  "template.synced": {
    nb: "{count} løp er oppdatert til versjon {version}.",
    nn: "{count} løp er oppdaterte til versjon {version}.",
    en: "{count, plural, one {# path was} other {# paths were}} updated to version {version}.",
  },
  "template.upToDate": {
    nb: "Alle løpende løp følger siste versjon.",
    nn: "Alle pågåande løp følgjer siste versjon.",
    en: "All running paths follow the latest version.",
  },
  "dutyPolicy.title": {
    nb: "Påminnelser for enhetenes plikter",
    nn: "Påminningar for einingane sine plikter",
    en: "Reminders for the units' duties",
  },
  "dutyPolicy.card": {
    nb: "Informasjonsmøtet, veilederkontrakten, fiskebeinsanalysen, de halvårlige revisjonene og tiltakene: når det minnes om dem, og når det varsles videre.",
    nn: "Informasjonsmøtet, rettleiarkontrakten, fiskebeinsanalysen, dei halvårlege revisjonane og tiltaka: når det blir mint om dei, og når det blir varsla vidare.",
    en: "The information meeting, the guidance contract, the fishbone analysis, the half-year revisions and the measures: when they are reminded, and when it goes further.",
  },
  "dutyPolicy.intro": {
    nb: "Hver type plikt har sin egen påminnelsesregel, som et steg i en programmal. En endring gjelder påminnelser som planlegges fra nå av.",
    nn: "Kvar type plikt har sin eigen påminningsregel, som eit steg i ein programmal. Ei endring gjeld påminningar som blir planlagde frå no av.",
    en: "Each kind of duty has its own reminder rule, like a step in a programme template. A change applies to reminders planned from now on.",
  },
  "dutyPolicy.escalate": {
    nb: "Varsle videre etter så mange dager på overtid (tom = aldri)",
    nn: "Varsle vidare etter så mange dagar på overtid (tom = aldri)",
    en: "Tell the next level after this many days overdue (empty = never)",
  },
  "dutyPolicy.save": {
    nb: "Lagre påminnelsene",
    nn: "Lagre påminningane",
    en: "Save the reminders",
  },
  "dutyPolicy.saved": {
    nb: "Påminnelsene er lagret.",
    nn: "Påminningane er lagra.",
    en: "The reminders are saved.",
  },
  "dutyPolicy.duty.meeting": {
    nb: "Informasjonsmøtet",
    nn: "Informasjonsmøtet",
    en: "The information meeting",
  },
  "dutyPolicy.duty.contract": {
    nb: "Veilederkontrakten",
    nn: "Rettleiarkontrakten",
    en: "The guidance contract",
  },
  "dutyPolicy.duty.fba": {
    nb: "Fiskebeinsanalysen",
    nn: "Fiskebeinsanalysen",
    en: "The fishbone analysis",
  },
  "dutyPolicy.duty.revision": {
    nb: "Halvårlige revisjoner",
    nn: "Halvårlege revisjonar",
    en: "Half-year revisions",
  },
  "dutyPolicy.duty.measure": {
    nb: "Tiltak og oppfølgingsområder",
    nn: "Tiltak og oppfølgingsområde",
    en: "Measures and follow-up areas",
  },
  "dutyPolicy.who.meeting": {
    nb: "Tjenesteområdelederen minnes om det; på overtid varsles rådmannens ledergruppe.",
    nn: "Tenesteområdeleiaren blir mint om det; på overtid blir rådmannens leiargruppe varsla.",
    en: "The service-area leader is reminded; overdue, the executive group is told.",
  },
  "dutyPolicy.who.contract": {
    nb: "Utviklingsenheten minnes om den; på overtid varsles tjenesteområdelederen.",
    nn: "Utviklingseininga blir mint om han; på overtid blir tenesteområdeleiaren varsla.",
    en: "The development unit is reminded; overdue, the service-area leader is told.",
  },
  "dutyPolicy.who.fba": {
    nb: "Tjenesteområdelederen minnes om den; på overtid varsles rådmannens ledergruppe.",
    nn: "Tenesteområdeleiaren blir mint om han; på overtid blir rådmannens leiargruppe varsla.",
    en: "The service-area leader is reminded; overdue, the executive group is told.",
  },
  "dutyPolicy.who.revision": {
    nb: "Tjenesteområdelederen minnes om hver revisjon; på overtid varsles rådmannens ledergruppe.",
    nn: "Tenesteområdeleiaren blir mint om kvar revisjon; på overtid blir rådmannens leiargruppe varsla.",
    en: "The service-area leader is reminded of each revision; overdue, the executive group is told.",
  },
  "dutyPolicy.who.measure": {
    nb: "Eieren minnes om det til det er lukket; på overtid varsles tjenesteområdelederen.",
    nn: "Eigaren blir mint om det til det er lukka; på overtid blir tenesteområdeleiaren varsla.",
    en: "The owner is reminded until it is closed; overdue, the service-area leader is told.",
  },
} satisfies Catalog;
