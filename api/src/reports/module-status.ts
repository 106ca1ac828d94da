import type { MemberModuleProgressDto } from './dto/dashboard.dto.js';

export const MODULE_STATUSES = ['notEnrolled', 'notStarted', 'inProgress', 'passed', 'completed'] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

/**
 * Where a member stands in one module, from the furthest step reached. The one rule for the dashboard, the learner
 * page and the CSV: enrolled but with no lesson read and no attempt is « not started », not « in progress ».
 */
export function moduleStatus(cell: Pick<MemberModuleProgressDto, 'enrolled' | 'completed' | 'passed' | 'lessonsRead' | 'attempts'>): ModuleStatus {
  if (!cell.enrolled) return 'notEnrolled';
  if (cell.completed) return 'completed';
  if (cell.passed) return 'passed';
  return cell.lessonsRead > 0 || cell.attempts > 0 ? 'inProgress' : 'notStarted';
}
