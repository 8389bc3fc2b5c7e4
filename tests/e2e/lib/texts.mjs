// Prompts used by the e2e tests. The expectations assume the shipped
// rules/default.policy: CPR → block, e-mail → warn.
import { CPR } from './harness.mjs';

export const CLEAN = 'Skriv et kort digt om efteråret og de gule blade i skoven.';
export const CPR_TEXT = `Mit CPR-nummer er ${CPR}, kan du hjælpe mig med ansøgningen?`;
export const CPR_DIGITS = CPR.replace(/\D/g, '');
export const EMAIL = 'jens.hansen.test@gmail.com';
export const WARN_TEXT = `Skriv et svar, jeg kan sende til ${EMAIL} i morgen.`;

/** About `bytes` of ordinary, finding-free Danish text. */
export function cleanText(bytes) {
  const words = ('skriv en opsummering af hvordan man planlægger et møde om affaldssortering og genbrug ' +
    'i kommunen med fokus på gode vaner i hverdagen og enkle råd til borgerne om papir pap glas ' +
    'metal plast og madaffald samt hvornår genbrugspladsen har åbent i weekenden ').split(' ').filter(Boolean);
  let s = '';
  for (let i = 0; Buffer.byteLength(s) < bytes; i++) s += words[i % words.length] + ' ';
  return s.slice(0, bytes).trim();
}

/** A letter of about `bytes` with one CPR number in the middle. */
export function letterWithCpr(bytes) {
  const half = cleanText(Math.floor(bytes / 2));
  return `Kære borger\n\n${half}\n\nVedrørende personnummer ${CPR} har vi modtaget din ansøgning.\n\n${half}\n\nMed venlig hilsen\nBorgerservice`;
}
