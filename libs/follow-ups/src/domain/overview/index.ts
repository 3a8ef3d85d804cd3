export * from './overview-errors.js';
export * from './overview-filter.js';
export * from './overdue.js';
export * from './csv-cells.js';
export * from './figures.js';
export * from './figure-months.js';
