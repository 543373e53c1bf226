import { Field, ObjectType } from 'type-graphql';
import { inLocale, type Locale, type Said } from '../../locale.js';
import { FixLink, fixIn, type Fix, type Rule } from './rule.js';

@ObjectType({ description: 'Uma regra avaliada: passou ou falhou, por quê, e onde corrigir.' })
export class RuleCheck {
  @Field(() => String, { description: 'O identificador da regra na especificação (ex.: R-UNIT-2).' })
  ruleId!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => String)
  detail!: string;

  @Field(() => FixLink, { nullable: true })
  fix?: FixLink | null;
}

/** A rule evaluated, its words in both languages; `checkIn` gives the caller's. */
export interface Check {
  ruleId: string;
  label: Said;
  passed: boolean;
  detail: Said;
  fix: Fix | null;
}

/** The check face of every rule, in order, on one object's facts. */
export function evaluate<F>(rules: readonly Pick<Rule<F>, 'id' | 'label' | 'check'>[], facts: F): Check[] {
  return rules.map((rule) => {
    const outcome = rule.check(facts);
    return { ruleId: rule.id, label: rule.label, passed: outcome.passed, detail: outcome.detail, fix: outcome.fix ?? null };
  });
}

export const checkIn = (check: Check, locale: Locale): RuleCheck => ({
  ruleId: check.ruleId, label: inLocale(check.label, locale), passed: check.passed, detail: inLocale(check.detail, locale), fix: check.fix ? fixIn(check.fix, locale) : null,
});

export const allPassed = (checks: readonly { passed: boolean }[]) => checks.every((c) => c.passed);
