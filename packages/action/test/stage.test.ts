// The default stage: one per pull request, one per run otherwise.
import { describe, expect, it } from '@jest/globals';
import { deriveStage } from '../src/stage.js';

describe('deriveStage', () => {
  it('names a pull request stage after its number', () => {
    expect(deriveStage({ runId: 99, payload: { pull_request: { number: 17 } } })).toBe('pr17');
  });

  it('names any other run after its run id', () => {
    expect(deriveStage({ runId: 8_123_456_789, payload: {} })).toBe('gh8123456789');
  });
});
