import { useEffect, useRef } from 'preact/hooks';
import { putMedia, draftOf, saveField, saveFields, useMediaUrl, type RecordRef } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { ChoiceCards } from '../../ui/ChoiceCards';
import { PhotoPicker } from '../../ui/PhotoPicker';
import { TextField } from '../../ui/TextField';
import { useAutosave } from '../../ui/useAutosave';
import {
  JOINING,
  JOINING_SYMBOL,
  KIND_SYMBOL,
  PANEL_KINDS,
  type Joining,
  type PanelKind,
} from '../../content/attendees';
import type { Person } from './whosWho';

export interface PanelMemberFormProps {
  person: Person;
  onDone: () => void;
}

/** A panel member's name, role, how they take part and photo. Each answer saves as it is given. */
export function PanelMemberForm({ person, onDone }: PanelMemberFormProps) {
  const t = useT();
  const ref: RecordRef = { planId: person.record.planId, id: person.id, type: 'attendee' };
  const name = useAutosave(person.name, (v) => saveField(ref, 'name', v.trim()), {
    draft: draftOf(ref, 'name'),
  });
  const photo = useMediaUrl(person.photo);
  const first = useRef<HTMLDivElement>(null);
  const role = t(`day:whosWho.kinds.${person.kind}`);
  useEffect(() => first.current?.querySelector('input')?.focus(), []);

  return (
    <li class="list-card person-card person-card--editing">
      <form
        class="person-form"
        aria-label={t('day:whosWho.form.title', { role })}
        onSubmit={async (e) => {
          e.preventDefault();
          await name.flush();
          onDone();
        }}
      >
        <h3>{t('day:whosWho.form.title', { role })}</h3>
        <div ref={first}>
          <TextField
            label={t('day:whosWho.form.name')}
            description={t('day:whosWho.form.nameHint')}
            value={name.value}
            onChange={name.setValue}
            onBlur={() => void name.flush()}
            width="medium"
          />
        </div>
        <ChoiceCards<PanelKind>
          label={t('day:whosWho.form.role')}
          value={person.kind as PanelKind}
          onChange={(kind) => void saveField(ref, 'kind', kind)}
          choices={PANEL_KINDS.map((k) => ({
            value: k,
            label: t(`day:whosWho.kinds.${k}`),
            hint: t(`day:whosWho.about.${k}`),
            symbol: KIND_SYMBOL[k],
          }))}
        />
        <ChoiceCards<Joining>
          label={t('day:whosWho.form.joining')}
          value={person.joining}
          onChange={(joining) => void saveField(ref, 'joining', joining)}
          columns={4}
          choices={JOINING.map((j) => ({
            value: j,
            label: t(`day:whosWho.joining.${j}`),
            symbol: JOINING_SYMBOL[j],
          }))}
        />
        <fieldset class="person-form__photo">
          <legend class="field__label">{t('day:whosWho.form.photo')}</legend>
          {photo ? (
            <img
              src={photo}
              alt={t('day:whosWho.form.photoAlt', { name: name.value || role })}
              class="person-form__preview"
            />
          ) : (
            <p>{t('day:whosWho.form.noPhoto')}</p>
          )}
          <PhotoPicker
            onPhoto={async (p) => {
              const sha = await putMedia(ref.planId, p.bytes, p.mime);
              await saveFields(ref, { photo: sha });
            }}
          />
          {photo && (
            <Button
              variant="secondary"
              symbol="remove"
              onPress={() => void saveField(ref, 'photo', null)}
            >
              {t('day:whosWho.form.removePhoto')}
            </Button>
          )}
        </fieldset>
        <Button type="submit" symbol="tick">
          {t('day:whosWho.form.done')}
        </Button>
      </form>
    </li>
  );
}
