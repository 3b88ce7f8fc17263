import type { Catalog } from "./locales";

/** «Beredskap»: a service area's leaders × steps. */
export const readiness = {
  "readiness.title": {
    nb: "Beredskap i {area}",
    nn: "Beredskap i {area}",
    en: "Readiness in {area}",
  },
  "readiness.titleGeneric": {
    nb: "Beredskap",
    nn: "Beredskap",
    en: "Readiness",
  },
  "readiness.intro": {
    nb: "Hver leder i tjenesteområdet med stegene i introduksjonsløpet. De som ligger mest etter, står først i hver enhet.",
    nn: "Kvar leiar i tenesteområdet med stega i introduksjonsløpet. Dei som ligg mest etter, står først i kvar eining.",
    en: "Every leader in the service area with the steps of the introduction path. Those furthest behind come first in each unit.",
  },
  "readiness.chooseArea": {
    nb: "Velg tjenesteområde",
    nn: "Vel tenesteområde",
    en: "Choose service area",
  },
  "readiness.show": {
    nb: "Vis",
    nn: "Vis",
    en: "Show",
  },
  "readiness.unit": {
    nb: "Enhet: {unit}",
    nn: "Eining: {unit}",
    en: "Unit: {unit}",
  },
  "readiness.unitSummary": {
    nb: "{leaders, plural, one {# leder} other {# ledere}} · {percent} % fullført · {overdue, plural, one {# forfalt steg} other {# forfalte steg}}",
    nn: "{leaders, plural, one {# leiar} other {# leiarar}} · {percent} % fullført · {overdue, plural, one {# steg på overtid} other {# steg på overtid}}",
    en: "{leaders, plural, one {# leader} other {# leaders}} · {percent} % done · {overdue, plural, one {# overdue step} other {# overdue steps}}",
  },
  "readiness.col.leader": {
    nb: "Leder",
    nn: "Leiar",
    en: "Leader",
  },
  "readiness.col.progress": {
    nb: "Fullført",
    nn: "Fullført",
    en: "Done",
  },
  "readiness.col.overdue": {
    nb: "Forfalte",
    nn: "På overtid",
    en: "Overdue",
  },
  "readiness.none": {
    nb: "Ingen ledere med løp i dette tjenesteområdet ennå.",
    nn: "Ingen leiarar med løp i dette tenesteområdet enno.",
    en: "No leaders with a path in this service area yet.",
  },
  "readiness.noArea": {
    nb: "Du er ikke tjenesteområdeleder for noe område.",
    nn: "Du er ikkje tenesteområdeleiar for noko område.",
    en: "You are not the leader of any service area.",
  },
  "readiness.legend": {
    nb: "Forklaring",
    nn: "Forklaring",
    en: "Legend",
  },
  "readiness.notInPath": {
    nb: "Ikke i løpet",
    nn: "Ikkje i løpet",
    en: "Not in the path",
  },
} satisfies Catalog;
