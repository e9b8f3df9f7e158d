// The one time module (issue 11): zones and offsets, wall-clock input, ward days, the clock.
export * from './clock';
export * from './day';
export * from './wall';
export * from './zone';
