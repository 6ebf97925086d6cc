// `yo mcp-python:resource <uri>`: adds a resource (a template when the URI has {placeholders}) to the
// existing server module, with its test, its README line and its record in .yo-rc.json.
import { HandlerGenerator, type HandlerGeneratorOptions } from '../lib/handlers/handler-generator.js';
import type { ResourceSpec } from '../lib/handlers/specs.js';
import { askResourceSpec, RESOURCE_ARGUMENT, RESOURCE_OPTIONS } from './options.js';

export default class ResourceGenerator extends HandlerGenerator {
  spec!: ResourceSpec;

  constructor(args: string[], options: HandlerGeneratorOptions) {
    super(args, options);
    this._declareArgument(RESOURCE_ARGUMENT);
    this._declareOptions(RESOURCE_OPTIONS);
  }

  async initializing(): Promise<void> {
    await this._enterProject();
    this._locateServer();
  }

  async prompting(): Promise<void> {
    this.spec = await askResourceSpec(this._asker(), this.server);
    await this._askForce();
  }

  writing(): void {
    this._logAdded(this.spec, `the ${this.spec.placeholders.length > 0 ? 'resource template' : 'resource'} "${this.spec.uri}"`);
    this._grow(this.spec);
  }
}
