import type { Catalog } from "./locales";

/** «Min profil»: reminders and mail language. */
export const profile = {
  "profile.title": {
    nb: "Min profil",
    nn: "Profilen min",
    en: "My profile",
  },
  "profile.intro": {
    nb: "Velg hvordan Lederløp minner deg på steg du eier.",
    nn: "Vel korleis Lederløp minner deg på steg du eig.",
    en: "Choose how Lederløp reminds you of steps you own.",
  },
  "profile.mode": {
    nb: "Påminnelser",
    nn: "Påminningar",
    en: "Reminders",
  },
  "profile.mode.individual": {
    nb: "Én e-post per påminnelse (før frist, på fristdagen og etter)",
    nn: "Éin e-post per påminning (før frist, på fristdagen og etter)",
    en: "One email per reminder (before the due date, on it, and after)",
  },
  "profile.mode.daily": {
    nb: "Én daglig oppsummering av stegene mine, kl. 08 på arbeidsdager",
    nn: "Éi dagleg oppsummering av stega mine, kl. 08 på arbeidsdagar",
    en: "One daily summary of my steps, at 08:00 on working days",
  },
  "profile.locale": {
    nb: "Språk i e-post",
    nn: "Språk i e-post",
    en: "Email language",
  },
  "profile.save": {
    nb: "Lagre",
    nn: "Lagre",
    en: "Save",
  },
} satisfies Catalog;
