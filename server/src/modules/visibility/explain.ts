import { Field, ObjectType } from 'type-graphql';
import { FixLink, type Rule } from './rule.js';

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

/** The check face of every rule, in order, on one object's facts. */
export function evaluate<F>(rules: readonly Pick<Rule<F>, 'id' | 'label' | 'check'>[], facts: F): RuleCheck[] {
  return rules.map((rule) => {
    const outcome = rule.check(facts);
    return { ruleId: rule.id, label: rule.label, passed: outcome.passed, detail: outcome.detail, fix: outcome.fix ?? null };
  });
}

export const allPassed = (checks: RuleCheck[]) => checks.every((c) => c.passed);
