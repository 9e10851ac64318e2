import { Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { useAuth } from './auth/AuthContext';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { LoginPage } from './pages/LoginPage';
import { ComingSoon } from './components/ComingSoon';
import { ErrorState } from './components/PageState';
import { HOME_PATH, PAGES } from './routes';
import { NotFoundPage, ForbiddenPage } from './pages/StatusPages';

function Loading() {
  return (
    <div className="page-state-loading" role="status">
      <Spin size="large" tip="加载中…">
        <div style={{ minHeight: 120 }} />
      </Spin>
    </div>
  );
}

/** Pages behind the sign-in: a signed-out visitor goes to /login and comes back after. */
function RequireSignIn({ children }: { children: React.ReactNode }) {
  const { status, error, retry } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (status === 'unavailable') return <ErrorState error={error} onRetry={retry} />;
  if (status === 'signedOut') return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

export function App() {
  const { role } = useAuth();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSignIn>
            <ConsoleLayout />
          </RequireSignIn>
        }
      >
        <Route index element={<Navigate to={`/${HOME_PATH}`} replace />} />
        {PAGES.map((p) => {
          const Page = p.page;
          const element = !p.roles.includes(role) ? <ForbiddenPage /> : Page === 'soon' ? <ComingSoon title={p.title} /> : <Page />;
          return <Route key={p.path} path={`/${p.path}/*`} element={<Suspense fallback={<Loading />}>{element}</Suspense>} />;
        })}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
