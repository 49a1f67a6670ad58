/** Reported by GET / and in the OpenAPI document; kept in step with package.json by a test. */
export const SERVER_VERSION = '0.1.0';
