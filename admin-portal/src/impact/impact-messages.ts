/** The admin app's words for R-EXPLAIN-4 (the impact preview before saving); spread into messages.ts. */
const pt = {
  'impact.title': 'Antes de salvar',
  'impact.checking': 'Verificando o que muda para os clientes…',
  'impact.help': 'Calculado pelas mesmas regras que o portal usa: a mudança foi aplicada e desfeita, nada foi salvo ainda.',
  'impact.save': 'Salvar',
  'impact.cancel': 'Cancelar',
  'impact.showCustomers': 'Ver os clientes',
  'impact.hideCustomers': 'Esconder a lista',
  'impact.customers': 'Clientes afetados',
  'impact.why': 'Por quê?',
  'impact.more': 'Mostrar mais',
  /** Before the rule an example flips by: it stops holding (hidden) or starts holding (shown). */
  'impact.ruleStops': 'deixa de valer:',
  'impact.ruleStarts': 'passa a valer:',
};

export const impactMessages: { 'pt-BR': typeof pt; en: Record<keyof typeof pt, string> } = {
  'pt-BR': pt,
  en: {
    'impact.title': 'Before saving',
    'impact.checking': 'Checking what changes for customers…',
    'impact.help': 'Worked out by the same rules the portal uses: the change was made and undone, nothing is saved yet.',
    'impact.save': 'Save',
    'impact.cancel': 'Cancel',
    'impact.showCustomers': 'See the customers',
    'impact.hideCustomers': 'Hide the list',
    'impact.customers': 'Customers affected',
    'impact.why': 'Why?',
    'impact.more': 'Show more',
    'impact.ruleStops': 'no longer holds:',
    'impact.ruleStarts': 'now holds:',
  },
};
