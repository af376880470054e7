// The curation layer: any GraphStore adapter plus its curation log, behind the same port.
export { CuratedStore, type CuratedStoreOptions } from './store.ts';
export { Overlay } from './overlay.ts';
