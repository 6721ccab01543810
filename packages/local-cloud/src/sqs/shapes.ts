// The SDK's own SQS shapes as they travel on the wire: blobs stay base64 strings, as in both JSON and XML.
import type {
  MessageAttributeValue,
  MessageSystemAttributeValue,
  SendMessageBatchRequest,
  SendMessageBatchRequestEntry,
  SendMessageRequest,
} from '@aws-sdk/client-sqs';

export type WireAttribute = Omit<MessageAttributeValue, 'BinaryValue' | 'BinaryListValues'> & {
  BinaryValue?: string;
  BinaryListValues?: string[];
};

export type WireSystemAttribute = Omit<MessageSystemAttributeValue, 'BinaryValue' | 'BinaryListValues'> & {
  BinaryValue?: string;
  BinaryListValues?: string[];
};

type WithWireAttributes<T> = Omit<T, 'MessageAttributes' | 'MessageSystemAttributes'> & {
  MessageAttributes?: Record<string, WireAttribute>;
  MessageSystemAttributes?: Record<string, WireSystemAttribute>;
};

export type WireSendMessageRequest = WithWireAttributes<SendMessageRequest>;
export type WireSendMessageBatchRequestEntry = WithWireAttributes<SendMessageBatchRequestEntry>;
export type WireSendMessageBatchRequest = Omit<SendMessageBatchRequest, 'Entries'> & {
  Entries: WireSendMessageBatchRequestEntry[] | undefined;
};

/** A received message as sent back (the SDK's Message with base64 blobs). */
export interface WireMessage {
  MessageId: string;
  ReceiptHandle: string;
  MD5OfBody: string;
  Body: string;
  Attributes?: Record<string, string>;
  MD5OfMessageAttributes?: string;
  MessageAttributes?: Record<string, WireAttribute>;
}
