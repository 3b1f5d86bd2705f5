import { Center, Loader } from '@mantine/core';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AccountPage } from '../pages/AccountPage';
import { CreateEventPage } from '../pages/CreateEventPage';
import { EventPage } from '../pages/EventPage';
import { HomePage } from '../pages/home/HomePage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { LoginPage } from '../pages/LoginPage';
import { MeetInPersonPage } from '../pages/room/MeetInPersonPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProfilePage } from '../pages/ProfilePage';
import { RoomPage } from '../pages/room/RoomPage';
import { TokenPasswordPage } from '../pages/TokenPasswordPage';
import { SupportConsolePage } from '../support/SupportConsolePage';
import { Layout } from './Layout';
import { useSession } from './session';

/** Pages behind login; `fullScreen` ones (the video room) come without the app's header. */
function RequireLogin({ children, fullScreen = false }: { children: React.ReactNode; fullScreen?: boolean }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!user)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return fullScreen ? children : <Layout>{children}</Layout>;
}

/**
 * Every page of the app. Pages of later features are added here, each behind login unless it is part of signing in.
 */
export function AppRoutes() {
  return (
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
        path="*"
        element={
          <RequireLogin>
            <NotFoundPage />
          </RequireLogin>
        }
      />
    </Routes>
  );
}
