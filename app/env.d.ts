/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

declare module "@remix-run/server-runtime" {
  interface AppLoadContext {
    /** Set by server.js: this response's CSP nonce, and the client address (see TRUST_PROXY). */
    cspNonce?: string;
    clientIp?: string | null;
  }
}
