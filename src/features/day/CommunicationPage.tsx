import { singletonRef, useCurrentPlan, useRecord } from '../../data';
import { communicationModel } from '../../shared/models/communication';
import { useT } from '../../i18n/useT';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { CommunicationAnswer } from './CommunicationAnswer';
import { COMMUNICATION_SHOW_PATH, communicationQuestions } from './communication';
import './day.css';

/** /day/communication — the person writes how to talk with them; saved as they type. */
export default function CommunicationPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const ref = plan ? singletonRef(plan.id, 'communication') : undefined;
  const record = useRecord(ref?.id);
  const questions = communicationQuestions(t);
  const words = communicationModel.decode(record?.data);
  return (
    <PageFrame
      title={t('day:communication.title')}
      symbol="talk"
      lede={t('day:communication.lede')}
      up={{ href: '/day', label: t('day:up') }}
    >
      {ref && record !== undefined && (
        <ul class="easy-list">
          {questions.map((q) => (
            <CommunicationAnswer
              key={q.field}
              recordRef={ref}
              question={q}
              saved={words[q.field]}
            />
          ))}
        </ul>
      )}
      <div class="button-row">
        <LinkButton href={COMMUNICATION_SHOW_PATH} symbol="easy-read" variant="primary">
          {t('day:communication.show')}
        </LinkButton>
      </div>
      <p>
        <WhatIsThis page="my-rights" />
      </p>
    </PageFrame>
  );
}
