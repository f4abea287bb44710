import { COMPONENT_NAMES, DIMENSION_CODELISTS, SDG_ATTRIBUTES, SDG_DATAFLOW, SDG_DIMENSIONS, SDG_DSD } from './sdg-dsd.ts';
import { sdgCodelists } from './sdg-codelists.ts';
import type { SdmxObservation } from './sdmx-observation.ts';

/** The schema SDMX-JSON 2.0.0 data messages name in `meta.schema`. */
export const SDMX_JSON_SCHEMA = 'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json';

/** An observation with its period's first and last day, which SDMX-JSON gives TIME_PERIOD values as `start` / `end`. */
export interface DatedObservation extends SdmxObservation {
  periodStart: string;
  periodEnd: string;
}

/** Names for codes the SDG code lists do not hold (series and areas), and what the message is called. */
export interface SdmxJsonOptions {
  name: string;
  prepared: string;
  id: string;
  seriesNames?: ReadonlyMap<string, string>;
  areaNames?: ReadonlyMap<string, string>;
}

type Value = { id: string; name: string; start?: string; end?: string } | { value: string };

/**
 * The observations as an SDMX-JSON 2.0.0 data message (sdmx-twg/sdmx-json, data-message/docs/1-sdmx-json-field-guide.md:
 * "meta", "structure" with `dimensions` / `measures` / `attributes`, "dataSet" with `series`), time-series shaped:
 * - `data.structures[0].dimensions.series` holds the 15 SDG DSD dimensions with `keyPosition` 0–14, and
 *   `dimensions.observation` TIME_PERIOD (keyPosition 15, values with `start` / `end`);
 * - `dataSets[0].series` is keyed by the positions of each dimension's value in its `values` list, joined by `:`
 *   (`"0:0:0:0:1:…"`); each series' `observations` are keyed by the TIME_PERIOD value's position and hold
 *   `[OBS_VALUE, index of each observation attribute's value or null]`;
 * - series attributes (UNIT_MEASURE, CUST_BREAKDOWN_LB, …; related to all 15 dimensions in the DSD) are given per
 *   series as indexes, from the series' first observation.
 * Only attributes with at least one value are described. Codes are named from the SDG code lists, series and areas
 * from `options`, anything else by its code.
 */
export function sdmxJson(observations: readonly DatedObservation[], options: SdmxJsonOptions): object {
  const lists = sdgCodelists();
  const nameOf = (component: string, code: string): string => {
    if (component === 'SERIES') return options.seriesNames?.get(code) ?? code;
    if (component === 'REF_AREA') return options.areaNames?.get(code) ?? options.areaNames?.get(code.padStart(3, '0')) ?? code;
    const list = DIMENSION_CODELISTS[component as keyof typeof DIMENSION_CODELISTS]
      ?? SDG_ATTRIBUTES.find((a) => a.id === component)?.codelist;
    return (list ? lists.get(list)?.get(code) : undefined) ?? code;
  };
  const coded = new Set(SDG_ATTRIBUTES.filter((a) => a.codelist).map((a) => a.id));

  const dimValues = SDG_DIMENSIONS.map(() => new Map<string, number>());
  const times = new Map<string, { index: number; start: string; end: string }>();
  const attrValues = new Map<string, Map<string, number>>(SDG_ATTRIBUTES.map((a) => [a.id, new Map()]));
  const indexIn = <T>(map: Map<string, T>, key: string, make: (i: number) => T): T => {
    let v = map.get(key);
    if (v === undefined) map.set(key, (v = make(map.size)));
    return v;
  };
  for (const o of observations) {
    SDG_DIMENSIONS.forEach((d, i) => indexIn(dimValues[i]!, o.key[d], (n) => n));
    indexIn(times, o.timePeriod, (n) => ({ index: n, start: o.periodStart, end: o.periodEnd }));
    for (const [id, text] of Object.entries(o.attributes)) indexIn(attrValues.get(id)!, text, (n) => n);
  }
  const present = SDG_ATTRIBUTES.filter((a) => attrValues.get(a.id)!.size > 0);
  const seriesAttrs = present.filter((a) => a.attachment === 'series');
  const obsAttrs = present.filter((a) => a.attachment === 'observation');

  const series: Record<string, { attributes: (number | null)[]; observations: Record<string, (number | null)[]> }> = {};
  for (const o of observations) {
    const key = SDG_DIMENSIONS.map((d, i) => dimValues[i]!.get(o.key[d])).join(':');
    let s = series[key];
    if (!s) {
      s = series[key] = { attributes: seriesAttrs.map((a) => attrValues.get(a.id)!.get(o.attributes[a.id] ?? '') ?? null), observations: {} };
    }
    s.observations[String(times.get(o.timePeriod)!.index)] = [o.value, ...obsAttrs.map((a) => attrValues.get(a.id)!.get(o.attributes[a.id] ?? '') ?? null)];
  }

  const attribute = (a: (typeof SDG_ATTRIBUTES)[number]): object => ({
    id: a.id, name: COMPONENT_NAMES[a.id], isMandatory: a.mandatory === true,
    relationship: a.attachment === 'series' ? { dimensions: [...SDG_DIMENSIONS] } : { observation: {} },
    values: [...attrValues.get(a.id)!.keys()].map((v): Value => (coded.has(a.id) ? { id: v, name: nameOf(a.id, v) } : { value: v })),
  });
  const dsdUrn = `urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=${SDG_DSD.ref}`;
  const flowUrn = `urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=${SDG_DATAFLOW.ref}`;
  return {
    meta: {
      schema: SDMX_JSON_SCHEMA, id: options.id, test: false, prepared: options.prepared, contentLanguages: ['en'],
      sender: { id: 'SDG-TRACKER', name: 'SDG Tracker' },
    },
    data: {
      structures: [{
        name: options.name,
        links: [{ urn: dsdUrn, rel: 'datastructure' }, { urn: flowUrn, rel: 'dataflow' }],
        dimensions: {
          dataSet: [],
          series: SDG_DIMENSIONS.map((d, i) => ({
            id: d, name: COMPONENT_NAMES[d], keyPosition: i, ...(d === 'FREQ' ? { roles: ['FREQ'] } : {}),
            values: [...dimValues[i]!.keys()].map((code) => ({ id: code, name: nameOf(d, code) })),
          })),
          observation: [{
            id: 'TIME_PERIOD', name: COMPONENT_NAMES.TIME_PERIOD, keyPosition: SDG_DIMENSIONS.length, roles: ['TIME_PERIOD'],
            values: [...times].map(([id, t]) => ({ id, name: id, start: `${t.start}T00:00:00.000Z`, end: `${t.end}T23:59:59.999Z` })),
          }],
        },
        measures: { observation: [{ id: 'OBS_VALUE', name: COMPONENT_NAMES.OBS_VALUE, isMandatory: false }] },
        attributes: { dataSet: [], series: seriesAttrs.map(attribute), observation: obsAttrs.map(attribute) },
        dataSets: [0],
      }],
      dataSets: [{ structure: 0, action: 'Information', links: [{ urn: flowUrn, rel: 'dataflow' }], series }],
    },
  };
}
