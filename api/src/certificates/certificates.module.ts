import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';
import { IssuerController } from './issuer.controller.js';
import { IssuerService } from './issuer.service.js';

@Module({
  imports: [LearningModule],
  controllers: [CertificatesController, IssuerController],
  providers: [CertificatesService, IssuerService],
  exports: [CertificatesService],
})
export class CertificatesModule {}
