// Reading a create-mcp-server module (mcp 1.x's low-level `Server` with the notes example): which
// parts are still create-mcp-server's own code (so they can be replaced by MCPServer handlers with
// certainty), which tools the user added to the dispatch functions in a recognisable shape (carried
// over), and everything else (listed in MIGRATION.md, never guessed).
import type { ImportStatement, ModuleScan } from '../python/module-scan.js';
import { childrenOf, type SyntaxNode, textOf, type Tree } from '../python/parse.js';
import { decodeStringLiteral } from '../python/string-literal.js';
import type { MigrationNote } from './report.js';
import {
  eachNode,
  fingerprint,
  keywordArgument,
  lineOf,
  type Literal,
  literalValue,
  namesUsed,
  positionalArguments,
  renamedText,
} from './python-tree.js';

const LOWLEVEL_MODULES = new Set(['mcp.server', 'mcp.server.lowlevel', 'mcp.server.lowlevel.server']);

/** The dispatch functions create-mcp-server's template defines, by decorator. */
const TEMPLATE_METHODS = ['list_resources', 'read_resource', 'list_prompts', 'get_prompt', 'list_tools', 'call_tool'] as const;

/** Names only the v1 entry point used: code that needs them cannot be carried over. */
const V1_ONLY_NAMES = new Set(['InitializationOptions', 'NotificationOptions', 'stdio_server', 'main']);

export interface LowlevelServer {
  variable: string;
  /** The name given to `Server(...)`, when it is a string literal. */
  serverName?: string;
  node: SyntaxNode;
}

export interface ToolParam {
  name: string;
  type: string;
  required: boolean;
  description?: string;
}

export interface CarriedTool {
  name: string;
  description?: string;
  params: ToolParam[];
  /** The branch's statements, dedented to column 0, LF line breaks. */
  body: string;
  usesArguments: boolean;
  usesName: boolean;
  usesContext: boolean;
  /** The dispatch function's return annotation (or `Any`). */
  returns: string;
  line: number;
}

export interface CreateMcpServerAnalysis {
  server: LowlevelServer;
  tools: CarriedTool[];
  /** Other top-level code of the module, the server variable renamed to `server`. */
  carried: string[];
  /** The module's imports that the carried code needs (only the names it needs). */
  imports: ImportStatement[];
  notes: MigrationNote[];
}

/** `X = Server(...)` with `Server` imported from the low-level module. */
export function findLowlevelServer(source: string, tree: Tree, scan: ModuleScan): LowlevelServer | undefined {
  const bound = scan.imports
    .filter((imp) => imp.kind === 'from' && LOWLEVEL_MODULES.has(imp.module))
    .flatMap((imp) => imp.names.filter((name) => name.name === 'Server').map((name) => name.bound));
  for (const node of childrenOf(tree.topNode)) {
    if (node.name !== 'AssignStatement') continue;
    const [target, , call] = childrenOf(node);
    if (target?.name !== 'VariableName' || call?.name !== 'CallExpression') continue;
    const callee = textOf(source, call.firstChild as SyntaxNode);
    if (!bound.includes(callee) && callee !== 'mcp.server.Server' && callee !== 'mcp.server.lowlevel.Server') continue;
    const first = positionalArguments(call.getChild('ArgList'))[0];
    const serverName = first?.name === 'String' ? decodeStringLiteral(textOf(source, first)) : undefined;
    return { variable: textOf(source, target), serverName, node };
  }
  return undefined;
}

interface Dispatch {
  method: string;
  statement: SyntaxNode;
  definition: SyntaxNode;
}

/** Top-level functions decorated `@<variable>.<method>(...)`. */
function dispatchFunctions(source: string, tree: Tree, variable: string): Dispatch[] {
  const found: Dispatch[] = [];
  for (const statement of childrenOf(tree.topNode)) {
    const definition = statement.getChild('FunctionDefinition');
    if (statement.name !== 'DecoratedStatement' || !definition) continue;
    for (const decorator of statement.getChildren('Decorator')) {
      const parts = decorator.getChildren('VariableName').map((part) => textOf(source, part));
      if (parts.length === 2 && parts[0] === variable) found.push({ method: parts[1] as string, statement, definition });
    }
  }
  return found;
}

/** Whether a module looks made by create-mcp-server: a low-level server with its dispatch functions. */
export function isCreateMcpServerModule(source: string, tree: Tree, scan: ModuleScan): boolean {
  const server = findLowlevelServer(source, tree, scan);
  if (!server) return false;
  const methods = new Set(dispatchFunctions(source, tree, server.variable).map((dispatch) => dispatch.method));
  return TEMPLATE_METHODS.filter((method) => methods.has(method)).length >= 2;
}

const JSON_TYPES: Record<string, string> = {
  string: 'str',
  integer: 'int',
  number: 'float',
  boolean: 'bool',
  array: 'list[Any]',
  object: 'dict[str, Any]',
};

/** The parameters an inputSchema describes, when every property is of one plain JSON type. */
function schemaParams(schema: Literal | undefined): ToolParam[] | undefined {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || schema['type'] !== 'object') return undefined;
  const properties = schema['properties'] ?? {};
  const required = schema['required'] ?? [];
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties) || !Array.isArray(required)) return undefined;
  const params: ToolParam[] = [];
  for (const [name, property] of Object.entries(properties)) {
    if (typeof property !== 'object' || property === null || Array.isArray(property)) return undefined;
    const type = typeof property['type'] === 'string' ? JSON_TYPES[property['type']] : undefined;
    const known = new Set(['type', 'description']);
    if (type === undefined || Object.keys(property).some((key) => !known.has(key)) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      return undefined;
    const description = typeof property['description'] === 'string' ? property['description'] : undefined;
    params.push({ name, type, required: required.includes(name), ...(description === undefined ? {} : { description }) });
  }
  return params;
}

interface Declared {
  name: string;
  description?: string;
  params?: ToolParam[];
  node: SyntaxNode;
}

/** The `types.Tool(...)` items of `return [...]` in list_tools. */
function declaredTools(source: string, definition: SyntaxNode): Declared[] {
  const body = definition.getChild('Body');
  const returned = body?.getChildren('ReturnStatement').at(-1)?.getChild('ArrayExpression');
  if (!returned) return [];
  const declared: Declared[] = [];
  for (const item of childrenOf(returned).filter((child) => child.name === 'CallExpression')) {
    const args = item.getChild('ArgList');
    const name = literalValue(source, keywordArgument(args, source, 'name'));
    if (typeof name !== 'string') continue;
    const description = literalValue(source, keywordArgument(args, source, 'description'));
    const schema = literalValue(source, keywordArgument(args, source, 'inputSchema') ?? keywordArgument(args, source, 'input_schema'));
    declared.push({ name, node: item, params: schemaParams(schema), ...(typeof description === 'string' ? { description } : {}) });
  }
  return declared;
}

interface Branch {
  name: string;
  node: SyntaxNode;
}

/** `if name == "<tool>":` blocks (no elif/else) directly in call_tool's body. */
function toolBranches(source: string, definition: SyntaxNode): Branch[] {
  const parameter = definition.getChild('ParamList')?.getChild('VariableName');
  const nameParam = parameter ? textOf(source, parameter) : 'name';
  const branches: Branch[] = [];
  for (const statement of definition.getChild('Body')?.getChildren('IfStatement') ?? []) {
    if (statement.getChild('elif') || statement.getChild('else')) continue;
    const condition = statement.getChild('BinaryExpression');
    const [left, op, right] = condition ? childrenOf(condition) : [];
    if (left?.name !== 'VariableName' || textOf(source, left) !== nameParam || op === undefined || textOf(source, op) !== '==') continue;
    const value = literalValue(source, right);
    if (typeof value === 'string') branches.push({ name: value, node: statement });
  }
  return branches;
}

/** The statements of an `if` block, dedented to column 0, with the server reached through `ctx`. */
function branchBody(source: string, branch: SyntaxNode, variable: string): { text: string; usesContext: boolean } {
  const body = branch.getChild('Body') as SyntaxNode;
  const statements = childrenOf(body).filter((child) => child.name !== ':');
  const first = statements[0] as SyntaxNode;
  const start = source.lastIndexOf('\n', first.from - 1) + 1;
  const contextEdits: Array<{ from: number; to: number; text: string }> = [];
  eachNode(body, (node) => {
    if (node.name !== 'MemberExpression') return;
    const text = textOf(source, node).replace(/\s+/g, '');
    if (text === `${variable}.request_context.session` && !contextEdits.some((edit) => edit.from <= node.from && node.to <= edit.to)) {
      contextEdits.push({ from: node.from, to: node.to, text: 'ctx.session' });
    } else if (text === `${variable}.request_context` && !contextEdits.some((edit) => edit.from <= node.from && node.to <= edit.to)) {
      contextEdits.push({ from: node.from, to: node.to, text: 'ctx.request_context' });
    }
  });
  // The Body node's text starts at the `:` of the `if` line: keep from the first statement's line.
  const renamed = renamedText(source, body, new Map([[variable, 'server']]), contextEdits);
  const sameLine = start < body.from;
  const text = (sameLine ? renamed.slice(1).trim() : renamed.slice(start - body.from)).replace(/\r\n/g, '\n');
  const lines = text.replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0));
  return { text: lines.map((line) => line.slice(indent)).join('\n'), usesContext: contextEdits.length > 0 };
}

function note(source: string, label: string, node: SyntaxNode, found: string, todo: string, withCode = true): MigrationNote {
  return { file: label, line: lineOf(source, node.from), found, todo, ...(withCode ? { code: textOf(source, node) } : {}) };
}

export function analyzeCreateMcpServer(input: {
  source: string;
  tree: Tree;
  scan: ModuleScan;
  label: string;
  canonical: { source: string; tree: Tree; scan: ModuleScan };
}): CreateMcpServerAnalysis {
  const { source, tree, scan, label, canonical } = input;
  const server = findLowlevelServer(source, tree, scan) as LowlevelServer;
  const canonicalServer = findLowlevelServer(canonical.source, canonical.tree, canonical.scan) as LowlevelServer;
  const canonicalDispatch = new Map(
    dispatchFunctions(canonical.source, canonical.tree, canonicalServer.variable).map((d) => [d.method, d]),
  );
  const notes: MigrationNote[] = [];
  const tools: CarriedTool[] = [];
  const carriedNames = new Set<string>();
  const handled = new Set<SyntaxNode['from']>([server.node.from]);
  // The function's own name, and the name and version main() announces, may differ from the template's.
  const normal = (print: string): string =>
    print.replace(/\b(async )?def \S+/, 'def').replace(/\b(server_name|server_version) = ("(?:[^"\\]|\\.)*"|'[^']*')/g, '$1 = S');
  const same = (node: SyntaxNode, canonicalNode: SyntaxNode, skip: SyntaxNode[] = []): boolean =>
    normal(fingerprint(source, node, server.variable, skip)) ===
    normal(fingerprint(canonical.source, canonicalNode, canonicalServer.variable));

  const dispatch = dispatchFunctions(source, tree, server.variable);
  const listTools = dispatch.find((d) => d.method === 'list_tools');
  const callTool = dispatch.find((d) => d.method === 'call_tool');
  const declared = listTools ? declaredTools(source, listTools.definition).filter((tool) => tool.name !== 'add-note') : [];
  const branches = callTool ? toolBranches(source, callTool.definition).filter((branch) => branch.name !== 'add-note') : [];
  const returns = callTool?.definition.getChild('TypeDef');
  for (const tool of declared) {
    const branch = branches.find((candidate) => candidate.name === tool.name);
    if (!branch || !tool.params || !callTool) {
      const dispatcher = callTool ? textOf(source, callTool.definition.getChild('VariableName') as SyntaxNode) : 'call_tool';
      const why = !branch
        ? `its code in ${dispatcher}() is not an \`if name == "${tool.name}":\` block`
        : 'its inputSchema is not a plain object of typed properties';
      notes.push(
        note(
          source,
          label,
          tool.node,
          `The tool "${tool.name}" was not carried over: ${why}.`,
          `Add it to the server as \`@server.tool(name="${tool.name}")\` by hand (or with \`yo mcp-python:tool ${tool.name}\`), ` +
            `then move its code there.`,
        ),
      );
      continue;
    }
    const body = branchBody(source, branch.node, server.variable);
    const used = namesUsed(source, branch.node.getChild('Body') as SyntaxNode);
    for (const name of used) carriedNames.add(name);
    tools.push({
      name: tool.name,
      params: tool.params,
      body: body.text,
      usesArguments: used.has('arguments'),
      usesName: used.has('name'),
      usesContext: body.usesContext,
      returns: returns ? textOf(source, returns).replace(/^->\s*/, '') : 'Any',
      line: lineOf(source, branch.node.from),
      ...(tool.description === undefined ? {} : { description: tool.description }),
    });
  }
  for (const branch of branches.filter((candidate) => !declared.some((tool) => tool.name === candidate.name))) {
    notes.push(
      note(
        source,
        label,
        branch.node,
        `call_tool handles "${branch.name}", but list_tools does not declare it, so it was not carried over.`,
        'Add it as an `@server.tool()` function if clients should see it.',
      ),
    );
  }

  for (const item of dispatch) {
    handled.add(item.statement.from);
    const canonicalItem = canonicalDispatch.get(item.method);
    const skip = item === listTools ? declared.map((tool) => tool.node) : item === callTool ? branches.map((branch) => branch.node) : [];
    if (canonicalItem && same(item.statement, canonicalItem.statement, skip)) continue;
    const what = canonicalItem
      ? `${textOf(source, item.definition.getChild('VariableName') as SyntaxNode)}() differs from create-mcp-server's template ` +
        'beyond what could be carried over; the migrated server follows the template.'
      : `The low-level handler @${server.variable}.${item.method}() has no automatic MCPServer equivalent.`;
    notes.push(
      note(
        source,
        label,
        item.statement,
        what,
        'Port the differences to the MCPServer handlers in the new module (the original code is below).',
      ),
    );
  }

  // The rest of the module: the notes store and main() are create-mcp-server's; other code is carried.
  const carried: string[] = [];
  const canonicalTop = childrenOf(canonical.tree.topNode);
  for (const node of childrenOf(tree.topNode)) {
    if (handled.has(node.from) || node.name === 'ImportStatement' || node.name === 'Comment') continue;
    const twin = canonicalTop.find((candidate) => candidate.name === node.name && same(node, candidate));
    const isMain = node.name === 'FunctionDefinition' && textOf(source, node.getChild('VariableName') as SyntaxNode) === 'main';
    if (twin) continue;
    if (isMain) {
      notes.push(
        note(
          source,
          label,
          node,
          "main() differs from create-mcp-server's; it was replaced by src/<package>/__main__.py, which runs the server over stdio " +
            "or streamable HTTP.",
          'Move what your main() did differently into __main__.py.',
        ),
      );
      continue;
    }
    const used = namesUsed(source, node);
    const blocked = [...used].filter((name) => V1_ONLY_NAMES.has(name));
    const movable = ['FunctionDefinition', 'ClassDefinition', 'AssignStatement', 'DecoratedStatement'].includes(node.name);
    if (blocked.length > 0 || !movable) {
      notes.push(
        note(
          source,
          label,
          node,
          'This code was not carried over: it depends on the mcp 1.x entry point or runs at import time.',
          'Re-add it to the new module if it is still needed, on the mcp 2 API.',
        ),
      );
      continue;
    }
    carried.push(renamedText(source, node, new Map([[server.variable, 'server']])).replace(/\r\n/g, '\n'));
    for (const name of used) carriedNames.add(name);
    notes.push(
      note(
        source,
        label,
        node,
        'Carried over unchanged to the end of the module.',
        'Check it against the mcp 2 API (`uv run pyright` points at what changed).',
        false,
      ),
    );
  }
  const needed = new Set([
    ...carriedNames,
    ...tools.flatMap((tool) => [...tool.returns.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)].map((match) => match[0])),
  ]);
  const imports = scan.imports
    .map((imp) => ({ ...imp, names: imp.names.filter((name) => needed.has(name.bound)) }))
    .filter((imp) => imp.names.length > 0);
  return { server, tools, carried, imports, notes };
}
