import type { Catalog } from "./locales";

/** Admin's people pages: details, roles, export and anonymising. */
export const people = {
  "role.hr": {
    nb: "HR",
    nn: "HR",
    en: "HR",
  },
  "role.leader": {
    nb: "Leder",
    nn: "Leiar",
    en: "Leader",
  },
  "role.tol": {
    nb: "Tjenesteområdeleder",
    nn: "Tenesteområdeleiar",
    en: "Service-area leader",
  },
  "role.development_unit": {
    nb: "Utviklingsenheten",
    nn: "Utviklingseininga",
    en: "Development unit",
  },
  "role.admin": {
    nb: "Administrator",
    nn: "Administrator",
    en: "Administrator",
  },
  "role.rlg": {
    nb: "Rådmannens ledergruppe",
    nn: "Rådmannen si leiargruppe",
    en: "Executive group (RLG)",
  },
  "person.title": {
    nb: "Rediger {name}",
    nn: "Rediger {name}",
    en: "Edit {name}",
  },
  "person.roles": {
    nb: "Roller",
    nn: "Roller",
    en: "Roles",
  },
  "person.roleFromGroup": {
    nb: "{role} (fra Entra ID-gruppe)",
    nn: "{role} (frå Entra ID-gruppe)",
    en: "{role} (from an Entra ID group)",
  },
  "person.rolesFromGroups": {
    nb: "Roller fra Entra ID-grupper gis og tas bort ved hver innlogging. Tar du bort en slik rolle her, kommer den tilbake neste gang personen logger inn: endre gruppemedlemskapet i Entra ID i stedet.",
    nn: "Roller frå Entra ID-grupper blir gitt og tekne bort ved kvar innlogging. Tek du bort ei slik rolle her, kjem ho tilbake neste gong personen loggar inn: endra gruppemedlemskapet i Entra ID i staden.",
    en: "Roles from Entra ID groups are granted and removed at every sign-in. If you remove such a role here, it comes back the next time the person signs in: change the group membership in Entra ID instead.",
  },
  "person.active": {
    nb: "Aktiv (kan logge inn og får påminnelser)",
    nn: "Aktiv (kan logge inn og får påminningar)",
    en: "Active (can sign in and gets reminders)",
  },
  "person.locale": {
    nb: "Språk i e-post",
    nn: "Språk i e-post",
    en: "Email language",
  },
  "person.save": {
    nb: "Lagre endringer",
    nn: "Lagre endringar",
    en: "Save changes",
  },
  "person.saved": {
    nb: "Endringene er lagret.",
    nn: "Endringane er lagra.",
    en: "The changes are saved.",
  },
  "people.title": {
    nb: "Personer",
    nn: "Personar",
    en: "People",
  },
  "people.intro": {
    nb: "Alle som har tilgang til Lederløp. Administrator kan endre opplysninger og roller.",
    nn: "Alle som har tilgang til Lederløp. Administrator kan endre opplysningar og roller.",
    en: "Everyone with access to Lederløp. An administrator can change details and roles.",
  },
  "people.col.roles": {
    nb: "Roller",
    nn: "Roller",
    en: "Roles",
  },
  "people.col.active": {
    nb: "Aktiv",
    nn: "Aktiv",
    en: "Active",
  },
  "people.yes": {
    nb: "Ja",
    nn: "Ja",
    en: "Yes",
  },
  "people.no": {
    nb: "Nei",
    nn: "Nei",
    en: "No",
  },
  "privacy.title": {
    nb: "Personvern",
    nn: "Personvern",
    en: "Privacy",
  },
  "privacy.export": {
    nb: "Last ned alt vi lagrer om personen (JSON)",
    nn: "Last ned alt vi lagrar om personen (JSON)",
    en: "Download everything stored about the person (JSON)",
  },
  "privacy.anonymise": {
    nb: "Anonymiser personen",
    nn: "Anonymiser personen",
    en: "Anonymise the person",
  },
  "privacy.anonymise.help": {
    nb: "For en som har sluttet: navn, e-post, stilling og notater fjernes overalt; tall og fullføringshistorikk beholdes uten navn. Kan ikke angres.",
    nn: "For ein som har slutta: namn, e-post, stilling og notat blir fjerna overalt; tal og fullføringshistorikk blir verande utan namn. Kan ikkje angrast.",
    en: "For someone who has left: name, email, position and notes are removed everywhere; figures and completion history stay without the name. Cannot be undone.",
  },
  "privacy.anonymise.confirm": {
    nb: "Jeg forstår at dette ikke kan angres",
    nn: "Eg forstår at dette ikkje kan angrast",
    en: "I understand this cannot be undone",
  },
  "privacy.anonymised": {
    nb: "Personen er anonymisert.",
    nn: "Personen er anonymisert.",
    en: "The person is anonymised.",
  },
  "privacy.anonymisedName": {
    nb: "Anonymisert person {id}",
    nn: "Anonymisert person {id}",
    en: "Anonymised person {id}",
  },
} satisfies Catalog;
