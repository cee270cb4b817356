// Switches a developer or tester can put in the address (listed in the README):
//   ?reset   clear everything on this device, after the person confirms
//   ?nosw    do not register the service worker (to debug network requests)
//   ?perf    print the app's timing measures in the console
export interface DebugSwitches {
  reset: boolean;
  noServiceWorker: boolean;
  perf: boolean;
}

export function readDebugSwitches(search: string): DebugSwitches {
  const q = new URLSearchParams(search);
  return { reset: q.has('reset'), noServiceWorker: q.has('nosw'), perf: q.has('perf') };
}
