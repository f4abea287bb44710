import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { ImportError } from '../reject-report.ts';
import { type ArtefactRef, type Code, type Codelist, type Component, type SeriesConstraint, artefactKey } from './dsd-model.ts';

/** What one Structure message holds, before references between its parts are resolved (see readDsd). */
export interface ParsedStructure {
  dsd: { ref: ArtefactRef; names: Record<string, string> } | null;
  components: Component[];
  codelists: Map<string, Codelist>;
  concepts: Map<string, { names: Record<string, string>; codelist: ArtefactRef | null }>;
  constraints: Map<string, SeriesConstraint> | null;
  seriesIndicators: Map<string, string[]>;
}

/** Parent elements that name a component by their child's kind. */
const COMPONENT_LISTS: Record<string, Component['kind']> = { DimensionList: 'dimension', AttributeList: 'attribute', MeasureList: 'measure' };

/**
 * Streams an SDMX-ML 2.1 Structure message (any namespace prefixes: `str:`, `structure:`) and collects its code lists
 * (codes with names per language and parents), concepts (names and core representation), the first DataStructure's
 * components (concept, local representation, attribute relationship), ContentConstraint cube regions keyed by
 * SERIES, and the `Indicator` annotations of CL_SERIES codes.
 * @throws ImportError naming the file and line when the XML is not well formed or the file cannot be read.
 */
export async function parseStructure(path: string, label: string): Promise<ParsedStructure> {
  const out: ParsedStructure = { dsd: null, components: [], codelists: new Map(), concepts: new Map(), constraints: null, seriesIndicators: new Map() };
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let codelist: Codelist | null = null;
  let code: Code | null = null;
  let indicators: string[] = [];
  let concept: { id: string; names: Record<string, string>; codelist: ArtefactRef | null } | null = null;
  let component: Component | null = null;
  let inDsd = false;
  let dsdDone = false;
  let region: Map<string, Set<string>> | null = null;
  let regionKey = '';
  let text = '';
  let lang = 'en';
  let annotation = { type: '', text: '' };

  const parent = (n = 1): string => stack[stack.length - 1 - n] ?? '';
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    stack.push(name);
    text = '';
    switch (name) {
      case 'Codelist':
        if (parent() === 'Codelists') codelist = { ref: refOf(a), names: {}, codes: new Map(), origin: 'dsd' };
        return;
      case 'Code':
        if (codelist) code = { id: a.id ?? '', names: {}, parent: null };
        indicators = [];
        return;
      case 'Name':
        lang = a['xml:lang'] ?? 'en';
        return;
      case 'Annotation':
        annotation = { type: '', text: '' };
        return;
      case 'Concept':
        if (parent() === 'ConceptScheme') concept = { id: a.id ?? '', names: {}, codelist: null };
        return;
      case 'DataStructure':
        if (!dsdDone) {
          inDsd = true;
          out.dsd = { ref: refOf(a), names: {} };
        }
        return;
      case 'Dimension': case 'TimeDimension': case 'Attribute': case 'PrimaryMeasure': {
        const list = COMPONENT_LISTS[parent()];
        if (inDsd && list) {
          component = {
            id: a.id ?? '', kind: name === 'TimeDimension' ? 'time' : list, concept: '', codelist: null,
            attachment: list === 'attribute' ? 'dataset' : 'observation', mandatory: a.assignmentStatus !== 'Conditional',
          };
        } else if (component && parent() === 'AttributeRelationship') {
          if (name === 'PrimaryMeasure') component.attachment = 'observation';
          else if (name === 'Dimension' && component.attachment === 'dataset') component.attachment = 'series';
        }
        if (region && (name === 'Attribute')) regionKey = a.id ?? '';
        return;
      }
      case 'Ref':
        if (parent() === 'ConceptIdentity' && component) {
          component.concept = `${a.agencyID ?? ''}:${a.maintainableParentID ?? ''}(${a.maintainableParentVersion ?? ''}).${a.id ?? ''}`;
        } else if (parent() === 'Enumeration' && parent(2) === 'LocalRepresentation' && component) component.codelist = refOf(a);
        else if (parent() === 'Enumeration' && parent(2) === 'CoreRepresentation' && concept) concept.codelist = refOf(a);
        else if (parent() === 'Parent' && code) code.parent = a.id ?? null;
        return;
      case 'CubeRegion':
        region = a.include === 'false' ? null : new Map();
        return;
      case 'KeyValue':
        regionKey = a.id ?? '';
        return;
    }
  });
  parser.on('text', (t) => { text += t; });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    stack.pop();
    const owner = stack[stack.length - 1] ?? '';
    switch (name) {
      case 'Name': {
        const names = owner === 'Code' ? code?.names : owner === 'Codelist' ? codelist?.names : owner === 'Concept' ? concept?.names
          : owner === 'DataStructure' && inDsd ? out.dsd?.names : undefined;
        if (names && names[lang] === undefined) names[lang] = text.trim();
        return;
      }
      case 'AnnotationType': annotation.type = text.trim(); return;
      case 'AnnotationText': annotation.text = text.trim(); return;
      case 'Annotation':
        if (code && annotation.type === 'Indicator' && annotation.text) indicators.push(...annotation.text.split(/[;,\s]+/).filter(Boolean));
        return;
      case 'Code':
        if (codelist && code) {
          codelist.codes.set(code.id, code);
          if (codelist.ref.id === 'CL_SERIES' && indicators.length > 0) out.seriesIndicators.set(code.id, [...new Set(indicators)]);
        }
        code = null;
        return;
      case 'Codelist':
        if (codelist) out.codelists.set(artefactKey(codelist.ref), codelist);
        codelist = null;
        return;
      case 'Concept':
        if (concept && owner === 'ConceptScheme') out.concepts.set(concept.id, { names: concept.names, codelist: concept.codelist });
        if (owner === 'ConceptScheme') concept = null;
        return;
      case 'Dimension': case 'TimeDimension': case 'Attribute': case 'PrimaryMeasure':
        if (component && COMPONENT_LISTS[owner]) {
          out.components.push(component);
          component = null;
        }
        return;
      case 'DataStructure':
        if (inDsd) dsdDone = true;
        inDsd = false;
        return;
      case 'Value':
        if (region && regionKey) {
          const values = region.get(regionKey) ?? new Set<string>();
          values.add(text.trim());
          region.set(regionKey, values);
        }
        return;
      case 'CubeRegion':
        if (region) addRegion((out.constraints ??= new Map()), region);
        region = null;
        return;
    }
  });
  await feed(parser, path, label);
  return out;
}

/** Streams a file into a saxes parser; an XML error becomes an ImportError naming the line. */
export async function feed(parser: SaxesParser, path: string, label: string): Promise<void> {
  try {
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) parser.write(chunk as string);
    parser.close();
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    if (error.code === 'ENOENT') throw new ImportError(label, 'no such file');
    if (error.code) throw new ImportError(label, error.message);
    throw new ImportError(label, `not well-formed XML at line ${parser.line}: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`);
  }
}

/** `str:Codelist` → `Codelist`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function refOf(a: Record<string, string>): ArtefactRef {
  return { agency: a.agencyID ?? '', id: a.id ?? '', version: a.version ?? '1.0' };
}

/** Adds one cube region's allowed values to the constraint of each SERIES it names. */
function addRegion(constraints: Map<string, SeriesConstraint>, region: Map<string, Set<string>>): void {
  for (const series of region.get('SERIES') ?? []) {
    const constraint = constraints.get(series) ?? { series, allowed: new Map<string, Set<string>>() };
    for (const [id, values] of region) {
      if (id === 'SERIES') continue;
      constraint.allowed.set(id, new Set([...(constraint.allowed.get(id) ?? []), ...values]));
    }
    constraints.set(series, constraint);
  }
}
