import { expect } from 'vitest';

interface AnyBlock {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  elements?: { type: string; text?: string | { text: string }; value?: string; action_id?: string }[];
}

/** Asserts the Block Kit limits Slack enforces on a message (or, with maxBlocks 100, a view). */
export function expectWithinLimits(message: { text?: string; blocks?: unknown[] }, maxBlocks = 50): void {
  expect(typeof message.text).toBe('string');
  expect(message.text!.length).toBeGreaterThan(0);
  const blocks = (message.blocks ?? []) as AnyBlock[];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  const ids = blocks.map((b) => b.block_id).filter((id) => id !== undefined);
  expect(new Set(ids).size).toBe(ids.length);
  for (const block of blocks) {
    if (block.type === 'section') {
      expect(block.text!.text.length).toBeGreaterThan(0);
      expect(block.text!.text.length).toBeLessThanOrEqual(3000);
    }
    if (block.type === 'header') expect(block.text!.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'context') expect(block.elements!.length).toBeLessThanOrEqual(10);
    if (block.type === 'actions') {
      expect(block.elements!.length).toBeLessThanOrEqual(25);
      for (const el of block.elements!) {
        if (el.type !== 'button') continue;
        const label = typeof el.text === 'string' ? el.text : el.text!.text;
        expect(label.length).toBeLessThanOrEqual(75);
        expect((el.value ?? '').length).toBeLessThanOrEqual(2000);
        expect((el.action_id ?? '').length).toBeLessThanOrEqual(255);
      }
    }
  }
}

/** All mrkdwn text of a message, joined: what a reader would see. */
export function visibleText(message: { blocks?: unknown[] }): string {
  const blocks = (message.blocks ?? []) as AnyBlock[];
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.text) parts.push(block.text.text);
    if (block.type === 'context') for (const el of block.elements ?? []) if (typeof el.text === 'string') parts.push(el.text);
  }
  return parts.join('\n');
}
