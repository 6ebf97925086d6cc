// `yo mcp-python:client-config <claude-desktop|claude-code|cursor|vscode|windsurf>`: registers the
// server with any of the five supported MCP clients.
import type { PromptQuestions } from 'yeoman-generator';
import { CLIENT_IDS, CLIENTS, type ClientId, validateClient } from '../lib/client-config/clients.js';
import { ClientRegistrationGenerator, type ClientConfigOptions } from '../lib/client-config/client-config-generator.js';
import { refuse } from '../lib/errors.js';
import { choicePromptType } from '../lib/prompt-types.js';

const CLIENT_QUESTION = 'Which MCP client should start this server?';

type ClientConfigGeneratorOptions = ClientConfigOptions & { client?: string };

export default class ClientConfigGenerator extends ClientRegistrationGenerator {
  _client?: ClientId;

  constructor(args: string[], options: ClientConfigGeneratorOptions) {
    super(args, options);
    const clients = `One of ${CLIENT_IDS.map((id) => `\`${id}\``).join(', ')}`;
    const description = `${clients} (also \`--client\`)`;
    this._declareArgument({ name: 'client', type: String, required: false, description, question: CLIENT_QUESTION });
    this._declareOptions([{ name: 'client', type: String, description: clients, question: CLIENT_QUESTION }]);
  }

  async initializing(): Promise<void> {
    await this._enterAndCheck();
    const given = (this.options as ClientConfigGeneratorOptions).client;
    if (given !== undefined) {
      const problem = validateClient(given);
      if (problem !== true) refuse(problem);
      this._client = given as ClientId;
    }
  }

  async prompting(): Promise<void> {
    if (this._client !== undefined) return;
    // Yeoman UI passes no positional arguments, so the client is asked for; with --yes there is no one to ask.
    if (this._yes()) refuse(`Name the client: yo mcp-python:client-config <${CLIENT_IDS.join('|')}>.`);
    const question = {
      type: choicePromptType(this.env.adapter),
      name: 'client',
      message: CLIENT_QUESTION,
      choices: CLIENT_IDS.map(id => ({ name: CLIENTS[id].label, value: id })),
    };
    const { client } = await this.prompt<{ client: ClientId }>([question] as unknown as PromptQuestions<{ client: ClientId }>);
    this._client = client;
  }

  configuring(): void {
    this._makePlan(this._client!);
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
}
