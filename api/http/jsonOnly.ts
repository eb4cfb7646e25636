import type { RequestHandler } from 'express';
import { HttpError } from './errors';

/** Requests with a body must be JSON, except the upload routes that opt in to multipart. */
export const jsonOnly: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (!hasBody || req.is('application/json') || req.is('multipart/form-data')) return next();
  next(new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Поддерживается только application/json'));
};
