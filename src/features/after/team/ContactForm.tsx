import { useEffect, useRef } from 'preact/hooks';
import { draftOf, saveField, type RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { CONTACT_ROLES, type ContactRole } from '../../../shared/models/contact';
import { Button } from '../../../ui/Button';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import { TextField } from '../../../ui/TextField';
import { useAutosave, type Autosave } from '../../../ui/useAutosave';
import { ROLE_SYMBOL, type Contact } from './contacts';

type TextKey = 'name' | 'roleOther' | 'phone' | 'email' | 'workplace' | 'notes';

function useField(ref: RecordRef, field: TextKey, initial: string): Autosave {
  return useAutosave(initial, (v) => saveField(ref, field, v.trim()), {
    draft: draftOf(ref, field),
  });
}

/** A contact's name, role, phone, email and where they work. Each answer saves as it is given. */
export function ContactForm({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const t = useT();
  const ref: RecordRef = { planId: contact.record.planId, id: contact.id, type: 'contact' };
  const fields = {
    name: useField(ref, 'name', contact.name),
    roleOther: useField(ref, 'roleOther', contact.roleOther),
    phone: useField(ref, 'phone', contact.phone),
    email: useField(ref, 'email', contact.email),
    workplace: useField(ref, 'workplace', contact.workplace),
    notes: useField(ref, 'notes', contact.notes),
  };
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => first.current?.querySelector('input')?.focus(), []);
  const text = (key: TextKey, extra: Record<string, unknown> = {}) => ({
    value: fields[key].value,
    onChange: fields[key].setValue,
    onBlur: () => void fields[key].flush(),
    ...extra,
  });

  return (
    <li class="list-card contact-card contact-card--editing">
      <form
        class="contact-form"
        aria-label={t('afterTeam:form.title')}
        onSubmit={async (e) => {
          e.preventDefault();
          await Promise.all(Object.values(fields).map((f) => f.flush()));
          onDone();
        }}
      >
        <h3>{t('afterTeam:form.title')}</h3>
        <div ref={first}>
          <TextField label={t('afterTeam:form.name')} width="medium" {...text('name')} />
        </div>
        <ChoiceCards<ContactRole>
          label={t('afterTeam:form.role')}
          value={contact.role}
          onChange={(role) => void saveField(ref, 'role', role)}
          choices={CONTACT_ROLES.map((r) => ({
            value: r,
            label: t(`afterTeam:roles.${r}`),
            hint: t(`afterTeam:roleHints.${r}`),
            symbol: ROLE_SYMBOL[r],
          }))}
        />
        {contact.role === 'other' && (
          <TextField label={t('afterTeam:form.roleOther')} width="medium" {...text('roleOther')} />
        )}
        <TextField
          label={t('afterTeam:form.phone')}
          width="medium"
          type="tel"
          autoComplete="off"
          {...text('phone')}
        />
        <TextField
          label={t('afterTeam:form.email')}
          width="medium"
          type="email"
          autoComplete="off"
          {...text('email')}
        />
        <TextField
          label={t('afterTeam:form.workplace')}
          description={t('afterTeam:form.workplaceHint')}
          width="medium"
          {...text('workplace')}
        />
        <TextField label={t('afterTeam:form.notes')} multiline rows={3} {...text('notes')} />
        <Button type="submit" symbol="tick">
          {t('afterTeam:form.done')}
        </Button>
      </form>
    </li>
  );
}
