import * as z from "zod/mini";

/** «Rekonstruer tidligere perioder»: the quarter to start from, as `2025-Q1`. */
export const reconstructSchema = z.object({
  intent: z.literal("reconstruct"),
  from: z.string().check(z.trim(), z.toUpperCase(), z.regex(/^(19|2\d)\d{2}-Q[1-4]$/, "periods.error.quarter")),
});
