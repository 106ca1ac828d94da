import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConsentDto } from './child.dto.js';

export class ChildExportAccountDto {
  @ApiProperty() id: string;
  @ApiProperty() accountKind: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) ageBand: string | null;
  @ApiProperty() secretKind: string;
  @ApiProperty() preferredLanguage: string;
  @ApiProperty() failedSecretAttempts: number;
  @ApiPropertyOptional({ type: String, nullable: true }) lockedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lastActiveAt: string | null;
  @ApiProperty() createdAt: string;
}

const rows = (description: string) => ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description });

/** Everything Clef holds about one child, except the hash of their secret. */
export class ChildExportDto {
  @ApiProperty() exportedAt: string;
  @ApiProperty({ type: ChildExportAccountDto }) account: ChildExportAccountDto;
  @ApiPropertyOptional({ type: ConsentDto, nullable: true }) consent: ConsentDto | null;
  @rows('Organisations and roles') memberships: Record<string, unknown>[];
  @rows('Groups (cohorts) and when the child was added') groups: Record<string, unknown>[];
  @rows('Enrolments on module versions with progress') enrolments: Record<string, unknown>[];
  @rows('Lessons read, by enrolment') lessonReads: Record<string, unknown>[];
  @rows('Assessment attempts with the answers given') attempts: Record<string, unknown>[];
  @rows('Certificates') certificates: Record<string, unknown>[];
  @rows('Open sessions (no token: only when they started and were last used)') sessions: Record<string, unknown>[];
}
