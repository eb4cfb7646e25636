import jsonLogic from 'json-logic-js';
import type { RulesLogic } from 'json-logic-js';
import type { HouseholdFacts, MemberFacts } from './facts';
import { HOUSEHOLD_FACT_NAMES, MEMBER_FACT_NAMES } from './facts';

export type Combinator = 'all' | 'any';
export type Subject = 'HOUSEHOLD' | 'MEMBER';

/** One named condition of a rule: a json-logic expression over the facts, with a label a person reads. */
export interface RuleCondition {
  key: string;
  label: string;
  logic: Record<string, unknown>;
}

/** An eligibility rule: its conditions, all or any of which must hold. */
export interface EligibilityRule {
  combinator: Combinator;
  conditions: RuleCondition[];
}

export interface ConditionOutcome {
  key: string;
  label: string;
  held: boolean;
}

export interface RuleOutcome {
  held: boolean;
  conditions: ConditionOutcome[];
}

/** What a rule reads: the household, and in a member rule the member being checked. */
export interface RuleData {
  household: HouseholdFacts;
  member?: MemberFacts;
}

/**
 * The json-logic operations a rule may use: comparisons, logic, arithmetic and array tests.
 * `log` (writes to the console) and the string operations have no business in a rule.
 */
const OPERATIONS = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
]);
/** Operations whose second argument runs over each array element, where `var` names the element's fields. */
const PER_ELEMENT = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some']);
const MAX_DEPTH = 12;

function varProblem(path: unknown, subject: Subject): string | null {
  if (typeof path !== 'string') return 'Имя факта в "var" должно быть строкой';
  const [scope, name, ...rest] = path.split('.');
  const names = scope === 'household' ? HOUSEHOLD_FACT_NAMES : scope === 'member' && subject === 'MEMBER' ? MEMBER_FACT_NAMES : null;
  if (!names || !name || rest.length > 0 || !names.includes(name)) return `Неизвестный факт «${path}»`;
  return null;
}

/** Why a json-logic expression cannot be a rule condition, or null: unknown operations and facts are refused. */
export function logicProblem(logic: unknown, subject: Subject, depth = 0, perElement = false): string | null {
  if (depth > MAX_DEPTH) return 'Условие вложено слишком глубоко';
  if (Array.isArray(logic)) {
    for (const item of logic) {
      const problem = logicProblem(item, subject, depth + 1, perElement);
      if (problem) return problem;
    }
    return null;
  }
  if (logic === null || typeof logic !== 'object') return null;
  const keys = Object.keys(logic);
  if (keys.length !== 1) return 'В каждом выражении ровно одна операция';
  const [op] = keys;
  if (!OPERATIONS.has(op)) return `Операция «${op}» не разрешена`;
  const args = (logic as Record<string, unknown>)[op];
  if (op === 'var') {
    const path = Array.isArray(args) ? args[0] : args;
    return perElement ? null : varProblem(path, subject);
  }
  const list = Array.isArray(args) ? args : [args];
  for (const [i, arg] of list.entries()) {
    const problem = logicProblem(arg, subject, depth + 1, perElement || (PER_ELEMENT.has(op) && i > 0));
    if (problem) return problem;
  }
  return null;
}

function holds(logic: Record<string, unknown>, data: RuleData): boolean {
  try {
    return jsonLogic.truthy(jsonLogic.apply(logic as RulesLogic, data));
  } catch {
    // A rule checked on save cannot throw here; a condition that cannot be evaluated does not hold.
    return false;
  }
}

/** Evaluates every condition (not stopping at the first) so the answer says which held and which did not. */
export function evaluateRule(rule: EligibilityRule, data: RuleData): RuleOutcome {
  const conditions = rule.conditions.map((c) => ({ key: c.key, label: c.label, held: holds(c.logic, data) }));
  const held = rule.combinator === 'all' ? conditions.every((c) => c.held) : conditions.some((c) => c.held);
  return { held, conditions };
}
