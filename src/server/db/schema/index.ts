export * from './jurisdictions';
export * from './agencies';
export * from './users';
export * from './auth';
export * from './platform';
export * from './record';
export * from './identification';
