import { type ArtefactRef, codelistLabel } from '../sdmx-dsd/index.ts';

/** Codes listed in a reason before it says how many more there are. */
const SHOWN = 8;

/**
 * The reasons an SDMX import gives. Each names the component (also the reject's `column`), the code as given in
 * single quotes, and the list or rule it breaks.
 *
 * | reason | what happened |
 * |---|---|
 * | `SEX code 'X' is not in CL_SEX (IAEG-SDGs 1.14)` | a code not in the DSD's code list of that dimension or attribute |
 * | `SEX code 'F' is outside the content constraint of series S (allowed: _T)` | a code the series' constraint does not allow |
 * | `series S is linked to no indicator of the framework …` | CL_SERIES gives the series no indicator the stored framework has |
 * | `REF_AREA code '99' is not a stored reference area` | the area is not stored under any code or alias |
 * | `missing dimension` / `missing attribute` | a key dimension or a mandatory attribute is not given |
 * | `unknown component` | a value for an ID the DSD has no dimension or attribute for |
 * | `blank value` / `not a number` / `not a time period` | OBS_VALUE or TIME_PERIOD cannot be read |
 * | `duplicate` | same series, area, period, breakdown and unit as an earlier observation of the file |
 * | `other DSD` | the data file's header names a DSD of another agency or id than the one checked against (line 0, no row) |
 * | `deletion row` | SDMX-CSV 2.0 `ACTION` D: the import replaces the whole source instead |
 * | `malformed CSV` / `wrong cell count` | a CSV record that cannot be read |
 *
 * Notes (line 0, no row counted):
 *
 * | note | what happened |
 * |---|---|
 * | `1330 observations carry PRODUCT codes outside CL_PRODUCT … that the store already holds for their series: 'alp' (EN_MAT_DOMCMPC 20, …), …` | codes stored because published observations of the same series carry them (see ObservationChecker) |
 */
export const reasons = {
  notInCodelist: (id: string, code: string, list: ArtefactRef) => `${id} code '${code}' is not in ${codelistLabel(list)}`,
  outsideConstraint: (id: string, code: string, series: string, allowed: Set<string>) =>
    `${id} code '${code}' is outside the content constraint of series ${series} (allowed: ${listed([...allowed])})`,
  noIndicator: (series: string, frameworkId: string, given: string[]) =>
    `series ${series} is linked to no indicator of the framework ${frameworkId} (CL_SERIES gives ${given.length > 0 ? listed(given) : 'no Indicator annotation'})`,
  unknownArea: (code: string) => `REF_AREA code '${code}' is not a stored reference area`,
  outsideCountry: (code: string, country: string) => `REF_AREA code '${code}' is not the country ${country} or an area under it`,
  missingDimension: (id: string, dsd: string) => `missing dimension: no ${id} value (${id} is part of the key of ${dsd})`,
  missingAttribute: (id: string, dsd: string) => `missing attribute: no ${id} value (mandatory in ${dsd})`,
  unknownComponent: (id: string, dsd: string) => `unknown component: ${dsd} has no dimension or attribute ${id}`,
  blankValue: () => 'blank value: no OBS_VALUE',
  notANumber: (text: string) => `not a number: OBS_VALUE "${text}"`,
  notATimePeriod: (text: string) => `not a time period: "${text}"`,
  duplicate: (line: number) => `duplicate: same series, area, period, breakdown and unit as line ${line}`,
  otherDsd: (given: ArtefactRef, used: ArtefactRef) =>
    `other DSD: the data follow ${given.agency}:${given.id}(${given.version}) and are checked against ${used.agency}:${used.id}(${used.version}); give --dsd for their own`,
  vouched: (id: string, list: ArtefactRef | null, codes: ReadonlyMap<string, ReadonlyMap<string, number>>) => {
    let rows = 0;
    const entries = [...codes].sort(([a], [b]) => a.localeCompare(b)).map(([code, bySeries]) => {
      const series = [...bySeries].sort(([a], [b]) => a.localeCompare(b));
      for (const [, n] of series) rows += n;
      return `'${code}' (${series.map(([s, n]) => `${s} ${n}`).join(', ')})`;
    });
    const outside = list ? `${codelistLabel(list)} or their series' content constraint` : "their series' content constraint";
    return `${rows} observations carry ${id} codes outside ${outside} that the store already holds for their series: ${entries.join(', ')}`;
  },
  deletion: () => 'deletion row (ACTION D): importing the file replaces the whole source, so leave the row out to delete a value',
} as const;

function listed(codes: string[]): string {
  const sorted = [...codes].sort();
  return sorted.length <= SHOWN ? sorted.join(', ') : `${sorted.slice(0, SHOWN).join(', ')} and ${sorted.length - SHOWN} more`;
}
