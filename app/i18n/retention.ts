import type { Catalog } from "./locales";

/** «Sletting»: who is anonymised soon after leaving, and who is held back. */
export const retention = {
  "retention.title": {
    nb: "Sletting etter fratreden",
    nn: "Sletting etter fråtreding",
    en: "Deletion after leaving",
  },
  "retention.link": {
    nb: "Sletting etter fratreden: hvem anonymiseres snart, og hvem holdes tilbake",
    nn: "Sletting etter fråtreding: kven blir snart anonymisert, og kven blir halden tilbake",
    en: "Deletion after leaving: who is anonymised soon, and who is held back",
  },
  "retention.intro": {
    nb: "Lederløp anonymiserer den som har sluttet, {months, plural, one {# måned} other {# måneder}} etter dagen de sluttet: navn, e-post, stilling og notater fjernes overalt, tallene beholdes. Det skjer automatisk natt og dag. En administrator kan holde en person tilbake, med begrunnelse, så lenge det trengs.",
    nn: "Lederløp anonymiserer den som har slutta, {months, plural, one {# månad} other {# månader}} etter dagen dei slutta: namn, e-post, stilling og notat blir fjerna overalt, tala blir verande. Det skjer automatisk natt og dag. Ein administrator kan halde ein person tilbake, med grunngiving, så lenge det trengst.",
    en: "Lederløp anonymises someone who has left {months, plural, one {# month} other {# months}} after the day they left: name, email, position and notes are removed everywhere, the figures stay. It happens automatically, day and night. An administrator can hold a person back, with a reason, for as long as needed.",
  },
  "retention.due.title": {
    nb: "Anonymiseres de neste 30 dagene",
    nn: "Blir anonymiserte dei neste 30 dagane",
    en: "Anonymised in the next 30 days",
  },
  "retention.due.none": {
    nb: "Ingen anonymiseres de neste 30 dagene.",
    nn: "Ingen blir anonymiserte dei neste 30 dagane.",
    en: "Nobody is anonymised in the next 30 days.",
  },
  "retention.due.count": {
    nb: "{count, plural, one {# person} other {# personer}} til og med {date}.",
    nn: "{count, plural, one {# person} other {# personar}} til og med {date}.",
    en: "{count, plural, one {# person} other {# people}} up to and including {date}.",
  },
  "retention.held.title": {
    nb: "Holdes tilbake",
    nn: "Blir haldne tilbake",
    en: "Held back",
  },
  "retention.held.none": {
    nb: "Ingen holdes tilbake.",
    nn: "Ingen blir haldne tilbake.",
    en: "Nobody is held back.",
  },
  "retention.held.help": {
    nb: "Når du opphever tilbakeholdet, anonymiseres personen ved neste kjøring om datoen er passert.",
    nn: "Når du opphevar tilbakehaldet, blir personen anonymisert ved neste køyring om datoen er passert.",
    en: "When you release the hold, the person is anonymised at the next run if the date has passed.",
  },
  "retention.col.left": {
    nb: "Sluttet",
    nn: "Slutta",
    en: "Left",
  },
  "retention.col.due": {
    nb: "Anonymiseres",
    nn: "Blir anonymisert",
    en: "Anonymised on",
  },
  "retention.col.reason": {
    nb: "Begrunnelse",
    nn: "Grunngiving",
    en: "Reason",
  },
  "retention.col.hold": {
    nb: "Hold tilbake",
    nn: "Hald tilbake",
    en: "Hold back",
  },
  "retention.col.release": {
    nb: "Opphev tilbakehold",
    nn: "Opphev tilbakehald",
    en: "Release the hold",
  },
  "retention.overdue": {
    nb: "ved neste kjøring",
    nn: "ved neste køyring",
    en: "at the next run",
  },
  "retention.hold.open": {
    nb: "Hold tilbake …",
    nn: "Hald tilbake …",
    en: "Hold back …",
  },
  "retention.reason": {
    nb: "Hvorfor holdes {name} tilbake?",
    nn: "Kvifor blir {name} halden tilbake?",
    en: "Why is {name} held back?",
  },
  "retention.reason.help": {
    nb: "For eksempel en tvist eller et krav om innsyn. Begrunnelsen vises her og i revisjonsloggen.",
    nn: "Til dømes ein tvist eller eit krav om innsyn. Grunngivinga blir vist her og i revisjonsloggen.",
    en: "For example a dispute or an access request. The reason is shown here and in the audit log.",
  },
  "retention.reason.required": {
    nb: "Skriv hvorfor personen holdes tilbake.",
    nn: "Skriv kvifor personen blir halden tilbake.",
    en: "Write why the person is held back.",
  },
  "retention.hold": {
    nb: "Hold tilbake",
    nn: "Hald tilbake",
    en: "Hold back",
  },
  "retention.release": {
    nb: "Opphev for {name}",
    nn: "Opphev for {name}",
    en: "Release {name}",
  },
  "retention.held": {
    nb: "Personen holdes tilbake og anonymiseres ikke før du opphever det.",
    nn: "Personen blir halden tilbake og blir ikkje anonymisert før du opphevar det.",
    en: "The person is held back and is not anonymised until you release them.",
  },
  "retention.released": {
    nb: "Tilbakeholdet er opphevet.",
    nn: "Tilbakehaldet er oppheva.",
    en: "The hold is released.",
  },
  "retention.person.due": {
    nb: "Sluttet {left}. Anonymiseres {due}, med mindre du holder det tilbake.",
    nn: "Slutta {left}. Blir anonymisert {due}, om du ikkje held det tilbake.",
    en: "Left on {left}. Anonymised on {due}, unless you hold it back.",
  },
  "retention.person.held": {
    nb: "Sluttet {left}. Anonymiseringen ({due}) holdes tilbake: {reason}",
    nn: "Slutta {left}. Anonymiseringa ({due}) blir halden tilbake: {reason}",
    en: "Left on {left}. The anonymisation ({due}) is held back: {reason}",
  },
  "retention.person.reason": {
    nb: "Hvorfor holdes anonymiseringen tilbake?",
    nn: "Kvifor blir anonymiseringa halden tilbake?",
    en: "Why is the anonymisation held back?",
  },
  "retention.person.release": {
    nb: "Opphev tilbakeholdet",
    nn: "Opphev tilbakehaldet",
    en: "Release the hold",
  },
  "people.anonymisedLeftOut": {
    nb: "Anonymiserte personer vises ikke her.",
    nn: "Anonymiserte personar blir ikkje viste her.",
    en: "Anonymised people are not shown here.",
  },
} satisfies Catalog;
