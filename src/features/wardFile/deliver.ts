/** How the file left: the share sheet, or a download onto the tablet. */
export type Delivery = 'shared' | 'saved';

function download(file: File) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Through the share sheet where the browser can share this file (Web Share, level 2),
 * otherwise (or if sharing fails or is dismissed) a download: the file is never lost.
 */
export async function deliver(blob: Blob, name: string): Promise<Delivery> {
  const file = new File([blob], name, { type: 'application/octet-stream' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: name });
      return 'shared';
    } catch (error) {
      console.error(error);
    }
  }
  download(file);
  return 'saved';
}
