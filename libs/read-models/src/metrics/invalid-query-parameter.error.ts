/**
 * A query parameter the read models cannot answer: an unknown groupBy dimension, a malformed cursor or time, a limit
 * out of range. The API maps it to 400 with `parameter` as the field; it is never a 500.
 */
export class InvalidQueryParameter extends Error {
  readonly code = 'QUERY.INVALID_PARAMETER';

  constructor(
    readonly parameter: string,
    readonly reason: string,
  ) {
    super(`${parameter}: ${reason}`);
    this.name = 'InvalidQueryParameter';
  }
}
