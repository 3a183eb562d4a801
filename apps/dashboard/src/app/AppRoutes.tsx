import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './AppShell';

// Each page is its own chunk, so heavy views (charts, map) load only when opened.
const OverviewPage = lazy(() => import('../routes/overview/OverviewPage'));
const NotFoundPage = lazy(() => import('../routes/NotFoundPage'));

export function AppRoutes({ onSignOut }: { onSignOut: () => void }) {
  return (
    <Routes>
      <Route element={<AppShell onSignOut={onSignOut} />}>
        <Route index element={<OverviewPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
