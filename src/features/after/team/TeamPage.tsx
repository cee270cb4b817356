import { createRecord, useCurrentPlan } from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Button } from '../../../ui/Button';
import { PageFrame } from '../../../ui/PageFrame';
import { ReadAloud } from '../../../ui/ReadAloud';
import { PutBack } from '../../forms/PutBack';
import { useListWithUndo } from '../../forms/useListWithUndo';
import { HelpNowButton } from '../crisis/HelpNowButton';
import { ContactCard } from './ContactCard';
import { ContactForm } from './ContactForm';
import type { Contact } from './contacts';
import { displayName, roleName } from './roleName';
import { useContacts } from './useContacts';
import './team.css';

/** /after/team — the care team: who they are, where they work, tap to call and tap to email. */
export default function TeamPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const team = useContacts(plan?.id);
  const rows = useListWithUndo((id) => `contact-${id}-change`, team);

  const add = async () => {
    if (!plan) return;
    const ref = await createRecord(plan.id, 'contact', { name: '' });
    rows.editNew(ref.id);
  };
  const remove = (c: Contact) =>
    rows.remove(
      { planId: c.record.planId, id: c.id, type: 'contact' },
      c.record.data,
      displayName(t, c),
    );

  const list = team ?? [];
  const sentences = [
    t('afterTeam:title'),
    t('afterTeam:lede'),
    ...(list.length === 0
      ? [t('afterTeam:none')]
      : list.flatMap((c) =>
          [displayName(t, c), roleName(t, c), c.phone, c.email, c.workplace].filter(Boolean),
        )),
  ];

  return (
    <PageFrame
      title={t('afterTeam:title')}
      symbol="contacts"
      lede={t('afterTeam:lede')}
      up={{ href: screenHref('after'), label: t('afterTeam:up') }}
      titleActions={
        <ReadAloud id="after-team" label={t('afterTeam:readPage')} sentences={sentences} />
      }
    >
      <HelpNowButton />
      <PutBack
        removed={rows.removed}
        said={(name) => t('afterTeam:removed', { name })}
        undoLabel={t('afterTeam:undo')}
        class="after-message"
        rowRef={rows.undoRow}
        onUndo={rows.undo}
      />
      {team && list.length === 0 && <p>{t('afterTeam:none')}</p>}
      {list.length > 0 && (
        <ul class="card-list contacts">
          {list.map((c) =>
            rows.editing === c.id ? (
              <ContactForm key={c.id} contact={c} onDone={() => rows.doneEditing(c.id)} />
            ) : (
              <ContactCard
                key={c.id}
                contact={c}
                onChange={() => rows.edit(c.id)}
                onRemove={() => void remove(c)}
              />
            ),
          )}
        </ul>
      )}
      {plan && (
        <div class="button-row">
          <Button symbol="add" onPress={() => void add()}>
            {t('afterTeam:add')}
          </Button>
        </div>
      )}
    </PageFrame>
  );
}
