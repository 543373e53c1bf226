/**
 * R-FIN-8: a PIX copy-and-paste code (BR Code, EMV): fields of id, two-digit length and value,
 * ending in the CRC16 field `6304XXXX` computed over everything before its value (CRC-16/CCITT-FALSE).
 */
export function pixCodeOf(text: string): string | null {
  const code = text.trim();
  if (code.length < 20 || code.length > 512 || !/^[\x20-\x7E]+$/.test(code)) return null;
  if (!code.startsWith('000201') || code.slice(-8, -4) !== '6304') return null;
  return crc16(code.slice(0, -4)) === code.slice(-4).toUpperCase() ? code : null;
}

export function crc16(payload: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(payload, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
