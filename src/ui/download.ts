/**
 * Hands a file made on the tablet to the browser to keep ("Downloads"), with no server: a link to
 * its bytes, clicked once. The browser reads the file when the person answers its question, so
 * the address is let go a minute later.
 */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Words as a file to keep: a calendar entry, a spreadsheet. */
export function downloadText(fileName: string, text: string, mime: string): void {
  offerDownload(new Blob([text], { type: mime }), fileName);
}
