import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { nirKey } from '../../src/redaction/index.js';

describe('the process logger', () => {
  it('masks patient data in every line it writes, even in child loggers', () => {
    const lines: string[] = [];
    const logger = createLogger('info', undefined, { write: (line: string) => void lines.push(line) });
    const base = '1850578006084';
    const nir = `${base}${String(nirKey(base)).padStart(2, '0')}`;
    logger.child({ ticket: 'INC-2026-000001' }).warn({ detail: `patient ${nir}, rappeler au 06 71 22 33 44` }, 'intake failed');
    const written = lines.join('');
    expect(written).toContain('INC-2026-000001');
    expect(written).not.toContain(nir);
    expect(written).not.toContain('06 71 22 33 44');
  });
});
