// Every migration, oldest first. `npm run migration:generate -- <Name>` appends new ones here.
import { Init1764000000000 } from './1764000000000-Init.js';
import { Catalogue1795465773718 } from './1795465773718-Catalogue.js';
import { Accounts1795466530857 } from './1795466530857-Accounts.js';
import { Learning1795467039433 } from './1795467039433-Learning.js';
import { Certificates1795467234246 } from './1795467234246-Certificates.js';
import { EnrolmentRenewal1795468472165 } from './1795468472165-EnrolmentRenewal.js';
import { LearnerProfile1795468764203 } from './1795468764203-LearnerProfile.js';
import { Cohorts1795468917310 } from './1795468917310-Cohorts.js';
import { Invitations1795469083301 } from './1795469083301-Invitations.js';
import { SubmissionKeyPerAttempt1795469599383 } from './1795469599383-SubmissionKeyPerAttempt.js';
import { Programmes1795473289585 } from './1795473289585-Programmes.js';
import { ChildrenTrack1795473336137 } from './1795473336137-ChildrenTrack.js';
import { Authoring1795474980428 } from './1795474980428-Authoring.js';
import { ContentRevision1796676400212 } from './1796676400212-ContentRevision.js';
import { EmailVerification1796676414686 } from './1796676414686-EmailVerification.js';
import { ChildNoAdultRole1796676480932 } from './1796676480932-ChildNoAdultRole.js';
import { OrganisationInvitations1796676502139 } from './1796676502139-OrganisationInvitations.js';
import { OfflineOperations1796677109108 } from './1796677109108-OfflineOperations.js';
import { QuestionLesson1796677393926 } from './1796677393926-QuestionLesson.js';
import { LessonImages1796680600146 } from './1796680600146-LessonImages.js';
import { NationalSettings1796681085042 } from './1796681085042-NationalSettings.js';

export const migrations = [Init1764000000000, Catalogue1795465773718, Accounts1795466530857, Learning1795467039433, Certificates1795467234246, EnrolmentRenewal1795468472165, LearnerProfile1795468764203, Cohorts1795468917310, Invitations1795469083301, SubmissionKeyPerAttempt1795469599383, Programmes1795473289585, ChildrenTrack1795473336137, Authoring1795474980428, ContentRevision1796676400212, EmailVerification1796676414686, ChildNoAdultRole1796676480932, OrganisationInvitations1796676502139, OfflineOperations1796677109108, QuestionLesson1796677393926, LessonImages1796680600146, NationalSettings1796681085042];
