import { useT } from '../../../i18n/useT';
import { Picture } from '../../../ui/Picture';
import type { HistoryEntry } from '../consentRecords';
import { formatDay, STATE_SYMBOL } from './ConsentSummary';

/** Every change to a consent answer, newest first, in sentences the person can read. */
export function HistoryList({
  entries,
  showSubject,
}: {
  entries: HistoryEntry[];
  showSubject?: boolean;
}) {
  const t = useT();
  if (entries.length === 0) return <p>{t('planner:consent.history.empty')}</p>;
  return (
    <ol class="history">
      {entries.map((e) => (
        <li key={e.id} class="history__entry">
          <Picture
            symbol={e.change === 'view' ? 'thought' : STATE_SYMBOL[e.consent.state]}
            alt=""
            size="small"
          />
          <div>
            <p class="history__when">{formatDay(e.at)}</p>
            {showSubject && <p>{subjectTitle(t, e.subject, e.attendeeName)}</p>}
            {describe(t, e).map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

type T = ReturnType<typeof useT>;

export function subjectTitle(t: T, subject: HistoryEntry['subject'], name: string | null): string {
  if (subject === 'attendee')
    return t('planner:consent.subjects.attendee.title', {
      name: name || t('planner:people.noName'),
    });
  return t(`planner:consent.subjects.${subject}.title`);
}

function describe(t: T, e: HistoryEntry): string[] {
  const c = e.consent;
  const lines: string[] = [];
  if (e.change === 'restored') lines.push(t('planner:consent.history.restored'));
  if (e.change === 'view') {
    lines.push(
      t('planner:consent.history.view', { view: t(`planner:consent.view.${c.view ?? 'notSure'}`) }),
    );
    if (c.viewWords.trim())
      lines.push(t('planner:consent.history.viewWords', { words: c.viewWords }));
    return lines;
  }
  const bi = c.bestInterests;
  if (c.state === 'bestInterests' && bi) {
    lines.push(t('planner:consent.now.bestInterests', { who: bi.who }));
    lines.push(t(`planner:consent.outcome.${bi.outcome}`));
    lines.push(t('planner:consent.history.how', { how: bi.how }));
    lines.push(t('planner:consent.history.decidedOn', { date: formatDay(bi.when) }));
    lines.push(t(`planner:consent.history.advocate.${bi.advocate}`));
  } else if (c.state === 'notAsked') {
    lines.push(t('planner:consent.now.notAsked'));
  } else if (c.state !== 'bestInterests') {
    lines.push(
      c.decidedBy === 'parent'
        ? t(`planner:consent.now.parent.${c.state}`, { name: c.parentName })
        : t(`planner:consent.now.you.${c.state}`),
    );
  }
  return lines;
}
