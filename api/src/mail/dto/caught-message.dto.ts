import { ApiProperty } from '@nestjs/swagger';

export class CaughtMessageDto {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty() from: string;
  @ApiProperty({ type: [String] }) to: string[];
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String], description: 'Every link in the text (verification, reset)' }) links: string[];
}
