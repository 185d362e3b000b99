/** The manifest and .env.example stay in step with the code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { VARIABLES } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';
import { COMMANDS } from '../../src/slack/handlers.js';
import { SHORTCUT_FIND } from '../../src/slack/listeners/shortcuts/index.js';
import { REPORT_COMMAND } from '../../src/slack/listeners/commands/report.js';

const manifest = readFileSync(join(projectRoot, 'manifest.yml'), 'utf8');
const listAfter = (key: string) => {
  const m = new RegExp(`\\n(\\s*)${key}:\\n((?:\\1\\s+(?:- .*|#.*)\\n)+)`).exec(manifest);
  return (m?.[2] ?? '').split('\n').map((l) => /-\s+(\S+)/.exec(l)?.[1]).filter((x): x is string => Boolean(x));
};

test('every slash command the app handles is declared, with a description and usage hint', () => {
  for (const name of [...COMMANDS, REPORT_COMMAND.slice(1)]) {
    const block = new RegExp(`- command: /${name}\\n\\s+description: .+\\n\\s+usage_hint: .+\\n\\s+should_escape: false`);
    expect(manifest).toMatch(block);
  }
});

test('the message shortcut, interactivity, App Home with messages and Socket Mode are on', () => {
  expect(manifest).toMatch(new RegExp(`type: message\\n\\s+callback_id: ${SHORTCUT_FIND}`));
  expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  expect(manifest).toMatch(/home_tab_enabled: true\n\s+messages_tab_enabled: true\n\s+messages_tab_read_only_enabled: false/);
  expect(manifest).toMatch(/socket_mode_enabled: true/);
  expect(manifest).toMatch(/bot_user:\n\s+display_name: .+/);
});

test('the fewest scopes, and the events the listeners use but not message.channels', () => {
  expect(listAfter('bot').sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
  expect(listAfter('bot_events').sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
});

test('.env.example lists every variable the app reads, each with a comment', () => {
  const example = readFileSync(join(projectRoot, '.env.example'), 'utf8');
  for (const name of VARIABLES) expect(example).toMatch(new RegExp(`# [^\\n]+\\n(?:#[^\\n]*\\n)*${name}=`));
  const declared = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
  expect(declared.sort()).toEqual([...VARIABLES].sort());
});
