// The sub-generators in a stand-in for Yeoman UI (test/helpers/yeoman-ui-host.ts): no arguments, no
// command-line options, destinationRoot(target) with the process's working folder elsewhere, a form
// that evaluates every function property and calls validate("") first, and a logger without
// `colored`/`ok`. The app generator (which runs uv sync in the wizard) is run in test/e2e.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Generator from 'yeoman-generator';
import { assertUnchanged, copyFixture, read, snapshot, type HandlerKind } from '../helpers/fixture-project.js';
import { loadGenerator, repoRoot } from '../helpers/generators.js';
import { inTurn, runInWizard, type ScriptedAnswer, type WizardRun } from '../helpers/yeoman-ui-host.js';

async function inWizard(name: HandlerKind | 'client-config' | 'claude-config', target: string, answers: Record<string, ScriptedAnswer>): Promise<WizardRun> {
  const run = await runInWizard({ ...(await loadGenerator(name)), packagePath: repoRoot }, target, answers);
  if (run.error !== undefined) throw new Error(`${run.error.message}\n--- output pane\n${run.output.join('\n')}`);
  return run;
}

const names = (run: WizardRun) => run.questions.map(question => `${question.name}:${question.type}`);

describe('the Yeoman UI stand-in itself', () => {
  const standIn = (questions: Array<Record<string, unknown>>) =>
    class StandIn extends Generator {
      async prompting(): Promise<void> {
        await this.prompt(questions as never);
      }
    };
  const run = (questions: Array<Record<string, unknown>>) =>
    runInWizard({ Generator: standIn(questions), namespace: 'stand-in:app', resolved: fileURLToPath(import.meta.url), packagePath: repoRoot }, dirname(copyFixture('fresh')));

  it('fails a run that asks a question type the wizard does not render', async () => {
    const { error } = await run([{ type: 'select', name: 'pick', message: 'Pick', choices: ['a', 'b'] }]);
    assert.match(String(error?.message), /renders no "select" question \(pick\)/);
  });

  it('fails a run whose validate throws on the empty value it sends when a page loads', async () => {
    const validate = (value: string) => {
      if (value === '') throw new Error('no value yet');
      return true;
    };
    const { error } = await run([{ type: 'input', name: 'text', message: 'Text', default: 'x', validate }]);
    assert.match(String(error?.message), /no value yet/);
  });
});

describe('the sub-generators in Yeoman UI', () => {
  it('tool: asks for everything, one page per question, each named after its flag', async () => {
    const project = copyFixture('fresh');
    const run = await inWizard('tool', project, {
      name: 'get-forecast',
      description: 'Forecast for a city.',
      paramName: inTurn('city', ''),
      paramType: 'str',
      context: true,
      annotations: ['read-only'],
      force: true,
    });
    assert.deepEqual(names(run), [
      'name:input', 'function:input', 'description:input', 'title:input', 'context:confirm',
      'paramName:input', 'paramType:list', 'paramDefault:input', 'paramDescription:input', 'paramName:input',
      'returns:list', 'annotations:checkbox', 'force:confirm',
    ]);
    assert.equal(new Set(run.pages.map(page => page[0]?.name)).has('value'), false);
    assert.match(read(project, 'src/demo_server/server.py'), /async def get_forecast\(city: str, ctx: Context\) -> str:/);
    assert.ok(existsSync(join(project, 'tests/test_tool_get_forecast.py')));
    assert.ok(run.questions.some(question => question.hint !== undefined), 'no question carries a hint');
  });

  it('asks for the project folder (a folder browser) when the target folder is not inside a project', async () => {
    const project = copyFixture('fresh');
    const workspace = dirname(project);
    const run = await inWizard('prompt', workspace, { 'project-root': 'fresh', name: 'plan', paramName: '', force: true });
    const [first] = run.questions;
    assert.equal(first?.name, 'project-root');
    assert.equal(first?.guiType, 'folder-browser');
    assert.match(String(first?.emptyValidation), /Choose the folder of an MCP server project/);
    assert.match(read(project, 'src/demo_server/server.py'), /^def plan\(/m);
    assert.equal(run.destinationRoot, project);
  });

  it('answers "diff" to the conflict question: the diff reaches the output pane, then "no" writes nothing', async () => {
    const project = copyFixture('fresh');
    const before = snapshot(project);
    const run = await inWizard('resource', project, { uri: 'config://app', description: 'App config.', action: inTurn('diff', 'skip') });
    const conflict = run.questions.filter(question => question.name === 'action');
    assert.deepEqual(conflict.map(question => question.type), ['expand', 'expand']);
    const pane = run.output.join('\n');
    assert.match(pane, /^\+@server\.resource\("config:\/\/app"\)$/m);
    assert.match(pane, /Nothing was written/);
    assertUnchanged(project, before);
  });

  it('answers every other conflict choice as the terminal would', async () => {
    for (const [action, written] of [['write', true], ['force', true], ['skip', false], ['abort', false]] as const) {
      const project = copyFixture('fresh');
      const run = await runInWizard({ ...(await loadGenerator('prompt')), packagePath: repoRoot }, project, { name: 'plan', paramName: '', action });
      assert.equal(/^def plan\(/m.test(read(project, 'src/demo_server/server.py')), written, action);
      assert.equal(run.error !== undefined, action === 'abort', `${action}: ${run.error?.message}`);
    }
  });

  it('client-config: asks which client, writes its file into the project', async () => {
    const project = copyFixture('fresh');
    const run = await inWizard('client-config', project, { client: 'cursor' });
    assert.deepEqual(names(run), ['client:list']);
    const config = JSON.parse(readFileSync(join(project, '.cursor/mcp.json'), 'utf8'));
    assert.ok(config.mcpServers['demo-server'], JSON.stringify(config));
  });

  it("claude-config: registers with Claude Desktop (a temporary user's config)", async () => {
    const project = copyFixture('fresh');
    const configFile = join(process.env['XDG_CONFIG_HOME'] as string, 'Claude', 'claude_desktop_config.json');
    mkdirSync(dirname(configFile), { recursive: true });
    await inWizard('claude-config', project, {});
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    assert.deepEqual(config.mcpServers['demo-server'].args.slice(0, 3), ['run', '--directory', project]);
  });
});
