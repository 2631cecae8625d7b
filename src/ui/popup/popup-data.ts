// Everything the popup needs to open the database, in one lazy chunk: idb, the schema and its
// migrations, and the stores the popup writes to. Opening the popup reads none of it (the
// view comes from storage); the chunk is fetched the first time the user changes something,
// or when a card must read the database (the first run's steps, a person to write to).
// The function's own module: the package's index would bring all of date-fns into reach.
export { addDays } from 'date-fns/addDays';
export { recordTransition } from '../../db/activity';
export { snoozeContact } from '../../db/contacts';
export { firstSteps } from '../../db/first-steps';
export { deleteInteraction, logInteraction } from '../../db/interactions';
export { setException, setPause } from '../../db/meta';
export { personToWrite } from '../../db/popup-view';
export { peopleToLog } from '../../db/quick-log-people';
export { read } from '../shared/read';
export { snoozePerson } from './snooze-person';
export { write, writeAndPlan } from '../shared/write';
