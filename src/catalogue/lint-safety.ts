import { familyModel } from '../engine/model.ts';
import type { Finding } from './lint-references.ts';
import type { Catalogue } from './schema.ts';

/**
 * Double charges: a family whose causes may already have charged the customer must name
 * the check that finds out (its `chargeCheck`), that check must be one of its fixes, and
 * the check itself must not take money again.
 */
export function lintSafety(cat: Catalogue): Finding[] {
  const out: Finding[] = [];
  for (const family of cat.families) {
    const model = familyModel(cat, family.id);
    const risky = model.causes.filter((_, c) => model.doubleCharge[c]);
    if (risky.length === 0) continue;
    const where = `family ${family.id}`;
    if (!family.chargeCheck)
      out.push({
        rule: 'double-charge',
        where,
        message: `${risky.join(', ')} may charge twice, but the family names no chargeCheck fix`,
      });
    else if (!model.fixChance.has(family.chargeCheck))
      out.push({
        rule: 'double-charge',
        where,
        message: `chargeCheck "${family.chargeCheck}" is not a fix of any of its causes`,
      });
    else if (model.takesPayment.has(family.chargeCheck))
      out.push({ rule: 'double-charge', where, message: 'the charge check itself takes payment' });
  }
  return out;
}
