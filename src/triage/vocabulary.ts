import { z } from 'zod';

/** Incident and request categories, as defined in DESIGN.md. */
export const CATEGORIES = [
  'hardware', 'printer', 'software', 'access', 'network', 'phone', 'biomedical', 'security', 'request',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** Who is affected: one person/bedside device, a team, a whole care unit, a building or more. */
export const SCOPES = ['single_user', 'team', 'service', 'site'] as const;
export const scopeSchema = z.enum(SCOPES);
export type Scope = z.infer<typeof scopeSchema>;

export const URGENCIES = ['high', 'medium', 'low'] as const;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

export const IMPACTS = ['critical', 'high', 'medium', 'low'] as const;
export const impactSchema = z.enum(IMPACTS);
export type Impact = z.infer<typeof impactSchema>;

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const prioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof prioritySchema>;

export const SUPPORT_LEVELS = ['l1', 'l2', 'proximity', 'biomedical', 'security'] as const;
export const supportLevelSchema = z.enum(SUPPORT_LEVELS);
export type SupportLevel = z.infer<typeof supportLevelSchema>;

export const LANGUAGES = ['fr', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;
