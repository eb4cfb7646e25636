import type { Router } from 'express';
import { importFieldsSchema, importReportSchema, indicatorImportSchema } from '../../shared/schemas/indicators';
import { errorBodySchema, z } from '../../shared/schemas/zod';
import { guardedRouter } from '../access/guardedRouter';
import { audit } from '../audit/auditLog';
import type { ApiContext } from '../context';
import { actorOf } from '../http/actor';
import { HttpError, unprocessable } from '../http/errors';
import { parseId } from '../http/listParams';
import { readTabularUpload, tabularUpload } from '../http/tabularUpload';
import { parseBody } from '../http/validate';
import { describeRoute } from '../openapi/registry';
import { alreadyImported, checkFile, IMPORT_MAX_ROWS, loadCatalogs, personalDataColumn, problemsError } from './imports';
import { createIndicatorImportService } from './importService';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

describeRoute({
  method: 'post',
  path: '/api/indicator-imports',
  summary: 'Check (commit=false) or load (commit=true) a CSV/XLSX of custom indicator values; nothing is written while any row is wrong',
  description:
    'Multipart: file, mapping (JSON: the column titles of territory, period, value and optionally indicator), indicatorCode, commit. ' +
    'Files with columns that look like names or SNILS are refused. A committed file is written by a workflow in chunks: ' +
    'the answer is the import, whose progress GET /api/indicator-imports/{id} gives. Loading the same file again writes nothing.',
  request: {
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.string().openapi({ format: 'binary' }),
            mapping: z.string(),
            indicatorCode: z.string().optional(),
            commit: z.string().optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'commit=false: the validation report. commit=true: this file was loaded before, its import (repeated: true)',
      ...json(z.union([importReportSchema, indicatorImportSchema])),
    },
    202: { description: 'commit=true: the import, started; its workflow writes the values', ...json(indicatorImportSchema) },
    413: { description: 'File larger than 64 MiB', ...json(errorBodySchema) },
    422: {
      description: 'Not a readable file, personal data columns, or (commit=true) any wrong row: the report per row',
      ...json(errorBodySchema),
    },
  },
});
describeRoute({
  method: 'get',
  path: '/api/indicator-imports/{id}',
  summary: 'A committed file’s import: rows written, unchanged and in all, and whether it has finished',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: { description: 'The import', ...json(indicatorImportSchema) } },
});

/** Files of custom indicator values: checked in the request, written by the indicatorImport workflow. */
export function createIndicatorImportsRouter(ctx: ApiContext): Router {
  const router = guardedRouter();
  const imports = createIndicatorImportService(ctx);
  const upload = tabularUpload(5);

  router.post('/indicator-imports', upload.single('file'), async (req, res) => {
    if (!req.file) throw new HttpError(422, 'VALIDATION_FAILED', 'Приложите файл', { file: 'Приложите файл CSV или XLSX' });
    const fields = parseBody(importFieldsSchema, req.body);
    const actor = actorOf(req);
    const file = await readTabularUpload(req.file.buffer, IMPORT_MAX_ROWS);
    const personal = personalDataColumn(file);
    if (personal) {
      throw new HttpError(422, 'VALIDATION_FAILED', 'Файл не загружен: показатели не содержат персональных данных', {
        file: `Столбец «${personal}» похож на персональные данные (ФИО или СНИЛС)`,
      });
    }
    const checked = checkFile(file, fields.mapping, await loadCatalogs(ctx.prisma, actor), fields.indicatorCode);
    const fileName = req.file.originalname;
    if (fields.commit === 'false') {
      res.json({
        fileName,
        sha256: file.sha256,
        rows: file.rows.length,
        valid: checked.rows.length,
        problems: checked.problems.slice(0, 1000),
        alreadyImported: await alreadyImported(ctx.prisma, file.sha256, fields.indicatorCode),
        preview: checked.rows
          .slice(0, 20)
          .map(({ rowNumber, indicator, territory, period, value }) => ({ rowNumber, indicator, territory, period, value })),
      });
      return;
    }
    if (checked.problems.length > 0) throw problemsError(checked.problems);
    if (checked.rows.length === 0) throw unprocessable({ file: 'В файле нет строк со значениями' });
    const started = await imports.commit(
      { fileName, sha256: file.sha256, indicatorCode: fields.indicatorCode, createdById: actor.userId },
      checked.rows,
    );
    if (!started.repeated) {
      await audit(ctx.prisma, req, {
        action: 'CREATE',
        entity: 'IndicatorValue',
        changes: { fileName, sha256: file.sha256, rows: file.rows.length, importId: started.id },
      });
    }
    res.status(started.repeated ? 200 : 202).json(started);
  });

  router.get('/indicator-imports/:id', async (req, res) => {
    res.json(await imports.view(parseId(req.params.id, 'Загрузка значений')));
  });
  return router;
}
