// Small syntax-tree helpers the migrations share: comparing code modulo layout and comments, reading
// literals, renaming identifiers and finding the names a piece of code uses.
import { applyEdits, type TextEdit } from '../python/edits.js';
import { childrenOf, type SyntaxNode, textOf } from '../python/parse.js';
import { positionAt } from '../text.js';
import { decodeStringLiteral } from '../python/string-literal.js';

/** A docstring: the first statement of a body or module, when it is a lone string. */
function isDocstring(node: SyntaxNode): boolean {
  if (node.name !== 'ExpressionStatement' || node.firstChild?.name !== 'String' || node.firstChild.nextSibling) return false;
  const siblings = node.parent ? childrenOf(node.parent).filter((child) => child.name !== 'Comment' && child.name !== ':') : [];
  return siblings[0]?.from === node.from;
}

/**
 * The tokens of `node`, without comments, docstrings or commas, the server variable spelled `server`:
 * two pieces of code with the same fingerprint differ only in layout.
 */
export function fingerprint(source: string, node: SyntaxNode, variable: string, skip: readonly SyntaxNode[] = []): string {
  const tokens: string[] = [];
  const walk = (current: SyntaxNode): void => {
    if (
      current.name === 'Comment' ||
      isDocstring(current) ||
      skip.some((skipped) => skipped.from === current.from && skipped.to === current.to)
    )
      return;
    if (current.name === 'String' || current.name === 'FormatString') tokens.push(textOf(source, current));
    else if (current.name === 'VariableName') tokens.push(textOf(source, current) === variable ? 'server' : textOf(source, current));
    else if (!current.firstChild) {
      const text = textOf(source, current).trim();
      if (text !== '' && text !== ',') tokens.push(text);
    } else for (const child of childrenOf(current)) walk(child);
  };
  walk(node);
  return tokens.join(' ');
}

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** The value of a Python literal (dicts, lists, strings, numbers, True/False/None), or undefined. */
export function literalValue(source: string, node: SyntaxNode | null | undefined): Literal | undefined {
  if (!node) return undefined;
  const items = childrenOf(node).filter((child) => !['(', ')', '[', ']', '{', '}', ',', ':', 'Comment'].includes(child.name));
  switch (node.name) {
    case 'String':
      return decodeStringLiteral(textOf(source, node));
    case 'Number': {
      const value = Number(textOf(source, node).replace(/_/g, ''));
      return Number.isFinite(value) ? value : undefined;
    }
    case 'UnaryExpression': {
      const value = literalValue(source, node.lastChild);
      return typeof value === 'number' && textOf(source, node).trim().startsWith('-') ? -value : undefined;
    }
    case 'Boolean':
      return textOf(source, node) === 'True';
    case 'None':
      return null;
    case 'ArrayExpression':
    case 'TupleExpression': {
      const values = items.map((item) => literalValue(source, item));
      return values.every((value) => value !== undefined) ? (values as Literal[]) : undefined;
    }
    case 'DictionaryExpression': {
      const result: Record<string, Literal> = {};
      for (let index = 0; index + 1 < items.length; index += 2) {
        const key = literalValue(source, items[index]);
        const value = literalValue(source, items[index + 1]);
        if (typeof key !== 'string' || value === undefined) return undefined;
        result[key] = value;
      }
      return items.length % 2 === 0 ? result : undefined;
    }
    default:
      return undefined;
  }
}

/** The keyword argument `name=` of a call's ArgList, as its value node. */
export function keywordArgument(argList: SyntaxNode | null, source: string, name: string): SyntaxNode | undefined {
  if (!argList) return undefined;
  const children = childrenOf(argList);
  for (let index = 0; index + 2 < children.length; index++) {
    const child = children[index] as SyntaxNode;
    if (child.name === 'VariableName' && textOf(source, child) === name && children[index + 1]?.name === 'AssignOp')
      return children[index + 2];
  }
  return undefined;
}

/** The positional arguments of a call's ArgList. */
export function positionalArguments(argList: SyntaxNode | null): SyntaxNode[] {
  if (!argList) return [];
  const children = childrenOf(argList).filter((child) => !['(', ')', ',', 'Comment'].includes(child.name));
  const positional: SyntaxNode[] = [];
  for (let index = 0; index < children.length; index++) {
    if (children[index + 1]?.name === 'AssignOp') {
      index += 2;
      continue;
    }
    const child = children[index] as SyntaxNode;
    if (child.name !== 'AssignOp') positional.push(child);
  }
  return positional;
}

/** Every identifier `node` reads or binds (its VariableName tokens). */
export function namesUsed(source: string, node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  eachNode(node, (current) => {
    if (current.name === 'VariableName') names.add(textOf(source, current));
  });
  return names;
}

/** Calls `visit` on `node` and every node inside it, in source order. */
export function eachNode(node: SyntaxNode, visit: (current: SyntaxNode) => void): void {
  visit(node);
  for (let child = node.firstChild; child; child = child.nextSibling) eachNode(child, visit);
}

export function lineOf(source: string, offset: number): number {
  return positionAt(source, offset).line;
}

/** The text of `node` with each identifier renamed by `renames` (a MemberExpression's property is never renamed). */
export function renamedText(source: string, node: SyntaxNode, renames: ReadonlyMap<string, string>, extra: TextEdit[] = []): string {
  const edits: TextEdit[] = [...extra];
  eachNode(node, (current) => {
    if (current.name !== 'VariableName') return;
    const renamed = renames.get(textOf(source, current));
    const inside = extra.some((edit) => edit.from <= current.from && current.to <= edit.to);
    if (renamed !== undefined && !inside) edits.push({ from: current.from, to: current.to, text: renamed });
  });
  const shifted = edits.map((edit) => ({ ...edit, from: edit.from - node.from, to: edit.to - node.from }));
  return applyEdits(textOf(source, node), shifted);
}
