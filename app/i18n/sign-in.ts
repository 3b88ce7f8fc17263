import type { Catalog } from "./locales";

/** Signing in with a link by email, and the home page. */
export const signIn = {
  "signin.title": {
    nb: "Logg inn",
    nn: "Logg inn",
    en: "Sign in",
  },
  "signin.intro": {
    nb: "Skriv inn e-postadressen du har på jobb, så sender vi deg en innloggingslenke. Lenken varer i 15 minutter og kan bare brukes én gang.",
    nn: "Skriv inn e-postadressa du har på jobb, så sender vi deg ei innloggingslenkje. Lenkja varer i 15 minutt og kan berre brukast éin gong.",
    en: "Enter your work email address and we will send you a sign-in link. The link lasts 15 minutes and works once.",
  },
  "signin.email": {
    nb: "E-post på jobb",
    nn: "E-postadressa di på jobb",
    en: "Work email",
  },
  "signin.submit": {
    nb: "Send innloggingslenke",
    nn: "Send innloggingslenkje",
    en: "Send sign-in link",
  },
  "signin.sent.title": {
    nb: "Sjekk e-posten din",
    nn: "Sjå i e-posten din",
    en: "Check your email",
  },
  "signin.sent.body": {
    nb: "Hvis adressen er registrert i Lederløp, får du snart en e-post med en innloggingslenke. Den varer i 15 minutter.",
    nn: "Viss adressa er registrert i Lederløp, får du snart ein e-post med ei innloggingslenkje. Ho varer i 15 minutt.",
    en: "If the address is registered in Lederløp, you will soon get an email with a sign-in link. It lasts 15 minutes.",
  },
  "signin.sent.outbox": {
    nb: "Åpne den innebygde postkassen",
    nn: "Opne den innebygde postkassen",
    en: "Open the built-in mailbox",
  },
  "signin.demo.title": {
    nb: "Demo-brukere",
    nn: "Demo-brukarar",
    en: "Demo users",
  },
  "signin.demo.intro": {
    nb: "Dette er en demo. Logg inn som en av disse og åpne lenken i den innebygde postkassen.",
    nn: "Dette er ein demo. Logg inn som ein av desse og opne lenkja i den innebygde postkassen.",
    en: "This is a demo. Sign in as one of these and open the link in the built-in mailbox.",
  },
  "signin.demo.use": {
    nb: "Send lenke til {email}",
    nn: "Send lenkje til {email}",
    en: "Send link to {email}",
  },
  "signin.confirm.title": {
    nb: "Logg inn i Lederløp",
    nn: "Logg inn i Lederløp",
    en: "Sign in to Lederløp",
  },
  "signin.confirm.body": {
    nb: "Trykk på knappen for å logge inn som {email}.",
    nn: "Trykk på knappen for å logge inn som {email}.",
    en: "Press the button to sign in as {email}.",
  },
  "signin.confirm.submit": {
    nb: "Logg inn",
    nn: "Logg inn",
    en: "Sign in",
  },
  "signin.invalid.title": {
    nb: "Lenken virker ikke lenger",
    nn: "Lenkja verkar ikkje lenger",
    en: "The link no longer works",
  },
  "signin.invalid.body": {
    nb: "Innloggingslenken er brukt, utløpt eller erstattet av en nyere. Be om en ny lenke.",
    nn: "Innloggingslenkja er brukt, har gått ut eller er bytt ut med ei nyare. Be om ei ny lenkje.",
    en: "The sign-in link has been used, has expired or was replaced by a newer one. Ask for a new link.",
  },
  "signin.invalid.again": {
    nb: "Be om en ny lenke",
    nn: "Be om ei ny lenkje",
    en: "Ask for a new link",
  },
  "signin.signedOut": {
    nb: "Du er logget ut.",
    nn: "Du er logga ut.",
    en: "You are signed out.",
  },
  "signin.provider.submit": {
    nb: "Logg inn med Microsoft",
    nn: "Logg inn med Microsoft",
    en: "Sign in with Microsoft",
  },
  "signin.provider.intro": {
    nb: "Bruk jobbkontoen din hos Microsoft, den samme som til e-post og Teams.",
    nn: "Bruk jobbkontoen din hos Microsoft, den same som til e-post og Teams.",
    en: "Use your Microsoft work account, the same as for email and Teams.",
  },
  "signin.provider.orEmail": {
    nb: "Eller få en innloggingslenke på e-post",
    nn: "Eller få ei innloggingslenkje på e-post",
    en: "Or get a sign-in link by email",
  },
  "signin.emailOff": {
    nb: "Innlogging med lenke på e-post er slått av her. Bruk «Logg inn med Microsoft».",
    nn: "Innlogging med lenkje på e-post er slått av her. Bruk «Logg inn med Microsoft».",
    en: "Signing in with a link by email is turned off here. Use «Sign in with Microsoft».",
  },
  "signin.provider.notRegistered.title": {
    nb: "Du er ikke registrert i Lederløp – kontakt HR",
    nn: "Du er ikkje registrert i Lederløp – kontakt HR",
    en: "You are not registered in Lederløp – contact HR",
  },
  "signin.provider.notRegistered.body": {
    nb: "Microsoft kjente deg igjen, men Lederløp har ingen aktiv person med jobbkontoen din. HR registrerer ledere i Lederløp; be dem legge deg inn med e-postadressen du har på jobb.",
    nn: "Microsoft kjende deg att, men Lederløp har ingen aktiv person med jobbkontoen din. HR registrerer leiarar i Lederløp; be dei leggje deg inn med e-postadressa du har på jobb.",
    en: "Microsoft recognised you, but Lederløp has no active person with your work account. HR registers leaders in Lederløp; ask them to add you with your work email address.",
  },
  "signin.provider.refused.title": {
    nb: "Innloggingen ble ikke godtatt",
    nn: "Innlogginga vart ikkje godteken",
    en: "The sign-in was not accepted",
  },
  "signin.provider.refused.body": {
    nb: "Lederløp kunne ikke bekrefte innloggingen fra Microsoft. Det skjer når innloggingen ble avbrutt, er eldre enn ti minutter, er brukt før eller ikke var ment for Lederløp. Prøv igjen.",
    nn: "Lederløp kunne ikkje stadfeste innlogginga frå Microsoft. Det skjer når innlogginga vart avbroten, er eldre enn ti minutt, er brukt før eller ikkje var meint for Lederløp. Prøv igjen.",
    en: "Lederløp could not confirm the sign-in from Microsoft. That happens when the sign-in was interrupted, is older than ten minutes, was used before or was not meant for Lederløp. Please try again.",
  },
  "signin.provider.unavailable.title": {
    nb: "Microsoft svarer ikke akkurat nå",
    nn: "Microsoft svarar ikkje akkurat no",
    en: "Microsoft is not answering right now",
  },
  "signin.provider.unavailable.body": {
    nb: "Lederløp fikk ikke kontakt med Microsofts innlogging. Prøv igjen om noen minutter.",
    nn: "Lederløp fekk ikkje kontakt med innlogginga til Microsoft. Prøv igjen om nokre minutt.",
    en: "Lederløp could not reach Microsoft's sign-in. Please try again in a few minutes.",
  },
  "signin.provider.again": {
    nb: "Tilbake til innlogging",
    nn: "Tilbake til innlogging",
    en: "Back to sign-in",
  },
  "home.title": {
    nb: "Velkommen, {name}",
    nn: "Velkomen, {name}",
    en: "Welcome, {name}",
  },
} satisfies Catalog;
