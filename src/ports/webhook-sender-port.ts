/** One webhook delivery to send: the exact body bytes and the headers that go with them. */
export interface WebhookRequest {
  url: string;
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
  /** Skip TLS certificate verification (repo config `whProxtSkipTLSVerifyUpstream`). */
  skipTlsVerify: boolean;
}

/** How a delivery ended, after every attempt. */
export interface WebhookSendResult {
  ok: boolean;
  /** HTTP status of the last response; undefined when no response came (network error, timeout). */
  status: number | undefined;
  attempts: number;
  durationMs: number;
  /** Why the delivery failed (last attempt), undefined when it succeeded. */
  error: string | undefined;
}

/** Sends webhook deliveries over HTTP, with its own timeout and retry policy. */
export interface WebhookSenderPort {
  /** Sends one delivery, retrying as its policy allows; never throws for HTTP or network failures. */
  send(request: WebhookRequest): Promise<WebhookSendResult>;
  /** Releases pooled connections. */
  close(): void;
}
