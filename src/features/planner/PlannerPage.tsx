import { useT } from '../../i18n/useT';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { sectionProgress, type Progress } from './progress';
import { SECTIONS } from './sections';
import { QuestionTools } from '../forms/QuestionTools';
import { usePlannerData } from './usePlanner';
import './planner.css';

/** The planner's first screen: every part, with a picture of how far it has got. */
export default function PlannerPage() {
  const t = useT();
  const data = usePlannerData();
  const progress = data ? sectionProgress(data) : {};
  return (
    <PageFrame
      title={t('planner:overview.title')}
      symbol="planner"
      lede={t('planner:overview.lede')}
      titleActions={
        <QuestionTools
          id="planner"
          text={`${t('planner:overview.lede')} ${t('planner:overview.anyOrder')}`}
          learn="/learn/getting-ready"
        />
      }
    >
      <p>{t('planner:overview.anyOrder')}</p>
      {data && (
        <ul class="section-tiles">
          {SECTIONS.filter((s) => progress[s.id]).map((s) => (
            <li key={s.id}>
              <a href={s.path} class="section-tile">
                <Picture symbol={s.symbol} alt="" size="large" />
                <span>
                  <span class="section-tile__label">{t(s.title)}</span>
                  <span>{t(s.hint)}</span>
                  <ProgressLine progress={progress[s.id]!} />
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('planner:overview.printTitle')}</h2>
      <p>{t('planner:overview.printBody')}</p>
      <div class="button-row">
        <LinkButton href="/planner/print" symbol="print">
          {t('planner:overview.printAll')}
        </LinkButton>
        <LinkButton href="/planner/about-me" symbol="person">
          {t('planner:overview.aboutMe')}
        </LinkButton>
        <LinkButton href="/send/pack" symbol="review-pack">
          {t('planner:overview.sendPack')}
        </LinkButton>
      </div>
    </PageFrame>
  );
}

/** A picture and words; never a score, never a cross: a part not started is simply not started. */
export function ProgressLine({ progress }: { progress: Progress }) {
  const t = useT();
  const symbol =
    progress.state === 'finished'
      ? 'tick'
      : progress.state === 'started'
        ? 'progress-some'
        : 'pencil';
  return (
    <span class="section-tile__progress">
      <Picture symbol={symbol} alt="" size="icon" />
      <span>{t(`planner:progress.${progress.state}`)}</span>
    </span>
  );
}
