import type { Catalog } from "./locales";

/** The shell around every page: header, menu, language chooser, footer. */
export const nav = {
  "app.name": {
    nb: "Lederløp",
    nn: "Lederløp",
    en: "Lederløp",
  },
  "app.tagline": {
    nb: "Introduksjonsløp og Lean-opplæring for ledere",
    nn: "Introduksjonsløp og Lean-opplæring for leiarar",
    en: "Introduction path and Lean training for leaders",
  },
  "app.skipToContent": {
    nb: "Hopp til hovedinnhold",
    nn: "Hopp til hovudinnhald",
    en: "Skip to main content",
  },
  "app.mainNav": {
    nb: "Hovedmeny",
    nn: "Hovudmeny",
    en: "Main menu",
  },
  "app.footer": {
    nb: "Lederløp – handlingsplan for Lean som virksomhetsstrategi, generasjon 2",
    nn: "Lederløp – handlingsplan for Lean som verksemdsstrategi, generasjon 2",
    en: "Lederløp – action plan for Lean as business strategy, generation 2",
  },
  "app.language": {
    nb: "Språk",
    nn: "Språk",
    en: "Language",
  },
  // Each language by its own name, the same on every page.
  "app.language.nb": {
    nb: "Bokmål",
    nn: "Bokmål",
    en: "Bokmål",
  },
  "app.language.nn": {
    nb: "Nynorsk",
    nn: "Nynorsk",
    en: "Nynorsk",
  },
  "app.language.en": {
    nb: "English",
    nn: "English",
    en: "English",
  },
  "app.signedInAs": {
    nb: "Innlogget som {name}",
    nn: "Logga inn som {name}",
    en: "Signed in as {name}",
  },
  "app.demoBanner": {
    nb: "Demo: data er oppdiktet, og e-post havner i den innebygde postkassen.",
    nn: "Demo: data er oppdikta, og e-post hamnar i den innebygde postkassen.",
    en: "Demo: the data is made up, and email lands in the built-in mailbox.",
  },
  "nav.myPath": {
    nb: "Mitt løp",
    nn: "Løpet mitt",
    en: "My path",
  },
  "nav.leaders": {
    nb: "Ledere",
    nn: "Leiarar",
    en: "Leaders",
  },
  "nav.register": {
    nb: "Registrer ny leder",
    nn: "Registrer ny leiar",
    en: "Register new leader",
  },
  "nav.readiness": {
    nb: "Beredskap",
    nn: "Beredskap",
    en: "Readiness",
  },
  "nav.templates": {
    nb: "Programmaler",
    nn: "Programmalar",
    en: "Programme templates",
  },
  "nav.people": {
    nb: "Personer",
    nn: "Personar",
    en: "People",
  },
  "nav.outbox": {
    nb: "Postkasse",
    nn: "Postkasse",
    en: "Mailbox",
  },
  "nav.sentMail": {
    nb: "Sendte e-poster",
    nn: "Sendt e-post",
    en: "Sent email",
  },
  "nav.profile": {
    nb: "Min profil",
    nn: "Profilen min",
    en: "My profile",
  },
  "nav.reports": {
    nb: "Rapporter",
    nn: "Rapportar",
    en: "Reports",
  },
  "nav.import": {
    nb: "Importer ledere",
    nn: "Importer leiarar",
    en: "Import leaders",
  },
  "nav.signOut": {
    nb: "Logg ut",
    nn: "Logg ut",
    en: "Sign out",
  },
  "nav.integrations": {
    nb: "Integrasjoner",
    nn: "Integrasjonar",
    en: "Integrations",
  },
  "nav.audit": {
    nb: "Revisjonslogg",
    nn: "Revisjonslogg",
    en: "Audit log",
  },
  "nav.hrSync": {
    nb: "Synk fra HR",
    nn: "Synk frå HR",
    en: "Sync from HR",
  },
  "nav.organisation": {
    nb: "Organisasjon",
    nn: "Organisasjon",
    en: "Organisation",
  },
  "nav.rollouts": {
    nb: "Innføring",
    nn: "Innføring",
    en: "Rollout",
  },
  "nav.units": {
    nb: "Lean i enhetene",
    nn: "Lean i einingane",
    en: "Lean in the units",
  },
  "nav.sessions": {
    nb: "Kurs",
    nn: "Kurs",
    en: "Sessions",
  },
} satisfies Catalog;
