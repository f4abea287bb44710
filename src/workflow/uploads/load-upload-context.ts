import type { UploadContext } from '../../ingest/upload/index.ts';
import {
  areaResolver, dimensionLabels, draftDimensions, getSetting, listAreas, seriesFacets, seriesIndicatorLinks, seriesOfIndicator,
  type Db, type Submission,
} from '../../store/index.ts';
import { codeListsOf, loadCodeBook } from '../submissions/index.ts';

/**
 * What an upload into a submission is checked against (see UploadContext): the indicator's series, each with the
 * dimensions and codes its published observations and the submission's draft use; every reference area under any of
 * its codes; the country area; every series-indicator link; the SDMX code lists stored with the framework; the
 * indicator's code book (loadCodeBook: units, kinds of period and attribute values of its published data).
 * @example (await loadUploadContext(db, submission)).series.get('SH_DYN_MORT')?.get('SEX') // Set { '_T', 'F', 'M' }
 */
export async function loadUploadContext(db: Db, submission: Submission): Promise<UploadContext> {
  const indicatorId = submission.indicatorId;
  const [series, facets, draft, areas, country, links, labels, codes] = await Promise.all([
    seriesOfIndicator(db, indicatorId), seriesFacets(db, indicatorId), draftDimensions(db, submission.id), listAreas(db),
    getSetting(db, 'country'), seriesIndicatorLinks(db), dimensionLabels(db, 'en'), loadCodeBook(db, indicatorId),
  ]);
  const used = new Map<string, Map<string, Set<string>>>(series.map((s) => [s.code, new Map()]));
  const note = (code: string, dimensions: Iterable<[string, Iterable<string>]>): void => {
    const of = used.get(code);
    if (!of) return;
    for (const [id, codes] of dimensions) {
      const set = of.get(id) ?? new Set<string>();
      for (const c of codes) set.add(c);
      of.set(id, set);
    }
  };
  for (const [code, f] of facets) note(code, f.dimensions);
  for (const [code, dimensions] of draft) note(code, dimensions);

  const codeLists = codeListsOf(labels.codes);
  return {
    indicatorId, countryArea: country ?? '', resolveArea: areaResolver(areas), series: used, seriesIndicators: links, codeLists, codes,
  };
}
