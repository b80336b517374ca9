import { InvalidQueryParameter } from './invalid-query-parameter.error.js';

/** An optional parameter from a closed vocabulary (band, segment…); anything else is a 400, not an empty list. */
export const parseOneOf = <Value extends string>(
  parameter: string,
  raw: string | undefined,
  allowed: readonly Value[],
): Value | undefined => {
  if (raw === undefined || raw === '') return undefined;
  const value = allowed.find((candidate) => candidate === raw);
  if (value === undefined) throw new InvalidQueryParameter(parameter, `"${raw}" is not one of ${allowed.join(', ')}`);
  return value;
};

/** An optional `true`/`false` flag; other spellings are rejected rather than read as false. */
export const parseFlag = (parameter: string, raw: string | undefined): boolean | undefined => {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new InvalidQueryParameter(parameter, `"${raw}" is neither true nor false`);
};
