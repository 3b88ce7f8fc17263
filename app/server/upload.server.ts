import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import type { MessageKey } from "~/i18n/catalog";
import { decodeUpload } from "~/models/import.server";
import { MAX_IMPORT_BYTES } from "~/validation/import";
import { badRequest, formObject } from "./http.server";
import { boundedRequest } from "./limits.server";

export type CsvUpload = { values: Record<string, unknown>; text: string } | { values: Record<string, unknown>; text: null; error: MessageKey };

/**
 * A multipart form carrying a CSV file in the field `fil` («Importer ledere», «Synk fra HR»), read
 * in memory with a cap on the body and on the file: the other fields, and the file's text or the
 * message for the file field.
 */
export async function readCsvUpload(request: Request): Promise<CsvUpload> {
  const bounded = await boundedRequest(request);
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(bounded, unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMPORT_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { values: {}, text: null, error: "import.error.tooBig" };
    // Any other broken upload (bad multipart, a part without a name) is the client's error.
    throw badRequest();
  }
  const values = formObject(form);
  const file = form.get("fil");
  if (!(file instanceof Blob) || file.size === 0) return { values, text: null, error: "import.error.noFile" };
  const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
  return decoded.ok ? { values, text: decoded.text } : { values, text: null, error: decoded.key };
}
