import type { Catalog } from "./locales";

/** A unit's Lean cycle: information meeting, guidance contract, fishbone analysis, revisions, measures. */
export const unitCycle = {
  "cycle.title": {
    nb: "Lean i {unit}",
    nn: "Lean i {unit}",
    en: "Lean in {unit}",
  },
  "cycle.link": {
    nb: "Enhetens Lean-forløp",
    nn: "Lean-forløpet til eininga",
    en: "The unit's Lean cycle",
  },
  "cycle.timeline": {
    nb: "Tidslinje",
    nn: "Tidsline",
    en: "Timeline",
  },
  "cycle.noRollout": {
    nb: "Enheten har ingen innføringsdato ennå. Sett datoen under «Innføring»; da får enheten sine frister.",
    nn: "Eininga har inga innføringsdato enno. Set datoen under «Innføring»; då får eininga fristane sine.",
    en: "The unit has no rollout date yet. Set it under «Innføring»; the unit's due dates follow from it.",
  },
  "cycle.rollout": {
    nb: "Innføring",
    nn: "Innføring",
    en: "Rollout",
  },
  "cycle.rolloutOn": {
    nb: "Innføring {date}",
    nn: "Innføring {date}",
    en: "Rollout {date}",
  },
  "cycle.duty.meeting": {
    nb: "informasjonsmøtet med TOL",
    nn: "informasjonsmøtet med TOL",
    en: "the information meeting with the TOL",
  },
  "cycle.duty.contract": {
    nb: "veilederkontrakten",
    nn: "rettleiarkontrakten",
    en: "the guidance contract",
  },
  "cycle.duty.fba": {
    nb: "Fiskebeinsanalyse (FBA)",
    nn: "Fiskebeinsanalyse (FBA)",
    en: "Fishbone analysis (FBA)",
  },
  "cycle.state.done": {
    nb: "Gjennomført",
    nn: "Gjennomført",
    en: "Done",
  },
  "cycle.state.overdue": {
    nb: "Forfalt",
    nn: "På overtid",
    en: "Overdue",
  },
  "cycle.state.coming": {
    nb: "Kommer",
    nn: "Kjem",
    en: "Coming",
  },
  "cycle.dueOn": {
    nb: "Frist {date}",
    nn: "Frist {date}",
    en: "Due {date}",
  },
  "cycle.fbaDue": {
    nb: "Senest {date} (seks måneder etter innføring)",
    nn: "Seinast {date} (seks månader etter innføring)",
    en: "By {date} at the latest (six months after the rollout)",
  },
  "cycle.heldOn": {
    nb: "Holdt {date}",
    nn: "Halde {date}",
    en: "Held {date}",
  },
  "cycle.attendeesWere": {
    nb: "Til stede: {list}",
    nn: "Til stades: {list}",
    en: "Present: {list}",
  },
  "cycle.participantsWere": {
    nb: "Deltakere: {list}",
    nn: "Deltakarar: {list}",
    en: "Participants: {list}",
  },
  "cycle.recordedBy": {
    nb: "Registrert av {name}",
    nn: "Registrert av {name}",
    en: "Recorded by {name}",
  },
  "cycle.moved": {
    nb: "Flyttet fra ledernes løp da enhetens oppgaver ble egne registreringer",
    nn: "Flytta frå løpa til leiarane då oppgåvene til eininga vart eigne registreringar",
    en: "Moved from the leaders' paths when the unit's duties became records of their own",
  },
  "cycle.period": {
    nb: "Veiledningsperiode {from} – {to}",
    nn: "Rettleiingsperiode {from} – {to}",
    en: "Guidance period {from} – {to}",
  },
  "cycle.extended": {
    nb: "Forlenget fra {from} til {to}: {reason}",
    nn: "Forlengd frå {from} til {to}: {reason}",
    en: "Extended from {from} to {to}: {reason}",
  },
  "cycle.decided.continue": {
    nb: "Etter FBA {date}: veiledningen fortsetter. {reason}",
    nn: "Etter FBA {date}: rettleiinga held fram. {reason}",
    en: "After the FBA, {date}: guidance continues. {reason}",
  },
  "cycle.decided.withdraw": {
    nb: "Etter FBA {date}: Utviklingsenheten trekker seg ut. {reason}",
    nn: "Etter FBA {date}: Utviklingseininga trekkjer seg ut. {reason}",
    en: "After the FBA, {date}: the development unit withdraws. {reason}",
  },
  "cycle.decision.pending": {
    nb: "Avgjørelsen etter FBA er ikke registrert ennå.",
    nn: "Avgjerda etter FBA er ikkje registrert enno.",
    en: "The decision after the FBA is not recorded yet.",
  },
  "cycle.revision": {
    nb: "Halvårlig revisjon {number}",
    nn: "Halvårleg revisjon {number}",
    en: "Half-year revision {number}",
  },
  "cycle.revisionDue": {
    nb: "Revisjon {number}, frist {date}",
    nn: "Revisjon {number}, frist {date}",
    en: "Revision {number}, due {date}",
  },
  "cycle.gembaOn": {
    nb: "TOL gikk Gemba {date}",
    nn: "TOL gjekk Gemba {date}",
    en: "The TOL went to Gemba on {date}",
  },
  "cycle.noGemba": {
    nb: "Gemba ikke registrert",
    nn: "Gemba ikkje registrert",
    en: "No Gemba recorded",
  },
  "cycle.devTookPart": {
    nb: "Utviklingsenheten deltok",
    nn: "Utviklingseininga deltok",
    en: "The development unit took part",
  },
  "cycle.devAbsent": {
    nb: "Utviklingsenheten deltok ikke",
    nn: "Utviklingseininga deltok ikkje",
    en: "The development unit did not take part",
  },
  "cycle.measures": {
    nb: "Tiltak og oppfølgingsområder",
    nn: "Tiltak og oppfølgingsområde",
    en: "Measures and follow-up areas",
  },
  "cycle.measures.open": {
    nb: "Åpne tiltak og oppfølgingsområder",
    nn: "Opne tiltak og oppfølgingsområde",
    en: "Open measures and follow-up areas",
  },
  "cycle.measures.none": {
    nb: "Ingen åpne tiltak eller oppfølgingsområder.",
    nn: "Ingen opne tiltak eller oppfølgingsområde.",
    en: "No open measures or follow-up areas.",
  },
  "cycle.measures.closed": {
    nb: "Lukkede ({count})",
    nn: "Lukka ({count})",
    en: "Closed ({count})",
  },
  "cycle.measures.closedCaption": {
    nb: "Lukkede tiltak og oppfølgingsområder",
    nn: "Lukka tiltak og oppfølgingsområde",
    en: "Closed measures and follow-up areas",
  },
  "cycle.measure.title": {
    nb: "Tiltak",
    nn: "Tiltak",
    en: "Measure",
  },
  "cycle.measure.from": {
    nb: "Fra",
    nn: "Frå",
    en: "From",
  },
  "cycle.measure.owner": {
    nb: "Ansvarlig",
    nn: "Ansvarleg",
    en: "Owner",
  },
  "cycle.measure.due": {
    nb: "Frist",
    nn: "Frist",
    en: "Due",
  },
  "cycle.measure.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "cycle.measure.open": {
    nb: "Åpent",
    nn: "Ope",
    en: "Open",
  },
  "cycle.measure.close": {
    nb: "Marker som utført",
    nn: "Merk som utført",
    en: "Mark as done",
  },
  "cycle.measure.closeNamed": {
    nb: "Marker som utført: {title}",
    nn: "Merk som utført: {title}",
    en: "Mark as done: {title}",
  },
  "cycle.measure.reopen": {
    nb: "Gjenåpne",
    nn: "Opne att",
    en: "Reopen",
  },
  "cycle.measure.reopenNamed": {
    nb: "Gjenåpne: {title}",
    nn: "Opne att: {title}",
    en: "Reopen: {title}",
  },
  "cycle.carried": {
    nb: "Videreført fra revisjon {list}",
    nn: "Vidareført frå revisjon {list}",
    en: "Carried on from revision {list}",
  },
  "cycle.fba.result": {
    nb: "Fiskebeinsanalysen",
    nn: "Fiskebeinsanalysen",
    en: "The fishbone analysis",
  },
  "cycle.fba.question": {
    nb: "«Hva hindrer enheten i å lykkes fullt ut med Lean kontinuerlig forbedring?»",
    nn: "«Kva hindrar eininga i å lukkast fullt ut med Lean kontinuerleg forbetring?»",
    en: "«What stops the unit from succeeding fully with Lean continuous improvement?»",
  },
  "cycle.form.meeting": {
    nb: "Registrer informasjonsmøtet",
    nn: "Registrer informasjonsmøtet",
    en: "Record the information meeting",
  },
  "cycle.form.meetingEdit": {
    nb: "Rett informasjonsmøtet",
    nn: "Rett informasjonsmøtet",
    en: "Correct the information meeting",
  },
  "cycle.form.meetingIntro": {
    nb: "TOL møter enheten før innføringen for å forplikte og avklare forventninger. Teller én gang for enhetens beredskap.",
    nn: "TOL møter eininga før innføringa for å forplikte og avklare forventningar. Tel éin gong for beredskapen til eininga.",
    en: "The TOL meets the unit before the rollout to commit it and align expectations. Counts once for the unit's readiness.",
  },
  "cycle.form.contract": {
    nb: "Registrer veilederkontrakten",
    nn: "Registrer rettleiarkontrakten",
    en: "Record the guidance contract",
  },
  "cycle.form.contractEdit": {
    nb: "Rett veilederkontrakten",
    nn: "Rett rettleiarkontrakten",
    en: "Correct the guidance contract",
  },
  "cycle.form.contractIntro": {
    nb: "Utviklingsenhetens veiledningsperiode, avtalt i veilederkontrakten.",
    nn: "Rettleiingsperioden til Utviklingseininga, avtalt i rettleiarkontrakten.",
    en: "The development unit's guidance period, as agreed in the guidance contract.",
  },
  "cycle.form.decision": {
    nb: "Avgjørelse etter fiskebeinsanalysen",
    nn: "Avgjerd etter fiskebeinsanalysen",
    en: "Decision after the fishbone analysis",
  },
  "cycle.form.decisionIntro": {
    nb: "Utviklingsenheten trekker seg ut etter FBA, med mindre tiltakene tilsier at veiledningen fortsetter.",
    nn: "Utviklingseininga trekkjer seg ut etter FBA, med mindre tiltaka tilseier at rettleiinga held fram.",
    en: "The development unit withdraws after the FBA, unless the measures say guidance should continue.",
  },
  "cycle.form.fba": {
    nb: "Registrer fiskebeinsanalysen",
    nn: "Registrer fiskebeinsanalysen",
    en: "Record the fishbone analysis",
  },
  "cycle.form.fbaIntro": {
    nb: "Senest {date}. TOL deltar og tar over ansvaret. Tomme rader tas ikke med.",
    nn: "Seinast {date}. TOL deltek og tek over ansvaret. Tomme rader blir ikkje tekne med.",
    en: "By {date} at the latest. The TOL takes part and takes over responsibility. Empty rows are left out.",
  },
  "cycle.form.revision": {
    nb: "Registrer halvårlig revisjon",
    nn: "Registrer halvårleg revisjon",
    en: "Record a half-year revision",
  },
  "cycle.form.revisionIntro": {
    nb: "TOL går Gemba, Utviklingsenheten deltar. Avvik blir oppfølgingsområder som følges til de er lukket; åpne områder som ikke lukkes, videreføres til neste revisjon.",
    nn: "TOL går Gemba, Utviklingseininga deltek. Avvik blir oppfølgingsområde som blir følgde til dei er lukka; opne område som ikkje blir lukka, blir vidareførte til neste revisjon.",
    en: "The TOL goes to Gemba, the development unit takes part. Deviations become follow-up areas, followed until closed; open areas not closed are carried to the next revision.",
  },
  "cycle.form.save": {
    nb: "Lagre",
    nn: "Lagre",
    en: "Save",
  },
  "cycle.form.saveFba": {
    nb: "Lagre fiskebeinsanalysen",
    nn: "Lagre fiskebeinsanalysen",
    en: "Save the fishbone analysis",
  },
  "cycle.form.saveRevision": {
    nb: "Lagre revisjonen",
    nn: "Lagre revisjonen",
    en: "Save the revision",
  },
  "cycle.field.choose": {
    nb: "Velg …",
    nn: "Vel …",
    en: "Choose …",
  },
  "cycle.field.heldOn": {
    nb: "Dato for møtet",
    nn: "Dato for møtet",
    en: "Date of the meeting",
  },
  "cycle.field.attendees": {
    nb: "Hvem var til stede",
    nn: "Kven var til stades",
    en: "Who attended",
  },
  "cycle.field.attendeesHelp": {
    nb: "Navn eller grupper, f.eks. «alle ansatte på dagvakt».",
    nn: "Namn eller grupper, t.d. «alle tilsette på dagvakt».",
    en: "Names or groups, e.g. «all day-shift staff».",
  },
  "cycle.field.agreedOn": {
    nb: "Kontrakten ble avtalt",
    nn: "Kontrakten vart avtalt",
    en: "Contract agreed on",
  },
  "cycle.field.periodStart": {
    nb: "Veiledningen starter",
    nn: "Rettleiinga startar",
    en: "Guidance starts",
  },
  "cycle.field.periodEnd": {
    nb: "Veiledningen slutter",
    nn: "Rettleiinga sluttar",
    en: "Guidance ends",
  },
  "cycle.field.decision": {
    nb: "Avgjørelse",
    nn: "Avgjerd",
    en: "Decision",
  },
  "cycle.field.reason": {
    nb: "Begrunnelse",
    nn: "Grunngiving",
    en: "Reason",
  },
  "cycle.field.newEnd": {
    nb: "Ny sluttdato for veiledningen",
    nn: "Ny sluttdato for rettleiinga",
    en: "New end of guidance",
  },
  "cycle.field.newEndHelp": {
    nb: "Bare når veiledningen fortsetter.",
    nn: "Berre når rettleiinga held fram.",
    en: "Only when guidance continues.",
  },
  "cycle.field.heldOnFba": {
    nb: "Dato for analysen",
    nn: "Dato for analysen",
    en: "Date of the analysis",
  },
  "cycle.field.participants": {
    nb: "Deltakere",
    nn: "Deltakarar",
    en: "Participants",
  },
  "cycle.field.tolTookPart": {
    nb: "TOL deltok i analysen",
    nn: "TOL deltok i analysen",
    en: "The TOL took part in the analysis",
  },
  "cycle.field.causes": {
    nb: "Årsaker etter kategori",
    nn: "Årsaker etter kategori",
    en: "Causes by category",
  },
  "cycle.field.category": {
    nb: "Kategori {n}",
    nn: "Kategori {n}",
    en: "Category {n}",
  },
  "cycle.field.cause": {
    nb: "Årsak {n}",
    nn: "Årsak {n}",
    en: "Cause {n}",
  },
  "cycle.field.measureRow": {
    nb: "Tiltak {n}",
    nn: "Tiltak {n}",
    en: "Measure {n}",
  },
  "cycle.field.measureTitle": {
    nb: "Tiltak {n}: hva skal gjøres",
    nn: "Tiltak {n}: kva skal gjerast",
    en: "Measure {n}: what is to be done",
  },
  "cycle.field.deviationRow": {
    nb: "Avvik {n}",
    nn: "Avvik {n}",
    en: "Deviation {n}",
  },
  "cycle.field.deviationTitle": {
    nb: "Avvik {n}: oppfølgingsområde",
    nn: "Avvik {n}: oppfølgingsområde",
    en: "Deviation {n}: follow-up area",
  },
  "cycle.field.owner": {
    nb: "Rad {n}: ansvarlig",
    nn: "Rad {n}: ansvarleg",
    en: "Row {n}: owner",
  },
  "cycle.field.due": {
    nb: "Rad {n}: frist",
    nn: "Rad {n}: frist",
    en: "Row {n}: due date",
  },
  "cycle.field.revision": {
    nb: "Revisjon",
    nn: "Revisjon",
    en: "Revision",
  },
  "cycle.field.heldOnRevision": {
    nb: "Dato for revisjonen",
    nn: "Dato for revisjonen",
    en: "Date of the revision",
  },
  "cycle.field.gembaOn": {
    nb: "TOL gikk Gemba",
    nn: "TOL gjekk Gemba",
    en: "The TOL went to Gemba on",
  },
  "cycle.field.gembaHelp": {
    nb: "Tom hvis Gemba ikke ble gjennomført.",
    nn: "Tom viss Gemba ikkje vart gjennomført.",
    en: "Empty if there was no Gemba walk.",
  },
  "cycle.field.devTookPart": {
    nb: "Utviklingsenheten deltok",
    nn: "Utviklingseininga deltok",
    en: "The development unit took part",
  },
  "cycle.field.closed": {
    nb: "Oppfølgingsområder som lukkes",
    nn: "Oppfølgingsområde som blir lukka",
    en: "Follow-up areas closed",
  },
  "cycle.field.closedHelp": {
    nb: "Kryss av det som er lukket. Resten videreføres til neste revisjon.",
    nn: "Kryss av det som er lukka. Resten blir vidareført til neste revisjon.",
    en: "Tick what is closed. The rest is carried to the next revision.",
  },
  "cycle.field.notes": {
    nb: "Notater",
    nn: "Notat",
    en: "Notes",
  },
  "cycle.attendees.required": {
    nb: "Skriv hvem som var til stede.",
    nn: "Skriv kven som var til stades.",
    en: "Say who attended.",
  },
  "cycle.participants.required": {
    nb: "Skriv hvem som deltok.",
    nn: "Skriv kven som deltok.",
    en: "Say who took part.",
  },
  "cycle.tolTookPart.required": {
    nb: "TOL skal delta i fiskebeinsanalysen.",
    nn: "TOL skal delta i fiskebeinsanalysen.",
    en: "The TOL must take part in the fishbone analysis.",
  },
  "cycle.cause.category": {
    nb: "Velg kategori for årsaken.",
    nn: "Vel kategori for årsaka.",
    en: "Choose a category for the cause.",
  },
  "cycle.cause.none": {
    nb: "Skriv minst én årsak.",
    nn: "Skriv minst éi årsak.",
    en: "Write at least one cause.",
  },
  "cycle.period.order": {
    nb: "Sluttdatoen kan ikke være før startdatoen.",
    nn: "Sluttdatoen kan ikkje vere før startdatoen.",
    en: "The end cannot be before the start.",
  },
  "cycle.decision.choose": {
    nb: "Velg fortsette eller trekke seg ut.",
    nn: "Vel halde fram eller trekkje seg ut.",
    en: "Choose continue or withdraw.",
  },
  "cycle.decision.continue": {
    nb: "Veiledningen fortsetter",
    nn: "Rettleiinga held fram",
    en: "Guidance continues",
  },
  "cycle.decision.withdraw": {
    nb: "Utviklingsenheten trekker seg ut",
    nn: "Utviklingseininga trekkjer seg ut",
    en: "The development unit withdraws",
  },
  "cycle.decision.newEnd": {
    nb: "Når veiledningen fortsetter: velg en ny sluttdato etter den gjeldende.",
    nn: "Når rettleiinga held fram: vel ein ny sluttdato etter den gjeldande.",
    en: "When guidance continues: choose a new end after the current one.",
  },
  "cycle.decision.noContract": {
    nb: "Registrer veilederkontrakten først.",
    nn: "Registrer rettleiarkontrakten først.",
    en: "Record the guidance contract first.",
  },
  "cycle.decision.beforeFba": {
    nb: "Avgjørelsen tas etter fiskebeinsanalysen, som ikke er registrert ennå.",
    nn: "Avgjerda blir teken etter fiskebeinsanalysen, som ikkje er registrert enno.",
    en: "The decision comes after the fishbone analysis, which is not recorded yet.",
  },
  "cycle.fba.exists": {
    nb: "Enhetens fiskebeinsanalyse er allerede registrert.",
    nn: "Fiskebeinsanalysen til eininga er allereie registrert.",
    en: "The unit's fishbone analysis is already recorded.",
  },
  "cycle.beforeRollout": {
    nb: "Datoen kan ikke være før innføringsdatoen.",
    nn: "Datoen kan ikkje vere før innføringsdatoen.",
    en: "The date cannot be before the rollout date.",
  },
  "cycle.revision.number": {
    nb: "Velg en revisjon som er registrerbar nå og ikke allerede registrert.",
    nn: "Vel ein revisjon som kan registrerast no og ikkje alt er registrert.",
    en: "Choose a revision that can be recorded now and is not recorded yet.",
  },
  "cycle.saved.meeting": {
    nb: "Informasjonsmøtet er registrert.",
    nn: "Informasjonsmøtet er registrert.",
    en: "The information meeting is recorded.",
  },
  "cycle.saved.contract": {
    nb: "Veilederkontrakten er lagret.",
    nn: "Rettleiarkontrakten er lagra.",
    en: "The guidance contract is saved.",
  },
  "cycle.saved.decision": {
    nb: "Avgjørelsen er lagret.",
    nn: "Avgjerda er lagra.",
    en: "The decision is saved.",
  },
  "cycle.saved.fba": {
    nb: "Fiskebeinsanalysen er lagret.",
    nn: "Fiskebeinsanalysen er lagra.",
    en: "The fishbone analysis is saved.",
  },
  "cycle.saved.revision": {
    nb: "Revisjonen er lagret.",
    nn: "Revisjonen er lagra.",
    en: "The revision is saved.",
  },
  "cycle.saved.measure": {
    nb: "Tiltaket er oppdatert.",
    nn: "Tiltaket er oppdatert.",
    en: "The measure is updated.",
  },
  "cycle.task.meeting": {
    nb: "Informasjonsmøtet med TOL",
    nn: "Informasjonsmøtet med TOL",
    en: "The information meeting with the TOL",
  },
  "cycle.task.contract": {
    nb: "Veilederkontrakten",
    nn: "Rettleiarkontrakten",
    en: "The guidance contract",
  },
  "cycle.overview.title": {
    nb: "Lean i enhetene",
    nn: "Lean i einingane",
    en: "Lean in the units",
  },
  "cycle.overview.area": {
    nb: "Lean i enhetene i {area}",
    nn: "Lean i einingane i {area}",
    en: "Lean in the units of {area}",
  },
  "cycle.overview.intro": {
    nb: "Enhetene med innføringsdato: hvor de er i Lean-forløpet, hva som er på overtid, og åpne tiltak.",
    nn: "Einingane med innføringsdato: kvar dei er i Lean-forløpet, kva som er på overtid, og opne tiltak.",
    en: "Units with a rollout date: where they are in the Lean cycle, what is overdue, and open measures.",
  },
  "cycle.overview.areasIntro": {
    nb: "Hele kommunen etter tjenesteområde. Åpne et område for enhetene.",
    nn: "Heile kommunen etter tenesteområde. Opne eit område for einingane.",
    en: "The whole municipality by service area. Open an area for its units.",
  },
  "cycle.overview.none": {
    nb: "Ingen enheter har innføringsdato ennå.",
    nn: "Ingen einingar har innføringsdato enno.",
    en: "No unit has a rollout date yet.",
  },
  "cycle.overview.allAreas": {
    nb: "Alle tjenesteområder",
    nn: "Alle tenesteområde",
    en: "All service areas",
  },
  "cycle.overview.units": {
    nb: "Enhetene",
    nn: "Einingane",
    en: "The units",
  },
  "cycle.overview.areas": {
    nb: "Tjenesteområdene",
    nn: "Tenesteområda",
    en: "The service areas",
  },
  "cycle.overview.owners": {
    nb: "Åpne tiltak etter ansvarlig",
    nn: "Opne tiltak etter ansvarleg",
    en: "Open measures by owner",
  },
  "cycle.overview.noOwner": {
    nb: "Uten ansvarlig",
    nn: "Utan ansvarleg",
    en: "No owner",
  },
  "cycle.overview.hestehode": {
    nb: "Et hestehode foran",
    nn: "Eit hestehovud framfor",
    en: "A horse's head ahead",
  },
  "cycle.overview.hestehodeIntro": {
    nb: "Dager mellom at lederen fullførte opplæringen før innføring og innføringsdatoen (negativt: etter datoen). Prognosen regner med kursøkten lederen er påmeldt.",
    nn: "Dagar mellom at leiaren fullførte opplæringa før innføring og innføringsdatoen (negativt: etter datoen). Prognosen reknar med kursøkta leiaren er påmeld.",
    en: "Days between the leader finishing the pre-rollout training and the rollout date (negative: after it). The forecast counts the session the leader is booked on.",
  },
  "cycle.col.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "cycle.col.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "cycle.col.units": {
    nb: "Enheter",
    nn: "Einingar",
    en: "Units",
  },
  "cycle.col.rollout": {
    nb: "Innføring",
    nn: "Innføring",
    en: "Rollout",
  },
  "cycle.col.stage": {
    nb: "Fase",
    nn: "Fase",
    en: "Stage",
  },
  "cycle.col.overdue": {
    nb: "På overtid",
    nn: "På overtid",
    en: "Overdue",
  },
  "cycle.col.next": {
    nb: "Neste revisjon",
    nn: "Neste revisjon",
    en: "Next revision",
  },
  "cycle.col.measures": {
    nb: "Åpne tiltak",
    nn: "Opne tiltak",
    en: "Open measures",
  },
  "cycle.col.overdueMeasures": {
    nb: "Tiltak på overtid",
    nn: "Tiltak på overtid",
    en: "Measures overdue",
  },
  "cycle.col.overdueRevisions": {
    nb: "Revisjoner på overtid",
    nn: "Revisjonar på overtid",
    en: "Revisions overdue",
  },
  "cycle.col.fbaOverdue": {
    nb: "FBA på overtid",
    nn: "FBA på overtid",
    en: "FBAs overdue",
  },
  "cycle.col.fbaSoon": {
    nb: "FBA snart",
    nn: "FBA snart",
    en: "FBAs due soon",
  },
  "cycle.col.owner": {
    nb: "Ansvarlig",
    nn: "Ansvarleg",
    en: "Owner",
  },
  "cycle.col.leaders": {
    nb: "Ledere",
    nn: "Leiarar",
    en: "Leaders",
  },
  "cycle.col.median": {
    nb: "Median dager foran",
    nn: "Median dagar framfor",
    en: "Median days ahead",
  },
  "cycle.col.share": {
    nb: "Andel foran",
    nn: "Del framfor",
    en: "Share ahead",
  },
  "cycle.col.forecast": {
    nb: "Prognose (påmeldte)",
    nn: "Prognose (påmelde)",
    en: "Forecast (booked)",
  },
  "cycle.stage.new": {
    nb: "Ny (før innføring)",
    nn: "Ny (før innføring)",
    en: "New (before rollout)",
  },
  "cycle.stage.guidance": {
    nb: "I veiledning",
    nn: "I rettleiing",
    en: "In guidance",
  },
  "cycle.stage.fba": {
    nb: "Fiskebeinsanalyse",
    nn: "Fiskebeinsanalyse",
    en: "Fishbone analysis",
  },
  "cycle.stage.revisions": {
    nb: "Halvårlige revisjoner",
    nn: "Halvårlege revisjonar",
    en: "Half-year revisions",
  },
  "cycle.overdue.meeting": {
    nb: "Informasjonsmøtet mangler",
    nn: "Informasjonsmøtet manglar",
    en: "Information meeting missing",
  },
  "cycle.overdue.fba": {
    nb: "FBA (frist {date})",
    nn: "FBA (frist {date})",
    en: "FBA (due {date})",
  },
  "cycle.overdue.revisions": {
    nb: "{count} revisjon(er)",
    nn: "{count} revisjon(ar)",
    en: "{count, plural, one {# revision} other {# revisions}}",
  },
  "cycle.overdue.measures": {
    nb: "{count} tiltak",
    nn: "{count} tiltak",
    en: "{count, plural, one {# measure} other {# measures}}",
  },
  "cycle.fbaBy": {
    nb: "FBA senest {date}",
    nn: "FBA seinast {date}",
    en: "FBA by {date}",
  },

  "cycle.forecastLine": {
    nb: "{median} d, {share} ({count})",
    nn: "{median} d, {share} ({count})",
    en: "{median} d, {share} ({count})",
  },
  "cycle.notSaved": {
    nb: "Ikke lagret: det skjemaet hører ikke til enheten slik den står nå. Last inn siden på nytt.",
    nn: "Ikkje lagra: det skjemaet høyrer ikkje til eininga slik ho står no. Last inn sida på nytt.",
    en: "Not saved: that form does not belong to the unit as it stands now. Reload the page.",
  },
  "cycle.stage.ended": {
    nb: "Avsluttet Lean",
    nn: "Avslutta Lean",
    en: "Ended Lean",
  },
  "cycle.ended": {
    nb: "Avsluttet Lean {date}",
    nn: "Avslutta Lean {date}",
    en: "Ended Lean on {date}",
  },
  "cycle.ended.help": {
    nb: "Ingen revisjoner eller andre plikter forfaller etter denne datoen. Åpne tiltak følges fortsatt av eierne.",
    nn: "Ingen revisjonar eller andre plikter fell til forfall etter denne datoen. Opne tiltak blir framleis følgde opp av eigarane.",
    en: "No revision or other duty falls due after this date. Open measures are still followed by their owners.",
  },
  "cycle.afterEnd": {
    nb: "Datoen kan ikke være etter at enheten avsluttet Lean.",
    nn: "Datoen kan ikkje vere etter at eininga avslutta Lean.",
    en: "The date cannot be after the unit ended Lean.",
  },
  "cycle.form.end": {
    nb: "Enheten avslutter Lean",
    nn: "Eininga avsluttar Lean",
    en: "The unit stops working with Lean",
  },
  "cycle.form.endIntro": {
    nb: "Registrer datoen enheten sluttet å arbeide med Lean. Halvårlige revisjoner og påminnelser stopper etter den datoen.",
    nn: "Registrer datoen eininga slutta å arbeide med Lean. Halvårlege revisjonar og påminningar stoppar etter den datoen.",
    en: "Record the date the unit stopped working with Lean. Half-year revisions and reminders stop after that date.",
  },
  "cycle.field.endedOn": {
    nb: "Avsluttet dato",
    nn: "Avslutta dato",
    en: "Date ended",
  },
  "cycle.field.endReason": {
    nb: "Begrunnelse",
    nn: "Grunngiving",
    en: "Reason",
  },
  "cycle.form.saveEnd": {
    nb: "Registrer avslutning",
    nn: "Registrer avslutning",
    en: "Record the end",
  },
  "cycle.form.resume": {
    nb: "Angre avslutningen (feilregistrert eller gjenopptatt)",
    nn: "Angre avslutninga (feilregistrert eller teken opp att)",
    en: "Undo the end (recorded by mistake or resumed)",
  },
  "cycle.saved.end": {
    nb: "Avslutningen er registrert.",
    nn: "Avslutninga er registrert.",
    en: "The end is recorded.",
  },
  "cycle.saved.resume": {
    nb: "Avslutningen er angret. Enheten arbeider med Lean igjen.",
    nn: "Avslutninga er angra. Eininga arbeider med Lean att.",
    en: "The end is undone. The unit works with Lean again.",
  },
  "cycle.form.fbaEdit": {
    nb: "Rett fiskebeinsanalysen",
    nn: "Rett fiskebeinsanalysen",
    en: "Correct the fishbone analysis",
  },
  "cycle.form.fbaEditIntro": {
    nb: "Rett dato, deltakere og årsaker. Tiltakene følges opp for seg og endres ikke her.",
    nn: "Rett dato, deltakarar og årsaker. Tiltaka blir følgde opp for seg og blir ikkje endra her.",
    en: "Correct the date, participants and causes. The measures are followed on their own and are not changed here.",
  },
  "cycle.saved.fbaEdit": {
    nb: "Fiskebeinsanalysen er rettet.",
    nn: "Fiskebeinsanalysen er retta.",
    en: "The fishbone analysis is corrected.",
  },
  "cycle.categories.title": {
    nb: "Kategorier i fiskebeinsanalysen",
    nn: "Kategoriar i fiskebeinsanalysen",
    en: "Fishbone analysis categories",
  },
  "cycle.categories.intro": {
    nb: "Årsakene i en fiskebeinsanalyse grupperes etter disse kategoriene, i denne rekkefølgen. En kategori som tas ut av bruk, står fortsatt på analysene som har den, men tilbys ikke i nye.",
    nn: "Årsakene i ein fiskebeinsanalyse blir grupperte etter desse kategoriane, i denne rekkjefølgja. Ein kategori som blir teken ut av bruk, står framleis på analysane som har han, men blir ikkje tilboden i nye.",
    en: "The causes in a fishbone analysis are grouped by these categories, in this order. A retired category stays on the analyses that have it but is not offered for new ones.",
  },
  "cycle.categories.link": {
    nb: "Kategorier i fiskebeinsanalysen",
    nn: "Kategoriar i fiskebeinsanalysen",
    en: "Fishbone analysis categories",
  },
  "cycle.categories.inUse": {
    nb: "I bruk",
    nn: "I bruk",
    en: "In use",
  },
  "cycle.categories.retired": {
    nb: "Tatt ut av bruk",
    nn: "Teken ut av bruk",
    en: "Retired",
  },
  "cycle.categories.none": {
    nb: "Ingen.",
    nn: "Ingen.",
    en: "None.",
  },
  "cycle.categories.name": {
    nb: "Navn",
    nn: "Namn",
    en: "Name",
  },
  "cycle.categories.nameOf": {
    nb: "Nytt navn på {name}",
    nn: "Nytt namn på {name}",
    en: "New name for {name}",
  },
  "cycle.categories.add": {
    nb: "Legg til kategori",
    nn: "Legg til kategori",
    en: "Add a category",
  },
  "cycle.categories.rename": {
    nb: "Gi nytt navn",
    nn: "Gi nytt namn",
    en: "Rename",
  },
  "cycle.categories.up": {
    nb: "Flytt {name} opp",
    nn: "Flytt {name} opp",
    en: "Move {name} up",
  },
  "cycle.categories.down": {
    nb: "Flytt {name} ned",
    nn: "Flytt {name} ned",
    en: "Move {name} down",
  },
  "cycle.categories.retire": {
    nb: "Ta {name} ut av bruk",
    nn: "Ta {name} ut av bruk",
    en: "Retire {name}",
  },
  "cycle.categories.restore": {
    nb: "Ta {name} i bruk igjen",
    nn: "Ta {name} i bruk att",
    en: "Restore {name}",
  },
  "cycle.categories.exists": {
    nb: "Det finnes allerede en kategori med dette navnet.",
    nn: "Det finst alt ein kategori med dette namnet.",
    en: "There is already a category with this name.",
  },
  "cycle.categories.lastOne": {
    nb: "Minst én kategori må være i bruk.",
    nn: "Minst éin kategori må vere i bruk.",
    en: "At least one category must stay in use.",
  },
  "cycle.categories.saved": {
    nb: "Kategoriene er lagret.",
    nn: "Kategoriane er lagra.",
    en: "The categories are saved.",
  },
  "cycle.mine.title": {
    nb: "Mine tiltak og oppfølgingsområder",
    nn: "Mine tiltak og oppfølgingsområde",
    en: "My measures and follow-up areas",
  },
  "cycle.measure.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
} satisfies Catalog;
