import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n/catalog";
import { safeNext } from "~/utils/auth.server";
import { badRequest, notFound } from "~/utils/http.server";
import { localeCookie } from "~/utils/session.server";

export async function loader() {
  throw notFound();
}

/** Sets the reader's language (a cookie, so it works before sign-in) and goes back. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  if (!isLocale(locale)) throw badRequest();
  return redirect(safeNext(String(form.get("back") ?? "")) ?? "/", {
    headers: { "Set-Cookie": await localeCookie.serialize(locale) },
  });
}
