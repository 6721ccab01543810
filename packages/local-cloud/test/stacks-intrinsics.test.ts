// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Fn::Sub strings are CloudFormation's, not JavaScript's
import { describe, expect, it } from '@jest/globals';
import { creationOrder, dependencies } from '../src/stacks/graph.js';
import { evaluateConditions, type IntrinsicContext, resolve } from '../src/stacks/intrinsics.js';
import { physicalName } from '../src/stacks/names.js';
import { parameterValues, resolveParameters } from '../src/stacks/parameters.js';
import { parseTemplate, type Template } from '../src/stacks/template.js';

const ctx: IntrinsicContext = {
  pseudo: {
    'AWS::AccountId': '000000000000',
    'AWS::Region': 'eu-west-1',
    'AWS::Partition': 'aws',
    'AWS::StackName': 'st',
    'AWS::StackId': 'arn:aws:cloudformation:eu-west-1:000000000000:stack/st/1',
    'AWS::URLSuffix': 'amazonaws.com',
  },
  parameters: { Stage: 'dev', Subnets: ['a', 'b', 'c'] },
  conditions: { IsDev: true, IsProd: false },
  mappings: { Sizes: { dev: { Memory: 128 }, prod: { Memory: 1024 } } },
  ref: (id) => {
    if (id === 'Queue') return 'https://queue/q';
    throw new Error(`unknown ${id}`);
  },
  getAtt: (id, attr) => {
    if (id === 'Queue' && attr === 'Arn') return 'arn:aws:sqs:eu-west-1:000000000000:q';
    throw new Error(`unknown ${id}.${attr}`);
  },
  importValue: (name) =>
    name === 'shared-bus' ? 'arn:aws:events:eu-west-1:000000000000:event-bus/b' : undefined,
};

describe('intrinsic functions', () => {
  it.each<[string, unknown, unknown]>([
    ['Ref to a parameter', { Ref: 'Stage' }, 'dev'],
    ['Ref to a pseudo parameter', { Ref: 'AWS::Region' }, 'eu-west-1'],
    ['Ref to a resource', { Ref: 'Queue' }, 'https://queue/q'],
    ['GetAtt as a list', { 'Fn::GetAtt': ['Queue', 'Arn'] }, 'arn:aws:sqs:eu-west-1:000000000000:q'],
    ['GetAtt as a dotted string', { 'Fn::GetAtt': 'Queue.Arn' }, 'arn:aws:sqs:eu-west-1:000000000000:q'],
    [
      'Sub with pseudo, ref and attribute',
      { 'Fn::Sub': '${AWS::StackName}-${Stage}-${Queue.Arn}' },
      'st-dev-arn:aws:sqs:eu-west-1:000000000000:q',
    ],
    [
      'Sub with its own variables',
      { 'Fn::Sub': ['${A}/${Stage}', { A: { Ref: 'AWS::AccountId' } }] },
      '000000000000/dev',
    ],
    ['Sub keeps ${!Literal}', { 'Fn::Sub': '${!Literal}-${Stage}' }, '${Literal}-dev'],
    ['Join', { 'Fn::Join': [':', ['a', { Ref: 'Stage' }, 3]] }, 'a:dev:3'],
    ['Select', { 'Fn::Select': [1, { Ref: 'Subnets' }] }, 'b'],
    ['Select with a string index', { 'Fn::Select': ['2', ['x', 'y', 'z']] }, 'z'],
    ['Split', { 'Fn::Split': [',', 'a,b'] }, ['a', 'b']],
    ['Select of Split', { 'Fn::Select': [0, { 'Fn::Split': ['/', 'x/y'] }] }, 'x'],
    ['ImportValue', { 'Fn::ImportValue': 'shared-bus' }, 'arn:aws:events:eu-west-1:000000000000:event-bus/b'],
    ['If true', { 'Fn::If': ['IsDev', 'small', 'big'] }, 'small'],
    ['If false', { 'Fn::If': ['IsProd', 'big', 'small'] }, 'small'],
    ['Equals', { 'Fn::Equals': [{ Ref: 'Stage' }, 'dev'] }, true],
    ['Not of a condition', { 'Fn::Not': [{ Condition: 'IsDev' }] }, false],
    ['And', { 'Fn::And': [{ Condition: 'IsDev' }, { 'Fn::Equals': ['1', 1] }] }, true],
    ['Or', { 'Fn::Or': [{ Condition: 'IsProd' }, { 'Fn::Equals': ['a', 'b'] }] }, false],
    ['FindInMap', { 'Fn::FindInMap': ['Sizes', { Ref: 'Stage' }, 'Memory'] }, 128],
    ['GetAZs of the stack region', { 'Fn::GetAZs': '' }, ['eu-west-1a', 'eu-west-1b', 'eu-west-1c']],
    ['Base64', { 'Fn::Base64': { 'Fn::Sub': 'hi ${Stage}' } }, Buffer.from('hi dev').toString('base64')],
    ['NoValue drops a key', { A: 1, B: { Ref: 'AWS::NoValue' } }, { A: 1 }],
    ['NoValue in If drops a list item', ['a', { 'Fn::If': ['IsProd', 'b', { Ref: 'AWS::NoValue' }] }], ['a']],
    [
      'nested values',
      { Env: { Variables: { Q: { Ref: 'Queue' } } } },
      { Env: { Variables: { Q: 'https://queue/q' } } },
    ],
  ])('%s', (_name, input, expected) => {
    expect(resolve(input, ctx)).toEqual(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ['Join without a delimiter', { 'Fn::Join': [['a']] }, /every Fn::Join object requires two parameters/],
    [
      'Select out of range',
      { 'Fn::Select': [5, ['a']] },
      /Fn::Select cannot select nonexistent value at index 5/,
    ],
    [
      'GetAtt with one element',
      { 'Fn::GetAtt': ['Queue'] },
      /Fn::GetAtt requires a list argument with two elements/,
    ],
    [
      'FindInMap of an unknown mapping',
      { 'Fn::FindInMap': ['Nope', 'a', 'b'] },
      /Mapping named 'Nope' is not present/,
    ],
    ['an unknown function', { 'Fn::Nope': 1 }, /Encountered unsupported function: Fn::Nope/],
    ['If of an unknown condition', { 'Fn::If': ['Nope', 1, 2] }, /Unresolved condition dependency Nope/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => resolve(input, ctx)).toThrow(message);
  });

  it('evaluates conditions that refer to other conditions, in any order', () => {
    const { conditions: _c, ...rest } = ctx;
    const out = evaluateConditions(
      {
        NotDev: { 'Fn::Not': [{ Condition: 'Dev' }] },
        Dev: { 'Fn::Equals': [{ Ref: 'Stage' }, 'dev'] },
        Both: { 'Fn::And': [{ Condition: 'Dev' }, { 'Fn::Not': [{ Condition: 'NotDev' }] }] },
      },
      rest,
    );
    expect(out).toEqual({ NotDev: false, Dev: true, Both: true });
  });
});

describe('templates', () => {
  it('reads the YAML short forms', () => {
    const t = parseTemplate(`
Resources:
  A:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub '\${AWS::StackName}-a'
      Tags:
        - Key: k
          Value: !Join ['-', [!Ref Stage, !Select [0, !Split [',', 'x,y']]]]
      Other: !GetAtt B.Arn
      Cond: !If [IsDev, !Base64 abc, !Ref AWS::NoValue]
      Import: !ImportValue shared
      Map: !FindInMap [M, a, b]
      Azs: !GetAZs ''
      Eq: !Equals [a, b]
`);
    expect(t.Resources.A.Properties).toEqual({
      QueueName: { 'Fn::Sub': '${AWS::StackName}-a' },
      Tags: [
        {
          Key: 'k',
          Value: {
            'Fn::Join': ['-', [{ Ref: 'Stage' }, { 'Fn::Select': [0, { 'Fn::Split': [',', 'x,y'] }] }]],
          },
        },
      ],
      Other: { 'Fn::GetAtt': ['B', 'Arn'] },
      Cond: { 'Fn::If': ['IsDev', { 'Fn::Base64': 'abc' }, { Ref: 'AWS::NoValue' }] },
      Import: { 'Fn::ImportValue': 'shared' },
      Map: { 'Fn::FindInMap': ['M', 'a', 'b'] },
      Azs: { 'Fn::GetAZs': '' },
      Eq: { 'Fn::Equals': ['a', 'b'] },
    });
  });

  it('orders resources after what they reference and depend on', () => {
    const t: Template = {
      Resources: {
        C: { Type: 'X', Properties: { A: { 'Fn::Sub': '${B.Arn}' } } },
        B: { Type: 'X', DependsOn: 'A' },
        A: { Type: 'X' },
        D: { Type: 'X', Properties: { R: { Ref: 'C' } } },
      },
    };
    expect(creationOrder(dependencies(t))).toEqual(['A', 'B', 'C', 'D']);
  });

  it('names the resources of a dependency loop', () => {
    const t: Template = {
      Resources: {
        A: { Type: 'X', Properties: { R: { Ref: 'B' } } },
        B: { Type: 'X', Properties: { R: { 'Fn::GetAtt': ['A', 'Arn'] } } },
        C: { Type: 'X' },
      },
    };
    expect(() => creationOrder(dependencies(t))).toThrow('Circular dependency between resources: [A, B]');
  });

  it('names an unknown reference', () => {
    const t: Template = { Resources: { A: { Type: 'X', Properties: { R: { Ref: 'Missing' } } } } };
    expect(() => dependencies(t)).toThrow(
      'Template format error: Unresolved resource dependencies [Missing] in the Resources block of the template',
    );
  });

  it('applies parameter defaults, AllowedValues and list types', () => {
    const t: Template = {
      Parameters: {
        Stage: { Type: 'String', AllowedValues: ['dev', 'prod'], Default: 'dev' },
        Ids: { Type: 'CommaDelimitedList' },
      },
      Resources: {},
    };
    const values = resolveParameters(t, { Ids: 'a, b' });
    expect(parameterValues(t, values)).toEqual({ Stage: 'dev', Ids: ['a', 'b'] });
    expect(() => resolveParameters(t, { Ids: 'a', Stage: 'qa' })).toThrow(
      "Parameter 'Stage' must be one of AllowedValues",
    );
    expect(() => resolveParameters(t, {})).toThrow('Parameters: [Ids] must have values');
    expect(() => resolveParameters(t, { Ids: 'a', Nope: '1' })).toThrow(
      'Parameters: [Nope] do not exist in the template',
    );
  });
});

describe('generated physical names', () => {
  it('are <stack>-<logicalId>-<13 upper alphanumerics>', () => {
    expect(physicalName('my-stack', 'Queue')).toMatch(/^my-stack-Queue-[A-Z0-9]{13}$/);
  });

  it('fit the type limit by shortening stack and logical id', () => {
    const name = physicalName('a'.repeat(60), 'B'.repeat(60), { maxLength: 64 });
    expect(name).toHaveLength(64);
    expect(name).toMatch(/^a+-B+-[A-Z0-9]{13}$/);
  });

  it('are lower case for buckets and keep a .fifo suffix', () => {
    expect(physicalName('St', 'Bucket', { lowercase: true, maxLength: 63 })).toMatch(
      /^st-bucket-[a-z0-9]{13}$/,
    );
    expect(physicalName('st', 'Q', { suffix: '.fifo', maxLength: 80 })).toMatch(/^st-Q-[A-Z0-9]{13}\.fifo$/);
  });
});
