import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { registry } from './registry';

type Parameter = { content?: unknown; schema?: unknown };

export function openApiDocument() {
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Социальный паспорт — API',
      version: '0.1.0',
      description:
        'Passports, needs and the case queues of executive bodies. Every refusal answers `{ error: { code, message, fields? } }`; ' +
        'a method a path does not take answers 405 with an `Allow` header.',
    },
    servers: [{ url: '/' }],
  });
  // JSON-encoded query parameters (react-admin's filter, sort, range) are described by `content`,
  // which in OpenAPI replaces the parameter's `schema`.
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations as Record<string, { parameters?: Parameter[] }>)) {
      for (const parameter of operation.parameters ?? []) if (parameter.content) delete parameter.schema;
    }
  }
  return document;
}
