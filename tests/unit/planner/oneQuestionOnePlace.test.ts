import { describe, expect, it } from 'vitest';
import { FIELD_SECTIONS } from '../../../src/features/planner/steps';

// An answer shown on two screens can be changed from one that does not say so (unticking "A quiet
// room" in one part unticked it in another). Each answer is asked on one screen only.
describe('each answer in the planner', () => {
  it('is asked on one screen only', () => {
    const where = new Map<string, string[]>();
    for (const section of Object.values(FIELD_SECTIONS))
      for (const step of section.steps)
        for (const f of step.fields) {
          const fields = f.kind === 'checks' ? f.options.map((o) => o.field) : [f.field];
          for (const field of fields) {
            const key = `${f.record}.${field}`;
            where.set(key, [...(where.get(key) ?? []), `${section.id}/${step.id}`]);
          }
        }
    const twice = [...where].filter(([, steps]) => steps.length > 1);
    expect(twice).toEqual([]);
  });

  it('keeps the answers given before in the part that asks them now', () => {
    const asked = (record: string, field: string) =>
      Object.values(FIELD_SECTIONS).flatMap((s) =>
        s.steps
          .filter((st) =>
            st.fields.some(
              (f) =>
                f.record === record &&
                (f.kind === 'checks'
                  ? f.options.some((o) => o.field === field)
                  : f.field === field),
            ),
          )
          .map((st) => `${s.id}/${st.id}`),
      );
    expect(asked('adjustment', 'quietRoom')).toEqual(['needs/senses']);
    expect(asked('adjustment', 'dimLights')).toEqual(['needs/senses']);
    expect(asked('adjustment', 'breaks')).toEqual(['needs/breaks']);
    expect(asked('adjustment', 'speakSlowly')).toEqual(['needs/understand']);
    expect(asked('participation', 'bestTime')).toEqual(['needs/time']);
    expect(asked('participation', 'whoWithMe')).toEqual(['takingPart/with-me']);
  });
});
