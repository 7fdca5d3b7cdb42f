// Fails on user-visible text written directly in JSX: text children with letters, and string
// literals in attributes people read or hear (aria-label, title, placeholder, alt, label).
// Everything a user sees goes through the message catalogues (resources/locales).
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'aria-valuetext']);
const HAS_LETTER = /\p{L}/u;

export default {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible JSX text must come from the message catalogue (t()).' },
    messages: {
      text: 'Untranslated text "{{text}}": use t() with a key in resources/locales.',
      attribute: 'Untranslated {{name}} "{{text}}": use t() with a key in resources/locales.',
    },
    schema: [],
  },
  create(context) {
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (text && HAS_LETTER.test(text)) context.report({ node, messageId: 'text', data: { text: text.slice(0, 40) } });
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!READ_ATTRIBUTES.has(name) || !node.value) return;
        const literal =
          node.value.type === 'Literal'
            ? node.value.value
            : node.value.type === 'JSXExpressionContainer' && node.value.expression.type === 'Literal'
              ? node.value.expression.value
              : null;
        if (typeof literal === 'string' && HAS_LETTER.test(literal)) {
          context.report({ node, messageId: 'attribute', data: { name, text: literal.slice(0, 40) } });
        }
      },
    };
  },
};
