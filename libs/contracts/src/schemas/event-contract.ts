import type { CustomerEventType } from '../customer.events.js';
import type { Fields } from './field.js';

/** The published description of one version of one event type: what its data holds and means. */
export type EventContract<Type extends CustomerEventType = CustomerEventType, F extends Fields = Fields> = Readonly<{
  type: Type;
  version: number;
  /** One sentence: what happened in the world when this event is recorded. */
  summary: string;
  /** What changed from the previous version and how stored events of that version are read (upcast). */
  changes?: string;
  fields: F;
}>;

export const eventContract = <const Type extends CustomerEventType, const F extends Fields>(
  contract: EventContract<Type, F>,
): EventContract<Type, F> => contract;
