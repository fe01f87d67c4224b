import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { meQueryOptions } from '@web/features/auth/api';
import { SignInPage } from '@web/features/auth/SignInPage';
import { HomePage } from '@web/features/home/HomePage';
import { AccountPage } from '@web/features/account/AccountPage';
import { UsersPage } from '@web/features/users/UsersPage';
import { AgenciesPage } from '@web/features/agencies/AgenciesPage';
import { AuditPage } from '@web/features/audit/AuditPage';
import { ReportsPage } from '@web/features/reports/ReportsPage';
import { ReportIntakePage } from '@web/features/reports/ReportIntakePage';
import { ReportPage } from '@web/features/reports/ReportPage';
import { AllegationPage } from '@web/features/reports/AllegationPage';
import { ReviewPage } from '@web/features/reports/ReviewPage';
import { LookupsPage } from '@web/features/lookups/LookupsPage';
import { ImportsPage } from '@web/features/imports/ImportsPage';
import { InstrumentPage } from '@web/features/instruments/InstrumentPage';
import { InstrumentsPage } from '@web/features/instruments/InstrumentsPage';
import { loadYouthPage } from '@web/features/youth/api';
import { FindYouthPage } from '@web/features/youth/FindYouthPage';
import { NewYouthPage } from '@web/features/youth/NewYouthPage';
import { YouthPage } from '@web/features/youth/YouthPage';
import { NetworkPage } from '@web/features/persons/NetworkPage';
import { NewPersonPage } from '@web/features/persons/NewPersonPage';
import { PersonPage } from '@web/features/persons/PersonPage';
import { PersonsPage } from '@web/features/persons/PersonsPage';
import { ScreeningPage } from '@web/features/screenings/ScreeningPage';
import { ScreeningRunnerPage } from '@web/features/screenings/ScreeningRunnerPage';
import { loadScreenYouth } from '@web/features/screenings/load';
import { adoptAccountLocale } from '@web/i18n';
import { Loading } from '@web/ui/alerts';
import { ErrorPage } from '@web/ui/ErrorPage';
import { NotFoundPage } from '@web/ui/NotFoundPage';
import { requireAbility } from './guards';
import { RootErrorLayout, RootLayout } from './RootLayout';
import {
  parseAgenciesSearch,
  parseAuditSearch,
  parseSignInSearch,
  parseUsersSearch,
  parseYouthSearch,
} from './search';
import { parseNewReportSearch, parseReportPageSearch, parseReportsSearch } from './search';
import { parseNetworkSearch, parsePersonsSearch } from './search';
import { parseReviewSearch } from './search';
import { parseScreenSearch } from './search';
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

const findYouthRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'youth',
  validateSearch: parseYouthSearch,
  component: requireAbility('youth.read', FindYouthPage),
});

const newYouthRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'youth/new',
  component: requireAbility('youth.write', NewYouthPage),
});

const youthRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'youth/$id',
  loader: ({ context, params }) => loadYouthPage(context.queryClient, params.id),
  component: requireAbility('youth.read', YouthPage),
});

const screenYouthRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'youth/$id/screen',
  validateSearch: parseScreenSearch,
  loader: ({ context, params }) => loadScreenYouth(context.queryClient, context.me, params.id),
  component: requireAbility('screenings.write', ScreeningRunnerPage),
});

const reportsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'reports',
  validateSearch: parseReportsSearch,
  component: requireAbility('reports.read', ReportsPage),
});

const newReportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'reports/new',
  validateSearch: parseNewReportSearch,
  component: requireAbility('reports.write', ReportIntakePage),
});

const reportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'reports/$reportId',
  validateSearch: parseReportPageSearch,
  component: requireAbility('reports.read', ReportPage),
});

const allegationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'allegations/$allegationId',
  component: requireAbility('reports.read', AllegationPage),
});

const reviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'review',
  validateSearch: parseReviewSearch,
  component: requireAbility('allegations.review', ReviewPage),
});

const lookupsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/lookups',
  component: requireAbility('lookups.manage', LookupsPage),
});

const instrumentsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/instruments',
  component: requireAbility('instruments.manage', InstrumentsPage),
});

const instrumentRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/instruments/$key',
  component: requireAbility('instruments.manage', InstrumentPage),
});

const importsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'admin/imports',
  component: requireAbility('imports.run', ImportsPage),
});

const personsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'persons',
  validateSearch: parsePersonsSearch,
  component: requireAbility('persons.read', PersonsPage),
});

const newPersonRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'persons/new',
  component: requireAbility('persons.write', NewPersonPage),
});

const personRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'persons/$personId',
  component: requireAbility('persons.read', PersonPage),
});

const networkRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'network',
  validateSearch: parseNetworkSearch,
  component: requireAbility('persons.read', NetworkPage),
});

const screeningRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'screenings/$screeningId',
  component: requireAbility('screenings.read', ScreeningPage),
});

const routeTree = rootRoute.addChildren([
  sessionRoute.addChildren([
    signInRoute,
    signedInRoute.addChildren([
      homeRoute,
      accountRoute,
      usersRoute,
      agenciesRoute,
      auditRoute,
      findYouthRoute,
      newYouthRoute,
      youthRoute,
      screenYouthRoute,
      reportsRoute,
      newReportRoute,
      reportRoute,
      allegationRoute,
      reviewRoute,
      lookupsRoute,
      importsRoute,
      instrumentsRoute,
      instrumentRoute,
      personsRoute,
      newPersonRoute,
      personRoute,
      networkRoute,
      screeningRoute,
    ]),
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
