import { useState } from 'preact/hooks';
import { draftOf, saveField, type RecordRef } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useAutosave } from '../../ui/useAutosave';

/** Asks the person what to call them the first time, and lets them change it later. */
export function NameCard({ profileRef, name }: { profileRef: RecordRef; name: string }) {
  const t = useT();
  // Until the person opens or types in it, the form follows the data: a name that arrives from
  // another device after this screen opened closes it (typing keeps it open).
  const [chosen, setEditing] = useState<boolean | null>(null);
  const editing = chosen ?? !name;
  const field = useAutosave(name, (v) => saveField(profileRef, 'name', v.trim()), {
    draft: draftOf(profileRef, 'name'),
  });

  if (!editing) {
    return (
      <div class="button-row">
        <Button variant="secondary" symbol="person" onPress={() => setEditing(true)}>
          {t('home:name.change')}
        </Button>
      </div>
    );
  }
  return (
    <form
      class="card"
      onSubmit={async (e) => {
        e.preventDefault();
        await field.flush();
        if (field.value.trim()) setEditing(false);
      }}
    >
      <TextField
        label={t('home:name.label')}
        description={t('home:name.hint')}
        value={field.value}
        onChange={(v) => {
          setEditing(true);
          field.setValue(v);
        }}
        onBlur={() => void field.flush()}
        autoComplete="given-name"
        width="medium"
      />
      <Button type="submit" symbol="tick">
        {t('home:name.save')}
      </Button>
    </form>
  );
}
