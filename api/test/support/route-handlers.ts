import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { TestApp } from './test-app.js';

export interface RouteHandler {
  /** `Controller.method`, for messages. */
  name: string;
  method: RequestMethod;
  /** `/api/…` with its `:params`. */
  path: string;
  controller: Function;
  handler: Function;
}

/** Every HTTP route of the running app, read from Nest's metadata, so that a route added later is walked too. */
export function routeHandlers(testApp: TestApp): RouteHandler[] {
  const routes: RouteHandler[] = [];
  for (const module of testApp.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = Object.getOwnPropertyDescriptor(controller.prototype, name)?.value as unknown;
        const method = typeof handler === 'function' ? (Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined) : undefined;
        if (method === undefined) continue;
        const path = `/api/${Reflect.getMetadata(PATH_METADATA, controller)}/${Reflect.getMetadata(PATH_METADATA, handler as object)}`
          .replace(/\/+/g, '/')
          .replace(/\/$/, '');
        routes.push({ name: `${controller.name}.${name}`, method, path, controller, handler: handler as Function });
      }
    }
  }
  return routes;
}
