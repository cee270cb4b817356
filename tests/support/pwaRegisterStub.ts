// Vitest has no service worker plugin: screens that import the registration get this stand-in.
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => {};
}
