// Which Cytoscape renderer draws the Explore canvas: canvas below WEBGL_MIN_ELEMENTS, WebGL above it
// when the browser renders WebGL on a GPU (a software rasteriser such as SwiftShader draws WebGL
// slower than the canvas renderer does; bench/ui.ts measures both).
import { WEBGL_MIN_ELEMENTS } from './elements.ts';

export type RendererMode = 'canvas' | 'webgl';
export type RendererChoice = 'auto' | RendererMode;

export interface WebglSupport {
  /** A WebGL 2 context can be created (Cytoscape's WebGL renderer needs it). */
  available: boolean;
  /** It is drawn by a GPU, not by a software rasteriser (SwiftShader, llvmpipe): only then is it faster than canvas. */
  hardware: boolean;
  renderer: string;
}

let support: WebglSupport | null = null;

export function webglSupport(): WebglSupport {
  if (support) return support;
  support = { available: false, hardware: false, renderer: 'none' };
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
      support = { available: true, hardware: !/swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer), renderer };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    /* no WebGL */
  }
  return support;
}

/**
 * The renderer for a canvas of `elements` elements: WebGL above WEBGL_MIN_ELEMENTS on a GPU (a
 * software rasteriser draws WebGL slower than the canvas renderer), or the one asked for if possible.
 */
export function chooseRenderer(choice: RendererChoice, elements: number, gl: Pick<WebglSupport, 'available' | 'hardware'>): RendererMode {
  if (!gl.available) return 'canvas';
  if (choice !== 'auto') return choice;
  return gl.hardware && elements >= WEBGL_MIN_ELEMENTS ? 'webgl' : 'canvas';
}
