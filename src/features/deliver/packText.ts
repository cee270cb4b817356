// The review pack as plain words, for the share sheet and a ready email when My Review cannot
// send it: the same parts the printed page shows.
import type { TFunction } from 'i18next';
import { readAnswer } from '../../shared/models/answer';
import { questionModel } from '../../shared/models/question';
import { answerState } from '../planner/answers';
import { THEMES } from '../planner/themes';
import type { PackRecords } from './PackContent';

export function packText(t: TFunction, name: string, pack: PackRecords): string {
  const lines = [t('deliver:title.pack')];
  if (name) lines.push(t('planner:print.nameIs', { name }));
  lines.push('', t('deliver:shared.answers'));
  for (const th of THEMES) {
    const found = pack.answers.find((a) => a.theme === th.id);
    const answer = found && readAnswer(found.data);
    if (!answer || answerState(answer) !== 'answered') continue;
    lines.push('', t(`planner:say.themes.${th.id}.short`));
    if (answer.scale) lines.push(t(`planner:answer.scales.${answer.scale}`));
    if (answer.words.trim()) lines.push(answer.words.trim());
  }
  const questions = pack.questions.map((q) => questionModel.decode(q).text.trim()).filter(Boolean);
  if (questions.length) lines.push('', t('deliver:shared.questions'), ...questions);
  return lines.join('\n');
}
