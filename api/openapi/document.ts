import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { registry } from './registry';

export function openApiDocument() {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Социальный паспорт — API',
      version: '0.1.0',
      description: 'Passports, needs and the case queues of executive bodies.',
    },
    servers: [{ url: '/' }],
  });
}
