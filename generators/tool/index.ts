// `yo mcp-python:tool <name>`: adds a tool to the existing server module, with its test, its README
// line and its record in .yo-rc.json.
import { HandlerGenerator, type HandlerGeneratorOptions } from '../lib/handlers/handler-generator.js';
import type { ToolSpec } from '../lib/handlers/specs.js';
import { askToolSpec, TOOL_ARGUMENT, TOOL_OPTIONS } from './options.js';

export default class ToolGenerator extends HandlerGenerator {
  spec!: ToolSpec;

  constructor(args: string[], options: HandlerGeneratorOptions) {
    super(args, options);
    this._declareArgument(TOOL_ARGUMENT);
    this._declareOptions(TOOL_OPTIONS);
  }

  async initializing(): Promise<void> {
    await this._enterProject();
    this._locateServer();
  }

  async prompting(): Promise<void> {
    this.spec = await askToolSpec(this._asker(), this.server);
    await this._askForce();
  }

  writing(): void {
    this._logAdded(this.spec, `the tool "${this.spec.name}"`);
    this._grow(this.spec);
  }
}
