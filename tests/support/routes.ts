import type { Express } from 'express';

type Layer = { route?: { path: string | RegExp; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };

/**
 * Every API route the Express app serves, read from its router stack. The workspace's page
 * fallback (a pattern, not an API path) is left out.
 */
export function servedRoutes(app: Express): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const visit = (stack: Layer[]) => {
    for (const layer of stack) {
      const path = layer.route?.path;
      if (layer.route && typeof path === 'string') {
        for (const method of Object.keys(layer.route.methods)) routes.push({ method: method.toUpperCase(), path });
      }
      if (layer.handle?.stack) visit(layer.handle.stack);
    }
  };
  visit((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return routes;
}
