import { useRecords } from '../../../data';
import { useT } from '../../../i18n/useT';
import { LinkButton } from '../../../ui/LinkButton';
import { Picture } from '../../../ui/Picture';
import { EMPTY_ANSWER, answerState, isQuoted } from '../answers';
import { THEMES } from '../themes';
import { FormScreen } from '../../forms/FormScreen';
import { usePlanId } from '../usePlanner';
import { answersByTheme } from './answersByTheme';
import '../planner.css';

const STATE_SYMBOL = { empty: 'pencil', answered: 'tick', declined: 'stop' } as const;

/** The question cards, with what has been said so far. Any card, in any order. */
export default function SayPage() {
  const t = useT();
  const records = useRecords(usePlanId(), 'answer');
  if (!records) return null;
  const answers = answersByTheme(records);
  const firstOpen = THEMES.find(
    (th) => answerState(answers.get(th.id) ?? EMPTY_ANSWER) === 'empty',
  );
  return (
    <FormScreen
      section={{ title: t('planner:sections.say.title'), href: '/planner' }}
      title={t('planner:sections.say.title')}
      hint={t('planner:say.lede')}
      symbol="speech"
      learn="/learn/four-questions"
    >
      <div class="button-row">
        <LinkButton
          href={`/planner/say/${(firstOpen ?? THEMES[0]!).id}`}
          variant="primary"
          symbol="next"
        >
          {firstOpen && firstOpen !== THEMES[0] ? t('planner:say.carryOn') : t('planner:say.start')}
        </LinkButton>
      </div>
      <ul class="item-list">
        {THEMES.map((th) => {
          const a = answers.get(th.id) ?? EMPTY_ANSWER;
          const state = answerState(a);
          return (
            <li key={th.id} class="item item--link">
              <Picture symbol={th.symbol} alt="" size="medium" />
              <div class="item__body">
                <h2 class="item__title">
                  <a href={`/planner/say/${th.id}`}>{t(`planner:say.themes.${th.id}.question`)}</a>
                </h2>
                <p class="status-line">
                  <Picture symbol={STATE_SYMBOL[state]} alt="" size="icon" />
                  <span>{t(`planner:say.state.${state}`)}</span>
                </p>
                {isQuoted(a) && (
                  <p class="status-line">
                    <Picture symbol="speech" alt="" size="icon" />
                    <span>{t('planner:say.quoted')}</span>
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </FormScreen>
  );
}
