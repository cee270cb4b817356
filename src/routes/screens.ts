// Every screen of the app, as data: its address pattern (preact-iso's ":id", ":step?") and the
// word files it needs. The router (src/app/routes.ts), hasScreen, the links of the app and the
// accessibility suite all read this one list, so a screen cannot exist in one and not the others.
// Plain data with no imports: any layer may read it without making an import circle.

export const SCREENS = [
  { id: 'home', path: '/', namespaces: [] },
  { id: 'settings', path: '/settings', namespaces: ['settings', 'mydata'] },
  // My data: a copy to keep, bringing it back, removing everything from this tablet.
  { id: 'myData', path: '/my-data', namespaces: ['mydata'] },
  { id: 'myDataRemove', path: '/my-data/remove', namespaces: ['mydata'] },
  { id: 'help', path: '/help', namespaces: ['help'] },
  // Sharing: who has seen and changed the person's plan (the server's audit, owner only).
  { id: 'planHistory', path: '/plan-history', namespaces: ['audit'] },
  // Easy read. The fixed addresses come before /learn/:id, which would match them too.
  { id: 'learn', path: '/learn', namespaces: ['learn'] },
  { id: 'learnWords', path: '/learn/words', namespaces: ['glossary', 'learn'] },
  { id: 'learnPictures', path: '/learn/pictures', namespaces: ['pictures'] },
  { id: 'learnPage', path: '/learn/:id', namespaces: ['learn', 'glossary', 'pictures'] },
  { id: 'pictures', path: '/pictures', namespaces: ['pictures'] },
  // Sharing the plan: My people, inviting someone, and the page an invitation opens.
  { id: 'people', path: '/people', namespaces: ['sharing'] },
  { id: 'peopleInvite', path: '/people/invite', namespaces: ['sharing'] },
  { id: 'invite', path: '/invite', namespaces: ['sharing', 'account'] },
  // My review day.
  { id: 'day', path: '/day', namespaces: ['day'] },
  { id: 'dayTimetable', path: '/day/timetable', namespaces: ['day'] },
  { id: 'dayWhosWho', path: '/day/whos-who', namespaces: ['day', 'pictures'] },
  { id: 'dayCards', path: '/day/cards', namespaces: ['day', 'pictures'] },
  { id: 'dayCommunication', path: '/day/communication', namespaces: ['day'] },
  { id: 'dayCommunicationShow', path: '/day/communication/show', namespaces: ['day'] },
  // The planner. Steps are part of the path so Back, Next and reloads keep the place.
  { id: 'planner', path: '/planner', namespaces: ['planner'] },
  { id: 'plannerReview', path: '/planner/review/:step?', namespaces: ['planner'] },
  { id: 'plannerConsent', path: '/planner/consent', namespaces: ['planner'] },
  { id: 'plannerConsentHistory', path: '/planner/consent/history', namespaces: ['planner'] },
  { id: 'plannerConsentSubject', path: '/planner/consent/:subject', namespaces: ['planner'] },
  { id: 'plannerPeople', path: '/planner/people', namespaces: ['planner'] },
  { id: 'plannerPerson', path: '/planner/people/:id/:step?', namespaces: ['planner'] },
  { id: 'plannerSay', path: '/planner/say', namespaces: ['planner'] },
  { id: 'plannerSayCard', path: '/planner/say/:theme', namespaces: ['planner'] },
  { id: 'plannerQuestions', path: '/planner/questions', namespaces: ['planner'] },
  { id: 'plannerTakingPart', path: '/planner/taking-part/:step?', namespaces: ['planner'] },
  { id: 'plannerNeeds', path: '/planner/needs/:step?', namespaces: ['planner'] },
  { id: 'plannerSchool', path: '/planner/school/:step?', namespaces: ['planner'] },
  { id: 'plannerPrint', path: '/planner/print', namespaces: ['planner', 'feedback'] },
  { id: 'plannerAboutMe', path: '/planner/about-me', namespaces: ['planner'] },
  { id: 'feedback', path: '/feedback', namespaces: ['feedback', 'planner'] },
  { id: 'feedbackStep', path: '/feedback/:step', namespaces: ['feedback', 'planner'] },
  // Sending the feedback or the review pack to a professional, and what they open from the email.
  { id: 'send', path: '/send/:item', namespaces: ['deliver', 'feedback', 'planner'] },
  { id: 'shared', path: '/shared/:id', namespaces: ['deliver', 'feedback', 'planner', 'account'] },
  // After my review: the report, the actions, the diary, the crisis plan and more.
  { id: 'after', path: '/after', namespaces: ['after'] },
  // The diary: its list (with Find), the evidence to print, then one entry a step at a time.
  { id: 'diary', path: '/after/diary', namespaces: ['diary', 'planner'] },
  { id: 'diaryEvidence', path: '/after/diary/evidence', namespaces: ['diary'] },
  {
    id: 'diaryEntry',
    path: '/after/diary/:id/:step?',
    namespaces: ['diary', 'planner', 'attach'],
  },
  { id: 'afterTeam', path: '/after/team', namespaces: ['after', 'afterTeam'] },
  { id: 'afterCrisis', path: '/after/crisis', namespaces: ['after', 'afterCrisis', 'afterTeam'] },
  {
    id: 'afterHelpNow',
    path: '/after/help-now',
    namespaces: ['after', 'afterCrisis', 'afterTeam'],
  },
  { id: 'afterNext', path: '/after/next', namespaces: ['after', 'afterNext', 'planner'] },
  {
    id: 'afterReport',
    path: '/after/report',
    namespaces: ['report', 'attach', 'timeline', 'planner'],
  },
  // Without an id: a new time I asked; with one: changing a time already written down.
  { id: 'afterReportAsked', path: '/after/report/asked/:id?', namespaces: ['report'] },
  { id: 'afterDocuments', path: '/after/documents', namespaces: ['documents'] },
  {
    id: 'afterDocument',
    path: '/after/documents/:kind',
    namespaces: ['documents', 'attach', 'planner'],
  },
  // The actions agreed at the review. "new" comes before :id, which would match it too.
  { id: 'afterActions', path: '/after/actions', namespaces: ['actions', 'after'] },
  {
    id: 'afterActionNew',
    path: '/after/actions/new',
    namespaces: ['actions', 'planner', 'afterTeam'],
  },
  { id: 'afterAction', path: '/after/actions/:id', namespaces: ['actions', 'planner'] },
  {
    id: 'afterActionEdit',
    path: '/after/actions/:id/edit',
    namespaces: ['actions', 'planner', 'afterTeam'],
  },
  {
    id: 'afterActionUpdate',
    path: '/after/actions/:id/updates/:update',
    namespaces: ['actions', 'planner'],
  },
  { id: 'afterActionLetter', path: '/after/actions/:id/letter', namespaces: ['actions'] },
  { id: 'account', path: '/account', namespaces: ['account'] },
  { id: 'conflicts', path: '/conflicts', namespaces: ['conflicts'] },
  { id: 'kit', path: '/kit', namespaces: ['kit'] },
] as const satisfies readonly { id: string; path: string; namespaces: readonly string[] }[];

export type ScreenId = (typeof SCREENS)[number]['id'];
type PathOf<Id extends ScreenId> = Extract<(typeof SCREENS)[number], { id: Id }>['path'];

/** The address pattern of each screen, by name: `paths.plannerReview` is "/planner/review/:step?". */
export const paths = Object.fromEntries(SCREENS.map((s) => [s.id, s.path])) as {
  [Id in ScreenId]: PathOf<Id>;
};

/**
 * A link to a screen: its pattern with the parameters filled in. An optional parameter left out
 * is dropped with its slash ("/planner/review/:step?" → "/planner/review").
 */
export function screenHref(id: ScreenId, params: Record<string, string | undefined> = {}): string {
  const parts = paths[id].split('/').flatMap((part) => {
    const param = /^:(\w+)(\??)$/.exec(part);
    if (!param) return [part];
    const value = params[param[1]!];
    if (value === undefined || value === '') {
      if (param[2] !== '?') throw new Error(`${id} needs ${param[1]}`);
      return [];
    }
    return [encodeURIComponent(value)];
  });
  return parts.join('/') || '/';
}
