import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { scimError, scimRequest } from "~/server/scim.server";

// Anything else under /scim/v2 (Groups, Bulk, Me): a SCIM 404, not the app's HTML page.

const notHere = (request: Request) => scimError(404, `${new URL(request.url).pathname.slice(0, 200)} is not provided by Lederløp (Users only).`);

export async function loader({ request, context }: LoaderFunctionArgs) {
  return scimRequest(request, context, async () => notHere(request));
}

export async function action({ request, context }: ActionFunctionArgs) {
  return scimRequest(request, context, async () => notHere(request));
}
