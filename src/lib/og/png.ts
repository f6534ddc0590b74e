/**
 * Rasterises an OG card SVG to a small PNG with sharp (libvips + librsvg,
 * bundled in the npm package: no system library or font needed, since every
 * glyph is already a path). A 64-colour palette keeps each card near 20–40 KB
 * where a truecolour PNG would weigh several times more; the flat colours and
 * anti-aliased edges of the card survive the quantisation without visible loss.
 */
import sharp from 'sharp';

export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const buf = await sharp(Buffer.from(svg), { density: 72 })
    .png({ palette: true, colours: 64, dither: 0, compressionLevel: 9, effort: 10 })
    .toBuffer();
  // A copy on its own ArrayBuffer: a valid Response body (BodyInit) as it is.
  return new Uint8Array(buf);
}
