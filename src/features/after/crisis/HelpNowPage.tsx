import { useCurrentPlan } from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { splitSentences } from '../../../shared/text';
import { LinkButton } from '../../../ui/LinkButton';
import { PageFrame } from '../../../ui/PageFrame';
import { Picture } from '../../../ui/Picture';
import { ReadAloud } from '../../../ui/ReadAloud';
import { SpeakButton } from '../../../ui/SpeakButton';
import { ContactLinks } from '../team/ContactLinks';
import { ROLE_SYMBOL } from '../team/contacts';
import { displayName, roleName } from '../team/roleName';
import { CRISIS_PARTS, PART_SYMBOL } from './CrisisSection';
import { useCrisisPlan } from './useCrisisPlan';
import '../team/team.css';
import './crisis.css';
import './helpNow.css';

/**
 * /after/help-now — the crisis plan to read, and the people to call, each one tap away. Everything
 * here is read from this tablet, so it works with no connection.
 */
export default function HelpNowPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const crisis = useCrisisPlan(plan?.id);
  const calls = crisis?.calls ?? [];
  const written = CRISIS_PARTS.filter((p) => crisis?.plan[p]);
  const sentences = [
    t('afterCrisis:helpNow.title'),
    t('afterCrisis:helpNow.emergency'),
    t('afterCrisis:helpNow.callFirst'),
    ...calls.map((c, i) => `${i + 1}. ${displayName(t, c.contact)}. ${c.contact.phone}`),
    ...written.flatMap((p) => [
      t(`afterCrisis:sections.${p}.label`),
      ...splitSentences(crisis!.plan[p]),
    ]),
  ];
  return (
    <PageFrame
      title={t('afterCrisis:helpNow.title')}
      symbol="help-now"
      lede={t('afterCrisis:helpNow.lede')}
      up={{ href: screenHref('after'), label: t('afterCrisis:up') }}
      titleActions={
        <ReadAloud id="help-now" label={t('afterCrisis:readPage')} sentences={sentences} />
      }
    >
      <div class="help-now-emergency">
        <p>{t('afterCrisis:helpNow.emergency')}</p>
        <a class="button help-now__link contact-link" href="tel:999">
          <Picture symbol="call" alt="" size="icon" />
          <span class="button__label">{t('afterCrisis:helpNow.call999')}</span>
        </a>
      </div>
      <h2>{t('afterCrisis:helpNow.callFirst')}</h2>
      {crisis && calls.length === 0 && <p>{t('afterCrisis:helpNow.noCalls')}</p>}
      {calls.length > 0 && (
        <ol class="contacts help-now-calls">
          {calls.map((c, i) => {
            const name = displayName(t, c.contact);
            const role = roleName(t, c.contact);
            return (
              <li key={c.id} class="list-card contact-card">
                <Picture symbol={ROLE_SYMBOL[c.contact.role ?? 'other']} alt="" size="large" />
                <div class="contact-card__words">
                  <span class="call-item__number">
                    {t('afterCrisis:calls.position', { position: i + 1 })}
                  </span>
                  <h3 class="contact-card__name" dir="auto">
                    {name}
                  </h3>
                  {role && role !== name && <p class="contact-card__role">{role}</p>}
                  <ContactLinks contact={c.contact} name={name} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {written.map((p) => {
        const label = t(`afterCrisis:sections.${p}.label`);
        return (
          <section key={p} class="help-now-plan" aria-labelledby={`help-now-${p}`}>
            <div class="crisis-part__head">
              <Picture symbol={PART_SYMBOL[p]} alt="" size="medium" />
              <h2 id={`help-now-${p}`}>{label}</h2>
            </div>
            <p dir="auto">{crisis!.plan[p]}</p>
            <SpeakButton
              queue={`help-now-${p}`}
              label={t('afterCrisis:hear')}
              context={label}
              sentences={[label, ...splitSentences(crisis!.plan[p])]}
            />
          </section>
        );
      })}
      {crisis && written.length === 0 && <p>{t('afterCrisis:helpNow.noPlan')}</p>}
      {crisis && (
        <LinkButton href={screenHref('afterCrisis')} symbol="pencil">
          {written.length === 0 ? t('afterCrisis:helpNow.fillIn') : t('afterCrisis:helpNow.change')}
        </LinkButton>
      )}
    </PageFrame>
  );
}
