// The actions' screens, loaded together as one file: the router's table (src/app/routes.ts) then
// needs one lazy import for all six instead of six, which keeps the first screen under its budget.
export { default as ActionsPage } from './ActionsPage';
export { default as ActionFormPage } from './ActionFormPage';
export { default as ActionPage } from './ActionPage';
export { default as UpdatePage } from './UpdatePage';
export { default as LetterPage } from './LetterPage';
