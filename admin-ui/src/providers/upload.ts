import { refreshed } from './refresh';
import { readSession } from './session';

/** Shaped like react-admin's HttpError: the message, and the API's field messages in `body.errors`. */
export class UploadError extends Error {
  readonly body: { errors: Record<string, string> };
  constructor(
    message: string,
    readonly status: number,
    fields: Record<string, string>,
  ) {
    super(message);
    this.body = { errors: fields };
  }
}

function send(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Authorization', `Bearer ${readSession()?.accessToken ?? ''}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new UploadError('Нет связи с сервером', 0, {}));
    xhr.send(form);
  });
}

/**
 * Uploads a file as multipart form data, reporting progress (fetch cannot report upload progress,
 * XMLHttpRequest can). An expired access token is renewed once.
 */
export async function uploadWithProgress(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<unknown> {
  let xhr = await send(url, form, onProgress);
  if (xhr.status === 401 && (await refreshed())) xhr = await send(url, form, onProgress);
  if (xhr.status >= 200 && xhr.status < 300) return xhr.response;
  const error = (xhr.response as { error?: { message?: string; fields?: Record<string, string> } } | null)?.error;
  throw new UploadError(error?.message ?? `Ошибка ${xhr.status}`, xhr.status, error?.fields ?? {});
}
