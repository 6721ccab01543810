// The EventBridge matcher on a table of cases from AWS's "Content filtering in Amazon EventBridge event
// patterns" and "Amazon EventBridge event patterns" pages (their examples, matched and not).
import { describe, expect, it } from '@jest/globals';
import {
  type Json,
  type JsonObject,
  matchesPattern,
  PatternError,
  parsePattern,
} from '../src/events/pattern.js';

const ec2Event: JsonObject = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: {
    'instance-id': 'i-1234567890abcdef0',
    state: 'terminated',
    'c-count': 5,
    'd-count': 11,
    'x-limit': 301.8,
    sourceIPAddress: '10.0.0.255',
    responseElements: null,
    requestParameters: '',
    FileName: 'image.png',
    'source-ip': '2001:db8::1',
  },
};

// [what the case shows, pattern, event, expected]
const cases: [string, JsonObject, Json, boolean][] = [
  ['exact value in a list', { source: ['aws.ec2'] }, ec2Event, true],
  ['exact value, other source', { source: ['aws.s3'] }, ec2Event, false],
  ['list is any-of', { source: ['aws.s3', 'aws.ec2'] }, ec2Event, true],
  ['nested field', { detail: { state: ['terminated'] } }, ec2Event, true],
  ['nested field mismatch', { detail: { state: ['running'] } }, ec2Event, false],
  ['fields are ANDed', { source: ['aws.ec2'], detail: { state: ['running'] } }, ec2Event, false],
  ['matching is case-sensitive', { detail: { state: ['Terminated'] } }, ec2Event, false],
  [
    'event array: any element matches',
    { resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'] },
    ec2Event,
    true,
  ],
  [
    'event array: pattern value absent',
    { resources: ['arn:aws:ec2:us-west-1:123456789012:instance/other'] },
    ec2Event,
    false,
  ],
  ['event array vs pattern array: intersection', { tags: ['b', 'z'] }, { tags: ['a', 'b', 'c'] }, true],
  ['event array vs pattern array: no intersection', { tags: ['x', 'z'] }, { tags: ['a', 'b', 'c'] }, false],
  ['null matches null', { detail: { responseElements: [null] } }, ec2Event, true],
  ['null does not match a missing field', { detail: { missing: [null] } }, ec2Event, false],
  ['empty string matches empty string', { detail: { requestParameters: [''] } }, ec2Event, true],
  ['empty string does not match null', { detail: { responseElements: [''] } }, ec2Event, false],
  ['number matches number', { detail: { 'c-count': [5] } }, ec2Event, true],
  ['number does not match its string', { detail: { 'c-count': ['5'] } }, ec2Event, false],
  ['prefix', { time: [{ prefix: '2017-12-22' }] }, ec2Event, true],
  ['prefix mismatch', { time: [{ prefix: '2018' }] }, ec2Event, false],
  ['prefix equals-ignore-case', { source: [{ prefix: { 'equals-ignore-case': 'AWS.' } }] }, ec2Event, true],
  ['suffix', { detail: { FileName: [{ suffix: '.png' }] } }, ec2Event, true],
  ['suffix mismatch', { detail: { FileName: [{ suffix: '.jpg' }] } }, ec2Event, false],
  [
    'suffix equals-ignore-case',
    { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.PNG' } }] } },
    ec2Event,
    true,
  ],
  [
    'equals-ignore-case',
    { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] },
    ec2Event,
    true,
  ],
  [
    'equals-ignore-case mismatch',
    { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance' }] },
    ec2Event,
    false,
  ],
  ['anything-but a string', { detail: { state: [{ 'anything-but': 'initializing' }] } }, ec2Event, true],
  [
    'anything-but the value itself',
    { detail: { state: [{ 'anything-but': 'terminated' }] } },
    ec2Event,
    false,
  ],
  [
    'anything-but a list',
    { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    ec2Event,
    true,
  ],
  [
    'anything-but a list containing the value',
    { detail: { state: [{ 'anything-but': ['stopped', 'terminated'] }] } },
    ec2Event,
    false,
  ],
  ['anything-but a number', { detail: { 'c-count': [{ 'anything-but': 100 }] } }, ec2Event, true],
  [
    'anything-but the number itself',
    { detail: { 'c-count': [{ 'anything-but': [5, 6] }] } },
    ec2Event,
    false,
  ],
  ['anything-but needs the field', { detail: { missing: [{ 'anything-but': 'x' }] } }, ec2Event, false],
  ['anything-but prefix', { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, ec2Event, true],
  [
    'anything-but prefix of the value',
    { detail: { state: [{ 'anything-but': { prefix: 'term' } }] } },
    ec2Event,
    false,
  ],
  ['anything-but suffix', { detail: { FileName: [{ 'anything-but': { suffix: '.txt' } }] } }, ec2Event, true],
  [
    'anything-but suffix of the value',
    { detail: { FileName: [{ 'anything-but': { suffix: '.png' } }] } },
    ec2Event,
    false,
  ],
  [
    'anything-but equals-ignore-case list',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['Stopped', 'TERMINATED'] } }] } },
    ec2Event,
    false,
  ],
  [
    'anything-but wildcard',
    { detail: { FileName: [{ 'anything-but': { wildcard: '*.txt' } }] } },
    ec2Event,
    true,
  ],
  ['numeric range', { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }, ec2Event, true],
  ['numeric range excludes', { detail: { 'd-count': [{ numeric: ['<', 10] }] } }, ec2Event, false],
  ['numeric equals with exponent', { detail: { 'x-limit': [{ numeric: ['=', 3.018e2] }] } }, ec2Event, true],
  ['numeric does not match a string', { detail: { state: [{ numeric: ['>', 0] }] } }, ec2Event, false],
  ['numeric >= bound', { n: [{ numeric: ['>=', 5] }] }, { n: 5 }, true],
  ['numeric > bound', { n: [{ numeric: ['>', 5] }] }, { n: 5 }, false],
  ['cidr IPv4', { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, ec2Event, true],
  ['cidr IPv4 outside', { detail: { sourceIPAddress: [{ cidr: '10.0.1.0/24' }] } }, ec2Event, false],
  ['cidr IPv6', { detail: { 'source-ip': [{ cidr: '2001:db8::/32' }] } }, ec2Event, true],
  ['exists true', { detail: { state: [{ exists: true }] } }, ec2Event, true],
  ['exists true on missing', { detail: { missing: [{ exists: true }] } }, ec2Event, false],
  ['exists false on missing', { detail: { missing: [{ exists: false }] } }, ec2Event, true],
  ['exists false on present', { detail: { state: [{ exists: false }] } }, ec2Event, false],
  ['exists false when the parent is missing', { nothing: { here: [{ exists: false }] } }, ec2Event, true],
  ['exists only sees leaves', { detail: [{ exists: true }] }, ec2Event, false],
  [
    'wildcard',
    { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
    { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/bus' },
    true,
  ],
  [
    'wildcard mismatch',
    { EventBusArn: [{ wildcard: 'arn:aws:events:us-west-2:*:event-bus/*' }] },
    { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/bus' },
    false,
  ],
  ['wildcard escaped star is literal', { f: [{ wildcard: 'a\\*b' }] }, { f: 'a*b' }, true],
  ['wildcard escaped star is not any', { f: [{ wildcard: 'a\\*b' }] }, { f: 'axb' }, false],
  [
    '$or: one branch matches',
    {
      detail: {
        $or: [{ 'c-count': [{ numeric: ['>', 0, '<=', 5] }] }, { 'd-count': [{ numeric: ['<', 10] }] }],
      },
    },
    ec2Event,
    true,
  ],
  [
    '$or: no branch matches',
    { detail: { $or: [{ 'c-count': [{ numeric: ['>', 5] }] }, { 'd-count': [{ numeric: ['<', 10] }] }] } },
    ec2Event,
    false,
  ],
  [
    '$or at top level with other fields',
    { source: ['aws.ec2'], $or: [{ 'detail-type': ['nope'] }, { detail: { state: ['terminated'] } }] },
    ec2Event,
    true,
  ],
  [
    'several conditions in one list are ORed',
    { detail: { state: [{ prefix: 'run' }, 'terminated'] } },
    ec2Event,
    true,
  ],
  [
    'array of objects: one element matches all sub-fields',
    { items: { a: [1], b: [2] } },
    {
      items: [
        { a: 1, b: 3 },
        { a: 1, b: 2 },
      ],
    },
    true,
  ],
  [
    'array of objects: sub-fields from different elements',
    { items: { a: [1], b: [2] } },
    {
      items: [
        { a: 1, b: 3 },
        { a: 2, b: 2 },
      ],
    },
    false,
  ],
  ['pattern on an object field with a scalar list', { detail: ['x'] }, ec2Event, false],
  ['true matches boolean', { f: [true] }, { f: true }, true],
  ['true does not match "true"', { f: [true] }, { f: 'true' }, false],
];

describe('EventBridge event patterns (AWS content-filtering examples)', () => {
  it.each(cases)('%s', (_what, pattern, event, expected) => {
    const parsed = parsePattern(JSON.stringify(pattern), 'eventbridge');
    expect(matchesPattern(parsed, event)).toBe(expected);
  });
});

describe('pattern validation', () => {
  const invalid: [string, string][] = [
    ['a value that is not a list', '{"source":"aws.ec2"}'],
    ['an unknown operator', '{"source":[{"regex":"a.*"}]}'],
    ['a numeric range without operands', '{"n":[{"numeric":[">"]}]}'],
    ['an inverted numeric range', '{"n":[{"numeric":[">",10,"<",5]}]}'],
    ['exists that is not boolean', '{"n":[{"exists":"yes"}]}'],
    ['a $or with one branch', '{"$or":[{"a":["b"]}]}'],
    ['not JSON', '{"source":'],
    ['not an object', '["aws.ec2"]'],
    ['an empty list', '{"source":[]}'],
  ];
  it.each(invalid)('refuses %s', (_what, text) => {
    expect(() => parsePattern(text, 'eventbridge')).toThrow(PatternError);
  });

  it('refuses wildcard in an SNS filter policy but accepts it in EventBridge', () => {
    const text = '{"f":[{"wildcard":"a*"}]}';
    expect(() => parsePattern(text, 'sns')).toThrow(PatternError);
    expect(parsePattern(text, 'eventbridge')).toEqual({ f: [{ wildcard: 'a*' }] });
  });
});
