import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config.js';
import { ImportError, importPackage } from '../resources/import-package.js';
import { formatImportReport } from '../resources/import-report.js';
import { serverFileFor } from '../server-file.js';
import { openDatabase } from '../store/database.js';

/** True when a server process is running on this embedded database (PGlite allows one process). */
function embeddedServerRunning(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    process.kill((JSON.parse(readFileSync(file, 'utf8')) as { pid: number }).pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm run resources:import -- PATH`: imports an Open Referral HSDS package into the resource directory. */
async function main(argv: readonly string[]): Promise<number> {
  const target = argv[0];
  if (!target) {
    console.error('usage: npm run resources:import -- PATH (a folder of HSDS CSV files with datapackage.json, or an HSDS 3.0 JSON file)');
    return 2;
  }
  if (!existsSync(target)) {
    console.error(`no such file or folder: ${target}`);
    return 1;
  }
  const config = loadConfig();
  if (!config.database.url && embeddedServerRunning(serverFileFor(config))) {
    console.error('peerline is running on this embedded database; stop it first (the embedded database allows one process).');
    return 1;
  }
  const database = await openDatabase(config.database.url ? { url: config.database.url } : { dataDir: config.database.dataDir });
  try {
    const report = await importPackage(database.db, target, { preferRegion: config.program.defaultRegion === 'CA' ? 'CA' : 'US' });
    console.log(formatImportReport(report, target));
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
