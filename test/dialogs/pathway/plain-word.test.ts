/**
 * The route card explains the first glossary word its route uses, in one line
 * (the first sentence of the meaning in content/glossary.yaml), and only when
 * the card still fits a phone (900 visible characters).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { plainWordSection } from '../../../dialogs/pathway/route-card.js';
import type { Block } from '../../../src/core/messages.js';
import { TOP_QUESTIONS, firstCards, visibleChars, buttonCount } from '../../helpers/card-size.js';
import { editedContent } from '../../helpers/content.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

const firstLine = (id: string) => {
  const m = content.glossary.find((g) => g.id === id)!.meaning.replace(/\s+/g, ' ');
  return m.slice(0, m.indexOf('.') + 1);
};
const plainWords = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' && b.text.startsWith('In plain words: ') ? [b.text] : []));

describe('the plain-word line on the route card', () => {
  it('explains the first glossary word of the route, once, and the card still fits a phone', async () => {
    const cards = await firstCards(content, TOP_QUESTIONS);
    const na = cards.find((c) => c.to === 'nursing-associate')!;
    // "Nursing associate foundation degree apprenticeship": the role's own name is not explained; the foundation degree is.
    expect(plainWords(na.card.blocks)).toEqual([`In plain words: ${firstLine('foundation-degree')}`]);
    const physio = cards.find((c) => c.to === 'physiotherapist')!;
    expect(plainWords(physio.card.blocks)).toEqual([`In plain words: ${firstLine('degree-apprenticeship')}`]);
    for (const c of cards) {
      expect(plainWords(c.card.blocks).length, c.question).toBeLessThanOrEqual(1);
      expect(visibleChars(c.card.blocks), c.question).toBeLessThanOrEqual(900);
      expect(buttonCount(c.card.blocks), c.question).toBeLessThanOrEqual(6);
    }
  });

  const route: Block[] = [{ type: 'list', items: ['Nursing associate (Band 4): Nursing associate foundation degree apprenticeship.'] }];

  it('leaves the line out when it would take the card over the limit', () => {
    const line = `In plain words: ${firstLine('foundation-degree')}`;
    expect(plainWordSection(content, route, line.length)).toEqual([{ type: 'paragraph', text: line, tone: 'muted' }]);
    expect(plainWordSection(content, route, line.length - 1)).toEqual([]);
  });

  it('does not explain role names, or words the glossary marks as known to everyone', () => {
    expect(plainWordSection(content, [{ type: 'paragraph', text: 'Assistant practitioner (Band 4), then Band 5.' }], 900)).toEqual([]);
  });

  describe('with a trust glossary', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await tempDir();
    });
    afterEach(async () => {
      await removeDir(dir);
    });

    it('follows explainInRoutes: a word marked false is passed over for the next one', async () => {
      const edited = await editedContent(dir, {
        'glossary.yaml': [['  - id: foundation-degree\n    term: foundation degree\n', '  - id: foundation-degree\n    explainInRoutes: false\n    term: foundation degree\n']],
      });
      const blocks = plainWordSection(edited, route, 900);
      // "foundation degree apprenticeship": with the foundation degree passed over, no other word is used.
      expect(blocks).toEqual([]);
      const more: Block[] = [...route, { type: 'paragraph', text: 'You need first: Level 2 maths and English.' }];
      expect(plainWordSection(edited, more, 900)).toEqual([{ type: 'paragraph', text: `In plain words: ${firstLine('level-2')}`, tone: 'muted' }]);
    });
  });
});
