// The extractor behind the docs tests: which lines of a page are commands, and how marks apply.
import assert from 'node:assert/strict';
import { blockScript, shellBlocks } from '../helpers/doc-commands.js';

const PAGE = `# A page

\`\`\`sh
mcp-python my-server --yes   # a comment stays with its command
cd my-server

# a comment line is no command
yo mcp-python:tool a_tool \\
  --param city:str --force
\`\`\`

\`\`\`text
not a command
\`\`\`

\`\`\`console
$ uv run pytest -q
15 passed
\`\`\`

<!-- not-run: needs a GUI -->
\`\`\`bash
open-the-app
\`\`\`

<!-- not-run \`docker build .\`: needs a Docker daemon -->
\`\`\`sh
uv lock
docker build .   # builds the image
uv run my-server   # serves: over stdio
uvx my-server   # not-run: on PyPI once published
\`\`\`
`;

describe('doc commands', () => {
  const blocks = shellBlocks(PAGE, 'page.md');

  it('takes sh, bash, console and shell blocks, one command per line, continuations joined', () => {
    assert.equal(blocks.length, 4);
    assert.deepEqual(blocks[0]?.commands.map(command => [command.line, command.text]), [
      [4, 'mcp-python my-server --yes   # a comment stays with its command'],
      [5, 'cd my-server'],
      [8, 'yo mcp-python:tool a_tool \\\n  --param city:str --force'],
    ]);
  });

  it('takes only the $ lines of a console block', () => {
    assert.deepEqual(blocks[1]?.commands.map(command => command.text), ['uv run pytest -q']);
  });

  it('applies a mark before a block to all of it, or to the one command it names', () => {
    assert.deepEqual(blocks[2]?.commands.map(command => command.notRun), ['needs a GUI']);
    assert.deepEqual(blocks[3]?.commands.map(command => command.notRun), [undefined, 'needs a Docker daemon', undefined, 'on PyPI once published']);
    assert.equal(blocks[3]?.commands[2]?.serves, 'over stdio');
  });

  it('takes marks right after a closing fence for the block just closed', () => {
    const after = shellBlocks('```sh\nnpm ci\nnpm test\n```\n<!-- not-run `npm test`: recursion -->\n', 'after.md');
    assert.deepEqual(after[0]?.commands.map(command => command.notRun), [undefined, 'recursion']);
  });

  it('reports a mark without a reason, and one naming no command of its block, as unexplained', () => {
    const bare = shellBlocks('```sh\nrm -rf build   # not-run:\n```\n\n<!-- not-run `gone`: renamed -->\n```sh\nls\n```\n', 'bad.md');
    assert.equal(bare[0]?.commands[0]?.notRun, '');
    assert.deepEqual(bare[1]?.commands.map(command => [command.text, command.notRun]), [['ls', undefined], ['gone', '']]);
  });

  it('scripts a block: stops at the first failure, leaves out what is not run, stops a server after a while', () => {
    const script = blockScript(blocks[3]!);
    assert.match(script, /^set -e\n/);
    assert.match(script, /\nuv lock\n/);
    assert.doesNotMatch(script, /\ndocker build|\nuvx /);
    assert.match(script, /timeout --preserve-status -s TERM \d+ unshare -rn bash -c 'ip link set lo up && uv run my-server {3}# serves: over stdio'/);
  });
});
