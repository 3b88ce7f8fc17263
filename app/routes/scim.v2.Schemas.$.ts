import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { discovery, scimError, scimRequest } from "~/server/scim.server";

// SCIM /Schemas and /Schemas/:id: read-only discovery, as SCIMMY describes what is declared.

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return scimRequest(request, context, () => discovery("Schemas", params["*"] || undefined));
}

export async function action({ request, context }: ActionFunctionArgs) {
  return scimRequest(request, context, async () => scimError(405, "Discovery resources are read-only.", undefined, { Allow: "GET" }));
}
