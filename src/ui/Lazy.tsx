import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Renders a component whose code loads only when it is first needed, so the first screen's
 * JavaScript stays small. Shows nothing until the code is there (it is precached, so that is
 * a few milliseconds, online or not).
 */
export function Lazy<P extends object>({
  load,
  props,
}: {
  load: () => Promise<ComponentType<P>>;
  props: P;
}) {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((c) => live && setComponent(() => c));
    return () => {
      live = false;
    };
    // The loader is a constant import() for each use site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return Component ? <Component {...props} /> : null;
}
