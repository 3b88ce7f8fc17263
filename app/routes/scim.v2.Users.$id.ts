import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { deprovisionUser, getProvisionedUser, patchProvisionedUser, replaceProvisionedUser } from "~/models/provisioning.server";
import { attributesOf, patchFromBody, scimError, scimJson, scimRequest, userFromBody, userId, userResource } from "~/server/scim.server";

// SCIM /Users/:id: read, replace (PUT), update (PATCH) and delete (= the person has left).

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return scimRequest(request, context, async () => {
    const user = await getProvisionedUser({ id: userId(params.id) });
    return scimJson(userResource(user, attributesOf(new URL(request.url))));
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  return scimRequest(request, context, async (token) => {
    const id = userId(params.id);
    switch (request.method) {
      case "PUT":
        return scimJson(userResource(await replaceProvisionedUser({ id, input: await userFromBody(request), token })));
      case "PATCH":
        return scimJson(userResource(await patchProvisionedUser({ id, patch: await patchFromBody(request), token })));
      case "DELETE":
        await deprovisionUser({ id, token });
        return new Response(null, { status: 204 });
      default:
        return scimError(405, `${request.method} is not supported on /Users/{id}.`, undefined, { Allow: "GET, PUT, PATCH, DELETE" });
    }
  });
}
