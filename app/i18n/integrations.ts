import type { Catalog } from "./locales";

/** «Integrasjoner»: the bearer tokens Entra ID's SCIM provisioning authenticates with. */
export const integrations = {
  "integrations.title": {
    nb: "Integrasjoner",
    nn: "Integrasjonar",
    en: "Integrations",
  },
  "integrations.intro": {
    nb: "Nøkler som kommunens systemer bruker for å sende ledere til Lederløp. Entra ID-klargjøring (SCIM) kobler seg til {url} med en nøkkel herfra. Nøkkelen vises bare én gang; Lederløp lagrer bare et fingeravtrykk av den.",
    nn: "Nøklar som systema til kommunen bruker for å sende leiarar til Lederløp. Entra ID-klargjering (SCIM) koplar seg til {url} med ein nøkkel herifrå. Nøkkelen blir berre vist éin gong; Lederløp lagrar berre eit fingeravtrykk av han.",
    en: "Keys the municipality's systems use to send leaders to Lederløp. Entra ID provisioning (SCIM) connects to {url} with a key from here. A key is shown only once; Lederløp keeps only a fingerprint of it.",
  },
  "integrations.list": {
    nb: "Nøkler",
    nn: "Nøklar",
    en: "Keys",
  },
  "integrations.none": {
    nb: "Ingen nøkler ennå.",
    nn: "Ingen nøklar enno.",
    en: "No keys yet.",
  },
  "integrations.col.name": {
    nb: "Navn",
    nn: "Namn",
    en: "Name",
  },
  "integrations.col.scope": {
    nb: "Bruk",
    nn: "Bruk",
    en: "Scope",
  },
  "integrations.col.created": {
    nb: "Opprettet",
    nn: "Oppretta",
    en: "Created",
  },
  "integrations.col.lastUsed": {
    nb: "Sist brukt",
    nn: "Sist brukt",
    en: "Last used",
  },
  "integrations.col.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "integrations.scope.scim": {
    nb: "SCIM-klargjøring",
    nn: "SCIM-klargjering",
    en: "SCIM provisioning",
  },
  "integrations.neverUsed": {
    nb: "Aldri",
    nn: "Aldri",
    en: "Never",
  },
  "integrations.active": {
    nb: "I bruk",
    nn: "I bruk",
    en: "Active",
  },
  "integrations.revokedAt": {
    nb: "Trukket tilbake {date}",
    nn: "Trekt tilbake {date}",
    en: "Revoked {date}",
  },
  "integrations.createdBy": {
    nb: "av {name}",
    nn: "av {name}",
    en: "by {name}",
  },
  "integrations.createdByCli": {
    nb: "fra kommandolinjen",
    nn: "frå kommandolinja",
    en: "from the command line",
  },
  "integrations.revoke": {
    nb: "Trekk tilbake {name}",
    nn: "Trekk tilbake {name}",
    en: "Revoke {name}",
  },
  "integrations.revoked": {
    nb: "Nøkkelen «{name}» er trukket tilbake. Systemer som bruker den, slipper ikke lenger inn.",
    nn: "Nøkkelen «{name}» er trekt tilbake. System som bruker han, slepp ikkje lenger inn.",
    en: "The key «{name}» is revoked. Systems using it are no longer let in.",
  },
  "integrations.create": {
    nb: "Lag en ny nøkkel",
    nn: "Lag ein ny nøkkel",
    en: "Create a new key",
  },
  "integrations.name": {
    nb: "Navn på nøkkelen",
    nn: "Namn på nøkkelen",
    en: "Name of the key",
  },
  "integrations.name.help": {
    nb: "Hvilket system som bruker den, for eksempel «entra». Navnet står i revisjonsloggen ved hver endring systemet gjør.",
    nn: "Kva system som bruker han, til dømes «entra». Namnet står i revisjonsloggen ved kvar endring systemet gjer.",
    en: "Which system uses it, for example «entra». The name appears in the audit log for every change the system makes.",
  },
  "integrations.submit": {
    nb: "Lag nøkkel",
    nn: "Lag nøkkel",
    en: "Create key",
  },
  "integrations.nameTaken": {
    nb: "En nøkkel i bruk har allerede dette navnet.",
    nn: "Ein nøkkel i bruk har allereie dette namnet.",
    en: "A key in use already has this name.",
  },
  "integrations.created.title": {
    nb: "Nøkkelen «{name}» er laget",
    nn: "Nøkkelen «{name}» er laga",
    en: "The key «{name}» is created",
  },
  "integrations.created.body": {
    nb: "Kopier den nå og lim den inn som «Secret Token» i Entra ID. Den vises ikke igjen; mister du den, trekker du den tilbake og lager en ny.",
    nn: "Kopier han no og lim han inn som «Secret Token» i Entra ID. Han blir ikkje vist igjen; mistar du han, trekkjer du han tilbake og lagar ein ny.",
    en: "Copy it now and paste it as «Secret Token» in Entra ID. It is not shown again; if you lose it, revoke it and create a new one.",
  },
  "integrations.created.label": {
    nb: "Nøkkel",
    nn: "Nøkkel",
    en: "Key",
  },
} satisfies Catalog;
