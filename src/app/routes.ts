// The router's half of the screens table (src/routes/screens.ts): the code of each screen. Each one
// but Home loads with its own code and words when first visited (and all are precached, so this
// works offline). The type makes a screen in the table without code here a compile error.
import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { exec } from 'preact-iso/router';
import { loadNamespaces } from '../i18n/i18n';
import { SCREENS, type ScreenId } from '../routes/screens';

/** A screen's code; `warm` (optional) reads ahead what it shows first, such as its pictures. */
type Load = () => Promise<{
  default: ComponentType<Record<string, unknown>>;
  warm?: () => void;
}>;

/** The six screens of the actions share one file (their own screens.ts says why). */
const action =
  (name: keyof typeof import('../features/after/actions/screens')): Load =>
  () =>
    import('../features/after/actions/screens').then((m) => ({ default: m[name] }));

const CODE: Record<Exclude<ScreenId, 'home'>, Load> = {
  settings: () => import('../features/settings/SettingsPage'),
  myData: () => import('../features/mydata/MyDataPage'),
  myDataRemove: () => import('../features/mydata/RemoveEverythingPage'),
  help: () => import('../features/help/HelpPage'),
  planHistory: () => import('../features/sharing/AuditPage'),
  learn: () => import('../features/learn/LearnContentsPage'),
  learnWords: () => import('../features/learn/GlossaryPage'),
  learnPictures: () => import('../features/pictures/PicturesCreditPage'),
  learnPage: () => import('../features/learn/LearnPage'),
  pictures: () => import('../features/pictures/MyPhotosPage'),
  people: () => import('../features/sharing/MyPeoplePage'),
  peopleInvite: () => import('../features/sharing/InvitePage'),
  invite: () => import('../features/sharing/AcceptPage'),
  day: () => import('../features/day/DayHubPage'),
  dayTimetable: () => import('../features/day/TimetablePage'),
  dayWhosWho: () => import('../features/day/WhosWhoPage'),
  dayCards: () => import('../features/day/CardsPage'),
  dayCommunication: () => import('../features/day/CommunicationPage'),
  dayCommunicationShow: () => import('../features/day/CommunicationShowPage'),
  planner: () => import('../features/planner/PlannerPage'),
  plannerReview: () => import('../features/planner/ReviewPage'),
  plannerConsent: () => import('../features/planner/consent/ConsentListPage'),
  plannerConsentHistory: () => import('../features/planner/consent/ConsentHistoryPage'),
  plannerConsentSubject: () => import('../features/planner/consent/ConsentPage'),
  plannerPeople: () => import('../features/planner/people/PeoplePage'),
  plannerPerson: () => import('../features/planner/people/PersonPage'),
  plannerSay: () => import('../features/planner/say/SayPage'),
  plannerSayCard: () => import('../features/planner/say/SayCardPage'),
  plannerQuestions: () => import('../features/planner/questions/QuestionsPage'),
  plannerTakingPart: () => import('../features/planner/TakingPartPage'),
  plannerNeeds: () => import('../features/planner/NeedsPage'),
  plannerSchool: () => import('../features/planner/SchoolPage'),
  plannerPrint: () => import('../features/planner/print/PrintPlannerPage'),
  plannerAboutMe: () => import('../features/planner/print/AboutMePage'),
  feedback: () => import('../features/feedback/FeedbackPage'),
  feedbackStep: () => import('../features/feedback/FeedbackStepPage'),
  send: () => import('../features/deliver/SendPage'),
  shared: () => import('../features/deliver/SharedPage'),
  after: () => import('../features/after/AfterHubPage'),
  diary: () => import('../features/after/diary/DiaryPage'),
  diaryEvidence: () => import('../features/after/diary/EvidencePage'),
  diaryEntry: () => import('../features/after/diary/DiaryEntryPage'),
  afterTeam: () => import('../features/after/team/TeamPage'),
  afterCrisis: () => import('../features/after/crisis/CrisisPage'),
  afterHelpNow: () => import('../features/after/crisis/HelpNowPage'),
  afterNext: () => import('../features/after/next/NextReviewPage'),
  afterReport: () => import('../features/after/report/ReportPage'),
  afterReportAsked: () => import('../features/after/report/ChaseFormPage'),
  afterDocuments: () => import('../features/after/documents/DocumentsPage'),
  afterDocument: () => import('../features/after/documents/DocumentPage'),
  afterActions: action('ActionsPage'),
  afterActionNew: action('ActionFormPage'),
  afterAction: action('ActionPage'),
  afterActionEdit: action('ActionFormPage'),
  afterActionUpdate: action('UpdatePage'),
  afterActionLetter: action('LetterPage'),
  account: () => import('../features/account/AccountPage'),
  conflicts: () => import('../features/conflicts/ConflictsPage'),
  kit: () => import('../features/kit/KitPage'),
};

export interface Screen {
  path: string;
  component: ComponentType<Record<string, unknown>>;
}

const components = new Map(
  SCREENS.flatMap((s) =>
    s.id === 'home'
      ? []
      : [
          [
            s.id,
            lazy<ComponentType<Record<string, unknown>>>(() =>
              Promise.all([CODE[s.id](), loadNamespaces([...s.namespaces])]).then(
                ([m]) => m.default,
              ),
            ),
          ] as const,
        ],
  ),
);

/** The lazily loaded screens, in the table's order (the router takes the first that matches). */
export const screens: Screen[] = SCREENS.flatMap((s) => {
  const component = s.id === 'home' ? undefined : components.get(s.id);
  return component ? [{ path: s.path, component }] : [];
});

/**
 * Fetches the code and words of the screen at `href` (and reads ahead what it shows first), as
 * the router would on opening it, so it opens sooner. Nothing for Home or an unknown address.
 */
export function preloadScreen(href: string): void {
  const path = href.split(/[?#]/)[0] ?? '';
  const screen = SCREENS.find((s) => exec(path, s.path) !== undefined);
  if (!screen || screen.id === 'home') return;
  void components
    .get(screen.id)
    ?.preload()
    .then(() => CODE[screen.id]())
    .then((m) => m.warm?.())
    // A screen that cannot load now says so when it is opened (the app's error boundary).
    .catch(() => undefined);
}
