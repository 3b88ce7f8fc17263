import * as z from "zod/mini";
import { idField, requiredText } from "./fields";

/** A new token's name: what the audit log calls the system using it («scim:entra»). */
export const tokenSchema = z.object({
  name: requiredText(60, 2),
});

/** Everything «Integrasjoner» posts: a new token, or revoking one. */
export const integrationActionSchema = z.discriminatedUnion("intent", [
  z.extend(tokenSchema, { intent: z.literal("create") }),
  z.object({ intent: z.literal("revoke"), tokenId: idField("validation.choice") }),
]);
