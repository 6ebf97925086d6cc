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
  // The first line by any line break a reader (or a regular expression) knows, without control characters.
  const summary = (spec.description.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)[0] ?? '').replace(/\p{Cc}/gu, ' ').trim();
  const fence = label.includes('`') ? '``' : '`';
  return summary === '' ? `- ${fence}${label}${fence}` : `- ${fence}${label}${fence}: ${summary}`;
}

/** The README with the bullet added, or undefined when its needle is gone. */
export function addReadmeBullet(readme: string, spec: HandlerSpec): string | undefined {
  // The needle counts only as a line of its own: a description quoting it stays inside its bullet.
  const needleLine = new RegExp(`^[ \\t]*${NEEDLES[spec.kind]}[ \\t]*\\r?$`, 'm').exec(readme);
  if (needleLine === null) return undefined;
  const lineStart = needleLine.index;
  return readme.slice(0, lineStart) + readmeBullet(spec) + detectNewline(readme) + readme.slice(lineStart);
}
