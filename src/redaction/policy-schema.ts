import { z } from 'zod';
import { REDACTION_KINDS } from './kinds.js';

const kind = z.enum(REDACTION_KINDS);
const kinds = z.array(kind).refine((list) => new Set(list).size === list.length, { message: 'lists a kind twice' });

/** Rejects patterns that do not compile, match the empty string, or nest unbounded quantifiers. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;
const pattern = z
  .string()
  .min(1)
  .max(200)
  .superRefine((source, ctx) => {
    let regex: RegExp;
    try {
      regex = new RegExp(source, 'u');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
      return;
    }
    if (regex.test('')) ctx.addIssue({ code: 'custom', message: 'matches the empty string' });
    if (NESTED_QUANTIFIER.test(source)) {
      ctx.addIssue({ code: 'custom', message: 'nests repeated groups such as (\\d+)+, which can hang on long texts' });
    }
  });

const phrases = z.array(z.string().trim().min(1)).min(1);
const window = z.int().min(0).max(10);

const placeholder = z
  .string()
  .min(1)
  .refine((text) => !/[\d@]/.test(text), { message: 'must contain no digit and no "@", so masking is idempotent' });

/** The policy file, as written (config/redaction.yaml). */
export const policyFileSchema = z
  .object({
    version: z.literal(1),
    audiences: z
      .object({ external: kinds, logs: kinds, internal_audit: kinds })
      .strict()
      .refine((a) => a.external.includes('nir') && a.logs.includes('nir'), {
        message: 'external and logs must mask nir: social security numbers never leave the hospital',
      }),
    placeholders: z
      .object({
        nir: placeholder,
        ipp: placeholder,
        nda: placeholder,
        phone: placeholder,
        email: placeholder,
        // Added after the first policy files were written: a file without them keeps working.
        person: placeholder.default('[nom masqué]'),
        birth_date: placeholder.default('[date de naissance masquée]'),
      })
      .strict(),
    nir: z
      .object({
        keyless: z.object({ enabled: z.boolean(), context: phrases, window }).strict(),
        ignore_after: z.object({ words: phrases, window }).strict(),
      })
      .strict(),
    identifiers: z.array(
      z
        .object({
          kind: z.enum(['ipp', 'nda']),
          description: z.string().optional(),
          pattern,
          context: phrases.optional(),
          window: window.default(3),
        })
        .strict(),
    ),
  })
  .strict();

export type PolicyFile = z.input<typeof policyFileSchema>;

/** The built-in policy, used when the policy file is absent; config/redaction.yaml says the same. */
export const DEFAULT_POLICY_FILE: PolicyFile = {
  version: 1,
  audiences: {
    external: ['nir', 'ipp', 'nda', 'phone', 'email', 'person', 'birth_date'],
    logs: ['nir', 'ipp', 'nda', 'phone', 'email', 'person', 'birth_date'],
    internal_audit: ['nir'],
  },
  placeholders: {
    nir: '[NIR masqué]',
    ipp: '[IPP masqué]',
    nda: '[NDA masqué]',
    phone: '[téléphone masqué]',
    email: '[e-mail masqué]',
    person: '[nom masqué]',
    birth_date: '[date de naissance masquée]',
  },
  nir: {
    keyless: {
      enabled: true,
      context: ['NIR', 'NSS', 'INS', 'INSEE', 'sécu', 'sécurité sociale', 'n° SS', 'carte vitale', 'immatriculation'],
      window: 4,
    },
    ignore_after: {
      words: ['IMEI', 'IMSI', 'ICCID', 'S/N', 'SN', 'série', 'serial', 'lot', 'commande', 'facture', 'SIRET'],
      window: 2,
    },
  },
  identifiers: [
    {
      kind: 'ipp',
      description: 'IPP announced as such: "IPP 80123456", "IPP n° 1234567"',
      pattern: '\\d{6,10}',
      context: ['IPP'],
      window: 2,
    },
    {
      kind: 'ipp',
      description: 'IPP of this hospital: 10 digits starting with 80, after "dossier" or "patient"',
      pattern: '80\\d{8}',
      context: ['IPP', 'dossier', 'patient', 'patiente', 'DPI'],
      window: 3,
    },
    {
      kind: 'nda',
      description: 'stay number: "NDA 2026004512", "n° de séjour 226001234"',
      pattern: '\\d{8,10}',
      context: ['NDA', 'séjour', 'venue'],
      window: 2,
    },
  ],
};
