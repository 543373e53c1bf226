import { describe, expect, it } from 'vitest';
import { billsDigest, bookingNotice, oneTimeCodeWhatsApp, requestReplyNotice, requestStatusNotice, workLogNotice } from '../../notices.js';
import { NotificationKind } from '../../notification.enums.js';
import { renderTemplate, templateCreationRequest, TEMPLATES, WHATSAPP_TEMPLATES, type WhatsAppTemplate } from '../templates.js';

const ALL: WhatsAppTemplate[] = Object.values(TEMPLATES);

describe('WhatsApp templates', () => {
  it.each(ALL.map((t) => [t.name, t] as const))('R-NOTIFY-1: %s follows Meta\'s rules for a template body', (_name, template) => {
    expect(template.name).toMatch(/^[a-z0-9_]{1,512}$/);
    expect(template.language).toBe('pt_BR');
    const numbers = [...template.body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]));
    expect([...new Set(numbers)].sort((a, b) => a - b)).toEqual(Array.from({ length: template.params }, (_, i) => i + 1));
    expect(template.example).toHaveLength(template.params);
    expect(template.body.length).toBeLessThanOrEqual(1024);
    if (template.category !== 'AUTHENTICATION') {
      // No parameter at the very start or end, none side by side.
      expect(template.body).not.toMatch(/^\s*\{\{\d+\}\}/);
      expect(template.body).not.toMatch(/\{\{\d+\}\}[\s.!?]*$/);
      expect(template.body).not.toMatch(/\}\}\s*\{\{/);
    }
    // Filled with the samples, nothing is left unfilled.
    expect(renderTemplate(template, template.example)).not.toMatch(/\{\{/);
  });

  it('R-AUTH-8: the sign-in code template is an AUTHENTICATION template with the copy-code button', () => {
    const ref = WHATSAPP_TEMPLATES[NotificationKind.ONE_TIME_CODE]!;
    const template: WhatsAppTemplate = TEMPLATES[ref.name];
    expect(template.category).toBe('AUTHENTICATION');
    expect(templateCreationRequest(template)).toEqual({
      name: 'habite_codigo_acesso',
      language: 'pt_BR',
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 10 },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copiar código' }] },
      ],
    });
    const others = ALL.filter((t) => t.name !== ref.name);
    expect(others.every((t) => t.category === 'UTILITY' && !t.copyCode)).toBe(true);
  });

  it('R-NOTIFY-4: every notice that goes by WhatsApp names an approved template with as many parameters as it has', () => {
    const link = 'https://portal.exemplo.com.br/x';
    const built: [NotificationKind, { template: string; params: string[] } | undefined][] = [
      [NotificationKind.BILLS_DIGEST, billsDigest({ name: 'Ana', portalName: 'Portal', link, bills: [{ id: '1', dueDate: '2027-03-31', amountCents: 123456, unitName: 'Apto 101', dueNow: true }] }).whatsapp],
      [NotificationKind.REQUEST_STATUS, requestStatusNotice({ name: 'Ana', number: 12, subject: 'Infiltração', status: 'Em andamento', comment: null, link }).whatsapp],
      [NotificationKind.REQUEST_REPLY, requestReplyNotice({ name: 'Ana', number: 12, subject: 'Infiltração', author: 'Carla', body: 'Vamos visitar.', link }).whatsapp],
      [NotificationKind.WORK_LOG_ENTRY, workLogNotice({ name: 'Ana', developmentName: 'Jardim', date: '2027-03-31', link }).whatsapp],
      [NotificationKind.BOOKING_CONFIRMED, bookingNotice({ name: 'Ana', reminder: false, what: 'vistoria', unitName: 'Apto 101', when: '31/03/2027 às 14h', link }).whatsapp],
      [NotificationKind.BOOKING_REMINDER, bookingNotice({ name: 'Ana', reminder: true, what: 'vistoria', unitName: 'Apto 101', when: '31/03/2027 às 14h', link }).whatsapp],
      [NotificationKind.ONE_TIME_CODE, oneTimeCodeWhatsApp('482913')],
    ];
    for (const [kind, whatsapp] of built) {
      const ref = WHATSAPP_TEMPLATES[kind];
      expect(ref, kind).not.toBeNull();
      expect(whatsapp, kind).toBeDefined();
      expect(whatsapp!.template, kind).toBe(ref!.name);
      expect(whatsapp!.params, kind).toHaveLength(ref!.params);
    }
    // The kinds without a template go by e-mail only.
    const without = Object.values(NotificationKind).filter((kind) => !WHATSAPP_TEMPLATES[kind]);
    expect(without.sort()).toEqual([NotificationKind.INVITATION, NotificationKind.MAGIC_LINK, NotificationKind.STATEMENT].sort());
  });
});
