// The MCP Registry's Go module, from the Go module proxy: it carries the server.json schemas the
// registry validates against and the constant naming the current one. `go` must be installed
// (.ci/run installs it); a missing `go` fails the test, it never skips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './processes.js';

const MODULE = 'github.com/modelcontextprotocol/registry';

export interface RegistrySchemas {
  /** The folder of the schemas the registry embeds, one `<version>.json` each. */
  folder: string;
  /** model.CurrentSchemaURL of that release. */
  currentSchemaUrl: string;
}

export function registrySchemaFolder(version: string): RegistrySchemas {
  let downloaded: { Dir?: string; Error?: string };
  try {
    downloaded = JSON.parse(run('go', ['mod', 'download', '-json', `${MODULE}@${version}`]).stdout) as typeof downloaded;
  } catch (error) {
    throw new Error(`Could not fetch ${MODULE}@${version} with go (install Go, or run .ci/run): ${(error as Error).message}`, { cause: error });
  }
  if (downloaded.Dir === undefined) throw new Error(`go mod download gave no folder: ${downloaded.Error ?? ''}`);
  const constants = readFileSync(join(downloaded.Dir, 'pkg', 'model', 'constants.go'), 'utf8');
  const current = /CurrentSchemaVersion\s*=\s*"([^"]+)"/.exec(constants)?.[1];
  if (current === undefined) throw new Error(`no CurrentSchemaVersion in ${MODULE}@${version}`);
  return {
    folder: join(downloaded.Dir, 'internal', 'validators', 'schemas'),
    currentSchemaUrl: `https://static.modelcontextprotocol.io/schemas/${current}/server.schema.json`,
  };
}
