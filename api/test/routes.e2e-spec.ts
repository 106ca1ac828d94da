import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS } from '../src/common/auth/public.decorator.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('every route says who may call it', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('has an access rule (@Public, @LoggedIn, @PlatformAdmin …) on each handler or its controller', () => {
    const undeclared: string[] = [];
    let routes = 0;
    for (const module of testApp.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
        if (!controller) continue;
        for (const name of Object.getOwnPropertyNames(controller.prototype)) {
          const handler = Object.getOwnPropertyDescriptor(controller.prototype, name)?.value as unknown;
          if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
          routes++;
          const rule = Reflect.getMetadata(ACCESS, handler) ?? Reflect.getMetadata(ACCESS, controller);
          const path = `${Reflect.getMetadata(PATH_METADATA, controller)}/${Reflect.getMetadata(PATH_METADATA, handler)}`;
          if (!rule) undeclared.push(`${controller.name}.${name} (${path})`);
          // An organisation rule is checked against the route's :organisationId: without it, it could not hold.
          if (rule?.kind === 'organisation' && !path.includes(':organisationId')) undeclared.push(`${controller.name}.${name}: no :organisationId in ${path}`);
        }
      }
    }
    expect(routes).toBeGreaterThan(5);
    expect(undeclared).toEqual([]);
  });
});
