// The router's own matching, so a link is judged exactly as the router will judge it.
import { exec } from 'preact-iso/router';
import { SCREENS } from './screens';

/**
 * Whether a link opens a real screen (query and #part ignored), by the router's own matching.
 * Features use it never to show a link to something that is not there yet.
 */
export function hasScreen(href: string): boolean {
  const path = href.split(/[?#]/)[0] ?? '';
  return SCREENS.some((s) => exec(path, s.path) !== undefined);
}
