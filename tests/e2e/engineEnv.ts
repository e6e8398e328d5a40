/** Tells the playground which engine this jest project maps `apps-engine-runtime` to (jest.config.js, globals). */
import { ENGINE_VARIABLE } from '../../playground/engine/engines';

process.env[ENGINE_VARIABLE] = (globalThis as Record<string, unknown>)[ENGINE_VARIABLE] as string;
