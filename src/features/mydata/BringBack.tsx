import { useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { LiveStatus } from '../../ui/LiveStatus';
import { Notice } from '../../ui/Notice';
import { CopyProblem, type Problem } from './archive/copyProblem';
import { restoreFromFile } from './archive/readCopy';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; added: number }
  | { kind: 'refused'; problem: Problem; nothingChanged: boolean };

/** "Bring back from a copy": choose the file, check all of it, then bring back what is missing. */
export function BringBack() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const bringBack = async (file: File) => {
    setState({ kind: 'working' });
    try {
      const result = await restoreFromFile(file);
      setState({ kind: 'done', added: result.added });
    } catch (error) {
      const problem = error instanceof CopyProblem ? error : new CopyProblem('failed');
      setState({
        kind: 'refused',
        problem: problem.problem,
        nothingChanged: problem.nothingChanged,
      });
    }
  };

  return (
    <div class="mydata-action">
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        hidden
        onChange={(e) => {
          const el = e.currentTarget;
          const file = el.files?.[0];
          el.value = ''; // the same file can be chosen again
          if (file) void bringBack(file);
        }}
      />
      <Button
        variant="secondary"
        symbol="bring-back"
        isDisabled={state.kind === 'working'}
        onPress={() => input.current?.click()}
      >
        {t('mydata:restore.button')}
      </Button>
      <LiveStatus>
        {state.kind === 'working' && <p>{t('mydata:restore.working')}</p>}
        {state.kind === 'done' && (
          <div class="mydata-done">
            <p>{state.added ? t('mydata:restore.done') : t('mydata:restore.nothingNew')}</p>
            {state.added > 0 && <p>{t('mydata:restore.added', { count: state.added })}</p>}
          </div>
        )}
      </LiveStatus>
      {state.kind === 'refused' && (
        <Notice error title={t(`mydata:problems.${state.problem}`)}>
          {state.nothingChanged && <p>{t('mydata:restore.notBack')}</p>}
        </Notice>
      )}
    </div>
  );
}
