import { keyedRef, useRecords } from '../../../data';
import { useT } from '../../../i18n/useT';
import { EMPTY_ANSWER, answerState } from '../answers';
import { routeParam } from '../../forms/routeParam';
import { THEMES } from '../themes';
import { StepScreen } from '../../forms/StepScreen';
import { usePlanId } from '../usePlanner';
import { answersByTheme } from './answersByTheme';
import { AnswerCard } from './AnswerCard';

/** One question card: answered in any way, skipped, or "I don't want to answer". */
export default function SayCardPage(props: Record<string, unknown>) {
  const t = useT();
  const planId = usePlanId();
  const records = useRecords(planId, 'answer');
  if (!planId || !records) return null;
  const answers = answersByTheme(records);
  return (
    <StepScreen
      section={{ title: t('planner:sections.say.title'), href: '/planner/say' }}
      steps={THEMES.map((th) => ({
        id: th.id,
        label: t(`planner:say.themes.${th.id}.short`),
        done: answerState(answers.get(th.id) ?? EMPTY_ANSWER) !== 'empty',
      }))}
      current={routeParam(props.theme)}
      basePath="/planner/say"
      nextLabel={t('planner:say.next')}
    >
      {(_, index) => {
        const theme = THEMES[index]!;
        const question = t(`planner:say.themes.${theme.id}.question`);
        return {
          title: question,
          hint: t(`planner:say.themes.${theme.id}.hint`),
          symbol: theme.symbol,
          learn: '/learn/four-questions',
          body: (
            <>
              <AnswerCard
                recordRef={keyedRef(planId, 'answer', theme.id)}
                answer={answers.get(theme.id) ?? EMPTY_ANSWER}
                topic={question}
                show={{ scale: true, author: true, quote: true, photo: true }}
                record={
                  records.find((r) => r.id === keyedRef(planId, 'answer', theme.id).id)?.data ??
                  null
                }
              />
              {/* Beside Next, which is how a question is skipped; the answers come first. */}
              <p>{t('planner:say.skip')}</p>
            </>
          ),
        };
      }}
    </StepScreen>
  );
}
