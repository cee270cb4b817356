import { useEffect, useRef, useState } from 'preact/hooks';
import { createRecord, useCurrentPlan, type RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Button } from '../../../ui/Button';
import { LiveStatus } from '../../../ui/LiveStatus';
import { PageFrame } from '../../../ui/PageFrame';
import { ReadAloud } from '../../../ui/ReadAloud';
import { removeRecord } from '../../forms/saver';
import { HelpNowButton } from '../crisis/HelpNowButton';
import { ContactCard } from './ContactCard';
import { ContactForm } from './ContactForm';
import type { Contact } from './contacts';
import { displayName, roleName } from './roleName';
import { useContacts } from './useContacts';
import './team.css';

interface Removed {
  name: string;
  putBack: () => Promise<RecordRef>;
}

/** /after/team — the care team: who they are, where they work, tap to call and tap to email. */
export default function TeamPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const team = useContacts(plan?.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const undoRow = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (removed) undoRow.current?.querySelector('button')?.focus();
  }, [removed]);
  useEffect(() => {
    const target = focusId && !editing ? document.getElementById(focusId) : null;
    if (!target) return;
    target.focus();
    setFocusId(null);
  }, [focusId, editing, team]);

  const add = async () => {
    if (!plan) return;
    const ref = await createRecord(plan.id, 'contact', { name: '' });
    setRemoved(null);
    setEditing(ref.id);
  };
  const remove = async (c: Contact) => {
    const putBack = await removeRecord(
      { planId: c.record.planId, id: c.id, type: 'contact' },
      c.record.data,
    );
    setRemoved({ name: displayName(t, c), putBack });
  };
  const undo = async () => {
    if (!removed) return;
    const ref = await removed.putBack();
    setRemoved(null);
    setFocusId(`contact-${ref.id}-change`);
  };

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
      <LiveStatus class="after-message">
        {removed && t('afterTeam:removed', { name: removed.name })}
      </LiveStatus>
      {removed && (
        <div class="button-row" ref={undoRow}>
          <Button variant="secondary" symbol="undo" onPress={undo}>
            {t('afterTeam:undo')}
          </Button>
        </div>
      )}
      {team && list.length === 0 && <p>{t('afterTeam:none')}</p>}
      {list.length > 0 && (
        <ul class="contacts">
          {list.map((c) =>
            editing === c.id ? (
              <ContactForm
                key={c.id}
                contact={c}
                onDone={() => {
                  setEditing(null);
                  setFocusId(`contact-${c.id}-change`);
                }}
              />
            ) : (
              <ContactCard
                key={c.id}
                contact={c}
                onChange={() => setEditing(c.id)}
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
