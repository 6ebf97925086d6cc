// The project README lists handlers under ## Tools / ## Resources / ## Prompts; each list ends with a
// needle comment, and a new bullet goes just before it. A README without the needle is left alone.
import { detectNewline } from '../python/layout.js';
import type { HandlerSpec } from './specs.js';

const NEEDLES: Record<HandlerSpec['kind'], string> = {
  tool: '<!-- mcp-python:tools -->',
  resource: '<!-- mcp-python:resources -->',
  prompt: '<!-- mcp-python:prompts -->',
};

export function readmeNeedle(kind: HandlerSpec['kind']): string {
  return NEEDLES[kind];
}

/** `- \`name\`: first line of the description` */
export function readmeBullet(spec: HandlerSpec): string {
  const label = spec.kind === 'resource' ? spec.uri : spec.name;
  const summary = spec.description.split(/\r?\n/)[0]?.trim() ?? '';
  const fence = label.includes('`') ? '``' : '`';
  return summary === '' ? `- ${fence}${label}${fence}` : `- ${fence}${label}${fence}: ${summary}`;
}

/** The README with the bullet added, or undefined when its needle is gone. */
export function addReadmeBullet(readme: string, spec: HandlerSpec): string | undefined {
  const needle = NEEDLES[spec.kind];
  const at = readme.indexOf(needle);
  if (at === -1) return undefined;
  const lineStart = readme.lastIndexOf('\n', at - 1) + 1;
  return readme.slice(0, lineStart) + readmeBullet(spec) + detectNewline(readme) + readme.slice(lineStart);
}
