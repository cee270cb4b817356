import { useT } from '../../../i18n/useT';
import { Disclosure } from '../../../ui/Disclosure';
import { Lazy } from '../../../ui/Lazy';
import { isFinding, type DiaryFind } from './entries';

// Its questions load when it is first opened (or when the tablet is idle after the first entries
// show: see DiaryPage): their code is not needed for the diary's first screen.
export const loadFindForm = () => import('./FindForm').then((m) => m.default);

/** "Find entries": by kind, by a person's name, and between two days. Nothing here is saved. */
export function FindEntries({ find, onFind }: { find: DiaryFind; onFind: (f: DiaryFind) => void }) {
  const t = useT();
  return (
    <Disclosure label={t('diary:find.open')} symbol="find" hasContent={isFinding(find)}>
      <Lazy load={loadFindForm} props={{ find, onFind }} />
    </Disclosure>
  );
}
