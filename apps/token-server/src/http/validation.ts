import type { z } from '@hono/zod-openapi';
import { HttpError, ServerErrorCode, validationError } from './errors.js';

/** `path: message` for every issue, e.g. `uid: Too big: expected number to be <=4294967295`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}

/** The hook @hono/zod-openapi calls after validating: a failure becomes our 400 JSON error. */
export function validationHook(result: { success: boolean; error?: z.ZodError }): void {
  if (!result.success && result.error) throw validationError(describeIssues(result.error));
}

/** Parses JSON text with a schema, for a route that must accept bodies sent without a JSON Content-Type. */
export function parseJsonText<T extends z.ZodType>(schema: T, text: string): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, ServerErrorCode.InvalidJson, 'the request body is not valid JSON');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(describeIssues(result.error));
  return result.data;
}
