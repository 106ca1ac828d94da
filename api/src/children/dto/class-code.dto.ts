import { ApiProperty } from '@nestjs/swagger';

export class ClassCodeDto {
  @ApiProperty({ example: 'K7P-4XZ', description: 'Grouped by three, as children type it' }) code: string;
  @ApiProperty() cohortId: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() expiresAt: string;
  @ApiProperty({ description: 'Past its expiry: children can no longer join with it' }) expired: boolean;
}
