import { useEffect, useRef } from 'preact/hooks';
import { rememberNamed, singletonRef, useCurrentPlan, useRecord } from '../../data';
import { profileModel } from '../../shared/models/profile';
import { markAppReady } from '../../shared/perf';
import { HomeShell } from './HomeShell';
import { NameFormShell } from './NameFormShell';
import { NoDateYet } from './NoDateYet';
import { Lazy } from '../../ui/Lazy';
import { loadNamespaces } from '../../i18n/i18n';

export function Home() {
  const plan = useCurrentPlan();
  const profileRef = plan ? singletonRef(plan.id, 'profile') : undefined;
  const profile = useRecord(profileRef?.id);
  const name = profileModel.decode(profile?.data).name.trim();
  const loaded = !!profileRef && profile !== undefined;

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
      top={
        <Lazy load={() => import('../plans/WhoseReview').then((m) => m.WhoseReview)} props={{}} />
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
