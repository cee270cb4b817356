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
  screen('/account', ['account'], () => import('../features/account/AccountPage')),
  screen('/conflicts', ['conflicts'], () => import('../features/conflicts/ConflictsPage')),
];
