/** What middleware leaves on the context for later handlers. */
export interface AppEnv {
  Variables: {
    requestId: string;
    clientAddress: string;
  };
}
