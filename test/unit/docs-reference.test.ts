// The docs that come from the code: docs/reference/*.md and the README's flag table match what
// `npm run docs:reference` makes from the generators' definitions now, and every generator's --help
// ends with its USAGE examples, spelled as the user typed the command, every flag in them declared.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { COMMANDS, namespaceOf } from '../../generators/lib/commands.js';
import { flagNames, unknownFlagProblem } from '../../generators/lib/flags.js';
import { commandFor, spelledFor, usageFile } from '../../generators/lib/help.js';
import { cell, createGenerator, referenceFiles, REGENERATE, replaceRegion } from '../../scripts/reference/pages.js';
import { repoRoot } from '../helpers/generators.js';
import { usageExamples } from '../helpers/usage.js';


describe('docs generated from the definitions', () => {
  it('docs/reference/*.md and the README table are what the definitions make', async function () {
    this.timeout(60_000);
    const files = await referenceFiles();
    assert.equal(files.size, COMMANDS.length + 2, [...files.keys()].join('\n'));
    for (const [path, expected] of files) {
      const committed = existsSync(path) ? readFileSync(path, 'utf8') : '(missing)';
      const lines = committed.split('\n');
      const first = expected.split('\n').findIndex((line, index) => line !== lines[index]);
      const where = first < 0 ? '' : ` (first difference at line ${first + 1}: ${JSON.stringify(lines[first])})`;
      assert.ok(committed === expected, `${relative(repoRoot, path)} is out of date${where}: run \`${REGENERATE}\` and commit the result.`);
    }
  });

  it('keeps the README\'s first set-up block, and refuses a README without the markers', () => {
    const readme = readFileSync(`${repoRoot}/README.md`, 'utf8');
    assert.match(readme, /^# generator-mcp-python\n\n```sh\nexport PATH="\$HOME\/\.local\/bin:\$PATH" && .*mcp-python my-server\nnpm ci && npm test\n```\n/);
    assert.throws(() => replaceRegion('# no markers\n', 'app', 'x'), /README\.md has no <!-- reference:app:start -->/);
    assert.equal(replaceRegion('a\n<!-- reference:app:start -->\nold\n<!-- reference:app:end -->\nb\n', 'app', 'new'), 'a\n<!-- reference:app:start -->\nnew\n<!-- reference:app:end -->\nb\n');
  });

  it('escapes table cells outside code spans only', () => {
    assert.equal(cell('a `X | None` <name> | b'), 'a `X \\| None` &lt;name&gt; \\| b');
  });
});

describe('USAGE examples in --help', () => {
  for (const command of COMMANDS) {
    it(`${command.name}: --help ends with its USAGE, spelled for yo and for mcp-python, within 100 columns`, async () => {
      const generator = await createGenerator(command);
      const usage = usageFile(generator);
      assert.ok(usage !== undefined, `generators/${command.name}/USAGE is missing`);
      const viaYo = generator.help();
      const direct = (await createGenerator(command, true)).help();
      assert.ok(viaYo.endsWith(`\n\n${usage.trimEnd()}`), viaYo);
      assert.ok(direct.endsWith(`\n\n${spelledFor(usage, true).trimEnd()}`), direct);
      const typed = commandFor(namespaceOf(command), true);
      assert.ok(direct.includes(`\n  ${typed} `), `no \`${typed} …\` example in:\n${direct}`);
      assert.ok(!direct.includes('yo mcp-python'), direct);
      for (const line of [...viaYo.split('\n'), ...direct.split('\n')]) assert.ok(line.length <= 100, `longer than 100 columns: ${line}`);
    });

    it(`${command.name}: every example uses only flags the generator declares`, async () => {
      const generator = await createGenerator(command);
      const examples = usageExamples(usageFile(generator) ?? '');
      assert.ok(examples.length >= 2, `fewer than two examples for ${command.name}`);
      for (const example of examples) {
        assert.equal(example.command, command.name, example.line);
        const problem = unknownFlagProblem(flagNames(example.args), Object.values(generator._options), commandFor(namespaceOf(command), false));
        assert.equal(problem, undefined, example.line);
      }
    });
  }

  it('spells `yo mcp-python[:sub]` as the direct command does', () => {
    assert.equal(spelledFor('  yo mcp-python x\n  yo mcp-python:tool y', true), '  mcp-python x\n  mcp-python tool y');
    assert.equal(spelledFor('  yo mcp-python:tool y', false), '  yo mcp-python:tool y');
  });
});
