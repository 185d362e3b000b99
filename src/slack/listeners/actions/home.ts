/** App Home with several reports: turning the pages of the list, and choosing a report (or every report) to ask of. */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { HomeView } from '../../render/home.js';
import { ACTION_HOME_ALL, ACTION_HOME_CHOOSE, ACTION_HOME_PAGE } from '../../render/home-reports.js';
import { type ListenerContext, safely } from '../../context.js';
import { callWebApi } from '../../delivery/web-api.js';

/** The Home tab as `user` sees it: their chosen reports, and one page of the list. */
export function homeFor(ctx: ListenerContext, user: string, page = 0): Promise<HomeView> {
  const chosen = ctx.choices.of(undefined, user).you;
  return ctx.handlers.home({ page, ...(chosen ? { chosen } : {}) });
}

/** The page a Home tab showed, from the view the button was pressed on. */
function pageOf(body: BlockAction): number {
  const page = Number((body.view as { private_metadata?: string } | undefined)?.private_metadata);
  return Number.isInteger(page) && page >= 0 ? page : 0;
}

export function registerHomeActions(app: App, ctx: ListenerContext): void {
  const republish = (what: string, change: (body: BlockAction<ButtonAction>, action: ButtonAction) => number) =>
    app.action<BlockAction<ButtonAction>>(what, async ({ ack, body, action, client }) => {
      await ack();
      const user = body.user.id;
      await safely(ctx.logger, { what: 'Updating the App Home tab', user }, async () => {
        const view = await homeFor(ctx, user, change(body, action));
        await callWebApi('views.publish', () => client.views.publish({ user_id: user, view: view as never }), ctx);
      });
    });

  republish(ACTION_HOME_PAGE, (_body, action) => {
    const page = Number(action.value);
    return Number.isInteger(page) && page >= 0 ? page : 0;
  });
  republish(ACTION_HOME_CHOOSE, (body, action) => {
    // The worker's list holds only known ids; a tampered one is dropped when asked of.
    ctx.choices.apply({ level: 'you', reports: [String(action.value ?? '')] }, { user: body.user.id });
    return pageOf(body);
  });
  republish(ACTION_HOME_ALL, (body) => {
    ctx.choices.apply({ level: 'you', reports: null }, { user: body.user.id });
    return pageOf(body);
  });
}
