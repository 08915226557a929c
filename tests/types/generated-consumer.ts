// Compiled against the package's types with npm/types/filings.d.ts generated from the fixture
// schemas in tests/types/fixtures/schemas (tests/node/types.test.mjs): the generated filing types
// must reach check() through index.d.ts.
import { check, type DefenceFiling, type AppearanceFiling, type FilingsByKind } from 'filing-check';

const today = '2026-11-22';
const defence: DefenceFiling = { kind: 'defence', caseNumber: '（2026）京0105行初1号', appearing: [{ name: '张三', role: 'head' }] };
check(defence, { today });
check({ kind: 'appearance', hearingOn: '2026-12-01' } satisfies AppearanceFiling, { today });
// @ts-expect-error only the kinds with generated types are known (these fixtures have two)
check({ kind: 'complaint', plaintiff: '李四' }, { today });
// @ts-expect-error a defence filing needs its caseNumber
check({ kind: 'defence' }, { today });
// @ts-expect-error a field the schema does not have
check({ kind: 'defence', caseNumber: 'x', notAField: 1 }, { today });
// @ts-expect-error a role the schema does not allow
check({ kind: 'appearance', appearing: [{ name: '张三', role: 'judge' }] }, { today });
export const kinds: Array<keyof FilingsByKind> = ['defence', 'appearance'];
