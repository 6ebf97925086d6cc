// The direct command's routing and flag handling, unknown-flag detection and --help layout: pure functions.
import assert from 'node:assert/strict';
import { COMMANDS, route, summaryOf } from '../../generators/lib/commands.js';
import { translateEnvFlags, withCamelCaseFlags } from '../../generators/lib/cli/main.js';
import { closestFlag, flagNames, tokensAfterNamespace, unknownFlagProblem } from '../../generators/lib/flags.js';
import { commandFor, helpText, wrap } from '../../generators/lib/help.js';

describe('the mcp-python command line', () => {
  it('routes the first word to its command, and anything else to the app', () => {
    assert.equal(route(['tool', 'add_note']).command.name, 'tool');
    assert.deepEqual(route(['tool', 'add_note']).rest, ['add_note']);
    assert.equal(route(['my-server', '--yes']).command.name, 'app');
    assert.deepEqual(route(['my-server', '--yes']).rest, ['my-server', '--yes']);
    assert.equal(route([]).command.name, 'app');
    assert.deepEqual(COMMANDS.map((command) => command.name).slice(0, 1), ['app']);
  });

  it('hands --env over as --env-var, and not after --', () => {
    assert.deepEqual(translateEnvFlags(['cursor', '--env', 'A=1', '--env=B=2', '--', '--env']), ['cursor', '--env-var', 'A=1', '--env-var=B=2', '--', '--env']);
  });

  it('adds the camelCase spelling of every dashed flag, as yo does', () => {
    const options: Record<string, unknown> = { 'skip-install': true, skipGit: false, 'skip-git': true };
    withCamelCaseFlags(options);
    assert.equal(options['skipInstall'], true);
    assert.equal(options['skipGit'], false);
  });

  it('reads the flags typed, in either spelling, up to --', () => {
    assert.deepEqual(flagNames(['x', '--yes', '--skipInstall', '--transport=stdio', '-y', '--no-git', '--', '--later']), ['yes', 'skip-install', 'transport', 'y', 'no-git']);
    assert.deepEqual(flagNames(['-1', 'a-b']), []);
  });

  it('finds the tokens after the generator on the command line, mcp-python standing for mcp-python:app', () => {
    assert.deepEqual(tokensAfterNamespace('mcp-python:app', ['node', 'yo', 'mcp-python', 'x', '--yes']), ['x', '--yes']);
    assert.deepEqual(tokensAfterNamespace('mcp-python:tool', ['node', 'yo', 'mcp-python:tool', '--force']), ['--force']);
    assert.deepEqual(tokensAfterNamespace('mcp-python:tool', ['node', 'mocha', 'test.ts']), []);
  });

  it('names the closest known flag for a misspelling, and none for something unrelated', () => {
    assert.equal(closestFlag('transprt', ['transport', 'python']), 'transport');
    assert.equal(closestFlag('parm', ['param', 'arg']), 'param');
    assert.equal(closestFlag('zzzzzzzz', ['transport', 'python']), undefined);
  });

  it('accepts declared flags, their aliases and negations, and yo\'s own; refuses anything else', () => {
    const options = [{ name: 'yes', alias: 'y' }, { name: 'transport' }, { name: 'skip-install' }];
    assert.equal(unknownFlagProblem(['yes', 'y', 'no-transport', 'skip-install', 'help', 'force', 'version'], options, 'yo mcp-python'), undefined);
    assert.equal(unknownFlagProblem(['transprt'], options, 'yo mcp-python'), 'Unknown option --transprt. Did you mean --transport? `yo mcp-python --help` lists the options.');
    assert.equal(unknownFlagProblem(['q'], options, 'mcp-python'), 'Unknown option -q. `mcp-python --help` lists the options.');
  });
});

describe('--help', () => {
  it('names the command as typed under yo and under mcp-python', () => {
    assert.equal(commandFor('mcp-python:app', false), 'yo mcp-python');
    assert.equal(commandFor('mcp-python:tool', false), 'yo mcp-python:tool');
    assert.equal(commandFor('mcp-python:app', true), 'mcp-python');
    assert.equal(commandFor('mcp-python:tool', true), 'mcp-python tool');
  });

  it('wraps at spaces', () => {
    assert.deepEqual(wrap('one two three four', 9), ['one two', 'three', 'four']);
  });

  it('lists our options first, leaves Yeoman\'s internal ones out and stays within the width', () => {
    const text = helpText({
      command: 'yo mcp-python',
      description: 'Create a project',
      arguments: [{ name: 'name', description: 'Project name' }],
      options: [
        { name: 'help', alias: 'h', type: Boolean, description: 'help' },
        { name: 'skip-cache', type: Boolean, description: 'Do not remember prompt answers' },
        { name: 'skip-install', type: Boolean, description: 'Do not run uv sync' },
        { name: 'transport', type: String, description: 'Default transport: stdio or streamable-http. '.repeat(4) },
        { name: 'yes', alias: 'y', type: Boolean, description: 'Take the defaults' },
      ],
      width: 80,
    });
    const lines = text.split('\n');
    assert.equal(lines[0], 'Usage: yo mcp-python [name] [options]');
    assert.ok(!text.includes('skip-cache'));
    assert.ok(lines.every((line) => line.length <= 80), text);
    const order = ['--transport', '--yes', '--skip-install', '--help'].map((flag) => lines.findIndex((line) => line.includes(flag)));
    assert.deepEqual([...order].sort((a, b) => a - b), order, text);
    assert.match(text, /^ {2}-y, --yes +Take the defaults$/m);
  });

  it('lays out help whole: required arguments, plain descriptions, defaults, repeatable values, long labels, examples', () => {
    const text = helpText({
      command: 'mcp-python tool',
      description: 'Add a tool',
      arguments: [{ name: 'name', required: true, description: 'The `name` clients see' }, { name: 'extra' }],
      options: [
        { name: 'param', type: String, description: '`NAME:TYPE`, repeatable' },
        { name: 'returns', type: String, description: 'Return type', defaultText: '`str`' },
        { name: 'quiet', type: Boolean },
        { name: 'a-very-long-option-name-indeed', type: String, description: 'Long' },
        { name: 'secret', type: String, description: 'Not for the help' },
      ],
      unlisted: ['secret'],
      examples: 'Examples:\n  mcp-python tool ping\n\n',
      width: 60,
    });
    assert.equal(text, [
      'Usage: mcp-python tool <name> [extra] [options]',
      '',
      'Add a tool',
      '',
      'Arguments:',
      '  name   The name clients see',
      '  extra',
      '',
      'Options:',
      // Labels pad to 30 columns at most; a longer one stands alone, its text below at column 34.
      '      --param <value>...          NAME:TYPE, repeatable',
      '      --returns <value>           Return type (default: str)',
      '      --quiet',
      '      --a-very-long-option-name-indeed <value>',
      '                                  Long',
      '  -h, --help                      Print this help',
      '',
      'Examples:',
      '  mcp-python tool ping',
    ].join('\n'));
  });

  it("gives each generator its command's summary, and none to an unknown namespace", () => {
    const tool = COMMANDS.find((command) => command.name === 'tool');
    assert.ok(tool !== undefined && tool.summary !== '');
    assert.equal(summaryOf('mcp-python:tool'), tool.summary);
    assert.equal(summaryOf('mcp-python:nothing'), '');
  });

  it('spells a namespace as typed under yo and under the direct command', () => {
    assert.deepEqual(
      [commandFor('mcp-python', false), commandFor('mcp-python', true), commandFor('mcp-python:tool', false), commandFor('mcp-python:tool', true)],
      ['yo mcp-python', 'mcp-python', 'yo mcp-python:tool', 'mcp-python tool'],
    );
  });
});
