import { isLocale, type Locale } from "~/i18n/catalog";
import { localeCookie } from "./cookies.server";

/** The reader's language: their choice (cookie), else bokmål. */
export async function getLocale(request: Request): Promise<Locale> {
  const value = await localeCookie().parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : "nb";
}
