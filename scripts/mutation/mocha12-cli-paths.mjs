// Stryker's mocha runner 10.0.0 requires mocha's CLI internals without an extension
// (`mocha/lib/cli/run-helpers`); mocha 12 renamed them to `.cjs`, so the plugin fails to load.
// The fix is upstream, not yet released (stryker-js pull request #6205); until then this resolve
// hook adds the extension, for those three files only. Loaded by scripts/mutation/run.mjs.
import { registerHooks } from 'node:module';

const MOCHA_CLI = /[/\\]mocha[/\\]lib[/\\]cli[/\\](run-helpers|options|collect-files)$/;

registerHooks({
  resolve: (specifier, context, nextResolve) =>
    nextResolve(MOCHA_CLI.test(specifier) ? `${specifier}.cjs` : specifier, context),
});
