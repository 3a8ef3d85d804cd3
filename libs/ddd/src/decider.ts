/**
 * A decider is the pure heart of an aggregate: given the current state and a command it decides
 * which events happen; `evolve` folds events into state. No I/O, no clock, no random ids: time
 * and ids arrive on the command so that the same inputs always give the same events.
 */
export interface Decider<Command, Event, State> {
  initialState: () => State;
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
}

/** Folds a history of events into the state a decider sees. */
export function foldEvents<Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}
