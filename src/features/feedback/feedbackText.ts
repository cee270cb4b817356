// A finished version of the feedback as plain words, for the share sheet and a ready email: the
// person chooses who gets it. The same words the screen and the print show.
import type { TFunction } from 'i18next';
import { formatDay } from '../../i18n/dates';
import type { Fields } from '../../shared/records';
import { answerState } from '../planner/answers';
import { FEEDBACK_QUESTIONS, feedbackAnswer } from './feedback';

const str = (f: Fields, k: string) => (typeof f[k] === 'string' ? (f[k] as string).trim() : '');

export function helperLine(t: TFunction, fields: Fields): string | null {
  if (fields.helperNone === true) return t('feedback:helper.nobody');
  if (!str(fields, 'helperName')) return null;
  const name = str(fields, 'helperName');
  const relation = str(fields, 'helperRelation');
  const who = relation
    ? t('feedback:helper.summary', { name, relation })
    : t('feedback:helper.summaryName', { name });
  const when = str(fields, 'helpedWhen');
  return when ? `${who} ${t('feedback:helper.when', { when })}` : who;
}

export function feedbackText(t: TFunction, version: Fields, reviewDate: string | null): string {
  const lines: string[] = [t('feedback:share.heading')];
  if (reviewDate) lines.push(t('feedback:share.reviewOn', { date: formatDay(reviewDate) }));
  const helper = helperLine(t, version);
  if (helper) lines.push(helper);
  for (const q of FEEDBACK_QUESTIONS) {
    const answer = feedbackAnswer(version, q.id);
    const state = answerState(answer);
    lines.push('', t(`feedback:questions.${q.id}.question`));
    if (state !== 'answered') lines.push(t(`planner:say.state.${state}`));
    else {
      if (answer.scale) lines.push(t(`planner:answer.scales.${answer.scale}`));
      if (answer.words.trim()) lines.push(answer.words.trim());
      if (answer.voice || answer.photo || answer.drawing) lines.push(t('feedback:share.media'));
    }
  }
  return lines.join('\n');
}
