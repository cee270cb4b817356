import { canKeepBoth, type ConflictChoice, type StoredConflict } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { ValueText } from './ValueText';
import { Written } from './Written';

/**
 * One answer, two versions, side by side: who wrote each and when, and three plain choices.
 * The server kept answer 1; answer 2 came second. Neither is lost whatever the person picks.
 */
export interface ConflictProps {
  conflict: StoredConflict;
  clientId: string | undefined;
  choose: (choice: ConflictChoice) => void;
}

const VERSIONS = [
  { side: 'kept', n: 1, heading: 'conflicts:version.one', keep: 'conflicts:keep.one' },
  { side: 'other', n: 2, heading: 'conflicts:version.two', keep: 'conflicts:keep.two' },
] as const;

export function FieldConflict({ conflict, clientId, choose }: ConflictProps) {
  const t = useT();
  return (
    <>
      <p class="conflict__question">{t('conflicts:question')}</p>
      <div class="conflict__versions">
        {VERSIONS.map((v) => (
          <section key={v.side} class="conflict__version" aria-labelledby={`${conflict.id}-${v.n}`}>
            <h3 id={`${conflict.id}-${v.n}`}>{t(v.heading)}</h3>
            <ValueText value={conflict[v.side].value} />
            <Written author={conflict[v.side]} clientId={clientId} />
            <Button onPress={() => choose(v.side)}>{t(v.keep)}</Button>
          </section>
        ))}
      </div>
      {canKeepBoth(conflict) && (
        <div class="button-row">
          <Button variant="secondary" onPress={() => choose('both')}>
            {t('conflicts:keep.both')}
          </Button>
        </div>
      )}
    </>
  );
}
