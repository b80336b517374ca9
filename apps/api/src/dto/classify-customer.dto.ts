import {
  RISK_RATINGS,
  SEGMENTS,
  VALUE_TIERS,
  type RiskRating,
  type Segment,
  type ValueTier,
} from '@concord/contracts';
import { OneOf, TextField } from './field.decorators.js';

export class ClassifyCustomerDto {
  @OneOf(SEGMENTS)
  segment!: Segment;

  @OneOf(VALUE_TIERS, { optional: true })
  valueTier?: ValueTier;

  @OneOf(RISK_RATINGS, { optional: true })
  riskRating?: RiskRating;

  @TextField(500)
  reason!: string;
}
