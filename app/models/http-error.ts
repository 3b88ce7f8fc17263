/** Thrown by models when the asker may not see (404) or do (403) something; routes turn it into a response. */
export class HttpError extends Error {
  constructor(readonly status: 400 | 403 | 404 | 409) {
    super(`HTTP ${status}`);
  }
}
