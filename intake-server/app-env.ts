/** The variables every request carries through the Hono app. */
import type { RequestIdVariables } from 'hono/request-id';

export type AppEnv = {
  Variables: RequestIdVariables & {
    /** The outcome code written to the access log (an error code, or `accepted` / `replayed`). */
    outcome?: string;
  };
};
