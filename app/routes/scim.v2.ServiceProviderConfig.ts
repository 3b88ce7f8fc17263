import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { discovery, scimError, scimRequest } from "~/server/scim.server";

// SCIM /ServiceProviderConfig: what this endpoint supports (PATCH and filter, no bulk, sort or ETag).

export async function loader({ request, context }: LoaderFunctionArgs) {
  return scimRequest(request, context, () => discovery("ServiceProviderConfig"));
}

export async function action({ request, context }: ActionFunctionArgs) {
  return scimRequest(request, context, async () => scimError(405, "Discovery resources are read-only.", undefined, { Allow: "GET" }));
}
