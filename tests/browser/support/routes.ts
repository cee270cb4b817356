// Every screen of the app, with a concrete address for screens that take a parameter. The suite
// runs axe, the 320 px / 200% reflow check and the target-size check on each. A test fails if a
// screen in src/app/routes.ts is missing here, so a new screen cannot skip those checks.
export const ROUTES: { path: string; name: string }[] = [
  { path: '/', name: 'home' },
  { path: '/settings', name: 'settings' },
  { path: '/help', name: 'help' },
  { path: '/learn', name: 'easy-read contents' },
  { path: '/learn/what-is-a-review', name: 'an easy-read page' },
  { path: '/learn/four-questions', name: 'an easy-read page with hard words' },
  { path: '/learn/words', name: 'glossary' },
  { path: '/learn/pictures', name: 'picture credits' },
  { path: '/pictures', name: 'my own photos' },
  { path: '/day', name: 'my review day' },
  { path: '/day/timetable', name: 'timetable' },
  { path: '/day/whos-who', name: "who's who" },
  { path: '/day/cards', name: 'communication cards' },
  { path: '/day/communication', name: 'how I communicate' },
  { path: '/day/communication/show', name: 'how I communicate, to show' },
  { path: '/kit', name: 'kit' },
  { path: '/no-such-page', name: 'not found' },
];
