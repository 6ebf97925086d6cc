// Python names: keywords, built-ins, identifiers, and the snake_case a function name should have.

const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Soft keywords: legal names, but a handler called `match` or `type` only confuses readers. */
const PYTHON_SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match', 'type']);

/** A keyword or a soft keyword: never a name the generator gives to a package, function or parameter. */
export function isKeyword(name: string): boolean {
  return PYTHON_KEYWORDS.has(name) || PYTHON_SOFT_KEYWORDS.has(name);
}

/** Public names of the `builtins` module (CPython 3.11): generated code relies on `str`, `list`... */
export const PYTHON_BUILTINS: ReadonlySet<string> = new Set([
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
  'BlockingIOError', 'BrokenPipeError', 'BufferError', 'BytesWarning', 'ChildProcessError',
  'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
  'DeprecationWarning', 'EOFError', 'Ellipsis', 'EncodingWarning', 'EnvironmentError', 'Exception',
  'ExceptionGroup', 'False', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError', 'FutureWarning',
  'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
  'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
  'ModuleNotFoundError', 'NameError', 'None', 'NotADirectoryError', 'NotImplemented', 'NotImplementedError',
  'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError', 'ProcessLookupError',
  'RecursionError', 'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning',
  'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit',
  'TabError', 'TimeoutError', 'True', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
  'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
  'ValueError', 'Warning', 'ZeroDivisionError', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin',
  'bool', 'breakpoint', 'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'compile', 'complex',
  'copyright', 'credits', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'exit', 'filter',
  'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'help', 'hex', 'id', 'input',
  'int', 'isinstance', 'issubclass', 'iter', 'len', 'license', 'list', 'locals', 'map', 'max', 'memoryview',
  'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'quit', 'range', 'repr',
  'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple',
  'type', 'vars', 'zip',
]);

/** ASCII identifiers only: PEP 3131 allows more, but MCP names and most tooling do not. */
export function isPythonIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** `addNote`, `add-note`, `Add Note` -> `add_note`. */
export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '') // one at each end at most: the line above joined each run
    .toLowerCase();
}

/** Names ruff refuses as easily misread (`l`, `O`, `I` look like 1 and 0): E741 for variables, E742/E743 for classes and functions. */
export function isAmbiguousName(name: string): boolean {
  return name === 'l' || name === 'O' || name === 'I';
}

/** The refusal for an ambiguous name (see isAmbiguousName). */
export function ambiguousNameProblem(what: string, name: string): string {
  return `${what} "${name}" reads like 1 or 0, and ruff refuses it (E741/E743); choose another name, for example "${name}_value".`;
}

/** Why `name` cannot be a new module-level Python name, or true. */
export function validatePythonName(name: string, what: string): true | string {
  if (!isPythonIdentifier(name)) {
    return `${what} "${name}" is not a Python identifier: use ASCII letters, digits and "_", not starting with a digit.`;
  }
  if (isKeyword(name)) {
    return `${what} "${name}" is a Python keyword; choose another name, for example "${name}_value".`;
  }
  if (isAmbiguousName(name)) return ambiguousNameProblem(what, name);
  if (PYTHON_BUILTINS.has(name)) {
    return `${what} "${name}" would shadow Python's built-in \`${name}\`; choose another name, for example "${name}_value".`;
  }
  return true;
}
