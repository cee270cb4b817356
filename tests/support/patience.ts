// Screens that render a whole page (pictures, dialogs, a live database) take seconds in jsdom when
// the machine is busy. These tests wait for what a person would see; give them time to appear
// rather than fail on a slow machine. Call once at the top of a test file.
import { configure } from '@testing-library/preact';
import { vi } from 'vitest';

export function allowTimeForScreens() {
  configure({ asyncUtilTimeout: 10_000 });
  vi.setConfig({ testTimeout: 40_000 });
}
