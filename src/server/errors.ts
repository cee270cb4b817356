// Errors the API answers with. Each has a code the app understands and plain words; nothing about
// the server's insides (no stack, no SQL) ever reaches the response.
import { safeParse, type $ZodType, type output } from 'zod/v4/core';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message = 'This request was not understood.',
  ) {
    super(message);
  }
}

export const badRequest = () => new HttpError(400, 'bad_request');
export const unauthorised = () =>
  new HttpError(401, 'signed_out', 'Please sign in to save your work to the server.');
export const forbidden = () => new HttpError(403, 'forbidden', 'This is not yours to change.');

/**
 * Checks input against a schema; anything else is a 400 with no detail about why. Any zod 4
 * schema: the shared ones are zod/mini (small for the app), the server's own are zod.
 */
export function validate<T extends $ZodType>(schema: T, value: unknown): output<T> {
  const result = safeParse(schema, value);
  if (!result.success) throw badRequest();
  return result.data;
}
