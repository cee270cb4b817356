// Makes the diary's spreadsheet file on the tablet and hands it to the browser to keep: nothing
// leaves the tablet, and it works with no connection.
import type { TFunction } from 'i18next';
import { downloadText } from '../../../ui/download';
import { toCsv } from './csv';
import { csvFileName, evidenceRows, type Evidence } from './evidence';

/** Returns the file's name, for the words that say where to look for it. */
export function saveCsv(
  t: TFunction,
  evidence: Evidence,
  day: string,
  letters?: ReadonlyMap<string, readonly string[]>,
): string {
  const csv = toCsv(
    evidenceRows(
      evidence.entries,
      {
        headings: {
          date: t('diary:evidence.headings.date'),
          kind: t('diary:evidence.headings.kind'),
          who: t('diary:evidence.headings.who'),
          what: t('diary:evidence.headings.what'),
          feeling: t('diary:evidence.headings.feeling'),
          photo: t('diary:evidence.headings.photo'),
          recording: t('diary:evidence.headings.recording'),
          letter: t('diary:evidence.headings.letter'),
          onlyMe: t('diary:evidence.headings.onlyMe'),
        },
        kind: (k) => t(`diary:kinds.${k}`),
        feeling: (f) => t(`diary:feelings.${f}`),
        yes: t('diary:evidence.yes'),
        letterPhoto: t('diary:evidence.letterPhoto'),
      },
      letters,
    ),
  );
  const name = csvFileName(evidence.cover.name, day);
  downloadText(name, csv, 'text/csv;charset=utf-8');
  return name;
}
