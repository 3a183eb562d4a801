import { DIVERGING, SEQUENTIAL, SUPPRESSED_FILL, contrastRatio, textColourOn } from './palette';

describe('palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('picks a text colour with at least 4.5:1 contrast on every class colour', () => {
    for (const colour of [...SEQUENTIAL, ...DIVERGING, SUPPRESSED_FILL]) {
      expect(contrastRatio(colour, textColourOn(colour))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
