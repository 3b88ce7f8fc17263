import type { Catalog } from "./locales";

/** «Innføring»: units' rollouts and their readiness. */
export const rollouts = {
  "rollout.title": {
    nb: "Innføring av Lean",
    nn: "Innføring av Lean",
    en: "Lean rollout",
  },
  "rollout.intro": {
    nb: "Enheter med innføringsdato, sortert etter dato. Lederne må fullføre de påkrevde stegene som har frist før innføringen.",
    nn: "Einingar med innføringsdato, sorterte etter dato. Leiarane må fullføre dei påkravde stega som har frist før innføringa.",
    en: "Units with a rollout date, by date. The leaders must finish the required steps that are due before the rollout.",
  },
  "rollout.rules": {
    nb: "Slik regnes status",
    nn: "Slik blir status rekna ut",
    en: "How the status is worked out",
  },
  "rollout.rule.ready": {
    nb: "Klar: alle ledere har fullført alle påkrevde steg med frist før innføringsdatoen, og enhetens informasjonsmøte og veilederkontrakt er registrert.",
    nn: "Klar: alle leiarar har fullført alle påkravde steg med frist før innføringsdatoen, og informasjonsmøtet og rettleiarkontrakten til eininga er registrerte.",
    en: "Ready: every leader has completed every required step due before the rollout date, and the unit's information meeting and guidance contract are recorded.",
  },
  "rollout.rule.on_track": {
    nb: "I rute: noe gjenstår, men alt kan nås i tide (ingen forfalte steg, og kursene som trengs har plass før datoen eller lederen er påmeldt).",
    nn: "I rute: noko står att, men alt kan nåast i tide (ingen steg på overtid, og kursa som trengst har plass før datoen eller leiaren er påmeldt).",
    en: "On track: something remains, but all of it can be done in time (nothing overdue, and the sessions needed have places before the date or the leader is signed up).",
  },
  "rollout.rule.at_risk": {
    nb: "I faresonen: et påkrevd steg eller informasjonsmøtet eller veilederkontrakten er forfalt, et kurs-steg har ingen planlagt økt med ledig plass før datoen, eller enheten mangler leder.",
    nn: "I faresona: eit påkravd steg eller informasjonsmøtet eller rettleiarkontrakten er på overtid, eit kurs-steg har inga planlagd økt med ledig plass før datoen, eller eininga manglar leiar.",
    en: "At risk: a required step, the information meeting or the guidance contract is overdue, a session step has no scheduled session with a free place before the date, or the unit has no leader.",
  },
  "rollout.rule.not_ready": {
    nb: "Ikke klar: innføringsdatoen er nådd, og påkrevde steg står fortsatt åpne.",
    nn: "Ikkje klar: innføringsdatoen er nådd, og påkravde steg står framleis opne.",
    en: "Not ready: the rollout date has come and required steps are still open.",
  },
  "rollout.state.ready": {
    nb: "Klar",
    nn: "Klar",
    en: "Ready",
  },
  "rollout.state.on_track": {
    nb: "I rute",
    nn: "I rute",
    en: "On track",
  },
  "rollout.state.at_risk": {
    nb: "I faresonen",
    nn: "I faresona",
    en: "At risk",
  },
  "rollout.state.not_ready": {
    nb: "Ikke klar",
    nn: "Ikkje klar",
    en: "Not ready",
  },
  "rollout.col.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "rollout.col.date": {
    nb: "Innføring",
    nn: "Innføring",
    en: "Rollout",
  },
  "rollout.col.daysLeft": {
    nb: "Dager igjen",
    nn: "Dagar att",
    en: "Days left",
  },
  "rollout.col.state": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "rollout.col.progress": {
    nb: "Påkrevde steg",
    nn: "Påkravde steg",
    en: "Required steps",
  },
  "rollout.col.blocks": {
    nb: "Det som hindrer",
    nn: "Det som hindrar",
    en: "What blocks it",
  },
  "rollout.daysLeft": {
    nb: "{days, plural, one {# dag} other {# dager}}",
    nn: "{days, plural, one {# dag} other {# dagar}}",
    en: "{days, plural, one {# day} other {# days}}",
  },
  "rollout.started": {
    nb: "startet for {days, plural, one {# dag} other {# dager}} siden",
    nn: "starta for {days, plural, one {# dag} other {# dagar}} sidan",
    en: "started {days, plural, one {# day} other {# days}} ago",
  },
  "rollout.none": {
    nb: "Ingen enheter har innføringsdato ennå.",
    nn: "Ingen einingar har innføringsdato enno.",
    en: "No unit has a rollout date yet.",
  },
  "rollout.block.overdue": {
    nb: "{name}: «{step}» er forfalt",
    nn: "{name}: «{step}» er på overtid",
    en: "{name}: «{step}» is overdue",
  },
  "rollout.block.no_session": {
    nb: "{name}: «{step}» – ingen kursøkt med ledig plass før datoen",
    nn: "{name}: «{step}» – inga kursøkt med ledig plass før datoen",
    en: "{name}: «{step}» – no session with a free place before the date",
  },
  "rollout.block.no_leader": {
    nb: "Enheten har ingen leder registrert",
    nn: "Eininga har ingen leiar registrert",
    en: "The unit has no leader registered",
  },
  "rollout.block.duty.overdue": {
    nb: "Enheten: {duty} er forfalt",
    nn: "Eininga: {duty} er på overtid",
    en: "The unit: {duty} is overdue",
  },
  "rollout.block.duty.open": {
    nb: "Enheten: {duty} gjenstår",
    nn: "Eininga: {duty} står att",
    en: "The unit: {duty} remains",
  },
  "rollout.block.open": {
    nb: "{name}: «{step}» gjenstår",
    nn: "{name}: «{step}» står att",
    en: "{name}: «{step}» remains",
  },
  "rollout.block.signedUp": {
    nb: "{name}: påmeldt kurs {date}",
    nn: "{name}: påmeldt kurs {date}",
    en: "{name}: signed up for a session {date}",
  },
  "rollout.block.openCount": {
    nb: "{count} steg gjenstår, i rute",
    nn: "{count} steg står att, i rute",
    en: "{count, plural, one {# step remains} other {# steps remain}}, on track",
  },
  "rollout.block.more": {
    nb: "… og {count} til (se enheten)",
    nn: "… og {count} til (sjå eininga)",
    en: "… and {count} more (see the unit)",
  },
  "rollout.set.title": {
    nb: "Sett innføringsdato",
    nn: "Set innføringsdato",
    en: "Set a rollout date",
  },
  "rollout.set.intro": {
    nb: "Lederne i enheten får opplæringsløpet før innføring, med frister regnet bakover fra datoen. Flyttes datoen, flyttes alle åpne frister.",
    nn: "Leiarane i eininga får opplæringsløpet før innføring, med fristar rekna bakover frå datoen. Blir datoen flytt, blir alle opne fristar flytte.",
    en: "The unit's leaders get the pre-rollout path, with due dates counted back from the date. Moving the date moves every open due date.",
  },
  "rollout.set.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "rollout.set.date": {
    nb: "Innføringsdato",
    nn: "Innføringsdato",
    en: "Rollout date",
  },
  "rollout.set.guidance": {
    nb: "Veiledningsperiode (måneder, fra veilederkontrakten)",
    nn: "Rettleiingsperiode (månader, frå rettleiarkontrakten)",
    en: "Guidance period (months, from the guidance contract)",
  },
  "rollout.set.submit": {
    nb: "Lagre innføring",
    nn: "Lagre innføringa",
    en: "Save rollout",
  },
  "rollout.saved": {
    nb: "Innføringen er lagret. {enrolled, plural, one {# leder} other {# ledere}} fikk opplæringsløpet, {moved, plural, one {# frist} other {# frister}} ble flyttet.",
    nn: "Innføringa er lagra. {enrolled, plural, one {# leiar} other {# leiarar}} fekk opplæringsløpet, {moved, plural, one {# frist vart flytt} other {# fristar vart flytte}}.",
    en: "The rollout is saved. {enrolled, plural, one {# leader} other {# leaders}} got the pre-rollout path, {moved, plural, one {# due date} other {# due dates}} moved.",
  },
  "rollout.unit.title": {
    nb: "Innføring i {unit}",
    nn: "Innføring i {unit}",
    en: "Rollout in {unit}",
  },
  "rollout.unit.leaders": {
    nb: "Ledere og steg før innføring",
    nn: "Leiarar og steg før innføring",
    en: "Leaders and steps before the rollout",
  },
  "rollout.unit.guidance": {
    nb: "Veiledningsperiode: {months} måneder",
    nn: "Rettleiingsperiode: {months} månader",
    en: "Guidance period: {months} months",
  },
  "rollout.unit.move": {
    nb: "Endre innføringen",
    nn: "Endre innføringa",
    en: "Change the rollout",
  },
  "rollout.chart.title": {
    nb: "Beredskap for kommende innføringer",
    nn: "Beredskap for komande innføringar",
    en: "Readiness for coming rollouts",
  },
  "rollout.chart.desc": {
    nb: "Antall enheter per måned etter status.",
    nn: "Tal på einingar per månad etter status.",
    en: "Number of units per month by status.",
  },
  "rollout.chart.month": {
    nb: "Måned",
    nn: "Månad",
    en: "Month",
  },
  "rollout.chart.axisUnits": {
    nb: "Enheter",
    nn: "Einingar",
    en: "Units",
  },
  "rollout.chart.axisMonth": {
    nb: "Innføringsmåned",
    nn: "Innføringsmånad",
    en: "Rollout month",
  },
  "rollout.areas": {
    nb: "Tjenesteområder",
    nn: "Tenesteområde",
    en: "Service areas",
  },
  "rollout.area.summary": {
    nb: "{units, plural, one {# enhet} other {# enheter}} med innføring · {ready} klare · {risk} i faresonen",
    nn: "{units, plural, one {# eining} other {# einingar}} med innføring · {ready} klare · {risk} i faresona",
    en: "{units, plural, one {# unit} other {# units}} with a rollout · {ready} ready · {risk} at risk",
  },
  "rollout.area.title": {
    nb: "Innføring av Lean i {area}",
    nn: "Innføring av Lean i {area}",
    en: "Lean rollout in {area}",
  },
  "rollout.area.none": {
    nb: "Ingen enheter i {area} har innføringsdato ennå.",
    nn: "Ingen einingar i {area} har innføringsdato enno.",
    en: "No unit in {area} has a rollout date yet.",
  },
  "rollout.allAreas": {
    nb: "Alle tjenesteområder",
    nn: "Alle tenesteområde",
    en: "All service areas",
  },
  "rollout.summary.intro": {
    nb: "Enhetene med innføringsdato i hvert tjenesteområde, etter status. Velg et tjenesteområde for å se enhetene og det som hindrer dem.",
    nn: "Einingane med innføringsdato i kvart tenesteområde, etter status. Vel eit tenesteområde for å sjå einingane og det som hindrar dei.",
    en: "The units with a rollout date in each service area, by status. Choose a service area to see its units and what blocks them.",
  },
  "rollout.summary.setHint": {
    nb: "Velg et tjenesteområde for å sette innføringsdato for en av enhetene.",
    nn: "Vel eit tenesteområde for å setje innføringsdato for ei av einingane.",
    en: "Choose a service area to set a rollout date for one of its units.",
  },
  "rollout.set.notHere": {
    nb: "Innføringsdatoen ble ikke lagret. Åpne tjenesteområdet og sett datoen der.",
    nn: "Innføringsdatoen vart ikkje lagra. Opne tenesteområdet og set datoen der.",
    en: "The rollout date was not saved. Open the service area and set the date there.",
  },
  "rollout.col.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "rollout.col.units": {
    nb: "Enheter med innføring",
    nn: "Einingar med innføring",
    en: "Units with a rollout",
  },
  "rollout.col.next": {
    nb: "Neste innføring",
    nn: "Neste innføring",
    en: "Next rollout",
  },
} satisfies Catalog;
