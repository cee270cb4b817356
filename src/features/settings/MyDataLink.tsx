import { useT } from '../../i18n/useT';
import { screenHref } from '../../routes/screens';
import { Tile } from '../../ui/Tile';

/** Settings › My data: a copy to keep, bringing it back, removing everything. */
export function MyDataLink() {
  const t = useT();
  return (
    <section aria-labelledby="mydata-link-title">
      <h2 id="mydata-link-title">{t('mydata:settingsLink.title')}</h2>
      <Tile
        href={screenHref('myData')}
        symbol="my-data"
        label={t('mydata:settingsLink.label')}
        hint={t('mydata:settingsLink.hint')}
      />
    </section>
  );
}
