import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';

/**
 * "What would you like us to call you?" as plain markup, the same size as NameCard's form: it is
 * in the prerendered first paint and holds the place until NameCard's code has loaded, so the
 * first task is the first thing on Home and nothing moves when the live form arrives. It is inert
 * (seen, not yet usable) so nothing typed into it before then is lost.
 */
export function NameFormShell() {
  const t = useT();
  return (
    <form class="card" inert>
      <div class="field">
        <label class="field__label" for="first-name">
          {t('home:name.label')}
        </label>
        <div class="field__hint" id="first-name-hint">
          {t('home:name.hint')}
        </div>
        <input
          id="first-name"
          class="field__input field__input--medium"
          type="text"
          autoComplete="given-name"
          aria-describedby="first-name-hint"
        />
      </div>
      <button type="submit" class="button button--primary">
        <Picture symbol="tick" alt="" size="icon" />
        <span class="button__label">{t('home:name.save')}</span>
      </button>
    </form>
  );
}
