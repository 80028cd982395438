import { isOpen, type Ticket } from '../tickets/index.js';
import type { MessageKey } from './messages/index.js';

/**
 * "ça en est où ?? il sonne encore, patient sous morphine": a status asked on an open medical device ticket that holds
 * up care is answered with the biomedical on-call number before anything else. A ticket's status is no help to a patient
 * while the device alarms; the 5100 is, and whoever asks (a colleague of the next shift) may never have been told it.
 */
export function callBiomedicalFirst(tickets: ReadonlyArray<Pick<Ticket, 'category' | 'patientCareImpact' | 'status'>>): MessageKey | undefined {
  const devicePutsAPatientAtRisk = tickets.some((ticket) => ticket.category === 'biomedical' && ticket.patientCareImpact && isOpen(ticket.status));
  return devicePutsAPatientAtRisk ? 'status.call_biomedical_first' : undefined;
}
