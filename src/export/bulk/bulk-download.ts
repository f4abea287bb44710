import { getBulkDownload, publishedDataVersion, saveBulkDownload, type BulkDownloadInfo, type Db } from '../../store/index.ts';
import { BULK_ZIP_NAME, buildBulkZip } from './build-bulk-zip.ts';

const building = new WeakMap<Db, Map<string, Promise<BulkDownloadInfo & { content: Buffer }>>>();

/**
 * The bulk zip of the published data as it is now: the one stored for the current data version, or, when none is
 * (the data changed since the last build), built now, stored (replacing older versions) and answered. Building happens
 * on the first request after a publication, never inside the approval, so approving stays as fast as before; one
 * build per version and process (concurrent requests wait for the same build), and servers sharing the database
 * share the stored zip (a second server that builds the same version at the same moment keeps the first one stored).
 * @example (await currentBulkDownload(db)).version // '14520.14520.0'
 */
export async function currentBulkDownload(db: Db): Promise<BulkDownloadInfo & { content: Buffer }> {
  const version = await publishedDataVersion(db);
  const stored = await getBulkDownload(db, version);
  if (stored) return stored;
  let running = building.get(db);
  if (!running) building.set(db, (running = new Map()));
  let build = running.get(version);
  if (!build) {
    build = (async () => {
      const zip = await buildBulkZip(db, new Date().toISOString());
      const download = { ...zip, name: BULK_ZIP_NAME, bytes: zip.content.length };
      await saveBulkDownload(db, download);
      return (await getBulkDownload(db, zip.version)) ?? download;
    })();
    running.set(version, build);
    build.finally(() => running.delete(version)).catch(() => undefined);
  }
  return build;
}
