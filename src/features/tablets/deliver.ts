/** How a made file left the app: the share sheet, or the browser's download. */
export type Delivery = 'shared' | 'downloaded' | 'cancelled';

/**
 * Hands a ward file to the nurse: the tablet's share sheet where the browser can share files
 * (Web Share: USB, nearby tablet, mail app), a download otherwise (desktop Chromium on Linux,
 * Firefox). Closing the share sheet is no failure: the file was made, nothing is lost.
 */
export async function deliverFile(blob: Blob, fileName: string): Promise<Delivery> {
  const file = new File([blob], fileName, { type: blob.type || 'application/octet-stream' });
  const nav = globalThis.navigator;
  if (typeof nav?.share === 'function' && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: fileName });
      return 'shared';
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
      console.error(error); // the share sheet failed: the download still gives the file
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy by then; the URL only keeps the Blob alive.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
