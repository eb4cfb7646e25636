import type { HouseholdFacts } from './facts';
import type { EligibilityRule, RuleOutcome, Subject } from './rule';
import { evaluateRule } from './rule';

/** A life situation as the evaluation needs it (the database row carries more). */
export interface SituationDefinition {
  code: string;
  name: string;
  subject: Subject;
  rule: EligibilityRule;
  measureCodes: readonly string[];
}

/** One subject a situation was checked for: the household (through its applicant) or one member. */
export interface SituationCheck {
  personId: string;
  outcome: RuleOutcome;
}

/** Checks a situation for its subject(s): once for the household, or once per member. */
export function checkSituation(situation: SituationDefinition, facts: HouseholdFacts): SituationCheck[] {
  if (situation.subject === 'HOUSEHOLD') {
    if (!facts.applicantId) return [];
    return [{ personId: facts.applicantId, outcome: evaluateRule(situation.rule, { household: facts }) }];
  }
  return facts.members.map((member) => ({ personId: member.id, outcome: evaluateRule(situation.rule, { household: facts, member }) }));
}

/** A measure the family qualifies for, for whom, through which situation and why. */
export interface Entitlement {
  situationCode: string;
  situationName: string;
  measureCode: string;
  personId: string;
  /** the conditions, each with whether it held: the reason */
  conditions: RuleOutcome['conditions'];
}

/**
 * The measures a household qualifies for and has not received nor has in work. A member's measure is
 * judged by that member's needs; a household-wide one by any member's. One entry per measure and
 * person: the first situation (in the given order) that leads to it gives the reason.
 */
export function entitlementsOf(situations: readonly SituationDefinition[], facts: HouseholdFacts): Entitlement[] {
  const byId = new Map(facts.members.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const result: Entitlement[] = [];
  for (const situation of situations) {
    for (const { personId, outcome } of checkSituation(situation, facts)) {
      if (!outcome.held) continue;
      const member = byId.get(personId);
      const has = situation.subject === 'HOUSEHOLD' ? facts : member;
      for (const measureCode of situation.measureCodes) {
        const key = `${measureCode}:${personId}`;
        if (seen.has(key) || has?.receivedMeasures.includes(measureCode) || has?.openMeasures.includes(measureCode)) continue;
        seen.add(key);
        result.push({
          situationCode: situation.code,
          situationName: situation.name,
          measureCode,
          personId,
          conditions: outcome.conditions,
        });
      }
    }
  }
  return result;
}
