import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { listProvisionedUsers, provisionUser } from "~/models/provisioning.server";
import { listRequest, listResponse, scimError, scimRequest, userFromBody, userLocation, userResource, scimJson } from "~/server/scim.server";

// SCIM /Users: list (with `filter=userName eq "…"`) and create. See app/server/scim.server.ts.

export async function loader({ request, context }: LoaderFunctionArgs) {
  return scimRequest(request, context, async () => {
    const { query, startIndex, count, attributes } = listRequest(new URL(request.url));
    const { total, users } = query === null ? { total: 0, users: [] } : await listProvisionedUsers({ query, startIndex, count });
    return listResponse(users, { total, startIndex, attributes });
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return scimRequest(request, context, async (token) => {
    if (request.method !== "POST") return scimError(405, `${request.method} is not supported on /Users.`, undefined, { Allow: "GET, POST" });
    const user = await provisionUser({ input: await userFromBody(request), token });
    return scimJson(userResource(user), 201, { Location: userLocation(user) });
  });
}
