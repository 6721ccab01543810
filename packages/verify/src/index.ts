// Placeholder until this package lands.
export {};
