// An actor's document-independent English name in the registry (set, or cleared with null).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { setEntityEnglishName } from '@/lib/translation-store/manage-glossary';
import { handleUserWrite, parseJsonBody } from '../../../_server/handle-route';

type Params = { params: Promise<{ id: string }> };

const englishNameSchema = z.object({ englishName: z.string().max(200).nullable() });

export function PATCH(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'glossary.manage' }, async ({ db, user }) => {
    const { id } = await params;
    const entityId = Number(id);
    if (!/^\d{1,15}$/.test(id) || !Number.isSafeInteger(entityId)) throw new AppError('entity.notFound', { id });
    const { englishName } = await parseJsonBody(request, englishNameSchema);
    return NextResponse.json({ entity: setEntityEnglishName(db, entityId, englishName, { userId: user.id }) });
  });
}
