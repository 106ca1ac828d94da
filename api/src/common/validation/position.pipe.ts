import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestValidationError } from '../errors/app-error.js';

const MAX_POSITION = 1000;

/** A 1-based position in a route (a lesson number): a small whole number, or 400 naming the parameter. */
@Injectable()
export class PositionPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const position = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
    if (!(position >= 1 && position <= MAX_POSITION)) throw new RequestValidationError([{ field: 'position', rule: 'isInt' }]);
    return position;
  }
}
