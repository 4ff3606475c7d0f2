import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { safeRedirect } from "./features/auth/redirect.ts";
import { sessionQuery } from "./features/auth/session.ts";
import { parseDirectorySearch } from "./features/directory/search-params.ts";
import { AdminGate } from "./features/layout/AdminGate.tsx";
import { AppLayout } from "./features/layout/AppLayout.tsx";
import { NotFoundPage, RouteErrorPage } from "./features/layout/ErrorPages.tsx";
import { PageLoader } from "./features/layout/PageLoader.tsx";
import { PublicLayout } from "./features/layout/PublicLayout.tsx";
import { RELATIONSHIP_TABS, type RelationshipTab } from "./features/relationship/tabs.ts";

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session.setupNeeded && location.pathname !== "/setup") {
      throw redirect({ to: "/setup" });
    }
    return { session };
  },
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

// ----- Pages for people who are not signed in -----

const publicLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: "public",
  component: PublicLayout,
});

const setupRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "/setup",
  beforeLoad: ({ context }) => {
    if (!context.session.setupNeeded) throw redirect({ to: "/" });
  },
  component: lazyRouteComponent(() => import("./features/setup/SetupPage.tsx"), "SetupPage"),
});

const signInRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "/sign-in",
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  beforeLoad: ({ context, search }) => {
    if (context.session.signedIn) throw redirect({ href: search.redirect ?? "/" });
  },
  component: lazyRouteComponent(() => import("./features/auth/SignInPage.tsx"), "SignInPage"),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "/forgot-password",
  component: lazyRouteComponent(
    () => import("./features/auth/ForgotPasswordPage.tsx"),
    "ForgotPasswordPage",
  ),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "/reset-password/$token",
  component: lazyRouteComponent(
    () => import("./features/auth/ResetPasswordPage.tsx"),
    "ResetPasswordPage",
  ),
});

const inviteRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "/invite/$token",
  component: lazyRouteComponent(
    () => import("./features/invitations/AcceptInvitePage.tsx"),
    "AcceptInvitePage",
  ),
});

// ----- The app, for signed-in people -----

const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: ({ context, location }) => {
    if (!context.session.signedIn) {
      const back = location.href === "/" ? {} : { redirect: location.href };
      throw redirect({ to: "/sign-in", search: back });
    }
  },
  component: AppLayout,
});

const homeRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/",
  component: lazyRouteComponent(() => import("./features/home/HomePage.tsx"), "HomePage"),
});

const profileRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/profile",
  component: lazyRouteComponent(() => import("./features/profile/ProfilePage.tsx"), "ProfilePage"),
});

const personRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/people/$personId",
  component: lazyRouteComponent(() => import("./features/people/PersonPage.tsx"), "PersonPage"),
});

const directoryRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/directory",
  validateSearch: parseDirectorySearch,
  component: lazyRouteComponent(
    () => import("./features/directory/DirectoryPage.tsx"),
    "DirectoryPage",
  ),
});

const orgChartRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/org-chart",
  validateSearch: (search: Record<string, unknown>): { focus?: string } =>
    typeof search.focus === "string" && /^[0-9a-f-]{36}$/i.test(search.focus)
      ? { focus: search.focus }
      : {},
  component: lazyRouteComponent(
    () => import("./features/org-chart/OrgChartPage.tsx"),
    "OrgChartPage",
  ),
});

const programsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs",
  component: lazyRouteComponent(
    () => import("./features/programs/ProgramsPage.tsx"),
    "ProgramsPage",
  ),
});

const newProgramRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/new",
  component: lazyRouteComponent(
    () => import("./features/programs/NewProgramPage.tsx"),
    "NewProgramPage",
  ),
});

const programRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug",
  component: lazyRouteComponent(() => import("./features/programs/ProgramPage.tsx"), "ProgramPage"),
});

const enrollRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/enroll",
  component: lazyRouteComponent(() => import("./features/enrollment/EnrollPage.tsx"), "EnrollPage"),
});

const enrollmentsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/enrollments",
  component: lazyRouteComponent(
    () => import("./features/enrollment/EnrollmentsPage.tsx"),
    "EnrollmentsPage",
  ),
});

const enrollmentFormRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/form",
  component: lazyRouteComponent(
    () => import("./features/enrollment/FormBuilderPage.tsx"),
    "FormBuilderPage",
  ),
});

const matchingRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/matching",
  component: lazyRouteComponent(
    () => import("./features/program-matching/MatchingPage.tsx"),
    "MatchingPage",
  ),
});

const notificationsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/notifications",
  component: lazyRouteComponent(
    () => import("./features/notifications/NotificationsPage.tsx"),
    "NotificationsPage",
  ),
});

const matchesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/matches",
  component: lazyRouteComponent(
    () => import("./features/relationships/MatchesPage.tsx"),
    "MatchesPage",
  ),
});

const mentorRequestsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/requests",
  component: lazyRouteComponent(
    () => import("./features/mentor-requests/RequestsPage.tsx"),
    "RequestsPage",
  ),
});

const chooseMentorRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/choose",
  component: lazyRouteComponent(
    () => import("./features/mentor-requests/ChooseMentorPage.tsx"),
    "ChooseMentorPage",
  ),
});

const rematchesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/rematches",
  component: lazyRouteComponent(
    () => import("./features/relationships/RematchesPage.tsx"),
    "RematchesPage",
  ),
});

const relationshipRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/relationships/$relationshipId",
  validateSearch: (search: Record<string, unknown>): { tab?: RelationshipTab } => {
    const tab = RELATIONSHIP_TABS.find((t) => t === search.tab);
    return tab ? { tab } : {};
  },
  component: lazyRouteComponent(
    () => import("./features/relationship/RelationshipPage.tsx"),
    "RelationshipPage",
  ),
});

const sessionRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/relationships/$relationshipId/sessions/$sessionId",
  component: lazyRouteComponent(
    () => import("./features/relationship/session-work/SessionPage.tsx"),
    "SessionPage",
  ),
});

const programRelationshipsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/relationships",
  component: lazyRouteComponent(
    () => import("./features/relationship-insights/ProgramRelationshipsPage.tsx"),
    "ProgramRelationshipsPage",
  ),
});

const learningLogRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/learning-log",
  component: lazyRouteComponent(
    () => import("./features/debriefs/LearningLogPage.tsx"),
    "LearningLogPage",
  ),
});

const circlesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "/programs/$slug/circles",
  component: lazyRouteComponent(() => import("./features/circles/CirclesPage.tsx"), "CirclesPage"),
});

const adminLayout = createRoute({
  getParentRoute: () => appLayout,
  id: "admin",
  component: AdminGate,
});

const peopleRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: "/admin/people",
  component: lazyRouteComponent(() => import("./features/people/PeoplePage.tsx"), "PeoplePage"),
});

const outboxRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: "/admin/outbox",
  component: lazyRouteComponent(() => import("./features/outbox/OutboxPage.tsx"), "OutboxPage"),
});

const outboxEmailRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: "/admin/outbox/$emailId",
  component: lazyRouteComponent(
    () => import("./features/outbox/OutboxEmailPage.tsx"),
    "OutboxEmailPage",
  ),
});

const profileSettingsRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: "/admin/profile-settings",
  component: lazyRouteComponent(
    () => import("./features/profile/admin/ProfileSettingsPage.tsx"),
    "ProfileSettingsPage",
  ),
});

const skillsAdminRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: "/admin/skills",
  component: lazyRouteComponent(
    () => import("./features/skills/SkillsAdminPage.tsx"),
    "SkillsAdminPage",
  ),
});

const importRoute = createRoute({
  getParentRoute: () => adminLayout,
  path: "/admin/import",
  validateSearch: (search: Record<string, unknown>): { id?: string } =>
    typeof search.id === "string" && /^[0-9a-f-]{36}$/.test(search.id) ? { id: search.id } : {},
  component: lazyRouteComponent(
    () => import("./features/people-import/ImportPage.tsx"),
    "ImportPage",
  ),
});

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([
    setupRoute,
    signInRoute,
    forgotPasswordRoute,
    resetPasswordRoute,
    inviteRoute,
  ]),
  appLayout.addChildren([
    homeRoute,
    profileRoute,
    personRoute,
    directoryRoute,
    orgChartRoute,
    programsRoute,
    newProgramRoute,
    programRoute,
    enrollRoute,
    enrollmentsRoute,
    enrollmentFormRoute,
    matchingRoute,
    notificationsRoute,
    matchesRoute,
    mentorRequestsRoute,
    chooseMentorRoute,
    rematchesRoute,
    relationshipRoute,
    sessionRoute,
    programRelationshipsRoute,
    learningLogRoute,
    circlesRoute,
    adminLayout.addChildren([
      peopleRoute,
      outboxRoute,
      outboxEmailRoute,
      profileSettingsRoute,
      skillsAdminRoute,
      importRoute,
    ]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    defaultPendingComponent: PageLoader,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
