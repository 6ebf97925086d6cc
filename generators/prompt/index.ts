// `yo mcp-python:prompt <name>`: adds a prompt to the existing server module, with its test, its
// README line and its record in .yo-rc.json.
import { HandlerGenerator, type HandlerGeneratorOptions } from '../lib/handlers/handler-generator.js';
import type { PromptSpec } from '../lib/handlers/specs.js';
import { askPromptSpec, PROMPT_ARGUMENT, PROMPT_OPTIONS } from './options.js';

export default class PromptGenerator extends HandlerGenerator {
  spec!: PromptSpec;

  constructor(args: string[], options: HandlerGeneratorOptions) {
    super(args, options);
    this._declareArgument(PROMPT_ARGUMENT);
    this._declareOptions(PROMPT_OPTIONS);
  }

  async initializing(): Promise<void> {
    await this._enterProject();
    this._locateServer();
  }

  async prompting(): Promise<void> {
    this.spec = await askPromptSpec(this._asker(), this.server);
    await this._askForce();
  }

  writing(): void {
    this._logAdded(this.spec, `the prompt "${this.spec.name}"`);
    this._grow(this.spec);
  }
}
