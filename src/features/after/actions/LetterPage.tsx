import i18next from 'i18next';
import { useState } from 'preact/hooks';
import { singletonRef, useCurrentPlan, useRecord, useRecords } from '../../../data';
import { formatDay } from '../../../i18n/dates';
import { FALLBACK_LANGUAGE, findLanguage } from '../../../i18n/languages';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { localToday } from '../../../shared/dates';
import { profileModel } from '../../../shared/models/profile';
import { reviewModel } from '../../../shared/models/review';
import { splitSentences } from '../../../shared/text';
import { Button } from '../../../ui/Button';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import { LinkButton } from '../../../ui/LinkButton';
import { LiveStatus } from '../../../ui/LiveStatus';
import { NotFound } from '../../../ui/NotFound';
import { routeParam } from '../../forms/routeParam';
import { ActionPartFrame } from './ActionPartFrame';
import { actionFromRecord, updatesFor } from './actions';
import {
  buildLetter,
  letterSummary,
  letterText,
  mailtoHref,
  type LetterFacts,
  type LetterTo,
} from './letter';
import { commissioner, namedPerson } from './letterPeople';
import './actions.css';

type Copied = 'copied' | 'copyFailed' | null;

/** The letter's language: formal English, whatever the app shows, for the professional. */
const LETTER_LANGUAGE = FALLBACK_LANGUAGE;

/**
 * /after/actions/:id/letter — "This is stuck": a ready letter to the person named or to the
 * commissioner. The person reads it aloud, copies, prints, shares or emails it; the app itself
 * sends nothing, and never says it did. The letter is in English for the professional; when the
 * app is in another language, the screen says so and tells the person what it says in theirs.
 */
export default function LetterPage(props: Record<string, unknown>) {
  const t = useT();
  const id = routeParam(props.id);
  const plan = useCurrentPlan();
  const record = useRecord(id);
  const updates = useRecords(plan?.id, 'actionUpdate');
  const contacts = useRecords(plan?.id, 'contact');
  const review = useRecord(plan ? singletonRef(plan.id, 'review').id : undefined);
  const profile = useRecord(plan ? singletonRef(plan.id, 'profile').id : undefined);
  const [to, setTo] = useState<LetterTo>('named');
  const [copied, setCopied] = useState<Copied>(null);
  if (!plan || record === undefined || !updates || !contacts) return null;
  if (review === undefined || profile === undefined) return null;
  if (!record || record.type !== 'action') return <NotFound />;
  const action = actionFromRecord(record);
  const r = reviewModel.decode(review?.data);
  const named = namedPerson(action, contacts);
  const boss = commissioner(contacts, review?.data ?? null);
  const recipient = to === 'named' ? named : boss;
  const copyTo = to === 'named' ? (boss.name ? boss : null) : named;
  const facts: LetterFacts = {
    to,
    what: action.what,
    who: action.who,
    howWeKnow: action.howWeKnow,
    byWhen: action.byWhen,
    reviewDate: r.date || null,
    reviewKind: r.kind,
    updates: updatesFor(action.id, updates),
    recipient,
    copyTo,
    from: profileModel.decode(profile?.data).name,
    today: localToday(),
  };
  const letterDateLocale = findLanguage(LETTER_LANGUAGE).dateLocale;
  const letter = buildLetter(
    i18next.getFixedT(LETTER_LANGUAGE),
    (day) => formatDay(day, letterDateLocale),
    facts,
  );
  const ownLanguage = i18next.language !== LETTER_LANGUAGE;
  const summary = ownLanguage ? letterSummary(t, facts) : [];
  const text = letterText(letter);
  const canShare = typeof navigator.share === 'function';
  const back = screenHref('afterAction', { id: action.id });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  };

  return (
    <ActionPartFrame
      part="letter"
      symbol="letter"
      actionId={action.id}
      // In another language, read what the letter says in it: an English letter in an Urdu or
      // Polish voice helps nobody.
      sentences={() =>
        ownLanguage
          ? [t('actions:letterSays.inEnglish'), ...summary].flatMap(splitSentences)
          : [letter.subject, ...letter.paragraphs.flatMap(splitSentences)]
      }
    >
      <div class="no-print">
        <ChoiceCards
          label={t('actions:letter.toLabel')}
          columns={2}
          value={to}
          onChange={(v) => {
            setTo(v);
            setCopied(null);
          }}
          choices={[
            {
              value: 'named',
              label: t('actions:letter.toNamed', { name: named.name }),
              symbol: 'person',
            },
            {
              value: 'commissioner',
              label: boss.name
                ? t('actions:letter.toCommissionerNamed', { name: boss.name })
                : t('actions:letter.toCommissioner'),
              symbol: 'commissioner',
            },
          ]}
        />
        {!recipient.email && <p>{t('actions:letter.noEmail')}</p>}
      </div>
      {ownLanguage && (
        <section class="letter-says no-print" aria-labelledby="letter-says-title">
          <h2 id="letter-says-title">{t('actions:letterSays.title')}</h2>
          <p>{t('actions:letterSays.inEnglish')}</p>
          <ul>
            {summary.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <article class="letter-doc" aria-labelledby="letter-subject" lang={LETTER_LANGUAGE} dir="ltr">
        <p id="letter-subject" class="letter-doc__subject">
          {letter.subject}
        </p>
        {letter.paragraphs.map((p, i) => (
          <p key={i} dir="auto">
            {p}
          </p>
        ))}
      </article>
      <div class="no-print">
        <p>{t('actions:letter.nothingSent')}</p>
        <div class="button-row">
          <Button symbol="save-copy" onPress={() => void copy()}>
            {t('actions:letter.copy')}
          </Button>
          <Button variant="secondary" symbol="print" onPress={() => window.print()}>
            {t('actions:letter.print')}
          </Button>
          {canShare && (
            <Button
              variant="secondary"
              symbol="people"
              // The person may close the share sheet without sharing: nothing to say then.
              onPress={() =>
                void navigator.share({ title: letter.subject, text }).catch(() => undefined)
              }
            >
              {t('actions:letter.share')}
            </Button>
          )}
          <LinkButton href={mailtoHref(letter, recipient, copyTo)} symbol="email">
            {t('actions:letter.email')}
          </LinkButton>
        </div>
        <LiveStatus>{copied && <p>{t(`actions:letter.${copied}`)}</p>}</LiveStatus>
        <LinkButton href={back} symbol="previous">
          {t('actions:letter.back')}
        </LinkButton>
      </div>
    </ActionPartFrame>
  );
}
