/** How a made file left the app: the share sheet, or the browser's download. */
export type Delivery = 'shared' | 'downloaded';

function download(file: File) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The download has its own copy by then; the URL only keeps the Blob alive.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Hands a ward file to the nurse: the tablet's share sheet where the browser can share files
 * (Web Share level 2: USB, nearby tablet, mail app), a download otherwise (desktop Chromium on
 * Linux, Firefox) — and also when the share sheet fails or is closed: the file is never lost.
 */
export async function deliverFile(blob: Blob, fileName: string): Promise<Delivery> {
  const file = new File([blob], fileName, { type: blob.type || 'application/octet-stream' });
  const nav = globalThis.navigator;
  if (typeof nav?.share === 'function' && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: fileName });
      return 'shared';
    } catch (error) {
      // Closed (AbortError) or failed: the download below still gives the file.
      if (!(error instanceof Error && error.name === 'AbortError')) console.error(error);
    }
  }
  download(file);
  return 'downloaded';
}
