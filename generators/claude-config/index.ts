// `yo mcp-python:claude-config [--scope user|project]`: registers the server with Claude Desktop (user
// scope) or with Claude Code through the project's .mcp.json (project scope).
import type { ClientId } from '../lib/client-config/clients.js';
import { ClientRegistrationGenerator, type ClientConfigOptions } from '../lib/client-config/client-config-generator.js';
import { validateScope } from '../lib/client-config/entry.js';
import { refuse } from '../lib/errors.js';

type ClaudeConfigOptions = ClientConfigOptions & { scope?: string };

export default class ClaudeConfigGenerator extends ClientRegistrationGenerator {
  constructor(args: string[], options: ClaudeConfigOptions) {
    super(args, options);
    this._declareOptions([
      {
        name: 'scope',
        type: String,
        description: '`user`: Claude Desktop; `project`: Claude Code (`.mcp.json` in the project)',
        defaultText: '`user`',
      },
    ]);
  }

  async initializing(): Promise<void> {
    await this._enterAndCheck();
    const scope = validateScope(this._scope());
    if (scope !== true) refuse(scope);
  }

  configuring(): void {
    const client: ClientId = this._scope() === 'project' ? 'claude-code' : 'claude-desktop';
    this._makePlan(client);
  }

  async conflicts(): Promise<void> {
    await this._decide();
  }

  install(): void {
    this._write();
  }

  end(): void {
    this._report();
  }

  _scope(): string {
    return String((this.options as ClaudeConfigOptions).scope ?? 'user');
  }
}
