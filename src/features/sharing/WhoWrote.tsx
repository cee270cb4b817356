// Whose words these are, from the server's record of who wrote them: "Alex (supporter) wrote
// this" or "You wrote this", with a picture. Shown beside the person's own "whose words" choice
// (mine / a supporter writing what I said / a supporter's view), never instead of it. Nothing
// shows in a plan nobody else writes in.
import { useWriter, type Writer } from '../../data';
import type { SymbolId } from '../../content/symbols';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import './marks.css';

const SYMBOL: Record<string, SymbolId> = {
  owner: 'star-person',
  supporter: 'supporter',
  family: 'family',
  viewer: 'advocate',
};

type T = ReturnType<typeof useT>;

/** The sentence for a writer, for screens that say it in their own way. */
export function writerWords(t: T, writer: Writer): string {
  if (writer.kind === 'you') return t('sharing:wrote.you');
  const role =
    writer.role && writer.role !== 'owner' ? t(`sharing:wrote.roles.${writer.role}`) : '';
  if (writer.name && role) return t('sharing:wrote.nameRole', { name: writer.name, role });
  if (writer.name) return t('sharing:wrote.name', { name: writer.name });
  if (role) return t('sharing:wrote.role', { role });
  return writer.role === 'owner' ? t('sharing:wrote.owner') : t('sharing:wrote.someone');
}

/** "Alex (supporter) wrote this." beside a record; nothing when there is nothing to say. */
export function WhoWrote({ recordId }: { recordId: string | undefined }) {
  const t = useT();
  const ready = useNamespaces(['sharing']);
  const writer = useWriter(recordId);
  if (!ready || !writer) return null;
  const symbol: SymbolId =
    writer.kind === 'you' ? 'person' : (SYMBOL[writer.role ?? ''] ?? 'person');
  return (
    <p class="who-wrote" data-testid="who-wrote">
      <Picture symbol={symbol} alt="" size="small" />
      <span>{writerWords(t, writer)}</span>
    </p>
  );
}
