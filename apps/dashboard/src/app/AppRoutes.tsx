import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppShell } from './AppShell';

// Each page is its own chunk, so heavy views (charts, map) load only when opened.
const OverviewPage = lazy(() => import('../routes/overview/OverviewPage'));
const SituationPage = lazy(() => import('../routes/situation/SituationPage'));
const DistrictIndexPage = lazy(() => import('../routes/district/DistrictIndexPage'));
const DistrictPage = lazy(() => import('../routes/district/DistrictPage'));
const IndicatorIndexPage = lazy(() => import('../routes/indicator/IndicatorIndexPage'));
const IndicatorPage = lazy(() => import('../routes/indicator/IndicatorPage'));
const ImportPage = lazy(() => import('../routes/import/ImportPage'));
const NotFoundPage = lazy(() => import('../routes/NotFoundPage'));

export function AppRoutes({ onSignOut }: { onSignOut: () => void }) {
  return (
    <Routes>
      <Route element={<AppShell onSignOut={onSignOut} />}>
        <Route index element={<OverviewPage />} />
        <Route path="lagesbild" element={<SituationPage />} />
        <Route path="omrade" element={<DistrictIndexPage />} />
        <Route path="omrade/:code" element={<DistrictPage />} />
        <Route path="indikator" element={<IndicatorIndexPage />} />
        <Route path="indikator/:key" element={<IndicatorPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
