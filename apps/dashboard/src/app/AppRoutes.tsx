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
const InterventionListPage = lazy(() => import('../routes/interventions/InterventionListPage'));
const NewInterventionPage = lazy(() => import('../routes/interventions/NewInterventionPage'));
const InterventionDetailPage = lazy(() => import('../routes/interventions/InterventionDetailPage'));
const AssignmentsPage = lazy(() => import('../routes/assignments/AssignmentsPage'));
const FocusAreasPage = lazy(() => import('../routes/focus-areas/FocusAreasPage'));
const ActionPlanPage = lazy(() => import('../routes/action-plan/ActionPlanPage'));
const ActionPlanVersionPage = lazy(() => import('../routes/action-plan/ActionPlanVersionPage'));
const ActionPlanComparePage = lazy(() => import('../routes/action-plan/ActionPlanComparePage'));
const PublishActionPlanPage = lazy(() => import('../routes/action-plan/PublishActionPlanPage'));
const ReportPage = lazy(() => import('../routes/report/ReportPage'));
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
        <Route path="insatser" element={<InterventionListPage />} />
        <Route path="insatser/ny" element={<NewInterventionPage />} />
        <Route path="insatser/:id" element={<InterventionDetailPage />} />
        <Route path="mina-uppdrag" element={<AssignmentsPage />} />
        <Route path="prioriterade-omraden" element={<FocusAreasPage />} />
        <Route path="atgardsplan" element={<ActionPlanPage />} />
        <Route path="atgardsplan/jamfor" element={<ActionPlanComparePage />} />
        <Route path="atgardsplan/publicera" element={<PublishActionPlanPage />} />
        <Route path="atgardsplan/:version" element={<ActionPlanVersionPage />} />
        <Route path="rapport" element={<ReportPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
