import pino from 'pino';
import { describe, expect, it } from 'vitest';
import {
  defaultRedactionPolicy,
  pinoRedaction,
  redactLogLine,
  redactLogObject,
  redactLogValue,
} from '../../src/redaction/index.js';
import { withKey } from './nir-fixtures.js';

const nir = withKey('2840375112004');
const policy = defaultRedactionPolicy;

/** A pino logger writing to memory, with the redaction plugged in. */
function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info', base: undefined, timestamp: false, ...pinoRedaction(policy) },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

describe('log redaction', () => {
  it('masks strings at every level of a log record', () => {
    const record = {
      ticket: 'INC-2026-000123',
      message: `patiente ${nir} introuvable`,
      user: { phone: '06 71 22 33 44', mail: 'jean.dupont@chu-exemple.fr', tags: ['PC-CARD-0342', `NIR ${nir}`] },
    };
    expect(redactLogObject(record, policy)).toEqual({
      ticket: 'INC-2026-000123',
      message: 'patiente [NIR masqué] introuvable',
      user: { phone: '[téléphone masqué]', mail: '[e-mail masqué]', tags: ['PC-CARD-0342', 'NIR [NIR masqué]'] },
    });
    expect(record.message).toContain(nir);
  });

  it('reads the field name as context, and masks identifiers logged as numbers', () => {
    expect(redactLogObject({ ipp: '8012345678', patientIpp: 80123456, nda: 2026004512, count: 8012345678 }, policy)).toEqual(
      { ipp: '[IPP masqué]', patientIpp: '[IPP masqué]', nda: '[NDA masqué]', count: 8012345678 },
    );
    expect(redactLogObject({ nir: Number(nir) }, policy)).toEqual({ nir: '[NIR masqué]' });
  });

  it('replaces what is too deep, too long or circular instead of writing it unmasked', () => {
    const deep: Record<string, unknown> = { text: `NIR ${nir}` };
    let node = deep;
    for (let i = 0; i < 10; i++) node = (node.child = { text: `NIR ${nir}` }) as Record<string, unknown>;
    const circular: Record<string, unknown> = { name: 'loop' };
    circular.self = circular;
    const out = redactLogValue({ deep, circular, list: Array.from({ length: 150 }, () => nir) }, policy, { maxDepth: 4 }) as {
      list: unknown[];
      circular: unknown;
    };
    const written = JSON.stringify(out);
    expect(written).not.toContain(nir);
    expect(written).toContain('[masqué : trop profond]');
    expect(out.circular).toEqual({ name: 'loop', self: '[circulaire]' });
    expect(out.list).toHaveLength(101);
    expect(out.list[100]).toBe('… 50 éléments omis');
  });

  it('keeps an object that appears twice without a cycle', () => {
    const shared = { phone: '06 71 22 33 44' };
    expect(redactLogValue({ a: shared, b: shared }, policy)).toEqual({
      a: { phone: '[téléphone masqué]' },
      b: { phone: '[téléphone masqué]' },
    });
  });

  it('keeps errors as errors, with masked message, stack and fields', () => {
    const error = Object.assign(new TypeError(`INS ${nir} rejetée`), { code: 'E_INS', caller: '06 71 22 33 44' });
    const out = redactLogValue({ err: error }, policy) as { err: TypeError & Record<string, unknown> };
    expect(out.err).toBeInstanceOf(TypeError);
    expect(out.err.message).toBe('INS [NIR masqué] rejetée');
    expect(out.err.stack).not.toContain(nir);
    expect(out.err.code).toBe('E_INS');
    expect(out.err.caller).toBe('[téléphone masqué]');
    expect(error.message).toContain(nir);
  });

  it('plugs into pino as formatters.log too, with errors still serialized by pino', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { base: undefined, timestamp: false, formatters: { log: (record) => redactLogObject(record, policy) } },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    logger.error({ err: new Error(`NIR ${nir}`), ipp: '8012345678' }, 'échec');
    expect(lines[0]).toMatchObject({ err: { type: 'Error', message: 'NIR [NIR masqué]' }, ipp: '[IPP masqué]' });
  });

  it('masks a serialized line, and a line that is not JSON as text', () => {
    expect(redactLogLine(`{"msg":"NIR ${nir}","n":1}\n`, policy)).toBe('{"msg":"NIR [NIR masqué]","n":1}\n');
    expect(redactLogLine(`NIR ${nir}`, policy)).toBe('NIR [NIR masqué]');
  });

  it('masks the merging object, the message, its arguments, errors and child bindings in pino', () => {
    const { logger, lines } = memoryLogger();
    logger.child({ caller: '06 71 22 33 44' }).info({ ipp: '8012345678', err: new Error(`NIR ${nir}`) }, 'patiente %s, mail %s', nir, 'x.y@chu-exemple.fr');
    logger.warn(`rappel au 06 71 22 33 44 pour ${nir}`);
    const written = JSON.stringify(lines);
    expect(written).not.toContain(nir);
    expect(written).not.toContain('06 71 22 33 44');
    expect(written).not.toContain('8012345678');
    expect(lines[0]).toMatchObject({
      caller: '[téléphone masqué]',
      ipp: '[IPP masqué]',
      msg: 'patiente [NIR masqué], mail [e-mail masqué]',
      err: { type: 'Error', message: 'NIR [NIR masqué]' },
    });
    expect(lines[1]).toMatchObject({ level: 40, msg: 'rappel au [téléphone masqué] pour [NIR masqué]' });
  });

  it('leaves ordinary log records as they were', () => {
    const record = { ticket: 'INC-2026-000123', host: 'srv-dpi-01', ip: '192.168.10.24', at: '2026-03-12T14:30:00Z', n: 3 };
    expect(redactLogObject(record, policy)).toEqual(record);
  });
});
