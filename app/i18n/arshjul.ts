import type { Catalog } from "./locales";

/** «Årshjul»: the executive group's year, and the personal calendar feed on «Min profil». */
export const arshjul = {
  "nav.arshjul": {
    nb: "Årshjul",
    nn: "Årshjul",
    en: "Annual wheel",
  },
  "arshjul.title": {
    nb: "Årshjul {year}",
    nn: "Årshjul {year}",
    en: "Annual wheel {year}",
  },
  "arshjul.intro": {
    nb: "Året på ett ark: halvårlige revisjoner per tjenesteområde, Lean lederforum og tematimer, innføringer, lederavtalesesongen og rapportfrister.",
    nn: "Året på eitt ark: halvårlege revisjonar per tenesteområde, Lean leiarforum og tematimar, innføringar, leiaravtalesesongen og rapportfristar.",
    en: "The year on one page: half-year revisions per service area, Lean leader forums and theme hours, rollouts, the leader-agreement season and report deadlines.",
  },
  "arshjul.settings": {
    nb: "Lederavtalene holdes i {month} (frist siste dag i måneden). Rapporter for et kvartal og et år har frist {days} dager etter periodens slutt; øyeblikksbildet tas siste dag i kvartalet.",
    nn: "Leiaravtalane blir haldne i {month} (frist siste dag i månaden). Rapportar for eit kvartal og eit år har frist {days} dagar etter slutten av perioden; augneblinksbiletet blir teke siste dag i kvartalet.",
    en: "Leader agreements are held in {month} (due on its last day). A quarter's and a year's report is due {days} days after the period ends; the snapshot is taken on the quarter's last day.",
  },
  "arshjul.years": {
    nb: "Velg år",
    nn: "Vel år",
    en: "Choose a year",
  },
  "arshjul.previous": {
    nb: "Forrige år ({year})",
    nn: "Førre år ({year})",
    en: "Previous year ({year})",
  },
  "arshjul.next": {
    nb: "Neste år ({year})",
    nn: "Neste år ({year})",
    en: "Next year ({year})",
  },
  "arshjul.thisYear": {
    nb: "I år",
    nn: "I år",
    en: "This year",
  },
  "arshjul.filter": {
    nb: "Filtrer",
    nn: "Filtrer",
    en: "Filter",
  },
  "arshjul.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "arshjul.allAreas": {
    nb: "Alle tjenesteområder",
    nn: "Alle tenesteområde",
    en: "All service areas",
  },
  "arshjul.areaNote": {
    nb: "Lederforum, tematimer, lederavtalesesongen og rapportfrister gjelder hele kommunen og vises alltid.",
    nn: "Leiarforum, tematimar, leiaravtalesesongen og rapportfristar gjeld heile kommunen og blir alltid viste.",
    en: "Leader forums, theme hours, the agreement season and report deadlines are for the whole municipality and always shown.",
  },
  "arshjul.kinds": {
    nb: "Hva som vises",
    nn: "Kva som blir vist",
    en: "What to show",
  },
  "arshjul.show": {
    nb: "Vis",
    nn: "Vis",
    en: "Show",
  },
  "arshjul.kind.revision": {
    nb: "Halvårlig revisjon",
    nn: "Halvårleg revisjon",
    en: "Half-year revision",
  },
  "arshjul.kind.fba": {
    nb: "Fiskebeinsanalyse",
    nn: "Fiskebeinsanalyse",
    en: "Fishbone analysis",
  },
  "arshjul.kind.rollout": {
    nb: "Innføring",
    nn: "Innføring",
    en: "Rollout",
  },
  "arshjul.kind.leader_forum": {
    nb: "Lean lederforum",
    nn: "Lean leiarforum",
    en: "Lean leader forum",
  },
  "arshjul.kind.theme_hour": {
    nb: "Tematime",
    nn: "Tematime",
    en: "Theme hour",
  },
  "arshjul.kind.agreement": {
    nb: "Lederavtaler",
    nn: "Leiaravtalar",
    en: "Leader agreements",
  },
  "arshjul.kind.report": {
    nb: "Rapportering",
    nn: "Rapportering",
    en: "Reporting",
  },
  "arshjul.kind.session": {
    nb: "Kurs",
    nn: "Kurs",
    en: "Session",
  },
  "arshjul.kind.step": {
    nb: "Steg",
    nn: "Steg",
    en: "Step",
  },
  "arshjul.kind.own_agreement": {
    nb: "Lederavtale",
    nn: "Leiaravtale",
    en: "Leader agreement",
  },
  "arshjul.kind.agreements": {
    nb: "Lederavtaler",
    nn: "Leiaravtalar",
    en: "Leader agreements",
  },
  "arshjul.months": {
    nb: "Måned for måned",
    nn: "Månad for månad",
    en: "Month by month",
  },
  "arshjul.nothing": {
    nb: "Ingenting denne måneden.",
    nn: "Ingenting denne månaden.",
    en: "Nothing this month.",
  },
  "arshjul.count": {
    nb: "{count, plural, one {# dato} other {# datoer}}",
    nn: "{count, plural, one {# dato} other {# datoar}}",
    en: "{count, plural, one {# date} other {# dates}}",
  },
  "arshjul.table": {
    nb: "Alle datoer i årshjulet for {year}",
    nn: "Alle datoar i årshjulet for {year}",
    en: "Every date in the annual wheel for {year}",
  },
  "arshjul.tableTitle": {
    nb: "Som tabell",
    nn: "Som tabell",
    en: "As a table",
  },
  "arshjul.empty": {
    nb: "Ingen datoer med dette utvalget.",
    nn: "Ingen datoar med dette utvalet.",
    en: "No dates with this selection.",
  },
  "arshjul.col.date": {
    nb: "Dato",
    nn: "Dato",
    en: "Date",
  },
  "arshjul.col.kind": {
    nb: "Type",
    nn: "Type",
    en: "Kind",
  },
  "arshjul.col.what": {
    nb: "Hva",
    nn: "Kva",
    en: "What",
  },
  "arshjul.col.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "arshjul.col.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "arshjul.held": {
    nb: "Holdt {date}",
    nn: "Halden {date}",
    en: "Held {date}",
  },
  "arshjul.municipality": {
    nb: "Hele kommunen",
    nn: "Heile kommunen",
    en: "Whole municipality",
  },
  "arshjul.item.revision": {
    nb: "Halvårlig revisjon {number}: {unit}",
    nn: "Halvårleg revisjon {number}: {unit}",
    en: "Half-year revision {number}: {unit}",
  },
  "arshjul.item.fba": {
    nb: "Fiskebeinsanalyse senest: {unit}",
    nn: "Fiskebeinsanalyse seinast: {unit}",
    en: "Fishbone analysis due: {unit}",
  },
  "arshjul.item.rollout": {
    nb: "Innføring: {unit}",
    nn: "Innføring: {unit}",
    en: "Rollout: {unit}",
  },
  "arshjul.item.agreement": {
    nb: "Lederavtalesesongen {year}",
    nn: "Leiaravtalesesongen {year}",
    en: "Leader-agreement season {year}",
  },
  "arshjul.item.snapshot": {
    nb: "Øyeblikksbilde for rapport: {period}",
    nn: "Augneblinksbilete for rapport: {period}",
    en: "Report snapshot: {period}",
  },
  "arshjul.item.quarterDeadline": {
    nb: "Frist kvartalsrapport: {period}",
    nn: "Frist kvartalsrapport: {period}",
    en: "Quarterly report due: {period}",
  },
  "arshjul.item.yearDeadline": {
    nb: "Frist årsrapport: {period}",
    nn: "Frist årsrapport: {period}",
    en: "Annual report due: {period}",
  },
  "arshjul.item.step": {
    nb: "Frist: {title}",
    nn: "Frist: {title}",
    en: "Due: {title}",
  },
  "arshjul.item.ownAgreement": {
    nb: "Lederavtalen din for {year}",
    nn: "Leiaravtalen din for {year}",
    en: "Your leader agreement for {year}",
  },
  "arshjul.item.agreements": {
    nb: "Lederavtaler i {area} ({year}): {count} gjenstår",
    nn: "Leiaravtalar i {area} ({year}): {count} står att",
    en: "Leader agreements in {area} ({year}): {count} to hold",
  },
  "arshjul.quarter": {
    nb: "{quarter}. kvartal {year}",
    nn: "{quarter}. kvartal {year}",
    en: "Q{quarter} {year}",
  },
  "arshjul.feedHint": {
    nb: "Vil du ha datoene dine i Outlook? Lag en kalenderadresse på «Min profil».",
    nn: "Vil du ha datoane dine i Outlook? Lag ei kalenderadresse på «Profilen min».",
    en: "Want your dates in Outlook? Make a calendar address on «My profile».",
  },
  "arshjul.feed.name": {
    nb: "Lederløp – {name}",
    nn: "Lederløp – {name}",
    en: "Lederløp – {name}",
  },
  "arshjul.feed.still": {
    nb: "Gjenstår: {names}",
    nn: "Står att: {names}",
    en: "Still to hold: {names}",
  },
  "profile.feed.title": {
    nb: "Kalenderen din i Outlook",
    nn: "Kalenderen din i Outlook",
    en: "Your calendar in Outlook",
  },
  "profile.feed.intro": {
    nb: "Abonner på din del av årshjulet: kurs du er påmeldt, fristene dine, lederavtalen og enhetens revisjoner (for TOL også områdenes, for ledergruppen, HR og Utviklingsenheten hele årshjulet). Kalenderen henter endringer selv.",
    nn: "Abonner på din del av årshjulet: kurs du er påmeld, fristane dine, leiaravtalen og revisjonane til eininga (for TOL også områda sine, for leiargruppa, HR og Utviklingseininga heile årshjulet). Kalenderen hentar endringar sjølv.",
    en: "Subscribe to your part of the annual wheel: sessions you are signed up for, your due dates, your leader agreement and your unit's revisions (for a TOL their areas' too, for the executive group, HR and the development unit the whole wheel). Your calendar fetches changes by itself.",
  },
  "profile.feed.none": {
    nb: "Du har ingen kalenderadresse.",
    nn: "Du har inga kalenderadresse.",
    en: "You have no calendar address.",
  },
  "profile.feed.active": {
    nb: "Kalenderadressen din ble laget {date}.",
    nn: "Kalenderadressa di vart laga {date}.",
    en: "Your calendar address was made on {date}.",
  },
  "profile.feed.lastUsed": {
    nb: "Sist hentet {date}.",
    nn: "Sist henta {date}.",
    en: "Last fetched {date}.",
  },
  "profile.feed.neverUsed": {
    nb: "Ikke hentet ennå.",
    nn: "Ikkje henta enno.",
    en: "Not fetched yet.",
  },
  "profile.feed.create": {
    nb: "Lag kalenderadresse",
    nn: "Lag kalenderadresse",
    en: "Make a calendar address",
  },
  "profile.feed.replace": {
    nb: "Lag ny adresse (den gamle slutter å virke)",
    nn: "Lag ny adresse (den gamle sluttar å verke)",
    en: "Make a new address (the old one stops working)",
  },
  "profile.feed.revoke": {
    nb: "Slett kalenderadressen",
    nn: "Slett kalenderadressa",
    en: "Delete the calendar address",
  },
  "profile.feed.revoked": {
    nb: "Kalenderadressen er slettet og virker ikke lenger.",
    nn: "Kalenderadressa er sletta og verkar ikkje lenger.",
    en: "The calendar address is deleted and no longer works.",
  },
  "profile.feed.created": {
    nb: "Kopier kalenderadressen nå",
    nn: "Kopier kalenderadressa no",
    en: "Copy your calendar address now",
  },
  "profile.feed.createdBody": {
    nb: "Den vises bare denne ene gangen, og alle som har den, ser datoene dine. I Outlook: Kalender → Legg til kalender → Abonner fra nettet, lim inn adressen og gi kalenderen et navn.",
    nn: "Ho blir vist berre denne eine gongen, og alle som har ho, ser datoane dine. I Outlook: Kalender → Legg til kalender → Abonner frå nettet, lim inn adressa og gi kalenderen eit namn.",
    en: "It is shown this once only, and anyone who has it sees your dates. In Outlook: Calendar → Add calendar → Subscribe from web, paste the address and name the calendar.",
  },
  "profile.feed.address": {
    nb: "Kalenderadresse (.ics)",
    nn: "Kalenderadresse (.ics)",
    en: "Calendar address (.ics)",
  },
} satisfies Catalog;
