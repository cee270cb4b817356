import { useEffect, useRef } from 'preact/hooks';
import { useCurrentPlanSingleton } from '../../data/hooks';
import { singletonRef } from '../../data/recordIds';
import { rememberNamed } from '../../data/settings';
import { profileModel } from '../../shared/models/profile';
import { markAppReady } from '../../shared/perf';
import { HomeShell } from './HomeShell';
import { NameFormShell } from './NameFormShell';
import { NoDateYet } from './NoDateYet';
import { Lazy } from '../../ui/Lazy';
import { loadNamespaces } from '../../i18n/i18n';

export function Home() {
  const current = useCurrentPlanSingleton('profile');
  const plan = current?.plan;
  const profileRef = plan ? singletonRef(plan.id, 'profile') : undefined;
  const name = profileModel.decode(current?.record?.data).name.trim();
  // The plan and its profile arrive together (there is no plan only before the first one is made).
  const loaded = !!profileRef;

  // A first visit (no name yet when the data arrives) starts with the name question, and keeps it
  // at the top while this screen is open, so it does not jump away while the person types.
  const firstVisit = useRef<boolean | null>(null);
  if (loaded && firstVisit.current === null) firstVisit.current = !name;

  useEffect(() => {
    if (loaded) markAppReady();
  }, [loaded]);
  useEffect(() => {
    if (loaded) rememberNamed(!!name);
  }, [loaded, name]);

  const nameCard = profileRef && (
    <Lazy
      load={() => import('./NameCard').then((m) => m.NameCard)}
      props={{ profileRef, name }}
      fallback={firstVisit.current ? <NameFormShell /> : null}
    />
  );

  return (
    <HomeShell
      name={name}
      firstTask={loaded ? (firstVisit.current ? nameCard : null) : undefined}
      // Like every part that loads its own code, these wait at start until the name shows (Lazy).
      top={
        plan && (
          <Lazy load={() => import('../plans/WhoseReview').then((m) => m.WhoseReview)} props={{}} />
        )
      }
      next={
        plan && (
          <Lazy
            load={() =>
              Promise.all([
                import('./WhatHappensNext'),
                loadNamespaces(['timeline', 'actions']),
              ]).then(([m]) => m.WhatHappensNext)
            }
            props={{ planId: plan.id }}
            fallback={<NoDateYet />}
          />
        )
      }
    >
      {loaded && !firstVisit.current && nameCard}
    </HomeShell>
  );
}
