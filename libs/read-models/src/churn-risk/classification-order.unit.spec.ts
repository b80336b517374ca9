import { classificationChange } from './classification-order.js';

describe('classificationChange', () => {
  it('sees nothing in a first classification', () => {
    expect(classificationChange(null, { segment: 'mass' })).toEqual({ kind: 'lateral' });
  });

  it('calls a move down the retail or business ladder a segment downgrade', () => {
    expect(classificationChange({ segment: 'private_banking' }, { segment: 'affluent' })).toEqual({
      kind: 'downgrade',
      segment: { from: 'private_banking', to: 'affluent' },
      valueTier: null,
    });
    expect(classificationChange({ segment: 'institutional' }, { segment: 'sme' })).toMatchObject({ kind: 'downgrade' });
  });

  it('calls a lower value tier a downgrade even when the segment rises', () => {
    expect(
      classificationChange({ segment: 'mass', valueTier: 'gold' }, { segment: 'affluent', valueTier: 'bronze' }),
    ).toEqual({ kind: 'downgrade', segment: null, valueTier: { from: 'gold', to: 'bronze' } });
  });

  it('calls a rise with nothing lowered an upgrade', () => {
    expect(classificationChange({ segment: 'mass', valueTier: 'silver' }, { segment: 'mass', valueTier: 'gold' })).toEqual({
      kind: 'upgrade',
    });
  });

  it('compares nothing across ladders, nor a tier that appears or vanishes, nor a risk rating', () => {
    expect(classificationChange({ segment: 'private_banking' }, { segment: 'sme' })).toEqual({ kind: 'lateral' });
    expect(classificationChange({ segment: 'mass', valueTier: 'gold' }, { segment: 'mass' })).toEqual({ kind: 'lateral' });
    expect(classificationChange({ segment: 'mass', riskRating: 'low' }, { segment: 'mass', riskRating: 'high' })).toEqual({
      kind: 'lateral',
    });
  });
});
