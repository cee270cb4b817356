import { useEffect } from 'preact/hooks';
import { singletonRef, useCurrentPlan, useRecord } from '../../data';
import { profileModel } from '../../shared/models/profile';
import { markAppReady } from '../../shared/perf';
import { HomeShell } from './HomeShell';
import { NoDateYet } from './NoDateYet';
import { Lazy } from '../../ui/Lazy';
import { loadNamespaces } from '../../i18n/i18n';

export function Home() {
  const plan = useCurrentPlan();
  const profileRef = plan ? singletonRef(plan.id, 'profile') : undefined;
  const profile = useRecord(profileRef?.id);
  const name = profileModel.decode(profile?.data).name.trim();
  const loaded = !!profileRef && profile !== undefined;

  useEffect(() => {
    if (loaded) markAppReady();
  }, [loaded]);

  return (
    <HomeShell
      name={name}
      top={
        <Lazy load={() => import('../plans/WhoseReview').then((m) => m.WhoseReview)} props={{}} />
      }
      next={
        plan && (
          <Lazy
            load={() =>
              Promise.all([import('./WhatHappensNext'), loadNamespaces(['timeline'])]).then(
                ([m]) => m.WhatHappensNext,
              )
            }
            props={{ planId: plan.id }}
            fallback={<NoDateYet />}
          />
        )
      }
    >
      {loaded && profileRef && (
        <Lazy
          load={() => import('./NameCard').then((m) => m.NameCard)}
          props={{ profileRef, name }}
        />
      )}
    </HomeShell>
  );
}
