import { type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './Layout';
import { lazyNamed, PageLoader } from './lazyPage';
import { useSession } from './session';

// Each page's code comes when it is first opened: the video room with its media code, the organizer's and the
// support team's pages stay out of what a talent downloads first, and a signed-in talent does not fetch the login
// form.
const AccountPage = lazyNamed(() => import('../pages/AccountPage'), 'AccountPage');
const CreateEventPage = lazyNamed(() => import('../pages/CreateEventPage'), 'CreateEventPage');
const EventPage = lazyNamed(() => import('../pages/EventPage'), 'EventPage');
const ForgotPasswordPage = lazyNamed(() => import('../pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const LoginPage = lazyNamed(() => import('../pages/LoginPage'), 'LoginPage');
const HomePage = lazyNamed(() => import('../pages/home/HomePage'), 'HomePage');
const MeetInPersonPage = lazyNamed(() => import('../pages/room/MeetInPersonPage'), 'MeetInPersonPage');
const CheckInPage = lazyNamed(() => import('../pages/room/CheckInPage'), 'CheckInPage');
const NotFoundPage = lazyNamed(() => import('../pages/NotFoundPage'), 'NotFoundPage');
const ProfilePage = lazyNamed(() => import('../pages/ProfilePage'), 'ProfilePage');
const RoomPage = lazyNamed(() => import('../pages/room/RoomPage'), 'RoomPage');
const SupportConsolePage = lazyNamed(() => import('../support/SupportConsolePage'), 'SupportConsolePage');
const TokenPasswordPage = lazyNamed(() => import('../pages/TokenPasswordPage'), 'TokenPasswordPage');

/** Pages behind login; `fullScreen` ones (the video room) come without the app's header. */
function RequireLogin({ children, fullScreen = false }: { children: ReactNode; fullScreen?: boolean }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader fill />;
  if (!user)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (fullScreen) return children;
  // The header stays while a page's code loads; only the page's place shows the spinner.
  return (
    <Layout>
      <Suspense fallback={<PageLoader />}>{children}</Suspense>
    </Layout>
  );
}

/**
 * Every page of the app. Pages of later features are added here, each behind login unless it is part of signing in.
 */
export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoader fill />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<TokenPasswordPage purpose="password_reset" />} />
        <Route path="/accept-invitation" element={<TokenPasswordPage purpose="invitation" />} />
        <Route
          path="/"
          element={
            <RequireLogin>
              <HomePage />
            </RequireLogin>
          }
        />
        <Route
          path="/account"
          element={
            <RequireLogin>
              <AccountPage />
            </RequireLogin>
          }
        />
        <Route
          path="/profile"
          element={
            <RequireLogin>
              <ProfilePage />
            </RequireLogin>
          }
        />
        <Route
          path="/support"
          element={
            <RequireLogin>
              <SupportConsolePage />
            </RequireLogin>
          }
        />
        <Route
          path="/events/new"
          element={
            <RequireLogin>
              <CreateEventPage />
            </RequireLogin>
          }
        />
        <Route
          path="/events/:eventId/*"
          element={
            <RequireLogin>
              <EventPage />
            </RequireLogin>
          }
        />
        <Route
          path="/room/:chatId"
          element={
            <RequireLogin fullScreen>
              <RoomPage />
            </RequireLogin>
          }
        />
        <Route
          path="/meet/:chatId"
          element={
            <RequireLogin>
              <MeetInPersonPage />
            </RequireLogin>
          }
        />
        <Route
          path="/check-in/:chatId"
          element={
            <RequireLogin>
              <CheckInPage />
            </RequireLogin>
          }
        />
        <Route
          path="*"
          element={
            <RequireLogin>
              <NotFoundPage />
            </RequireLogin>
          }
        />
      </Routes>
    </Suspense>
  );
}
