#!/usr/bin/env node
// `mcp-python` (and `npx generator-mcp-python`): the generators without `yo`. Node's module compile
// cache (Node 22.1 and later) keeps the second and later start-ups short.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/generators/lib/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
