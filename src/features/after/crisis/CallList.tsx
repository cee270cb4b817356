import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Button } from '../../../ui/Button';
import { HiddenContext } from '../../../ui/HiddenContext';
import { LinkButton } from '../../../ui/LinkButton';
import { LiveStatus } from '../../../ui/LiveStatus';
import { Picture } from '../../../ui/Picture';
import { usePutBack } from '../../forms/usePutBack';
import type { Removed } from '../../forms/useListWithUndo';
import { ROLE_SYMBOL, type Contact } from '../team/contacts';
import { displayName, roleName } from '../team/roleName';
import { notOnList, type Call } from './calls';
import { addCall, moveCallBy, removeCall } from './callWrites';

const controlId = (id: string, what: 'up' | 'down') => `call-${id}-${what}`;

/** "Who to call, in order": move people up and down, take them off, add from the care team. */
export function CallList({
  planId,
  calls,
  team,
}: {
  planId: string;
  calls: Call[];
  team: Contact[];
}) {
  const t = useT();
  const [removed, setRemoved, undoRow] = usePutBack<Removed>();
  const [focusId, setFocusId] = useState<string | null>(null);
  // After a move the list is drawn again: focus stays with the person moved, on the button that
  // was pressed, or on the other one when they cannot move further that way (first or last).
  useEffect(() => {
    const el = focusId ? (document.getElementById(focusId) as HTMLButtonElement | null) : null;
    if (!el || el.disabled) return; // not drawn yet: wait for the list to change
    el.focus();
    setFocusId(null);
  }, [focusId, calls]);

  const others = notOnList(team, calls);
  return (
    <section class="crisis-part" aria-labelledby="crisis-calls">
      <div class="crisis-part__head">
        <Picture symbol="call" alt="" size="medium" />
        <h2 id="crisis-calls">{t('afterCrisis:calls.title')}</h2>
      </div>
      <p>{t('afterCrisis:calls.hint')}</p>
      <LiveStatus class="after-message">
        {removed && t('afterCrisis:calls.removed', { name: removed.name })}
      </LiveStatus>
      {removed && (
        <div class="button-row" ref={undoRow}>
          <Button
            variant="secondary"
            symbol="undo"
            onPress={async () => {
              await removed.putBack();
              setRemoved(null);
            }}
          >
            {t('afterCrisis:calls.undo')}
          </Button>
        </div>
      )}
      {calls.length === 0 ? (
        <p>{t('afterCrisis:calls.none')}</p>
      ) : (
        <ol class="card-list call-list">
          {calls.map((call, i) => {
            const name = displayName(t, call.contact);
            const about = <HiddenContext>{name}</HiddenContext>;
            return (
              <li key={call.id} class="list-card call-item">
                <Picture symbol={ROLE_SYMBOL[call.contact.role ?? 'other']} alt="" size="medium" />
                <div class="call-item__words">
                  <span class="call-item__number">
                    {t('afterCrisis:calls.position', { position: i + 1 })}
                  </span>
                  <span class="call-item__name" dir="auto">
                    {name}
                  </span>
                  <span>{roleName(t, call.contact)}</span>
                  <div class="button-row">
                    <Button
                      variant="secondary"
                      symbol="move-up"
                      id={controlId(call.id, 'up')}
                      isDisabled={i === 0}
                      onPress={async () => {
                        await moveCallBy(calls, call.id, -1);
                        setFocusId(controlId(call.id, i - 1 === 0 ? 'down' : 'up'));
                      }}
                    >
                      {t('afterCrisis:calls.moveUp')}
                      {about}
                    </Button>
                    <Button
                      variant="secondary"
                      symbol="move-down"
                      id={controlId(call.id, 'down')}
                      isDisabled={i === calls.length - 1}
                      onPress={async () => {
                        await moveCallBy(calls, call.id, 1);
                        setFocusId(controlId(call.id, i + 1 === calls.length - 1 ? 'up' : 'down'));
                      }}
                    >
                      {t('afterCrisis:calls.moveDown')}
                      {about}
                    </Button>
                    <Button
                      variant="secondary"
                      symbol="remove"
                      onPress={async () => {
                        const putBack = await removeCall(call);
                        setRemoved({ name, putBack });
                      }}
                    >
                      {t('afterCrisis:calls.remove')}
                      {about}
                    </Button>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {team.length === 0 ? (
        <>
          <p>{t('afterCrisis:calls.noTeam')}</p>
          <LinkButton href={screenHref('afterTeam')} symbol="contacts">
            {t('afterCrisis:calls.teamLink')}
          </LinkButton>
        </>
      ) : (
        others.length > 0 && (
          <>
            <h3>{t('afterCrisis:calls.addTitle')}</h3>
            <div class="button-row">
              {others.map((c) => {
                const name = displayName(t, c);
                return (
                  <Button
                    key={c.id}
                    variant="secondary"
                    symbol="add"
                    onPress={async () => {
                      setRemoved(null);
                      await addCall(planId, c.id, calls);
                    }}
                  >
                    {t('afterCrisis:calls.add', { name })}
                  </Button>
                );
              })}
            </div>
          </>
        )
      )}
    </section>
  );
}
