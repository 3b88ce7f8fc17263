import { createHash, randomBytes } from "node:crypto";

/** 256 bits from the OS CSPRNG, URL-safe. */
export const newToken = () => randomBytes(32).toString("base64url");

/** Tokens and session ids are stored only as this hash, so a database leak signs nobody in. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
