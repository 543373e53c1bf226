/**
 * Phone numbers as WhatsApp takes them: digits only, country code first, no '+'.
 *
 * A Brazilian mobile is 55 + DDD (area code) + 9 digits starting with 9. Since 2016 every mobile
 * has that ninth digit; a cadastro typed before then may still hold the 8-digit form, which is a
 * mobile when it starts with 6–9 (landlines start with 2–5). WhatsApp accounts created before the
 * change kept an 8-digit WhatsApp ID (`wa_id` 55DDXXXXXXXX): the Cloud API answers it when we send,
 * and we keep it to send to next time (notification_preference.wa_id).
 */

/** The area codes Anatel assigns (a DDD outside this list is a typo). */
const DDD = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69,
  71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99,
]);

/**
 * A phone as typed in a cadastro ("(11) 98765-4321", "+55 11 98765-4321", "11987654321",
 * "011 98765-4321", "0 21 11 98765-4321" with a carrier code) → "5511987654321". An old 8-digit
 * mobile gets its ninth digit. Landlines, toll-free numbers and anything invalid → null: the
 * person has no WhatsApp number, so the notice is SKIPPED, not failed. A number written with
 * another country's code ("+351 912 345 678") is passed on as digits: WhatsApp judges it.
 */
export function whatsappNumber(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const international = /^\s*(\+|00)/.test(phone);
  let digits = phone.replace(/\D/g, '');
  if (international) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    if (!digits.startsWith('55')) return /^[1-9]\d{7,14}$/.test(digits) ? digits : null;
    return brazilianMobile(digits.slice(2));
  }
  // National forms: 0 + DDD (long-distance prefix), or 0 + carrier code (two digits) + DDD.
  if ((digits.length === 13 || digits.length === 14) && digits.startsWith('0')) digits = digits.slice(3);
  else if ((digits.length === 11 || digits.length === 12) && digits.startsWith('0')) digits = digits.slice(1);
  if (digits.length === 10 || digits.length === 11) return brazilianMobile(digits);
  if ((digits.length === 12 || digits.length === 13) && digits.startsWith('55')) return brazilianMobile(digits.slice(2));
  return null;
}

/** DDD + local number → 55 + DDD + 9 digits, or null for a landline or an invalid number. */
function brazilianMobile(national: string): string | null {
  if (!/^\d{10,11}$/.test(national)) return null;
  const ddd = Number(national.slice(0, 2));
  if (!DDD.has(ddd)) return null;
  const local = national.slice(2);
  if (local.length === 9) return local.startsWith('9') ? `55${ddd}${local}` : null;
  // Eight digits: 6–9 is a mobile from before the ninth digit; 2–5 a landline.
  return /^[6-9]/.test(local) ? `55${ddd}9${local}` : null;
}

/**
 * The phone behind a Brazilian WhatsApp ID: an 8-digit mobile ID (55DD + 8 digits starting with
 * 6–9) gets its ninth digit back, so an inbound message can be matched with the cadastro.
 * Any other ID is its own phone.
 */
export function phoneOfWaId(waId: string): string {
  const legacy = /^55(\d{2})([6-9]\d{7})$/.exec(waId);
  if (legacy && DDD.has(Number(legacy[1]))) return `55${legacy[1]}9${legacy[2]}`;
  return waId;
}

/** The 8-digit WhatsApp ID of a mobile registered before the ninth digit: 5511987654321 → 551187654321. */
export function legacyWaId(phone: string): string | null {
  const match = /^55(\d{2})9([6-9]\d{7})$/.exec(phone);
  return match ? `55${match[1]}${match[2]}` : null;
}

/** A number as Brazilians write it: 5511987654321 → (11) 98765-4321 (for messages a person reads). */
export function phoneText(number: string): string {
  const match = /^55(\d{2})(\d{4,5})(\d{4})$/.exec(number);
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : `+${number}`;
}
