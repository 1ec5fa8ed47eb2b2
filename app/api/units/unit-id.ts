// Reads the `[sentenceId]` of a unit route: a positive whole number, else the unit does not exist.
import { AppError } from '@/lib/errors';

/** The sentence id in a route segment; unit.notFound (404) for anything but digits. */
export async function readUnitId(params: Promise<{ sentenceId: string }>): Promise<number> {
  const { sentenceId } = await params;
  const id = Number(sentenceId);
  if (!/^\d{1,15}$/.test(sentenceId) || !Number.isSafeInteger(id)) throw new AppError('unit.notFound', { id: sentenceId });
  return id;
}

/** The longest English text a unit takes (far above any sentence of the corpus). */
export const MAX_TRANSLATION_LENGTH = 20_000;
