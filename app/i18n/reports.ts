// The reporting and bulk-import part of the message catalog (merged into catalog.ts).
export const reportsNb = {} as const;

export const reportsEn: Record<keyof typeof reportsNb, string> = {};
