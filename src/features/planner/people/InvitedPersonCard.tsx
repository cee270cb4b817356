import { useState } from 'preact/hooks';
import { useMediaUrl, type RecordRef, type StoredRecord } from '../../../data';
import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { LinkButton } from '../../../ui/LinkButton';
import { Picture } from '../../../ui/Picture';
import { PersonCard } from '../../../ui/PersonCard';
import { attendeeFromRecord, takingPart, type Attendee } from '../attendees';
import type { AgeBand, Consent } from '../consent';
import { removeWithUndo } from '../../forms/saver';
import { focusSaveNote } from '../../forms/SaveNote';
import { JOINING_SYMBOL, KIND_SYMBOL } from '../../../content/attendees';

const TAKING_PART_SYMBOL = {
  kindFirst: 'pencil',
  invited: 'tick',
  agreed: 'yes',
  waiting: 'pencil',
  notAgreed: 'no',
} as const;

/** One person the person wants to come: who they are, how they join, and whether they take part. */
export function InvitedPersonCard(props: {
  record: StoredRecord;
  consent: Consent;
  ageBand: AgeBand | null;
}) {
  const t = useT();
  const person: Attendee = attendeeFromRecord(props.record);
  const photo = useMediaUrl(person.photo);
  const [confirm, setConfirm] = useState(false);
  const name = person.name || t('planner:people.noName');
  const status = takingPart(person.kind, props.consent, props.ageBand);
  const ref: RecordRef = { planId: props.record.planId, id: props.record.id, type: 'attendee' };
  return (
    <PersonCard
      id={person.id}
      name={name}
      symbol={person.kind ? KIND_SYMBOL[person.kind] : 'person'}
      photo={photo}
      photoAlt={t('planner:people.photoOf', { name })}
      roleName={person.relation || undefined}
      headingLevel={2}
      actions={
        <>
          <LinkButton href={`/planner/people/${person.id}`} symbol="pencil">
            {t('planner:people.change', { name })}
          </LinkButton>
          <Button variant="secondary" symbol="remove" onPress={() => setConfirm(true)}>
            {t('planner:people.remove', { name })}
          </Button>
        </>
      }
    >
      {person.joining && (
        <p class="status-line">
          <Picture symbol={JOINING_SYMBOL[person.joining]} alt="" size="icon" />
          <span>{t(`planner:people.joining.${person.joining}`)}</span>
        </p>
      )}
      <p class="status-line">
        <Picture symbol={TAKING_PART_SYMBOL[status]} alt="" size="icon" />
        <span>{t(`planner:people.status.${status}`)}</span>
      </p>
      <Dialog
        isOpen={confirm}
        onClose={() => setConfirm(false)}
        title={t('planner:people.removeTitle', { name })}
        role="alertdialog"
      >
        <p>{t('planner:people.removeBody')}</p>
        <div class="button-row">
          <Button
            variant="warning"
            onPress={async () => {
              setConfirm(false);
              await removeWithUndo(ref, props.record.data);
              focusSaveNote();
            }}
          >
            {t('planner:people.removeYes', { name })}
          </Button>
          <Button variant="secondary" onPress={() => setConfirm(false)}>
            {t('planner:people.removeNo')}
          </Button>
        </div>
      </Dialog>
    </PersonCard>
  );
}
