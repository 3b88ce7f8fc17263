import type { Catalog } from "./locales";

/** «Importer ledere»: bulk import of new hires from a CSV file. */
export const importLeaders = {
  "import.title": {
    nb: "Importer ledere",
    nn: "Importer leiarar",
    en: "Import leaders",
  },
  "import.intro": {
    nb: "Registrer mange nye ledere på én gang fra en CSV-fil. Hver leder får lederrolle, introduksjonsløp med frister fra startdatoen og velkomst-e-post, akkurat som når du registrerer én og én. Du ser alle radene før noe blir lagret.",
    nn: "Registrer mange nye leiarar på éin gong frå ei CSV-fil. Kvar leiar får leiarrolle, introduksjonsløp med fristar frå startdatoen og velkomst-e-post, akkurat som når du registrerer éin og éin. Du ser alle radene før noko blir lagra.",
    en: "Register many new leaders at once from a CSV file. Each leader gets the leader role, an introduction path with due dates from the start date and a welcome email, just as when you register them one by one. You see every row before anything is saved.",
  },
  "import.format": {
    nb: "Slik skal filen se ut",
    nn: "Slik skal fila sjå ut",
    en: "What the file looks like",
  },
  "import.format.header": {
    nb: "Første rad er overskriftene navn, e-post, enhet, stilling og startdato. Skilletegnet kan være semikolon eller komma.",
    nn: "Første rad er overskriftene namn, e-post, eining, stilling og startdato (eller navn og enhet på bokmål). Skiljeteiknet kan vere semikolon eller komma.",
    en: "The first row holds the headers navn, e-post, enhet, stilling and startdato (name, email, unit, position, start date). The separator may be a semicolon or a comma.",
  },
  "import.format.unit": {
    nb: "Enheten skrives med koden sin (se «Organisasjon»), med navnet, eller som «Tjenesteområde/Enhet» når samme navn finnes i flere tjenesteområder.",
    nn: "Eininga blir skriven med koden sin (sjå «Organisasjon»), med namnet, eller som «Tenesteområde/Eining» når same namn finst i fleire tenesteområde.",
    en: "The unit is written by its code (see «Organisation»), by its name, or as «Service area/Unit» when the same name exists in several service areas.",
  },
  "import.format.date": {
    nb: "Startdato skrives dd.mm.åååå eller åååå-mm-dd.",
    nn: "Startdatoen blir skriven dd.mm.åååå eller åååå-mm-dd.",
    en: "The start date is written dd.mm.yyyy or yyyy-mm-dd.",
  },
  "import.format.excel": {
    nb: "Fra Excel: Lagre som «CSV UTF-8 (kommadelt)» eller «CSV (semikolondelt)».",
    nn: "Frå Excel: Lagre som «CSV UTF-8 (kommadelt)» eller «CSV (semikolondelt)».",
    en: "From Excel: save as «CSV UTF-8 (comma delimited)» or «CSV (semicolon delimited)».",
  },
  "import.format.example": {
    nb: "Eksempel",
    nn: "Døme",
    en: "Example",
  },
  "import.file": {
    nb: "CSV-fil",
    nn: "CSV-fil",
    en: "CSV file",
  },
  "import.file.help": {
    nb: "Høyst 1 MB og 2000 rader.",
    nn: "Høgst 1 MB og 2000 rader.",
    en: "At most 1 MB and 2,000 rows.",
  },
  "import.preview": {
    nb: "Vis forhåndsvisning",
    nn: "Vis førehandsvising",
    en: "Show preview",
  },
  "import.previewTitle": {
    nb: "Forhåndsvisning",
    nn: "Førehandsvising",
    en: "Preview",
  },
  "import.summary": {
    nb: "{rows, plural, one {# rad} other {# rader}} i filen: {valid} kan importeres, {invalid} har feil.",
    nn: "{rows, plural, one {# rad} other {# rader}} i fila: {valid} kan importerast, {invalid} har feil.",
    en: "{rows, plural, one {# row} other {# rows}} in the file: {valid} can be imported, {invalid, plural, one {# has errors} other {# have errors}}.",
  },
  "import.col.line": {
    nb: "Linje",
    nn: "Linje",
    en: "Line",
  },
  "import.col.name": {
    nb: "Navn",
    nn: "Namn",
    en: "Name",
  },
  "import.col.email": {
    nb: "E-post",
    nn: "E-post",
    en: "Email",
  },
  "import.col.unit": {
    nb: "Enhet",
    nn: "Eining",
    en: "Unit",
  },
  "import.col.position": {
    nb: "Stilling",
    nn: "Stilling",
    en: "Position",
  },
  "import.col.startDate": {
    nb: "Startdato",
    nn: "Startdato",
    en: "Start date",
  },
  "import.col.status": {
    nb: "Status",
    nn: "Status",
    en: "Status",
  },
  "import.rowOk": {
    nb: "Klar",
    nn: "Klar",
    en: "Ready",
  },
  "import.rowHasErrors": {
    nb: "Har feil",
    nn: "Har feil",
    en: "Has errors",
  },
  "import.skipNote": {
    nb: "Rader med feil blir ikke importert. Du kan rette dem i filen og importere dem senere; rader som er importert, blir da meldt som registrert.",
    nn: "Rader med feil blir ikkje importerte. Du kan rette dei i fila og importere dei seinare; rader som er importerte, blir då melde som registrerte.",
    en: "Rows with errors are not imported. You can correct them in the file and import them later; rows already imported will then show as registered.",
  },
  "import.submit": {
    nb: "Importer {count, plural, one {# gyldig rad} other {# gyldige rader}}",
    nn: "Importer {count, plural, one {# gyldig rad} other {# gyldige rader}}",
    en: "Import {count, plural, one {# valid row} other {# valid rows}}",
  },
  "import.noneValid": {
    nb: "Ingen rader kan importeres. Rett feilene i filen og last den opp på nytt.",
    nn: "Ingen rader kan importerast. Rett feila i fila og last henne opp på nytt.",
    en: "No rows can be imported. Correct the errors in the file and upload it again.",
  },
  "import.again": {
    nb: "Last opp en annen fil",
    nn: "Last opp ei anna fil",
    en: "Upload another file",
  },
  "import.done": {
    nb: "{count, plural, one {# leder er importert} other {# ledere er importert}}.",
    nn: "{count, plural, one {# leiar er importert} other {# leiarar er importerte}}.",
    en: "{count, plural, one {# leader has been imported} other {# leaders have been imported}}.",
  },
  "import.doneOne": {
    nb: "1 leder er importert.",
    nn: "1 leiar er importert.",
    en: "1 leader has been imported.",
  },
  "import.donePartly": {
    nb: "Ledere importert: {count}. Rader med feil, ikke importert: {skipped}.",
    nn: "Leiarar importerte: {count}. Rader med feil, ikkje importerte: {skipped}.",
    en: "Leaders imported: {count}. Rows with errors, not imported: {skipped}.",
  },
  "import.error.noFile": {
    nb: "Velg en CSV-fil.",
    nn: "Vel ei CSV-fil.",
    en: "Choose a CSV file.",
  },
  "import.error.tooBig": {
    nb: "Filen er for stor (høyst 1 MB).",
    nn: "Fila er for stor (høgst 1 MB).",
    en: "The file is too large (at most 1 MB).",
  },
  "import.error.notCsv": {
    nb: "Filen ser ut til å være en Excel-arbeidsbok. Lagre den som CSV og prøv igjen.",
    nn: "Fila ser ut til å vere ei Excel-arbeidsbok. Lagre henne som CSV og prøv igjen.",
    en: "The file looks like an Excel workbook. Save it as CSV and try again.",
  },
  "import.error.empty": {
    nb: "Filen er tom.",
    nn: "Fila er tom.",
    en: "The file is empty.",
  },
  "import.error.noRows": {
    nb: "Filen har bare overskriftsraden, ingen ledere.",
    nn: "Fila har berre overskriftsrada, ingen leiarar.",
    en: "The file has only the header row, no leaders.",
  },
  "import.error.columns": {
    nb: "Filen mangler kolonnene {columns}. Første rad må være: navn;e-post;enhet;stilling;startdato.",
    nn: "Fila manglar kolonnane {columns}. Første rad må vere: namn;e-post;eining;stilling;startdato.",
    en: "The file lacks the columns {columns}. The first row must be: navn;e-post;enhet;stilling;startdato.",
  },
  "import.error.tooMany": {
    nb: "Filen har for mange rader (høyst {max}). Del den opp i flere filer.",
    nn: "Fila har for mange rader (høgst {max}). Del henne opp i fleire filer.",
    en: "The file has too many rows (at most {max}). Split it into several files.",
  },
  "import.error.quote": {
    nb: "Filen kan ikke leses: anførselstegnet på linje {line} blir aldri lukket.",
    nn: "Fila kan ikkje lesast: hermeteiknet på linje {line} blir aldri lukka.",
    en: "The file cannot be read: the quotation mark on line {line} is never closed.",
  },
  "import.error.unitMissing": {
    nb: "Skriv enheten.",
    nn: "Skriv eininga.",
    en: "Enter the unit.",
  },
  "import.error.unitUnknown": {
    nb: "Enheten «{unit}» finnes ikke.",
    nn: "Eininga «{unit}» finst ikkje.",
    en: "The unit «{unit}» does not exist.",
  },
  "import.error.unitAmbiguous": {
    nb: "Flere tjenesteområder har en enhet som heter «{unit}». Skriv «Tjenesteområde/Enhet».",
    nn: "Fleire tenesteområde har ei eining som heiter «{unit}». Skriv «Tenesteområde/Eining».",
    en: "Several service areas have a unit called «{unit}». Write «Service area/Unit».",
  },
  "import.error.emailTwice": {
    nb: "E-postadressen står flere ganger i filen (linje {lines}).",
    nn: "E-postadressa står fleire gonger i fila (linje {lines}).",
    en: "The email address appears more than once in the file (lines {lines}).",
  },
} satisfies Catalog;
