// Jest mocks of @actions/core, one place for every test: inputs come from `setInputs`, the rest is recorded.
import type * as core from '@actions/core';
import { jest } from '@jest/globals';

let inputs: Record<string, string> = {};
let state: Record<string, string> = {};

/** The inputs the next `getInput` calls see (missing ones read as ''). */
export function setInputs(values: Record<string, string>): void {
  inputs = { ...values };
}

/** The state `getState` answers with (what a main step saved). */
export function setState(values: Record<string, string>): void {
  state = { ...values };
}

export const getInput = jest.fn<typeof core.getInput>((name, options) => {
  const value = (inputs[name] ?? '').trim();
  if (options?.required && value === '') throw new Error(`Input required and not supplied: ${name}`);
  return value;
});
export const setOutput = jest.fn<typeof core.setOutput>();
export const setFailed = jest.fn<typeof core.setFailed>();
export const setSecret = jest.fn<typeof core.setSecret>();
export const saveState = jest.fn<typeof core.saveState>((name, value) => {
  state[name] = typeof value === 'string' ? value : JSON.stringify(value);
});
export const getState = jest.fn<typeof core.getState>((name) => state[name] ?? '');
export const debug = jest.fn<typeof core.debug>();
export const info = jest.fn<typeof core.info>();
export const notice = jest.fn<typeof core.notice>();
export const warning = jest.fn<typeof core.warning>();
export const error = jest.fn<typeof core.error>();
export const isDebug = jest.fn<typeof core.isDebug>(() => false);
export const group = jest.fn(<T>(_name: string, fn: () => Promise<T>): Promise<T> => fn());
export const startGroup = jest.fn<typeof core.startGroup>();
export const endGroup = jest.fn<typeof core.endGroup>();

/** The job summary: what was added, and whether it was written. */
export const summaryText: string[] = [];
export const summary = {
  addRaw: jest.fn((text: string) => {
    summaryText.push(text);
    return summary;
  }),
  write: jest.fn(async () => summary),
};

/** Forgets every call, input, state and summary line. */
export function resetCore(): void {
  inputs = {};
  state = {};
  summaryText.length = 0;
}
