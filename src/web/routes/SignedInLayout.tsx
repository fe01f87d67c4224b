import { Outlet } from '@tanstack/react-router';
import { useMe } from '@web/features/auth/session';

/** Pages below here need a session; the moment it ends they stop rendering while the app moves to sign-in. */
export function SignedInLayout() {
  const me = useMe();
  return me ? <Outlet /> : null;
}
