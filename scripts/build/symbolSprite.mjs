// One SVG file holding several pictures, each shown by its own name: <img src="first.svg#home">
// shows the <view id="home">, the part of the file where that picture is. A browser reads the file
// into one document for all of them, where separate files cost one document each.

const SIZE = 72; // OpenMoji draws every picture on a 72 × 72 grid

/** The sprite of `ids`, from each picture's own SVG text (`read(id)`), stacked top to bottom. */
export function symbolSprite(ids, read) {
  const parts = ids.map((id, i) => {
    const svg = read(id).trim();
    const open = /^<svg\b([^>]*)>/.exec(svg);
    if (!open || !svg.endsWith('</svg>')) throw new Error(`${id}.svg is not one <svg> element`);
    const viewBox = /\bviewBox="([^"]+)"/.exec(open[1])?.[1] ?? `0 0 ${SIZE} ${SIZE}`;
    const inner = svg.slice(open[0].length, -'</svg>'.length);
    const y = i * SIZE;
    return (
      `<view id="${id}" viewBox="0 ${y} ${SIZE} ${SIZE}"/>` +
      `<svg y="${y}" width="${SIZE}" height="${SIZE}" viewBox="${viewBox}">${inner}</svg>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">` +
    `${parts.join('')}</svg>\n`
  );
}
