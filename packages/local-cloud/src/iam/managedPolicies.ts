// AWS managed policies the local IAM knows by ARN, with the statements that matter to Lambda and its
// destinations (the real ones, trimmed to the services this local cloud serves).
import type { PolicyStatement } from './evaluate.js';

const allow = (Action: string | string[], Resource: string | string[] = '*'): PolicyStatement => ({
  Effect: 'Allow',
  Action,
  Resource,
});

const LOGS = allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents']);

export const AWS_MANAGED: Record<string, PolicyStatement[]> = {
  'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole': [LOGS],
  'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole': [
    allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes']),
    LOGS,
  ],
  'arn:aws:iam::aws:policy/service-role/AWSLambdaRole': [allow('lambda:InvokeFunction')],
  'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole': [
    LOGS,
    allow([
      'ec2:CreateNetworkInterface',
      'ec2:DescribeNetworkInterfaces',
      'ec2:DescribeSubnets',
      'ec2:DeleteNetworkInterface',
      'ec2:AssignPrivateIpAddresses',
      'ec2:UnassignPrivateIpAddresses',
    ]),
  ],
  'arn:aws:iam::aws:policy/AWSLambdaExecute': [
    allow('logs:*', 'arn:aws:logs:*:*:*'),
    allow(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::*'),
  ],
  'arn:aws:iam::aws:policy/AdministratorAccess': [allow('*')],
  'arn:aws:iam::aws:policy/PowerUserAccess': [
    { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
    allow([
      'iam:CreateServiceLinkedRole',
      'iam:DeleteServiceLinkedRole',
      'iam:ListRoles',
      'organizations:DescribeOrganization',
      'account:ListRegions',
    ]),
  ],
  'arn:aws:iam::aws:policy/AWSLambda_FullAccess': [
    allow(['lambda:*', 'logs:*', 'events:*', 'sqs:*', 's3:*', 'sns:*']),
  ],
  'arn:aws:iam::aws:policy/AmazonSQSFullAccess': [allow('sqs:*')],
  'arn:aws:iam::aws:policy/AmazonSNSFullAccess': [allow('sns:*')],
  'arn:aws:iam::aws:policy/AmazonS3FullAccess': [allow(['s3:*', 's3-object-lambda:*'])],
  'arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess': [
    allow(['events:*', 'schemas:*', 'scheduler:*', 'pipes:*']),
  ],
  'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess': [allow(['logs:*', 'cloudwatch:GenerateQuery'])],
};
