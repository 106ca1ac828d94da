import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, MaxLength, MinLength } from 'class-validator';
import { CompetencyRefDto } from '../../catalogue/dto/module.dto.js';
import { Trim } from '../../common/validation/trim.decorator.js';

export const CERTIFICATE_STATUSES = ['valid', 'expired', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const CERTIFICATE_KINDS = ['module', 'programme'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export class MyCertificateDto {
  @ApiProperty({ example: '7KQM-3XPD-9RTA' }) code: string;
  @ApiProperty({ enum: CERTIFICATE_KINDS, description: 'A module certificate, or a programme (certification track) certificate' })
  kind: CertificateKind;
  @ApiProperty({ description: "The module's slug, or the programme's" }) moduleSlug: string;
  @ApiProperty({ description: "The module's title, or the programme's" }) moduleTitle: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Module version; null for a programme' }) version: number | null;
  @ApiProperty() issuedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) expiresAt: string | null;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status: CertificateStatus;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why it was revoked (told to its holder)' }) revokedReason: string | null;
  @ApiProperty({ description: 'Public page anyone can open to check the certificate' }) verificationUrl: string;
}

export class MyCertificateListDto {
  @ApiProperty({ type: [MyCertificateDto] }) items: MyCertificateDto[];
}

export class IssuerDto {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The DID that signs credentials' }) id: string;
  @ApiProperty() url: string;
}

export class CertificateVerificationDto {
  @ApiProperty() code: string;
  @ApiProperty({ enum: CERTIFICATE_KINDS }) kind: CertificateKind;
  @ApiProperty() holderName: string;
  @ApiProperty({ description: "The module's title, or the programme's" }) moduleTitle: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Module version; null for a programme' }) version: number | null;
  @ApiPropertyOptional({ type: [String], nullable: true, description: "A programme's modules, in order" }) programmeModules: string[] | null;
  @ApiProperty({ type: [CompetencyRefDto] }) competencies: CompetencyRefDto[];
  @ApiProperty() issuedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: IssuerDto }) issuer: IssuerDto;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status: CertificateStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) revokedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) revokedReason: string | null;
  @ApiProperty({ description: 'The stored signed credential passed signature verification' }) signatureValid: boolean;
}

export class CredentialCheckRequestDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'A credential file (JSON) as downloaded' })
  @IsObject()
  credential: Record<string, unknown>;
}

export class CredentialCheckDto {
  @ApiProperty() signatureValid: boolean;
  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'null when the status could not be checked' }) revoked: boolean | null;
  @ApiProperty() expired: boolean;
  @ApiProperty({ description: 'Signed by this Clef platform (the signature is valid and is this platform’s)' }) issuedByThisPlatform: boolean;
  @ApiProperty({ description: 'The file names this platform as its issuer, whether or not its signature holds' }) namesThisPlatform: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The issuer DID; null unless the signature is valid' }) issuer: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null unless the signature is valid: a forged name is never given back' })
  holderName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null unless the signature is valid' }) achievementName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null unless the signature is valid' }) validFrom: string | null;
  @ApiProperty({ type: [String] }) errors: string[];
}

export class RevokeCertificateDto {
  @ApiProperty({ minLength: 3, maxLength: 500 })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
