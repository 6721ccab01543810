// DynamoDB's wire names: its X-Amz-Target prefix and the namespace of its error `__type`s.
export const TARGET_PREFIX = 'DynamoDB_20120810';
export const ERROR_NAMESPACE = 'com.amazonaws.dynamodb.v20120810';
