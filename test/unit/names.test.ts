import assert from 'node:assert/strict';
import { validateDescription } from '../../generators/lib/descriptions.js';
import { deriveNames, validateEmail, validateProjectName } from '../../generators/lib/names.js';

describe('naming rules', () => {
  it('normalises the distribution name (PEP 503) and derives the import package and script', () => {
    assert.deepEqual(deriveNames('My.Weather__Tools'), {
      distributionName: 'my-weather-tools',
      packageName: 'my_weather_tools',
      scriptName: 'my-weather-tools',
    });
  });

  it('keeps the package off Python keywords and the modules it depends on', () => {
    assert.equal(deriveNames('class').packageName, 'class_server');
    assert.equal(deriveNames('match').packageName, 'match_server');
    assert.equal(deriveNames('MCP').packageName, 'mcp_server');
    assert.equal(deriveNames('tests').packageName, 'tests_server');
  });

  it('accepts PEP 508 names that start with a letter', () => {
    for (const name of ['a', 'weather-tools', 'Weather.Tools', 'x_1']) assert.equal(validateProjectName(name), true, name);
  });

  it('names the problem and the fix for bad names', () => {
    assert.match(String(validateProjectName('')), /empty/);
    assert.match(String(validateProjectName('-lead')), /not a valid Python project name/);
    assert.match(String(validateProjectName('trail-')), /not a valid Python project name/);
    assert.match(String(validateProjectName('has space')), /not a valid Python project name/);
    assert.match(String(validateProjectName('café')), /ASCII/);
    assert.match(String(validateProjectName('1st')), /starts with a digit.*"mcp-1st"/);
    assert.match(String(validateProjectName('x'.repeat(51))), /at most 50/);
    assert.equal(validateProjectName('x'.repeat(50)), true);
  });

  it('keeps the description to one line and checks e-mail addresses', () => {
    assert.equal(validateDescription('Quotes " and \\ are fine', 'project'), true);
    assert.match(String(validateDescription('two\nlines', 'project')), /one line/);
    assert.equal(validateEmail(''), true);
    assert.equal(validateEmail('ada@example.com'), true);
    assert.match(String(validateEmail('ada')), /e-mail/);
  });
});

describe('CI Python versions', () => {
  it('tests the lowest and the newest the SDK declares, once each', async () => {
    const { ciPythons } = await import('../../generators/lib/versions.js');
    assert.deepEqual(ciPythons('3.10'), ['3.10', '3.14']);
    assert.deepEqual(ciPythons('3.13'), ['3.13', '3.14']);
    assert.deepEqual(ciPythons('3.14'), ['3.14']);
  });
});
