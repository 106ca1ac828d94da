import { LessonImage } from '../authoring/images/lesson-image.entity.js';
import { ModuleDraft } from '../authoring/module-draft.entity.js';
import { Attempt } from '../assessments/attempt.entity.js';
import { Invitation } from '../auth/invitation.entity.js';
import { AccountToken } from '../auth/account-token.entity.js';
import { Session } from '../auth/session.entity.js';
import { Certificate } from '../certificates/certificate.entity.js';
import { IssuerKeyRecord } from '../certificates/issuer-key.entity.js';
import { Enrolment } from '../learning/enrolment.entity.js';
import { LessonRead } from '../learning/lesson-read.entity.js';
import { AppliedOperation } from '../learning/applied-operation.entity.js';
import { Lesson } from '../catalogue/entities/lesson.entity.js';
import { ModuleVersionCompetency } from '../catalogue/entities/module-version-competency.entity.js';
import { ModuleVersion } from '../catalogue/entities/module-version.entity.js';
import { Module } from '../catalogue/entities/module.entity.js';
import { Question } from '../catalogue/entities/question.entity.js';
import { CohortMember, CohortModule, CohortTrainer } from '../cohorts/cohort-links.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Competency } from '../competencies/competency.entity.js';
import { Membership } from '../organisations/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Programme, ProgrammeModule } from '../programmes/programme.entity.js';
import { User } from '../users/user.entity.js';
import { ChildConsent } from '../children/child-consent.entity.js';
import { ClassCode } from '../children/class-code.entity.js';
import { ModuleFeedback } from '../children/module-feedback.entity.js';
import { CountrySetting } from '../countries/country-setting.entity.js';
import { OrganisationLessonNote } from '../countries/organisation-lesson-note.entity.js';

/** Every entity of every feature: the app and the migration generator both read this list. */
export const entities: Function[] = [
  LessonImage,
  Competency,
  Module,
  ModuleVersion,
  ModuleVersionCompetency,
  Lesson,
  Question,
  User,
  Organisation,
  Membership,
  Session,
  AccountToken,
  Enrolment,
  LessonRead,
  AppliedOperation,
  Attempt,
  Certificate,
  IssuerKeyRecord,
  Cohort,
  CohortModule,
  CohortMember,
  CohortTrainer,
  Invitation,
  Programme,
  ProgrammeModule,
  ClassCode,
  ChildConsent,
  ModuleFeedback,
  ModuleDraft,
  CountrySetting,
  OrganisationLessonNote,
];
