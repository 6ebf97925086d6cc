// mcp 1.x FastMCP -> mcp 2 MCPServer, file by file, on the syntax tree: the renames and moved settings
// of the SDK's migration guide that can be made with certainty. The rest becomes MIGRATION.md notes.
import { applyEdits, type TextEdit } from '../python/edits.js';
import { scanModule } from '../python/module-scan.js';
import { childrenOf, parseModuleOrThrow, type SyntaxNode, textOf, type Tree } from '../python/parse.js';
import { type Argument, rewriteArguments, splitArguments } from './arglist.js';
import { eachNode, lineOf, literalValue } from './python-tree.js';
import type { MigrationNote } from './report.js';

export interface PythonFile {
  /** Relative to the project root, POSIX separators. */
  file: string;
  source: string;
}

export interface FastmcpMigration {
  /** Only the files that changed. */
  files: PythonFile[];
  changed: string[];
  notes: MigrationNote[];
}

const MODULE_RENAMES: ReadonlyArray<[RegExp, string]> = [
  [/^mcp\.server\.fastmcp(?=\.|$)/, 'mcp.server.mcpserver'],
  [/^mcp\.shared\.version$/, 'mcp.types.version'],
];

/** Imported names renamed in mcp 2, by the module they come from. */
const NAME_RENAMES: ReadonlyArray<{ module: RegExp; from: string; to: string }> = [
  { module: /^mcp\.server\.(fastmcp|mcpserver)(\..*)?$/, from: 'FastMCP', to: 'MCPServer' },
  { module: /^mcp\.server\.(fastmcp|mcpserver)(\..*)?$/, from: 'FastMCPError', to: 'MCPServerError' },
  { module: /^mcp(\.shared\.exceptions)?$/, from: 'McpError', to: 'MCPError' },
  { module: /^mcp\.types$/, from: 'Content', to: 'ContentBlock' },
  { module: /^mcp\.types$/, from: 'ResourceReference', to: 'ResourceTemplateReference' },
];

/** Attributes renamed on MCP objects (the guide's snake_case table, ctx.fastmcp). */
const PROPERTY_RENAMES: Record<string, string> = {
  fastmcp: 'mcp_server',
  inputSchema: 'input_schema',
  outputSchema: 'output_schema',
  isError: 'is_error',
  nextCursor: 'next_cursor',
  mimeType: 'mime_type',
  structuredContent: 'structured_content',
  serverInfo: 'server_info',
  protocolVersion: 'protocol_version',
  uriTemplate: 'uri_template',
  listChanged: 'list_changed',
  progressToken: 'progress_token',
};

/** Names whose import alone calls for a note: no mechanical replacement exists. */
const NOTED_IMPORTS: Record<string, string> = {
  Cursor: '`Cursor` was removed from mcp.types: annotate cursors as `str`.',
  create_connected_server_and_client_session:
    'removed in mcp 2: connect a test client with `async with Client(server) as client:` (from mcp import Client).',
  streamablehttp_client: 'removed in mcp 2: use `streamable_http_client` with an `httpx2.AsyncClient` for headers, timeouts and auth.',
  progress: '`mcp.shared.progress` was removed: report absolute progress with `await ctx.report_progress(current, total)`.',
  ProgressContext: '`mcp.shared.progress` was removed: report absolute progress with `await ctx.report_progress(current, total)`.',
};

/** Constructor settings that moved to run() in mcp 2, and which transports take them. */
const MOVED_SETTINGS: Record<string, ReadonlyArray<'sse' | 'streamable-http'>> = {
  host: ['sse', 'streamable-http'],
  port: ['sse', 'streamable-http'],
  transport_security: ['sse', 'streamable-http'],
  sse_path: ['sse'],
  message_path: ['sse'],
  streamable_http_path: ['streamable-http'],
  json_response: ['streamable-http'],
  stateless_http: ['streamable-http'],
  event_store: ['streamable-http'],
  retry_interval: ['streamable-http'],
};

const APP_METHODS: Record<string, 'sse' | 'streamable-http'> = { sse_app: 'sse', streamable_http_app: 'streamable-http' };

interface FileContext {
  file: string;
  source: string;
  tree: Tree;
  edits: TextEdit[];
  notes: MigrationNote[];
}

function addNote(context: FileContext, node: SyntaxNode, found: string, todo: string): void {
  context.notes.push({
    file: context.file,
    line: lineOf(context.source, node.from),
    found,
    todo,
    code: textOf(context.source, node).split('\n')[0] as string,
  });
}

/** Rewrites the imports; returns the renamed bound names (old -> new) for the references. */
function migrateImports(context: FileContext): Map<string, string> {
  const { source, tree } = context;
  const renames = new Map<string, string>();
  for (const imp of scanModule(source, tree).imports) {
    let node: SyntaxNode | null = tree.resolveInner(imp.from, 1);
    while (node && node.name !== 'ImportStatement') node = node.parent;
    if (!node) continue;
    const children = childrenOf(node);
    const modulePath = imp.kind === 'from' ? imp.module : '';
    const renamedModule = MODULE_RENAMES.reduce((path, [pattern, replacement]) => path.replace(pattern, replacement), modulePath);
    if (imp.kind === 'from' && renamedModule !== modulePath) {
      const importAt = children.findIndex((child) => child.name === 'import');
      const first = children[1] as SyntaxNode;
      const last = children[importAt - 1] as SyntaxNode;
      context.edits.push({ from: first.from, to: last.to, text: renamedModule });
    }
    if (imp.kind === 'import' && imp.names.some((name) => /^mcp\.server\.fastmcp(\.|$)/.test(name.name))) {
      addNote(
        context,
        node,
        '`import mcp.server.fastmcp` (a module import) is not rewritten.',
        'Import from `mcp.server.mcpserver` instead (FastMCP is MCPServer there).',
      );
    }
    if (/^mcp\.shared\.progress$/.test(imp.module))
      addNote(context, node, NOTED_IMPORTS['progress'] as string, 'Rewrite the progress reporting, then remove this import.');
    for (const name of imp.names) {
      const rename = NAME_RENAMES.find((candidate) => candidate.from === name.name && candidate.module.test(imp.module));
      const noted = imp.module.startsWith('mcp') ? NOTED_IMPORTS[name.name] : undefined;
      if (noted !== undefined && imp.module !== 'mcp.shared.progress')
        addNote(context, node, `\`${name.name}\`: ${noted}`, 'Rewrite the code that uses it.');
      if (!rename) continue;
      const token = children.find(
        (child) =>
          child.name === 'VariableName' &&
          textOf(source, child) === name.name &&
          child.from > (children.find((c) => c.name === 'import')?.from ?? 0),
      );
      if (token) context.edits.push({ from: token.from, to: token.to, text: rename.to });
      if (name.alias === undefined) renames.set(name.name, rename.to);
    }
  }
  return renames;
}

function insideImport(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.name === 'ImportStatement') return true;
  return false;
}

/** References to renamed names, renamed attributes, McpError(ErrorData) calls, and what needs a note. */
function migrateReferences(context: FileContext, renames: Map<string, string>, serverVariables: ReadonlySet<string>): void {
  const { source, tree } = context;
  eachNode(tree.topNode, (node) => {
    if (node.name === 'VariableName' && !insideImport(node)) {
      const renamed = renames.get(textOf(source, node));
      if (renamed !== undefined) context.edits.push({ from: node.from, to: node.to, text: renamed });
    }
    if (node.name === 'PropertyName') {
      const name = textOf(source, node);
      const renamed = PROPERTY_RENAMES[name];
      if (renamed !== undefined) context.edits.push({ from: node.from, to: node.to, text: renamed });
      const owner = node.parent?.firstChild ? textOf(source, node.parent.firstChild) : '';
      if (name === '_mcp_server') {
        context.edits.push({ from: node.from, to: node.to, text: '_lowlevel_server' });
        addNote(
          context,
          node.parent as SyntaxNode,
          '`_mcp_server` is `_lowlevel_server` in mcp 2 (renamed here), and its decorator methods are gone.',
          'Register the handler with `_lowlevel_server.add_request_handler(method, params_type, handler)` (see the guide, ' +
            '"Registering lowlevel handlers from MCPServer").',
        );
      }
      if (name === 'client_id')
        addNote(
          context,
          node.parent as SyntaxNode,
          '`ctx.client_id` was removed in mcp 2.',
          'Read the OAuth client from `get_access_token()` (mcp.server.auth.middleware.auth_context), or your own key from ' +
            '`ctx.request_context.meta`.',
        );
      if (name === 'get_context' && serverVariables.has(owner))
        addNote(
          context,
          node.parent as SyntaxNode,
          '`get_context()` was removed from MCPServer.',
          'Add a `ctx: Context` parameter to the handler and use it instead.',
        );
      if (name === 'settings' && serverVariables.has(owner))
        addNote(
          context,
          node.parent as SyntaxNode,
          'MCPServer.settings no longer holds transport settings (host, port, paths...).',
          'Pass them to `run()`, `sse_app()` or `streamable_http_app()` instead.',
        );
    }
    if (node.name === 'CallExpression') migrateCall(context, node, renames);
  });
}

function migrateCall(context: FileContext, call: SyntaxNode, renames: Map<string, string>): void {
  const { source } = context;
  const callee = call.firstChild;
  const args = call.getChild('ArgList');
  if (!callee || !args) return;
  const calleeText = textOf(source, callee);
  const parsed = splitArguments(source, args);
  if (calleeText === 'McpError' && renames.get('McpError') === 'MCPError' && parsed?.length === 1 && parsed[0]?.keyword === undefined) {
    // mcp 2's MCPError takes (code, message, data); an ErrorData goes through from_error_data().
    context.edits.push({ from: callee.to, to: callee.to, text: '.from_error_data' });
  }
  const method = callee.name === 'MemberExpression' ? textOf(source, callee.lastChild as SyntaxNode) : '';
  const keywords = new Set(parsed?.map((arg) => arg.keyword).filter((keyword) => keyword !== undefined));
  if (['log'].includes(method) && keywords.has('message') && keywords.has('level')) {
    addNote(
      context,
      call,
      '`ctx.log(..., message=...)`: the keyword is `data` in mcp 2.',
      'Rename `message=` to `data=` if this is the MCP Context (not a logging.Logger).',
    );
  }
  if (['debug', 'info', 'warning', 'error'].includes(method) && keywords.has('extra')) {
    addNote(
      context,
      call,
      `\`ctx.${method}(..., extra=...)\`: \`extra\` was removed in mcp 2 (it never worked).`,
      'Pass structured data as the first argument instead, if this is the MCP Context.',
    );
  }
}

interface Constructor {
  variable: string;
  call: SyntaxNode;
  args: Argument[];
}

/** The server constructor: `X = MCPServer(...)` after the renames. */
function findConstructor(source: string, tree: Tree, variable: string, bound: ReadonlySet<string>): Constructor | 'unreadable' | undefined {
  for (const statement of childrenOf(tree.topNode)) {
    if (statement.name !== 'AssignStatement') continue;
    const children = childrenOf(statement);
    // `x = call` or `x: T = call`, read as module-scan's readServer reads it.
    const [target, call] = [children[0], children[children.length - 1]];
    if (target === undefined || textOf(source, target) !== variable || call?.name !== 'CallExpression') continue;
    const callee = textOf(source, call.firstChild as SyntaxNode).replace(/\[.*$/s, '');
    if (!bound.has(callee)) continue;
    const args = splitArguments(source, call.getChild('ArgList') as SyntaxNode);
    return args === undefined ? 'unreadable' : { variable, call, args };
  }
  return undefined;
}

interface RunCall {
  file: FileContext;
  call: SyntaxNode;
  args: Argument[];
  transport: 'stdio' | 'sse' | 'streamable-http' | undefined;
  app: boolean;
}

function runCalls(files: FileContext[], variable: string): RunCall[] | 'unreadable' {
  const calls: RunCall[] = [];
  let unreadable = false;
  for (const file of files) {
    eachNode(file.tree.topNode, (node) => {
      if (node.name !== 'CallExpression' || node.firstChild?.name !== 'MemberExpression') return;
      const member = node.firstChild;
      const owner = textOf(file.source, member.firstChild as SyntaxNode);
      const method = textOf(file.source, member.lastChild as SyntaxNode);
      if (owner !== variable || (method !== 'run' && !(method in APP_METHODS))) return;
      const args = splitArguments(file.source, node.getChild('ArgList') as SyntaxNode);
      if (args === undefined) {
        unreadable = true;
        return;
      }
      let transport: RunCall['transport'] = APP_METHODS[method];
      if (method === 'run') {
        const given = args.find((arg) => arg.keyword === 'transport') ?? args.find((arg) => arg.keyword === undefined);
        const value =
          given === undefined ? 'stdio' : literalValue(file.source, file.tree.resolveInner(file.source.indexOf(given.value, node.from), 1));
        transport = value === 'stdio' || value === 'sse' || value === 'streamable-http' ? value : undefined;
      }
      calls.push({ file, call: node, args, transport, app: method !== 'run' });
    });
  }
  return unreadable ? 'unreadable' : calls;
}

/** Moves the transport settings from the constructor to run()/the app methods; keywordizes `instructions`. */
function migrateConstructor(files: FileContext[], server: { file: string; variable: string }, lineLength: number, changed: string[]): void {
  const home = files.find((file) => file.file === server.file);
  if (!home) return;
  const bound = new Set(['MCPServer', 'mcp.server.mcpserver.MCPServer']);
  for (const imp of scanModule(home.source, home.tree).imports)
    for (const name of imp.names) if (name.name === 'MCPServer') bound.add(name.bound);
  const found = findConstructor(home.source, home.tree, server.variable, bound);
  if (found === undefined) return;
  if (found === 'unreadable') {
    home.notes.push({
      file: home.file,
      found: `The ${server.variable} = FastMCP(...) call has comments inside, so its settings were not moved.`,
      todo: 'Move host, port and the other transport settings to run() by hand (see the guide).',
    });
    return;
  }
  const { call, args } = found;
  const line = lineOf(home.source, call.from);
  const moved = args.filter((arg) => arg.keyword !== undefined && arg.keyword in MOVED_SETTINGS);
  const mountPath = args.find((arg) => arg.keyword === 'mount_path');
  let kept = args.filter((arg) => !moved.includes(arg) && arg !== mountPath);
  const positional = kept.filter((arg) => arg.keyword === undefined);
  if (positional.length === 0 && !kept.some((arg) => arg.keyword === 'name')) {
    home.notes.push({
      file: home.file,
      line,
      found: 'The server has no name: mcp 2 reports "mcp-server" where mcp 1.x reported "FastMCP".',
      todo: 'Pass the name clients should see as the first argument (`MCPServer("FastMCP")` keeps the old one).',
    });
  }
  if (positional.length === 2 && positional[1] !== undefined) {
    // mcp 2 inserts title and description before instructions: a positional instructions would land in title.
    const instructions = positional[1];
    kept = kept.map((arg) => (arg === instructions ? { keyword: 'instructions', text: `instructions=${arg.text}`, value: arg.text } : arg));
    changed.push(
      `${home.file}:${line}: the second argument of the server constructor is passed as \`instructions=\` (mcp 2 would read it as ` +
        `\`title\`).`,
    );
  } else if (positional.length > 2) {
    home.notes.push({
      file: home.file,
      line,
      found: 'The server constructor takes more than two positional arguments; mcp 2 changed their order.',
      todo: 'Pass everything after the name by keyword (name, title, description, instructions, website_url, icons, version).',
    });
  }
  if (mountPath)
    home.notes.push({
      file: home.file,
      line,
      found: '`mount_path` was removed (it was dropped here).',
      todo: 'Mount the app with Starlette `Mount("/path", app=...)`; the SSE transport uses the ASGI root_path.',
    });
  if (moved.length === 0 && kept.length === args.length && kept.every((arg, index) => arg === args[index])) return;
  home.edits.push(rewriteArguments(home.source, call.getChild('ArgList') as SyntaxNode, kept, lineLength));
  if (moved.length === 0) return;
  const calls = runCalls(files, server.variable);
  const names = moved.map((arg) => arg.keyword).join(', ');
  if (calls === 'unreadable' || calls.some((run) => run.transport === undefined) || calls.length === 0) {
    home.notes.push({
      file: home.file,
      line,
      found: `The transport settings (${names}) were taken out of the constructor, and where the server is started could not be ` +
        `read with certainty.`,
      todo: `Pass them to \`${server.variable}.run(transport=..., ${moved.map((arg) => arg.text).join(', ')})\` (or to ` +
        `sse_app()/streamable_http_app(), port excepted).`,
    });
    return;
  }
  for (const run of calls) {
    const transport = run.transport as 'stdio' | 'sse' | 'streamable-http';
    const given = new Set(run.args.map((arg) => arg.keyword));
    const added = moved.filter(
      (arg) =>
        transport !== 'stdio' &&
        (MOVED_SETTINGS[arg.keyword as string] ?? []).includes(transport) &&
        !(run.app && arg.keyword === 'port') &&
        !given.has(arg.keyword),
    );
    if (added.length > 0)
      run.file.edits.push(
        rewriteArguments(run.file.source, run.call.getChild('ArgList') as SyntaxNode, [...run.args, ...added], lineLength),
      );
  }
  changed.push(
    `${home.file}:${line}: ${names} moved from the server constructor to the calls that start it over HTTP (over stdio they never ` +
      `applied).`,
  );
}

function withEdits(context: FileContext): FileContext {
  const source = applyEdits(context.source, context.edits);
  return { ...context, source, tree: parseModuleOrThrow(source, context.file), edits: [] };
}

/**
 * Applies the migration to every file: first the renames, then, on the renamed code, the moves of the
 * constructor's settings (whose argument lists are laid out anew). A file that does not parse is
 * refused before anything is computed.
 */
export function migrateFastmcp(
  files: readonly PythonFile[],
  server: { file: string; variable: string },
  lineLength: number,
): FastmcpMigration {
  const originals = new Map(files.map((file) => [file.file, file.source]));
  const changed: string[] = [];
  const serverVariables = new Set([server.variable]);
  const renamed = files.map((file) => {
    const context: FileContext = { ...file, tree: parseModuleOrThrow(file.source, file.file), edits: [], notes: [] };
    migrateReferences(context, migrateImports(context), serverVariables);
    return withEdits(context);
  });
  migrateConstructor(renamed, server, lineLength, changed);
  const result = renamed.map(withEdits).filter((context) => context.source !== originals.get(context.file));
  return {
    files: result.map((context) => ({ file: context.file, source: context.source })),
    changed,
    notes: renamed.flatMap((context) => context.notes),
  };
}
