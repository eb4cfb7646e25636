import type { Router } from 'express';
import type { ApiContext } from './context';
import { createAuditRouter } from './audit/routes';
import { createCatalogRouter } from './catalog/routes';
import { createNeedsRouter } from './needs/routes';
import { createPassportsRouter } from './passports/routes';
import { createQueueRouter } from './queue/routes';

/** Every feature of the API; each router is mounted under /api. */
export const FEATURE_ROUTERS: ((ctx: ApiContext) => Router)[] = [
  createCatalogRouter,
  createPassportsRouter,
  createNeedsRouter,
  createQueueRouter,
  createAuditRouter,
];
