import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n/useT';
import { PageFrame } from '../../ui/PageFrame';
import { Tile } from '../../ui/Tile';
import { NameFormShell } from './NameFormShell';
import { NoDateYet } from './NoDateYet';
import { HOME_TILES } from './tiles';

/**
 * The home screen without data, so it can also be prerendered into index.html at build time.
 * Home fills in the person's name and the parts that need the database.
 */
export function HomeShell({
  name = '',
  children,
  next,
  firstTask,
  top,
}: {
  name?: string;
  children?: ComponentChildren;
  /**
   * The first thing to do, above everything else: on a first visit, "What would you like us to
   * call you?". Left out (undefined) until the person's data has loaded, the question holds its
   * place as plain markup, hidden before the first paint when the person already has a name
   * (data-named, see rememberNamed); null when there is no first task.
   */
  firstTask?: ComponentChildren | null;
  /** "What happens next", once the person's data is there (Home fills it in). */
  next?: ComponentChildren;
  /** "Whose review?", first, on a device that holds more than one plan. */
  top?: ComponentChildren;
}) {
  const t = useT();
  return (
    <PageFrame
      title={name ? t('home:greeting', { name }) : t('home:title')}
      symbol="home"
      lede={t('home:lede')}
    >
      {top}
      {firstTask === undefined ? (
        <div class="first-task first-task--placeholder">
          <NameFormShell />
        </div>
      ) : (
        firstTask && <div class="first-task">{firstTask}</div>
      )}
      <section aria-labelledby="next-title">
        <h2 id="next-title">{t('home:next.title')}</h2>
        {next ?? <NoDateYet />}
      </section>
      <section aria-labelledby="tiles-title">
        <h2 id="tiles-title">{t('home:tilesTitle')}</h2>
        <ul class="tiles">
          {HOME_TILES.map((tile) => (
            <li key={tile.href}>
              <Tile
                href={tile.href}
                symbol={tile.symbol}
                label={t(tile.label)}
                hint={t(tile.hint)}
              />
            </li>
          ))}
        </ul>
      </section>
      {/* Last, so that when it appears (once the person's data has loaded) nothing above it moves. */}
      {children}
    </PageFrame>
  );
}
