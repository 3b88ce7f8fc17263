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
  "home.title": {
    nb: "Velkommen, {name}",
    nn: "Velkomen, {name}",
    en: "Welcome, {name}",
  },
} satisfies Catalog;
