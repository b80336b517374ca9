/**
 * The id of something unique only within its customer (a complaint, a survey response): both parts URI-encoded,
 * so `a:b` + `c` and `a` + `b:c` cannot collide, while ordinary ids (`c-1:complaint-1`) stay readable in MongoDB.
 */
export const customerScopedId = (customerId: string, id: string): string =>
  `${encodeURIComponent(customerId)}:${encodeURIComponent(id)}`;
