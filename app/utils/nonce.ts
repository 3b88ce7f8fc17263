import { createContext, useContext } from "react";

/** The CSP nonce of this response (server only; browsers hide it from scripts, so the client has ""). */
export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
