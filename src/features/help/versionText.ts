import { formatDay } from '../../i18n/dates';
import type { TFunction } from 'i18next';

/**
 * Which version this is, in words a person can read out on the phone to someone helping: a build
 * made at a time is "the version of 30 November 2026", not "2026-11-30T07:17:24.020Z". A build
 * given a name (BUILD_ID=v2) keeps its name.
 */
export function versionText(buildId: string, t: TFunction): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(buildId) && !Number.isNaN(Date.parse(buildId)))
    return t('help:versionOf', { date: formatDay(buildId) });
  return t('help:version', { version: buildId });
}
