// The Python source of a new handler: decorator, signature, docstring and a placeholder body, laid
// out as `ruff format` would leave it, plus the imports it needs.
import type { ImportNeed } from '../python/imports.js';
import type { ServerFlavor } from '../python/module-scan.js';
import { atom, bracket, call, concat, keyword, print, type PrintOptions, type Py, str } from '../python/pretty.js';
import { isDocstringSafe } from '../python/string-literal.js';
import { isMutableDefault, typeText, valueNode, type ParamType, type PyValue } from './param-types.js';
import type { HandlerSpec, ParamSpec, PromptSpec, ResourceSpec, ToolSpec } from './specs.js';

export interface RenderContext {
  variable: string;
  flavor: ServerFlavor;
  lineLength: number;
}

export interface RenderedHandler {
  /** LF line breaks, four-space indentation, no trailing newline. */
  code: string;
  imports: ImportNeed[];
}

const CONTEXT_IMPORT: Record<ServerFlavor, ImportNeed> = {
  mcpserver: { module: 'mcp.server.mcpserver', name: 'Context' },
  'fastmcp-v1': { module: 'mcp.server.fastmcp', name: 'Context' },
  fastmcp: { module: 'fastmcp', name: 'Context' },
};

/** ToolAnnotations field names: snake_case in mcp 2, camelCase in mcp 1.x. */
const ANNOTATION_FIELDS: Record<keyof ToolSpec['annotations'], [string, string]> = {
  readOnly: ['read_only_hint', 'readOnlyHint'],
  destructive: ['destructive_hint', 'destructiveHint'],
  idempotent: ['idempotent_hint', 'idempotentHint'],
  openWorld: ['open_world_hint', 'openWorldHint'],
};

const PARAMETER_IMPORTS: ImportNeed[] = [
  { module: 'typing', name: 'Annotated' },
  { module: 'pydantic', name: 'Field' },
];

/** A one-line docstring when the text can be one exactly (Python 3.13 strips docstring indentation). */
function docstringFits(description: string, options: PrintOptions): boolean {
  return isDocstringSafe(description) && `${options.indent}"""${description}"""`.length <= options.lineLength;
}

/** A list or dict default is written `X | None = None` and filled in by the body (ruff's B006). */
export function isDeferredDefault(param: ParamSpec): boolean {
  return param.default !== undefined && isMutableDefault(param.default.value);
}

function paramNode(param: ParamSpec): Py {
  const deferred = isDeferredDefault(param);
  const type = atom(typeText(deferred ? { ...param.type, optional: true } : param.type));
  const field = (description: string): Py => call('Field', [keyword('description', str(description))]);
  const annotation = param.description === undefined ? type : bracket('Annotated[', [type, field(param.description)], ']');
  if (param.default === undefined) return concat(atom(`${param.name}: `), annotation);
  const value = deferred ? atom('None') : valueNode(param.default.value, param.type);
  return concat(atom(`${param.name}: `), annotation, atom(' = '), value);
}

/** The body's first lines: `if tags is None:` / `tags = [...]` for each deferred default. */
function deferredDefaults(params: ParamSpec[], options: PrintOptions): string[] {
  return params.filter(isDeferredDefault).flatMap((param) => [
    `${options.indent}if ${param.name} is None:`,
    ...print(valueNode((param.default as { value: PyValue }).value, param.type), 2, `${param.name} = `, '', options),
  ]);
}

/** Python wants parameters without defaults first: required ones keep their order, then the rest. */
function orderedParams(params: ParamSpec[]): { required: ParamSpec[]; optional: ParamSpec[] } {
  return { required: params.filter((p) => p.default === undefined), optional: params.filter((p) => p.default !== undefined) };
}

function returnPlaceholder(functionName: string, returns: ParamType, params: ParamSpec[], options: PrintOptions): string[] {
  const pad = options.indent;
  if (returns.optional) return [`${pad}return None`];
  if (returns.container === 'list') return [`${pad}return []`];
  if (returns.container === 'dict') return [`${pad}return {}`];
  const scalar: Record<string, string> = { int: '0', float: '0.0', bool: 'True' };
  if (returns.scalar !== 'str') return [`${pad}return ${scalar[returns.scalar] as string}`];
  if (params.length === 0) return [`${pad}return "${functionName} done"`];
  const dict = bracket('{', params.map((p) => concat(str(p.name), atom(`: ${p.name}`))), '}');
  return [...print(dict, 1, 'arguments = ', '', options), `${pad}return f"${functionName} received {arguments}"`];
}

function renderFunction(
  spec: HandlerSpec,
  decorator: Py,
  signature: { isAsync: boolean; params: Py[]; returns: ParamType },
  body: string[],
  options: PrintOptions,
): string {
  const lines = print(decorator, 0, '@', '', options);
  const head = bracket(`${signature.isAsync ? 'async ' : ''}def ${spec.function}(`, signature.params, ')');
  lines.push(...print(head, 0, '', ` -> ${typeText(signature.returns)}:`, options));
  if (docstringFits(spec.description, options)) lines.push(`${options.indent}"""${spec.description}"""`);
  lines.push(...body);
  return lines.join('\n');
}

/** `description=...` in the decorator, when the docstring cannot carry the text exactly. */
function descriptionArgument(description: string, options: PrintOptions): Py[] {
  return description === '' || docstringFits(description, options) ? [] : [keyword('description', str(description))];
}

function renderTool(spec: ToolSpec, context: RenderContext, options: PrintOptions): RenderedHandler {
  const imports: ImportNeed[] = [];
  const args: Py[] = [];
  if (spec.name !== spec.function) args.push(keyword('name', str(spec.name)));
  if (spec.title !== undefined && spec.title !== '') args.push(keyword('title', str(spec.title)));
  args.push(...descriptionArgument(spec.description, options));
  const hints = (Object.keys(ANNOTATION_FIELDS) as Array<keyof ToolSpec['annotations']>).filter((flag) => spec.annotations[flag] === true);
  if (hints.length > 0) {
    const field = (flag: keyof ToolSpec['annotations']): string => ANNOTATION_FIELDS[flag][context.flavor === 'mcpserver' ? 0 : 1];
    args.push(keyword('annotations', call('ToolAnnotations', hints.map((flag) => keyword(field(flag), atom('True'))))));
    imports.push({ module: 'mcp.types', name: 'ToolAnnotations' });
  }
  const { required, optional } = orderedParams(spec.params);
  const params = [...required.map(paramNode)];
  if (spec.context) {
    params.push(atom('ctx: Context'));
    imports.push(CONTEXT_IMPORT[context.flavor]);
  }
  params.push(...optional.map(paramNode));
  if (spec.params.some((p) => p.description !== undefined)) imports.push(...PARAMETER_IMPORTS);
  const pad = options.indent;
  const progress = spec.context
    ? [
        `${pad}await ctx.report_progress(0, 1, "Started")`,
        `${pad}# The real work goes here; report progress as it advances.`,
        `${pad}await ctx.report_progress(1, 1, "Done")`,
      ]
    : [];
  const placeholder = returnPlaceholder(spec.function, spec.returns, [...required, ...optional], options);
  const body = [...deferredDefaults(optional, options), ...progress, ...placeholder];
  const decorator = call(`${context.variable}.tool`, args);
  const code = renderFunction(spec, decorator, { isAsync: spec.isAsync || spec.context, params, returns: spec.returns }, body, options);
  return { code, imports };
}

const STR: ParamType = { scalar: 'str', container: 'none', optional: false };

function renderResource(spec: ResourceSpec, context: RenderContext, options: PrintOptions): RenderedHandler {
  const args: Py[] = [str(spec.uri)];
  if (spec.mimeType !== undefined && spec.mimeType !== '') args.push(keyword('mime_type', str(spec.mimeType)));
  args.push(...descriptionArgument(spec.description, options));
  const params: ParamSpec[] = spec.placeholders.map((name) => ({ name, type: STR }));
  const body = returnPlaceholder(spec.function, STR, params, options);
  const decorator = call(`${context.variable}.resource`, args);
  const signature = { isAsync: false, params: params.map(paramNode), returns: STR };
  return { code: renderFunction(spec, decorator, signature, body, options), imports: [] };
}

function renderPrompt(spec: PromptSpec, context: RenderContext, options: PrintOptions): RenderedHandler {
  const args: Py[] = [];
  if (spec.name !== spec.function) args.push(keyword('name', str(spec.name)));
  args.push(...descriptionArgument(spec.description, options));
  const { required, optional } = orderedParams(spec.args);
  const imports = spec.args.some((a) => a.description !== undefined) ? [...PARAMETER_IMPORTS] : [];
  const body = [...deferredDefaults(optional, options), ...returnPlaceholder(spec.function, STR, [...required, ...optional], options)];
  const decorator = call(`${context.variable}.prompt`, args);
  const params = [...required, ...optional].map(paramNode);
  return { code: renderFunction(spec, decorator, { isAsync: false, params, returns: STR }, body, options), imports };
}

export function renderHandler(spec: HandlerSpec, context: RenderContext): RenderedHandler {
  const options: PrintOptions = { lineLength: context.lineLength, indent: '    ' };
  if (spec.kind === 'tool') return renderTool(spec, context, options);
  if (spec.kind === 'resource') return renderResource(spec, context, options);
  return renderPrompt(spec, context, options);
}
