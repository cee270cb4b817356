import { keyedRef, useRecords } from '../../../data';
import { NotFound } from '../../../ui/NotFound';
import { useT } from '../../../i18n/useT';
import { EMPTY_ANSWER, answerState } from '../answers';
import { routeParam } from '../routeParam';
import { findTheme, THEMES } from '../themes';
import { StepScreen } from '../ui/StepScreen';
import { usePlanId } from '../usePlanner';
import { answersByTheme } from './answersByTheme';
import { AnswerCard } from './AnswerCard';

/** One question card: answered in any way, skipped, or "I don't want to answer". */
export default function SayCardPage(props: Record<string, unknown>) {
  const t = useT();
  const planId = usePlanId();
  const records = useRecords(planId, 'answer');
  const theme = findTheme(routeParam(props.theme));
  if (!theme) return <NotFound />;
  if (!planId || !records) return null;
  const answers = answersByTheme(records);
  const index = THEMES.indexOf(theme);
  const href = (id: string) => `/planner/say/${id}`;
  const question = t(`planner:say.themes.${theme.id}.question`);
  return (
    <StepScreen
      key={theme.id}
      section={{ title: t('planner:sections.say.title'), href: '/planner/say' }}
      title={question}
      hint={t(`planner:say.themes.${theme.id}.hint`)}
      symbol={theme.symbol}
      learn="/learn/four-questions"
      steps={THEMES.map((th) => ({
        href: href(th.id),
        label: t(`planner:say.themes.${th.id}.short`),
        done: answerState(answers.get(th.id) ?? EMPTY_ANSWER) !== 'empty',
      }))}
      current={index}
      prev={index > 0 ? href(THEMES[index - 1]!.id) : undefined}
      next={index < THEMES.length - 1 ? href(THEMES[index + 1]!.id) : undefined}
      nextLabel={t('planner:say.next')}
    >
      <p>{t('planner:say.skip')}</p>
      <AnswerCard
        recordRef={keyedRef(planId, 'answer', theme.id)}
        answer={answers.get(theme.id) ?? EMPTY_ANSWER}
        topic={question}
        show={{ scale: true, author: true, quote: true, photo: true }}
      />
    </StepScreen>
  );
}
