import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { meQueryOptions } from '@web/features/auth/api';
import { SignInPage } from '@web/features/auth/SignInPage';
import { HomePage } from '@web/features/home/HomePage';
import { AccountPage } from '@web/features/account/AccountPage';
import { UsersPage } from '@web/features/users/UsersPage';
import { AgenciesPage } from '@web/features/agencies/AgenciesPage';
import { AuditPage } from '@web/features/audit/AuditPage';
import { adoptAccountLocale } from '@web/i18n';
import { Loading } from '@web/ui/alerts';
import { ErrorPage } from '@web/ui/ErrorPage';
import { NotFoundPage } from '@web/ui/NotFoundPage';
import { requireAbility } from './guards';
import { RootErrorLayout, RootLayout } from './RootLayout';
import { parseAgenciesSearch, parseAuditSearch, parseSignInSearch, parseUsersSearch } from './search';
import { SignedInLayout } from './SignedInLayout';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: (props) => (
    <RootErrorLayout>
      <ErrorPage {...props} />
    </RootErrorLayout>
  ),
});

/** Every page knows whether someone is signed in (null when not). */
const sessionRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'session',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (me) await adoptAccountLocale(me.user.locale);
    return { me };
  },
});

const signInRoute = createRoute({
  getParentRoute: () => sessionRoute,
  path: 'sign-in',
  validateSearch: parseSignInSearch,
  beforeLoad: ({ context, search }) => {
    if (context.me) throw redirect({ href: search.redirect ?? '/' });
  },
  component: SignInPage,
});

/** Pages for signed-in people; anyone else is sent to sign in and brought back afterwards. */
const signedInRoute = createRoute({
  getParentRoute: () => sessionRoute,
  id: 'signed-in',
  beforeLoad: ({ context, location }) => {
    if (!context.me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { me: context.me };
  },
  component: SignedInLayout,
});

const homeRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/', component: HomePage });

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'account',
  component: AccountPage,
});

const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/users',
  validateSearch: parseUsersSearch,
  component: requireAbility('users.read', UsersPage),
});

const agenciesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/agencies',
  validateSearch: parseAgenciesSearch,
  component: requireAbility('agencies.read', AgenciesPage),
});

const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'audit',
  validateSearch: parseAuditSearch,
  component: requireAbility('audit.read', AuditPage),
});

const routeTree = rootRoute.addChildren([
  sessionRoute.addChildren([
    signInRoute,
    signedInRoute.addChildren([homeRoute, accountRoute, usersRoute, agenciesRoute, auditRoute]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultErrorComponent: ErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPendingComponent: Loading,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
