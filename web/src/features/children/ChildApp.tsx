import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../auth/useSession';
import { ChildHomePage } from './ChildHomePage';
import { ChildLayout } from './ChildLayout';
import { WaitingForConsent } from './WaitingForConsent';

const ChildModulePage = lazy(() => import('./ChildModulePage').then((m) => ({ default: m.ChildModulePage })));
const ChildLessonPage = lazy(() => import('./ChildLessonPage').then((m) => ({ default: m.ChildLessonPage })));
const ChildAttemptPage = lazy(() => import('./ChildAttemptPage').then((m) => ({ default: m.ChildAttemptPage })));
const VerifyPage = lazy(() => import('../certificates/VerifyPage').then((m) => ({ default: m.VerifyPage })));

/**
 * Everything a child's account sees: their group's modules, one task a screen, and their certificates on the home
 * page. No catalogue, organisations or account settings; any other address leads home. Nothing to learn until consent is recorded.
 */
export function ChildApp() {
  const { user } = useSession();
  return (
    <Routes>
      <Route element={<ChildLayout />}>
        {user?.consentRecorded ? (
          <>
            <Route index element={<ChildHomePage />} />
            <Route path="learning" element={<ChildHomePage />} />
            <Route path="learning/:id" element={<ChildModulePage />} />
            <Route path="learning/:id/lessons/:position" element={<ChildLessonPage />} />
            <Route path="attempts/:id" element={<ChildAttemptPage />} />
            {/* The public page that proves a certificate, so that the child can show it to someone. */}
            <Route path="verify/:code" element={<VerifyPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </>
        ) : (
          <Route path="*" element={<WaitingForConsent />} />
        )}
      </Route>
    </Routes>
  );
}
