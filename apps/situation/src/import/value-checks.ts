import { Normalisation } from '../indicator/indicator-enums';
import type { Indicator } from '../indicator/indicator.entity';
import { POPULATION_KEY } from '../indicator/indicator.service';
import type { ParsedObservation } from './parsed-row';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * How far a share may lie from 100 × numerator / denominator: half a percentage point, so a share
 * rounded to a whole per cent still agrees with its own numerator and denominator.
 */
export const SHARE_ROUNDING = 0.5;

const NUMBER_FIELDS = ['value', 'numerator', 'denominator'] as const;

/** A number that can be stored and computed with: not Infinity, not NaN. */
function finiteProblem(row: ParsedObservation): FieldProblem | null {
  for (const field of NUMBER_FIELDS) {
    const number = row[field];
    if (number !== null && !Number.isFinite(number)) {
      return { field, message: `${field} ${number} is not a finite number.` };
    }
  }
  return null;
}

function fractionProblem({ numerator, denominator }: ParsedObservation): FieldProblem | null {
  if (numerator !== null && numerator < 0) {
    return { field: 'numerator', message: `numerator ${numerator} is negative.` };
  }
  if (denominator !== null && denominator < 0) {
    return { field: 'denominator', message: `denominator ${denominator} is negative.` };
  }
  if (numerator !== null && denominator !== null && numerator > denominator) {
    return {
      field: 'numerator',
      message: `numerator ${numerator} is larger than denominator ${denominator}.`,
    };
  }
  return null;
}

function countProblem(indicator: Indicator, { value }: ParsedObservation): FieldProblem | null {
  if (indicator.key === POPULATION_KEY && value <= 0) {
    return {
      field: 'value',
      message: `population ${value} is not a number of inhabitants: a district has at least 1.`,
    };
  }
  if (value < 0) return { field: 'value', message: `value ${value} is a negative count.` };
  if (!Number.isInteger(value)) {
    return {
      field: 'value',
      message: `value ${value} must be a whole number: ${indicator.key} counts events.`,
    };
  }
  return null;
}

function shareProblem({ value, numerator, denominator }: ParsedObservation): FieldProblem | null {
  if (value < 0 || value > 100) {
    return { field: 'value', message: `value ${value} is not a share between 0 and 100 %.` };
  }
  if (numerator === null && denominator === null) return null;
  if (numerator === null || denominator === null) {
    return {
      field: numerator === null ? 'numerator' : 'denominator',
      message: 'Give both numerator and denominator, or neither.',
    };
  }
  if (denominator === 0) {
    return { field: 'denominator', message: 'denominator 0: a share of nobody has no value.' };
  }
  const share = (100 * numerator) / denominator;
  if (Math.abs(value - share) > SHARE_ROUNDING) {
    return {
      field: 'value',
      message: `value ${value} % contradicts numerator ${numerator} and denominator ${denominator}, which give ${Number(share.toFixed(2))} %.`,
    };
  }
  return null;
}

/** What is wrong with a row's value, numerator or denominator for its indicator, if anything. */
export function valueProblem(indicator: Indicator, row: ParsedObservation): FieldProblem | null {
  const problem = finiteProblem(row) ?? fractionProblem(row);
  if (problem) return problem;
  const counts =
    indicator.normalisation === Normalisation.PER_1000_INHABITANTS ||
    indicator.key === POPULATION_KEY;
  if (counts) return countProblem(indicator, row);
  if (indicator.normalisation === Normalisation.SHARE) return shareProblem(row);
  return null;
}
