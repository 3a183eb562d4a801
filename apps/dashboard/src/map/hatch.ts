import { SUPPRESSED_FILL, SUPPRESSED_HATCH } from '../ui/palette';

/** The diagonal hatch marking a suppressed district, as a CSS background. */
export const SUPPRESSED_BACKGROUND = `repeating-linear-gradient(45deg, ${SUPPRESSED_FILL} 0 8px, ${SUPPRESSED_HATCH} 8px 9px)`;

export const SUPPRESSED_PATTERN_ID = 'lagesbild-suppressed-hatch';
