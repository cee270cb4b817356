import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import { TextField } from '../../../ui/TextField';
import { DIARY_KINDS, FIND_NOTHING, isFinding, KIND_SYMBOL, type DiaryFind } from './entries';

const ALL = 'all';

/** The questions of "Find entries": by kind, by a person's name, and between two days. */
export default function FindForm({
  find,
  onFind,
}: {
  find: DiaryFind;
  onFind: (f: DiaryFind) => void;
}) {
  const t = useT();
  const finding = isFinding(find);
  return (
    <div class="diary-find">
      <ChoiceCards<string>
        label={t('diary:find.kind')}
        value={find.kind ?? ALL}
        columns={2}
        onChange={(k) => onFind({ ...find, kind: k === ALL ? null : (k as DiaryFind['kind']) })}
        choices={[
          { value: ALL, label: t('diary:find.allKinds'), symbol: 'diary' },
          ...DIARY_KINDS.map((k) => ({
            value: k,
            label: t(`diary:kinds.${k}`),
            symbol: KIND_SYMBOL[k],
          })),
        ]}
      />
      <TextField
        label={t('diary:find.person')}
        description={t('diary:find.personHint')}
        value={find.person}
        onChange={(person) => onFind({ ...find, person })}
        width="medium"
        autoComplete="off"
      />
      <div class="diary-find__days">
        <TextField
          label={t('diary:find.from')}
          type="date"
          value={find.from}
          onChange={(from) => onFind({ ...find, from })}
          width="medium"
        />
        <TextField
          label={t('diary:find.to')}
          type="date"
          value={find.to}
          onChange={(to) => onFind({ ...find, to })}
          width="medium"
        />
      </div>
      {finding && (
        <Button variant="secondary" symbol="close" onPress={() => onFind(FIND_NOTHING)}>
          {t('diary:find.clear')}
        </Button>
      )}
    </div>
  );
}
