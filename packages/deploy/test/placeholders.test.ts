// The deploy side of the placeholder contract: which tags a create or an update sends, and how a stack's
// placeholders are read back from its resources' status reasons.
import { describe, expect, it } from '@jest/globals';
import { placeholdersOf, STRICT_TAG, withStrictTag } from '../src/placeholders.js';

const mine = { Key: 'team', Value: 'orders' };

describe('the strict tag', () => {
  it('is sent only when strict is asked, or to turn it off on a stack that has it', () => {
    expect(withStrictTag(undefined, false, undefined)).toBeUndefined();
    expect(withStrictTag([mine], undefined, [mine])).toEqual([mine]);
    expect(withStrictTag([mine], true, undefined)).toEqual([mine, { Key: STRICT_TAG, Value: 'true' }]);
    // UpdateStack without Tags keeps them: turning strict off must name the stack's other tags too.
    expect(withStrictTag(undefined, false, [mine, { Key: STRICT_TAG, Value: 'true' }])).toEqual([
      mine,
      { Key: STRICT_TAG, Value: 'false' },
    ]);
    // A caller's own strict tag is theirs to give.
    const own = [{ Key: STRICT_TAG, Value: 'true' }];
    expect(withStrictTag(own, undefined, [])).toEqual(own);
  });
});

describe('placeholdersOf', () => {
  it('lists the resources whose status reason marks a placeholder, and nothing else', () => {
    expect(
      placeholdersOf([
        {
          LogicalResourceId: 'Stream',
          ResourceType: 'AWS::Kinesis::Stream',
          ResourceStatusReason: 'Placeholder: AWS::Kinesis::Stream is not emulated by this local cloud',
        },
        { LogicalResourceId: 'Q', ResourceType: 'AWS::SQS::Queue', ResourceStatusReason: 'Warning: x' },
        { LogicalResourceId: 'T', ResourceType: 'AWS::SNS::Topic' },
      ]),
    ).toEqual([
      {
        logicalId: 'Stream',
        type: 'AWS::Kinesis::Stream',
        reason: 'AWS::Kinesis::Stream is not emulated by this local cloud',
      },
    ]);
  });
});
