/** A SCIM error body (RFC 7644 §3.12): what a SCIM client reads instead of a page. */
export const scimErrorBody = (status: number, detail: string, scimType?: string) =>
  JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: String(status), ...(scimType ? { scimType } : {}), detail });

export const SCIM_CONTENT_TYPE = "application/scim+json; charset=utf-8";
