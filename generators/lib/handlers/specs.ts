// What a new handler is, independent of how it was asked for: the generators fill these in from
// options and answers, the renderers and the module editor read them.
import type { ParamType, PyValue } from './param-types.js';

export interface ParamSpec {
  name: string;
  type: ParamType;
  /** Absent: the parameter is required. */
  default?: { value: PyValue };
  description?: string;
}

export interface ToolAnnotationFlags {
  readOnly?: boolean;
  destructive?: boolean;
  idempotent?: boolean;
  openWorld?: boolean;
}

export interface ToolSpec {
  kind: 'tool';
  /** The MCP name clients see. */
  name: string;
  function: string;
  description: string;
  title?: string;
  params: ParamSpec[];
  returns: ParamType;
  isAsync: boolean;
  context: boolean;
  annotations: ToolAnnotationFlags;
}

export interface ResourceSpec {
  kind: 'resource';
  uri: string;
  function: string;
  description: string;
  mimeType?: string;
  /** The `{placeholders}` of a template URI, in order; empty for a static resource. */
  placeholders: string[];
  /** Placeholder -> values clients may complete (`--choices`). */
  choices?: Record<string, string[]>;
}

export interface PromptSpec {
  kind: 'prompt';
  name: string;
  function: string;
  description: string;
  args: ParamSpec[];
  /** Argument -> values clients may complete (`--choices`). */
  choices?: Record<string, string[]>;
}

export type HandlerSpec = ToolSpec | ResourceSpec | PromptSpec;

/** The name (tools, prompts) or URI (resources) a handler is served under. */
export function servedKey(spec: HandlerSpec): string {
  return spec.kind === 'resource' ? spec.uri : spec.name;
}
