import type { StoredConflict } from '../../data';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import { conflictSubject, SUBJECT_NAMESPACES } from './conflictSubject';

/** The heading of one conflict: the question itself with its picture and a link to it. */
export function ConflictAbout({ conflict }: { conflict: StoredConflict }) {
  const t = useT();
  const ready = useNamespaces(SUBJECT_NAMESPACES);
  const subject = conflictSubject(conflict);
  if (!subject || !ready)
    return (
      <h2 id={`${conflict.id}-about`}>
        {t('conflicts:about', { what: t(`conflicts:types.${conflict.type ?? 'answer'}`) })}
      </h2>
    );
  return (
    <div class="conflict__about">
      <Picture symbol={subject.symbol} alt="" size="medium" />
      <div>
        <h2 id={`${conflict.id}-about`}>{t('conflicts:about', { what: t(subject.question) })}</h2>
        <a href={subject.href}>{t('conflicts:goTo')}</a>
      </div>
    </div>
  );
}
