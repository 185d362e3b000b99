/** The line under an answer saying which reports it comes from, when more than one is loaded. */
import { type Block, type Reply, LIMITS, context, fitBlocks } from './blocks.js';
import type { Searched } from '../scope.js';

/** "sutton-2012, sutton-2015 and sutton-2018"; report ids need no escaping. */
export function idList(ids: string[]): string {
  const shown = ids.map((id) => `\`${id}\``);
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

export function scopeNote(searched: Searched): string | undefined {
  if (searched.by === 'question') return undefined;
  if (searched.by === 'none') {
    return searched.reports > 1
      ? `Searched all ${searched.reports} reports. Name one in your question, or choose one with \`/report\`.`
      : undefined;
  }
  const { reports, from } = searched.scope;
  const whose = from === 'channel' ? "this channel's" : 'your';
  const what = reports.length === 1 ? `${whose} report` : `${whose} reports`;
  return `Searched ${idList(reports)}, ${what}. Name another in your question, or change it with \`/report\`.`;
}

/** The reply with the note last, kept within Slack's limit on blocks. */
export function withScopeNote(reply: Reply, searched: Searched): Reply {
  const note = scopeNote(searched);
  if (!note) return reply;
  const blocks: Block[] = [...fitBlocks(reply.blocks, LIMITS.messageBlocks - 1), context(note)];
  return { text: reply.text, blocks };
}
