import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n/locales";
import { safeNext } from "~/server/user.server";
import { notFound, readForm } from "~/server/http.server";
import { localeCookie } from "~/server/cookies.server";

export async function loader() {
  throw notFound();
}

/** Sets the reader's language (a cookie, so it works before sign-in) and goes back. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const locale = form.get("locale");
  const back = safeNext(String(form.get("back") ?? "")) ?? "/";
  // An unknown language changes nothing; the reader just goes back.
  if (!isLocale(locale)) return redirect(back);
  return redirect(back, { headers: { "Set-Cookie": await localeCookie().serialize(locale) } });
}

// No page of its own, but a component makes a refused request render the app's error page.
export default function Language() {
  return null;
}
