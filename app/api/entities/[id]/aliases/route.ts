// Another name for a registry entity (`ECPAT Indonesia` for ECPAT).
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { addEntityAlias } from '@/lib/annotation-store/manage-entities';
import { AppError } from '@/lib/errors';
import { handleUserWrite, parseJsonBody } from '../../../../_server/handle-route';

type Params = { params: Promise<{ id: string }> };

const aliasSchema = z.object({ alias: z.string().trim().min(1).max(200) });

export function POST(request: Request, { params }: Params) {
  return handleUserWrite(request, { permission: 'entity.manage' }, async ({ db, user }) => {
    const { id } = await params;
    const entityId = Number(id);
    if (!/^\d{1,15}$/.test(id) || !Number.isSafeInteger(entityId)) throw new AppError('entity.notFound', { id });
    const { alias } = await parseJsonBody(request, aliasSchema);
    return NextResponse.json({ entity: addEntityAlias(db, entityId, alias, { userId: user.id }) });
  });
}
