import { canKeepBoth, type ConflictChoice, type StoredConflict } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { ValueText } from './ValueText';
import { Written } from './Written';

/**
 * One answer, two versions, side by side: who wrote each and when, and three plain choices.
 * The server kept answer 1; answer 2 came second. Neither is lost whatever the person picks.
 */
export function FieldConflict({
  conflict,
  clientId,
  choose,
}: {
  conflict: StoredConflict;
  clientId: string | undefined;
  choose: (choice: ConflictChoice) => void;
}) {
  const t = useT();
  const id = conflict.id;
  return (
    <>
      <p class="conflict__question">{t('conflicts:question')}</p>
      <div class="conflict__versions">
        <section class="conflict__version" aria-labelledby={`${id}-1`}>
          <h3 id={`${id}-1`}>{t('conflicts:version.one')}</h3>
          <ValueText value={conflict.kept.value} />
          <Written author={conflict.kept} clientId={clientId} />
          <Button onPress={() => choose('kept')}>{t('conflicts:keep.one')}</Button>
        </section>
        <section class="conflict__version" aria-labelledby={`${id}-2`}>
          <h3 id={`${id}-2`}>{t('conflicts:version.two')}</h3>
          <ValueText value={conflict.other.value} />
          <Written author={conflict.other} clientId={clientId} />
          <Button onPress={() => choose('other')}>{t('conflicts:keep.two')}</Button>
        </section>
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
