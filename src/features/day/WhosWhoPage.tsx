import { createRecord, singletonRef, useCurrentPlan, useRecord, useRecords } from '../../data';
import { PutBack } from '../forms/PutBack';
import { useListWithUndo } from '../forms/useListWithUndo';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { PhotosHiddenNotice } from '../pictures/PhotosHiddenNotice';
import { PanelMemberForm } from './PanelMemberForm';
import { WhosWhoCard } from './WhosWhoCard';
import { PersonCard } from '../../ui/PersonCard';
import { KIND_SYMBOL, PANEL_KINDS, type PanelKind } from '../../content/attendees';
import { careCoordinatorFrom, KIND_TERMS, toPerson, type Person } from './whosWho';
import './day.css';
import { HiddenContext } from '../../ui/HiddenContext';

/** /day/whos-who — the people at the review, with photos; the panel can be added here. */
export default function WhosWhoPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const records = useRecords(plan?.id, 'attendee');
  const review = useRecord(plan ? singletonRef(plan.id, 'review').id : undefined);
  const listed = (records ?? []).map(toPerson);
  const coordinator = careCoordinatorFrom(review, listed);
  const people = coordinator ? [...listed, coordinator] : listed;
  const others = people.filter((p) => !p.isPanel);
  const rows = useListWithUndo((id) => `person-${id}-change`, records);

  if (!plan)
    return (
      <PageFrame
        title={t('day:whosWho.title')}
        symbol="whos-who"
        up={{ href: '/day', label: t('day:up') }}
      >
        {null}
      </PageFrame>
    );

  const add = async (kind: PanelKind) => {
    const ref = await createRecord(plan.id, 'attendee', {
      kind,
      name: '',
      joining: 'room',
      photo: null,
    });
    rows.editNew(ref.id);
  };
  const remove = (person: Person) =>
    rows.remove(
      { planId: plan.id, id: person.id, type: 'attendee' },
      person.record.data,
      person.name || t(`day:whosWho.kinds.${person.kind}`),
    );
  const card = (p: Person) =>
    rows.editing === p.id ? (
      <PanelMemberForm key={p.id} person={p} onDone={() => rows.doneEditing(p.id)} />
    ) : (
      <WhosWhoCard
        key={p.id}
        person={p}
        onChange={p.isPanel ? () => rows.edit(p.id) : undefined}
        onRemove={p.isPanel ? () => void remove(p) : undefined}
      />
    );

  const sentences = people.flatMap((p) => [
    p.name || t('day:whosWho.notAdded'),
    t(`day:whosWho.kinds.${p.kind}`),
    t(`day:whosWho.about.${p.kind}`),
  ]);

  return (
    <PageFrame
      title={t('day:whosWho.title')}
      symbol="whos-who"
      lede={t('day:whosWho.lede')}
      up={{ href: '/day', label: t('day:up') }}
      titleActions={
        people.length > 0 && (
          <ReadAloud id="whos-who" label={t('day:whosWho.readPage')} sentences={sentences} />
        )
      }
    >
      <PhotosHiddenNotice hasPhotos={people.some((p) => p.photo)} />
      <PutBack
        removed={rows.removed}
        said={(name) => t('day:whosWho.removed', { name })}
        undoLabel={t('day:whosWho.undo')}
        class="day-message"
        rowRef={rows.undoRow}
        onUndo={rows.undo}
      />
      <h2>{t('day:whosWho.panelTitle')}</h2>
      <p>{t('day:whosWho.panelIntro')}</p>
      <ul class="card-list people">
        {PANEL_KINDS.map((kind) => {
          const members = people.filter((p) => p.kind === kind);
          return members.length ? (
            members.map(card)
          ) : (
            <RoleToFill key={kind} kind={kind} onAdd={() => void add(kind)} />
          );
        })}
      </ul>
      <div class="button-row">
        <Button variant="secondary" symbol="add" onPress={() => void add('clinicalExpert')}>
          {t('day:whosWho.addAnother')}
        </Button>
      </div>
      <h2>{t('day:whosWho.peopleTitle')}</h2>
      {others.length === 0 ? (
        <p>{t('day:whosWho.noPeople')}</p>
      ) : (
        <ul class="card-list people">{others.map(card)}</ul>
      )}
      <p>
        <a href="/planner/people" class="what-is-this">
          {t('day:whosWho.plannerLink')}
        </a>
      </p>
    </PageFrame>
  );
}

/** A panel role with no one added yet: what the role is, and a button to add the person. */
function RoleToFill({ kind, onAdd }: { kind: PanelKind; onAdd: () => void }) {
  const t = useT();
  const role = t(`day:whosWho.kinds.${kind}`);
  return (
    <PersonCard
      id={`role-${kind}`}
      name={role}
      symbol={KIND_SYMBOL[kind]}
      variant="empty"
      actions={
        <Button variant="secondary" symbol="add" onPress={onAdd}>
          {t('day:whosWho.addMember')}
          <HiddenContext>{role}</HiddenContext>
        </Button>
      }
    >
      <p>{t(`day:whosWho.about.${kind}`)}</p>
      <p class="person-card__role">{t('day:whosWho.notAdded')}</p>
      <WhatIsThis term={KIND_TERMS[kind]!} about={role} />
    </PersonCard>
  );
}
