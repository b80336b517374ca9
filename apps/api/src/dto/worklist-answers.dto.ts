import { ApiProperty } from '@nestjs/swagger';
import { OpenComplaintDto } from './customer-360-answer.dto.js';

export class WorklistItemDto extends OpenComplaintDto {
  @ApiProperty()
  customerId!: string;
}

export class WorklistPageDto {
  @ApiProperty({ type: [WorklistItemDto], description: 'Earliest due date first.' })
  items!: WorklistItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last.' })
  nextCursor!: string | null;
}
