import { ApiProperty } from '@nestjs/swagger';
import { SEGMENTS } from '@concord/contracts';
import { CHURN_BANDS, CHURN_FACTORS } from '@concord/read-models';

export class TopFactorDto {
  @ApiProperty({ enum: CHURN_FACTORS })
  factor!: string;

  @ApiProperty({ description: 'Points this factor adds, one decimal.' })
  contribution!: number;
}

export class ChurnFactorDto extends TopFactorDto {
  @ApiProperty({ description: 'One sentence a relationship manager can read out.' })
  detail!: string;
}

/** Ids and segments only: no names or contacts (analysts read it). */
export class ChurnRiskItemDto {
  @ApiProperty()
  customerId!: string;

  @ApiProperty({ description: '0–100, one decimal.' })
  score!: number;

  @ApiProperty({ enum: CHURN_BANDS })
  band!: string;

  @ApiProperty({ enum: SEGMENTS, nullable: true })
  segment!: string | null;

  @ApiProperty()
  relationshipManagerId!: string;

  @ApiProperty({ type: [TopFactorDto], description: 'The largest non-zero contributions, at most 3.' })
  topFactors!: TopFactorDto[];
}

export class ChurnRiskPageDto {
  @ApiProperty({ type: [ChurnRiskItemDto], description: 'Highest score first, ties by customerId.' })
  items!: ChurnRiskItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last.' })
  nextCursor!: string | null;
}

export class ChurnRiskDetailDto {
  @ApiProperty()
  customerId!: string;

  @ApiProperty()
  score!: number;

  @ApiProperty({ enum: CHURN_BANDS })
  band!: string;

  @ApiProperty({ example: 'churn-v1' })
  modelVersion!: string;

  @ApiProperty({ format: 'date-time', description: 'The instant the score describes (now).' })
  asOf!: string;

  @ApiProperty({ type: [ChurnFactorDto], description: 'Every factor of the model, zeros included (PIPL Art. 24).' })
  factors!: ChurnFactorDto[];
}
