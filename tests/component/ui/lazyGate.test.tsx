// Starting at Home, the parts of a screen that load their own code wait until the person's name
// shows (src/shared/perf.ts, src/ui/Lazy.tsx); anywhere else they load at once.
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { holdPartsUntilReady, markAppReady } from '../../../src/shared/perf';
import { Lazy } from '../../../src/ui/Lazy';

const Part = ({ words }: { words: string }) => <p>{words}</p>;
const load = () => Promise.resolve(Part);

describe('a part that loads its own code', () => {
  it('shows at once when nothing holds it, and waits for the first screen when started at Home', async () => {
    render(<Lazy load={load} props={{ words: 'At once' }} />);
    expect(await screen.findByText('At once')).toBeInTheDocument();

    holdPartsUntilReady();
    render(
      <Lazy load={load} props={{ words: 'After the name' }} fallback={<p>Keeping its place</p>} />,
    );
    expect(screen.getByText('Keeping its place')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 30));
    expect(screen.queryByText('After the name')).toBeNull();
    markAppReady();
    expect(await screen.findByText('After the name')).toBeInTheDocument();
    expect(screen.queryByText('Keeping its place')).toBeNull();
  });
});
