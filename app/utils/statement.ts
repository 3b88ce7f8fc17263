import { createContext, useContext } from "react";

/**
 * The accessibility statement every footer links to: ACCESSIBILITY_STATEMENT_URL, or null for
 * /tilgjengelighet. entry.server provides it, so an error page the root loader never ran for (a
 * 404, a failed root) links the same statement; the browser reads it back from Layout's meta tag.
 */
export const StatementContext = createContext<string | null>(null);
export const useStatementUrl = () => useContext(StatementContext);
export const STATEMENT_META = "lederlop-statement";
