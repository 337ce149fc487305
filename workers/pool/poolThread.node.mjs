// Node starts a worker thread from JavaScript: this loads the TypeScript entry through tsx's loader.
import { tsImport } from 'tsx/esm/api';

await tsImport('./poolThread.node.ts', import.meta.url);
