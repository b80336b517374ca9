import type { CustomerEventType } from '../customer.events.js';
import type { EventContract } from './event-contract.js';
import { complaintDeadlineExtendedV1 } from './events/complaint-deadline-extended.contract.js';
import { complaintResolvedV1 } from './events/complaint-resolved.contract.js';
import { customerClassifiedV1 } from './events/customer-classified.contract.js';
import { customerComplainedV1 } from './events/customer-complained.contract.js';
import { customerContactedV1, customerContactedV2 } from './events/customer-contacted.contract.js';
import { customerRegisteredV1 } from './events/customer-registered.contract.js';
import { customerSurveyedV1 } from './events/customer-surveyed.contract.js';
import { relationshipEndedV1 } from './events/relationship-ended.contract.js';
import { relationshipResumedV1 } from './events/relationship-resumed.contract.js';

/** Every published version of every event type, oldest first: entry `i` is version `i + 1`, the last is current. */
export const EVENT_CONTRACTS = {
  CustomerRegistered: [customerRegisteredV1],
  CustomerContacted: [customerContactedV1, customerContactedV2],
  CustomerClassified: [customerClassifiedV1],
  CustomerComplained: [customerComplainedV1],
  ComplaintDeadlineExtended: [complaintDeadlineExtendedV1],
  ComplaintResolved: [complaintResolvedV1],
  CustomerSurveyed: [customerSurveyedV1],
  RelationshipEnded: [relationshipEndedV1],
  RelationshipResumed: [relationshipResumedV1],
} as const satisfies { readonly [T in CustomerEventType]: readonly EventContract<T>[] };

/** Every contract, in catalogue order (type by type, oldest version first). */
export const allEventContracts = (): readonly EventContract[] => Object.values(EVENT_CONTRACTS).flat();

export const currentEventContract = (type: CustomerEventType): EventContract =>
  EVENT_CONTRACTS[type][EVENT_CONTRACTS[type].length - 1] as EventContract;
