/**
 * Hands a file made on the tablet to the browser to save ("Downloads"), with no server: a link to
 * the file's bytes, clicked once. The address is let go a moment later, after the browser has
 * started the download.
 */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
