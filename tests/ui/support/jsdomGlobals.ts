import { TextDecoder, TextEncoder } from 'node:util';

/**
 * Browser APIs jsdom lacks that the workspace's libraries touch at import or layout time
 * (react-router's TextEncoder; React Flow measures nodes with ResizeObserver and DOMMatrix).
 * jsdom does no layout, so sizes are fixed, as React Flow's testing guide does.
 */
if (typeof window !== 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });

  class FixedSizeResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback([{ target, contentRect: { width: 1000, height: 400 } } as unknown as ResizeObserverEntry], this as never);
    }
    unobserve() {}
    disconnect() {}
  }
  class ScaleOnlyMatrix {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
      this.m22 = scale ? Number(scale) : 1;
    }
  }
  Object.assign(globalThis, { ResizeObserver: FixedSizeResizeObserver, DOMMatrixReadOnly: ScaleOnlyMatrix });
  Object.defineProperties(window.HTMLElement.prototype, {
    offsetHeight: { get: () => 400, configurable: true },
    offsetWidth: { get: () => 1000, configurable: true },
  });
  (window.SVGElement.prototype as unknown as { getBBox: () => object }).getBBox = () => ({ x: 0, y: 0, width: 40, height: 16 });
}
