import { RequestMethod } from '@nestjs/common';
import request from 'supertest';
import { ACCESS, type AccessRule, type OrganisationRoleName } from '../src/common/auth/public.decorator.js';
import { ContentLoaderService } from '../src/content/content-loader.service.js';
import { BUNDLED_CONTENT } from './support/content-fixture.js';
import { ORGANISATION_ROUTES, type SampleName, type SampleRequest } from './support/organisation-routes.js';
import { databaseFingerprint, organisationWorld, type OrganisationSamples, type World } from './support/organisation-world.js';
import { routeHandlers, type RouteHandler } from './support/route-handlers.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Route extends RouteHandler {
  rule: AccessRule;
  entry: SampleRequest;
}

/** One cell of the matrix: who calls, with which organisation's path and objects, and the answer they must get. */
interface Cell {
  who: string;
  cookie?: string;
  samples: OrganisationSamples;
  expected: number | number[];
}

const ROLE_PERSON = { org_admin: 'orgAdmin', trainer: 'trainer', trainee: 'trainee' } as const satisfies Record<OrganisationRoleName, string>;

describe('organisation routes: who may call each one, across organisations', () => {
  let testApp: TestApp;
  let world: World;
  let routes: Map<string, Route>;

  beforeAll(async () => {
    testApp = await createTestApp();
    await testApp.app.get(ContentLoaderService).load(BUNDLED_CONTENT);
    world = await organisationWorld(testApp);
    routes = new Map(
      routeHandlers(testApp).map((route) => {
        const key = `${RequestMethod[route.method]} ${route.path}`;
        const rule: AccessRule = Reflect.getMetadata(ACCESS, route.handler) ?? Reflect.getMetadata(ACCESS, route.controller);
        return [key, { ...route, rule, entry: ORGANISATION_ROUTES[key] }];
      }),
    );
  });
  afterAll(() => testApp.close());

  const pathParams = (route: Route) => [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);

  function sampleFor(route: Route, param: string): SampleName {
    const name = route.entry.params?.[param] ?? param;
    if (!(name in world.samples.a)) throw new Error(`${route.path}: say in ORGANISATION_ROUTES which sample :${param} takes`);
    return name as SampleName;
  }

  function send(route: Route, samples: OrganisationSamples, cookie?: string) {
    const path = route.path.replace(/:(\w+)/g, (_, param: string) => samples[sampleFor(route, param)]);
    const verb = RequestMethod[route.method].toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const call = request(testApp.http)[verb](route.entry.query ? `${path}?${route.entry.query}` : path);
    if (cookie) call.set('Cookie', cookie);
    if (route.entry.csv) return call.set('Content-Type', 'text/csv').send(Buffer.from(route.entry.csv()));
    return route.entry.body ? call.send(route.entry.body(samples)) : call;
  }

  /** The samples a route's path and body name, besides the organisation: those an attacker would swap. */
  function objectsNamed(route: Route): { name: SampleName; inPath: boolean }[] {
    const read = new Set<SampleName>();
    const spy = new Proxy(world.samples.a, { get: (target, name: SampleName) => (read.add(name), target[name]) });
    route.entry.body?.(spy);
    const inPath = pathParams(route).map((param) => sampleFor(route, param));
    return [...new Set([...inPath, ...read])].filter((name) => name !== 'organisationId').map((name) => ({ name, inPath: inPath.includes(name) }));
  }

  const allowedRoles = (rule: AccessRule): OrganisationRoleName[] => (rule.kind === 'organisation' ? rule.roles : []);
  const runByTrainer = (route: Route) => route.entry.runByTrainer ?? /:cohortId|\/children\/:userId/.test(route.path);

  function allowedCells(route: Route): Cell[] {
    const a = world.samples.a;
    const cell = (who: string, cookie: string): Cell => ({ who, cookie, samples: a, expected: route.entry.ok ?? 200 });
    const admin = cell('platform admin', world.admin.cookie);
    switch (route.rule.kind) {
      case 'organisation':
        return [...route.rule.roles.map((role) => cell(`${role} of A`, world.a[ROLE_PERSON[role]].cookie)), admin];
      case 'loggedIn':
        return [cell('org admin of A', world.a.orgAdmin.cookie), cell('trainee of A', world.a.trainee.cookie), cell('a learner in no organisation', world.outsider.cookie), admin];
      case 'platformAdmin':
        return [admin];
      default:
        throw new Error(`${route.path}: a ${route.rule.kind} route under /api/organisations`);
    }
  }

  function refusedCells(route: Route): Cell[] {
    const { a, b } = world.samples;
    const cells: Cell[] = [
      { who: 'anonymous', samples: a, expected: 401 },
      { who: 'child of A (username and PIN)', cookie: world.child.cookie, samples: a, expected: 403 },
    ];
    if (route.rule.kind === 'platformAdmin') {
      for (const role of ['orgAdmin', 'trainer', 'trainee'] as const) cells.push({ who: `${role} of A`, cookie: world.a[role].cookie, samples: a, expected: 403 });
      cells.push({ who: 'a learner in no organisation', cookie: world.outsider.cookie, samples: a, expected: 403 });
    }
    if (route.rule.kind !== 'organisation') return cells;
    const roles = allowedRoles(route.rule);
    for (const role of (['org_admin', 'trainer', 'trainee'] as const).filter((r) => !roles.includes(r))) {
      cells.push({ who: `${role} of A`, cookie: world.a[ROLE_PERSON[role]].cookie, samples: a, expected: 403 });
    }
    // Trainers see only the cohorts and children they run; the others look as if they did not exist.
    if (roles.includes('trainer') && runByTrainer(route)) cells.push({ who: 'trainer of A who does not run it', cookie: world.bystander.cookie, samples: a, expected: 404 });
    // Outside the organisation, it does not exist.
    cells.push(
      { who: 'org admin of B', cookie: world.b.orgAdmin.cookie, samples: a, expected: 404 },
      { who: 'trainer of B', cookie: world.b.trainer.cookie, samples: a, expected: 404 },
      { who: 'a learner in no organisation', cookie: world.outsider.cookie, samples: a, expected: 404 },
    );
    const callers = [...roles.map((role) => ({ who: `${role} of A`, cookie: world.a[ROLE_PERSON[role]].cookie })), { who: 'platform admin', cookie: world.admin.cookie }];
    for (const caller of callers) {
      // Another organisation's objects under A's path: 404 for an object named by the path, 400 or 404 in a body.
      for (const { name, inPath } of objectsNamed(route)) {
        cells.push({ who: `${caller.who}, with B's ${name} under A's path`, cookie: caller.cookie, samples: { ...a, [name]: b[name] }, expected: inPath ? 404 : [400, 404] });
      }
      if (caller.who !== 'platform admin') cells.push({ who: `${caller.who}, under B's path with B's objects`, cookie: caller.cookie, samples: b, expected: 404 });
    }
    return cells;
  }

  /** Runs the cells in turn; a cell that got the answer it should shows that answer, any other shows what came back. */
  async function run(route: Route, cells: Cell[], before?: () => Promise<Partial<OrganisationSamples>>) {
    const got: object[] = [];
    for (const cell of cells) {
      const samples = { ...cell.samples, ...(before ? await before() : {}) };
      const response = await send(route, samples, cell.cookie);
      const allowed = Array.isArray(cell.expected) ? cell.expected : [cell.expected];
      got.push({ who: cell.who, status: allowed.includes(response.status) ? cell.expected : response.status, ...(allowed.includes(response.status) ? {} : { body: response.body }) });
    }
    expect(got).toEqual(cells.map((cell) => ({ who: cell.who, status: cell.expected })));
  }

  it('has a line for every route under /api/organisations and every organisation rule (a new route must join the table)', () => {
    const guarded = [...routes.entries()].filter(([, r]) => r.rule.kind === 'organisation' || (r.path.startsWith('/api/organisations') && r.rule.kind !== 'public'));
    expect(guarded.filter(([, r]) => r.rule.kind === 'organisation').length).toBeGreaterThanOrEqual(33);
    expect(guarded.map(([key]) => key).filter((key) => !(key in ORGANISATION_ROUTES))).toEqual([]);
    expect(Object.keys(ORGANISATION_ROUTES).filter((key) => !routes.has(key))).toEqual([]);
  });

  describe.each(Object.keys(ORGANISATION_ROUTES))('%s', (key) => {
    it('refuses everyone else, across organisations too, and changes nothing', async () => {
      const route = routes.get(key)!;
      const before = await databaseFingerprint(testApp);
      await run(route, refusedCells(route));
      expect(await databaseFingerprint(testApp)).toEqual(before);
    });

    it('lets the roles it declares and a platform admin through', async () => {
      const route = routes.get(key)!;
      await run(route, allowedCells(route), route.entry.fresh && (() => route.entry.fresh!(testApp, world)));
    });
  });

  describe('accounts across organisations, and children', () => {
    const http = () => request(testApp.http);

    it('another organisation’s admin adding an existing account by e-mail neither makes it a member nor sees its name or progress', async () => {
      const target = world.a.trainee;
      const b = `/api/organisations/${world.b.id}`;
      const asAdminOfB = (call: request.Test) => call.set('Cookie', world.b.orgAdmin.cookie);
      const added = await asAdminOfB(http().post(`${b}/members`)).send({ email: target.email, role: 'trainee' });
      expect(added.status).toBeLessThan(500);
      expect(JSON.stringify(added.body)).not.toContain(target.displayName);
      const theirs = (await http().get('/api/organisations').set('Cookie', target.cookie).expect(200)).body.items.map((o: { id: string }) => o.id);
      expect(theirs).toEqual([world.a.id]);
      expect((await asAdminOfB(http().get(`${b}/members?pageSize=100`))).text).not.toContain(target.displayName);
      // Nor can B put the account in a cohort and read what it learnt (its enrolment in A's cohort).
      const cohort = `${b}/cohorts/${world.samples.b.cohortId}`;
      await asAdminOfB(http().post(`${cohort}/members`)).send({ userIds: [target.id] });
      const detail = await asAdminOfB(http().get(`${cohort}/members/${target.id}`));
      expect({ status: detail.status, named: detail.text.includes(target.displayName) }).toEqual({ status: 404, named: false });
      expect((await asAdminOfB(http().get(`${cohort}/dashboard?pageSize=100`))).text).not.toContain(target.displayName);
    });

    it('a child is never given an adult role, by an org admin or a platform admin', async () => {
      const member = `/api/organisations/${world.a.id}/members/${world.child.id}`;
      const roleOf = async () => (await testApp.dataSource.query(`SELECT role FROM memberships WHERE user_id = $1`, [world.child.id]))[0].role;
      const callers = { 'org admin of A': world.a.orgAdmin.cookie, 'platform admin': world.admin.cookie };
      const cells = Object.keys(callers).flatMap((who) => ['trainer', 'org_admin'].map((role) => ({ who: who as keyof typeof callers, role })));
      const got: object[] = [];
      try {
        for (const { who, role } of cells) {
          const response = await http().patch(member).set('Cookie', callers[who]).send({ role });
          got.push({ who, role, status: response.status >= 400 && response.status < 500 ? '4xx' : response.status, roleNow: await roleOf() });
        }
      } finally {
        await testApp.dataSource.query(`UPDATE memberships SET role = 'trainee' WHERE user_id = $1`, [world.child.id]);
      }
      expect(got).toEqual(cells.map((cell) => ({ ...cell, status: '4xx', roleNow: 'trainee' })));
    });

    it('never makes a child a cohort trainer', async () => {
      const { a } = world.samples;
      for (const [cohortId, cookie] of [[a.cohortId, world.a.orgAdmin.cookie], [a.groupId, world.admin.cookie]]) {
        await http().post(`/api/organisations/${world.a.id}/cohorts/${cohortId}/trainers`).set('Cookie', cookie).send({ userId: world.child.id }).expect(400);
      }
      expect(await testApp.dataSource.query(`SELECT cohort_id FROM cohort_trainers WHERE user_id = $1`, [world.child.id])).toEqual([]);
    });
  });
});
