import { useT } from '../../../i18n/useT';
import { contactModel } from '../../../shared/models/contact';
import type { StoredRecord } from '../../../data';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import { TextField } from '../../../ui/TextField';
import { roleName } from '../team/roleName';
import type { ActionDraft } from './smart';

const OTHER = 'other';

/**
 * "Who will do it?": a named person, picked from the care team contacts (read only here; another
 * part of the app keeps them) or typed. The name is copied into the action, so it still says who
 * if the contact is removed later.
 */
export function WhoField(props: {
  draft: ActionDraft;
  contacts: StoredRecord[];
  onChange: (fields: Partial<ActionDraft>) => void;
}) {
  const t = useT();
  const { draft, onChange } = props;
  const contacts = props.contacts
    .map((r) => ({ id: r.id, ...contactModel.decode(r.data) }))
    .filter((c) => c.name.trim());
  const picked = draft.whoContact && contacts.some((c) => c.id === draft.whoContact);
  const typing = !picked;
  return (
    <div class="who-field">
      {contacts.length > 0 && (
        <ChoiceCards
          label={t('actions:form.whoLabel')}
          description={t('actions:form.whoHint')}
          columns={2}
          value={picked ? draft.whoContact : draft.who.trim() ? OTHER : null}
          onChange={(id) => {
            if (id === OTHER) onChange({ whoContact: null, who: '' });
            else {
              const c = contacts.find((x) => x.id === id);
              if (c) onChange({ whoContact: c.id, who: c.name.trim() });
            }
          }}
          choices={[
            ...contacts.map((c) => ({
              value: c.id,
              label: c.name.trim(),
              hint: roleName(t, c) || undefined,
              symbol: 'person' as const,
            })),
            {
              value: OTHER,
              label: t('actions:form.someoneElse'),
              hint: t('actions:form.someoneElseHint'),
              symbol: 'pencil' as const,
            },
          ]}
        />
      )}
      {typing && (
        <TextField
          id="action-who"
          label={contacts.length ? t('actions:form.whoName') : t('actions:form.whoLabel')}
          description={t('actions:form.whoNameHint')}
          value={draft.who}
          onChange={(who) => onChange({ who, whoContact: null })}
          width="medium"
          autoComplete="off"
        />
      )}
    </div>
  );
}
