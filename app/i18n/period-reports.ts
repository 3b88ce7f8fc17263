import type { Catalog } from "./locales";

/** Period report packs: frozen measure points per quarter and year. */
export const periodReports = {
  "periods.title": {
    nb: "Periodrapporter",
    nn: "Periodrapportar",
    en: "Period reports",
  },
  "periods.intro": {
    nb: "Måltallene fryses ved hvert kvartals og års slutt, for kommunen, hvert tjenesteområde og hver enhet, og endres aldri etterpå. Bruk dem i kvartals- og årsrapporteringen.",
    nn: "Måltala blir frosne ved slutten av kvart kvartal og år, for kommunen, kvart tenesteområde og kvar eining, og blir aldri endra etterpå. Bruk dei i kvartals- og årsrapporteringa.",
    en: "The measure points are frozen at the end of each quarter and year, for the municipality, each service area and each unit, and never change afterwards. Use them in the quarterly and annual reports.",
  },
  "periods.link": {
    nb: "Periodrapporter (frosne tall per kvartal og år)",
    nn: "Periodrapportar (frosne tal per kvartal og år)",
    en: "Period reports (frozen figures per quarter and year)",
  },
  "periods.none": {
    nb: "Ingen perioder har en rapportpakke ennå. Den første tas når et kvartal er slutt.",
    nn: "Ingen periodar har ein rapportpakke enno. Den første blir teken når eit kvartal er slutt.",
    en: "No period has a report pack yet. The first is taken when a quarter ends.",
  },
  "periods.list": {
    nb: "Perioder",
    nn: "Periodar",
    en: "Periods",
  },
  "periods.col.period": {
    nb: "Periode",
    nn: "Periode",
    en: "Period",
  },
  "periods.col.asOf": {
    nb: "Tall per",
    nn: "Tal per",
    en: "Figures as of",
  },
  "periods.col.taken": {
    nb: "Tatt",
    nn: "Teken",
    en: "Taken",
  },
  "periods.col.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "periods.status.frozen": {
    nb: "Frosset",
    nn: "Frosen",
    en: "Frozen",
  },
  "periods.status.reconstructed": {
    nb: "Rekonstruert",
    nn: "Rekonstruert",
    en: "Reconstructed",
  },
  "periods.reconstructedHelp": {
    nb: "Rekonstruert: regnet ut i ettertid fra historikken (datoene på fullføringer, registreringer og revisjonslogg), ikke frosset ved periodens slutt.",
    nn: "Rekonstruert: rekna ut i etterkant frå historikken (datoane på fullføringar, registreringar og revisjonslogg), ikkje frosen ved slutten av perioden.",
    en: "Reconstructed: computed afterwards from the history (the dates on completions, records and the audit log), not frozen at the period's end.",
  },
  "periods.quarter": {
    nb: "{quarter}. kvartal {year}",
    nn: "{quarter}. kvartal {year}",
    en: "Q{quarter} {year}",
  },
  "periods.quarterShort": {
    nb: "K{quarter}",
    nn: "K{quarter}",
    en: "Q{quarter}",
  },
  "periods.year": {
    nb: "Året {year}",
    nn: "Året {year}",
    en: "The year {year}",
  },
  "periods.titleMunicipality": {
    nb: "{period} – kommunen",
    nn: "{period} – kommunen",
    en: "{period} – the municipality",
  },
  "periods.titleArea": {
    nb: "{period} – {area}",
    nn: "{period} – {area}",
    en: "{period} – {area}",
  },
  "periods.asOf": {
    nb: "Tall per {date}, tatt {taken}.",
    nn: "Tal per {date}, tekne {taken}.",
    en: "Figures as of {date}, taken {taken}.",
  },
  "periods.back": {
    nb: "Alle perioder",
    nn: "Alle periodar",
    en: "All periods",
  },
  "periods.municipality": {
    nb: "Hele kommunen",
    nn: "Heile kommunen",
    en: "The whole municipality",
  },
  "periods.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "periods.show": {
    nb: "Vis",
    nn: "Vis",
    en: "Show",
  },
  "periods.csv": {
    nb: "Last ned CSV (for Excel)",
    nn: "Last ned CSV (for Excel)",
    en: "Download CSV (for Excel)",
  },
  "periods.print": {
    nb: "Skriv ut eller lagre som PDF fra nettleseren: siden passer på A4.",
    nn: "Skriv ut eller lagre som PDF frå nettlesaren: sida passar på A4.",
    en: "Print or save as PDF from the browser: the page fits A4.",
  },
  "periods.figures": {
    nb: "Måltall",
    nn: "Måltal",
    en: "Measure points",
  },
  "periods.col.figure": {
    nb: "Måltall",
    nn: "Måltal",
    en: "Measure point",
  },
  "periods.col.previous": {
    nb: "Forrige periode ({period})",
    nn: "Førre periode ({period})",
    en: "Previous period ({period})",
  },
  "periods.col.change": {
    nb: "Endring",
    nn: "Endring",
    en: "Change",
  },
  "periods.change.up": {
    nb: "Opp {by}",
    nn: "Opp {by}",
    en: "Up {by}",
  },
  "periods.change.down": {
    nb: "Ned {by}",
    nn: "Ned {by}",
    en: "Down {by}",
  },
  "periods.change.same": {
    nb: "Uendret",
    nn: "Uendra",
    en: "Unchanged",
  },
  "periods.change.none": {
    nb: "Ingen å sammenligne med",
    nn: "Ingen å samanlikne med",
    en: "Nothing to compare with",
  },
  "periods.by.percent": {
    nb: "{by} prosentpoeng",
    nn: "{by} prosentpoeng",
    en: "{by} percentage points",
  },
  "periods.by.days": {
    nb: "{by} dager",
    nn: "{by} dagar",
    en: "{by} days",
  },
  "periods.value.share": {
    nb: "{value} % ({n} av {d})",
    nn: "{value} % ({n} av {d})",
    en: "{value}% ({n} of {d})",
  },
  "periods.value.days": {
    nb: "{value} dager",
    nn: "{value} dagar",
    en: "{value} days",
  },
  "periods.value.none": {
    nb: "–",
    nn: "–",
    en: "–",
  },
  "periods.value.noneLabel": {
    nb: "ingen tall",
    nn: "ingen tal",
    en: "no figure",
  },
  "periods.steps": {
    nb: "Per steg: fullført, bekreftet og egenrapportert",
    nn: "Per steg: fullført, stadfesta og eigenrapportert",
    en: "Per step: done, confirmed and self-reported",
  },
  "periods.col.step": {
    nb: "Steg",
    nn: "Steg",
    en: "Step",
  },
  "periods.col.done": {
    nb: "Fullført",
    nn: "Fullført",
    en: "Done",
  },
  "periods.col.confirmed": {
    nb: "Bekreftet",
    nn: "Stadfesta",
    en: "Confirmed",
  },
  "periods.col.self": {
    nb: "Egenrapportert",
    nn: "Eigenrapportert",
    en: "Self-reported",
  },
  "periods.col.overdue": {
    nb: "Forfalt",
    nn: "Forfalle",
    en: "Overdue",
  },
  "periods.col.name": {
    nb: "Navn",
    nn: "Namn",
    en: "Name",
  },
  "periods.parts.areas": {
    nb: "Per tjenesteområde",
    nn: "Per tenesteområde",
    en: "By service area",
  },
  "periods.parts.units": {
    nb: "Per enhet",
    nn: "Per eining",
    en: "By unit",
  },
  "periods.parts.titleAreas": {
    nb: "{period}: tjenesteområdene side om side",
    nn: "{period}: tenesteområda side om side",
    en: "{period}: the service areas side by side",
  },
  "periods.parts.titleUnits": {
    nb: "{period} – {area}: enhetene side om side",
    nn: "{period} – {area}: einingane side om side",
    en: "{period} – {area}: the units side by side",
  },
  "periods.parts.noAreas": {
    nb: "Pakken har ingen tjenesteområder.",
    nn: "Pakken har ingen tenesteområde.",
    en: "The pack has no service areas.",
  },
  "periods.parts.noUnits": {
    nb: "Tjenesteområdet hadde ingen enheter da pakken ble tatt.",
    nn: "Tenesteområdet hadde ingen einingar då pakken vart teken.",
    en: "The service area had no units when the pack was taken.",
  },
  "periods.trend": {
    nb: "Utvikling over periodene",
    nn: "Utvikling over periodane",
    en: "Trend over the periods",
  },
  "periods.trend.desc": {
    nb: "Linjediagram over {periods}: andel introduksjonsløp fullført i tide, andel fullført innen 180 dager, og andel steg fullført, i prosent. De samme tallene står i tabellen under.",
    nn: "Linjediagram over {periods}: del introduksjonsløp fullført i tide, del fullført innan 180 dagar, og del steg fullført, i prosent. Dei same tala står i tabellen under.",
    en: "Line chart over {periods}: share of introduction paths completed on time, share completed within 180 days, and share of steps done, in per cent. The same numbers are in the table below.",
  },
  "periods.trend.table": {
    nb: "Tallene i diagrammet",
    nn: "Tala i diagrammet",
    en: "The numbers in the chart",
  },
  "periods.trend.axis": {
    nb: "Prosent",
    nn: "Prosent",
    en: "Per cent",
  },
  "periods.trend.few": {
    nb: "Diagrammet trenger minst to perioder med rapportpakke.",
    nn: "Diagrammet treng minst to periodar med rapportpakke.",
    en: "The chart needs at least two periods with a report pack.",
  },
  "periods.reconstruct.title": {
    nb: "Rekonstruer tidligere perioder",
    nn: "Rekonstruer tidlegare periodar",
    en: "Reconstruct past periods",
  },
  "periods.reconstruct.help": {
    nb: "Regner ut pakkene som mangler, fra et kvartal og fram til det siste som er slutt, fra historikken. Perioder som har en pakke, beholder den. Pakkene merkes som rekonstruert.",
    nn: "Reknar ut pakkane som manglar, frå eit kvartal og fram til det siste som er slutt, frå historikken. Periodar som har ein pakke, held på han. Pakkane blir merkte som rekonstruerte.",
    en: "Computes the missing packs from a quarter up to the last one that has ended, from the history. Periods that have a pack keep it. The packs are marked as reconstructed.",
  },
  "periods.reconstruct.from": {
    nb: "Fra kvartal (for eksempel 2025-Q1)",
    nn: "Frå kvartal (til dømes 2025-Q1)",
    en: "From quarter (for example 2025-Q1)",
  },
  "periods.reconstruct.submit": {
    nb: "Rekonstruer",
    nn: "Rekonstruer",
    en: "Reconstruct",
  },
  "periods.reconstruct.done": {
    nb: "{count, plural, one {# pakke} other {# pakker}} rekonstruert.",
    nn: "{count, plural, one {# pakke} other {# pakkar}} rekonstruert.",
    en: "{count, plural, one {# pack} other {# packs}} reconstructed.",
  },
  "periods.reconstruct.nothing": {
    nb: "Alle periodene har allerede en pakke.",
    nn: "Alle periodane har alt ein pakke.",
    en: "Every period already has a pack.",
  },
  "periods.error.quarter": {
    nb: "Skriv et kvartal som 2025-Q1 (år, bindestrek, Q og 1–4).",
    nn: "Skriv eit kvartal som 2025-Q1 (år, bindestrek, Q og 1–4).",
    en: "Write a quarter such as 2025-Q1 (year, hyphen, Q and 1–4).",
  },
  "periods.csv.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "periods.fig.leaders": {
    nb: "Aktive ledere ved periodens slutt",
    nn: "Aktive leiarar ved slutten av perioden",
    en: "Active leaders at the period's end",
  },
  "periods.fig.newLeaders": {
    nb: "Nye ledere registrert i perioden",
    nn: "Nye leiarar registrerte i perioden",
    en: "New leaders registered in the period",
  },
  "periods.fig.pathsCompleted": {
    nb: "Introduksjonsløp fullført i perioden",
    nn: "Introduksjonsløp fullførte i perioden",
    en: "Introduction paths completed in the period",
  },
  "periods.fig.pathsOnTime": {
    nb: "Introduksjonsløp fullført i tide",
    nn: "Introduksjonsløp fullførte i tide",
    en: "Introduction paths completed on time",
  },
  "periods.fig.pathsWithin180": {
    nb: "Introduksjonsløp fullført innen 180 dager",
    nn: "Introduksjonsløp fullførte innan 180 dagar",
    en: "Introduction paths completed within 180 days",
  },
  "periods.fig.stepsDone": {
    nb: "Steg fullført ved periodens slutt",
    nn: "Steg fullførte ved slutten av perioden",
    en: "Steps done at the period's end",
  },
  "periods.fig.stepsConfirmed": {
    nb: "Steg bekreftet av andre",
    nn: "Steg stadfesta av andre",
    en: "Steps confirmed by someone else",
  },
  "periods.fig.stepsSelfReported": {
    nb: "Steg egenrapportert",
    nn: "Steg eigenrapporterte",
    en: "Steps self-reported",
  },
  "periods.fig.stepsOverdue": {
    nb: "Forfalte steg ved periodens slutt",
    nn: "Forfalne steg ved slutten av perioden",
    en: "Overdue steps at the period's end",
  },
  "periods.fig.rolloutsReady": {
    nb: "Innføringer: klar",
    nn: "Innføringar: klar",
    en: "Rollouts: ready",
  },
  "periods.fig.rolloutsOnTrack": {
    nb: "Innføringer: i rute",
    nn: "Innføringar: i rute",
    en: "Rollouts: on track",
  },
  "periods.fig.rolloutsAtRisk": {
    nb: "Innføringer: i faresonen",
    nn: "Innføringar: i faresona",
    en: "Rollouts: at risk",
  },
  "periods.fig.rolloutsNotReady": {
    nb: "Innføringer: ikke klar",
    nn: "Innføringar: ikkje klar",
    en: "Rollouts: not ready",
  },
  "periods.fig.hestehodeMedian": {
    nb: "«Et hestehode foran»: median",
    nn: "«Eit hestehovud framfor»: median",
    en: "«A head start»: median",
  },
  "periods.fig.hestehodeAhead": {
    nb: "«Et hestehode foran»: ferdig før innføringen",
    nn: "«Eit hestehovud framfor»: ferdig før innføringa",
    en: "«A head start»: done before the rollout",
  },
  "periods.fig.fbaHeld": {
    nb: "Fiskebeinsanalyser holdt",
    nn: "Fiskebeinsanalysar haldne",
    en: "Fishbone analyses held",
  },
  "periods.fig.fbaWithinSix": {
    nb: "Fiskebeinsanalyser innen seks måneder",
    nn: "Fiskebeinsanalysar innan seks månader",
    en: "Fishbone analyses within six months",
  },
  "periods.fig.revisionsDue": {
    nb: "Halvårlige revisjoner som forfalt",
    nn: "Halvårlege revisjonar som forfall",
    en: "Half-year revisions due",
  },
  "periods.fig.revisionsHeld": {
    nb: "Halvårlige revisjoner holdt",
    nn: "Halvårlege revisjonar haldne",
    en: "Half-year revisions held",
  },
  "periods.fig.gembaWalks": {
    nb: "Gemba-vandringer",
    nn: "Gemba-vandringar",
    en: "Gemba walks",
  },
  "periods.fig.openMeasures": {
    nb: "Åpne tiltak ved periodens slutt",
    nn: "Opne tiltak ved slutten av perioden",
    en: "Open measures at the period's end",
  },
  "periods.fig.overdueMeasures": {
    nb: "Forfalte tiltak",
    nn: "Forfalne tiltak",
    en: "Overdue measures",
  },
  "periods.fig.openFollowUps": {
    nb: "Åpne oppfølgingspunkter ved periodens slutt",
    nn: "Opne oppfølgingspunkt ved slutten av perioden",
    en: "Open follow-ups at the period's end",
  },
  "periods.fig.overdueFollowUps": {
    nb: "Forfalte oppfølgingspunkter",
    nn: "Forfalne oppfølgingspunkt",
    en: "Overdue follow-ups",
  },
  "periods.fig.agreementsHeld": {
    nb: "Lederavtaler holdt",
    nn: "Leiaravtalar haldne",
    en: "Leader agreements held",
  },
  "periods.fig.remindersSent": {
    nb: "Påminnelser sendt",
    nn: "Påminningar sende",
    en: "Reminders sent",
  },
  "periods.fig.escalations": {
    nb: "Eskaleringer",
    nn: "Eskaleringar",
    en: "Escalations",
  },
} satisfies Catalog;
