import { DECORATORS } from '@nestjs/swagger';

/**
 * Operation ids that read well in a generated SDK (`scheduleMeeting`, `listFollowUps`), from the
 * method and controller names: a method that already names its object keeps its name
 * (`recordDecision`); a bare verb gets the controller's resource, plural for `list`
 * (`FollowUpsController.list` → `listFollowUps`, `.get` → `getFollowUp`). @OperationId() names
 * the few where that reads badly.
 */
export function operationIdOf(controllerKey: string, methodKey: string): string {
  if (/[A-Z]/.test(methodKey)) return methodKey;
  const resources = controllerKey.replace(/Controller$/, '');
  return methodKey === 'list' ? `list${resources}` : `${methodKey}${resources.replace(/s$/, '')}`;
}

/**
 * Names an operation. Merges into the operation metadata instead of calling ApiOperation, whose
 * default `summary: ''` would wipe the summary an endpoint helper set, in whichever order the
 * decorators run.
 */
export function OperationId(operationId: string): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const previous = Reflect.getMetadata(DECORATORS.API_OPERATION, handler) as object | undefined;
    Reflect.defineMetadata(DECORATORS.API_OPERATION, { ...previous, operationId }, handler);
    return descriptor;
  };
}
