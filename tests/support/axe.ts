import axe from 'axe-core';
import { expect } from 'vitest';

/** The WCAG 2.2 A/AA rule set, as in the browser suite. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe on rendered markup in jsdom. jsdom cannot compute colours or layout, so contrast and
 * target size are checked in the browser suite instead (real Chromium); everything else here.
 */
export async function expectNoAxeViolations(container: Element, label = 'component') {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in ${label}`).toEqual([]);
}
