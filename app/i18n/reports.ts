import type { Catalog } from "./locales";

/** «Rapporter»: completion figures for the quarterly and annual reports. */
export const reports = {
  "reports.title": {
    nb: "Rapport for kommunen",
    nn: "Rapport for kommunen",
    en: "Report for the municipality",
  },
  "reports.titleArea": {
    nb: "Rapport for {area}",
    nn: "Rapport for {area}",
    en: "Report for {area}",
  },
  "reports.titleGeneric": {
    nb: "Rapporter",
    nn: "Rapportar",
    en: "Reports",
  },
  "reports.intro": {
    nb: "Hvor langt lederne har kommet i løpene sine, til kvartals- og årsrapporteringen. Tallene gjelder aktive ledere og stegene som er med i løpene deres.",
    nn: "Kor langt leiarane har kome i løpa sine, til kvartals- og årsrapporteringa. Tala gjeld aktive leiarar og stega som er med i løpa deira.",
    en: "How far the leaders have come on their paths, for quarterly and annual reporting. The figures cover active leaders and the steps on their paths.",
  },
  "reports.asOf": {
    nb: "Stand per {date}",
    nn: "Stoda per {date}",
    en: "As of {date}",
  },
  "reports.print": {
    nb: "Skriv ut med Ctrl + P (Cmd + P på Mac). Meny, lenker og sidevalg kommer ikke med på utskriften. Lederlisten skrives ut side for side; CSV-filen har alle ledere.",
    nn: "Skriv ut med Ctrl + P (Cmd + P på Mac). Meny, lenkjer og sideval kjem ikkje med på utskrifta. Leiarlista blir skriven ut side for side; CSV-fila har alle leiarane.",
    en: "Print with Ctrl + P (Cmd + P on a Mac). The menu, links and page navigation are left out of the printout. The leader list prints one page at a time; the CSV file has every leader.",
  },
  "reports.csv": {
    nb: "Last ned CSV med alle ledere",
    nn: "Last ned CSV med alle leiarane",
    en: "Download CSV with every leader",
  },
  "reports.municipality": {
    nb: "Hele kommunen",
    nn: "Heile kommunen",
    en: "The whole municipality",
  },
  "reports.areaNav": {
    nb: "Rapport for tjenesteområde",
    nn: "Rapport for tenesteområde",
    en: "Report for a service area",
  },
  "reports.show": {
    nb: "Vis",
    nn: "Vis",
    en: "Show",
  },
  "reports.noArea": {
    nb: "Du er ikke tjenesteområdeleder for noe område, så det finnes ingen rapport for deg.",
    nn: "Du er ikkje tenesteområdeleiar for noko område, så det finst ingen rapport for deg.",
    en: "You are not the leader of any service area, so there is no report for you.",
  },
  "reports.none": {
    nb: "Ingen aktive ledere i dette utvalget ennå.",
    nn: "Ingen aktive leiarar i dette utvalet enno.",
    en: "No active leaders in this selection yet.",
  },
  "reports.summary": {
    nb: "Sammendrag",
    nn: "Samandrag",
    en: "Summary",
  },
  "reports.summary.leaders": {
    nb: "Ledere",
    nn: "Leiarar",
    en: "Leaders",
  },
  "reports.summary.complete": {
    nb: "Har fullført alle steg",
    nn: "Har fullført alle steg",
    en: "Have completed every step",
  },
  "reports.summary.behind": {
    nb: "Har forfalte steg",
    nn: "Har steg på overtid",
    en: "Have overdue steps",
  },
  "reports.summary.progress": {
    nb: "Steg fullført",
    nn: "Fullførte steg",
    en: "Steps completed",
  },
  "reports.summary.stepsDone": {
    nb: "{done} av {total} steg",
    nn: "{done} av {total} steg",
    en: "{done} of {total, plural, one {# step} other {# steps}}",
  },
  "reports.summary.overdue": {
    nb: "Forfalte steg",
    nn: "Steg på overtid",
    en: "Overdue steps",
  },
  "reports.summary.confirmed": {
    nb: "Fullført og bekreftet av andre",
    nn: "Fullført og stadfesta av andre",
    en: "Completed, confirmed by others",
  },
  "reports.summary.self": {
    nb: "Fullført og egenrapportert",
    nn: "Fullført og eigenrapportert",
    en: "Completed, self-reported",
  },
  "reports.byArea": {
    nb: "Per tjenesteområde",
    nn: "Per tenesteområde",
    en: "By service area",
  },
  "reports.byUnit": {
    nb: "Per enhet",
    nn: "Per eining",
    en: "By unit",
  },
  "reports.byStep": {
    nb: "Per steg",
    nn: "Per steg",
    en: "By step",
  },
  "reports.byStep.help": {
    nb: "«Bekreftet» er registrert av HR, Utviklingsenheten, tjenesteområdeleder eller administrator; «egenrapportert» har lederen krysset av selv.",
    nn: "«Stadfesta» er registrert av HR, Utviklingseininga, tenesteområdeleiar eller administrator; «eigenrapportert» har leiaren kryssa av sjølv.",
    en: "«Confirmed» was recorded by HR, the development unit, the service-area leader or an administrator; «self-reported» was ticked off by the leader.",
  },
  "reports.byLeader": {
    nb: "Per leder",
    nn: "Per leiar",
    en: "By leader",
  },
  "reports.byLeader.count": {
    nb: "{count, plural, one {# leder} other {# ledere}}, sortert på tjenesteområde, enhet og navn.",
    nn: "{count, plural, one {# leiar} other {# leiarar}}, sortert etter tenesteområde, eining og namn.",
    en: "{count, plural, one {# leader} other {# leaders}}, sorted by service area, unit and name.",
  },
  "reports.col.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "reports.col.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "reports.col.name": {
    nb: "Navn",
    nn: "Namn",
    en: "Name",
  },
  "reports.col.leaders": {
    nb: "Ledere",
    nn: "Leiarar",
    en: "Leaders",
  },
  "reports.col.progress": {
    nb: "Fullført",
    nn: "Fullført",
    en: "Completed",
  },
  "reports.col.doneOfTotal": {
    nb: "Fullført av totalt",
    nn: "Fullført av totalt",
    en: "Completed of total",
  },
  "reports.col.overdue": {
    nb: "Forfalte steg",
    nn: "Steg på overtid",
    en: "Overdue steps",
  },
  "reports.col.confirmed": {
    nb: "Bekreftet",
    nn: "Stadfesta",
    en: "Confirmed",
  },
  "reports.col.self": {
    nb: "Egenrapportert",
    nn: "Eigenrapportert",
    en: "Self-reported",
  },
  "reports.col.step": {
    nb: "Steg",
    nn: "Steg",
    en: "Step",
  },
  "reports.col.programme": {
    nb: "Program",
    nn: "Program",
    en: "Programme",
  },
  "reports.progressOf": {
    nb: "Andel fullført: {name}",
    nn: "Del fullført: {name}",
    en: "Share completed: {name}",
  },
  "reports.noUnit": {
    nb: "Uten enhet",
    nn: "Utan eining",
    en: "No unit",
  },
} satisfies Catalog;
