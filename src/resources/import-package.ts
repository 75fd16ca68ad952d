import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Region } from '../geo/index.js';
import type { Db } from '../store/database.js';
import { ResourceDirectory, type ImportResult } from '../store/resource-directory.js';
import { isCsvPackage, readCsvPackage } from './hsds/csv-package.js';
import { readJsonPackage } from './hsds/json-package.js';
import { prepareBatch } from './prepare.js';

/** The bundled sample's source name: its rows are replaced by the first real package imported. */
export const SAMPLE_SOURCE = 'peerline-sample';

/** The bundled sample directory, an HSDS 3.0 tabular package. */
export const SAMPLE_PACKAGE = fileURLToPath(new URL('./sample/', import.meta.url));

/** An import that could not start: the path is missing or is not an HSDS package. */
export class ImportError extends Error {
  constructor(
    readonly code: 'RESOURCES.NOT_FOUND' | 'RESOURCES.NOT_A_PACKAGE',
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  /** The program's country: decides between namesakes when a location is placed by its town. */
  readonly preferRegion?: Region;
}

/** The report of one import: the package's source name, and what the directory did with it. */
export interface ImportReport extends ImportResult {
  readonly source: string;
}

/**
 * Imports an HSDS package (a folder of CSV files with datapackage.json, or an HSDS 3.0 JSON file)
 * in one transaction, updating rows in place by their ids.
 */
export async function importPackage(db: Db, target: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (!existsSync(target)) throw new ImportError('RESOURCES.NOT_FOUND', `no such file or folder: ${target}`);
  const json = statSync(target).isFile() && target.toLowerCase().endsWith('.json') && path.basename(target) !== 'datapackage.json';
  if (!json && !isCsvPackage(target)) throw new ImportError('RESOURCES.NOT_A_PACKAGE', `${target} is neither a folder of HSDS CSV files nor an HSDS JSON file`);
  const { name, batch } = json ? readJsonPackage(target) : readCsvPackage(target);
  const source = name ?? path.basename(path.resolve(target));
  const prepared = prepareBatch(batch, { source, preferRegion: options.preferRegion });
  const result = await new ResourceDirectory(db).importBatch(prepared, source === SAMPLE_SOURCE ? {} : { replaceSource: SAMPLE_SOURCE });
  return { ...result, source };
}

/** Fills an empty directory with the bundled sample, so a first run can answer; undefined when it was not empty. */
export async function loadSampleIfEmpty(db: Db, options: ImportOptions = {}): Promise<ImportReport | undefined> {
  if ((await new ResourceDirectory(db).serviceCount()) > 0) return undefined;
  return importPackage(db, SAMPLE_PACKAGE, options);
}
