/**
 * The routes an intake server has worked out, kept while nothing routing reads has changed.
 *
 * Routing an application takes two reads in sequence (the postal code's place and the associations serving it, then
 * their coordinators), for data that changes a few times a month. On PostgreSQL those waits were the larger part of
 * a batch's time. Each batch now reads only the routing generation (migration 0010: triggers raise it in the same
 * transaction as any change to those tables, whichever instance, command or import made it), alongside its other
 * reads, and uses the kept routes while the number is the one they were worked out under.
 *
 * Why a route is never older than the number it is kept under: a batch starts from the number `seen` that an earlier
 * batch read, works out the routes it has not kept, and reads the current number at the same time. Only when that
 * number is still `seen` are the new routes kept under it: no change committed between the earlier read and this
 * one, so the routes reflect `seen`'s data or newer. When the number has moved, every kept route is dropped, and the
 * routes this batch took from the cache are worked out again before anything is decided: an application is never
 * routed with data older than what its batch's own reads saw.
 */
import type { Db } from '../db/schema.js';
import { routeApplication, type Route, type RouteRequest } from './route-application.js';

/** More distinct routes than this (page × choice × postal code) and the cache starts again. */
const MAX_KEPT = 2000;

export interface BatchRoutes {
  /** The route for a request: a kept one, or worked out now (once per distinct request in the batch). */
  route(req: RouteRequest): Promise<Route>;
  /**
   * Takes the routing generation read alongside the batch's other reads: keeps the routes worked out, or, when the
   * number has moved, drops every kept route and works out again those this batch took from the cache.
   */
  settle(current: number): Promise<void>;
}

export interface RouteCache {
  /** The routes of one batch, read through `db` (the batch's connection or transaction). */
  forBatch(db: Db): BatchRoutes;
}

/** A kept route is shared by every batch that uses it: nothing may change it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const keyOf = (req: RouteRequest) => `${req.confirmedAssociation}|${req.pageAssociation}|${req.postalCode}`;

export function createRouteCache(): RouteCache {
  let generation: number | undefined;
  let kept = new Map<string, Route>();
  return {
    forBatch(db) {
      const seen = generation;
      let useKept = seen !== undefined;
      const routes = new Map<string, Promise<Route>>();
      const fromCache = new Set<string>();
      const requests = new Map<string, RouteRequest>();
      const route = (req: RouteRequest): Promise<Route> => {
        const key = keyOf(req);
        let found = routes.get(key);
        if (!found) {
          const k = useKept ? kept.get(key) : undefined;
          if (k) fromCache.add(key);
          found = k ? Promise.resolve(k) : routeApplication(db, req);
          routes.set(key, found);
          requests.set(key, req);
        }
        return found;
      };
      return {
        route,
        async settle(current) {
          if (current === seen && generation === seen) {
            for (const [key, found] of routes) {
              if (fromCache.has(key)) continue;
              if (kept.size >= MAX_KEPT) kept = new Map();
              kept.set(key, deepFreeze(await found));
            }
            return;
          }
          // Changed (or the first batch): the kept routes are older than this batch's reads. The number may also have
          // gone down (a database restored from a backup): any difference counts.
          generation = current;
          kept = new Map();
          useKept = false;
          for (const key of fromCache) routes.delete(key);
          fromCache.clear();
          await Promise.all([...requests.values()].map(route));
        },
      };
    },
  };
}
