import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lastUndo, pushUndo, undoLast, undoStack } from '../../../src/features/forms/undo';

beforeEach(() => undoStack.set([]));

describe('undo', () => {
  it('undoes the latest change made on this screen, and only on this screen', async () => {
    const a = vi.fn(async () => {});
    const b = vi.fn(async () => {});
    pushUndo({ screen: '/planner/review/when', key: '1', undo: a });
    pushUndo({ screen: '/planner/people', key: '2', undo: b });
    expect(await undoLast('/planner/review/when')).toBe(true);
    expect(a).toHaveBeenCalledOnce();
    expect(b).not.toHaveBeenCalled();
    expect(await undoLast('/planner/review/when')).toBe(false);
    expect(lastUndo(undoStack.get(), '/planner/people')).toBeDefined();
  });

  it('typing in one box undoes as one change, back to before the first word', async () => {
    const first = vi.fn(async () => {});
    const later = vi.fn(async () => {});
    pushUndo({ screen: '/s', key: 'text:x', undo: first });
    pushUndo({ screen: '/s', key: 'text:x', undo: later });
    expect(undoStack.get()).toHaveLength(1);
    await undoLast('/s');
    expect(first).toHaveBeenCalledOnce();
    expect(later).not.toHaveBeenCalled();
  });

  it('keeps a short list, oldest dropped first', () => {
    for (let i = 0; i < 40; i++) pushUndo({ screen: '/s', key: String(i), undo: async () => {} });
    expect(undoStack.get()).toHaveLength(30);
    expect(undoStack.get()[0]!.key).toBe('10');
  });
});
