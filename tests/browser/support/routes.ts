// Every screen of the app, with a concrete address for screens that take a parameter. The suite
// runs axe, the 320 px / 200% reflow check and the target-size check on each. A test fails if a
// screen in src/app/routes.ts is missing here, so a new screen cannot skip those checks.
export const ROUTES: { path: string; name: string }[] = [
  { path: '/', name: 'home' },
  { path: '/settings', name: 'settings' },
  { path: '/help', name: 'help' },
  { path: '/kit', name: 'kit' },
  { path: '/no-such-page', name: 'not found' },
];
