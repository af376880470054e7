// PNG of the 园区 grid as the planner sees it (rows, columns, counts, basis colours, legend),
// drawn on a canvas with the page's own fonts: no DOM snapshot library, no network.
import { intensity, type GridView, type Tone } from './parks.ts';
import { FONT_FAMILY } from './graph/style.ts';
import { t } from './i18n.ts';

/** Cell fills per tone and intensity (1–3); text stays dark on all of them (contrast ≥ 7:1). */
export const TONE_FILL: Record<Exclude<Tone, 'none'>, [string, string, string]> = {
  stated: ['#e3f5ee', '#bfe6d6', '#8fd1b6'],
  planned: ['#e6f1f8', '#cfe4f3', '#a9cfea'],
  other: ['#f0f2f5', '#e1e5ea', '#cdd3da'],
  weak: ['#ffffff', '#ffffff', '#ffffff'],
};

export interface PngOptions {
  title: string;
  parentName(id: string | null): string;
  /** Device pixels per CSS pixel (2 for a sharp print); reduced when the image would be too large. */
  scale?: number;
}

export async function gridPng(v: GridView, o: PngOptions): Promise<Blob> {
  const rowH = 26;
  const headH = 58;
  const titleH = 34;
  const legendH = 30;
  const colW = 92;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `13px ${FONT_FAMILY}`;
  const rowHeadW = Math.min(320, Math.max(160, ...v.rows.map((r) => measure.measureText(r.name).width + (v.flat ? 0 : r.depth * 14) + 28)));
  const width = rowHeadW + v.columns.length * colW + 16;
  const height = titleH + headH + v.rows.length * rowH + legendH + 12;
  const scale = Math.max(0.25, Math.min(o.scale ?? 2, 16000 / width, 16000 / height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const g = canvas.getContext('2d')!;
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.textBaseline = 'middle';

  g.fillStyle = '#102a43';
  g.font = `bold 15px ${FONT_FAMILY}`;
  g.fillText(o.title, 8, titleH / 2);

  const top = titleH;
  // Column headers: the group (chain position) and the name, wrapped on two lines.
  g.font = `12px ${FONT_FAMILY}`;
  v.columns.forEach((c, i) => {
    const x = rowHeadW + i * colW;
    g.fillStyle = c.missing ? '#fff5ee' : '#f5f7fa';
    g.fillRect(x, top, colW, headH);
    g.fillStyle = '#52606d';
    if (c.group) g.fillText(fit(g, c.group, colW - 8), x + 4, top + 10);
    g.fillStyle = c.missing ? '#8a3200' : '#1f2933';
    g.font = `bold 12px ${FONT_FAMILY}`;
    const lines = wrap(g, c.name, colW - 8, 2);
    lines.forEach((line, j) => g.fillText(line, x + 4, top + 26 + j * 15));
    g.font = `12px ${FONT_FAMILY}`;
  });
  g.fillStyle = '#f5f7fa';
  g.fillRect(0, top, rowHeadW, headH);

  v.rows.forEach((r, ri) => {
    const y = top + headH + ri * rowH;
    g.fillStyle = ri % 2 ? '#fbfcfd' : '#ffffff';
    g.fillRect(0, y, rowHeadW, rowH);
    g.fillStyle = r.depth === 0 || v.flat ? '#102a43' : '#1f2933';
    g.font = `${r.depth === 0 && !v.flat ? 'bold ' : ''}13px ${FONT_FAMILY}`;
    const indent = v.flat ? 8 : 8 + Math.min(r.depth, 6) * 14;
    g.fillText(fit(g, r.name, rowHeadW - indent - 6), indent, y + rowH / 2);
    g.font = `12px ${FONT_FAMILY}`;
    v.columns.forEach((c, ci) => {
      const x = rowHeadW + ci * colW;
      const s = v.summary(r.id, c.id);
      const lvl = intensity(s.total);
      if (s.tone !== 'none' && lvl > 0) {
        g.fillStyle = TONE_FILL[s.tone][lvl - 1] ?? TONE_FILL[s.tone][0];
        g.fillRect(x + 1, y + 1, colW - 2, rowH - 2);
        if (s.tone === 'planned') hatch(g, x + 1, y + 1, colW - 2, rowH - 2);
        if (s.tone === 'weak') {
          g.setLineDash([3, 2]);
          g.strokeStyle = '#7b8794';
          g.strokeRect(x + 2.5, y + 2.5, colW - 5, rowH - 5);
          g.setLineDash([]);
        }
        g.fillStyle = '#1f2933';
        const parts = [s.segments ? `◆${s.segments}` : '', s.enterprises ? `▲${s.enterprises}` : '', s.labs ? `⬟${s.labs}` : ''].filter(Boolean);
        g.fillText(fit(g, parts.join(' '), colW - 8), x + 5, y + rowH / 2);
      }
    });
    g.strokeStyle = '#e4e7eb';
    g.beginPath();
    g.moveTo(0, y + rowH + 0.5);
    g.lineTo(rowHeadW + v.columns.length * colW, y + rowH + 0.5);
    g.stroke();
  });
  // Grid lines between columns.
  g.strokeStyle = '#e4e7eb';
  for (let i = 0; i <= v.columns.length; i++) {
    const x = rowHeadW + i * colW + 0.5;
    g.beginPath();
    g.moveTo(x, top);
    g.lineTo(x, top + headH + v.rows.length * rowH);
    g.stroke();
  }

  const ly = top + headH + v.rows.length * rowH + legendH / 2 + 6;
  g.fillStyle = '#3e4c59';
  g.font = `12px ${FONT_FAMILY}`;
  let lx = 8;
  const item = (fill: string | null, text: string, planned = false, dashed = false) => {
    if (fill) {
      g.fillStyle = fill;
      g.fillRect(lx, ly - 7, 16, 14);
      if (planned) hatch(g, lx, ly - 7, 16, 14);
      if (dashed) {
        g.setLineDash([3, 2]);
        g.strokeStyle = '#7b8794';
        g.strokeRect(lx + 0.5, ly - 6.5, 15, 13);
        g.setLineDash([]);
      }
      lx += 20;
    }
    g.fillStyle = '#3e4c59';
    g.fillText(text, lx, ly);
    lx += g.measureText(text).width + 16;
  };
  item(null, `◆ ${t('承载环节')}  ▲ ${t('企业')}  ⬟ ${t('机构')}`);
  item(TONE_FILL.stated[1], t('明确陈述'));
  item(TONE_FILL.planned[1], t('规划'), true);
  item('#ffffff', t('弱关系'), false, true);
  item(null, t('颜色越深，事实越多'));

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

function hatch(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  g.save();
  g.beginPath();
  g.rect(x, y, w, h);
  g.clip();
  g.strokeStyle = 'rgba(0, 114, 178, 0.35)';
  g.lineWidth = 1;
  for (let d = -h; d < w; d += 6) {
    g.beginPath();
    g.moveTo(x + d, y + h);
    g.lineTo(x + d + h, y);
    g.stroke();
  }
  g.restore();
}

function fit(g: CanvasRenderingContext2D, s: string, max: number): string {
  if (g.measureText(s).width <= max) return s;
  const chars = Array.from(s);
  while (chars.length > 1 && g.measureText(chars.join('') + '…').width > max) chars.pop();
  return chars.join('') + '…';
}

function wrap(g: CanvasRenderingContext2D, s: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let cur = '';
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    if (g.measureText(cur + chars[i]).width > max && cur) {
      if (out.length === lines - 1) return [...out, fit(g, cur + chars.slice(i).join(''), max)];
      out.push(cur);
      cur = '';
    }
    cur += chars[i];
  }
  if (cur) out.push(cur);
  return out;
}
