import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { UsersModule } from '../users/users.module.js';
import { ChildAccountsService } from './child-accounts.service.js';
import { ChildDataService } from './child-data.service.js';
import { ChildGroupPdfService } from './child-group-pdf.service.js';
import { ChildGroupsController } from './child-groups.controller.js';
import { ChildThrottleService } from './child-throttle.service.js';
import { ChildrenController } from './children.controller.js';
import { ClassCodesService } from './class-codes.service.js';
import { ConsentsService } from './consents.service.js';
import { FeedbackController } from './feedback.controller.js';
import { FeedbackService } from './feedback.service.js';
import { OrganisationChildrenController } from './organisation-children.controller.js';

@Module({
  imports: [AuthModule, UsersModule, CohortsModule],
  controllers: [ChildrenController, ChildGroupsController, OrganisationChildrenController, FeedbackController],
  providers: [ChildAccountsService, ChildDataService, ChildGroupPdfService, ChildThrottleService, ClassCodesService, ConsentsService, FeedbackService],
  exports: [ClassCodesService],
})
export class ChildrenModule {}
