import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { ImportError } from '../reject-report.ts';
import { type ArtefactRef, localName } from '../sdmx-dsd/index.ts';
import type { SdmxRecord } from './sdmx-record.ts';

/**
 * Streams the observations of an SDMX-ML 2.1 data message, GenericData or StructureSpecificData, in batches as they
 * are parsed (one batch per 64 KiB of file), so memory follows the batch and not the file. Namespace prefixes are
 * ignored. In StructureSpecificData every XML attribute of `Series` and `Obs` is a component (attributes with a
 * prefix, such as `xsi:type`, are not); in GenericData `SeriesKey`/`ObsKey` values are dimensions, `Attributes` values
 * attributes, `ObsDimension` the dimension at observation (the header's `dimensionAtObservation`, default
 * TIME_PERIOD) and `ObsValue` OBS_VALUE. An `Obs` outside any `Series` (flat data sets) has an empty `series`.
 * Attributes given on the `DataSet` and on `Group` elements (read before the series they describe) are passed on to
 * every series they apply to (see withInherited), so a record carries every value that describes it.
 * `onStructure` hears the header's reference to the DSD the data follow (`<common:Structure><Ref agencyID id version/>`).
 * @throws ImportError naming the file and line when the XML is not well formed, or when the root element is not
 *   GenericData or StructureSpecificData.
 * @example for await (const batch of xmlDataRecords('data.xml', 'data.xml')) … // [{ line: 21, seriesLine: 20, series: {…}, obs: {…} }, …]
 */
export async function* xmlDataRecords(path: string, label: string, onStructure?: (ref: ArtefactRef) => void): AsyncGenerator<SdmxRecord[]> {
  const parser = new SaxesParser({ position: true });
  let batch: SdmxRecord[] = [];
  let root = '';
  let atObservation = 'TIME_PERIOD';
  let inHeader = false;
  let series: Record<string, string> = {};
  let seriesLine = 0;
  let obs: Record<string, string> | null = null;
  let obsLine = 0;
  /** Data set attributes, and the values of each group (its key and attributes), applied to the series they match. */
  const dataset: Record<string, string> = {};
  const groups: Record<string, string>[] = [];
  /** The series values with the data set's and its groups' attributes, worked out at its first observation. */
  let effective: Record<string, string> | null = null;
  /** Where generic `Value` elements go. */
  let target: 'dataset' | 'group' | 'series' | 'obs' | null = null;

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (!root) {
      root = name;
      if (root !== 'GenericData' && root !== 'StructureSpecificData') {
        throw new ImportError(label, `not an SDMX-ML data message: the root element is ${tag.name} (expected GenericData or StructureSpecificData)`);
      }
      return;
    }
    switch (name) {
      case 'Header':
        inHeader = true;
        return;
      case 'Ref':
        if (inHeader && a.id) onStructure?.({ agency: a.agencyID ?? '', id: a.id, version: a.version ?? '1.0' });
        return;
      case 'Structure':
        if (a.dimensionAtObservation && a.dimensionAtObservation !== 'AllDimensions') atObservation = a.dimensionAtObservation;
        return;
      case 'DataSet':
        if (root === 'StructureSpecificData') Object.assign(dataset, components(a));
        target = 'dataset';
        return;
      case 'Group':
        groups.push(root === 'StructureSpecificData' ? components(a) : {});
        target = 'group';
        return;
      case 'Series':
        series = root === 'StructureSpecificData' ? components(a) : {};
        effective = null;
        seriesLine = parser.line;
        target = 'series';
        return;
      case 'Obs':
        obsLine = parser.line;
        obs = root === 'StructureSpecificData' ? components(a) : {};
        if (root === 'StructureSpecificData') push();
        else target = 'obs';
        return;
      case 'Value':
        if (root === 'GenericData' && a.id !== undefined) {
          const values = target === 'obs' ? obs : target === 'series' ? series : target === 'group' ? groups.at(-1) : target === 'dataset' ? dataset : null;
          if (values) values[a.id] = a.value ?? '';
        }
        return;
      case 'ObsDimension':
        if (obs) obs[a.id ?? atObservation] = a.value ?? '';
        return;
      case 'ObsValue':
        if (obs) obs.OBS_VALUE = a.value ?? '';
        return;
    }
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'Header') inHeader = false;
    if (name === 'Obs' && root === 'GenericData' && obs) {
      push();
      target = 'series';
    } else if (name === 'Series') {
      series = {};
      effective = null;
      seriesLine = 0;
      target = 'dataset';
    } else if (name === 'Group') {
      target = 'dataset';
    }
  });

  function push(): void {
    effective ??= withInherited(series, dataset, groups);
    batch.push({ line: obsLine, seriesLine: seriesLine || obsLine, series: effective, obs: obs! });
    obs = null;
  }

  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
      parser.write(chunk as string);
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
    }
    parser.close();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const error = e as NodeJS.ErrnoException;
    if (error.code === 'ENOENT') throw new ImportError(label, 'no such file');
    if (error.code) throw new ImportError(label, error.message);
    throw new ImportError(label, `not well-formed XML at line ${parser.line}: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`);
  }
  if (!root) throw new ImportError(label, 'empty file: no XML element');
  if (batch.length > 0) yield batch;
}

/** The component values among a StructureSpecificData element's XML attributes (`xsi:type`, `ss:…` left out). */
function components(attributes: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key in attributes) if (!key.includes(':') && key !== 'xmlns') out[key] = attributes[key]!;
  return out;
}

/**
 * A series' values with the attributes it inherits: those of the data set, then those of every group whose key
 * values the series shares (a group value the series gives otherwise excludes the group); the series' own win.
 */
function withInherited(series: Record<string, string>, dataset: Record<string, string>, groups: Record<string, string>[]): Record<string, string> {
  if (groups.length === 0 && Object.keys(dataset).length === 0) return series;
  const out: Record<string, string> = { ...dataset };
  for (const g of groups) {
    if (Object.entries(g).every(([id, v]) => series[id] === undefined || series[id] === v)) Object.assign(out, g);
  }
  return Object.assign(out, series);
}
