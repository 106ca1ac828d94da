import type { Schemas } from '../../api/client';

export type ModuleProgress = Schemas['MemberModuleProgressDto'];
export type ModuleStatus = 'notEnrolled' | 'notStarted' | 'inProgress' | 'passed' | 'completed';

/** Where a member stands in one module, from the furthest step reached. */
export function moduleStatus(cell: ModuleProgress): ModuleStatus {
  if (!cell.enrolled) return 'notEnrolled';
  if (cell.completed) return 'completed';
  if (cell.passed) return 'passed';
  return cell.lessonsRead > 0 || cell.attempts > 0 ? 'inProgress' : 'notStarted';
}
