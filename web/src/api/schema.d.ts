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
    "/api/auth/email/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountEmailController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountEmailController_verify"];
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
    "/api/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountEmailController_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountEmailController_reset"];
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
    "/api/authoring/lesson-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthoringController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthoringController_list"];
        put?: never;
        post: operations["AuthoringController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/import.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthoringController_importZip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthoringController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthoringController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthoringController_draft"];
        put: operations["AuthoringController_save"];
        post: operations["AuthoringController_startDraft"];
        delete: operations["AuthoringController_discard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/draft/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthoringController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/draft/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthoringController_importQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/draft/import.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthoringController_importZipIntoDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/draft/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthoringController_previewImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthoringController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthoringController_exportZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LessonImagesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthoringController_unarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authoring/modules/{slug}/versions/{from}/diff/{to}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthoringController_diff"];
        put?: never;
        post?: never;
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
    "/api/children/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChildrenController_giveFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/children/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChildrenController_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/children/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChildrenController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/children/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChildrenController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/children/pictures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChildrenController_pictures"];
        put?: never;
        post?: never;
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
    "/api/dev/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DevMailController_list"];
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
    "/api/images/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServedImagesController_image"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvitationsController_link"];
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
    "/api/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvitationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationsController_decline"];
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
    "/api/organisations/{organisationId}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationChildrenController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/children/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrganisationChildrenController_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/children/{userId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["OrganisationChildrenController_recordConsent"];
        post?: never;
        delete: operations["OrganisationChildrenController_withdrawConsent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/children/{userId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationChildrenController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/children/{userId}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationChildrenController_resetSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/children/{userId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationChildrenController_unlock"];
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
    "/api/organisations/{organisationId}/cohorts/{cohortId}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChildGroupsController_children"];
        put?: never;
        post: operations["ChildGroupsController_createChildren"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/class-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChildGroupsController_current"];
        put?: never;
        post: operations["ChildGroupsController_regenerate"];
        delete: operations["ChildGroupsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/class-code/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChildGroupsController_sheet"];
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
    "/api/organisations/{organisationId}/cohorts/{cohortId}/trainers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CohortsController_assignTrainer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/cohorts/{cohortId}/trainers/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CohortsController_removeTrainer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeedbackController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/feedback/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FeedbackController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/feedback/{feedbackId}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FeedbackController_moderate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_invitationList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrganisationsController_withdrawInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/lesson-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LessonNotesController_list"];
        put: operations["LessonNotesController_save"];
        post?: never;
        delete: operations["LessonNotesController_remove"];
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
    "/api/organisations/{organisationId}/members/{userId}/reset-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MemberResetLinkController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
            email: string;
            /** @enum {string} */
            role: "org_admin" | "trainer" | "trainee";
        };
        AddedCohortMembersDto: {
            added: number;
            /** @description Enrolments created in the cohort’s modules */
            enrolments: number;
        };
        AnswerReviewDto: {
            /** @description What the learner answered, in words */
            answer: string;
            competency: string;
            correct: boolean;
            prompt: string;
        };
        AssessmentDefinitionDto: {
            /** @description 0 means unlimited */
            attempts: number;
            /** @description Questions drawn for each attempt */
            draw: number;
            passMark: number;
            questions: components["schemas"]["QuestionDefinitionDto"][];
        };
        AssessmentInfoDto: {
            /** @description Attempts allowed; 0 means unlimited */
            attemptsAllowed: number;
            /** @description Percentage of points needed to pass */
            passMark: number;
            /** @description Questions drawn per attempt */
            questionCount: number;
        };
        AssignTrainerDto: {
            /** @description A trainer or admin of the organisation */
            userId: string;
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
        AuthoredModuleDetailDto: {
            archivedAt: string | null;
            /** @enum {string} */
            audience: "professional" | "child";
            currentVersion: number | null;
            draft: components["schemas"]["DraftSummaryDto"] | null;
            organisationId: string | null;
            /** @enum {string} */
            origin: "content" | "authored";
            slug: string;
            /** @description From the draft when there is one, else from the current version */
            title: string;
            versions: components["schemas"]["VersionSummaryDto"][];
        };
        AuthoredModuleDto: {
            archivedAt: string | null;
            /** @enum {string} */
            audience: "professional" | "child";
            currentVersion: number | null;
            draft: components["schemas"]["DraftSummaryDto"] | null;
            organisationId: string | null;
            /** @enum {string} */
            origin: "content" | "authored";
            slug: string;
            /** @description From the draft when there is one, else from the current version */
            title: string;
        };
        AuthoredModuleListDto: {
            items: components["schemas"]["AuthoredModuleDto"][];
        };
        CaughtMessageDto: {
            from: string;
            id: number;
            /** @description Every link in the text (verification, reset) */
            links: string[];
            /** Format: date-time */
            receivedAt: string;
            subject: string;
            text: string;
            to: string[];
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
        CheckEmailDto: {
            /** @description What to do next, in the request language */
            message: string;
        };
        ChildCredentialsDto: {
            displayName: string;
            /** @description Shown only in this answer: only its hash is kept */
            pin: string;
            userId: string;
            username: string;
        };
        ChildExportAccountDto: {
            accountKind: string;
            ageBand?: string | null;
            createdAt: string;
            displayName: string;
            failedSecretAttempts: number;
            id: string;
            lastActiveAt?: string | null;
            lockedAt?: string | null;
            preferredLanguage: string;
            secretKind: string;
            username: string;
        };
        ChildExportDto: {
            account: components["schemas"]["ChildExportAccountDto"];
            /** @description Assessment attempts with the answers given */
            attempts: {
                [key: string]: unknown;
            }[];
            /** @description Certificates */
            certificates: {
                [key: string]: unknown;
            }[];
            consent?: components["schemas"]["ConsentDto"] | null;
            /** @description Enrolments on module versions with progress */
            enrolments: {
                [key: string]: unknown;
            }[];
            exportedAt: string;
            /** @description Groups (cohorts) and when the child was added */
            groups: {
                [key: string]: unknown;
            }[];
            /** @description Lessons read, by enrolment */
            lessonReads: {
                [key: string]: unknown;
            }[];
            /** @description Organisations and roles */
            memberships: {
                [key: string]: unknown;
            }[];
            /** @description Open sessions (no token: only when they started and were last used) */
            sessions: {
                [key: string]: unknown;
            }[];
        };
        ChildGroupDto: {
            cohortId: string;
            name: string;
        };
        ChildListDto: {
            items: components["schemas"]["ChildSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ChildLoginDto: {
            /** @description A PIN: 4 digits ("0427" or ["0","4","2","7"]). Pictures: 4 ids from GET /api/children/pictures, in order (["sun","cat","sun","boat"]). */
            secret: string | string[];
            /** @example lina-4821 */
            username: string;
        };
        ChildProfileDto: {
            /** @enum {string|null} */
            ageBand?: "10-12" | "13-15" | "16-17" | null;
            /** @description false: show the “waiting for your grown-up's permission” state; learning routes answer 403 until then */
            consentRecorded: boolean;
            displayName: string;
            groups: components["schemas"]["ChildGroupDto"][];
            id: string;
            /** @enum {string} */
            secretKind: "pin" | "pictures";
            username: string;
        };
        ChildSummaryDto: {
            /** @enum {string|null} */
            ageBand?: "10-12" | "13-15" | "16-17" | null;
            consentRecorded: boolean;
            createdAt: string;
            displayName: string;
            groups: components["schemas"]["ChildGroupDto"][];
            /** @description No activity (or, never active, created) for 12 months: flagged for deletion */
            inactiveForAYear: boolean;
            lastActiveAt?: string | null;
            locked: boolean;
            userId: string;
            username: string;
        };
        ChoiceDto: {
            id: string;
            text: string;
        };
        ClassCodeDto: {
            /**
             * @description Grouped by three, as children type it
             * @example K7P-4XZ
             */
            code: string;
            cohortId: string;
            createdAt: string;
            /** @description Past its expiry: children can no longer join with it */
            expired: boolean;
            expiresAt: string;
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
            /** @enum {string} */
            audience: "professional" | "child";
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
        ConsentDto: {
            organisationId: string;
            recordedAt: string;
            /** @description Who recorded it */
            recordedBy?: string | null;
            recordedByName?: string | null;
            userId: string;
        };
        CreateChildrenDto: {
            children: components["schemas"]["NewChildDto"][];
        };
        CreateCohortDto: {
            /**
             * @description `professional` when left out; `child`: a children's group (child modules and child accounts only; its trainers need the safeguarding certificate)
             * @enum {string}
             */
            audience?: "professional" | "child";
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
        CreateModuleDto: {
            /** @enum {string} */
            audience: "professional" | "child";
            /** @description Required unless you are a platform admin (who may leave it out for a platform-wide module) */
            organisationId?: string;
            /**
             * @description The module’s address: lowercase letters, digits and hyphens
             * @example interviewing-children
             */
            slug: string;
            summary?: components["schemas"]["NewModuleTextDto"];
            title: components["schemas"]["NewModuleTextDto"];
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
        CreatedChildrenDto: {
            children: components["schemas"]["ChildCredentialsDto"][];
        };
        CredentialCheckDto: {
            /** @description null unless the signature is valid */
            achievementName?: string | null;
            errors: string[];
            expired: boolean;
            /** @description null unless the signature is valid: a forged name is never given back */
            holderName?: string | null;
            /** @description Signed by this Clef platform (the signature is valid and is this platform’s) */
            issuedByThisPlatform: boolean;
            /** @description The issuer DID; null unless the signature is valid */
            issuer?: string | null;
            /** @description The file names this platform as its issuer, whether or not its signature holds */
            namesThisPlatform: boolean;
            /** @description null when the status could not be checked */
            revoked?: boolean | null;
            signatureValid: boolean;
            /** @description null unless the signature is valid */
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
        DraftConflictDto: {
            /** @description The draft as it is now: merge into it and save with its revision */
            current: components["schemas"]["DraftDto"];
            error: string;
            message: string;
            /** @example 409 */
            statusCode: number;
        };
        DraftDto: {
            /** @description The version the draft started from */
            basedOnVersion: number | null;
            definition: components["schemas"]["ModuleDefinitionDto"];
            revision: number;
            slug: string;
            updatedAt: string;
            updatedBy: components["schemas"]["PersonRefDto"] | null;
        };
        DraftSummaryDto: {
            revision: number;
            updatedAt: string;
            updatedBy: components["schemas"]["PersonRefDto"] | null;
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
            /** @description The learner's organisation's own note under this lesson */
            organisationNote?: components["schemas"]["OrganisationNoteDto"] | null;
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
            /**
             * @description A stable reason a client acts on, where the status alone does not say it
             * @example attempt_submitted
             */
            code?: string;
            details?: components["schemas"]["FieldErrorDto"][];
            /** @example Bad Request */
            error: string;
            /** @example Some fields are not valid. */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        FaceCountsDto: {
            happy: number;
            neutral: number;
            sad: number;
        };
        FeedbackItemDto: {
            /** @enum {string} */
            face: "happy" | "neutral" | "sad";
            /** @description The day only */
            givenOn: string;
            id: string;
            moduleSlug: string;
            moduleTitle: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            text?: string | null;
        };
        FeedbackPageDto: {
            items: components["schemas"]["FeedbackItemDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        FeedbackSummaryDto: {
            modules: components["schemas"]["ModuleFeedbackSummaryDto"][];
        };
        FieldChangeDto: {
            /** @description The value in the second version (any JSON) */
            after: Record<string, never>;
            /** @description The value in the first version (any JSON) */
            before: Record<string, never>;
            /** @example title.fr */
            field: string;
        };
        FieldErrorDto: {
            /** @example email */
            field: string;
            /** @example "email" must be an e-mail address. */
            message: string;
            /** @example isEmail */
            rule: string;
        };
        ForgotPasswordDto: {
            /** @example amina@example.org */
            email: string;
        };
        GiveFeedbackDto: {
            /** @enum {string} */
            face: "happy" | "neutral" | "sad";
            /** @example my-rights */
            moduleSlug: string;
            /** @description Optional; e-mail addresses and phone numbers are removed */
            text?: string;
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
        ImportPreviewDto: {
            questions: components["schemas"]["ImportPreviewItemDto"][];
            ready: number;
            /** @description Why the file cannot be imported at all, although questions are ready: the pool would pass its limit */
            refusal?: string;
            refused: number;
        };
        ImportPreviewItemDto: {
            /** @description Line in the file */
            line: number | null;
            /** @description What the question loses or changes on the way in (partial credit, points, images, feedback…), in the request language */
            notes: string[];
            /** @description 1-based position in the file */
            number: number;
            /** @description What will be added to the draft */
            question?: components["schemas"]["QuestionDefinitionDto"];
            /** @description Why it cannot be imported */
            reason?: string;
            /** @enum {string} */
            status: "ready" | "refused";
            title: string;
        };
        ImportResultDto: {
            /** @description The draft with the imported questions at the end of its pool */
            draft: components["schemas"]["DraftDto"];
            questions: components["schemas"]["ImportPreviewItemDto"][];
            ready: number;
            /** @description Why the file cannot be imported at all, although questions are ready: the pool would pass its limit */
            refusal?: string;
            refused: number;
        };
        InvitationLinkInfoDto: {
            /** @description The address invited */
            email?: string | null;
            /**
             * @description `password`: an older link that sets the password of an account an organisation created
             * @enum {string}
             */
            kind: "organisation" | "password";
            organisationName?: string | null;
        };
        InvitedMemberDto: {
            invitation: components["schemas"]["OrganisationInvitationDto"];
            /** @description Shown once: the page where the person logs in or creates an account, then accepts */
            link: string;
        };
        IssuerDto: {
            /** @description The DID that signs credentials */
            id: string;
            name: string;
            url: string;
        };
        ItemDefinitionDto: {
            en: string;
            fr: string;
            id: string;
        };
        JoinDto: {
            /** @enum {string} */
            ageBand?: "10-12" | "13-15" | "16-17";
            /**
             * @description The class code, in any case, with or without the dash
             * @example K7P-4XZ
             */
            classCode: string;
            /** @description A first name or a nickname; never a surname */
            displayName: string;
            /** @enum {string} */
            language: "fr" | "en";
            /** @description A PIN: 4 digits ("0427" or ["0","4","2","7"]). Pictures: 4 ids from GET /api/children/pictures, in order (["sun","cat","sun","boat"]). */
            secret: string | string[];
            /** @enum {string} */
            secretKind: "pin" | "pictures";
        };
        JoinedDto: {
            me: components["schemas"]["MeDto"];
            /** @description The username the child needs to log in again: show it big, and suggest writing it down */
            username: string;
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
        LessonChangeDto: {
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            /**
             * @example [
             *       "body.fr",
             *       "position"
             *     ]
             */
            fields: string[];
            /** @description The lesson’s stable name (key without its NN- number) */
            key: string;
            positionAfter: number | null;
            positionBefore: number | null;
            /** @description The changed texts among `fields` (title, body), before and after */
            texts: components["schemas"]["TextChangeDto"][];
            /** @description Its title in the later version (the earlier one when removed) */
            title: components["schemas"]["LocalizedTextDto"];
        };
        LessonDefinitionDto: {
            /** @description Markdown, without the title */
            body: components["schemas"]["LocalizedTextDto"];
            /**
             * @description Stable name; published as NN-name
             * @example what-is-a-right
             */
            key: string;
            /** @description Ignored on save: lessons are numbered in the order of the list */
            position?: number;
            title: components["schemas"]["LocalizedTextDto"];
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
        LessonImageDto: {
            /** @description SHA-256 of the stored bytes */
            hash: string;
            height: number;
            /**
             * @description What a lesson writes: ![text alternative](ref)
             * @example images/3f5a….webp
             */
            ref: string;
            /**
             * @description Where Clef serves it
             * @example /api/images/3f5a….webp
             */
            url: string;
            width: number;
        };
        LessonNoteDto: {
            bodyEn: string;
            bodyFr: string;
            lessonPosition: number;
            /** @description The lesson title in the current version (null when the module no longer has that lesson) */
            lessonTitle?: string | null;
            moduleSlug: string;
            moduleTitle: string;
            updatedAt: string;
        };
        LessonNoteListDto: {
            items: components["schemas"]["LessonNoteDto"][];
        };
        LessonPointerDto: {
            /** @description Position of the lesson in the enrolled version */
            position: number;
            title: string;
        };
        LessonPreviewBodyDto: {
            /** @description Markdown of a lesson body */
            markdown: string;
        };
        LessonPreviewDto: {
            /** @description The HTML learners would see */
            html: string;
        };
        LessonRefDto: {
            /** @description 1-based position */
            position: number;
            title: string;
        };
        LinkWithPasswordDto: {
            password: string;
            /** @description The token from the invitation link */
            token: string;
        };
        LocalizedListDto: {
            en: string[];
            fr: string[];
        };
        LocalizedTextDto: {
            en: string;
            fr: string;
        };
        LoginDto: {
            /** @example amina@example.org */
            email: string;
            password: string;
        };
        MarkReadDto: {
            /**
             * Format: uuid
             * @description Made on the device for this lesson read; sent again on every retry, applied once
             */
            opId?: string;
        };
        MeDto: {
            /**
             * @description `child`: the web client shows the child-friendly mode
             * @enum {string}
             */
            accountKind: "adult" | "child";
            /** @enum {string|null} */
            ageBand?: "10-12" | "13-15" | "16-17" | null;
            /** @description Children: false until the organisation recorded a parent's or guardian's consent (learning waits); always true for adults */
            consentRecorded: boolean;
            country?: string | null;
            displayName: string;
            email?: string | null;
            /** @description Whether the holder confirmed the address through a mailed link (only then does a credential name it) */
            emailVerified: boolean;
            gender?: string | null;
            id: string;
            jobTitle?: string | null;
            memberships: components["schemas"]["MembershipDto"][];
            /** @enum {string|null} */
            platformRole?: "admin" | null;
            /** @enum {string} */
            preferredLanguage: "fr" | "en";
            sector?: string | null;
            /** @description Children only: how they log in */
            username?: string | null;
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
            /**
             * @description The furthest step reached, by the same rule as the CSV export
             * @enum {string}
             */
            status: "notEnrolled" | "notStarted" | "inProgress" | "passed" | "completed";
        };
        MemberPageDto: {
            items: components["schemas"]["MemberDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        MemberResetLinkDto: {
            /** Format: date-time */
            expiresAt: string;
            /** @description Shown once: the member opens it to choose a password; single use */
            link: string;
        };
        MembershipDto: {
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            role: "org_admin" | "trainer" | "trainee";
        };
        ModerateFeedbackDto: {
            /** @enum {string} */
            status: "approved" | "rejected";
        };
        ModuleDefinitionDto: {
            assessment: components["schemas"]["AssessmentDefinitionDto"];
            /** @enum {string} */
            audience: "professional" | "child";
            /**
             * @example [
             *       "C1"
             *     ]
             */
            competencies: string[];
            lessons: components["schemas"]["LessonDefinitionDto"][];
            minutes: number;
            /** @description Always the module’s own slug */
            slug?: string;
            summary: components["schemas"]["LocalizedTextDto"];
            title: components["schemas"]["LocalizedTextDto"];
            validityMonths?: number;
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
        ModuleFeedbackSummaryDto: {
            faces?: components["schemas"]["FaceCountsDto"] | null;
            moduleSlug: string;
            moduleTitle: string;
            responses: number;
            /** @description Under five responses nothing else is shown, so that no child can be recognised */
            suppressed: boolean;
            /** @description Approved texts only, without names or dates */
            texts: string[];
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
        MyInvitationDto: {
            cohortName?: string | null;
            expiresAt: string;
            id: string;
            invitedAt: string;
            organisationName: string;
            /** @enum {string} */
            role: "org_admin" | "trainer" | "trainee";
        };
        MyInvitationsDto: {
            items: components["schemas"]["MyInvitationDto"][];
        };
        NewChildDto: {
            /** @enum {string} */
            ageBand?: "10-12" | "13-15" | "16-17";
            displayName: string;
        };
        NewModuleTextDto: {
            en: string;
            fr: string;
        };
        NewSecretDto: {
            /** @description The new PIN, shown only in this answer */
            pin: string;
            username: string;
        };
        OptionDefinitionDto: {
            correct?: boolean;
            en: string;
            fr: string;
            id: string;
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
        OrganisationInvitationDto: {
            /** @description The cohort a roster import invited to */
            cohortName?: string | null;
            email: string;
            expiresAt: string;
            id: string;
            invitedAt: string;
            /** @enum {string} */
            role: "org_admin" | "trainer" | "trainee";
            /**
             * @description Declined invitations stay "invited" until they expire
             * @enum {string}
             */
            status: "invited" | "expired";
        };
        OrganisationInvitationPageDto: {
            items: components["schemas"]["OrganisationInvitationDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        OrganisationNoteDto: {
            /** @description The note as safe HTML (Markdown, no raw HTML), in the reader's language or else the other one */
            html: string;
            organisationName: string;
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            page: number;
            pageSize: number;
            /** @description Number of items across all pages */
            total: number;
        };
        PairDefinitionDto: {
            id: string;
            left: components["schemas"]["LocalizedTextDto"];
            right: components["schemas"]["LocalizedTextDto"];
        };
        PersonRefDto: {
            displayName: string;
            id: string;
        };
        PicturesDto: {
            /** @description The picture ids a picture password is made of (the web client draws them) */
            pictures: string[];
            /** @description How many digits a PIN has, and how many pictures a picture password */
            secretLength: number;
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
        PublishCheckDto: {
            /** @description Where the draft falls short of the bundled curriculum (lessons, pool size, question types): advice that never blocks publishing */
            advice: components["schemas"]["FieldErrorDto"][];
            problems: components["schemas"]["FieldErrorDto"][];
            /** @description True when nothing keeps the draft from being published */
            publishable: boolean;
        };
        PublishedDto: {
            /** @description False when the draft equalled the current version (nothing new was published) */
            created: boolean;
            slug: string;
            /** @description The new current version */
            version: number;
        };
        QuestionChangeDto: {
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            /**
             * @example [
             *       "prompt.en",
             *       "options"
             *     ]
             */
            fields: string[];
            id: string;
            /** @description Its prompt in the later version (the earlier one when removed) */
            prompt: components["schemas"]["LocalizedTextDto"];
            /** @description The changed texts among `fields` (prompt, feedback), before and after */
            texts: components["schemas"]["TextChangeDto"][];
        };
        QuestionDefinitionDto: {
            /** @description short_text */
            accepted?: components["schemas"]["LocalizedListDto"];
            /** @description true_false */
            answer?: boolean;
            /**
             * @description The competency the question evidences (may be empty in a draft)
             * @example C1
             */
            competency: string;
            feedback: components["schemas"]["LocalizedTextDto"];
            /** @description Stable across versions: lowercase letters, digits and hyphens */
            id: string;
            /** @description ordering, in the right order */
            items?: components["schemas"]["ItemDefinitionDto"][];
            /** @description The name of the lesson to reread when the question is missed (a lesson key, its NN- number optional) */
            lesson?: string;
            /** @description Drafts only: set on imported questions; publishing is refused until cleared */
            needsTranslation?: boolean;
            /** @description single_choice, multiple_choice */
            options?: components["schemas"]["OptionDefinitionDto"][];
            /** @description matching */
            pairs?: components["schemas"]["PairDefinitionDto"][];
            /** @default 1 */
            points: number;
            prompt: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            type: "single_choice" | "multiple_choice" | "true_false" | "ordering" | "matching" | "short_text";
        };
        QuestionResultDto: {
            correct: boolean;
            /** @description Shown once the learner passed or has no attempt left */
            correctAnswer?: {
                [key: string]: unknown;
            };
            /** @description Explains the right answer: shown, like correctAnswer, once the learner passed or has no attempt left */
            feedback?: string;
            /** @description The lesson to reread, when the author named one */
            lesson?: components["schemas"]["LessonPointerDto"];
            questionId: string;
        };
        RevisionDto: {
            /** @description The draft revision the editor shows */
            revision: number;
        };
        RevokeCertificateDto: {
            reason: string;
        };
        RosterCountsDto: {
            invalid: number;
            invite: number;
            invited: number;
            member: number;
            rows: number;
        };
        RosterImportResultDto: {
            counts: components["schemas"]["RosterCountsDto"];
            /** @description Enrolments created for members added at once (invited people are enrolled when they accept) */
            enrolments: number;
            /** @description One per new invitation, shown once */
            invitations: components["schemas"]["RosterInvitationLinkDto"][];
        };
        RosterInvitationLinkDto: {
            email: string;
            id: string;
            line: number;
            /** @description Shown once: the page where the person logs in or creates an account, then accepts */
            link: string;
        };
        RosterPreviewDto: {
            counts: components["schemas"]["RosterCountsDto"];
            rows: components["schemas"]["RosterRowDto"][];
            /** @description Headings of the columns the import does not read, as in the file (profile columns are left to each person) */
            unusedColumns: string[];
        };
        RosterProblemDto: {
            code: string;
            field: string;
            message: string;
        };
        RosterRowDto: {
            /** @description As typed in the file; never stored */
            displayName: string;
            email: string;
            /** @description Line in the file; the headings are line 1 */
            line: number;
            problems: components["schemas"]["RosterProblemDto"][];
            /**
             * @description `invite`: will be invited (whether or not the address has an account: nothing tells); `invited`: already invited to this cohort, waiting; `member`: already a member of the organisation, added to the cohort at once; `invalid`: skipped
             * @enum {string}
             */
            status: "invite" | "invited" | "member" | "invalid";
        };
        SaveAnswerDto: {
            /** @description Shape by question type, e.g. {"optionId": "b"} */
            answer: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the learner answered (the device's clock); an older answer never replaces a newer one
             */
            answeredAt?: string;
            /**
             * Format: uuid
             * @description Made on the device for this answer; sent again on every retry, applied once
             */
            opId?: string;
        };
        SaveDraftDto: {
            definition: components["schemas"]["ModuleDefinitionDto"];
            /** @description The revision the editor last loaded; a different current revision is a conflict (409) */
            revision: number;
        };
        SaveLessonNoteDto: {
            /** @description Markdown, English ("" when the note exists in French only) */
            bodyEn: string;
            /** @description Markdown, French ("" when the note exists in English only) */
            bodyFr: string;
            /** @example recognising-abuse */
            moduleSlug: string;
            position: number;
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
        TextChangeDto: {
            /** @description The whole text in the second version */
            after: string;
            /** @description The whole text in the first version */
            before: string;
            /** @example body.fr */
            field: string;
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
        VersionDiffDto: {
            /** @description A version number, or "draft" */
            from: string;
            lessons: components["schemas"]["LessonChangeDto"][];
            metadata: components["schemas"]["FieldChangeDto"][];
            questions: components["schemas"]["QuestionChangeDto"][];
            /** @description A version number, or "draft" */
            to: string;
        };
        VersionSummaryDto: {
            /** @description Enrolments on this version */
            enrolments: number;
            number: number;
            publishedAt: string | null;
            /** @description Null when loaded from content/ */
            publishedBy: components["schemas"]["PersonRefDto"] | null;
            title: string;
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
            /** @description Saved (saving again replaces the answer; an operation id already applied, or an answer older than the saved one, is acknowledged and changes nothing). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The attempt was already submitted (`code: attempt_submitted`). */
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
            /** @description Graded once; a repeated submission with the same key returns the same result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Already submitted with another key, e.g. from another device (`code: submitted_elsewhere`). */
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
    AccountEmailController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new confirmation link is mailed to the account’s address (nothing when it is already confirmed). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckEmailDto"];
                };
            };
        };
    };
    AccountEmailController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkWithPasswordDto"];
            };
        };
        responses: {
            /** @description Address confirmed with the mailed link and the account password; logged in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Link used, expired or unknown; or not this account’s password. */
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
            /** @description Too many failed attempts for this account from this address, from this address, or from this device. */
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
    AccountEmailController_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description The same answer whether or not the address has an account. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckEmailDto"];
                };
            };
        };
    };
    AccountEmailController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkWithPasswordDto"];
            };
        };
        responses: {
            /** @description New password set; every other session of the account ended; logged in here. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Link used, expired or unknown. */
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
            /** @description The same answer for a new address and a taken one: a confirmation link, or a note to the owner, is mailed. No one is logged in. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckEmailDto"];
                };
            };
        };
    };
    AuthoringController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LessonPreviewBodyDto"];
            };
        };
        responses: {
            /** @description A lesson body rendered exactly as learners see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonPreviewDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_list: {
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
            /** @description Modules you may edit, with their draft and current version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthoredModuleListDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_create: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateModuleDto"];
            };
        };
        responses: {
            /** @description The module, unpublished, with its first (empty) draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The slug is taken */
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
    AuthoringController_importZip: {
        parameters: {
            query: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                /** @description The new module’s address (module.yaml’s slug is replaced by it) */
                slug: string;
                /** @description Required unless you are a platform admin */
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A module zip in the content/ layout (module.yaml, assessment.yaml, lessons/), 10 MB at most */
        requestBody: {
            content: {
                "application/zip": string;
            };
        };
        responses: {
            /** @description A new module whose draft holds the zip’s module, ready to publish */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The module breaks the content rules (`details` lists them), or the zip takes too long to read */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many imports are waiting to be read: try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_detail: {
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
                    "application/json": components["schemas"]["AuthoredModuleDetailDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
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
    AuthoringController_archive: {
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
            /** @description Gone from the catalogue; enrolments, attempts and certificates kept */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_draft: {
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
                    "application/json": components["schemas"]["DraftDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No draft (start one with POST) */
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
    AuthoringController_save: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDraftDto"];
            };
        };
        responses: {
            /** @description Saved; the revision went up by one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Someone saved since `revision`: nothing saved, the current draft attached */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftConflictDto"];
                };
            };
        };
    };
    AuthoringController_startDraft: {
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
            /** @description A draft copied from the current version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The module already has a draft */
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
    AuthoringController_discard: {
        parameters: {
            query: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                /** @description The draft revision the editor shows */
                revision: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Draft discarded; published versions untouched. A module never published is removed with its draft. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftConflictDto"];
                };
            };
        };
    };
    AuthoringController_check: {
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
            /** @description What publishing would refuse, without publishing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishCheckDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_importQuestions: {
        parameters: {
            query: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                format: "moodle-xml" | "gift";
                /** @description The language the questions are written in; the other language is left to translate */
                language: "fr" | "en";
                /** @description The draft revision the editor shows */
                revision: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        /** @description The same file as previewed */
        requestBody: {
            content: {
                "application/xml": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Every importable question added to the draft pool at once, flagged needsTranslation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftConflictDto"];
                };
            };
            /** @description More than 500 questions (the pool limit): refused before the file is read */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The file takes more than 5 s or 256 MB to read */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many imports are waiting to be read: try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_importZipIntoDraft: {
        parameters: {
            query: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                /** @description The draft revision the editor shows */
                revision: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        /** @description A module zip in the content/ layout */
        requestBody: {
            content: {
                "application/zip": string;
            };
        };
        responses: {
            /** @description The draft now holds the zip’s module */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftConflictDto"];
                };
            };
            /** @description Too many imports are waiting to be read: try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_previewImport: {
        parameters: {
            query: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                format: "moodle-xml" | "gift";
                /** @description The language the questions are written in; the other language is left to translate */
                language: "fr" | "en";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        /** @description The Moodle XML or GIFT file, as text (5 MB at most) */
        requestBody: {
            content: {
                "application/xml": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Per question: what will be created, or why it cannot be; nothing is saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 500 questions (the pool limit): refused before the file is read */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The file takes more than 5 s or 256 MB to read */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many imports are waiting to be read: try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_publish: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisionDto"];
            };
        };
        responses: {
            /** @description The draft is now version N+1; learners on earlier versions keep theirs */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftConflictDto"];
                };
            };
            /** @description Not publishable: `details` lists every problem with its field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_exportZip: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                /** @description 1: export the draft instead of the current version */
                draft?: "1";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current version (or, with ?draft=1, the draft) as a zip in the content/ layout */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LessonImagesController_upload: {
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
        /** @description A JPEG, PNG or WebP image of at most 5 MB */
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description Resized to 1024 px wide at most, re-encoded as WebP without metadata, kept with the module */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonImageDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such module, or another organisation’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 5 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not a JPEG, PNG or WebP image (SVG is refused) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The image cannot be decoded */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_unarchive: {
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
            /** @description Back in the catalogue */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthoringController_diff: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                slug: string;
                from: string;
                to: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metadata, lesson and question changes from one version to another (`to` may be "draft") */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDiffDto"];
                };
            };
            /** @description Not a trainer, organisation admin or platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
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
    ChildrenController_giveFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveFeedbackDto"];
            };
        };
        responses: {
            /** @description Recorded anonymously (no user is stored with it); once per completed module. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Module not completed yet, or feedback already given. */
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
    ChildrenController_join: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinDto"];
            };
        };
        responses: {
            /** @description Account created in the class code's group and logged in; the username is shown here. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinedDto"];
                };
            };
            /** @description Unknown or revoked class code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Expired class code. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many joins from this address or with this code. */
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
    ChildrenController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChildLoginDto"];
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
            /** @description Wrong username or secret (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many failed log-ins from this address. */
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
    ChildrenController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The child’s own account, whether learning may start, and their groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildProfileDto"];
                };
            };
        };
    };
    ChildrenController_pictures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The picture ids of picture passwords, and the length of a secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PicturesDto"];
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
    DevMailController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages caught by the in-process SMTP server, newest first (empty when SMTP_URL is set). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaughtMessageDto"][];
                };
            };
            /** @description In production: this route does not exist. */
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkReadDto"];
            };
        };
        responses: {
            /** @description The lesson is marked read (idempotent; an operation id already applied is acknowledged). */
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
    ServedImagesController_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image (`Cache-Control: public, max-age=31536000, immutable`) */
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
                    "image/webp": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    InvitationsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What an invitation link is for, before logging in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationLinkInfoDto"];
                };
            };
            /** @description Used, expired or unknown. */
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
            /** @description A child may change only the display name (40 characters at most) and the language. */
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
    InvitationsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations to my e-mail address waiting for an answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyInvitationsDto"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description I am now a member of the organisation (and of the invited cohort). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such invitation waiting for my address. */
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
    InvitationsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Declined; the organisation is not told. */
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
    OrganisationChildrenController_list: {
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
            /** @description Least recently active first; `inactiveForAYear` flags accounts to delete. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildListDto"];
                };
            };
        };
    };
    OrganisationChildrenController_delete: {
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
            /** @description Everything that identifies the child is removed; anonymous figures stay. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganisationChildrenController_recordConsent: {
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
            /** @description A parent's or guardian's consent is recorded (who and when): the child can learn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
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
    OrganisationChildrenController_withdrawConsent: {
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
            /** @description Consent withdrawn: the child can no longer learn. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganisationChildrenController_export: {
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
            /** @description Everything held about the child (not the hash of their secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildExportDto"];
                };
            };
        };
    };
    OrganisationChildrenController_resetSecret: {
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
            /** @description A new random PIN, shown only here; the account is unlocked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewSecretDto"];
                };
            };
        };
    };
    OrganisationChildrenController_unlock: {
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
            /** @description The account, locked after too many wrong secrets, is unlocked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Org admins open any cohort; trainers open children's groups only, which they run. */
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
    ChildGroupsController_children: {
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
            /** @description The group's children, for its trainers: consent recorded or not, locked accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildListDto"];
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
    ChildGroupsController_createChildren: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                /** @description `pdf`: the login cards to print instead of JSON (the PINs exist only in this answer) */
                format?: "json" | "pdf";
            };
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChildrenDto"];
            };
        };
        responses: {
            /** @description Accounts with generated usernames and PINs, shown only in this answer (JSON, or login cards as PDF). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedChildrenDto"];
                    "application/pdf": components["schemas"]["CreatedChildrenDto"];
                };
            };
            /** @description No adult with a valid safeguarding certificate runs the group. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ChildGroupsController_current: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["ClassCodeDto"];
                };
            };
            /** @description The group has no class code. */
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
    ChildGroupsController_regenerate: {
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
            /** @description A new class code (14 days); the previous one stops working. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassCodeDto"];
                };
            };
            /** @description No adult with a valid safeguarding certificate runs the group. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ChildGroupsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: nobody can join with it any more. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildGroupsController_sheet: {
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
            /** @description A printable A4 sheet with the class code, its expiry, the app address and the joining steps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCohortMembersDto"];
            };
        };
        responses: {
            /** @description Members added and enrolled in every module of the cohort. A children's group takes children only while a certified adult runs it (422 otherwise). */
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
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Valid rows applied in one transaction: members join the cohort, other addresses are invited (links shown once). 400 when no row is valid. */
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
        /** @description The spreadsheet saved as CSV (UTF-8 or Windows-1252, comma or semicolon) or an .xlsx workbook (first sheet) */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    CohortsController_assignTrainer: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignTrainerDto"];
            };
        };
        responses: {
            /** @description The trainer runs the cohort. A children's group needs the trainer to hold the safeguarding certificate (422 otherwise). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
        };
    };
    CohortsController_removeTrainer: {
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
            /** @description The person no longer runs the cohort. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDto"];
                };
            };
            /** @description The person does not run this cohort. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description They are the last adult with a valid safeguarding certificate running this children's group. */
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
    FeedbackController_list: {
        parameters: {
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                page?: number;
                pageSize?: number;
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Feedback with a text, by moderation status (pending first by default); never with a name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPageDto"];
                };
            };
        };
    };
    FeedbackController_summary: {
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
        requestBody?: never;
        responses: {
            /** @description Per module: faces counted and approved texts, only from five responses up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackSummaryDto"];
                };
            };
        };
    };
    FeedbackController_moderate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                feedbackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModerateFeedbackDto"];
            };
        };
        responses: {
            /** @description Approved texts appear in the summary; rejected ones never do. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganisationsController_invitationList: {
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
            /** @description Invitations not accepted yet (declined ones stay "invited" until they expire). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationInvitationPageDto"];
                };
            };
        };
    };
    OrganisationsController_withdrawInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn: the person no longer sees it. */
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
    LessonNotesController_list: {
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
                    "application/json": components["schemas"]["LessonNoteListDto"];
                };
            };
        };
    };
    LessonNotesController_save: {
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
                "application/json": components["schemas"]["SaveLessonNoteDto"];
            };
        };
        responses: {
            /** @description Writes (or rewrites) the note under one lesson of a module. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonNoteDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
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
    LessonNotesController_remove: {
        parameters: {
            query: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
                moduleSlug: string;
                position: number;
            };
            header?: never;
            path: {
                organisationId: string;
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
            /** @description Trainers see the adults and the children of the groups they run only. */
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
            /** @description Invited: the same answer whether or not the address has an account; the link is shown only here. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitedMemberDto"];
                };
            };
            /** @description Already a member, or already invited and not expired. */
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
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
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
            /** @description The organisation would have no admin left, or a children's group no certified adult. */
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
            query?: {
                /** @description Response language; defaults to Accept-Language, then English. */
                lang?: "fr" | "en";
            };
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
            /** @description A child's account is only ever a trainee. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The organisation would have no admin left, or a children's group no certified adult. */
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
    MemberResetLinkController_create: {
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
            /** @description A single-use link for a member without e-mail access to choose a password; shown only here. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResetLinkDto"];
                };
            };
            /** @description Not for org admins, platform admins, or members of another organisation too. A confirmed address is told by e-mail that a link was made. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
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
            /** @description A child: children have a PIN or picture password instead. */
            422: {
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
