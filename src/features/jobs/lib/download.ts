/** Saving files: fetched through the session like any other request (never a token in a URL), with progress. */
import { apiRequest } from '../../../lib/api-client.ts';

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The server's file name from Content-Disposition (filename* first), else the fallback. */
export function fileNameFrom(header: string | null, fallback: string): string {
  const star = header && /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = header && /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1]! : fallback;
}

/** Downloads with progress (0–1, or null while the size is unknown), and saves the file. */
export async function downloadWithProgress(
  path: string,
  query: Record<string, string>,
  fallbackName: string,
  onProgress: (p: number | null) => void,
): Promise<void> {
  const res = await apiRequest(path, { query, headers: { accept: '*/*' } });
  const total = Number(res.headers.get('content-length')) || 0;
  const name = fileNameFrom(res.headers.get('content-disposition'), fallbackName);
  if (!res.body) {
    saveBlob(await res.blob(), name);
    return;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(total ? received / total : null);
  }
  saveBlob(new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' }), name);
}
