import { useT } from '../../i18n/useT';
import type { Fields } from '../../shared/records';
import { formatDay } from '../../i18n/dates';
import { ReadAnswer } from '../planner/print/ReadAnswer';
import { FEEDBACK_QUESTIONS, feedbackAnswer } from './feedback';

/** Every version that was sent, as it was sent: it stays readable after later changes. */
export function SentVersions({ versions }: { versions: { id: string; data: Fields }[] }) {
  const t = useT();
  const sent = versions
    .filter((v) => typeof v.data.version === 'number')
    .sort((a, b) => (b.data.version as number) - (a.data.version as number));
  if (sent.length === 0) return null;
  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">{t('feedback:versions.title')}</h2>
      {sent.map((v) => (
        <details key={v.id} class="card">
          <summary>
            {t('feedback:versions.summary', {
              version: v.data.version,
              date: formatDay(typeof v.data.sentAt === 'string' ? v.data.sentAt : null),
            })}
          </summary>
          <FeedbackHelper fields={v.data} />
          {FEEDBACK_QUESTIONS.map((q) => (
            <ReadAnswer
              key={q.id}
              question={t(`feedback:questions.${q.id}.question`)}
              answer={feedbackAnswer(v.data, q.id)}
              level={3}
            />
          ))}
        </details>
      ))}
    </section>
  );
}

export function FeedbackHelper({ fields }: { fields: Fields }) {
  const t = useT();
  const str = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string).trim() : '');
  if (fields.helperNone === true) return <p>{t('feedback:helper.nobody')}</p>;
  if (!str('helperName')) return null;
  return (
    <p>
      {t('feedback:helper.summary', {
        name: str('helperName'),
        relation: str('helperRelation') || '–',
      })}
      {str('helpedWhen') && <> {t('feedback:helper.when', { when: str('helpedWhen') })}</>}
    </p>
  );
}
