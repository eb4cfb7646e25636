import { readSession } from './session';
import { refreshed } from './refresh';

/** The file name the server gave in Content-Disposition (RFC 6266 filename* first), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

async function fetchSigned(url: string, body?: object): Promise<Response> {
  const send = () =>
    fetch(url, {
      ...(body ? { method: 'POST', body: JSON.stringify(body) } : {}),
      headers: { Authorization: `Bearer ${readSession()?.accessToken ?? ''}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    });
  const first = await send();
  return first.status === 401 && (await refreshed()) ? send() : first;
}

/**
 * Downloads a protected file (a PDF form, a case document) and hands it to the browser under its own
 * name; with a body, the file is made from it (POST), as the calculator's conclusion is.
 */
export async function downloadFile(url: string, fallbackName: string, body?: object): Promise<void> {
  const response = await fetchSigned(url, body);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? response.statusText);
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
