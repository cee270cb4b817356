import { singletonRef, useCurrentPlan, useRecord } from '../../data';
import { useT } from '../../i18n/useT';
import { communicationModel } from '../../shared/models/communication';
import { profileModel } from '../../shared/models/profile';
import { splitSentences } from '../../shared/text';
import { Button } from '../../ui/Button';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { ReadAloud, SpokenText } from '../../ui/ReadAloud';
import { COMMUNICATION_PATH, communicationQuestions } from './communication';
import './day.css';

/** /day/communication/show — "How I communicate" to show someone, read aloud or print. */
export default function CommunicationShowPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const record = useRecord(plan ? singletonRef(plan.id, 'communication').id : undefined);
  const profile = useRecord(plan ? singletonRef(plan.id, 'profile').id : undefined);
  const name = profileModel.decode(profile?.data).name.trim();
  const words = communicationModel.decode(record?.data);
  const answers = communicationQuestions(t)
    .map((q) => ({ ...q, answer: words[q.field].trim() }))
    .filter((a) => a.answer);
  const intro = [
    ...(name ? [t('day:communication.name', { name })] : []),
    t('day:communication.showLede'),
  ];
  const sentences = [...intro];
  const blocks = answers.map((a) => {
    const at = sentences.length;
    const lines = [a.label, ...splitSentences(a.answer)];
    sentences.push(...lines);
    return { ...a, at, lines };
  });
  return (
    <PageFrame
      title={t('day:communication.showTitle')}
      symbol="talk"
      up={{ href: '/day/communication', label: t('day:upCommunication') }}
      titleActions={
        <ReadAloud
          id="communication"
          label={t('day:communication.readPage')}
          sentences={sentences}
        />
      }
    >
      <p class="lede">
        <SpokenText queue="communication" sentences={intro} />
      </p>
      {record !== undefined && answers.length === 0 && <p>{t('day:communication.empty')}</p>}
      <ul class="easy-list communication-show">
        {blocks.map((b) => (
          <li key={b.field} class="easy-list__item">
            <Picture symbol={b.symbol} alt="" size="large" />
            <div>
              <h2 class="communication-show__label">
                <SpokenText queue="communication" sentences={[b.label]} offset={b.at} />
              </h2>
              <p class="communication-show__answer" dir="auto">
                <SpokenText queue="communication" sentences={b.lines.slice(1)} offset={b.at + 1} />
              </p>
            </div>
          </li>
        ))}
      </ul>
      <div class="button-row no-print">
        <Button symbol="print" variant="secondary" onPress={() => window.print()}>
          {t('day:communication.print')}
        </Button>
        <LinkButton href={COMMUNICATION_PATH} symbol="edit">
          {t('day:communication.edit')}
        </LinkButton>
      </div>
    </PageFrame>
  );
}
