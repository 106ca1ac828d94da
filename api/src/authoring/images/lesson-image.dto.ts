import { ApiProperty } from '@nestjs/swagger';

export class LessonImageDto {
  @ApiProperty({ description: 'SHA-256 of the stored bytes' }) hash: string;
  @ApiProperty({ example: 'images/3f5a….webp', description: 'What a lesson writes: ![text alternative](ref)' }) ref: string;
  @ApiProperty({ example: '/api/images/3f5a….webp', description: 'Where Clef serves it' }) url: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
}
