// A Node ES-module consumer: types found through package.json "exports" (moduleResolution node16).
import { validateId, call, type IdResult, type FilingsByKind } from 'filing-check';
import { idNumberRule } from 'filing-check/adapters/async-validator.js';
const r: IdResult = validateId('resident', 'x', { today: '2026-11-22' });
// @ts-expect-error a Date is not a civil date
validateId('resident', 'x', { today: new Date() });
export const rule = idNumberRule({ kind: 'resident', today: '2026-11-22' });
export const k: keyof FilingsByKind | undefined = undefined;
// The generated result types reach import consumers (types/results.d.ts).
export const same: boolean = call('sameName', { a: '张三', b: '张三' }).same;
export default r;
