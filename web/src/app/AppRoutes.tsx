import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequireLogin } from '../features/auth/RequireLogin';
import { useSession } from '../features/auth/useSession';
import { isChild } from '../features/children/child-mode';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { LessonPage } from '../features/catalogue/LessonPage';
import { ModulePage } from '../features/catalogue/ModulePage';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { Layout } from './Layout';

// Pages a first visit does not need are loaded when first opened, to keep the first download small on slow networks.
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const SignupPage = lazy(() => import('../features/auth/SignupPage').then((m) => ({ default: m.SignupPage })));
const InvitationPage = lazy(() => import('../features/auth/InvitationPage').then((m) => ({ default: m.InvitationPage })));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const LinkPasswordPage = lazy(() => import('../features/auth/LinkPasswordPage').then((m) => ({ default: m.LinkPasswordPage })));
const DevMailPage = lazy(() => import('../features/auth/DevMailPage').then((m) => ({ default: m.DevMailPage })));
const AccountPage = lazy(() => import('../features/auth/AccountPage').then((m) => ({ default: m.AccountPage })));
const AttemptPage = lazy(() => import('../features/assessment/AttemptPage').then((m) => ({ default: m.AttemptPage })));
const MyCertificatesPage = lazy(() => import('../features/certificates/MyCertificatesPage').then((m) => ({ default: m.MyCertificatesPage })));
const VerifyPage = lazy(() => import('../features/certificates/VerifyPage').then((m) => ({ default: m.VerifyPage })));
const ProgrammePage = lazy(() => import('../features/catalogue/ProgrammePage').then((m) => ({ default: m.ProgrammePage })));
const CompetenciesPage = lazy(() => import('../features/competencies/CompetenciesPage').then((m) => ({ default: m.CompetenciesPage })));
const EnrolmentPage = lazy(() => import('../features/learning/EnrolmentPage').then((m) => ({ default: m.EnrolmentPage })));
const LearnerLessonPage = lazy(() => import('../features/learning/LearnerLessonPage').then((m) => ({ default: m.LearnerLessonPage })));
const MyLearningPage = lazy(() => import('../features/learning/MyLearningPage').then((m) => ({ default: m.MyLearningPage })));
const OrganisationsPage = lazy(() => import('../features/organisations/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })));
const OrganisationPage = lazy(() => import('../features/organisations/OrganisationPage').then((m) => ({ default: m.OrganisationPage })));
const CohortDashboardPage = lazy(() => import('../features/organisations/CohortDashboardPage').then((m) => ({ default: m.CohortDashboardPage })));
const JoinPage = lazy(() => import('../features/children/JoinPage').then((m) => ({ default: m.JoinPage })));
const ChildLoginPage = lazy(() => import('../features/children/ChildLoginPage').then((m) => ({ default: m.ChildLoginPage })));
// A child's account sees only the child-friendly mode: its own layout and routes.
const ChildApp = lazy(() => import('../features/children/ChildApp').then((m) => ({ default: m.ChildApp })));
const AuthoringListPage = lazy(() => import('../features/authoring/AuthoringListPage').then((m) => ({ default: m.AuthoringListPage })));
const DraftEditorPage = lazy(() => import('../features/authoring/DraftEditorPage').then((m) => ({ default: m.DraftEditorPage })));
const LearnerPage = lazy(() => import('../features/organisations/LearnerPage').then((m) => ({ default: m.LearnerPage })));

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="load-state">
      {t('load.loading')}
    </p>
  );
}

export function AppRoutes() {
  const { user } = useSession();
  if (isChild(user)) {
    return (
      <Suspense fallback={<Loading />}>
        <ChildApp />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="modules" element={<CataloguePage />} />
          <Route path="modules/:slug" element={<ModulePage />} />
          <Route path="modules/:slug/lessons/:position" element={<LessonPage />} />
          <Route path="programmes/:slug" element={<ProgrammePage />} />
          <Route path="competencies" element={<CompetenciesPage />} />
          <Route path="signup" element={<SignupPage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="invitation/:token" element={<InvitationPage />} />
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route path="verify-email/:token" element={<LinkPasswordPage kind="verifyEmail" />} />
          <Route path="reset-password/:token" element={<LinkPasswordPage kind="reset" />} />
          <Route path="dev/mail" element={<DevMailPage />} />
          <Route path="join" element={<JoinPage />} />
          <Route path="child-login" element={<ChildLoginPage />} />
          <Route
            path="account"
            element={
              <RequireLogin>
                <AccountPage />
              </RequireLogin>
            }
          />
          <Route path="verify" element={<VerifyPage />} />
          <Route path="verify/:code" element={<VerifyPage />} />
          <Route element={<RequireLogin />}>
            <Route path="learning" element={<MyLearningPage />} />
            <Route path="learning/:id" element={<EnrolmentPage />} />
            <Route path="learning/:id/lessons/:position" element={<LearnerLessonPage />} />
            <Route path="attempts/:id" element={<AttemptPage />} />
            <Route path="certificates" element={<MyCertificatesPage />} />
            <Route path="organisations" element={<OrganisationsPage />} />
            <Route path="organisations/:organisationId" element={<OrganisationPage />} />
            <Route path="organisations/:organisationId/cohorts/:cohortId" element={<CohortDashboardPage />} />
            <Route path="organisations/:organisationId/cohorts/:cohortId/members/:userId" element={<LearnerPage />} />
            <Route path="authoring" element={<AuthoringListPage />} />
            <Route path="authoring/:slug" element={<DraftEditorPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
