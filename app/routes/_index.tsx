import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getUser, homeFor } from "~/server/user.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  throw redirect(user ? homeFor(user) : "/logg-inn");
}
