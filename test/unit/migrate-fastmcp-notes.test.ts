// migrateFastmcp, the notes left where mcp 2 has no mechanical equivalent: removed imports, module imports
// of mcp.server.fastmcp, and ctx.log(message=)/ctx.info(extra=) calls.
import assert from 'node:assert/strict';
import { migrateFastmcp } from '../../generators/lib/migrate/fastmcp-v1.js';

function migrateOne(source: string): ReturnType<typeof migrateFastmcp> {
  return migrateFastmcp([{ file: 'server.py', source }], { file: 'server.py', variable: 'mcp' }, 88);
}

const PROGRESS = '`mcp.shared.progress` was removed: report absolute progress with `await ctx.report_progress(current, total)`.';
const REWRITE = 'Rewrite the code that uses it.';

describe('migrate: FastMCP notes', () => {
  it('notes each removed SDK import once, and nothing for the same names from other modules', () => {
    const source =
      'from mcp.types import Cursor\n' +
      'from mcp.shared.memory import create_connected_server_and_client_session\n' +
      'from mcp.client.streamable_http import streamablehttp_client\n' +
      'from mcp.shared import progress\n' +
      'from mcp.shared.progress import ProgressContext, progress\n' +
      'from mcp.shared.context import ProgressContext\n' +
      'from foo import Cursor\n' +
      'from x.mcp.shared.progress import y\n' +
      'from mcp.shared.progress_extra import z\n';
    assert.deepEqual(migrateOne(source), {
      files: [],
      changed: [],
      notes: [
        {
          file: 'server.py',
          line: 1,
          found: '`Cursor`: `Cursor` was removed from mcp.types: annotate cursors as `str`.',
          todo: REWRITE,
          code: 'from mcp.types import Cursor',
        },
        {
          file: 'server.py',
          line: 2,
          found:
            '`create_connected_server_and_client_session`: removed in mcp 2: connect a test client with ' +
            '`async with Client(server) as client:` (from mcp import Client).',
          todo: REWRITE,
          code: 'from mcp.shared.memory import create_connected_server_and_client_session',
        },
        {
          file: 'server.py',
          line: 3,
          found:
            '`streamablehttp_client`: removed in mcp 2: use `streamable_http_client` with an `httpx2.AsyncClient` for ' +
            'headers, timeouts and auth.',
          todo: REWRITE,
          code: 'from mcp.client.streamable_http import streamablehttp_client',
        },
        { file: 'server.py', line: 4, found: `\`progress\`: ${PROGRESS}`, todo: REWRITE, code: 'from mcp.shared import progress' },
        {
          file: 'server.py',
          line: 5,
          found: PROGRESS,
          todo: 'Rewrite the progress reporting, then remove this import.',
          code: 'from mcp.shared.progress import ProgressContext, progress',
        },
        {
          file: 'server.py',
          line: 6,
          found: `\`ProgressContext\`: ${PROGRESS}`,
          todo: REWRITE,
          code: 'from mcp.shared.context import ProgressContext',
        },
      ],
    });
  });

  it('notes a module import of mcp.server.fastmcp (alone or among others) without rewriting it', () => {
    const source =
      'import os, mcp.server.fastmcp\n' +
      'import mcp.server.fastmcp.server as legacy\n' +
      'import mcp.server.fastmcpx\n' +
      'import foo.mcp.server.fastmcp\n';
    const note = (line: number, code: string) => ({
      file: 'server.py',
      line,
      found: '`import mcp.server.fastmcp` (a module import) is not rewritten.',
      todo: 'Import from `mcp.server.mcpserver` instead (FastMCP is MCPServer there).',
      code,
    });
    assert.deepEqual(migrateOne(source), {
      files: [],
      changed: [],
      notes: [note(1, 'import os, mcp.server.fastmcp'), note(2, 'import mcp.server.fastmcp.server as legacy')],
    });
  });

  it('notes ctx.log(message=, level=) and ctx.debug/info/warning/error(extra=), not other calls with those keywords', () => {
    const source =
      'async def handler(ctx, logger, report):\n' +
      '    await ctx.log(level="info", message="hi")\n' +
      '    await ctx.debug("a", extra={"k": 1})\n' +
      '    await ctx.info("a", extra={"k": 1})\n' +
      '    await ctx.warning("a", extra={"k": 1})\n' +
      '    await ctx.error("a", extra={"k": 1})\n' +
      '    logging.basicConfig(level=logging.INFO)\n' +
      '    report.send(message="x", level="info")\n' +
      '    logger.exception("a", extra={"k": 1})\n' +
      '    handler(extra=1)\n' +
      '    await ctx.info("plain")\n' +
      '    await ctx.log("info", "hi")\n' +
      '    ctx.info(  # commented\n' +
      '        "a"\n' +
      '    )\n';
    const extra = (line: number, method: string) => ({
      file: 'server.py',
      line,
      found: `\`ctx.${method}(..., extra=...)\`: \`extra\` was removed in mcp 2 (it never worked).`,
      todo: 'Pass structured data as the first argument instead, if this is the MCP Context.',
      code: `ctx.${method}("a", extra={"k": 1})`,
    });
    assert.deepEqual(migrateOne(source), {
      files: [],
      changed: [],
      notes: [
        {
          file: 'server.py',
          line: 2,
          found: '`ctx.log(..., message=...)`: the keyword is `data` in mcp 2.',
          todo: 'Rename `message=` to `data=` if this is the MCP Context (not a logging.Logger).',
          code: 'ctx.log(level="info", message="hi")',
        },
        extra(3, 'debug'),
        extra(4, 'info'),
        extra(5, 'warning'),
        extra(6, 'error'),
      ],
    });
  });
});
