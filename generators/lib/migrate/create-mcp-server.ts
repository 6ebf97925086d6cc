// The migrated create-mcp-server module: the app's notes server (rendered from its own template by
// the generator), with create-mcp-server's MCP names kept, the tools the user added carried over and
// the rest of the user's module code appended. Pure: text in, text out.
import { applyEdits } from '../python/edits.js';
import { toSnakeCase, validatePythonName } from '../python/identifiers.js';
import { type ImportNeed, planImport } from '../python/imports.js';
import { handlerInsertion } from '../python/insertion.js';
import { DEFAULT_LAYOUT } from '../python/layout.js';
import { type ImportStatement, scanModule } from '../python/module-scan.js';
import { parseModuleOrThrow, type SyntaxNode } from '../python/parse.js';
import { atom, bracket, call, concat, keyword, print, type Py, str } from '../python/pretty.js';
import { pythonString } from '../python/string-literal.js';
import type { HandlerRecord } from '../project.js';
import type { CarriedTool, CreateMcpServerAnalysis } from './lowlevel.js';
import type { MigrationNote } from './report.js';

/** The MCP names create-mcp-server gave the notes example, by the function serving them in ours. */
export const KEPT_NAMES: ReadonlyArray<{ function: string; kind: 'tool' | 'prompt'; name: string }> = [
  { function: 'add_note', kind: 'tool', name: 'add-note' },
  { function: 'summarize_notes', kind: 'prompt', name: 'summarize-notes' },
];

export interface MigratedModule {
  source: string;
  tools: HandlerRecord[];
  notes: MigrationNote[];
}

const RESERVED_PARAMS = new Set(['arguments', 'ctx', 'server', 'name']);

function parse(source: string): { tree: ReturnType<typeof parseModuleOrThrow>; scan: ReturnType<typeof scanModule> } {
  const tree = parseModuleOrThrow(source, 'the migrated server module');
  return { tree, scan: scanModule(source, tree) };
}

/** `@server.tool()` -> `@server.tool(name="add-note")` for each kept name. */
function keepNames(source: string): string {
  const { tree, scan } = parse(source);
  const edits = [];
  for (const kept of KEPT_NAMES) {
    const handler = scan.handlers.find((candidate) => candidate.function === kept.function && candidate.kind === kept.kind);
    if (!handler) continue;
    let statement: SyntaxNode | null = tree.resolveInner(handler.from, 1);
    while (statement && statement.name !== 'DecoratedStatement') statement = statement.parent;
    const args = statement?.getChild('Decorator')?.getChild('ArgList');
    if (!args) continue;
    const empty = source.slice(args.from + 1, args.to - 1).trim() === '';
    edits.push({ from: args.from + 1, to: args.from + 1, text: `name=${pythonString(kept.name)}${empty ? '' : ', '}` });
  }
  return applyEdits(source, edits);
}

function paramNode(param: CarriedTool['params'][number]): Py {
  const type = param.required ? param.type : `${param.type} | None`;
  const annotated =
    param.description === undefined
      ? atom(type)
      : concat(atom(`Annotated[${type}, Field(description=`), str(param.description), atom(')]'));
  return concat(atom(`${param.name}: `), annotated, atom(param.required ? '' : ' = None'));
}

/** The MCPServer tool function for a tool carried over from the dispatch functions. */
export function renderCarriedTool(tool: CarriedTool, fn: string, lineLength: number): string {
  const options = { lineLength, indent: '    ' };
  const required = tool.params.filter((param) => param.required);
  const optional = tool.params.filter((param) => !param.required);
  const params = [...required.map(paramNode), ...(tool.usesContext ? [atom('ctx: Context')] : []), ...optional.map(paramNode)];
  const decoratorArgs = [
    keyword('name', str(tool.name)),
    ...(tool.description === undefined ? [] : [keyword('description', str(tool.description))]),
  ];
  const lines = [
    ...print(call('@server.tool', decoratorArgs), 0, '', '', options),
    ...print(call(fn, params), 0, 'async def ', ` -> ${tool.returns.replace(/\s+/g, ' ')}:`, options),
  ];
  if (tool.usesArguments) {
    const entries = required.map((param) => atom(`${pythonString(param.name)}: ${param.name}`));
    lines.push(...print(concat(atom('arguments: dict[str, Any] = '), bracket('{', entries, '}')), 1, '', '', options));
    for (const param of optional)
      lines.push(`    if ${param.name} is not None:`, `        arguments[${pythonString(param.name)}] = ${param.name}`);
  }
  if (tool.usesName) lines.push(`    name = ${pythonString(tool.name)}`);
  lines.push(...tool.body.split('\n').map((line) => (line === '' ? '' : `    ${line}`)));
  return lines.join('\n');
}

function importNeeds(imports: ImportStatement[]): ImportNeed[] {
  const needs: ImportNeed[] = [];
  for (const imp of imports) {
    for (const name of imp.names) {
      if (imp.kind === 'from')
        needs.push({ module: imp.module, name: name.name, ...(name.alias === undefined ? {} : { alias: name.alias }) });
      else if (name.alias !== undefined && name.name.endsWith(`.${name.alias}`)) {
        // `import mcp.types as types` binds what `from mcp import types` binds.
        needs.push({ module: name.name.slice(0, -name.alias.length - 1), name: name.alias });
      } else needs.push({ module: name.name, name: name.name, plain: true, ...(name.alias === undefined ? {} : { alias: name.alias }) });
    }
  }
  return needs;
}

function addImports(source: string, needs: ImportNeed[], lineLength: number, firstParty: ReadonlySet<string>): string {
  let result = source;
  for (const need of needs) {
    const { scan } = parse(result);
    const edit = planImport(need, { source: result, scan, layout: DEFAULT_LAYOUT, lineLength, firstParty });
    if (edit) result = applyEdits(result, [edit]);
  }
  return result;
}

export function migratedServerModule(input: {
  rendered: string;
  analysis: CreateMcpServerAnalysis;
  lineLength: number;
  firstParty: ReadonlySet<string>;
  label: string;
}): MigratedModule {
  const { analysis, lineLength, firstParty, label } = input;
  let source = keepNames(input.rendered.replace(/\r\n/g, '\n'));
  const notes: MigrationNote[] = [];
  const tools: HandlerRecord[] = [];
  const extraNames = new Set<string>();
  for (const tool of analysis.tools) {
    const { tree, scan } = parse(source);
    const clash = tool.params.find((param) => RESERVED_PARAMS.has(param.name));
    let fn = toSnakeCase(tool.name);
    const taken = (candidate: string): boolean =>
      validatePythonName(candidate, 'f') !== true || scan.definedNames.has(candidate) || scan.importedNames.has(candidate);
    if (taken(fn)) fn = `${fn}_tool`;
    if (clash !== undefined || taken(fn)) {
      const why =
        clash !== undefined
          ? `its parameter \`${clash.name}\` would clash with a name the carried code uses`
          : `no free function name was found for it`;
      notes.push({
        file: label,
        line: tool.line,
        found: `The tool "${tool.name}" was not carried over: ${why}.`,
        todo: 'Add it to the server by hand; its original code is in the git history of this file.',
      });
      continue;
    }
    const code = renderCarriedTool(tool, fn, lineLength);
    source = applyEdits(source, [handlerInsertion(source, tree, scan, { kind: 'tool', variable: 'server' }, code, DEFAULT_LAYOUT)]);
    tools.push({ name: tool.name, function: fn });
    notes.push({
      file: label,
      line: tool.line,
      found: `The tool "${tool.name}" was carried over from the dispatch functions as ${fn}(): its arguments are parameters now, ` +
        `and \`arguments\` is rebuilt from them for the code that reads it.`,
      todo: 'Read the function once: a local variable named like a parameter now shadows it, and errors raised by the code reach ' +
        'the client as tool errors.',
    });
    if (tool.usesArguments || tool.params.some((param) => param.type.includes('Any')) || tool.returns === 'Any') extraNames.add('Any');
    if (tool.params.some((param) => param.description !== undefined)) extraNames.add('Annotated').add('Field');
    if (tool.usesContext) extraNames.add('Context');
  }
  for (const statement of analysis.carried) source = `${source.replace(/\s+$/, '')}\n\n\n${statement.replace(/\s+$/, '')}\n`;
  const needs = importNeeds(analysis.imports);
  const known: Record<string, ImportNeed> = {
    Any: { module: 'typing', name: 'Any' },
    Annotated: { module: 'typing', name: 'Annotated' },
    Field: { module: 'pydantic', name: 'Field' },
    Context: { module: 'mcp.server.mcpserver', name: 'Context' },
  };
  for (const name of extraNames) needs.push(known[name] as ImportNeed);
  return { source: addImports(source, needs, lineLength, firstParty), tools, notes };
}
