// Which of the local cloud's own counters (`cloud.count`) are AWS metrics, and in which namespace and
// dimension AWS publishes them.

const LAMBDA = { namespace: 'AWS/Lambda', dimension: 'FunctionName' } as const;
const SNS = { namespace: 'AWS/SNS', dimension: 'TopicName' } as const;
const EVENTS = { namespace: 'AWS/Events', dimension: 'RuleName' } as const;

/**
 * Counter name -> where AWS publishes it. Counters of the local cloud's own (EnvironmentsStarted,
 * AsyncEventsFailed) are not AWS metrics and stay out. `Invocations` is EventBridge's rule metric here:
 * Lambda's Invocations goes through `putMetric` with its own namespace.
 */
const AWS_METRICS: Record<string, { namespace: string; dimension: string }> = {
  Errors: LAMBDA,
  Throttles: LAMBDA,
  DestinationDeliveryFailures: LAMBDA,
  DeadLetterErrors: LAMBDA,
  NumberOfMessagesPublished: SNS,
  NumberOfNotificationsDelivered: SNS,
  NumberOfNotificationsFailed: SNS,
  NumberOfNotificationsFilteredOut: SNS,
  MatchedEvents: EVENTS,
  Invocations: EVENTS,
  FailedInvocations: EVENTS,
};

export function awsMetricOf(counter: string): { namespace: string; dimension: string } | undefined {
  return AWS_METRICS[counter];
}
