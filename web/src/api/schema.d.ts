// Generated from docs/openapi.json by `npm run api:generate`. Do not edit.
export interface paths {
    "/api/attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttemptsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{id}/answers/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["AttemptsController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AttemptsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CertificatesController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_credential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/{code}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CertificatesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompetenciesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credentials/status/1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IssuerController_statusList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LearningController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AttemptsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/lessons/{position}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LearningController_lesson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrolments/{id}/lessons/{position}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["LearningController_markRead"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LearningController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["MeController_changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CatalogueController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CatalogueController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{slug}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LearningController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/modules/{slug}/lessons/{position}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CatalogueController_lesson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_list"];
        put?: never;
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CohortsController_list"];
        put?: never;
        post: operations["CohortsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CohortsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/dashboard.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CohortsController_addMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_learner"];
        put?: never;
        post?: never;
        delete: operations["CohortsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CohortsController_importRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/roster/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CohortsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_members"];
        put?: never;
        post: operations["OrganisationsController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrganisationsController_removeMember"];
        options?: never;
        head?: never;
        patch: operations["OrganisationsController_changeRole"];
        trace?: never;
    };
    "/api/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            password: string;
            /** @description The token from the invitation link */
            token: string;
        };
        AddCohortMembersDto: {
            /** @description Members of the organisation */
            userIds: string[];
        };
        AddMemberDto: {
            /** @description Used when a new account is created */
            displayName: string;
            email: string;
            /** @enum {string} */
            role: "org_admin" | "trainer" | "trainee";
        };
        AddedCohortMembersDto: {
            added: number;
            /** @description Enrolments created in the cohort’s modules */
            enrolments: number;
        };
        AddedMemberDto: {
            /** @description A new account was created for this e-mail */
            created: boolean;
            /** @description Shown once: the link with which the new account chooses its password */
            invitationLink?: string | null;
            member: components["schemas"]["MemberDto"];
        };
        AnswerReviewDto: {
            /** @description What the learner answered, in words */
            answer: string;
            competency: string;
            correct: boolean;
            prompt: string;
        };
        AssessmentInfoDto: {
            /** @description Attempts allowed; 0 means unlimited */
            attemptsAllowed: number;
            /** @description Percentage of points needed to pass */
            passMark: number;
            /** @description Questions drawn per attempt */
            questionCount: number;
        };
        AttemptDto: {
            /** @description Saved answers by question id */
            answers: {
                [key: string]: unknown;
            };
            enrolmentId: string;
            id: string;
            moduleSlug: string;
            moduleTitle: string;
            number: number;
            questions: components["schemas"]["LearnerQuestionDto"][];
            result?: components["schemas"]["AttemptResultDto"] | null;
            /** @enum {string} */
            status: "in_progress" | "submitted";
        };
        AttemptResultDto: {
            /** @description 0 means unlimited */
            attemptsAllowed: number;
            attemptsUsed: number;
            correctAnswersShown: boolean;
            /** @description The module is now complete (a certificate is issued) */
            moduleCompleted: boolean;
            passMark: number;
            passed: boolean;
            pointsEarned: number;
            pointsPossible: number;
            questions: components["schemas"]["QuestionResultDto"][];
            scorePercent: number;
        };
        AttemptReviewDto: {
            answers: components["schemas"]["AnswerReviewDto"][];
            enrolmentId: string;
            moduleSlug: string;
            moduleTitle: string;
            number: number;
            passed: boolean;
            scorePercent: number;
            submittedAt: string;
        };
        CertificateVerificationDto: {
            code: string;
            competencies: components["schemas"]["CompetencyRefDto"][];
            expiresAt?: string | null;
            holderName: string;
            issuedAt: string;
            issuer: components["schemas"]["IssuerDto"];
            /** @enum {string} */
            kind: "module" | "programme";
            /** @description The module's title, or the programme's */
            moduleTitle: string;
            /** @description A programme's modules, in order */
            programmeModules?: string[] | null;
            revokedAt?: string | null;
            revokedReason?: string | null;
            /** @description The stored signed credential passed signature verification */
            signatureValid: boolean;
            /** @enum {string} */
            status: "valid" | "expired" | "revoked";
            /** @description Module version; null for a programme */
            version?: number | null;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChangeRoleDto: {
            /** @enum {string} */
            role: "org_admin" | "trainer" | "trainee";
        };
        ChoiceDto: {
            id: string;
            text: string;
        };
        CohortDashboardDto: {
            /** @description By gender; groups under 5 people are merged and never shown alone */
            byGender: components["schemas"]["GroupFiguresDto"][];
            /** @description By sector; groups under 5 people are merged and never shown alone */
            bySector: components["schemas"]["GroupFiguresDto"][];
            cohortId: string;
            competencies: components["schemas"]["CompetencyScoreDto"][];
            members: components["schemas"]["DashboardMemberPageDto"];
            modules: components["schemas"]["DashboardModuleDto"][];
            name: string;
            totals: components["schemas"]["DashboardTotalsDto"];
        };
        CohortDto: {
            endsOn?: string | null;
            id: string;
            memberCount: number;
            modules: components["schemas"]["CohortModuleDto"][];
            name: string;
            organisationId: string;
            programme?: components["schemas"]["CohortProgrammeDto"] | null;
            startsOn?: string | null;
            trainers: components["schemas"]["CohortPersonDto"][];
        };
        CohortModuleDto: {
            slug: string;
            title: string;
        };
        CohortPageDto: {
            items: components["schemas"]["CohortDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        CohortPersonDto: {
            displayName: string;
            userId: string;
        };
        CohortProgrammeDto: {
            slug: string;
            title: string;
        };
        CompetencyDto: {
            /** @example C2 */
            code: string;
            description: string;
            /** @description Observable indicators */
            indicators: string[];
            /** @description Published modules that build this competency */
            modules: components["schemas"]["CompetencyModuleDto"][];
            title: string;
        };
        CompetencyListDto: {
            items: components["schemas"]["CompetencyDto"][];
        };
        CompetencyModuleDto: {
            /** @enum {string} */
            audience: "professional" | "child";
            /** @example hearing-the-child */
            slug: string;
            title: string;
        };
        CompetencyRefDto: {
            /** @example C2 */
            code: string;
            title: string;
        };
        CompetencyScoreDto: {
            /** @description Answers given to questions evidencing this competency */
            answers: number;
            code: string;
            correct: number;
            /** @description correct / answers in percent; null without answers */
            share?: number | null;
            title: string;
        };
        CreateCohortDto: {
            /** @example 2027-03-31 */
            endsOn?: string;
            /** @description Slugs of published modules, in the order the cohort follows them (or give programmeSlug) */
            moduleSlugs?: string[];
            name: string;
            /** @description A programme: the cohort follows its modules and members earn its certificate (or give moduleSlugs) */
            programmeSlug?: string;
            /** @example 2026-12-01 */
            startsOn?: string;
            /** @description Trainers or admins of the organisation who run the cohort */
            trainerIds?: string[];
        };
        CreateOrganisationDto: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example SN
             */
            country?: string;
            /** @enum {string} */
            kind: "school" | "training_centre" | "association" | "network" | "public_institution";
            name: string;
        };
        CredentialCheckDto: {
            achievementName?: string | null;
            errors: string[];
            expired: boolean;
            holderName?: string | null;
            /** @description Signed by this Clef platform */
            issuedByThisPlatform: boolean;
            issuer?: string | null;
            /** @description null when the status could not be checked */
            revoked?: boolean | null;
            signatureValid: boolean;
            validFrom?: string | null;
        };
        CredentialCheckRequestDto: {
            /** @description A credential file (JSON) as downloaded */
            credential: {
                [key: string]: unknown;
            };
        };
        DashboardMemberDto: {
            displayName: string;
            modules: components["schemas"]["MemberModuleProgressDto"][];
            userId: string;
        };
        DashboardMemberPageDto: {
            items: components["schemas"]["DashboardMemberDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        DashboardModuleDto: {
            moduleId: string;
            slug: string;
            title: string;
        };
        DashboardTotalsDto: {
            /** @description certified / members, in percent (0 when the cohort is empty) */
            certificationRate: number;
            /** @description Members holding a valid certificate for every module */
            certified: number;
            /** @description Members who completed every module */
            completed: number;
            /** @description Members enrolled in at least one module of the cohort */
            enrolled: number;
            members: number;
            /** @description Members who read a lesson or submitted an attempt */
            started: number;
        };
        EnrolmentAssessmentDto: {
            /** @description The attempt in progress, to resume */
            attemptInProgress?: string | null;
            /** @description 0 means unlimited */
            attemptsAllowed: number;
            /** @description Submitted attempts */
            attemptsUsed: number;
            bestScore?: number | null;
            /** @description Another attempt may be started now */
            canStartAttempt: boolean;
            passMark: number;
            passed: boolean;
            /** @description Questions drawn per attempt */
            questionCount: number;
        };
        EnrolmentDetailDto: {
            assessment: components["schemas"]["EnrolmentAssessmentDto"];
            /** @enum {string} */
            audience: "professional" | "child";
            completedAt?: string | null;
            enrolledAt: string;
            id: string;
            /** @description Where to resume */
            lastLessonPosition: number;
            lessonCount: number;
            lessons: components["schemas"]["EnrolmentLessonDto"][];
            lessonsRead: number;
            moduleSlug: string;
            moduleTitle: string;
            /** @description A newer version of the module is published */
            newerVersionAvailable: boolean;
            /** @description The version this enrolment follows */
            version: number;
        };
        EnrolmentDto: {
            assessment: components["schemas"]["EnrolmentAssessmentDto"];
            /** @enum {string} */
            audience: "professional" | "child";
            completedAt?: string | null;
            enrolledAt: string;
            id: string;
            /** @description Where to resume */
            lastLessonPosition: number;
            lessonCount: number;
            lessonsRead: number;
            moduleSlug: string;
            moduleTitle: string;
            /** @description A newer version of the module is published */
            newerVersionAvailable: boolean;
            /** @description The version this enrolment follows */
            version: number;
        };
        EnrolmentLessonContentDto: {
            /** @description The lesson body as safe HTML rendered from Markdown (no raw HTML, no scripts) */
            html: string;
            lessonCount: number;
            moduleSlug: string;
            moduleTitle: string;
            next?: components["schemas"]["LessonRefDto"] | null;
            position: number;
            previous?: components["schemas"]["LessonRefDto"] | null;
            read: boolean;
            title: string;
            version: number;
        };
        EnrolmentLessonDto: {
            position: number;
            read: boolean;
            title: string;
        };
        EnrolmentListDto: {
            items: components["schemas"]["EnrolmentDto"][];
        };
        ErrorResponseDto: {
            details?: components["schemas"]["FieldErrorDto"][];
            /** @example Bad Request */
            error: string;
            /** @example Some fields are not valid. */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        FieldErrorDto: {
            /** @example email */
            field: string;
            /** @example "email" must be an e-mail address. */
            message: string;
            /** @example isEmail */
            rule: string;
        };
        GroupFiguresDto: {
            certified: number;
            completed: number;
            /** @description A sector or gender code; "unspecified" when not declared; "suppressed" for groups under 5 together */
            group: string;
            members: number;
        };
        HealthDto: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            status: "ok" | "error";
        };
        InvitationLinkDto: {
            displayName: string;
            email: string;
            line: number;
            /** @description Shown once: the person opens it to choose a password */
            link: string;
        };
        IssuerDto: {
            /** @description The DID that signs credentials */
            id: string;
            name: string;
            url: string;
        };
        LearnerDetailDto: {
            /** @description Every submitted attempt on the cohort modules, with each answer */
            attempts: components["schemas"]["AttemptReviewDto"][];
            displayName: string;
            email?: string | null;
            moduleTitles: components["schemas"]["DashboardModuleDto"][];
            modules: components["schemas"]["MemberModuleProgressDto"][];
            userId: string;
        };
        LearnerQuestionDto: {
            id: string;
            /** @description ordering: items in the order shown */
            items?: components["schemas"]["ChoiceDto"][];
            /** @description matching: left-hand sides */
            lefts?: components["schemas"]["ChoiceDto"][];
            /** @description single_choice, multiple_choice */
            options?: components["schemas"]["ChoiceDto"][];
            prompt: string;
            /** @description matching: right-hand sides */
            rights?: components["schemas"]["ChoiceDto"][];
            /** @enum {string} */
            type: "single_choice" | "multiple_choice" | "true_false" | "ordering" | "matching" | "short_text";
        };
        LessonDto: {
            /** @description The lesson body as safe HTML rendered from Markdown (no raw HTML, no scripts) */
            html: string;
            lessonCount: number;
            moduleSlug: string;
            moduleTitle: string;
            next?: components["schemas"]["LessonRefDto"] | null;
            position: number;
            previous?: components["schemas"]["LessonRefDto"] | null;
            title: string;
            version: number;
        };
        LessonRefDto: {
            /** @description 1-based position */
            position: number;
            title: string;
        };
        LoginDto: {
            /** @example amina@example.org */
            email: string;
            password: string;
        };
        MeDto: {
            country?: string | null;
            displayName: string;
            email?: string | null;
            gender?: string | null;
            id: string;
            jobTitle?: string | null;
            memberships: components["schemas"]["MembershipDto"][];
            /** @enum {string|null} */
            platformRole?: "admin" | null;
            /** @enum {string} */
            preferredLanguage: "fr" | "en";
            sector?: string | null;
        };
        MemberDto: {
            displayName: string;
            email?: string | null;
            joinedAt: string;
            /** @enum {string} */
            role: "org_admin" | "trainer" | "trainee";
            userId: string;
        };
        MemberModuleProgressDto: {
            attempts: number;
            bestScore?: number | null;
            /** @enum {string} */
            certificate: "none" | "valid" | "expired" | "revoked";
            completed: boolean;
            enrolled: boolean;
            lessonCount: number;
            lessonsRead: number;
            passed: boolean;
            slug: string;
        };
        MemberPageDto: {
            items: components["schemas"]["MemberDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        MembershipDto: {
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            role: "org_admin" | "trainer" | "trainee";
        };
        ModuleDetailDto: {
            assessment: components["schemas"]["AssessmentInfoDto"];
            /** @enum {string} */
            audience: "professional" | "child";
            competencies: components["schemas"]["CompetencyRefDto"][];
            lessonCount: number;
            lessons: components["schemas"]["LessonRefDto"][];
            /** @description Estimated study time */
            minutes: number;
            publishedAt: string;
            /** @example hearing-the-child */
            slug: string;
            summary: string;
            title: string;
            /** @description Certificates expire after this many months */
            validityMonths?: number | null;
            /** @description Current published version number */
            version: number;
        };
        ModulePageDto: {
            items: components["schemas"]["ModuleSummaryDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        ModuleSummaryDto: {
            /** @enum {string} */
            audience: "professional" | "child";
            competencies: components["schemas"]["CompetencyRefDto"][];
            lessonCount: number;
            /** @description Estimated study time */
            minutes: number;
            /** @example hearing-the-child */
            slug: string;
            summary: string;
            title: string;
            /** @description Current published version number */
            version: number;
        };
        MyCertificateDto: {
            /** @example 7KQM-3XPD-9RTA */
            code: string;
            expiresAt?: string | null;
            issuedAt: string;
            /**
             * @description A module certificate, or a programme (certification track) certificate
             * @enum {string}
             */
            kind: "module" | "programme";
            /** @description The module's slug, or the programme's */
            moduleSlug: string;
            /** @description The module's title, or the programme's */
            moduleTitle: string;
            /** @description Why it was revoked (told to its holder) */
            revokedReason?: string | null;
            /** @enum {string} */
            status: "valid" | "expired" | "revoked";
            /** @description Public page anyone can open to check the certificate */
            verificationUrl: string;
            /** @description Module version; null for a programme */
            version?: number | null;
        };
        MyCertificateListDto: {
            items: components["schemas"]["MyCertificateDto"][];
        };
        OrganisationDto: {
            country?: string | null;
            id: string;
            /** @enum {string} */
            kind: "school" | "training_centre" | "association" | "network" | "public_institution";
            memberCount: number;
            /**
             * @description The caller's role (null for a platform admin who is not a member)
             * @enum {string|null}
             */
            myRole?: "org_admin" | "trainer" | "trainee" | null;
            name: string;
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        ProgrammeDto: {
            /** @enum {string} */
            audience: "professional" | "child";
            /** @description Verification code of the caller's programme certificate */
            certificateCode?: string | null;
            /** @description In the order learners follow them */
            modules: components["schemas"]["ProgrammeModuleDto"][];
            /** @example child-friendly-justice-foundations */
            slug: string;
            summary: string;
            title: string;
        };
        ProgrammeListDto: {
            items: components["schemas"]["ProgrammeDto"][];
        };
        ProgrammeModuleDto: {
            /** @description Whether the caller completed it; null when not logged in */
            completed?: boolean | null;
            /** @description Estimated study time */
            minutes: number;
            /** @example hearing-the-child */
            slug: string;
            title: string;
        };
        QuestionResultDto: {
            correct: boolean;
            /** @description Shown once the learner passed or has no attempt left */
            correctAnswer?: {
                [key: string]: unknown;
            };
            feedback: string;
            questionId: string;
        };
        RevokeCertificateDto: {
            reason: string;
        };
        RosterCountsDto: {
            existing: number;
            invalid: number;
            new: number;
            rows: number;
        };
        RosterImportResultDto: {
            counts: components["schemas"]["RosterCountsDto"];
            /** @description Enrolments created in the cohort’s modules */
            enrolments: number;
            invitations: components["schemas"]["InvitationLinkDto"][];
        };
        RosterPreviewDto: {
            counts: components["schemas"]["RosterCountsDto"];
            rows: components["schemas"]["RosterRowDto"][];
        };
        RosterProblemDto: {
            code: string;
            field: string;
            message: string;
        };
        RosterRowDto: {
            country?: string | null;
            displayName: string;
            email: string;
            gender?: string | null;
            jobTitle?: string | null;
            /** @description Line in the file; the headings are line 1 */
            line: number;
            problems: components["schemas"]["RosterProblemDto"][];
            sector?: string | null;
            /**
             * @description A new account, an existing one, or a row that will be skipped
             * @enum {string}
             */
            status: "new" | "existing" | "invalid";
        };
        SaveAnswerDto: {
            /** @description Shape by question type, e.g. {"optionId": "b"} */
            answer: {
                [key: string]: unknown;
            };
        };
        SessionDto: {
            /** @description The logged-in user, or null */
            user?: components["schemas"]["MeDto"] | null;
        };
        SignupDto: {
            /** @example Amina Diallo */
            displayName: string;
            /** @example amina@example.org */
            email: string;
            password: string;
            /** @enum {string} */
            preferredLanguage: "fr" | "en";
        };
        SubmitAttemptDto: {
            /** @description Answers not saved yet, by question id */
            answers?: {
                [key: string]: unknown;
            };
            /** @description Made by the client once per submission; a retry with the same key returns the same result */
            submissionKey: string;
        };
        UpdateProfileDto: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example CA
             */
            country?: string | null;
            displayName?: string;
            /** @enum {string|null} */
            gender?: "woman" | "man" | "another" | "prefer_not_to_say" | null;
            jobTitle?: string | null;
            /** @enum {string} */
            preferredLanguage?: "fr" | "en";
            /** @enum {string|null} */
            sector?: "police" | "justice" | "social_work" | "education" | "health" | "community" | "other" | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AttemptsController_view: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AttemptsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswerDto"];
            };
        };
        responses: {
            /** @description Saved (saving again replaces the answer). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The attempt was already submitted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AttemptsController_submit: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAttemptDto"];
            };
        };
        responses: {
            /** @description Graded once; a repeated submission returns the same result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
        };
    };
    AuthController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description Password chosen through an invitation link; logged in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Logged in; the session cookie is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Wrong e-mail or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many failed attempts for this account or address. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is ended on every instance. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is logged in on this browser, if anyone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    AuthController_signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            /** @description Account created; the session cookie is set. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    CertificatesController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CredentialCheckRequestDto"];
            };
        };
        responses: {
            /** @description Checks a downloaded credential file: signature, revocation, expiry, issuer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialCheckDto"];
                };
            };
        };
    };
    CertificatesController_verify: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public verification by code: holder, achievement, status, signature. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateVerificationDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CertificatesController_credential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed Open Badges 3.0 credential (holder or platform admin). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CertificatesController_pdf: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate as an A4 PDF in the asked language (holder or platform admin). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CertificatesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Already revoked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CompetenciesController_list: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key-competency framework, with the modules that build each competency. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetencyListDto"];
                };
            };
        };
    };
    IssuerController_statusList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed BitstringStatusListCredential that says which certificates are revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LearningController_detail: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDetailDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AttemptsController_start: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempt in progress, or a newly drawn one. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Already passed, or no attempt left. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LearningController_lesson: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
                position: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A lesson of the enrolled version; remembered as where to resume. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentLessonContentDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LearningController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                position: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lesson is marked read (idempotent). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API and its database answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The database does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
        };
    };
    CertificatesController_mine: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCertificateListDto"];
                };
            };
        };
    };
    LearningController_list: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My learning: every enrolment with its progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentListDto"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Password changed; every other session of the account is ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CatalogueController_list: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                page?: number;
                pageSize?: number;
                audience?: "professional" | "child";
                /** @description Only modules that build this competency */
                competency?: string;
                /** @description Words searched in the title and summary, in the response language (accents and case ignored) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published modules, filtered and paginated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModulePageDto"];
                };
            };
        };
    };
    CatalogueController_detail: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current published version of a module. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleDetailDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LearningController_enrol: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enrolled on the module's current version (the same enrolment if already enrolled on it). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentDetailDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CatalogueController_lesson: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                slug: string;
                position: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One lesson of the current published version, as safe HTML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My organisations (every organisation for a platform admin). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CohortsController_list: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortPageDto"];
                };
            };
        };
    };
    CohortsController_create: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
        };
    };
    CohortsController_get: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_dashboard: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Totals, competency profile, sector and gender breakdowns (groups under 5 hidden), members page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDashboardDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_csv: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members table as CSV (UTF-8 with BOM; semicolons in French, commas in English). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_addMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCohortMembersDto"];
            };
        };
        responses: {
            /** @description Members added and enrolled in every module of the cohort. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedCohortMembersDto"];
                };
            };
        };
    };
    ReportsController_learner: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One learner's progress and every attempt with its answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearnerDetailDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CohortsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed from the cohort; enrolments and progress are kept. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_pdf: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cohort's figures as an A4 PDF report in the asked language. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_importRoster: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        /** @description The same file as previewed */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Valid rows applied in one transaction; invitation links shown once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportResultDto"];
                };
            };
        };
    };
    CohortsController_preview: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        /** @description The spreadsheet saved as CSV (UTF-8 or Windows-1252, comma or semicolon) */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description What an import would do, row by row; nothing is saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterPreviewDto"];
                };
            };
        };
    };
    OrganisationsController_members: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                page?: number;
                pageSize?: number;
                /** @description Only members with this role */
                role?: "org_admin" | "trainer" | "trainee";
                /** @description Part of a name or e-mail address (case ignored) */
                q?: string;
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
        };
    };
    OrganisationsController_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            /** @description Added; a new account gets an invitation link, shown only here. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedMemberDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OrganisationsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The organisation would have no admin left. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OrganisationsController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description The organisation would have no admin left. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgrammesController_list: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Certification tracks, with the caller's progress when logged in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeListDto"];
                };
            };
        };
    };
    ProgrammesController_detail: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
