import { dateLocale } from '../../i18n/dates';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { offerDownload } from '../../ui/download';
import { LiveStatus } from '../../ui/LiveStatus';
import { Notice } from '../../ui/Notice';
import { buildSummary } from './archive/summary';
import { blobSink, canChooseWhereToSave, chooseFile, type CopySink } from './archive/sinks';
import { copyFileName, writeCopy, type CopyFacts } from './archive/writeCopy';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'cancelled' }
  | { kind: 'failed' }
  /** saved: the chosen file is closed on disk. ready: the file was made and handed to the browser. */
  | { kind: 'saved' | 'ready'; name: string; facts: CopyFacts };

/** "Save a copy of everything": the button and what happened, in words. */
export function SaveCopy({ variant = 'primary' }: { variant?: 'primary' | 'secondary' }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const save = async () => {
    const name = copyFileName();
    let sink: CopySink | undefined;
    let chosen = false;
    try {
      // Asked first, straight from the tap: the browser only opens its file picker then.
      if (canChooseWhereToSave()) {
        sink = await chooseFile(name, t('mydata:save.fileName'));
        if (!sink) return setState({ kind: 'cancelled' });
        chosen = true;
      }
      setState({ kind: 'working' });
      const target = sink ?? blobSink();
      const facts = await writeCopy(target, {
        appVersion: __BUILD_ID__,
        summary: (data, madeAt) => buildSummary(data, madeAt, t, dateLocale()),
      });
      if (!chosen && 'result' in target)
        offerDownload((target as ReturnType<typeof blobSink>).result(), name);
      setState({ kind: chosen ? 'saved' : 'ready', name, facts });
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return (
    <div class="mydata-action">
      <Button
        variant={variant}
        symbol="save-copy"
        isDisabled={state.kind === 'working'}
        onPress={() => void save()}
      >
        {t('mydata:save.button')}
      </Button>
      <LiveStatus>
        {state.kind === 'working' && <p>{t('mydata:save.working')}</p>}
        {(state.kind === 'saved' || state.kind === 'ready') && (
          <div class="mydata-done">
            <p>
              {state.kind === 'saved'
                ? t('mydata:save.saved', { name: state.name })
                : t('mydata:save.ready', { name: state.name })}
            </p>
            {state.kind === 'ready' && <p>{t('mydata:save.where')}</p>}
            <p>
              {t('mydata:save.holds', { count: state.facts.records, media: state.facts.media })}
            </p>
          </div>
        )}
        {state.kind === 'cancelled' && <p>{t('mydata:save.cancelled')}</p>}
      </LiveStatus>
      {state.kind === 'failed' && (
        <Notice error title={t('mydata:save.notSaved')}>
          <p>{t('mydata:problems.failed')}</p>
        </Notice>
      )}
    </div>
  );
}
