import type { Catalog } from "./locales";

/** «Organisasjon»: service areas, their TOLs and units. */
export const organisation = {
  "org.title": {
    nb: "Organisasjon",
    nn: "Organisasjon",
    en: "Organisation",
  },
  "org.intro": {
    nb: "Tjenesteområder med tjenesteområdeleder, og enhetene i hvert område. Nye ledere registreres i en enhet.",
    nn: "Tenesteområde med tenesteområdeleiar, og einingane i kvart område. Nye leiarar blir registrerte i ei eining.",
    en: "Service areas with their service-area leader, and the units in each. New leaders are registered in a unit.",
  },
  "org.unitsIn": {
    nb: "Enheter",
    nn: "Einingar",
    en: "Units",
  },
  "org.people": {
    nb: "{count, plural, one {# person} other {# personer}}",
    nn: "{count, plural, one {# person} other {# personar}}",
    en: "{count, plural, one {# person} other {# people}}",
  },
  "org.noUnits": {
    nb: "Ingen enheter ennå.",
    nn: "Ingen einingar enno.",
    en: "No units yet.",
  },
  "org.tol": {
    nb: "Tjenesteområdeleder",
    nn: "Tenesteområdeleiar",
    en: "Service-area leader",
  },
  "org.noTol": {
    nb: "Ingen",
    nn: "Ingen",
    en: "None",
  },
  "org.area.name": {
    nb: "Navn på tjenesteområdet",
    nn: "Namn på tenesteområdet",
    en: "Name of the service area",
  },
  "org.area.add": {
    nb: "Legg til tjenesteområde",
    nn: "Legg til tenesteområde",
    en: "Add service area",
  },
  "org.area.save": {
    nb: "Lagre",
    nn: "Lagre",
    en: "Save",
  },
  "org.unit.name": {
    nb: "Navn på enheten",
    nn: "Namn på eininga",
    en: "Name of the unit",
  },
  "org.unit.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "org.unit.add": {
    nb: "Legg til enhet",
    nn: "Legg til eining",
    en: "Add unit",
  },
  "org.unit.code": {
    nb: "Kode (valgfri)",
    nn: "Kode (valfri)",
    en: "Code (optional)",
  },
  "org.unit.codeFor": {
    nb: "Kode for {unit}",
    nn: "Kode for {unit}",
    en: "Code for {unit}",
  },
  "org.unit.codeHelp": {
    nb: "Koden HR-systemet og Entra ID kjenner enheten ved. HR-eksporten kan bruke den i kolonnen enhet.",
    nn: "Koden HR-systemet og Entra ID kjenner eininga ved. HR-eksporten kan bruke han i kolonnen eining.",
    en: "The code the HR system and Entra ID know the unit by. The HR export may use it in the unit column.",
  },
  "org.unit.saveCode": {
    nb: "Lagre koden",
    nn: "Lagre koden",
    en: "Save the code",
  },
  "org.unit.codeTaken": {
    nb: "En annen enhet har allerede denne koden.",
    nn: "Ei anna eining har allereie denne koden.",
    en: "Another unit already has this code.",
  },
  "org.saved": {
    nb: "Endringen er lagret.",
    nn: "Endringa er lagra.",
    en: "The change is saved.",
  },
} satisfies Catalog;
