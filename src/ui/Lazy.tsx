import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { partsMayLoad } from '../shared/perf';

/**
 * Renders a component whose code loads only when it is first needed, so the first screen's
 * JavaScript stays small. Until the code is there (it is precached, so that is a few
 * milliseconds, online or not; started at Home, it waits until the person's name shows) it shows
 * the fallback: give one that takes the same room when the part is above other things, so nothing
 * jumps when it arrives.
 */
export function Lazy<P extends object>({
  load,
  props,
  fallback = null,
}: {
  load: () => Promise<ComponentType<P>>;
  props: P;
  fallback?: ComponentChildren;
}) {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    const gate = partsMayLoad();
    void (gate ? gate.then(load) : load()).then((c) => live && setComponent(() => c));
    return () => {
      live = false;
    };
    // The loader is a constant import() for each use site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return Component ? <Component {...props} /> : <>{fallback}</>;
}
