import type { Catalog } from "./locales";

/** «Revisjonslogg»: the audit log. */
export const audit = {
  "audit.title": {
    nb: "Revisjonslogg",
    nn: "Revisjonslogg",
    en: "Audit log",
  },
  "audit.intro": {
    nb: "Hver endring av personer, løp, fullføringer, maler, innføringer, kurs og innstillinger, med hvem som gjorde den og før/etter.",
    nn: "Kvar endring av personar, løp, fullføringar, malar, innføringar, kurs og innstillingar, med kven som gjorde ho og før/etter.",
    en: "Every change to people, paths, completions, templates, rollouts, sessions and settings, with who made it and before/after.",
  },
  "audit.entity": {
    nb: "Objekt",
    nn: "Objekt",
    en: "Object",
  },
  "audit.action": {
    nb: "Handling",
    nn: "Handling",
    en: "Action",
  },
  "audit.actor": {
    nb: "Utført av",
    nn: "Utført av",
    en: "Done by",
  },
  "audit.from": {
    nb: "Fra dato",
    nn: "Frå dato",
    en: "From date",
  },
  "audit.to": {
    nb: "Til dato",
    nn: "Til dato",
    en: "To date",
  },
  "audit.at": {
    nb: "Tidspunkt",
    nn: "Tidspunkt",
    en: "Time",
  },
  "audit.change": {
    nb: "Endring",
    nn: "Endring",
    en: "Change",
  },
  "audit.show": {
    nb: "Vis før og etter",
    nn: "Vis før og etter",
    en: "Show before and after",
  },
  "audit.before": {
    nb: "Før:",
    nn: "Før:",
    en: "Before:",
  },
  "audit.after": {
    nb: "Etter:",
    nn: "Etter:",
    en: "After:",
  },
  "audit.system": {
    nb: "Systemet",
    nn: "Systemet",
    en: "The system",
  },
  "audit.count": {
    nb: "Antall rader: {count}",
    nn: "Tal på rader: {count}",
    en: "Number of rows: {count}",
  },
} satisfies Catalog;
