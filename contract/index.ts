/** The contract shared by the widget and the intake server. Depends on valibot only. */
export * from './application.schema.js';
export * from './email.js';
export * from './error-codes.js';
export * from './limits.js';
export * from './phone.js';
export * from './text-rules.js';
export * from './validate.js';
export * from './wire.js';
export * from './form-title.js';
