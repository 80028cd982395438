import { parseContracts } from '../../src/sla/index.js';

/**
 * Contracts for the clock scenarios, fixed here so the expected values do not move when the shipped
 * config/sla.yaml is tuned. `office` is Monday–Friday 08:00–18:00 Paris time, closed on French public holidays.
 */
export const book = parseContracts(`version: 1
calendars:
  always: { kind: 24/7 }
  office:
    timezone: Europe/Paris
    hours: { mon: ["08:00-18:00"], tue: ["08:00-18:00"], wed: ["08:00-18:00"], thu: ["08:00-18:00"], fri: ["08:00-18:00"] }
    holidays: FR
contracts:
  - id: desk
    name: Outsourced help desk
    provider: Assistance Santé Services
    teams: [helpdesk-outsourced]
    calendar: office
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 120, calendar: always }
      P2: { respond_minutes: 30, resolve_minutes: 240 }
      P3: { respond_minutes: 60, resolve_minutes: 600 }
      P4: { respond_minutes: 240, resolve_minutes: 1200 }
    penalties: { eur_per_started_hour: 100, cap_per_ticket_eur: 500, cap_per_month_eur: 1000 }
  - id: dpi
    name: Patient record vendor L2
    provider: DPI vendor
    teams: [dpi-vendor-l2]
    calendar: office
    targets:
      P1: { respond_minutes: 30, resolve_minutes: 240, calendar: always }
      P2: { respond_minutes: 60, resolve_minutes: 480 }
      P3: { respond_minutes: 240, resolve_minutes: 2400 }
      P4: { respond_minutes: 480, resolve_minutes: 4800 }
    penalties: { eur_per_started_hour: 300, cap_per_ticket_eur: 3000, cap_per_month_eur: 30000, applies_to: [resolution] }
  - id: l1
    name: Internal help desk
    provider: internal
    teams: [helpdesk-l1]
    calendar: office
    targets:
      P1: { respond_minutes: 15, resolve_minutes: 240, calendar: always }
      P2: { respond_minutes: 30, resolve_minutes: 480, calendar: always }
      P3: { respond_minutes: 120, resolve_minutes: 1200 }
      P4: { respond_minutes: 480, resolve_minutes: 3000 }
`);
