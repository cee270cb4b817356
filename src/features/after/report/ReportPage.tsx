import { singletonRef, useCurrentPlan, useRecord, useRecords } from '../../../data';
import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { localToday } from '../../../shared/dates';
import { reportModel } from '../../../shared/models/report';
import { reviewModel } from '../../../shared/models/review';
import { screenHref } from '../../../routes/screens';
import { Button } from '../../../ui/Button';
import { PageFrame } from '../../../ui/PageFrame';
import { Picture } from '../../../ui/Picture';
import { BoundChoice } from '../../forms/BoundChoice';
import { BoundText } from '../../forms/BoundText';
import { bindTo } from '../../forms/bind';
import { SaveNote } from '../../forms/SaveNote';
import { saveWithUndo } from '../../forms/saver';
import { UndoButton } from '../../forms/UndoButton';
import { AttachPages } from '../attach/AttachPages';
import { ChaseList } from './ChaseList';
import { AGREE_CHOICES } from './agree';
import { reportIsLate, sortChases } from './chases';

/** /after/report — the report: its pages, what it says about me, do I agree, and when I asked. */
export default function ReportPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const ref = plan ? singletonRef(plan.id, 'report') : undefined;
  const record = useRecord(ref?.id);
  const review = useRecord(plan ? singletonRef(plan.id, 'review').id : undefined);
  const chases = sortChases(useRecords(plan?.id, 'chase'));
  const report = reportModel.decode(record?.data);
  const reviewDate = reviewModel.decode(review?.data).date;
  const late = reportIsLate(reviewDate, localToday(), report.received);
  const what = t('report:what');
  const bind = ref && bindTo(ref, report);
  return (
    <PageFrame
      title={t('report:title')}
      symbol="report"
      lede={t('report:lede')}
      up={{ href: screenHref('after'), label: t('report:up') }}
    >
      {ref && bind && record !== undefined && (
        <>
          <section class="after-part" aria-labelledby="report-got">
            <h2 id="report-got">{t('report:got.title')}</h2>
            <p class="after-line">
              <Picture symbol={report.received ? 'tick' : 'hourglass'} alt="" size="small" />
              <span>
                {report.received
                  ? report.receivedOn
                    ? t('report:got.yesOn', { date: formatDay(report.receivedOn) })
                    : t('report:got.yes')
                  : t('report:got.notYet')}
              </span>
            </p>
            <div class="button-row">
              <Button
                variant={report.received ? 'secondary' : 'primary'}
                symbol={report.received ? 'undo' : 'tick'}
                onPress={() =>
                  void saveWithUndo(
                    ref,
                    report.received
                      ? { received: false, receivedOn: null }
                      : { received: true, receivedOn: localToday() },
                  )
                }
              >
                {report.received ? t('report:got.notYetButton') : t('report:got.gotIt')}
              </Button>
            </div>
          </section>

          {(late || chases.length > 0) && (
            <ChaseList late={late} chases={chases} review={review?.data ?? {}} />
          )}

          <section class="after-part" aria-labelledby="report-pages">
            <h2 id="report-pages">{t('report:pages.title')}</h2>
            <p>{t('report:pages.hint')}</p>
            <AttachPages
              planId={ref.planId}
              of="report"
              what={what}
              onAdded={() => {
                if (!report.received)
                  void saveWithUndo(ref, { received: true, receivedOn: localToday() });
              }}
            />
          </section>

          <section class="after-part" aria-labelledby="report-me">
            <h2 id="report-me">{t('report:aboutMe.title')}</h2>
            <BoundText
              {...bind('saysAboutMe')}
              label={t('report:aboutMe.label')}
              hint={t('report:aboutMe.hint')}
              multiline
            />
          </section>

          <section class="after-part" aria-labelledby="report-agree">
            <h2 id="report-agree">{t('report:agree.title')}</h2>
            <BoundChoice
              {...bind('agree')}
              label={t('report:agree.label')}
              choices={AGREE_CHOICES.map((c) => ({ ...c, label: t(`report:agree.${c.value}`) }))}
            />
            <BoundText
              {...bind('agreeWords')}
              label={t('report:agree.wordsLabel')}
              hint={t('report:agree.wordsHint')}
              multiline
            />
          </section>
          {!late && chases.length === 0 && !report.received && reviewDate && (
            <p class="after-line">
              <Picture symbol="calendar" alt="" size="small" />
              <span>{t('report:dueHint')}</span>
            </p>
          )}
          <SaveNote />
          <UndoButton />
        </>
      )}
    </PageFrame>
  );
}
