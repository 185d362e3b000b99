import type { App } from '@slack/bolt';
import type { ListenerContext } from '../context.js';
import { registerActions } from './actions/index.js';
import { registerHomeActions } from './actions/home.js';
import { registerCommands } from './commands/index.js';
import { registerReportCommand } from './commands/report.js';
import { registerEvents } from './events/index.js';
import { registerFeedback } from './feedback/index.js';
import { registerShortcuts } from './shortcuts/index.js';
import { registerViews } from './views/index.js';

/** Every surface, registered in one place. */
export function registerListeners(app: App, ctx: ListenerContext): void {
  registerEvents(app, ctx);
  registerCommands(app, ctx);
  registerReportCommand(app, ctx);
  registerActions(app, ctx);
  registerHomeActions(app, ctx);
  registerShortcuts(app, ctx);
  registerViews(app, ctx);
  registerFeedback(app, ctx);
}
