// The AppError a call throws, for tests of expected refusals (any other error is rethrown).
import { AppError } from '../../lib/errors';

export function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no AppError thrown');
}
