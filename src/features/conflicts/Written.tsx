import type { Author } from '../../shared/protocol';
import { useT } from '../../i18n/useT';
import { formatWhen } from '../../i18n/when';

/** Who wrote a version and when: "Written on this tablet, today at 10:32." */
export function Written({ author, clientId }: { author: Author; clientId: string | undefined }) {
  const t = useT();
  const where =
    author.clientId === clientId
      ? t('conflicts:version.here')
      : author.device
        ? t('conflicts:version.elsewhereNamed', { device: author.device })
        : t('conflicts:version.elsewhere');
  const when = formatWhen(author.at);
  return (
    <p class="conflict__who">
      {author.name
        ? t('conflicts:version.writtenBy', { name: author.name, where, when })
        : t('conflicts:version.written', { where, when })}
    </p>
  );
}
