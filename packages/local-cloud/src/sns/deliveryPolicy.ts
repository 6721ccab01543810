// A topic's DeliveryPolicy as AWS answers it: the http policy as stored (with disableSubscriptionOverrides),
// and the EffectiveDeliveryPolicy, which is SNS's defaults with the stored policy laid over them.

type Json = Record<string, unknown>;

const DEFAULT_HEALTHY_RETRY_POLICY = {
  minDelayTarget: 20,
  maxDelayTarget: 20,
  numRetries: 3,
  numMaxDelayRetries: 0,
  numNoDelayRetries: 0,
  numMinDelayRetries: 0,
  backoffFunction: 'linear',
};
const DEFAULT_REQUEST_POLICY = { headerContentType: 'text/plain; charset=UTF-8' };

/** The http policy's members in the order AWS answers them; a null member is dropped, as AWS does. */
const RETRY_MEMBERS = ['defaultHealthyRetryPolicy', 'defaultSicklyRetryPolicy', 'defaultThrottlePolicy'];

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function storedHttp(http: Json): Json {
  const out: Json = {};
  for (const k of RETRY_MEMBERS) if (http[k] !== undefined && http[k] !== null) out[k] = http[k];
  out.disableSubscriptionOverrides = http.disableSubscriptionOverrides ?? false;
  if (http.defaultRequestPolicy !== undefined && http.defaultRequestPolicy !== null) {
    out.defaultRequestPolicy = http.defaultRequestPolicy;
  }
  return out;
}

/** The policy as GetTopicAttributes shows it after a caller set `text` (already checked to be JSON). */
export function storedDeliveryPolicy(text: string): string {
  const policy: unknown = JSON.parse(text);
  if (!isObject(policy) || !isObject(policy.http)) return text;
  return JSON.stringify({ ...policy, http: storedHttp(policy.http) });
}

/** EffectiveDeliveryPolicy: the defaults, with what the stored policy sets laid over them. */
export function effectiveDeliveryPolicy(stored: string | undefined): string {
  const policy: unknown = stored === undefined ? {} : JSON.parse(stored);
  const http = isObject(policy) && isObject(policy.http) ? policy.http : {};
  const healthy = isObject(http.defaultHealthyRetryPolicy) ? http.defaultHealthyRetryPolicy : {};
  const effective: Json = { defaultHealthyRetryPolicy: { ...DEFAULT_HEALTHY_RETRY_POLICY, ...healthy } };
  for (const k of RETRY_MEMBERS.slice(1)) if (isObject(http[k])) effective[k] = http[k];
  effective.disableSubscriptionOverrides = http.disableSubscriptionOverrides ?? false;
  effective.defaultRequestPolicy = isObject(http.defaultRequestPolicy)
    ? http.defaultRequestPolicy
    : DEFAULT_REQUEST_POLICY;
  return JSON.stringify({ http: effective });
}
