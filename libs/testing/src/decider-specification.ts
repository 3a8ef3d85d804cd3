import { type Decider, DomainError, foldEvents } from '#libs/ddd';

/**
 * given/when/then for deciders, after Emmett's DeciderSpecification:
 *   spec.given([...events]).when(command).then([...expected events])
 *   spec.given([...events]).when(command).thenThrows('MEETING.CLOSED')
 */
export function deciderSpecification<C, E, S>(decider: Decider<C, E, S>) {
  return {
    given(events: E[]) {
      return {
        when(command: C) {
          const run = () => decider.decide(command, foldEvents(decider, events));
          return {
            then(expected: E[]) {
              expect(run()).toEqual(expected);
            },
            thenThrows(code: string) {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(DomainError);
              expect((caught as DomainError).code).toBe(code);
            },
          };
        },
      };
    },
  };
}
