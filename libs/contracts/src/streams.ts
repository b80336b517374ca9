/** One stream per customer; EventStoreDB's `$ce-customer` category projection then works as is. */
export const CUSTOMER_STREAM_PREFIX = 'customer-';

export const customerStream = (customerId: string): string => `${CUSTOMER_STREAM_PREFIX}${customerId}`;
