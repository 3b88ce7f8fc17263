import type { Catalog } from "./locales";

/** «Synkroniser fra HR»: the HR system's export of employees, keyed on the employee number. */
export const hrSync = {
  "hrsync.title": {
    nb: "Synkroniser fra HR-systemet",
    nn: "Synkroniser frå HR-systemet",
    en: "Sync from the HR system",
  },
  "hrsync.intro": {
    nb: "Last opp eksporten fra HR-systemet (for eksempel Visma). Lederløp finner hver person på ansattnummeret og viser hva som blir nytt, endret, flyttet og avsluttet før noe blir lagret. Samme fil to ganger endrer ingenting.",
    nn: "Last opp eksporten frå HR-systemet (til dømes Visma). Lederløp finn kvar person på tilsettnummeret og viser kva som blir nytt, endra, flytta og avslutta før noko blir lagra. Same fil to gonger endrar ingenting.",
    en: "Upload the export from the HR system (Visma, for instance). Lederløp finds each person by their employee number and shows what will be new, changed, moved and ended before anything is saved. The same file twice changes nothing.",
  },
  "hrsync.full": {
    nb: "Full eksport (de som mangler i filen har sluttet)",
    nn: "Full eksport (dei som manglar i fila, har slutta)",
    en: "Full export (those missing from the file have left)",
  },
  "hrsync.full.help": {
    nb: "Kryss av bare når filen har alle ansatte. Aktive personer med ansattnummer som ikke står i filen, blir markert som sluttet.",
    nn: "Kryss av berre når fila har alle tilsette. Aktive personar med tilsettnummer som ikkje står i fila, blir markerte som slutta.",
    en: "Tick only when the file holds every employee. Active people with an employee number who are not in the file are marked as having left.",
  },
  "hrsync.format.header": {
    nb: "Første rad er overskriftene ansattnummer, navn, e-post, enhet, stilling og startdato. Skilletegnet kan være semikolon eller komma.",
    nn: "Første rad er overskriftene tilsettnummer (eller ansattnummer), namn, e-post, eining, stilling og startdato. Skiljeteiknet kan vere semikolon eller komma.",
    en: "The first row holds the headers ansattnummer, navn, e-post, enhet, stilling and startdato (employee number, name, email, unit, position, start date). The separator may be a semicolon or a comma.",
  },
  "hrsync.format.match": {
    nb: "Første gang: en rad med ukjent ansattnummer men kjent e-postadresse gir personen ansattnummeret, i stedet for å lage en ny person.",
    nn: "Første gong: ei rad med ukjent tilsettnummer men kjend e-postadresse gir personen tilsettnummeret, i staden for å lage ein ny person.",
    en: "The first time: a row with an unknown employee number but a known email address gives that person the number instead of creating a new person.",
  },
  "hrsync.format.new": {
    nb: "Nye personer blir registrert som nye ledere med introduksjonsløpet og velkomst-e-post, som ved «Importer ledere».",
    nn: "Nye personar blir registrerte som nye leiarar med introduksjonsløpet og velkomst-e-post, som ved «Importer leiarar».",
    en: "New people are registered as new leaders with the introduction path and a welcome email, as «Import leaders» does.",
  },
  "hrsync.summaryTitle": {
    nb: "Hva som skjer",
    nn: "Kva som skjer",
    en: "What happens",
  },
  "hrsync.count.rows": {
    nb: "Rader i filen",
    nn: "Rader i fila",
    en: "Rows in the file",
  },
  "hrsync.count.new": {
    nb: "Nye ledere",
    nn: "Nye leiarar",
    en: "New leaders",
  },
  "hrsync.count.bound": {
    nb: "Får ansattnummer (funnet på e-post)",
    nn: "Får tilsettnummer (funne på e-post)",
    en: "Given their employee number (found by email)",
  },
  "hrsync.count.changed": {
    nb: "Endret",
    nn: "Endra",
    en: "Changed",
  },
  "hrsync.count.transferred": {
    nb: "Flyttet til en annen enhet",
    nn: "Flytta til ei anna eining",
    en: "Moved to another unit",
  },
  "hrsync.count.returned": {
    nb: "Tilbake etter å ha sluttet",
    nn: "Tilbake etter å ha slutta",
    en: "Back after having left",
  },
  "hrsync.count.left": {
    nb: "Har sluttet",
    nn: "Har slutta",
    en: "Have left",
  },
  "hrsync.count.unchanged": {
    nb: "Uendret",
    nn: "Uendra",
    en: "Unchanged",
  },
  "hrsync.count.errors": {
    nb: "Rader med feil (hoppes over)",
    nn: "Rader med feil (blir hoppa over)",
    en: "Rows with errors (skipped)",
  },
  "hrsync.rowsTitle": {
    nb: "Rader som endrer noe eller har feil",
    nn: "Rader som endrar noko eller har feil",
    en: "Rows that change something or have errors",
  },
  "hrsync.unchangedNote": {
    nb: "{count, plural, one {# rad stemmer} other {# rader stemmer}} allerede med Lederløp og vises ikke.",
    nn: "{count, plural, one {# rad stemmer} other {# rader stemmer}} allereie med Lederløp og blir ikkje viste.",
    en: "{count, plural, one {# row already matches Lederløp and is not shown} other {# rows already match Lederløp and are not shown}}.",
  },
  "hrsync.col.employeeNumber": {
    nb: "Ansattnummer",
    nn: "Tilsettnummer",
    en: "Employee number",
  },
  "hrsync.col.what": {
    nb: "Hva skjer",
    nn: "Kva skjer",
    en: "What happens",
  },
  "hrsync.row.new": {
    nb: "Ny leder i {unit}",
    nn: "Ny leiar i {unit}",
    en: "New leader in {unit}",
  },
  "hrsync.row.bound": {
    nb: "Får ansattnummeret: funnet på e-postadressen",
    nn: "Får tilsettnummeret: funnen på e-postadressa",
    en: "Gets the employee number: found by the email address",
  },
  "hrsync.row.change": {
    nb: "{field}: «{before}» blir «{after}»",
    nn: "{field}: «{before}» blir «{after}»",
    en: "{field}: «{before}» becomes «{after}»",
  },
  "hrsync.row.empty": {
    nb: "tom",
    nn: "tom",
    en: "empty",
  },
  "hrsync.row.transfer": {
    nb: "Flyttes fra {from} til {to}",
    nn: "Blir flytta frå {from} til {to}",
    en: "Moves from {from} to {to}",
  },
  "hrsync.row.returned": {
    nb: "Tilbake etter å ha sluttet",
    nn: "Tilbake etter å ha slutta",
    en: "Back after having left",
  },
  "hrsync.row.errors": {
    nb: "Har feil, hoppes over",
    nn: "Har feil, blir hoppa over",
    en: "Has errors, skipped",
  },
  "hrsync.leaversTitle": {
    nb: "Har sluttet (mangler i filen)",
    nn: "Har slutta (manglar i fila)",
    en: "Have left (missing from the file)",
  },
  "hrsync.leaversIntro": {
    nb: "De blir markert som sluttet: påminnelsene stopper, og de kan ikke lenger logge inn. Historikken deres blir stående.",
    nn: "Dei blir markerte som slutta: påminningane stoppar, og dei kan ikkje lenger logge inn. Historikken deira blir ståande.",
    en: "They are marked as having left: their reminders stop and they can no longer sign in. Their history stays.",
  },
  "hrsync.notFull": {
    nb: "Ikke full eksport: ingen blir markert som sluttet.",
    nn: "Ikkje full eksport: ingen blir markert som slutta.",
    en: "Not a full export: nobody is marked as having left.",
  },
  "hrsync.nothing": {
    nb: "Filen stemmer med Lederløp. Det er ingenting å endre.",
    nn: "Fila stemmer med Lederløp. Det er ingenting å endre.",
    en: "The file matches Lederløp. There is nothing to change.",
  },
  "hrsync.skipNote": {
    nb: "Rader med feil blir hoppet over. Rett dem i HR-systemet; neste synkronisering tar dem med.",
    nn: "Rader med feil blir hoppa over. Rett dei i HR-systemet; neste synkronisering tek dei med.",
    en: "Rows with errors are skipped. Correct them in the HR system; the next sync includes them.",
  },
  "hrsync.submit": {
    nb: "Utfør synkroniseringen",
    nn: "Utfør synkroniseringa",
    en: "Apply the sync",
  },
  "hrsync.done": {
    nb: "Synkroniseringen er utført: {new} nye, {changed} endret, {transferred} flyttet, {left} sluttet, {unchanged} uendret, {errors} rader med feil.",
    nn: "Synkroniseringa er utført: {new} nye, {changed} endra, {transferred} flytta, {left} slutta, {unchanged} uendra, {errors} rader med feil.",
    en: "The sync is done: {new} new, {changed} changed, {transferred} moved, {left} left, {unchanged} unchanged, {errors} rows with errors.",
  },
  "hrsync.dryRun": {
    nb: "Prøvekjøring: ingenting er lagret.",
    nn: "Prøvekøyring: ingenting er lagra.",
    en: "Dry run: nothing was saved.",
  },
  "hrsync.applied": {
    nb: "Lagret i én transaksjon.",
    nn: "Lagra i éin transaksjon.",
    en: "Saved in one transaction.",
  },
  "hrsync.error.columns": {
    nb: "Filen mangler kolonnene {columns}. Første rad må være: ansattnummer;navn;e-post;enhet;stilling;startdato.",
    nn: "Fila manglar kolonnane {columns}. Første rad må vere: tilsettnummer;namn;e-post;eining;stilling;startdato.",
    en: "The file lacks the columns {columns}. The first row must be: ansattnummer;navn;e-post;enhet;stilling;startdato.",
  },
  "hrsync.error.numberTwice": {
    nb: "Ansattnummeret står flere ganger i filen (linje {lines}).",
    nn: "Tilsettnummeret står fleire gonger i fila (linje {lines}).",
    en: "The employee number appears more than once in the file (lines {lines}).",
  },
  "hrsync.error.employeeNumber": {
    nb: "Ansattnummeret kan bare ha bokstaver, tall, punktum, bindestrek, understrek og skråstrek.",
    nn: "Tilsettnummeret kan berre ha bokstavar, tal, punktum, bindestrek, understrek og skråstrek.",
    en: "The employee number may only hold letters, digits, full stops, hyphens, underscores and slashes.",
  },
  "hrsync.error.emailOtherNumber": {
    nb: "E-postadressen tilhører en person med et annet ansattnummer ({number}).",
    nn: "E-postadressa høyrer til ein person med eit anna tilsettnummer ({number}).",
    en: "The email address belongs to a person with another employee number ({number}).",
  },
  "hrsync.error.anonymised": {
    nb: "Personen med dette ansattnummeret er anonymisert og kan ikke tas inn igjen.",
    nn: "Personen med dette tilsettnummeret er anonymisert og kan ikkje takast inn att.",
    en: "The person with this employee number has been anonymised and cannot be brought back.",
  },
} satisfies Catalog;
