// What a server module holds, read from its syntax tree: imports, top-level names, server instances
// and the handlers registered on them. Everything later decisions need, found in one walk.
import { childrenOf, type SyntaxNode, textOf, type Tree } from './parse.js';
import { decodeStringLiteral } from './string-literal.js';

export type HandlerKind = 'tool' | 'resource' | 'prompt';
export const HANDLER_KINDS: readonly HandlerKind[] = ['tool', 'resource', 'prompt'];

export interface ImportedName {
  /** The name the import binds in the module (`Context`, or `c` for `import ... as c`). */
  bound: string;
  /** The imported name itself (`Context`); for `import a.b`, the module path. */
  name: string;
  alias?: string;
}

export interface ImportStatement {
  kind: 'import' | 'from';
  /** Dotted module path, with leading dots for relative imports. */
  module: string;
  names: ImportedName[];
  from: number;
  to: number;
  star: boolean;
  parenthesized: boolean;
  /** Comments inside the statement: it is never rewritten then. */
  hasComments: boolean;
}

export type ServerFlavor = 'mcpserver' | 'fastmcp-v1' | 'fastmcp';

export interface ServerInstance {
  variable: string;
  flavor: ServerFlavor;
  from: number;
  to: number;
}

export interface FoundHandler {
  kind: HandlerKind;
  variable: string;
  function: string;
  /** MCP name (tools, prompts) or URI (resources); undefined when not a plain string literal. */
  key: string | undefined;
  from: number;
  to: number;
  topLevel: boolean;
}

export interface ModuleScan {
  imports: ImportStatement[];
  /** Every name bound by a top-level import. */
  importedNames: Set<string>;
  /** Every name bound by an import at module level, at the top or inside `if`/`try`/… blocks. */
  blockImportedNames: Set<string>;
  /** Every other name bound at module level: functions, classes, all assignment targets, for/with/except names. */
  definedNames: Set<string>;
  servers: ServerInstance[];
  handlers: FoundHandler[];
  /** End of the last top-level statement: where code goes when there is no better place. */
  lastStatementEnd: number;
}

/** Where each server class comes from, and which flavor of the API that means. */
const SERVER_CLASSES: ReadonlyArray<{ module: string; name: string; flavor: ServerFlavor }> = [
  { module: 'mcp.server', name: 'MCPServer', flavor: 'mcpserver' },
  { module: 'mcp.server.mcpserver', name: 'MCPServer', flavor: 'mcpserver' },
  { module: 'mcp.server.mcpserver.server', name: 'MCPServer', flavor: 'mcpserver' },
  { module: 'mcp.server.fastmcp', name: 'FastMCP', flavor: 'fastmcp-v1' },
  { module: 'mcp.server.fastmcp.server', name: 'FastMCP', flavor: 'fastmcp-v1' },
  { module: 'fastmcp', name: 'FastMCP', flavor: 'fastmcp' },
  { module: 'fastmcp.server', name: 'FastMCP', flavor: 'fastmcp' },
];

function dottedText(source: string, nodes: SyntaxNode[]): string {
  return nodes.map((node) => textOf(source, node)).join('');
}

function readImport(source: string, node: SyntaxNode): ImportStatement {
  const children = childrenOf(node);
  const isFrom = children[0]?.name === 'from';
  const importAt = children.findIndex((child) => child.name === 'import');
  const statement: ImportStatement = {
    kind: isFrom ? 'from' : 'import',
    module: isFrom ? dottedText(source, children.slice(1, importAt)).replace(/\s+/g, '') : '',
    names: [],
    from: node.from,
    to: node.to,
    star: false,
    parenthesized: false,
    hasComments: false,
  };
  // After `import`: runs of `a . b [as c]` separated by commas, maybe inside parentheses.
  let path: string[] = [];
  let alias: string | undefined;
  let expectAlias = false;
  const flush = (): void => {
    if (path.length === 0) return;
    const name = path.join('.');
    const bound = alias ?? (isFrom ? name : (path[0] as string));
    statement.names.push(alias === undefined ? { bound, name } : { bound, name, alias });
    path = [];
    alias = undefined;
  };
  for (const child of children.slice(importAt + 1)) {
    const text = textOf(source, child);
    if (child.name === 'Comment') statement.hasComments = true;
    else if (text === '*') statement.star = true;
    else if (text === '(') statement.parenthesized = true;
    else if (child.name === 'as') expectAlias = true;
    else if (child.name === 'VariableName') {
      if (expectAlias) alias = text;
      else path.push(text);
      expectAlias = false;
    } else if (text === ',' || text === ')') flush();
  }
  flush();
  return statement;
}

interface ArgumentValue {
  /** Whether the argument is given at all. */
  given: boolean;
  /** Its value when it is a plain string literal. */
  value?: string;
}

/** The keyword argument `keyword=` of an ArgList, or else its first positional argument. */
function stringArgument(source: string, argList: SyntaxNode | null, keyword: string): ArgumentValue {
  if (!argList) return { given: false };
  const args = childrenOf(argList).filter((child) => !['(', ')', ',', 'Comment'].includes(child.name));
  const literal = (node: SyntaxNode | undefined): ArgumentValue => {
    const value = node?.name === 'String' ? decodeStringLiteral(textOf(source, node)) : undefined;
    return value === undefined ? { given: true } : { given: true, value };
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as SyntaxNode;
    if (arg.name === 'VariableName' && args[index + 1]?.name === 'AssignOp') {
      if (textOf(source, arg) === keyword) return literal(args[index + 2]);
      index += 2;
    }
  }
  const first = args[0];
  const isPositional = first !== undefined && args[1]?.name !== 'AssignOp';
  return isPositional ? literal(first) : { given: false };
}

function readHandler(source: string, statement: SyntaxNode, topLevel: boolean): FoundHandler[] {
  const definition = statement.getChild('FunctionDefinition');
  const functionName = definition?.getChild('VariableName');
  if (!definition || !functionName) return [];
  const found: FoundHandler[] = [];
  for (const decorator of statement.getChildren('Decorator')) {
    const parts = decorator.getChildren('VariableName').map((part) => textOf(source, part));
    if (parts.length !== 2) continue;
    const [variable, method] = parts as [string, string];
    if (!(HANDLER_KINDS as readonly string[]).includes(method)) continue;
    const kind = method as HandlerKind;
    const fn = textOf(source, functionName);
    const argList = decorator.getChild('ArgList');
    const argument = stringArgument(source, argList, kind === 'resource' ? 'uri' : 'name');
    // A tool or prompt without a name argument is served under its function name.
    const key = argument.given ? argument.value : kind === 'resource' ? undefined : fn;
    found.push({ kind, variable, function: fn, key, from: statement.from, to: statement.to, topLevel });
  }
  return found;
}

/** `server = MCPServer(...)` (or FastMCP), resolved through the module's own imports. */
function readServer(source: string, statement: SyntaxNode, imports: ImportStatement[]): ServerInstance | undefined {
  const children = childrenOf(statement);
  const target = children[0];
  const call = children[children.length - 1];
  if (target?.name !== 'VariableName' || call?.name !== 'CallExpression') return undefined;
  const callee = call.firstChild;
  if (!callee) return undefined;
  const calleeText = textOf(source, callee).replace(/\s+/g, '');
  for (const known of SERVER_CLASSES) {
    const viaFromImport = imports.some(
      (imp) =>
        imp.kind === 'from' && imp.module === known.module && imp.names.some((n) => n.name === known.name && n.bound === calleeText),
    );
    const viaModule = calleeText === `${known.module}.${known.name}`;
    if (viaFromImport || viaModule) {
      return { variable: textOf(source, target), flavor: known.flavor, from: statement.from, to: statement.to };
    }
  }
  return undefined;
}

/** The names a binding target binds: `a`, `(a, b)`, `[a, *b]`; not `obj.attr` nor `d[k]`. */
function targetNames(source: string, node: SyntaxNode): string[] {
  // A parenthesised `with` target is one masked name to the parser (parse.ts): its names are inside.
  if (node.name === 'VariableName') return textOf(source, node).match(/[A-Za-z_]\w*/g) as string[];
  if (['TupleExpression', 'ArrayExpression', 'ParenthesizedExpression'].includes(node.name)) {
    return childrenOf(node).flatMap((child) => targetNames(source, child));
  }
  return [];
}

/** Every target of `a = b = value` and `a, (b, c): T = value`: each part before an `=`. */
function assignedNames(source: string, statement: SyntaxNode): string[] {
  const children = childrenOf(statement);
  const lastAssign = children.map((child) => child.name).lastIndexOf('AssignOp');
  const end = lastAssign === -1 ? children.length : lastAssign;
  return children.slice(0, end).flatMap((child) => targetNames(source, child));
}

/** Names after each `as` (with, except) and between `for` and `in`. */
function clauseNames(source: string, statement: SyntaxNode): string[] {
  const children = childrenOf(statement);
  const names: string[] = [];
  children.forEach((child, index) => {
    const next = children[index + 1];
    if (child.name === 'as' && next !== undefined && statement.name !== 'ImportStatement') names.push(...targetNames(source, next));
  });
  if (statement.name === 'ForStatement') {
    const end = children.findIndex((child) => child.name === 'in');
    names.push(...children.slice(1, end).flatMap((child) => targetNames(source, child)));
  }
  return names;
}

const NEW_SCOPES = new Set(['FunctionDefinition', 'ClassDefinition', 'LambdaExpression', 'DecoratedStatement']);
const BLOCKS = new Set(['Body', 'MatchBody', 'MatchClause']);

/** `name := value` in a module-level statement (not inside a function, class or lambda). */
function walrusNames(source: string, node: SyntaxNode, names: Set<string>): void {
  for (const child of childrenOf(node)) {
    if (NEW_SCOPES.has(child.name) || BLOCKS.has(child.name)) continue;
    if (child.name === 'NamedExpression' && child.firstChild?.name === 'VariableName') names.add(textOf(source, child.firstChild));
    walrusNames(source, child, names);
  }
}

/**
 * Every name the module binds at module level, at any depth of `if`/`try`/`for`/`with`/`match`
 * blocks (never inside a function or class): what a new function of that name would replace.
 */
function moduleBindings(source: string, tree: Tree): { imported: Set<string>; defined: Set<string> } {
  const imported = new Set<string>();
  const defined = new Set<string>();
  const visit = (container: SyntaxNode): void => {
    for (const node of childrenOf(container)) {
      if (node.name === 'ImportStatement') {
        for (const name of readImport(source, node).names) imported.add(name.bound);
        continue;
      }
      const definition =
        node.name === 'DecoratedStatement' ? (node.getChild('FunctionDefinition') ?? node.getChild('ClassDefinition')) : node;
      if (definition && ['FunctionDefinition', 'ClassDefinition', 'TypeDefinition'].includes(definition.name)) {
        const name = definition.getChild('VariableName');
        if (name) defined.add(textOf(source, name));
        continue;
      }
      if (node.name === 'AssignStatement') for (const name of assignedNames(source, node)) defined.add(name);
      for (const name of clauseNames(source, node)) defined.add(name);
      walrusNames(source, node, defined);
      for (const child of childrenOf(node)) if (BLOCKS.has(child.name)) visit(child);
      if (BLOCKS.has(node.name)) visit(node);
    }
  };
  visit(tree.topNode);
  return { imported, defined };
}

const REGISTRATIONS: Record<string, HandlerKind> = { add_tool: 'tool', add_resource: 'resource', add_prompt: 'prompt' };

/** The value of `keyword=` in an ArgList: given or not, and its text when a plain string literal. */
function keywordArgument(source: string, argList: SyntaxNode, keyword: string): ArgumentValue {
  const args = childrenOf(argList);
  const isKeyword = (arg: SyntaxNode, index: number): boolean =>
    arg.name === 'VariableName' && args[index + 1]?.name === 'AssignOp' && textOf(source, arg) === keyword;
  const at = args.findIndex(isKeyword);
  if (at === -1) return { given: false };
  const node = args[at + 2];
  const value = node?.name === 'String' ? decodeStringLiteral(textOf(source, node)) : undefined;
  return value === undefined ? { given: true } : { given: true, value };
}

/** `server.add_tool(fn, name="x")` and its kin: a handler registered without a decorator. */
function readRegistration(source: string, call: SyntaxNode): FoundHandler | undefined {
  const callee = call.firstChild;
  const argList = call.getChild('ArgList');
  if (callee?.name !== 'MemberExpression' || !argList) return undefined;
  const parts = childrenOf(callee);
  const variable = parts[0];
  const method = parts[parts.length - 1];
  if (variable?.name !== 'VariableName' || method?.name !== 'PropertyName') return undefined;
  const kind = REGISTRATIONS[textOf(source, method)];
  if (kind === undefined) return undefined;
  const first = childrenOf(argList)[1];
  const fn = first?.name === 'VariableName' && childrenOf(argList)[2]?.name !== 'AssignOp' ? textOf(source, first) : '';
  const argument = keywordArgument(source, argList, kind === 'resource' ? 'uri' : 'name');
  // A tool registered without a name is served under its function's name.
  const key = argument.given ? argument.value : kind === 'tool' && fn !== '' ? fn : undefined;
  const statement = call.parent ?? call;
  return { kind, variable: textOf(source, variable), function: fn, key, from: statement.from, to: statement.to, topLevel: false };
}

export function scanModule(source: string, tree: Tree): ModuleScan {
  const top = childrenOf(tree.topNode).filter((node) => node.name !== 'Comment');
  const imports = top.filter((node) => node.name === 'ImportStatement').map((node) => readImport(source, node));
  const bindings = moduleBindings(source, tree);
  const scan: ModuleScan = {
    imports,
    importedNames: new Set(imports.flatMap((imp) => imp.names.map((name) => name.bound))),
    blockImportedNames: bindings.imported,
    definedNames: bindings.defined,
    servers: [],
    handlers: [],
    lastStatementEnd: top.length > 0 ? (top[top.length - 1] as SyntaxNode).to : 0,
  };
  for (const node of top) {
    const server = node.name === 'AssignStatement' ? readServer(source, node, imports) : undefined;
    if (server) scan.servers.push(server);
  }
  // Handlers anywhere (a handler registered inside an `if` still owns its name), top-level ones marked.
  tree.iterate({
    enter: (ref) => {
      const node = ref.node;
      if (ref.name === 'DecoratedStatement') scan.handlers.push(...readHandler(source, node, node.parent?.name === 'Script'));
      const registered = ref.name === 'CallExpression' ? readRegistration(source, node) : undefined;
      if (registered) scan.handlers.push(registered);
    },
  });
  return scan;
}
