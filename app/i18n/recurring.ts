import type { Catalog } from "./locales";

/** Recurring obligations: competence topics, leader agreements, repetition. */
export const recurring = {
  "nav.agreements": {
    nb: "Lederavtaler",
    nn: "Leiaravtalar",
    en: "Leader agreements",
  },
  "nav.topics": {
    nb: "Kompetansetema",
    nn: "Kompetansetema",
    en: "Competence topics",
  },
  "nav.repetition": {
    nb: "Repetisjon",
    nn: "Repetisjon",
    en: "Repetition",
  },
  "session.field.kind": {
    nb: "Type",
    nn: "Type",
    en: "Kind",
  },
  "session.field.topic": {
    nb: "Kompetansetema",
    nn: "Kompetansetema",
    en: "Competence topic",
  },
  "session.noTopic": {
    nb: "Ingen tema",
    nn: "Inkje tema",
    en: "No topic",
  },
  "session.kind.course": {
    nb: "Kurs",
    nn: "Kurs",
    en: "Course",
  },
  "session.kind.leader_forum": {
    nb: "Lean lederforum",
    nn: "Lean leiarforum",
    en: "Lean leader forum",
  },
  "session.kind.theme_hour": {
    nb: "Tematime",
    nn: "Tematime",
    en: "Theme hour",
  },
  "session.stepsHint": {
    nb: "Kurs må oppfylle minst ett steg; lederforum og tematimer kan.",
    nn: "Kurs må oppfylle minst eitt steg; leiarforum og tematimar kan.",
    en: "A course must fulfil at least one step; forums and theme hours may.",
  },
  "sessions.col.kind": {
    nb: "Type",
    nn: "Type",
    en: "Kind",
  },
  "topics.title": {
    nb: "Kompetansetema",
    nn: "Kompetansetema",
    en: "Competence topics",
  },
  "topics.intro": {
    nb: "Temaene lederavtalene registrerer som kompetansebehov, og som lederforum og tematimer kan handle om. Et tema som er i bruk, fases ut i stedet for å slettes.",
    nn: "Tema som leiaravtalane registrerer som kompetansebehov, og som leiarforum og tematimar kan handle om. Eit tema som er i bruk, blir fasa ut i staden for å slettast.",
    en: "The topics leader agreements record as competence needs, and that forums and theme hours can be about. A topic in use is retired rather than deleted.",
  },
  "topics.add": {
    nb: "Nytt tema",
    nn: "Nytt tema",
    en: "New topic",
  },
  "topics.field.name": {
    nb: "Navn",
    nn: "Namn",
    en: "Name",
  },
  "topics.field.description": {
    nb: "Beskrivelse",
    nn: "Skildring",
    en: "Description",
  },
  "topics.save": {
    nb: "Lagre",
    nn: "Lagre",
    en: "Save",
  },
  "topics.create": {
    nb: "Legg til",
    nn: "Legg til",
    en: "Add",
  },
  "topics.edit": {
    nb: "Endre «{name}»",
    nn: "Endre «{name}»",
    en: "Edit «{name}»",
  },
  "topics.up": {
    nb: "Flytt «{name}» opp",
    nn: "Flytt «{name}» opp",
    en: "Move «{name}» up",
  },
  "topics.down": {
    nb: "Flytt «{name}» ned",
    nn: "Flytt «{name}» ned",
    en: "Move «{name}» down",
  },
  "topics.retire": {
    nb: "Fase ut",
    nn: "Fase ut",
    en: "Retire",
  },
  "topics.restore": {
    nb: "Ta i bruk igjen",
    nn: "Ta i bruk att",
    en: "Restore",
  },
  "topics.retired": {
    nb: "Faset ut",
    nn: "Fasa ut",
    en: "Retired",
  },
  "topics.none": {
    nb: "Ingen tema ennå.",
    nn: "Ingen tema enno.",
    en: "No topics yet.",
  },
  "topics.used": {
    nb: "{sessions, plural, one {# økt} other {# økter}} · {agreements, plural, one {# avtale} other {# avtaler}}",
    nn: "{sessions, plural, one {# økt} other {# økter}} · {agreements, plural, one {# avtale} other {# avtalar}}",
    en: "{sessions, plural, one {# session} other {# sessions}} · {agreements, plural, one {# agreement} other {# agreements}}",
  },
  "topics.col.order": {
    nb: "Rekkefølge",
    nn: "Rekkjefølgje",
    en: "Order",
  },
  "topics.col.topic": {
    nb: "Tema",
    nn: "Tema",
    en: "Topic",
  },
  "topics.col.use": {
    nb: "I bruk",
    nn: "I bruk",
    en: "In use",
  },
  "topics.col.actions": {
    nb: "Endre",
    nn: "Endre",
    en: "Change",
  },
  "topics.saved": {
    nb: "Temaet er lagret.",
    nn: "Temaet er lagra.",
    en: "The topic is saved.",
  },
  "topic.nameTaken": {
    nb: "Det finnes allerede et tema med dette navnet.",
    nn: "Det finst alt eit tema med dette namnet.",
    en: "A topic with this name already exists.",
  },
  "agreement.title": {
    nb: "Lederavtale",
    nn: "Leiaravtale",
    en: "Leader agreement",
  },
  "agreement.season": {
    nb: "Lederavtalen for {year} skal holdes innen {date}.",
    nn: "Leiaravtalen for {year} skal haldast innan {date}.",
    en: "The leader agreement for {year} is due by {date}.",
  },
  "agreement.state.held": {
    nb: "Holdt",
    nn: "Halden",
    en: "Held",
  },
  "agreement.state.due": {
    nb: "Skal holdes",
    nn: "Skal haldast",
    en: "Due",
  },
  "agreement.state.overdue": {
    nb: "Forfalt",
    nn: "På overtid",
    en: "Overdue",
  },
  "agreement.state.not_due": {
    nb: "Ikke aktuell i år",
    nn: "Ikkje aktuell i år",
    en: "Not due this year",
  },
  "agreement.recorder.tol": {
    nb: "Registreres av tjenesteområdelederen.",
    nn: "Blir registrert av tenesteområdeleiaren.",
    en: "Recorded by the service area leader (TOL).",
  },
  "agreement.recorder.rlg": {
    nb: "Registreres av rådmannens ledergruppe.",
    nn: "Blir registrert av rådmannens leiargruppe.",
    en: "Recorded by the executive group (RLG).",
  },
  "agreement.history": {
    nb: "Tidligere lederavtaler",
    nn: "Tidlegare leiaravtalar",
    en: "Earlier leader agreements",
  },
  "agreement.none": {
    nb: "Ingen lederavtale er registrert ennå.",
    nn: "Ingen leiaravtale er registrert enno.",
    en: "No leader agreement has been recorded yet.",
  },
  "agreement.yearHeading": {
    nb: "Lederavtale {year}",
    nn: "Leiaravtale {year}",
    en: "Leader agreement {year}",
  },
  "agreement.heldOn": {
    nb: "Holdt",
    nn: "Halden",
    en: "Held on",
  },
  "agreement.needs": {
    nb: "Kompetansebehov",
    nn: "Kompetansebehov",
    en: "Competence needs",
  },
  "agreement.topics": {
    nb: "Tema",
    nn: "Tema",
    en: "Topics",
  },
  "agreement.recordedBy": {
    nb: "Registrert av",
    nn: "Registrert av",
    en: "Recorded by",
  },
  "agreement.followUp": {
    nb: "Fulgt opp med",
    nn: "Følgt opp med",
    en: "Followed up with",
  },
  "agreement.noFollowUp": {
    nb: "Ingen lederforum eller tematime om disse temaene ennå.",
    nn: "Inkje leiarforum eller tematime om desse tema enno.",
    en: "No leader forum or theme hour on these topics yet.",
  },
  "agreement.lastYear": {
    nb: "Forrige avtale ({year}): behov og hva som er gjort",
    nn: "Førre avtale ({year}): behov og kva som er gjort",
    en: "Last agreement ({year}): needs and what was done",
  },
  "agreement.record": {
    nb: "Registrer lederavtale",
    nn: "Registrer leiaravtale",
    en: "Record the leader agreement",
  },
  "agreement.correct": {
    nb: "Rett lederavtalen for {year}",
    nn: "Rett leiaravtalen for {year}",
    en: "Correct the agreement for {year}",
  },
  "agreement.correctHint": {
    nb: "Velger du et år som alt har en avtale, rettes den (endringen logges).",
    nn: "Vel du eit år som alt har ein avtale, blir han retta (endringa blir logga).",
    en: "Choosing a year that already has an agreement corrects it (the change is logged).",
  },
  "agreement.field.year": {
    nb: "Avtaleår",
    nn: "Avtaleår",
    en: "Agreement year",
  },
  "agreement.field.heldOn": {
    nb: "Dato holdt",
    nn: "Dato halden",
    en: "Date held",
  },
  "agreement.field.needs": {
    nb: "Kompetansebehov som ble drøftet",
    nn: "Kompetansebehov som vart drøfta",
    en: "Competence needs discussed",
  },
  "agreement.field.topics": {
    nb: "Tema fra listen",
    nn: "Tema frå lista",
    en: "Topics from the list",
  },
  "agreement.save": {
    nb: "Lagre lederavtalen",
    nn: "Lagre leiaravtalen",
    en: "Save the agreement",
  },
  "agreement.saved": {
    nb: "Lederavtalen er registrert.",
    nn: "Leiaravtalen er registrert.",
    en: "The leader agreement is recorded.",
  },
  "agreement.corrected": {
    nb: "Lederavtalen er rettet.",
    nn: "Leiaravtalen er retta.",
    en: "The leader agreement is corrected.",
  },
  "agreement.yearRange": {
    nb: "Velg et avtaleår fra fem år tilbake til neste år.",
    nn: "Vel eit avtaleår frå fem år attende til neste år.",
    en: "Choose an agreement year from five years back to next year.",
  },
  "agreement.duty": {
    nb: "Lederavtale {year}",
    nn: "Leiaravtale {year}",
    en: "Leader agreement {year}",
  },
  "agreement.suggestions": {
    nb: "Forslag ut fra lederavtalen",
    nn: "Forslag ut frå leiaravtalen",
    en: "Suggested by the leader agreement",
  },
  "agreement.noSuggestions": {
    nb: "Ingen kommende lederforum eller tematimer med ledige plasser passer temaene i siste lederavtale.",
    nn: "Ingen komande leiarforum eller tematimar med ledige plassar passar tema i siste leiaravtale.",
    en: "No coming leader forum or theme hour with free places matches the topics of the latest agreement.",
  },
  "agreement.suggestionMeta": {
    nb: "{kind} om «{topic}», {when}, {place} · {free, plural, one {# ledig plass} other {# ledige plasser}}",
    nn: "{kind} om «{topic}», {when}, {place} · {free, plural, one {# ledig plass} other {# ledige plassar}}",
    en: "{kind} on «{topic}», {when}, {place} · {free, plural, one {# free place} other {# free places}}",
  },
  "agreement.signUp": {
    nb: "Se og meld på",
    nn: "Sjå og meld på",
    en: "View and sign up",
  },
  "agreement.mine": {
    nb: "Mine lederavtaler",
    nn: "Leiaravtalane mine",
    en: "My leader agreements",
  },
  "agreement.mineIntro": {
    nb: "Lederavtalen holdes hvert år med tjenesteområdelederen din. Her ser du det som er registrert.",
    nn: "Leiaravtalen blir halden kvart år med tenesteområdeleiaren din. Her ser du det som er registrert.",
    en: "The leader agreement is held every year with your service area leader. Here is what has been recorded.",
  },
  "agreements.title": {
    nb: "Lederavtaler",
    nn: "Leiaravtalar",
    en: "Leader agreements",
  },
  "agreements.intro": {
    nb: "Lederne du holder lederavtale med, og status for årets avtale (frist {date}).",
    nn: "Leiarane du held leiaravtale med, og status for årets avtale (frist {date}).",
    en: "The leaders you hold the leader agreement with, and this year's status (due {date}).",
  },
  "agreements.filter.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "agreements.filter.area": {
    nb: "Tjenesteområde",
    nn: "Tenesteområde",
    en: "Service area",
  },
  "agreements.filter.all": {
    nb: "Alle",
    nn: "Alle",
    en: "All",
  },
  "agreements.allAreas": {
    nb: "Alle tjenesteområder",
    nn: "Alle tenesteområde",
    en: "All service areas",
  },
  "agreements.show": {
    nb: "Vis",
    nn: "Vis",
    en: "Show",
  },
  "agreements.col.leader": {
    nb: "Leder",
    nn: "Leiar",
    en: "Leader",
  },
  "agreements.col.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "agreements.col.state": {
    nb: "Årets avtale",
    nn: "Årets avtale",
    en: "This year",
  },
  "agreements.col.held": {
    nb: "Holdt",
    nn: "Halden",
    en: "Held on",
  },
  "agreements.none": {
    nb: "Ingen ledere med dette utvalget.",
    nn: "Ingen leiarar med dette utvalet.",
    en: "No leaders match this selection.",
  },
  "agreements.count": {
    nb: "{count, plural, one {# leder} other {# ledere}}",
    nn: "{count, plural, one {# leiar} other {# leiarar}}",
    en: "{count, plural, one {# leader} other {# leaders}}",
  },
  "repetition.title": {
    nb: "Repetisjon",
    nn: "Repetisjon",
    en: "Repetition",
  },
  "repetition.intro": {
    nb: "Ledere som ikke har deltatt på Lean lederforum eller tematime på en stund. For dem som aldri har deltatt, regnes tiden fra startdatoen.",
    nn: "Leiarar som ikkje har delteke på Lean leiarforum eller tematime på ei stund. For dei som aldri har delteke, blir tida rekna frå startdatoen.",
    en: "Leaders who have not attended a Lean leader forum or theme hour for a while. For those who never have, the time counts from their start date.",
  },
  "repetition.heading": {
    nb: "{kind}: ikke deltatt på {months} måneder",
    nn: "{kind}: ikkje delteke på {months} månader",
    en: "{kind}: not attended for {months} months",
  },
  "repetition.col.leader": {
    nb: "Leder",
    nn: "Leiar",
    en: "Leader",
  },
  "repetition.col.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "repetition.col.last": {
    nb: "Sist deltatt",
    nn: "Sist delteke",
    en: "Last attended",
  },
  "repetition.col.since": {
    nb: "Regnet fra",
    nn: "Rekna frå",
    en: "Counted from",
  },
  "repetition.never": {
    nb: "Aldri",
    nn: "Aldri",
    en: "Never",
  },
  "repetition.none": {
    nb: "Alle har deltatt innenfor tiden.",
    nn: "Alle har delteke innanfor tida.",
    en: "Everyone has attended within the time.",
  },
  "repetition.mine": {
    nb: "Repetisjon",
    nn: "Repetisjon",
    en: "Repetition",
  },
  "repetition.mineLast": {
    nb: "{kind}: sist {date}",
    nn: "{kind}: sist {date}",
    en: "{kind}: last attended {date}",
  },
  "repetition.mineNever": {
    nb: "{kind}: ikke deltatt ennå",
    nn: "{kind}: ikkje delteke enno",
    en: "{kind}: not attended yet",
  },
  "repetition.mineLapsed": {
    nb: "Det er mer enn {months} måneder siden. Neste datoer:",
    nn: "Det er meir enn {months} månader sidan. Neste datoar:",
    en: "It has been more than {months} months. Next dates:",
  },
  "repetition.mineComing": {
    nb: "Neste datoer:",
    nn: "Neste datoar:",
    en: "Next dates:",
  },
  "repetition.noneComing": {
    nb: "Ingen datoer er lagt ut ennå.",
    nn: "Ingen datoar er lagde ut enno.",
    en: "No dates are out yet.",
  },
} satisfies Catalog;
