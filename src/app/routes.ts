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
  screen('/kit', ['kit'], () => import('../features/kit/KitPage')),
];
