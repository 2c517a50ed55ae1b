import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './api/client';
import { SessionProvider, useSession } from './auth/session';
import { I18nProvider, useI18n } from './i18n/i18n';
import { AppLayout } from './layout/AppLayout';
import { AREAS, canOpen } from './nav/navigation';
import { Forbidden, NotFound } from './pages/Errors';

// One chunk per area, loaded when first opened.
const LoginPage = lazy(() => import('./pages/LoginPage'));
const OverviewPage = lazy(() => import('./pages/OverviewPage'));
const MembersPage = lazy(() => import('./pages/members/MembersPage'));
const MemberDetailPage = lazy(() => import('./pages/members/MemberDetailPage'));
const ApplyPage = lazy(() => import('./pages/members/ApplyPage'));
const WorkingGroupsPage = lazy(() => import('./pages/working-groups/WorkingGroupsPage'));
const AccountsPage = lazy(() => import('./pages/accounts/AccountsPage'));
const DashboardPage = lazy(() => import('./pages/admin/DashboardPage'));
const PipelinePage = lazy(() => import('./pages/admin/PipelinePage'));
const CoursesPage = lazy(() => import('./pages/training/CoursesPage'));
const SessionsPage = lazy(() => import('./pages/training/SessionsPage'));
const SessionDetailPage = lazy(() => import('./pages/training/SessionDetailPage'));
const StaffPage = lazy(() => import('./pages/training/StaffPage'));
const CertificatesPage = lazy(() => import('./pages/training/CertificatesPage'));
const VerifyPage = lazy(() => import('./pages/training/VerifyPage'));
const RequirementsPage = lazy(() => import('./pages/training/RequirementsPage'));
const TrainingReportsPage = lazy(() => import('./pages/training/TrainingReportsPage'));
const ResourcesPage = lazy(() => import('./pages/resources/ResourcesPage'));
const BookingsPage = lazy(() => import('./pages/resources/BookingsPage'));
const PlaceRequestsPage = lazy(() => import('./pages/resources/PlaceRequestsPage'));
const AuditsPage = lazy(() => import('./pages/compliance/AuditsPage'));
const StandardsPage = lazy(() => import('./pages/standards/StandardsPage'));
const StandardPage = lazy(() => import('./pages/standards/StandardPage'));
const AuditPage = lazy(() => import('./pages/compliance/AuditPage'));
const ActionsPage = lazy(() => import('./pages/compliance/ActionsPage'));
const TasksPage = lazy(() => import('./pages/coordination/TasksPage'));
const NoticesPage = lazy(() => import('./pages/coordination/NoticesPage'));
const NoticePage = lazy(() => import('./pages/coordination/NoticePage'));
const MeetingsPage = lazy(() => import('./pages/coordination/MeetingsPage'));
const MeetingPage = lazy(() => import('./pages/coordination/MeetingPage'));
const MeetingSignInPage = lazy(() => import('./pages/coordination/MeetingSignInPage'));
const ActionItemsPage = lazy(() => import('./pages/coordination/ActionItemsPage'));
const PracticesPage = lazy(() => import('./pages/coordination/PracticesPage'));
const PracticePage = lazy(() => import('./pages/coordination/PracticePage'));

const PAGES: Record<string, ReactNode> = {
  overview: <OverviewPage />,
  members: <MembersPage />,
  apply: <ApplyPage />,
  member: <MemberDetailPage />,
  workingGroups: <WorkingGroupsPage />,
  accounts: <AccountsPage />,
  dashboard: <DashboardPage />,
  pipeline: <PipelinePage />,
  courses: <CoursesPage />,
  sessions: <SessionsPage />,
  session: <SessionDetailPage />,
  staff: <StaffPage />,
  certificates: <CertificatesPage />,
  requirements: <RequirementsPage />,
  trainingReports: <TrainingReportsPage />,
  resources: <ResourcesPage />,
  bookings: <BookingsPage />,
  placeRequests: <PlaceRequestsPage />,
  audits: <AuditsPage />,
  standards: <StandardsPage />,
  standard: <StandardPage />,
  audit: <AuditPage />,
  actions: <ActionsPage />,
  tasks: <TasksPage />,
  notices: <NoticesPage />,
  notice: <NoticePage />,
  meetings: <MeetingsPage />,
  meeting: <MeetingPage />,
  meetingSignIn: <MeetingSignInPage />,
  actionItems: <ActionItemsPage />,
  actionItem: <ActionItemsPage />,
  practices: <PracticesPage />,
  practice: <PracticePage />,
  // A to-do item's booking or corrective action opens the list where it is acted on.
  booking: <BookingsPage />,
  correctiveAction: <ActionsPage />,
};

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal will not change by asking again; a lost connection may.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function Loading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}

/** Signed in, or back to the login page (and here again after it). */
function RequireSession({ children }: { children: ReactNode }) {
  const { account, mustChangePassword } = useSession();
  const location = useLocation();
  if (!account || mustChangePassword) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <>{children}</>;
}

function Guarded({ area }: { area: string }) {
  const { role } = useSession();
  return canOpen(role, area) ? <>{PAGES[area]}</> : <Forbidden />;
}

/**
 * The alliance's blue, and secondary text dark enough for WCAG AA contrast (antd's default greys, 45% black,
 * are 3.4:1 on white; the axe scan of the browser tests asks for 4.5:1).
 */
const THEME = {
  token: {
    colorPrimary: '#0e6ba8',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    // Placeholders stand for the filters' labels: readable ones.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorLink: '#0b5a8e',
    // Danger buttons and error text: antd's #ff4d4f is 3.2:1 on white.
    colorError: '#c4262e',
    colorLinkHover: '#0e6ba8',
  },
  components: {
    Menu: { itemSelectedColor: '#08476f', itemSelectedBg: '#e1edf6' },
  },
};

function Themed({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <Themed>
            <BrowserRouter>
              <Suspense fallback={<Loading />}>
                <Routes>
                  <Route path="/login" element={<LoginPage />} />
                  {/* Printed on certificates: anyone checks a code without an account. */}
                  <Route path="/verify/:code" element={<VerifyPage />} />
                  <Route
                    element={
                      <RequireSession>
                        <AppLayout />
                      </RequireSession>
                    }
                  >
                    {AREAS.map((area) => (
                      <Route key={area.key} path={area.path} element={<Guarded area={area.key} />} />
                    ))}
                    <Route path="*" element={<NotFound />} />
                  </Route>
                </Routes>
              </Suspense>
            </BrowserRouter>
          </Themed>
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
