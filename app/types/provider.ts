/** What a person is told when sign-in through the OpenID provider does not work. */
export type ProviderProblem = "not_registered" | "refused" | "unavailable";
