import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../lib/reader/guess-language';

describe('guessLanguage', () => {
  it('recognises the English abstract of a seed', () => {
    // 001: the English abstract before `Abstrak`
    expect(
      guessLanguage('The formulation of the problem focuses on how the impact of transnational organized crime on child trafficking has become an international problem.'),
    ).toBe('en');
  });

  it('keeps Indonesian text with English terms in it as Indonesian', () => {
    expect(
      guessLanguage('Menurut Robert O. Keohane dan Robert Axelrod bahwa kesuksesan sebuah kolaborasi tergantung pada kepentingan bersama, jumlah aktor yang terlibat dan bayangan masa depan (shadow of the future).'),
    ).toBe('id');
  });

  it('defaults to Indonesian for text too short to tell', () => {
    expect(guessLanguage('ECPAT Networks')).toBe('id');
  });
});
