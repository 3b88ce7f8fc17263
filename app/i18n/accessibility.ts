import type { Catalog } from "./locales";

/** The accessibility statement (/tilgjengelighet) and the footer link to it. */
export const accessibility = {
  "a11y.link": {
    nb: "Tilgjengelighetserklæring",
    nn: "Tilgjengelegheitserklæring",
    en: "Accessibility statement",
  },
  "a11y.intro": {
    nb: "Lederløp skal kunne brukes av alle ledere og ansatte i kommunen, også med skjermleser, forstørrelse, bare tastatur eller på mobil. Her står hvilken standard vi følger, hvordan vi tester, hva vi vet ikke er godt nok ennå, og hvordan du sier fra.",
    nn: "Lederløp skal kunne brukast av alle leiarar og tilsette i kommunen, også med skjermlesar, forstørring, berre tastatur eller på mobil. Her står kva standard vi følgjer, korleis vi testar, kva vi veit ikkje er godt nok enno, og korleis du seier frå.",
    en: "Lederløp should be usable by every leader and employee of the municipality, also with a screen reader, magnification, the keyboard alone or on a phone. This page says which standard we follow, how we test, what we know is not good enough yet, and how to tell us.",
  },
  "a11y.official": {
    nb: "Kommunens offisielle tilgjengelighetserklæring for Lederløp er publisert på uustatus.no:",
    nn: "Den offisielle tilgjengelegheitserklæringa til kommunen for Lederløp er publisert på uustatus.no:",
    en: "The municipality's official accessibility statement for Lederløp is published on uustatus.no:",
  },
  "a11y.standard.title": {
    nb: "Standard",
    nn: "Standard",
    en: "Standard",
  },
  "a11y.standard.body": {
    nb: "Lederløp skal oppfylle WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løsninger krever av offentlige virksomheter. Kravet gjelder også løsninger som bare de ansatte bruker.",
    nn: "Lederløp skal oppfylle WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løysingar krev av offentlege verksemder. Kravet gjeld også løysingar som berre dei tilsette bruker.",
    en: "Lederløp is meant to meet WCAG 2.1 at levels A and AA, as the Norwegian regulation on universal design of ICT solutions («forskrift om universell utforming av IKT-løsninger») requires of the public sector. The requirement also covers solutions used only by employees.",
  },
  "a11y.testing.title": {
    nb: "Slik tester vi",
    nn: "Slik testar vi",
    en: "How we test",
  },
  "a11y.testing.axe": {
    nb: "Sidene testes automatisk med axe-core i en ekte nettleser (Chromium), for hver rolle: hver side i 390 px bredde (mobil) og 1280 px (skjerm), og på nynorsk og engelsk i tillegg til bokmål. Testene kjører ved hver endring av koden (CI), og et brudd stopper endringen.",
    nn: "Sidene blir testa automatisk med axe-core i ein ekte nettlesar (Chromium), for kvar rolle: kvar side i 390 px breidd (mobil) og 1280 px (skjerm), og på nynorsk og engelsk i tillegg til bokmål. Testane køyrer ved kvar endring av koden (CI), og eit brot stoppar endringa.",
    en: "The pages are tested automatically with axe-core in a real browser (Chromium), for every role: every page at 390 px width (phone) and 1280 px (desktop), and in Nynorsk and English as well as Bokmål. The tests run on every change to the code (CI), and a violation stops the change.",
  },
  "a11y.testing.keyboard": {
    nb: "Tastaturreiser: testene logger inn og krysser av et steg med bare tastaturet, og sjekker at fokus blir der du var.",
    nn: "Tastaturreiser: testane loggar inn og kryssar av eit steg med berre tastaturet, og sjekkar at fokus blir verande der du var.",
    en: "Keyboard journeys: the tests sign in and tick off a step with the keyboard alone, and check that focus stays where you were.",
  },
  "a11y.testing.noJs": {
    nb: "Skjemaene virker uten JavaScript, og feil vises ved feltet det gjelder.",
    nn: "Skjemaa verkar utan JavaScript, og feil blir viste ved feltet det gjeld.",
    en: "The forms work without JavaScript, and errors are shown at the field concerned.",
  },
  "a11y.testing.limit": {
    nb: "Automatiske tester finner ikke alt. Vi har ikke fått gjort en full manuell revisjon med brukere av hjelpemidler.",
    nn: "Automatiske testar finn ikkje alt. Vi har ikkje fått gjort ein full manuell revisjon med brukarar av hjelpemiddel.",
    en: "Automated tests do not find everything. We have not yet had a full manual audit with users of assistive technology.",
  },
  "a11y.limits.title": {
    nb: "Kjente begrensninger",
    nn: "Kjende avgrensingar",
    en: "Known limitations",
  },
  "a11y.limits.chart": {
    nb: "Diagrammet over innføringer («Innføring») er et bilde (SVG) der statusene skilles med farge. De samme tallene står i en tabell under diagrammet.",
    nn: "Diagrammet over innføringar («Innføring») er eit bilete (SVG) der statusane blir skilde med farge. Dei same tala står i ein tabell under diagrammet.",
    en: "The rollout chart («Innføring») is an image (SVG) whose statuses differ by colour. The same figures are in a table below the chart.",
  },
  "a11y.limits.tables": {
    nb: "Brede tabeller (lederlisten, rapportene) ruller sideveis i sin egen ramme på smale skjermer.",
    nn: "Breie tabellar (leiarlista, rapportane) rullar sidelengs i si eiga ramme på smale skjermar.",
    en: "Wide tables (the leader list, the reports) scroll sideways in their own frame on narrow screens.",
  },
  "a11y.limits.print": {
    nb: "Sidene kan skrives ut eller lagres som PDF fra nettleseren, men en slik PDF er ikke tilrettelagt for skjermleser. Bruk nettsiden eller CSV-filen i stedet.",
    nn: "Sidene kan skrivast ut eller lagrast som PDF frå nettlesaren, men ein slik PDF er ikkje lagd til rette for skjermlesar. Bruk nettsida eller CSV-fila i staden.",
    en: "Pages can be printed or saved as PDF from the browser, but such a PDF is not made for screen readers. Use the web page or the CSV file instead.",
  },
  "a11y.limits.microsoft": {
    nb: "Logger du inn med Microsoft, er innloggingssidene Microsofts. Hvor tilgjengelige de er, ligger utenfor Lederløps kontroll.",
    nn: "Loggar du inn med Microsoft, er innloggingssidene til Microsoft. Kor tilgjengelege dei er, ligg utanfor kontrollen til Lederløp.",
    en: "If you sign in with Microsoft, the sign-in pages are Microsoft's. How accessible they are is outside Lederløp's control.",
  },
  "a11y.limits.email": {
    nb: "E-postene har både HTML og ren tekst; hvordan de vises, avhenger av e-postprogrammet ditt.",
    nn: "E-postane har både HTML og rein tekst; korleis dei blir viste, kjem an på e-postprogrammet ditt.",
    en: "The emails come as both HTML and plain text; how they show depends on your email program.",
  },
  "a11y.feedback.title": {
    nb: "Si fra",
    nn: "Sei frå",
    en: "Tell us",
  },
  "a11y.feedback.body": {
    nb: "Si fra om noe er vanskelig å bruke, eller om du trenger innholdet i en annen form.",
    nn: "Sei frå om noko er vanskeleg å bruke, eller om du treng innhaldet i ei anna form.",
    en: "Tell us if something is hard to use, or if you need the content in another form.",
  },
  "a11y.feedback.email": {
    nb: "E-post:",
    nn: "E-post:",
    en: "Email:",
  },
  "a11y.feedback.municipality": {
    nb: "Kontakt kommunen, for eksempel servicetorget, og si at det gjelder Lederløp.",
    nn: "Kontakt kommunen, til dømes servicetorget, og sei at det gjeld Lederløp.",
    en: "Contact the municipality, for example its service desk, and say it is about Lederløp.",
  },
  "a11y.feedback.authority": {
    nb: "Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av IKT:",
    nn: "Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du melde frå til Tilsynet for universell utforming av IKT:",
    en: "If you get no answer, or are not satisfied with it, you can report it to the Authority for Universal Design of ICT:",
  },
  "a11y.reviewed": {
    nb: "Erklæringen ble sist gjennomgått {date}.",
    nn: "Erklæringa vart sist gjennomgått {date}.",
    en: "This statement was last reviewed on {date}.",
  },
} satisfies Catalog;
