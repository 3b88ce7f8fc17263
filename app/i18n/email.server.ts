import type { Catalog } from "./locales";

/** Every email's subject and text. Server-only (`.server`): email text never reaches the browser. */
export const email = {
  "email.greeting": {
    nb: "Hei {name},",
    nn: "Hei {name},",
    en: "Hello {name},",
  },
  "email.signoff": {
    nb: "Hilsen Lederløp",
    nn: "Helsing Lederløp",
    en: "Regards, Lederløp",
  },
  "email.footer": {
    nb: "Denne e-posten er sendt automatisk fra Lederløp. Svar på den blir ikke lest.",
    nn: "Denne e-posten er sendt automatisk frå Lederløp. Svar på e-posten blir ikkje lesne.",
    en: "This email was sent automatically by Lederløp. Replies are not read.",
  },
  "email.signin.subject": {
    nb: "Logg inn i Lederløp",
    nn: "Logg inn i Lederløp",
    en: "Sign in to Lederløp",
  },
  "email.signin.body": {
    nb: "Du (eller noen som skrev inn adressen din) ba om å logge inn i Lederløp. Lenken varer i 15 minutter og kan bare brukes én gang:",
    nn: "Du (eller nokon som skreiv inn adressa di) bad om å logge inn i Lederløp. Lenkja varer i 15 minutt og kan berre brukast éin gong:",
    en: "You (or someone who typed your address) asked to sign in to Lederløp. The link lasts 15 minutes and works once:",
  },
  "email.signin.action": {
    nb: "Logg inn",
    nn: "Logg inn",
    en: "Sign in",
  },
  "email.signin.ignore": {
    nb: "Ba du ikke om dette, kan du se bort fra e-posten.",
    nn: "Bad du ikkje om dette, kan du sjå bort frå e-posten.",
    en: "If you did not ask for this, you can ignore this email.",
  },
  "email.welcome.subject": {
    nb: "Velkommen som leder – ditt introduksjonsløp i Lederløp",
    nn: "Velkomen som leiar – introduksjonsløpet ditt i Lederløp",
    en: "Welcome as a leader – your introduction path in Lederløp",
  },
  "email.welcome.body": {
    nb: "Velkommen som {position} i {unit}! I Lederløp finner du introduksjonsløpet ditt: å hilse på rådmannen, Lean-opplæringen fra Utviklingsenheten, boken «Dette er Lean» og mer. Første frist er {firstDue}.",
    nn: "Velkomen som {position} i {unit}! I Lederløp finn du introduksjonsløpet ditt: å helse på rådmannen, Lean-opplæringa frå Utviklingseininga, boka «Dette er Lean» og meir. Første frist er {firstDue}.",
    en: "Welcome as {position} in {unit}! In Lederløp you find your introduction path: greeting the rådmann, the development unit's Lean training, the book «Dette er Lean» and more. Your first due date is {firstDue}.",
  },
  "email.welcome.bodyNoUnit": {
    nb: "Velkommen som {position}! I Lederløp finner du introduksjonsløpet ditt: å hilse på rådmannen, Lean-opplæringen fra Utviklingsenheten, boken «Dette er Lean» og mer. Første frist er {firstDue}.",
    nn: "Velkomen som {position}! I Lederløp finn du introduksjonsløpet ditt: å helse på rådmannen, Lean-opplæringa frå Utviklingseininga, boka «Dette er Lean» og meir. Første frist er {firstDue}.",
    en: "Welcome as {position}! In Lederløp you find your introduction path: greeting the rådmann, the development unit's Lean training, the book «Dette er Lean» and more. Your first due date is {firstDue}.",
  },
  "email.welcome.action": {
    nb: "Logg inn i Lederløp",
    nn: "Logg inn i Lederløp",
    en: "Sign in to Lederløp",
  },
  "email.welcome.how": {
    nb: "Logg inn med e-postadressen din; du får en lenke i e-post.",
    nn: "Logg inn med e-postadressa di; du får ei lenkje på e-post.",
    en: "Sign in with your email address; you get a link by email.",
  },
  "email.reminder.before.subject": {
    nb: "Påminnelse: «{step}» har frist {date}",
    nn: "Påminning: «{step}» har frist {date}",
    en: "Reminder: «{step}» is due {date}",
  },
  "email.reminder.due.subject": {
    nb: "Frist i dag: «{step}»",
    nn: "Frist i dag: «{step}»",
    en: "Due today: «{step}»",
  },
  "email.reminder.overdue.subject": {
    nb: "Forfalt: «{step}» (frist {date})",
    nn: "På overtid: «{step}» (frist {date})",
    en: "Overdue: «{step}» (due {date})",
  },
  "email.reminder.escalation.subject": {
    nb: "{leader} ligger etter: «{step}»",
    nn: "{leader} ligg etter: «{step}»",
    en: "{leader} is behind: «{step}»",
  },
  "email.reminder.before.own": {
    nb: "Steget «{step}» i introduksjonsløpet ditt har frist {date}, om {days, plural, one {# dag} other {# dager}}.",
    nn: "Steget «{step}» i introduksjonsløpet ditt har frist {date}, om {days, plural, one {# dag} other {# dagar}}.",
    en: "The step «{step}» in your introduction path is due {date}, in {days, plural, one {# day} other {# days}}.",
  },
  "email.reminder.before.other": {
    nb: "Steget «{step}» for {leader} har frist {date}, om {days, plural, one {# dag} other {# dager}}. Det er ditt å gjøre.",
    nn: "Steget «{step}» for {leader} har frist {date}, om {days, plural, one {# dag} other {# dagar}}. Det er ditt å gjere.",
    en: "The step «{step}» for {leader} is due {date}, in {days, plural, one {# day} other {# days}}. It is yours to do.",
  },
  "email.reminder.due.own": {
    nb: "Steget «{step}» i introduksjonsløpet ditt har frist i dag.",
    nn: "Fristen for steget «{step}» i introduksjonsløpet ditt er i dag.",
    en: "The step «{step}» in your introduction path is due today.",
  },
  "email.reminder.due.other": {
    nb: "Steget «{step}» for {leader} har frist i dag. Det er ditt å gjøre.",
    nn: "Steget «{step}» for {leader} har frist i dag. Det er ditt å gjere.",
    en: "The step «{step}» for {leader} is due today. It is yours to do.",
  },
  "email.reminder.overdue.own": {
    nb: "Steget «{step}» i introduksjonsløpet ditt hadde frist {date} og er {days, plural, one {# dag} other {# dager}} på overtid.",
    nn: "Steget «{step}» i introduksjonsløpet ditt hadde frist {date} og er {days, plural, one {# dag} other {# dagar}} på overtid.",
    en: "The step «{step}» in your introduction path was due {date} and is {days, plural, one {# day} other {# days}} overdue.",
  },
  "email.reminder.overdue.other": {
    nb: "Steget «{step}» for {leader} hadde frist {date} og er {days, plural, one {# dag} other {# dager}} på overtid. Det er ditt å gjøre.",
    nn: "Steget «{step}» for {leader} hadde frist {date} og er {days, plural, one {# dag} other {# dagar}} på overtid. Det er ditt å gjere.",
    en: "The step «{step}» for {leader} was due {date} and is {days, plural, one {# day} other {# days}} overdue. It is yours to do.",
  },
  "email.reminder.escalation.body": {
    nb: "Steget «{step}» for {leader} hadde frist {date} og er {days, plural, one {# dag} other {# dager}} på overtid. Som tjenesteområdeleder får du beskjed slik at du kan følge opp.",
    nn: "Steget «{step}» for {leader} hadde frist {date} og er {days, plural, one {# dag} other {# dagar}} på overtid. Som tenesteområdeleiar får du beskjed, slik at du kan følgje opp.",
    en: "The step «{step}» for {leader} was due {date} and is {days, plural, one {# day} other {# days}} overdue. As service-area leader you are told so you can follow up.",
  },
  "email.reminder.before.unit": {
    nb: "«{step}» i {leader} har frist {date}, om {days, plural, one {# dag} other {# dager}}. Det er ditt å gjøre.",
    nn: "«{step}» i {leader} har frist {date}, om {days, plural, one {# dag} other {# dagar}}. Det er ditt å gjere.",
    en: "«{step}» in {leader} is due on {date}, in {days, plural, one {# day} other {# days}}. It is yours to do.",
  },
  "email.reminder.due.unit": {
    nb: "«{step}» i {leader} har frist i dag. Det er ditt å gjøre.",
    nn: "«{step}» i {leader} har frist i dag. Det er ditt å gjere.",
    en: "«{step}» in {leader} is due today. It is yours to do.",
  },
  "email.reminder.overdue.unit": {
    nb: "«{step}» i {leader} hadde frist {date} og er {days, plural, one {# dag} other {# dager}} på overtid. Det er ditt å gjøre.",
    nn: "«{step}» i {leader} hadde frist {date} og er {days, plural, one {# dag} other {# dagar}} på overtid. Det er ditt å gjere.",
    en: "«{step}» in {leader} was due on {date} and is {days, plural, one {# day} other {# days}} overdue. It is yours to do.",
  },
  "email.reminder.escalation.unit": {
    nb: "«{step}» i {leader} hadde frist {date} og er {days, plural, one {# dag} other {# dager}} på overtid. Du får beskjed slik at du kan følge opp.",
    nn: "«{step}» i {leader} hadde frist {date} og er {days, plural, one {# dag} other {# dagar}} på overtid. Du får melding slik at du kan følgje opp.",
    en: "«{step}» in {leader} was due on {date} and is {days, plural, one {# day} other {# days}} overdue. You are told so that you can follow it up.",
  },
  "email.reminder.action.unit": {
    nb: "Åpne enhetens side",
    nn: "Opne sida til eininga",
    en: "Open the unit's page",
  },
  "email.reminder.action.own": {
    nb: "Åpne Mitt løp",
    nn: "Opne Løpet mitt",
    en: "Open My path",
  },
  "email.reminder.action.other": {
    nb: "Åpne lederens side",
    nn: "Opne sida til leiaren",
    en: "Open the leader's page",
  },
  "email.reminder.settings": {
    nb: "Du kan velge én daglig oppsummering i stedet for enkeltpåminnelser på profilsiden din i Lederløp.",
    nn: "Du kan velje éi dagleg oppsummering i staden for enkeltpåminningar på profilsida di i Lederløp.",
    en: "On your profile page in Lederløp you can choose one daily summary instead of single reminders.",
  },
  "email.digest.tol.subject": {
    nb: "Ukeoversikt for {area}",
    nn: "Vekeoversikt for {area}",
    en: "Weekly overview for {area}",
  },
  "email.digest.tol.intro": {
    nb: "Her er ukens oversikt over introduksjonsløpene i {area}.",
    nn: "Her er vekeoversikta over introduksjonsløpa i {area}.",
    en: "Here is this week's overview of the introduction paths in {area}.",
  },
  "email.digest.tol.behind": {
    nb: "Ligger etter:",
    nn: "Ligg etter:",
    en: "Behind:",
  },
  "email.digest.tol.behindLine": {
    nb: "{leader} – {count, plural, one {# forfalt steg} other {# forfalte steg}}",
    nn: "{leader} – {count, plural, one {# steg på overtid} other {# steg på overtid}}",
    en: "{leader} – {count, plural, one {# overdue step} other {# overdue steps}}",
  },
  "email.digest.tol.fellOverdue": {
    nb: "Forfalt siste uke:",
    nn: "Kom på overtid den siste veka:",
    en: "Fell overdue last week:",
  },
  "email.digest.tol.unitDuties": {
    nb: "Enhetenes oppgaver på overtid",
    nn: "Oppgåver i einingane på overtid",
    en: "Units' duties overdue",
  },
  "email.digest.tol.completed": {
    nb: "Fullført siste uke:",
    nn: "Fullført den siste veka:",
    en: "Completed last week:",
  },
  "email.digest.tol.action": {
    nb: "Åpne beredskapen",
    nn: "Opne beredskapen",
    en: "Open readiness",
  },
  "email.digest.hr.subject": {
    nb: "HR: {count, plural, one {# åpent steg} other {# åpne steg}} med frist",
    nn: "HR: {count, plural, one {# ope steg} other {# opne steg}} med frist",
    en: "HR: {count, plural, one {# open step} other {# open steps}} with due dates",
  },
  "email.digest.hr.intro": {
    nb: "Dette er HRs åpne steg som har forfalt eller har frist de neste 14 dagene (for eksempel Lean-forpliktelsen i ansettelsesdokumentet):",
    nn: "Dette er dei opne stega til HR som er på overtid eller har frist dei neste 14 dagane (til dømes Lean-forpliktinga i tilsetjingsdokumentet):",
    en: "These are HR's open steps that are overdue or due in the next 14 days (for example the Lean clause in the employment document):",
  },
  "email.digest.daily.subject": {
    nb: "Dagens steg i Lederløp ({count})",
    nn: "Stega dine i Lederløp i dag ({count})",
    en: "Today's steps in Lederløp ({count})",
  },
  "email.digest.daily.intro": {
    nb: "Dette er stegene dine som har påminnelse i dag:",
    nn: "Dette er stega dine som har påminning i dag:",
    en: "These are your steps with a reminder today:",
  },
  "email.digest.overdueSince": {
    nb: "forfalt {date}",
    nn: "på overtid sidan {date}",
    en: "overdue since {date}",
  },
  "email.digest.dueOn": {
    nb: "frist {date}",
    nn: "frist {date}",
    en: "due {date}",
  },
  "email.digest.action": {
    nb: "Åpne Lederløp",
    nn: "Opne Lederløp",
    en: "Open Lederløp",
  },
  "email.session.confirmed.subject": {
    nb: "Påmeldt: {title}, {when}",
    nn: "Påmeldt: {title}, {when}",
    en: "Signed up: {title}, {when}",
  },
  "email.session.confirmed.body": {
    nb: "Du er påmeldt «{title}» {when}, {location}. Invitasjonen ligger ved, så du kan legge den i kalenderen.",
    nn: "Du er påmeldt «{title}» {when}, {location}. Invitasjonen ligg ved, så du kan leggje han i kalenderen.",
    en: "You are signed up for «{title}» {when}, {location}. The invitation is attached so you can add it to your calendar.",
  },
  "email.session.waitlist.subject": {
    nb: "Venteliste: {title}, {when}",
    nn: "Venteliste: {title}, {when}",
    en: "Waiting list: {title}, {when}",
  },
  "email.session.waitlist.body": {
    nb: "«{title}» {when} er full, så du står på ventelisten. Du får e-post med invitasjon hvis det blir ledig plass.",
    nn: "«{title}» {when} er full, så du står på ventelista. Du får e-post med invitasjon viss det blir ledig plass.",
    en: "«{title}» {when} is full, so you are on the waiting list. You get an email with an invitation if a place becomes free.",
  },
  "email.session.promoted.subject": {
    nb: "Du har fått plass: {title}, {when}",
    nn: "Du har fått plass: {title}, {when}",
    en: "You have a place: {title}, {when}",
  },
  "email.session.promoted.body": {
    nb: "Det ble ledig plass, og du er nå påmeldt «{title}» {when}, {location}.",
    nn: "Det vart ledig plass, og du er no påmeldt «{title}» {when}, {location}.",
    en: "A place became free, and you are now signed up for «{title}» {when}, {location}.",
  },
  "email.session.changed.subject": {
    nb: "Endret: {title}, {when}",
    nn: "Endra: {title}, {when}",
    en: "Changed: {title}, {when}",
  },
  "email.session.changed.body": {
    nb: "«{title}» er endret. Nytt tidspunkt og sted: {when}, {location}.",
    nn: "«{title}» er endra. Nytt tidspunkt og stad: {when}, {location}.",
    en: "«{title}» has changed. New time and place: {when}, {location}.",
  },
  "email.session.cancelled.subject": {
    nb: "Avmeldt: {title}, {when}",
    nn: "Avmeldt: {title}, {when}",
    en: "Cancelled sign-up: {title}, {when}",
  },
  "email.session.cancelled.body": {
    nb: "Du er meldt av «{title}» {when}. Avtalen fjernes fra kalenderen din.",
    nn: "Du er meldt av «{title}» {when}. Avtalen blir fjerna frå kalenderen din.",
    en: "You are no longer signed up for «{title}» {when}. The event is removed from your calendar.",
  },
  "email.session.session_cancelled.subject": {
    nb: "Avlyst: {title}, {when}",
    nn: "Avlyst: {title}, {when}",
    en: "Cancelled: {title}, {when}",
  },
  "email.session.session_cancelled.body": {
    nb: "«{title}» {when} er avlyst. Avtalen fjernes fra kalenderen din. Meld deg gjerne på en annen dato.",
    nn: "«{title}» {when} er avlyst. Avtalen blir fjerna frå kalenderen din. Meld deg gjerne på ein annan dato.",
    en: "«{title}» {when} is cancelled. The event is removed from your calendar. Please sign up for another date.",
  },
  "email.session.action": {
    nb: "Se kurset i Lederløp",
    nn: "Sjå kurset i Lederløp",
    en: "See the session in Lederløp",
  },
  "email.session.calendar": {
    nb: "Kalenderinvitasjonen (.ics) ligger ved.",
    nn: "Kalenderinvitasjonen (.ics) ligg ved.",
    en: "The calendar invitation (.ics) is attached.",
  },
} satisfies Catalog;
