// Minimap of the Explore canvas: every visible node as a dot in its label colour, and the part
// of the graph in view as a rectangle. Click or drag on it to move the view there. Node dots are
// redrawn only when the graph or its positions change (throttled to one frame); panning and
// zooming only redraw the rectangle over a cached image, so it stays cheap on big graphs.
import { useEffect, useRef } from 'react';
import type cytoscape from 'cytoscape';
import { LABEL_STYLE } from '../labels.ts';
import type { Label } from '../api.ts';
import { t } from '../i18n.ts';

const W = 180;
const H = 120;
const PAD = 6;

export function Minimap({ cy }: { cy: cytoscape.Core | null }) {
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    if (!cy || !canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = W * dpr;
    canvas.height = H * dpr;
    const dots = document.createElement('canvas');
    dots.width = canvas.width;
    dots.height = canvas.height;
    const dctx = dots.getContext('2d')!;
    let box = { x1: 0, y1: 0, w: 1, h: 1 };
    let scale = 1;
    let ox = 0;
    let oy = 0;
    let frame = 0;
    let dirtyDots = true;

    const drawDots = () => {
      const nodes = cy.nodes(':visible');
      dctx.setTransform(1, 0, 0, 1, 0, 0);
      dctx.clearRect(0, 0, dots.width, dots.height);
      if (nodes.empty()) return;
      const bb = nodes.boundingBox({ includeLabels: false });
      box = { x1: bb.x1, y1: bb.y1, w: Math.max(1, bb.w), h: Math.max(1, bb.h) };
      scale = Math.min((W - 2 * PAD) / box.w, (H - 2 * PAD) / box.h);
      ox = PAD + (W - 2 * PAD - box.w * scale) / 2;
      oy = PAD + (H - 2 * PAD - box.h * scale) / 2;
      dctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const r = nodes.length > 1000 ? 1 : nodes.length > 200 ? 1.5 : 2.5;
      nodes.forEach((n) => {
        const p = n.position();
        dctx.fillStyle = LABEL_STYLE[n.data('label') as Label]?.color ?? '#9aa5b1';
        dctx.fillRect(ox + (p.x - box.x1) * scale - r / 2, oy + (p.y - box.y1) * scale - r / 2, r, r);
      });
    };

    const draw = () => {
      frame = 0;
      if (dirtyDots) {
        drawDots();
        dirtyDots = false;
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(dots, 0, 0);
      if (cy.nodes(':visible').empty()) return;
      const ext = cy.extent();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.strokeStyle = '#0072B2';
      ctx.lineWidth = 1.5;
      ctx.fillStyle = 'rgba(0,114,178,0.08)';
      const x = ox + (ext.x1 - box.x1) * scale;
      const y = oy + (ext.y1 - box.y1) * scale;
      ctx.fillRect(x, y, ext.w * scale, ext.h * scale);
      ctx.strokeRect(x, y, ext.w * scale, ext.h * scale);
    };
    const schedule = (dots = false) => {
      if (dots) dirtyDots = true;
      if (!frame) frame = requestAnimationFrame(draw);
    };
    const onGraph = () => schedule(true);
    const onViewport = () => schedule(false);
    cy.on('add remove position layoutstop style', onGraph);
    cy.on('viewport resize', onViewport);
    schedule(true);

    // Click / drag: centre the view on that point of the graph.
    let dragging = false;
    const panTo = (ev: PointerEvent) => {
      const rect = canvas.getBoundingClientRect();
      const gx = box.x1 + (ev.clientX - rect.left - ox) / scale;
      const gy = box.y1 + (ev.clientY - rect.top - oy) / scale;
      const z = cy.zoom();
      cy.pan({ x: cy.width() / 2 - gx * z, y: cy.height() / 2 - gy * z });
    };
    const down = (ev: PointerEvent) => {
      dragging = true;
      canvas.setPointerCapture(ev.pointerId);
      panTo(ev);
    };
    const move = (ev: PointerEvent) => {
      if (dragging) panTo(ev);
    };
    const up = () => {
      dragging = false;
    };
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      cy.off('add remove position layoutstop style', onGraph);
      cy.off('viewport resize', onViewport);
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
    };
  }, [cy]);

  return (
    <canvas
      ref={ref}
      className="minimap"
      style={{ width: W, height: H }}
      role="img"
      aria-label={t('缩略图：单击可移动视图')}
      title={t('缩略图：单击可移动视图')}
      data-testid="minimap"
    />
  );
}
