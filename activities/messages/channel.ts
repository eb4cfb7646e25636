/** One text to one person's phone; the id makes a retried send a no-op. */
export interface OutgoingMessage {
  id: string;
  personId: string;
  campaignId: string | null;
  phone: string;
  text: string;
}

/** Where family messages go: an SMS gateway, or the embedded local store admins read in the workspace. */
export interface MessageChannel {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}
