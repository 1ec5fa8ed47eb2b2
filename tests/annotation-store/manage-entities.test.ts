import { describe, expect, it } from 'vitest';
import { listEntitiesWithMentions } from '../../lib/annotation-store/list-entities-with-mentions';
import { loadAnnotationWorkspace } from '../../lib/annotation-store/load-annotation-workspace';
import { addEntityAlias, createEntity, findEntities } from '../../lib/annotation-store/manage-entities';
import { getAuditEntriesByEntity } from '../../lib/db/queries/audit';
import { openTestDatabase } from '../helpers/test-db';
import { addUser, annotate, workbench } from './fixtures';
import { caught } from '../helpers/caught-app-error';

describe('the seeded actor registry', () => {
  it('holds ECPAT with the names the seeds use for it', () => {
    const db = openTestDatabase();
    const [ecpat] = findEntities(db, 'ECPAT');
    expect(ecpat).toMatchObject({ canonicalName: 'ECPAT', type: 'ngo' });
    expect(ecpat?.aliases).toEqual(
      expect.arrayContaining(['ECPAT Indonesia', 'End Child Prostitution, Child Pornography and Child Trafficking for Sexual Purposes']),
    );
  });

  it('holds the organisations and governments the seeds name, with English names', () => {
    const db = openTestDatabase();
    const byName = (name: string) => findEntities(db, name)[0];
    expect(byName('UNODC')).toMatchObject({ type: 'igo', englishName: 'United Nations Office on Drugs and Crime' });
    expect(byName('Perserikatan Bangsa-Bangsa')).toMatchObject({ canonicalName: 'PBB', englishName: 'United Nations' });
    expect(byName('International Justice Mission')).toMatchObject({ canonicalName: 'IJM', type: 'ngo' });
    expect(byName('Polri')).toMatchObject({ type: 'government_agency' });
    expect(byName('Pemerintah Kamboja')).toMatchObject({ type: 'state', englishName: 'Government of Cambodia' });
  });
});

describe('findEntities', () => {
  it('matches canonical names, English names and aliases, case-insensitively', () => {
    const db = openTestDatabase();
    expect(findEntities(db, 'ecpat indonesia').map((e) => e.canonicalName)).toEqual(['ECPAT']);
    expect(findEntities(db, 'world bank').map((e) => e.canonicalName)).toEqual(['Bank Dunia']);
    expect(findEntities(db, '%')).toEqual([]);
    expect(findEntities(db, '').length).toBe(20);
  });
});

describe('createEntity', () => {
  it('adds an entity with its aliases and an audit entry', () => {
    const db = openTestDatabase();
    const user = addUser(db, 'ani');
    const entity = createEntity(db, { canonicalName: '  Komisi  Perlindungan Anak Indonesia ', englishName: 'Indonesian Child Protection Commission', type: 'government_agency', aliases: ['KPAI', 'kpai'] }, { userId: user });
    expect(entity).toMatchObject({ canonicalName: 'Komisi Perlindungan Anak Indonesia', aliases: ['KPAI'] });
    expect(findEntities(db, 'kpai')).toEqual([entity]);
    expect(getAuditEntriesByEntity(db, 'entity', entity.id).map((e) => e.action)).toEqual(['entity.create']);
  });

  it('refuses a name or alias another entity already has, whatever its case, with 409', () => {
    const db = openTestDatabase();
    expect(caught(() => createEntity(db, { canonicalName: 'ecpat', type: 'ngo' }, { userId: null }))).toMatchObject({ code: 'entity.nameTaken', status: 409 });
    expect(caught(() => createEntity(db, { canonicalName: 'Lain', type: 'ngo', aliases: ['ecpat indonesia'] }, { userId: null }))).toMatchObject({
      code: 'entity.nameTaken',
      params: { name: 'ecpat indonesia' },
    });
    expect(findEntities(db, 'Lain')).toEqual([]);
  });
});

describe('addEntityAlias', () => {
  it('adds a name, refuses a taken one and an unknown entity', () => {
    const db = openTestDatabase();
    const [ijm] = findEntities(db, 'IJM');
    if (!ijm) throw new Error('IJM not seeded');
    expect(addEntityAlias(db, ijm.id, 'Misi Keadilan Internasional', { userId: null }).aliases).toContain('Misi Keadilan Internasional');
    expect(caught(() => addEntityAlias(db, ijm.id, 'unodc', { userId: null }))).toMatchObject({ code: 'entity.nameTaken' });
    expect(caught(() => addEntityAlias(db, 999_999, 'X', { userId: null }))).toMatchObject({ code: 'entity.notFound', status: 404 });
  });
});

describe('listEntitiesWithMentions', () => {
  it('lists the accepted actor spans linked to each entity, never unreviewed suggestions', () => {
    const bench = workbench();
    const [ecpat] = findEntities(bench.db, 'ECPAT');
    if (!ecpat) throw new Error('ECPAT not seeded');
    const kept = annotate(bench, 'ECPAT', { label: 'actor', attributes: { entity: ecpat.id, actor_type: 'ngo' } });
    annotate(bench, 'ECPAT', { label: 'actor', occurrence: 1, status: 'suggested', attributes: { entity: ecpat.id } });
    const listed = listEntitiesWithMentions(bench.db).find((e) => e.id === ecpat.id);
    expect(listed?.mentions).toEqual([{ annotationId: kept.id, documentSlug: bench.slug, documentTitle: expect.any(String), quote: 'ECPAT', start: kept.start }]);
  });
});

describe('loadAnnotationWorkspace', () => {
  it('gives the annotate page the text, structure, labels, registry and the user’s layer', () => {
    const bench = workbench();
    const mine = annotate(bench, 'child trafficking');
    annotate(bench, 'ECPAT', { layer: bench.other });
    const workspace = loadAnnotationWorkspace(bench.db, bench.slug, bench.annotator);
    expect(workspace?.document).toMatchObject({ slug: bench.slug, text: bench.text, revision: 1 });
    expect(workspace?.labels.map((l) => [l.name, l.shortcut, l.color])).toEqual([
      ['claim', '1', '#d9480f'],
      ['actor', '2', '#1971c2'],
      ['statistic', '3', '#2f9e44'],
    ]);
    expect(workspace?.blocks[0]).toMatchObject({ kind: 'heading', start: 0 });
    expect(workspace?.sentences.length).toBeGreaterThan(10);
    expect(workspace?.entities.length).toBeGreaterThan(30);
    expect(workspace?.annotations).toEqual([mine]);
    expect(loadAnnotationWorkspace(bench.db, 'missing', bench.annotator)).toBeUndefined();
  });
});
