/**
 * What a card says about how sure we are of a contact's numbers: the weakest
 * basis among the numbers it offers, so the words never claim more than the
 * least supported number on the card.
 */
import type { ContactPhone } from './contacts.ts';
import { VERIFICATION_BASES, type VerificationBasis } from './verification.ts';

export interface VerificationSummary {
  basis: Exclude<VerificationBasis, 'none'>;
  /** For `call`: the oldest of the numbers' latest answered calls. */
  calledOn?: string;
  /** For `secondary`: the fewest independent sources any number has. */
  independent: number;
}

/** Undefined when there is no number to speak of. */
export function verificationSummary(phones: readonly ContactPhone[]): VerificationSummary | undefined {
  const supported = phones.filter((phone) => phone.verification.basis !== 'none');
  if (supported.length === 0) return undefined;
  const basis = supported
    .map((phone) => phone.verification.basis as VerificationSummary['basis'])
    .reduce((a, b) => (VERIFICATION_BASES.indexOf(a) >= VERIFICATION_BASES.indexOf(b) ? a : b));
  const calledOn =
    basis === 'call'
      ? supported.map((phone) => phone.verification.calls.find((call) => call.outcome === 'answered')!.date).sort()[0]
      : undefined;
  return {
    basis,
    ...(calledOn && { calledOn }),
    independent: Math.min(
      ...supported.filter((phone) => phone.verification.basis === basis).map((phone) => phone.verification.independent),
    ),
  };
}
