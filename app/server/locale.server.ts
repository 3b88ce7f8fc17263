import { isLocale, type Locale } from "~/i18n/catalog";
import { defaultLocale } from "~/utils/env.server";
import { localeCookie } from "./cookies.server";

/** The reader's language: their choice (cookie), else the installation's default (DEFAULT_LOCALE, bokmål unless set). */
export async function getLocale(request: Request): Promise<Locale> {
  const value = await localeCookie().parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : defaultLocale();
}
