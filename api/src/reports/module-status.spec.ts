import { moduleStatus } from './module-status.js';

const cell = { enrolled: true, completed: false, passed: false, lessonsRead: 0, attempts: 0 };

describe('moduleStatus', () => {
  it('says « not started » for an enrolled member with no lesson read and no attempt, and « in progress » once either happens', () => {
    expect(moduleStatus(cell)).toBe('notStarted');
    expect(moduleStatus({ ...cell, lessonsRead: 1 })).toBe('inProgress');
    expect(moduleStatus({ ...cell, attempts: 1 })).toBe('inProgress');
  });

  it('gives the furthest step reached', () => {
    expect(moduleStatus({ ...cell, enrolled: false })).toBe('notEnrolled');
    expect(moduleStatus({ ...cell, attempts: 2, passed: true })).toBe('passed');
    expect(moduleStatus({ ...cell, lessonsRead: 4, passed: true, completed: true })).toBe('completed');
  });
});
