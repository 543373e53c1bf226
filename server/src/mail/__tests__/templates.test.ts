import { describe, expect, it } from 'vitest';
import { invitationMail, magicLinkMail } from '../templates.js';

describe('e-mails speak correct Portuguese (STYLE, "Words")', () => {
  it('no "(a)": the invitation says "recebeu um convite"; the portal is named once, with the right article; counts agree', () => {
    const mail = invitationMail({ to: 'ana@x.dev', name: 'Ana', portalName: 'Portal Horizonte', link: 'https://x/primeiro-acesso', hours: 72 });
    expect(mail.subject).toBe('Seu acesso ao Portal Horizonte');
    expect(mail.text).toContain('Olá, Ana! Você recebeu um convite para acessar o Portal Horizonte.');
    expect(mail.text).toContain('O convite vale por 72 horas');
    expect(mail.text).not.toMatch(/\(a\)|\(s\)/);
    const work = invitationMail({ to: 'ana@x.dev', name: 'Ana', portalName: 'Obra Casa Silva', link: 'https://x', hours: 1 });
    expect(work.subject).toBe('Seu acesso ao portal Obra Casa Silva');
    expect(work.text).toContain('O convite vale por 1 hora e');
  });

  it('the magic link: "entrar no Portal Horizonte", "1 minuto"', () => {
    const mail = magicLinkMail({ to: 'ana@x.dev', name: 'Ana', portalName: 'Portal Horizonte', link: 'https://x/entrar/link', minutes: 30 });
    expect(mail.subject).toBe('Seu link de acesso ao Portal Horizonte');
    expect(mail.text).toContain('Recebemos um pedido para entrar no Portal Horizonte sem senha.');
    const one = magicLinkMail({ to: 'a@x.dev', name: 'A', portalName: 'Minha Horizonte', link: 'https://x', minutes: 1 }).text;
    expect(one).toContain('entrar no portal Minha Horizonte sem senha.');
    expect(one).toContain('O link vale por 1 minuto e');
  });
});
