// A private in-memory database with the real migrations, for one test.
import { openDatabase, type Db } from '../../lib/db/connection';

export function openTestDatabase(): Db {
  return openDatabase(':memory:');
}
