import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class MarkReadDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Made on the device for this lesson read; sent again on every retry, applied once' })
  @IsOptional()
  @IsUUID('all')
  opId?: string;
}
