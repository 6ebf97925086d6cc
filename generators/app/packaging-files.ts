// The files each packaging answer adds to the project: [template, destination] pairs. server.json and
// manifest.json are data, written by manifests.ts.
import type { PackagingAnswers } from './packaging.js';

type FileList = Array<[template: string, destination: string]>;

export function packagingFiles(packaging: PackagingAnswers, packageFolder: string): FileList {
  const files: FileList = [
    ['src/package/http.py.ejs', `${packageFolder}/http.py`],
    ['tests/test_http.py.ejs', 'tests/test_http.py'],
  ];
  if (packaging.publish) files.push(['.github/workflows/publish.yml.ejs', '.github/workflows/publish.yml']);
  if (packaging.mcpb) files.push(['mcpbignore', '.mcpbignore']);
  if (packaging.registry || packaging.mcpb || packaging.k8s) files.push(['tests/test_versions.py.ejs', 'tests/test_versions.py']);
  if (packaging.docker) files.push(['Dockerfile.ejs', 'Dockerfile'], ['dockerignore', '.dockerignore']);
  if (packaging.k8s) files.push(['k8s/deployment.yaml.ejs', 'k8s/deployment.yaml']);
  return files;
}
