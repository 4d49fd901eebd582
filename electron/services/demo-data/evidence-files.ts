import { crc32, deflateSync } from 'node:zlib';

/**
 * Small but real files for the demo's evidence: CSV exports, Markdown
 * minutes, JSON reports, log extracts, a PNG and a PDF, so that every kind of
 * preview has something to show. The contents are invented for Fernhill.
 */

export function csv(rows: readonly (readonly (string | number)[])[]): Buffer {
  const cell = (v: string | number) => {
    const text = String(v);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return Buffer.from(rows.map((r) => r.map(cell).join(',')).join('\n') + '\n');
}

export function text(lines: readonly string[]): Buffer {
  return Buffer.from(lines.join('\n') + '\n');
}

export function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2) + '\n');
}

function pdfString(line: string): string {
  // Plain ASCII keeps the standard Helvetica encoding simple: anything else becomes '?'.
  const ascii = line.replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A one-page PDF with a title and lines of text, written by hand: no fonts to embed, nothing to run. */
export function pdf(title: string, lines: readonly string[]): Buffer {
  const content = [
    'BT /F2 17 Tf 56 780 Td',
    `${pdfString(title)} Tj ET`,
    'BT /F1 10.5 Tf 56 748 Td 15 TL',
    ...lines.map((l) => `${pdfString(l)} Tj T*`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A small picture that reads as a settings screen: a header bar, rows of
 * settings, and switches turned on (green) or off (grey) as `switches` says.
 */
export function settingsPng(switches: readonly boolean[]): Buffer {
  const width = 360;
  const rowHeight = 34;
  const height = 44 + switches.length * rowHeight + 12;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const paint = (x0: number, y0: number, w: number, h: number, rgb: [number, number, number]) => {
    for (let y = y0; y < Math.min(height, y0 + h); y++) {
      for (let x = x0; x < Math.min(width, x0 + w); x++) {
        const at = y * (width * 3 + 1) + 1 + x * 3;
        raw[at] = rgb[0];
        raw[at + 1] = rgb[1];
        raw[at + 2] = rgb[2];
      }
    }
  };
  paint(0, 0, width, height, [246, 247, 249]);
  paint(0, 0, width, 32, [38, 70, 120]);
  paint(14, 12, 120, 8, [220, 228, 240]);
  switches.forEach((on, i) => {
    const y = 44 + i * rowHeight;
    paint(14, y, width - 28, rowHeight - 6, [255, 255, 255]);
    paint(26, y + 10, 150 + ((i * 37) % 60), 8, [120, 126, 136]);
    paint(width - 70, y + 6, 40, 16, on ? [47, 158, 68] : [173, 181, 189]);
    paint(on ? width - 50 : width - 68, y + 8, 16, 12, [255, 255, 255]);
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
