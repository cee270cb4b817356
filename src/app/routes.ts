// Every screen of the app. Each one but Home loads with its own code and words when first visited
// (and all are precached, so this works offline).
import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { loadNamespaces } from '../i18n/i18n';

export interface Screen {
  path: string;
  component: ComponentType<Record<string, unknown>>;
}

function screen(
  path: string,
  namespaces: string[],
  load: () => Promise<{ default: ComponentType<Record<string, unknown>> }>,
): Screen {
  return {
    path,
    component: lazy(() =>
      Promise.all([load(), loadNamespaces(namespaces)]).then(([m]) => m.default),
    ),
  };
}

export const screens: Screen[] = [
  screen('/settings', ['settings'], () => import('../features/settings/SettingsPage')),
  screen('/help', ['help'], () => import('../features/help/HelpPage')),
  // Easy read. The fixed addresses come before /learn/:id, which would match them too.
  screen('/learn', ['learn'], () => import('../features/learn/LearnContentsPage')),
  screen('/learn/words', ['glossary', 'learn'], () => import('../features/learn/GlossaryPage')),
  screen('/learn/pictures', ['pictures'], () => import('../features/pictures/PicturesCreditPage')),
  screen(
    '/learn/:id',
    ['learn', 'glossary', 'pictures'],
    () => import('../features/learn/LearnPage'),
  ),
  screen('/pictures', ['pictures'], () => import('../features/pictures/MyPhotosPage')),
  // My review day.
  screen('/day', ['day'], () => import('../features/day/DayHubPage')),
  screen('/day/timetable', ['day'], () => import('../features/day/TimetablePage')),
  screen('/day/whos-who', ['day', 'pictures'], () => import('../features/day/WhosWhoPage')),
  screen('/day/cards', ['day', 'pictures'], () => import('../features/day/CardsPage')),
  screen('/day/communication', ['day'], () => import('../features/day/CommunicationPage')),
  screen('/day/communication/show', ['day'], () => import('../features/day/CommunicationShowPage')),
  // The planner (issue 4). Steps are part of the path so Back, Next and reloads keep the place.
  screen('/planner', ['planner'], () => import('../features/planner/PlannerPage')),
  screen('/planner/review/:step?', ['planner'], () => import('../features/planner/ReviewPage')),
  screen(
    '/planner/consent',
    ['planner'],
    () => import('../features/planner/consent/ConsentListPage'),
  ),
  screen(
    '/planner/consent/history',
    ['planner'],
    () => import('../features/planner/consent/ConsentHistoryPage'),
  ),
  screen(
    '/planner/consent/:subject',
    ['planner'],
    () => import('../features/planner/consent/ConsentPage'),
  ),
  screen('/planner/people', ['planner'], () => import('../features/planner/people/PeoplePage')),
  screen(
    '/planner/people/:id/:step?',
    ['planner'],
    () => import('../features/planner/people/PersonPage'),
  ),
  screen('/planner/say', ['planner'], () => import('../features/planner/say/SayPage')),
  screen('/planner/say/:theme', ['planner'], () => import('../features/planner/say/SayCardPage')),
  screen(
    '/planner/questions',
    ['planner'],
    () => import('../features/planner/questions/QuestionsPage'),
  ),
  screen(
    '/planner/taking-part/:step?',
    ['planner'],
    () => import('../features/planner/TakingPartPage'),
  ),
  screen('/planner/needs/:step?', ['planner'], () => import('../features/planner/NeedsPage')),
  screen('/planner/school/:step?', ['planner'], () => import('../features/planner/SchoolPage')),
  screen(
    '/planner/print',
    ['planner', 'feedback'],
    () => import('../features/planner/print/PrintPlannerPage'),
  ),
  screen('/planner/about-me', ['planner'], () => import('../features/planner/print/AboutMePage')),
  screen('/feedback', ['feedback', 'planner'], () => import('../features/feedback/FeedbackPage')),
  screen(
    '/feedback/:step',
    ['feedback', 'planner'],
    () => import('../features/feedback/FeedbackStepPage'),
  ),
  screen('/account', ['account'], () => import('../features/account/AccountPage')),
  screen('/conflicts', ['conflicts'], () => import('../features/conflicts/ConflictsPage')),
  screen('/kit', ['kit'], () => import('../features/kit/KitPage')),
];

/**
 * Whether a link opens a real screen (query and #part ignored). Features use it never to show a
 * link to something that is not there yet. Same pattern rules as preact-iso: ":id", ":id?", ":rest*".
 */
export function hasScreen(href: string): boolean {
  const path = href.split(/[?#]/)[0] ?? '';
  return path === '/' || screens.some((s) => matchesPattern(s.path, path));
}

function matchesPattern(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const seg = want[i];
    if (seg === undefined) return false;
    const param = /^:(.*?)([?*+]?)$/.exec(seg);
    if (!param) {
      if (seg !== got[i]) return false;
      continue;
    }
    const flag = param[2];
    if (flag === '*' || flag === '+') return flag === '*' || got[i] !== undefined;
    if (got[i] === undefined && flag !== '?') return false;
  }
  return true;
}
