// The actor registry: search as you type, and add an entity with its aliases.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { createEntity, findEntities } from '@/lib/annotation-store/manage-entities';
import { ACTOR_TYPES } from '@/lib/annotations/types';
import { handleRead, handleUserWrite, parseJsonBody } from '../../_server/handle-route';

const name = z.string().trim().min(1).max(200);

const entitySchema = z.object({
  canonicalName: name,
  englishName: name.nullable().optional(),
  type: z.enum(ACTOR_TYPES),
  aliases: z.array(name).max(50).optional(),
});

export function GET(request: Request) {
  return handleRead(request, { permission: 'document.read' }, ({ db }) => {
    const query = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 200);
    return NextResponse.json({ entities: findEntities(db, query) });
  });
}

export function POST(request: Request) {
  return handleUserWrite(request, { permission: 'entity.manage' }, async ({ db, user }) => {
    const input = await parseJsonBody(request, entitySchema);
    return NextResponse.json({ entity: createEntity(db, input, { userId: user.id }) }, { status: 201 });
  });
}
