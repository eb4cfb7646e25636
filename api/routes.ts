import type { Router } from 'express';
import type { ApiContext } from './context';
import { createAuditRouter } from './audit/routes';
import { createBulkRouter } from './bulk/routes';
import { createCampaignsRouter } from './campaigns/routes';
import { createCatalogRouter } from './catalog/routes';
import { createDocumentsRouter } from './documents/routes';
import { createEntitlementsRouter } from './entitlements/routes';
import { createFailuresRouter } from './failures/routes';
import { createNeedsRouter } from './needs/routes';
import { createLifeSituationsRouter } from './lifeSituations/routes';
import { createMailRouter } from './mail/routes';
import { createMeRouter } from './me/routes';
import { createPassportsRouter } from './passports/routes';
import { createPdfRouter } from './pdf/routes';
import { createPlansRouter } from './plans/routes';
import { createPovertyRouter } from './poverty/routes';
import { createSubsistenceRouter } from './poverty/subsistenceRoutes';
import { createPovertyPrintsRouter } from './povertyPrints/routes';
import { createQueueRouter } from './queue/routes';
import { createRegisterRouter } from './register/routes';
import { createImportsRouter } from './imports/routes';
import { createSupervisionRouter } from './supervision/routes';
import { createCatalogAdminRouter } from './catalogAdmin/routes';
import { createAppealsRouter } from './appeals/routes';
import { createEgissoRouter } from './egisso/routes';
import { createListsRouter } from './lists/routes';
import { createIndicatorsRouter } from './indicators/routes';
import { createIndicatorImportsRouter } from './indicators/importRoutes';
import { createInboxRouter } from './inbox/routes';
import { createSearchRouter } from './search/routes';
import { createReportsRouter } from './reports/routes';

/** Every feature of the API; each router is mounted under /api. */
export const FEATURE_ROUTERS: ((ctx: ApiContext) => Router)[] = [
  createCatalogRouter,
  createPassportsRouter,
  createDocumentsRouter,
  createNeedsRouter,
  createQueueRouter,
  createAuditRouter,
  createSupervisionRouter,
  createBulkRouter,
  createPdfRouter,
  createPovertyPrintsRouter,
  createMailRouter,
  createMeRouter,
  createFailuresRouter,
  createSubsistenceRouter,
  createPovertyRouter,
  createLifeSituationsRouter,
  createEntitlementsRouter,
  createPlansRouter,
  createCampaignsRouter,
  createRegisterRouter,
  createImportsRouter,
  createCatalogAdminRouter,
  createAppealsRouter,
  createEgissoRouter,
  createListsRouter,
  createIndicatorsRouter,
  createIndicatorImportsRouter,
  createInboxRouter,
  createSearchRouter,
  createReportsRouter,
];
