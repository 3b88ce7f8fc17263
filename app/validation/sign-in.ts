import * as z from "zod/mini";
import { email } from "./fields";

export const signInSchema = z.object({ email });

/** «Logg inn med Microsoft»: only where to return afterwards (checked again by safeNext). */
export const providerSignInSchema = z.object({ neste: z.optional(z.string().check(z.maxLength(2000))) });
